#include "CliSupport.h"

#include "storage/Workbook.h"

#include <QFile>

namespace cs::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption dbOption()
{
    return { QStringLiteral("db"), Cli::tr("The workbook file."), Cli::tr("FILE") };
}

QCommandLineOption formatOption()
{
    return { QStringLiteral("format"), Cli::tr("Output format: csv (default) or json."), Cli::tr("FORMAT"),
        QStringLiteral("csv") };
}

int usage(const QString &message)
{
    err() << Cli::tr("channelstation: %1").arg(message) << Qt::endl
          << Cli::tr("Try “channelstation --help”.") << Qt::endl;
    return ExitUsage;
}

int writeOutput(const QByteArray &bytes)
{
    out().flush();
    QFile stdoutFile;
    if (stdoutFile.open(stdout, QIODevice::WriteOnly) && stdoutFile.write(bytes) == bytes.size()
        && stdoutFile.flush())
        return ExitOk;
    err() << Cli::tr("channelstation: the output could not be written: %1").arg(stdoutFile.errorString())
          << Qt::endl;
    return ExitRejected;
}

int requireOption(QCommandLineParser &parser, const QString &name)
{
    if (parser.value(name).isEmpty())
        return usage(Cli::tr("--%1 is required.").arg(name));
    return ExitOk;
}

bool wantsJson(QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("format")) == QLatin1String("json");
}

int checkFormat(QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(Cli::tr("unknown format “%1”; use csv or json.").arg(format));
    return ExitOk;
}

std::unique_ptr<Workbook> openDb(QCommandLineParser &parser, bool writable, int *exitCode)
{
    *exitCode = requireOption(parser, QStringLiteral("db"));
    if (*exitCode != ExitOk)
        return nullptr;
    WorkbookError error;
    const QString path = parser.value(QStringLiteral("db"));
    auto workbook = writable ? Workbook::open(path, &error) : Workbook::openReadOnly(path, &error);
    if (!workbook) {
        err() << error.message << Qt::endl;
        *exitCode = ExitNotAWorkbook;
    }
    return workbook;
}

} // namespace cs::cli
