#include "dashboard/DashboardView.h"

#include "WorkbookSession.h"
#include "dashboard/DashboardAchievementChart.h"
#include "dashboard/DashboardPages.h"
#include "dashboard/DashboardPeriodPicker.h"
#include "dashboard/DashboardRegionChart.h"
#include "dashboard/DashboardSalesChart.h"
#include "dashboard/DashboardStyle.h"
#include "dashboard/DashboardTierChart.h"
#include "dashboard/DashboardTileWidget.h"
#include "dashboard/DashboardTiles.h"
#include "print/ReportOutput.h"
#include "report/ExportFile.h"
#include "storage/DashboardStore.h"
#include "storage/ResultQuarters.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace cs {

namespace {

constexpr int tileColumns = 4;

QString groupsText(const QList<PartnerGroup> &groups)
{
    QStringList parts;
    for (const PartnerGroup &g : groups)
        if (g.count() > 0)
            parts.append(QStringLiteral("%1 %2").arg(g.label, QLocale().toString(g.count())));
    return parts.join(QStringLiteral(", "));
}

} // namespace

DashboardView::DashboardView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    layout->addWidget(m_message);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildContent());
    layout->addWidget(m_scroll, 1);

    // Every figure reads partners, results, incentives or capability: any change makes them stale.
    connect(&session, &WorkbookSession::partnersChanged, this, &DashboardView::markStale);
    connect(&session, &WorkbookSession::importsChanged, this, &DashboardView::markStale);
    connect(&session, &WorkbookSession::incentivesChanged, this, &DashboardView::markStale);
    connect(&session, &WorkbookSession::capabilityChanged, this, &DashboardView::markStale);
    showFigures();
}

QWidget *DashboardView::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Period:"), bar);
    m_periodPicker = new DashboardPeriodPicker(bar);
    m_periodPicker->setObjectName(QStringLiteral("dashboardPeriod"));
    label->setBuddy(m_periodPicker);
    m_asOf = new QLabel(bar);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    m_previewButton = new QPushButton(tr("Print Preview…"), bar);
    m_printButton = new QPushButton(tr("Print…"), bar);
    m_pdfButton = new QPushButton(tr("Export PDF…"), bar);
    m_pdfButton->setToolTip(tr("The dashboard as one A4 page"));
    m_pngButton = new QPushButton(tr("Export PNG…"), bar);
    m_pngButton->setToolTip(tr("The printed page as an image, for slides and messages"));

    layout->addWidget(label);
    layout->addWidget(m_periodPicker);
    layout->addSpacing(12);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    for (QPushButton *button : { m_previewButton, m_printButton, m_pdfButton, m_pngButton })
        layout->addWidget(button);

    connect(m_periodPicker, &QComboBox::currentIndexChanged, this, &DashboardView::loadFigures);
    connect(m_previewButton, &QPushButton::clicked, this, &DashboardView::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &DashboardView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardView::exportPdf);
    connect(m_pngButton, &QPushButton::clicked, this, &DashboardView::exportPng);
    return bar;
}

