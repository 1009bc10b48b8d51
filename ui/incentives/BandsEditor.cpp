#include "incentives/BandsEditor.h"

#include "incentive/Percent.h"
#include "incentives/ProblemList.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace cs {

namespace {
enum Column { FromColumn, ToColumn, RateColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

BandsEditor::BandsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("Remove band"), this))
    , m_problems(makeProblemList(QStringLiteral("bandProblems"), this))
{
    m_table->setObjectName(QStringLiteral("bandsTable"));
    m_table->setHorizontalHeaderLabels({ tr("From %"), tr("To %"), tr("Rate %") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setToolTip(tr("Lower bound included, upper bound excluded: a band from 90 % to 100 % "
                           "holds exactly 90 % but not 100 %."));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);

    auto *add = new QPushButton(tr("Add band"), this);
    add->setObjectName(QStringLiteral("addBand"));
    m_remove->setObjectName(QStringLiteral("removeBand"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &BandsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &BandsEditor::removeRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &BandsEditor::cellEdited);

    auto *rule = new QLabel(tr("From is included, To is not; an empty To means \"and above\"."), this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(rule, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
}

void BandsEditor::setBands(const Bands &bands)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const Band &b : bands)
        appendRow(formatRateBp(b.fromBp), b.toBp ? formatRateBp(*b.toBp) : QString(), formatRateBp(b.rateBp));
    m_loading = false;
    showProblems();
}

void BandsEditor::appendRow(const QString &from, const QString &to, const QString &rate)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FromColumn, cell(from));
    m_table->setItem(row, ToColumn, cell(to));
    m_table->setItem(row, RateColumn, cell(rate));
}

Bands BandsEditor::readBands(QStringList *unreadable) const
{
    const QString columns[] = { tr("from"), tr("to"), tr("rate") };
    Bands bands;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Band band;
        for (int column = 0; column < ColumnCount; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty()) {
                if (column == ToColumn)
                    continue; // open-ended
                if (unreadable)
                    unreadable->append(tr("Band %1: the %2 is empty.").arg(row + 1).arg(columns[column]));
                continue;
            }
            QString error;
            const std::optional<qint64> bp = parseRateBp(text, &error);
            if (!bp) {
                if (unreadable)
                    unreadable->append(tr("Band %1, %2: %3").arg(row + 1).arg(columns[column], error));
                continue;
            }
            if (column == FromColumn)
                band.fromBp = *bp;
            else if (column == ToColumn)
                band.toBp = *bp;
            else
                band.rateBp = *bp;
        }
        bands.append(band);
    }
    return bands;
}

Bands BandsEditor::bands() const
{
    Bands bands = readBands(nullptr);
    std::stable_sort(
        bands.begin(), bands.end(), [](const Band &a, const Band &b) { return a.fromBp < b.fromBp; });
    return bands;
}

QStringList BandsEditor::problems() const
{
    QStringList unreadable;
    const Bands read = readBands(&unreadable);
    // Until every cell reads, the bands' order and bounds are guesses: naming
    // overlaps between half-typed bands would only confuse.
    if (!unreadable.isEmpty())
        return unreadable;
    return bandProblems(read);
}

QStringList BandsEditor::unreadableCells() const
{
    QStringList unreadable;
    readBands(&unreadable);
    return unreadable;
}

void BandsEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    m_loading = true;
    // Show what was understood ("3" becomes "3 %"), so a typo is visible at once.
    if (const std::optional<qint64> bp = parseRateBp(item->text().trimmed()))
        item->setText(formatRateBp(*bp));
    // Problems name bands by their row, so rows follow the lower bounds once all read.
    QStringList unreadable;
    const Bands read = readBands(&unreadable);
    if (unreadable.isEmpty()) {
        QList<int> order(read.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(
            order.begin(), order.end(), [&](int a, int b) { return read[a].fromBp < read[b].fromBp; });
        if (!std::is_sorted(order.begin(), order.end())) {
            const int editedRow = item->row();
            QList<QStringList> rows;
            for (int row = 0; row < m_table->rowCount(); ++row)
                rows.append({ m_table->item(row, FromColumn)->text(), m_table->item(row, ToColumn)->text(),
                    m_table->item(row, RateColumn)->text() });
            m_table->setRowCount(0);
            for (int i : order)
                appendRow(rows[i][0], rows[i][1], rows[i][2]);
            m_table->selectRow(int(order.indexOf(editedRow)));
        }
    }
    m_loading = false;
    showProblems();
    emit changed();
}

void BandsEditor::addRow()
{
    m_loading = true;
    // The new band continues where the last one ends, the usual next step.
    QString from;
    const int last = m_table->rowCount() - 1;
    if (last >= 0)
        from = m_table->item(last, ToColumn)->text();
    appendRow(from, QString(), QString());
    m_loading = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, from.isEmpty() ? FromColumn : ToColumn);
    showProblems();
    emit changed();
}

void BandsEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    showProblems();
    emit changed();
}

void BandsEditor::showProblems()
{
    showProblemList(m_problems, problems());
}

} // namespace cs
