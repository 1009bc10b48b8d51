#include "import/ImportColumnsPage.h"

#include "import/ImportColours.h"
#include "import/ImportDraft.h"
#include "import/Sentences.h"
#include "import/SheetPreviewModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

QString cellText(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Date)
        return cell.date.toString(Qt::ISODate);
    return cell.kind == SheetCell::Kind::Empty ? QString() : cell.text;
}

void setLabelColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_previewModel(new SheetPreviewModel(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column holds. Fields marked * are required; columns set to "
                   "“(ignore)” are not imported."));

    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("header-where"));
    m_where->setWordWrap(true);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("header-row"));
    m_headerRow->setToolTip(tr("The row, as the spreadsheet numbers it, whose cells name the columns. Rows "
                               "above it are not imported."));
    m_headerRow->setKeyboardTracking(false); // typing “12” reads row 12, not row 1 on the way
    auto *headerRowLabel = new QLabel(tr("&Header row:"), this);
    headerRowLabel->setBuddy(m_headerRow);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addSpacing(12);
    whereRow->addWidget(headerRowLabel);
    whereRow->addWidget(m_headerRow);
    m_profileNote = new QLabel(tr("Columns mapped as last time for these headers."), this);
    m_profileNote->setObjectName(QStringLiteral("profile-note"));
    setLabelColour(m_profileNote, ImportColours::goodText());

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("mapping-table"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        { tr("Column"), tr("Header in the file"), tr("Import as"), tr("First value") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the combos take the focus, not the cells
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(LetterColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(HeaderColumn, 220);
    m_table->setColumnWidth(FieldColumn, 240);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missing-fields"));
    m_missing->setWordWrap(true);

    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("mapping-preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    // Headers carry the field and the file's own header on two lines; a fixed
    // width cut the longer English ones ("Customer satisfaction") short.
    connect(m_previewModel, &QAbstractItemModel::modelReset, m_preview, &QTableView::resizeColumnsToContents);
    connect(m_previewModel, &QAbstractItemModel::headerDataChanged, m_preview, &QTableView::resizeColumnsToContents);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(whereRow);
    topLayout->addWidget(m_profileNote);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_missing);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("The first rows as they would be read:"), bottom));
    bottomLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportColumnsPage::chooseHeaderRow);
}

void ImportColumnsPage::initializePage()
{
    // Back from a later page the draft keeps the row chosen here; from the File page it is as detected.
    if (m_draft.chosenHeaderRow == 0)
        m_detectedRow = m_draft.mapping.headerRow;
    if (m_draft.mapping.headerRow == 0 && m_draft.chosenHeaderRow == 0 && !m_draft.preview.rows.isEmpty()) {
        // No row reads like a header: show the first one's columns, to be mapped by hand or moved.
        m_draft.readPreview(m_draft.preview.rows.constFirst().row);
    }
    showHeader();
}

void ImportColumnsPage::chooseHeaderRow(int row)
{
    m_draft.readPreview(row);
    showHeader();
}

void ImportColumnsPage::showHeader()
{
    const SheetPreview &preview = m_draft.preview;
    const int header = m_draft.mapping.headerRow;
    {
        const QSignalBlocker block(m_headerRow);
        m_headerRow->setEnabled(!preview.rows.isEmpty());
        m_headerRow->setRange(preview.rows.isEmpty() ? 0 : preview.rows.constFirst().row,
            preview.rows.isEmpty() ? 0 : preview.rows.constLast().row);
        m_headerRow->setValue(header > 0 ? header : m_draft.chosenHeaderRow);
    }

    QStringList where;
    if (!preview.error.isEmpty()) // the file changed or went away since the File page read it
        where.append(preview.error);
    else if (header == 0)
        where.append(
            tr("Row %1 is blank: choose the row whose cells name the columns.").arg(m_draft.chosenHeaderRow));
    else
        where.append(preview.isSpreadsheet
                ? tr("The header is row %1 of the sheet “%2”.").arg(QString::number(header), preview.sheet)
                : tr("The header is row %1 of the file.").arg(header));
    if (m_detectedRow == 0 && preview.error.isEmpty())
        where.append(
            tr("None of the first rows reads like a header: choose the row that names the columns."));
    else if (header > 0 && header != m_detectedRow)
        where.append(tr("Row %1 looked like the header.").arg(m_detectedRow));
    m_where->setText(joinSentences(where));
    if (preview.error.isEmpty())
        m_where->setPalette(QPalette());
    else
        setLabelColour(m_where, ImportColours::errorText());

    m_profileNote->setVisible(preview.mappingFromProfile);
    m_previewModel->setMapping(m_draft.kind, m_draft.mapping);
    m_previewModel->setRows(m_draft.dataRows(previewRows));
    fillTable();
    showMapping();
}