QWidget *DashboardView::buildContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(12);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    for (int i = 0; i < 8; ++i) {
        auto *tile = new DashboardTileWidget(content);
        tile->setObjectName(QStringLiteral("dashboardTile%1").arg(i));
        tiles->addWidget(tile, i / tileColumns, i % tileColumns);
        connect(tile, &DashboardTileWidget::activated, this, [this, i] { requestTile(i); });
        m_tiles.append(tile);
    }
    for (int c = 0; c < tileColumns; ++c)
        tiles->setColumnStretch(c, 1);
    layout->addLayout(tiles);

    m_sales = new DashboardSalesChart(content);
    m_achievement = new DashboardAchievementChart(content);
    m_tier = new DashboardTierChart(content);
    m_region = new DashboardRegionChart(content);
    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    charts->addWidget(m_sales, 0, 0);
    charts->addWidget(m_achievement, 0, 1);
    charts->addWidget(m_tier, 1, 0);
    charts->addWidget(m_region, 1, 1);
    for (int i = 0; i < 2; ++i) {
        charts->setColumnStretch(i, 1);
        charts->setRowStretch(i, 1);
    }
    layout->addLayout(charts, 1);
    for (DashboardChartView *chart :
        std::initializer_list<DashboardChartView *> { m_achievement, m_tier, m_region })
        connect(chart, &DashboardChartView::partnersRequested, this, &DashboardView::partnersRequested);
    connect(m_sales, &DashboardSalesChart::quarterClicked, this,
        [this](Quarter q) { setPeriod(DashboardPeriod::ofQuarter(q)); });

    m_note = new QLabel(content);
    m_note->setObjectName(QStringLiteral("dashboardNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    return content;
}

QList<DashboardPeriod> DashboardView::periods() const
{
    return m_periodPicker->periods();
}

DashboardPeriod DashboardView::period() const
{
    return m_periodPicker->period();
}

bool DashboardView::setPeriod(const DashboardPeriod &period)
{
    return m_periodPicker->setPeriod(period);
}

const DashboardFigures *DashboardView::figures() const
{
    const auto found = m_cache.constFind(period().toString());
    return found == m_cache.cend() ? nullptr : &*found;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the window has painted: opening a workbook should not wait for the figures.
    if (m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                reload();
        });
}

void DashboardView::markStale()
{
    const bool pending = m_stale;
    m_stale = true;
    m_cache.clear();
    // An edit sends several signals at once: read again once, after them.
    if (!pending && isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                reload();
        });
}

void DashboardView::reload()
{
    m_stale = false;
    m_cache.clear();
    m_branding = ReportPage::branding(m_session.workbook());
    loadPeriods();
    loadFigures();
}

void DashboardView::loadPeriods()
{
    QList<Quarter> quarters;
    try {
        quarters = quartersWithResults(m_session.workbook());
        m_problem.clear();
    } catch (const StorageError &e) {
        m_problem = e.message();
    }
    // Without any results the partners, churn and the watch list still have something to say.
    if (quarters.isEmpty())
        quarters.append(Quarter::containing(QDate::currentDate()));
    m_periodPicker->setQuarters(quarters);
}

void DashboardView::loadFigures()
{
    const DashboardPeriod shown = period();
    const QString key = shown.toString();
    if (shown.isValid() && !m_cache.contains(key)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            m_cache.insert(key, DashboardStore(m_session.workbook()).load(shown));
        } catch (const StorageError &e) {
            m_problem = e.message();
        }
        QApplication::restoreOverrideCursor();
    }
    showFigures();
}

void DashboardView::showFigures()
{
    const DashboardFigures *f = figures();
    m_message->setVisible(!f);
    m_scroll->setVisible(f != nullptr);
    for (QPushButton *button : { m_previewButton, m_printButton, m_pdfButton, m_pngButton })
        button->setEnabled(f != nullptr);
    if (!f) {
        m_message->setText(m_problem.isEmpty() ? tr("Reading the dashboard…") : m_problem);
        m_asOf->clear();
        return;
    }
    m_asOf->setText(f->asOf < f->period.lastDay()
            ? tr("As of %1 (the period is still running)")
                  .arg(QLocale().toString(f->asOf, QLocale::LongFormat))
            : tr("As of %1").arg(QLocale().toString(f->asOf, QLocale::LongFormat)));
    const QList<DashboardTile> tiles = DashboardTiles::of(*f);
    for (qsizetype i = 0; i < tiles.size() && i < m_tiles.size(); ++i) {
        DashboardTileWidget *w = m_tiles[i];
        w->setTile(tiles[i], DashboardStyle::shadeOf(tiles[i], *f));
        switch (tiles[i].id) {
        case DashboardTileId::ActivePartners:
            w->setDetail(tr("By region: %1").arg(groupsText(f->active.byRegion)) + QLatin1Char('\n')
                + tr("By type: %1").arg(groupsText(f->active.byType)));
            w->setClickable(f->active.total > 0, tr("Click to list them."));
            break;
        case DashboardTileId::ChurnRate:
            w->setClickable(!f->churn.churnedCodes.isEmpty(), tr("Click to list the churned partners."));
            break;
        case DashboardTileId::MeetingTarget:
            w->setClickable(!f->meeting.metCodes.isEmpty(), tr("Click to list the partners that met it."));
            break;
        case DashboardTileId::WatchList:
            w->setClickable(f->watch.count() > 0, tr("Click to list them."));
            break;
        default:
            break;
        }
    }
    m_sales->setFigures(*f);
    m_achievement->setFigures(*f);
    m_tier->setFigures(*f);
    m_region->setFigures(*f);
    m_note->setText(DashboardPages::note(*f));
}

