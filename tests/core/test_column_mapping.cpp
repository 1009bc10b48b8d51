// Finding the header row and mapping columns to fields, as messy regional
// spreadsheets lay them out.
#include "TestSupport.h"
#include "import/ColumnMapping.h"

using namespace cs;

namespace {

SheetRow row(int number, std::initializer_list<const char16_t *> texts)
{
    SheetRow r;
    r.row = number;
    for (const char16_t *t : texts) {
        SheetCell cell;
        const QString text = QString::fromUtf16(t);
        if (!text.isEmpty()) {
            cell.kind = SheetCell::Kind::Text;
            cell.text = text;
        }
        r.cells.append(cell);
    }
    return r;
}

} // namespace

TEST_CASE(
    "the header is found below a merged title row and a note, with units and full-width brackets ignored")
{
    const QList<SheetRow> rows = {
        row(1, { u"2026年第一季度华东区伙伴业绩汇总" }),
        row(3, { u"数据来源：区域办，单位：元" }),
        row(4,
            { u"伙伴编号", u"季度", u"销售目标（元）", u"实际销售额(元)", u"回款额", u"客户满意度(%)",
                u"负责人" }),
        row(5, { u"HD-0001", u"2026Q1", u"1,000,000", u"934,000", u"800000", u"92%", u"王建国" }),
    };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Results);
    CHECK(mapping.headerRow == 4);
    CHECK(mapping.columnOf.value(QStringLiteral("partner_code")) == 0);
    CHECK(mapping.columnOf.value(QStringLiteral("quarter")) == 1);
    CHECK(mapping.columnOf.value(QStringLiteral("sales_target")) == 2);
    CHECK(mapping.columnOf.value(QStringLiteral("actual_sales")) == 3);
    CHECK(mapping.columnOf.value(QStringLiteral("collections")) == 4);
    CHECK(mapping.columnOf.value(QStringLiteral("satisfaction")) == 5);
    CHECK(mapping.unmatchedColumns == QList<int> { 6 });
    CHECK(mapping.missingRequired.isEmpty());
    CHECK(mapping.isComplete());
}

TEST_CASE("English headers in any case and spacing map to the same fields")
{
    const QList<SheetRow> rows = { row(
        1, { u"Partner Code", u"ORDER ID", u"Order Date", u"product line", u"Amount (CNY)" }) };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Ledger);
    CHECK(mapping.headerRow == 1);
    CHECK(mapping.columnOf.value(QStringLiteral("order_id")) == 1);
    CHECK(mapping.columnOf.value(QStringLiteral("amount")) == 4);
    CHECK(mapping.isComplete());
}

TEST_CASE("a required field without a column is reported by its key")
{
    const QList<SheetRow> rows = { row(1, { u"伙伴编号", u"季度", u"销售目标", u"回款额" }) };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Results);
    CHECK(mapping.headerRow == 1);
    CHECK(mapping.missingRequired == QStringList { QStringLiteral("actual_sales") });
    CHECK_FALSE(mapping.isComplete());
}

TEST_CASE("a second column naming the same field is reported, the first one is used")
{
    const QList<SheetRow> rows = { row(1, { u"伙伴编号", u"伙伴名称", u"名称" }) };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Partners);
    CHECK(mapping.columnOf.value(QStringLiteral("name")) == 1);
    CHECK(mapping.duplicateColumns == QList<int> { 2 });
}

TEST_CASE("a sheet whose rows name at most one field has no header")
{
    const QList<SheetRow> rows = { row(1, { u"伙伴编号" }), row(2, { u"HD-0001", u"杭州" }) };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Partners);
    CHECK(mapping.headerRow == 0);
    CHECK(mapping.missingRequired.contains(QStringLiteral("partner_code")));
}

TEST_CASE("header texts the user taught are recognised next time, and win over built-in guesses")
{
    const QList<SheetRow> rows = { row(2, { u"经销商代码", u"公司全称", u"备注" }) };
    CHECK(detectColumns(rows, ImportKind::Partners).headerRow == 0);
    const QHash<QString, QString> taught = { { QStringLiteral("经销商代码"), QStringLiteral("partner_code") },
        { QStringLiteral("公司全称"), QStringLiteral("name") },
        { QStringLiteral("备注"), QStringLiteral("mentor") } };
    const ColumnMapping mapping = detectColumns(rows, ImportKind::Partners, taught);
    CHECK(mapping.headerRow == 2);
    CHECK(mapping.columnOf.value(QStringLiteral("partner_code")) == 0);
    CHECK(mapping.columnOf.value(QStringLiteral("mentor")) == 2);
    CHECK(mapping.isComplete());
}

TEST_CASE("assigning a column by hand moves the field and updates what is missing")
{
    const QList<SheetRow> rows = { row(1, { u"伙伴编号", u"季度", u"目标", u"金额" }) };
    ColumnMapping mapping = detectColumns(rows, ImportKind::Results);
    CHECK(mapping.missingRequired == QStringList { QStringLiteral("actual_sales") });
    assignColumn(mapping, ImportKind::Results, 3, QStringLiteral("actual_sales"));
    CHECK(mapping.isComplete());
    CHECK(mapping.unmatchedColumns.isEmpty());
    assignColumn(mapping, ImportKind::Results, 2, QString());
    CHECK(mapping.missingRequired == QStringList { QStringLiteral("sales_target") });
    CHECK(mapping.unmatchedColumns == QList<int> { 2 });
}

TEST_CASE("import kinds have stable codes and every field has a label")
{
    for (ImportKind kind :
        { ImportKind::Partners, ImportKind::Results, ImportKind::Assessments, ImportKind::Ledger }) {
        CHECK(ImportKinds::fromCode(ImportKinds::code(kind)) == kind);
        for (const FieldSpec &field : ImportKinds::fields(kind))
            CHECK_FALSE(ImportKinds::fieldLabel(field).isEmpty());
    }
    CHECK_FALSE(ImportKinds::fromCode(QStringLiteral("orders")));
}

TEST_CASE("a header row the user points at is used even when it names fields the program does not know")
{
    const QList<SheetRow> rows = {
        row(1, { u"伙伴编号", u"说明" }), // looks like a header, but is a title line
        row(2, { u"编码", u"期间", u"计划", u"完成" }),
        row(3, { u"HD-0001", u"2026Q1", u"100", u"90" }),
    };
    const ColumnMapping chosen = detectColumns(rows, ImportKind::Results, {}, 2);
    CHECK(chosen.headerRow == 2);
    CHECK(chosen.headers.size() == 4);
    CHECK(chosen.columnOf.value(QStringLiteral("quarter")) == 1);
    CHECK(chosen.missingRequired.contains(QStringLiteral("sales_target")));
    CHECK(detectColumns(rows, ImportKind::Results, {}, 9).headerRow == 0);
}
