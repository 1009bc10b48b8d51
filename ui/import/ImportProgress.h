// Runs an import (or its check) in the window's thread behind a modal progress
// dialog whose Cancel stops it; the importer writes nothing when stopped.
#pragma once

#include "import/Importer.h"

#include <QCoreApplication>

class QWidget;

namespace cs {

class ImportProgress {
    Q_DECLARE_TR_FUNCTIONS(cs::ImportProgress)

public:
    // `label` says what is happening ("Checking results.xlsx…").
    static ImportReport run(QWidget *parent, Workbook &workbook, const ImportSource &source,
        ImportOptions options, const QString &label);
};

} // namespace cs