void DashboardView::requestTile(int index)
{
    const DashboardFigures *f = figures();
    if (!f || index < 0 || index >= m_tiles.size())
        return;
    const QString day = f->asOf.toString(Qt::ISODate);
    switch (m_tiles[index]->tile().id) {
    case DashboardTileId::ActivePartners: {
        QStringList codes;
        for (const PartnerGroup &g : f->active.byTier)
            codes += g.codes;
        codes.sort();
        emit partnersRequested(codes, tr("active on %1").arg(day));
        break;
    }
    case DashboardTileId::ChurnRate:
        emit partnersRequested(f->churn.churnedCodes, tr("churned in %1").arg(f->period.label()));
        break;
    case DashboardTileId::MeetingTarget:
        emit partnersRequested(
            f->meeting.metCodes, tr("met their sales target in %1").arg(f->period.label()));
        break;
    case DashboardTileId::WatchList:
        emit partnersRequested(f->watch.codes, tr("on the watch list on %1").arg(day));
        break;
    default:
        break;
    }
}

bool DashboardView::writePdf(const QString &path, QString *error) const
{
    const DashboardFigures *f = figures();
    if (!f) {
        if (error)
            *error = tr("Nothing to export yet.");
        return false;
    }
    return ReportOutput::writePdf(path, DashboardPages(*f, m_branding), {}, 0, -1, error);
}

bool DashboardView::writePng(const QString &path, QString *error) const
{
    const DashboardFigures *f = figures();
    if (!f) {
        if (error)
            *error = tr("Nothing to export yet.");
        return false;
    }
    const QImage image = DashboardPages(*f, m_branding).image(pngScale, QDate::currentDate());
    // Encoded in memory first: a write failing under libpng (a full disk) makes it
    // jump out past Qt's cleanup, which leaks the image (LeakSanitizer saw it).
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    // Then through a temporary file like every export: a failed or interrupted write
    // never leaves a cut-off image under the chosen name.
    ExportFile file(path);
    if (file.open() && file.write(png) && file.commit())
        return true;
    if (error)
        *error = file.error();
    return false;
}

void DashboardView::printPreview()
{
    if (const DashboardFigures *f = figures())
        ReportOutput::preview(this, DashboardPages(*f, m_branding), tr("Print Preview — Channel Dashboard"));
}

void DashboardView::print()
{
    if (const DashboardFigures *f = figures())
        ReportOutput::print(this, DashboardPages(*f, m_branding), tr("Print Channel Dashboard"));
}

QString DashboardView::defaultPath(const QString &suffix) const
{
    const QString name = QStringLiteral("dashboard-%1.%2").arg(period().toString(), suffix);
    return QDir(QFileInfo(m_session.workbook().path()).path()).filePath(name);
}

void DashboardView::exportPdf()
{
    if (!figures())
        return;
    QFileDialog dialog(this, tr("Export PDF"), defaultPath(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!writePdf(dialog.selectedFiles().front(), &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void DashboardView::exportPng()
{
    if (!figures())
        return;
    QFileDialog dialog(this, tr("Export PNG"), defaultPath(QStringLiteral("png")), tr("PNG images (*.png)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("png"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (!writePng(dialog.selectedFiles().front(), &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

} // namespace cs
