#include "print/ScorecardPdf.h"

#include "print/ReportOutput.h"

#include <QDir>
#include <QRegularExpression>

namespace cs {

namespace {

// Partner codes are free text; a slash or colon must not turn into a folder or a drive.
QString fileNameFor(const QString &code)
{
    QString name = code;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

} // namespace

bool ScorecardPdf::writeOne(const QString &path, const QList<ScorecardCard> &cards,
    const ReportBranding &branding, const Progress &progress, QString *error)
{
    if (cards.isEmpty()) {
        if (error)
            *error = tr("No partner matches: nothing to print.");
        return false;
    }
    return ReportOutput::writePdf(
        path, ScorecardPages(cards, branding), progress, 0, int(cards.size()), error);
}

int ScorecardPdf::writeEach(const QString &folder, const QList<ScorecardCard> &cards,
    const ReportBranding &branding, const Progress &progress, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return 0;
    }
    const QDir dir(folder);
    int written = 0;
    for (const ScorecardCard &card : cards) {
        if (!ReportOutput::writePdf(dir.filePath(fileNameFor(card.code)), ScorecardPages({ card }, branding),
                progress, written, int(cards.size()), error))
            return written;
        ++written;
    }
    return written;
}

} // namespace cs
