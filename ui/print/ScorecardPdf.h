// Writes scorecards to PDF: all into one file, or one file per partner named by
// code in a folder. Each file goes to a temporary name and is renamed into place.
#pragma once

#include "print/ScorecardRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cs {

class ScorecardPdf {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardPdf)

public:
    // Called after each page with (done, total); returning false cancels, and nothing
    // is left under the final name(s) of unfinished files.
    using Progress = std::function<bool(int done, int total)>;

    // One PDF with a page per card. False with *error on failure or cancel.
    static bool writeOne(const QString &path, const QList<ScorecardCard> &cards,
        const ReportBranding &branding, const Progress &progress, QString *error);
    // One PDF per card, FOLDER/CODE.pdf (named by fileNames()). Returns the number
    // of files written.
    static int writeEach(const QString &folder, const QList<ScorecardCard> &cards,
        const ReportBranding &branding, const Progress &progress, QString *error);
    // A file name per partner code, in order: characters a file system refuses
    // become "_", and codes that would then share a name (A/1 and A_1, or A_1 and
    // a_1) get " (2)", " (3)"…, so no card replaces another.
    static QStringList fileNames(const QStringList &codes);
};

} // namespace cs
