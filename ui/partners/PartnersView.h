// The partner registry view: filters and search above a sortable table, the
// detail editor and the partner's capability beside it, in tabs. Edits go through
// the session's undo stack.
#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace cs {

class CodeFilterBanner;
class PartnerCapabilityPanel;
class PartnerEditor;
class PartnerFilterModel;
class WorkbookSession;
struct Partner;

class PartnersView : public QWidget {
    Q_OBJECT

public:
    explicit PartnersView(WorkbookSession &session, QWidget *parent = nullptr);
    ~PartnersView() override;

    void focusSearch();
    void addPartner();
    void deleteSelected();
    bool hasSelection() const;
    // Offers to save or discard unsaved form edits; false if the user cancelled.
    bool settlePendingEdit();
    // Selects the partner, first clearing the search and filters if they hide it.
    void showPartner(qint64 id);
    // Lists exactly these partners (chosen on the dashboard) under a banner saying
    // `what`, with the other filters cleared; the banner's button lists all again.
    void showCodes(const QStringList &codes, const QString &what);
    void clearCodes();

    QTableView *table() const { return m_table; }
    PartnerFilterModel *filterModel() const { return m_filter; }
    PartnerEditor *editor() const { return m_editor; }
    PartnerCapabilityPanel *capabilityPanel() const { return m_capability; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    CodeFilterBanner *codeBanner() const { return m_codeBanner; }

signals:
    void selectionChanged();

private:
    void buildFilters(QHBoxLayout *bar);
    void applyFilters();
    void onCurrentChanged();
    void onPartnersChanged();
    bool savePartner(const Partner &before, const Partner &after);
    void selectPartner(qint64 id);
    void selectQuietly(qint64 id); // moves the table selection without reacting to it
    bool isVisibleInTable(qint64 id) const;
    void refreshRegionFilter();
    void updateCount();
    void saveState() const;
    void restoreState();
    void onDetailTabChanged();
    void applySplit(const QByteArray &state); // a tab's own split, or its default

    WorkbookSession &m_session;
    PartnerFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_regionFilter;
    QComboBox *m_tierFilter;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    CodeFilterBanner *m_codeBanner;
    QTableView *m_table;
    PartnerEditor *m_editor;
    PartnerCapabilityPanel *m_capability;
    QTabWidget *m_detailTabs; // the editor and the capability panel, both following m_shownId
    QSplitter *m_splitter;
    // The charts want more room than the form: each tab keeps its own split, and this is
    // the one of the tab not shown.
    QByteArray m_otherTabSplitter;
    qint64 m_shownId = 0;
    bool m_choicesStale = false;
    bool m_writing = false; // our own change is moving the table: don't react to it
};

} // namespace cs
