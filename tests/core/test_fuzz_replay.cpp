// The fuzzers' seeds and every input a fuzzer ever broke on, replayed through
// the same harness in the regular suite (and so under the sanitizer build too):
// a fixed finding stays fixed without anyone running the fuzzers again.
#include "FuzzHarness.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>

#include <functional>

using namespace cs;

namespace {

using Harness = std::function<void(const std::uint8_t *, std::size_t)>;

// Every file of the target's seed and regression folders; the count keeps an
// emptied or misnamed folder from passing unnoticed.
int replay(const QString &target, const Harness &harness)
{
    int replayed = 0;
    for (const char *kind : { "corpus", "regressions" }) {
        const QDir dir(QStringLiteral(FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), target));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            INFO("replaying " << file.filePath());
            const QByteArray bytes = test::readAll(file.filePath());
            harness(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
            ++replayed;
        }
    }
    return replayed;
}

} // namespace

TEST_CASE("fuzz: the csv seeds and regressions read without breaking a reader promise", "[fuzz]")
{
    CHECK(replay(QStringLiteral("csv"), fuzz::csvFile) >= 10);
}

TEST_CASE("fuzz: the xlsx seeds and regressions read without breaking a reader promise", "[fuzz]")
{
    CHECK(replay(QStringLiteral("xlsx"), fuzz::xlsxFile) >= 30);
}

TEST_CASE("fuzz: the value seeds and regressions parse without breaking a parser promise", "[fuzz]")
{
    CHECK(replay(QStringLiteral("values"), fuzz::cellValues) >= 40);
}
