#include "import/RecordSink.h"

#include "import/AssessmentSink.h"
#include "import/LedgerSink.h"
#include "import/PartnerSink.h"
#include "import/ResultSink.h"
#include "storage/Sql.h"
#include "text/TextForms.h"

#include <QSqlQuery>

#include <cstring>

namespace cs {

namespace {

const SheetCell emptyCell;

} // namespace

FieldColumns::FieldColumns(const ColumnMapping &mapping)
{
    for (auto it = mapping.columnOf.cbegin(); it != mapping.columnOf.cend(); ++it)
        m_columns.emplace_back(it.key().toLatin1(), it.value());
}

int FieldColumns::operator()(const char *key) const
{
    for (const auto &[name, column] : m_columns)
        if (std::strcmp(name.constData(), key) == 0)
            return column;
    return -1;
}

RowFields::RowFields(const SheetRow &row, const SinkContext &context)
    : m_row(row)
    , m_context(context)
{
}

int RowFields::column(const char *key) const
{
    return m_context.columns(key);
}

bool RowFields::isGiven(const char *key) const
{
    return !cell(key).isEmpty();
}

const SheetCell &RowFields::cell(const char *key) const
{
    const int c = column(key);
    return c >= 0 && c < m_row.cells.size() ? m_row.cells[c] : emptyCell;
}

QString RowFields::text(const char *key) const
{
    const SheetCell &c = cell(key);
    return c.isEmpty() ? QString() : ValueParsers::normaliseText(c.text);
}

void RowFields::add(const char *key, const QString &reason, bool note)
{
    const int c = column(key);
    ImportProblem problem;
    problem.row = m_row.row;
    problem.column = c;
    if (c >= 0) {
        problem.header = m_context.mapping.headers.value(c);
        problem.value = cell(key).text;
    } else if (const FieldSpec *field = ImportKinds::field(m_context.kind, QString::fromLatin1(key))) {
        problem.header = ImportKinds::fieldLabel(*field);
    }
    problem.reason = reason;
    problem.note = note;
    m_problems.append(problem);
    if (!note)
        ++m_errors;
}

void RowFields::error(const char *key, const QString &reason)
{
    add(key, reason, false);
}

std::optional<QString> RowFields::requiredText(const char *key)
{
    const QString value = text(key);
    if (value.isEmpty()) {
        error(key, tr("The cell is empty, and this column is required."));
        return std::nullopt;
    }
    return value;
}

std::optional<Money> RowFields::amount(const char *key, bool required)
{
    if (!required && !isGiven(key))
        return std::nullopt;
    const auto value = accept(key, ValueParsers::parseAmount(cell(key)));
    if (value && value->fen() < 0) {
        error(key, tr("An amount cannot be negative."));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RowFields::count(const char *key)
{
    if (!isGiven(key))
        return std::nullopt;
    const auto value = accept(key, ValueParsers::parseCount(cell(key)));
    if (value && *value < 0) {
        error(key, tr("A count cannot be negative."));
        return std::nullopt;
    }
    return value;
}

std::optional<Ratio> RowFields::percentage(const char *key, bool atMostWhole)
{
    if (!isGiven(key))
        return std::nullopt;
    Parsed<Ratio> parsed = ValueParsers::parsePercentage(cell(key));
    // Only a bare 1 is truly two-faced (1 % or 100 %); noting every 0.92 in a
    // column of fractions would bury the notes worth reading.
    if (parsed && *parsed != Ratio { 1, 1 })
        parsed.note.clear();
    const auto value = accept(key, parsed);
    if (value && atMostWhole && *value > Ratio { 1, 1 }) {
        error(key, tr("This percentage cannot be more than 100 %."));
        return std::nullopt;
    }
    return value;
}

std::optional<Quarter> RowFields::quarter(const char *key)
{
    return accept(key, ValueParsers::parseQuarter(cell(key)));
}

std::optional<QDate> RowFields::date(const char *key, bool required)
{
    if (!required && !isGiven(key))
        return std::nullopt;
    return accept(key, ValueParsers::parseDate(cell(key), m_context.dateSystem));
}

std::optional<qint32> RowFields::score(const char *key, bool required)
{
    if (!required && !isGiven(key))
        return std::nullopt;
    return accept(key, ValueParsers::parseScore(cell(key)));
}

std::optional<qint64> RowFields::tenths(const char *key)
{
    if (!isGiven(key))
        return std::nullopt;
    return accept(key, ValueParsers::parseTenths(cell(key)));
}

std::optional<qint64> RowFields::perMille(const char *key)
{
    const auto ratio = percentage(key, true);
    if (!ratio)
        return std::nullopt;
    return cs::perMille(*ratio);
}

RowVerdict RowFields::verdict(RowOutcome outcome) const
{
    RowVerdict v;
    v.row = m_row.row;
    v.outcome = hasErrors() ? RowOutcome::Rejected : outcome;
    v.problems = m_problems;
    return v;
}

PartnerCodes::PartnerCodes(QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT code, id FROM partners"));
    while (q.next())
        m_ids.insert(fold(q.value(0).toString()), q.value(1).toLongLong());
}

QString PartnerCodes::fold(const QString &code)
{
    // SQLite's NOCASE folds ASCII letters only; so does this, so the two agree.
    const auto lower = [](QChar c) {
        return c >= u'a' && c <= u'z';
    };
    if (std::none_of(code.cbegin(), code.cend(), lower))
        return code; // shared, not copied: the usual case for codes like "HD-0001"
    QString folded = code;
    for (QChar &c : folded)
        if (lower(c))
            c = QChar(c.unicode() - 32);
    return folded;
}

qint64 PartnerCodes::idFor(RowFields &fields) const
{
    const auto code = fields.requiredText("partner_code");
    if (!code)
        return 0;
    const qint64 id = m_ids.value(fold(*code));
    if (id == 0)
        fields.error("partner_code",
            tr("There is no partner with code “%1” in the workbook. Import or add the partner first.")
                .arg(echoed(*code)));
    return id;
}

std::unique_ptr<RecordSink> RecordSink::create(const SinkContext &context)
{
    switch (context.kind) {
    case ImportKind::Partners:
        return std::make_unique<PartnerSink>(context);
    case ImportKind::Results:
        return std::make_unique<ResultSink>(context);
    case ImportKind::Assessments:
        return std::make_unique<AssessmentSink>(context);
    case ImportKind::Ledger:
        return std::make_unique<LedgerSink>(context);
    }
    return nullptr;
}

int RecordSink::startingCacheKiB(ImportKind kind)
{
    return kind == ImportKind::Ledger ? LedgerSink::risingCacheKiB : importCacheKiB;
}

} // namespace cs
