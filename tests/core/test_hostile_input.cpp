// Hostile spreadsheets are refused in bounded time and memory: the peak memory
// of this process is reset before each read (Linux: /proc/self/clear_refs) and
// its growth measured, so a reader that inflated a bomb or buffered a whole
// file would fail here even though it gave the right message in the end.
#include "TestSupport.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>

using namespace cs;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

struct Bounded {
    QString error;
    qint64 peakGrowthMb = 0;
    qint64 milliseconds = 0;
};

// Reads every row of `reader` as an import does, measuring the peak.
Bounded readBounded(RowReader &reader, const std::function<bool()> &open)
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    REQUIRE(clear.open(QIODevice::WriteOnly));
    REQUIRE(clear.write("5") == 1); // "5": reset the peak (VmHWM) to the current size
    clear.close();
    const qint64 before = statusKb("VmRSS:");
    REQUIRE(before > 0);
    QElapsedTimer timer;
    timer.start();
    if (open())
        while (reader.next()) {
        }
    Bounded b;
    b.milliseconds = timer.elapsed();
    b.peakGrowthMb = (statusKb("VmHWM:") - before) / 1024;
    b.error = reader.error();
    return b;
}

Bounded readXlsx(const char *name)
{
    XlsxReader reader(QStringLiteral(TEST_DATA_DIR "/xlsx/") + QLatin1String(name));
    return readBounded(reader, [&] { return reader.open(); });
}

Bounded readCsvFile(const QString &path)
{
    CsvReader reader(path);
    return readBounded(reader, [&] { return reader.open(); });
}

// Far below what inflating or buffering these inputs would take (a GiB, or the
// whole 64 MB file as UTF-16), and above what a sanitizer build adds.
constexpr qint64 peakLimitMb = 48;
// Generous for a loaded 2-core machine under AddressSanitizer; the reads take milliseconds.
constexpr qint64 timeLimitMs = 3000;

} // namespace

TEST_CASE("hostile workbooks are refused in bounded memory and time", "[xlsx][hostile]")
{
    for (const char *name : { "zip-bomb.xlsx", "declared-huge.xlsx", "billion-laughs.xlsx", "deep-nesting.xlsx" }) {
        INFO(name);
        const Bounded b = readXlsx(name);
        CHECK_FALSE(b.error.isEmpty());
        CHECK(b.peakGrowthMb < peakLimitMb);
        CHECK(b.milliseconds < timeLimitMs);
    }
}

TEST_CASE("a 64 MB text file with no line break is refused at Excel's cell limit, never read whole",
    "[csv][hostile]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("one-line.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray chunk(1 << 20, 'x');
    for (int i = 0; i < 64; ++i)
        REQUIRE(file.write(chunk) == chunk.size());
    file.close();

    const Bounded b = readCsvFile(path);
    CHECK(b.error.contains(QStringLiteral("one-line.csv, row 1, column A")));
    CHECK(b.error.contains(QStringLiteral("32767")));
    CHECK(b.peakGrowthMb < peakLimitMb);
    CHECK(b.milliseconds < timeLimitMs);
}

TEST_CASE("an unclosed quote before 64 MB of text is refused at Excel's cell limit", "[csv][hostile]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("open-quote.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write("code,name\nHZ-1,\"") == 16);
    const QByteArray chunk = QByteArray("line,with,commas\r\n").repeated(1 << 16);
    while (file.size() < (qint64(64) << 20))
        REQUIRE(file.write(chunk) == chunk.size());
    file.close();

    const Bounded b = readCsvFile(path);
    CHECK(b.error.contains(QStringLiteral("open-quote.csv, row 2, column B")));
    CHECK(b.peakGrowthMb < peakLimitMb);
    CHECK(b.milliseconds < timeLimitMs);
}
