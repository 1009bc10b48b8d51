#include "scorecard/ScorecardBatch.h"

#include "print/ScorecardPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QProgressDialog>

namespace cs {

ScorecardBatch::ScorecardBatch(
    QList<ScorecardCard> cards, ReportBranding branding, Output output, QString path, QObject *parent)
    : QObject(parent)
    , m_cards(std::move(cards))
    , m_branding(std::move(branding))
    , m_output(output)
    , m_path(std::move(path))
{
}

ScorecardBatch::Result ScorecardBatch::run()
{
    m_cancelled = false;
    Result result;
    const ScorecardPdf::Progress progress = [this](int done, int total) {
        emit progressed(done, total);
        // Between pages the window repaints and the Cancel button is heard.
        QCoreApplication::processEvents();
        return !m_cancelled;
    };
    QElapsedTimer timer;
    timer.start();
    if (m_output == Output::OneFile) {
        result.written = ScorecardPdf::writeOne(m_path, m_cards, m_branding, progress, &result.error);
        result.pages = result.written ? int(m_cards.size()) : 0;
    } else if (!QDir().mkpath(m_path)) {
        result.error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_path));
    } else {
        result.pages = ScorecardPdf::writeEach(m_path, m_cards, m_branding, progress, &result.error);
        result.written = result.error.isEmpty() && !m_cancelled;
    }
    result.seconds = double(timer.elapsed()) / 1000.0;
    result.cancelled = m_cancelled;
    if (result.cancelled)
        result.written = false;
    return result;
}

ScorecardBatch::Result ScorecardBatch::runWithProgress(QWidget *parent)
{
    QProgressDialog progress(tr("Writing scorecards…"), tr("Cancel"), 0, total(), parent);
    progress.setWindowTitle(tr("Batch PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, &ScorecardBatch::cancel);
    connect(this, &ScorecardBatch::progressed, &progress, [&progress](int done, int all) {
        const QLocale locale;
        progress.setLabelText(
            tr("%1 of %2 scorecards written…").arg(locale.toString(done), locale.toString(all)));
        progress.setValue(done);
    });
    const Result result = run();
    progress.reset();
    return result;
}

QString ScorecardBatch::summary(const Result &result) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    if (result.cancelled)
        return m_output == Output::OneFile
            ? tr("Cancelled; %1 was not written.").arg(path)
            : tr("Cancelled; the %Ln finished file(s) are kept in %1.", "", result.pages).arg(path);
    if (!result.written)
        return result.error;
    return tr("Wrote %Ln page(s) to %1 in %2 s", "", result.pages)
        .arg(path, QLocale().toString(result.seconds, 'f', 1));
}

} // namespace cs
