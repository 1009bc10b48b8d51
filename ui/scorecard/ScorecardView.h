// The Scorecards view: one partner's quarterly scorecard as it prints, picked by
// quarter and partner or stepped through in code order within a filter (tier,
// region, watch list), with print preview, printing, PDF export and batch PDFs.
#pragma once

#include "print/ScorecardRenderer.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace cs {

class ScorecardFilterBar;
class ScorecardPage;
class WorkbookSession;

class ScorecardView : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardView(WorkbookSession &session, QWidget *parent = nullptr);

    QList<Quarter> quarters() const { return m_quarters; }
    Quarter quarter() const;
    void setQuarter(Quarter quarter);
    // Every card of the shown quarter, and those the filter keeps, both in code order.
    QList<ScorecardCard> allCards() const;
    QList<ScorecardCard> filteredCards() const;
    const ScorecardCard *currentCard() const;
    // Shows that partner when the filter keeps it; false otherwise.
    bool showPartner(const QString &code);
    void nextPartner();
    void previousPartner();
    // After Tools → Report Branding changed the company name or logo.
    void reloadBranding();

    void printPreview();
    void print();
    void exportPdf();
    void batchPdf();
    // Opens OkrDialog for the partner shown; the card is read again after a save.
    void editOkrs();
    // Opens KpiEntriesDialog for the partner shown, and KpiCatalogueDialog; the cards
    // are read again after a save.
    void enterKpiValues();
    void editCatalogue();
    // After the KPI catalogue or entered values changed: every quarter's cards are
    // stale (scores feed the next quarter's change and trend).
    void reloadCards();

    ScorecardFilterBar *filterBar() const { return m_filter; }
    ScorecardPage *page() const { return m_page; }
    QComboBox *quarterPicker() const { return m_quarterPicker; }
    QPushButton *okrButton() const { return m_okrButton; }
    QPushButton *kpiValuesButton() const { return m_kpiValuesButton; }
    QPushButton *catalogueButton() const { return m_catalogueButton; }
    QComboBox *partnerPicker() const { return m_partnerPicker; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *previousAction() const { return m_previousAction; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTopBar();
    void markStale();
    void reload();
    void loadQuarter();
    void applyFilter();
    void showIndex(int index);
    void step(int delta);
    // The current card, or every card of the filter when the user asks for them.
    std::optional<QList<ScorecardCard>> chooseCards(const QString &title);
    QString defaultDir() const;

    WorkbookSession &m_session;
    QList<Quarter> m_quarters;
    // Cards by quarter ("2026Q3"), read once: a quarter of 2,000 partners takes about a second.
    QHash<QString, QList<ScorecardCard>> m_cache;
    QList<int> m_filtered; // indices into the shown quarter's cards
    int m_current = -1; // index into m_filtered
    QString m_problem;
    ReportBranding m_branding;
    // Read again when first shown, and on changes only while on screen: an edit
    // elsewhere should not pay for a view nobody is looking at.
    bool m_stale = true;
    bool m_updating = false;

    QComboBox *m_quarterPicker;
    QComboBox *m_partnerPicker;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_position;
    ScorecardFilterBar *m_filter;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_exportButton;
    QPushButton *m_batchButton;
    QPushButton *m_okrButton;
    QPushButton *m_kpiValuesButton;
    QPushButton *m_catalogueButton;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QScrollArea *m_scroll;
    ScorecardPage *m_page;
};

} // namespace cs
