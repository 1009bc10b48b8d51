// The window's home view: the channel's health for one period at a glance. Eight
// tiles against the seeds' targets and four charts, from DashboardStore; clicking a
// bar or a partner tile asks for the partner list filtered to those partners. The
// same figures print as one A4 page (DashboardPages) and export as PDF or PNG.
#pragma once

#include "dashboard/DashboardFigures.h"
#include "print/ReportPage.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace cs {

class DashboardAchievementChart;
class DashboardPeriodPicker;
class DashboardRegionChart;
class DashboardSalesChart;
class DashboardTierChart;
class DashboardTileWidget;
class WorkbookSession;

class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(WorkbookSession &session, QWidget *parent = nullptr);

    // PNG export: pixels per point of the printed page (A4 at 144 dpi, 1190 × 1684).
    static constexpr qreal pngScale = 2;

    // Quarters with results (newest first), each year after its quarters.
    QList<DashboardPeriod> periods() const;
    DashboardPeriod period() const;
    // False when the picker does not offer `period`.
    bool setPeriod(const DashboardPeriod &period);
    // The shown figures; none before the first load or when the workbook could not be read.
    const DashboardFigures *figures() const;
    // Reads the periods and the figures again now (they are read once per period
    // otherwise, and again after the workbook changed).
    void reload();

    DashboardPeriodPicker *periodPicker() const { return m_periodPicker; }
    const QList<DashboardTileWidget *> &tiles() const { return m_tiles; }
    DashboardSalesChart *salesChart() const { return m_sales; }
    DashboardAchievementChart *achievementChart() const { return m_achievement; }
    DashboardTierChart *tierChart() const { return m_tier; }
    DashboardRegionChart *regionChart() const { return m_region; }

    // The unattended exports behind the buttons; false with *error on failure. The PNG
    // is the printed page, not a grab of the view: the same picture at any window size,
    // with the header saying what and when, and no buttons or scroll bars in it.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    bool writePng(const QString &path, QString *error = nullptr) const;

    void printPreview();
    void print();
    void exportPdf();
    void exportPng();

signals:
    void partnersRequested(const QStringList &codes, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildContent();
    void markStale();
    void loadPeriods();
    void loadFigures();
    void showFigures();
    void requestTile(int index);
    QString defaultPath(const QString &suffix) const;

    WorkbookSession &m_session;
    ReportBranding m_branding;
    // Figures by period ("2026Q3", "2026"), read once until the workbook changes.
    QHash<QString, DashboardFigures> m_cache;
    QString m_problem;
    bool m_stale = true;

    DashboardPeriodPicker *m_periodPicker;
    QLabel *m_asOf;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_pngButton;
    QScrollArea *m_scroll;
    QList<DashboardTileWidget *> m_tiles;
    DashboardSalesChart *m_sales;
    DashboardAchievementChart *m_achievement;
    DashboardTierChart *m_tier;
    DashboardRegionChart *m_region;
    QLabel *m_note;
};

} // namespace cs
