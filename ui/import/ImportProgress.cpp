#include "import/ImportProgress.h"

#include <QProgressDialog>

namespace cs {

namespace {
constexpr int steps = 1000; // byte counts pass int's range; the bar only needs proportions
}

ImportReport ImportProgress::run(QWidget *parent, Workbook &workbook, const ImportSource &source,
    ImportOptions options, const QString &label)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, steps, parent);
    dialog.setWindowTitle(tr("Import"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setMinimumWidth(420);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    // Modal, so setValue() processes events: the window repaints and Cancel is seen.
    options.progress = [&dialog](qint64 done, qint64 total) {
        const int value = total > 0 ? int(std::clamp<qint64>(done * steps / total, 0, steps - 1)) : 0;
        dialog.setValue(value);
        return !dialog.wasCanceled();
    };
    ImportReport report = Importer::run(workbook, source, options);
    dialog.setValue(steps);
    return report;
}

} // namespace cs
