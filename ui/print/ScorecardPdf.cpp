#include "print/ScorecardPdf.h"

#include "print/ReportOutput.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace cs {

namespace {

// Partner codes are free text; a slash or colon must not turn into a folder or a drive.
QString fileStemFor(const QString &code)
{
    QString name = code;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return name;
}

} // namespace

QStringList ScorecardPdf::fileNames(const QStringList &codes)
{
    QStringList names;
    names.reserve(codes.size());
    // Compared without case: the folder may be copied to a disk (FAT, a Windows share)
    // where "a_1.pdf" and "A_1.pdf" are one file.
    QSet<QString> taken;
    for (const QString &code : codes) {
        const QString stem = fileStemFor(code);
        QString name = stem + QStringLiteral(".pdf");
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2).pdf").arg(stem).arg(n);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

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
    QStringList codes;
    for (const ScorecardCard &card : cards)
        codes.append(card.code);
    const QStringList names = fileNames(codes);
    int written = 0;
    for (const ScorecardCard &card : cards) {
        if (!ReportOutput::writePdf(dir.filePath(names[written]), ScorecardPages({ card }, branding),
                progress, written, int(cards.size()), error))
            return written;
        ++written;
    }
    return written;
}

} // namespace cs