void ImportColumnsPage::fillTable()
{
    const QList<FieldSpec> &fields = ImportKinds::fields(m_draft.kind);
    const QList<SheetRow> firstRows = m_draft.dataRows(1);
    const SheetRow first = firstRows.value(0);
    m_table->clearContents();
    m_table->setRowCount(int(m_draft.mapping.headers.size()));
    for (int c = 0; c < m_draft.mapping.headers.size(); ++c) {
        auto *letter = new QTableWidgetItem(columnLetters(c));
        letter->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(c, LetterColumn, letter);
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(m_draft.mapping.headers[c]));
        auto *sample = new QTableWidgetItem(cellText(first.cells.value(c)));
        sample->setForeground(ImportColours::noteText());
        m_table->setItem(c, SampleColumn, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("field-%1").arg(columnLetters(c)));
        combo->addItem(tr("(ignore)"), QString());
        for (const FieldSpec &field : fields)
            combo->addItem(field.required ? tr("%1 *", "a required field").arg(ImportKinds::fieldLabel(field))
                                          : ImportKinds::fieldLabel(field),
                QString::fromLatin1(field.key));
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, c, combo] { assign(c, combo->currentData().toString()); });
        m_table->setCellWidget(c, FieldColumn, combo);
    }
}

void ImportColumnsPage::assign(int column, const QString &fieldKey)
{
    // Choosing a field taken by another column moves it here; the other column is then ignored.
    assignColumn(m_draft.mapping, m_draft.kind, column, fieldKey);
    showMapping();
}

void ImportColumnsPage::showMapping()
{
    const ColumnMapping &mapping = m_draft.mapping;
    for (int c = 0; c < m_table->rowCount(); ++c) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(c, FieldColumn));
        if (!combo)
            continue;
        const QString key = mapping.columnOf.key(c);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        QString hint;
        if (mapping.duplicateColumns.contains(c))
            hint = tr("Another column already has this header's field; this one is ignored unless you choose "
                      "otherwise.");
        else if (key.isEmpty() && !mapping.headers.value(c).isEmpty())
            hint = tr("Not recognised as a field: ignored unless you choose one.");
        combo->setToolTip(hint);
        if (QTableWidgetItem *header = m_table->item(c, HeaderColumn)) {
            header->setToolTip(hint);
            header->setForeground(key.isEmpty() ? QBrush(ImportColours::ignoredText()) : QBrush());
        }
    }

    if (mapping.missingRequired.isEmpty()) {
        m_missing->setText(tr("Every required field has a column."));
        setLabelColour(m_missing, ImportColours::goodText());
    } else {
        QStringList labels;
        for (const QString &key : mapping.missingRequired)
            if (const FieldSpec *field = ImportKinds::field(m_draft.kind, key))
                labels.append(ImportKinds::fieldLabel(*field));
        m_missing->setText(tr("Still to choose a column for: %1.").arg(labels.join(tr(", "))));
        setLabelColour(m_missing, ImportColours::errorText());
    }
    m_previewModel->setMapping(m_draft.kind, mapping);
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_draft.mapping.isComplete();
}

} // namespace cs
