// Reads a whole spreadsheet as an import would, and prints how long that took
// and the peak memory, for scripts/bench-import.sh. Not a test: it checks no
// values, it only measures the readers on the generated benchmark inputs.
//   bench_read FILE.xlsx|FILE.csv [SHEET]
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <memory>

namespace {

// The process's peak resident set (VmHWM) in MB, or -1 where /proc is missing.
// Read from inside so the figure is the reader's own, with no wrapper to trust.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // readAll, not atEnd()/readLine(): /proc files report size 0, so atEnd() is true at once.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            return fields.size() >= 2 ? fields.at(1).toDouble() / 1024.0 : -1;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        err << "usage: bench_read FILE.xlsx|FILE.csv [SHEET]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);

    // The clock starts before open(): reading the shared strings and styles is
    // part of what a user waits for, as much as the rows are.
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<cs::RowReader> reader;
    bool opened = false;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        auto xlsx = std::make_unique<cs::XlsxReader>(path, args.size() > 2 ? args.at(2) : QString());
        opened = xlsx->open();
        reader = std::move(xlsx);
    } else {
        auto csv = std::make_unique<cs::CsvReader>(path);
        opened = csv->open();
        reader = std::move(csv);
    }
    if (!opened) {
        err << "bench_read: " << reader->error() << Qt::endl;
        return 1;
    }

    qint64 rows = 0;
    qint64 cells = 0;
    // Rows go back to the reader as an import's pipeline hands them back.
    while (std::optional<cs::SheetRow> row = reader->next()) {
        ++rows;
        cells += row->cells.size();
        reader->recycle(std::move(*row));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!reader->error().isEmpty()) {
        err << "bench_read: " << reader->error() << Qt::endl;
        return 1;
    }
    out << "rows " << rows << " cells " << cells << " seconds " << QString::number(seconds, 'f', 3)
        << " peak_rss_mb " << QString::number(peakRssMb(), 'f', 1) << Qt::endl;
    return 0;
}
