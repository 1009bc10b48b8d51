// The partner registry view: filters and search above a sortable table, the
// detail editor beside it. Edits go through the session's undo stack.
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace cs {

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

    QTableView *table() const { return m_table; }
    PartnerFilterModel *filterModel() const { return m_filter; }
    PartnerEditor *editor() const { return m_editor; }

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

    WorkbookSession &m_session;
    PartnerFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_regionFilter;
    QComboBox *m_tierFilter;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    QTableView *m_table;
    PartnerEditor *m_editor;
    QSplitter *m_splitter;
    qint64 m_shownId = 0;
    bool m_choicesStale = false;
    bool m_writing = false; // our own change is moving the table: don't react to it
};

} // namespace cs
