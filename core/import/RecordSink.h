// What the importer hands each row to: one sink per import kind turns the row
// into its record, checks it and writes it inside the import's transaction.
#pragma once

#include "import/Importer.h"
#include "import/ValueParsers.h"
#include "storage/ImportHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace cs {

class Workbook;

enum class RowOutcome { Inserted, Updated, Unchanged, Rejected };

struct RowVerdict {
    int row = 0;
    RowOutcome outcome = RowOutcome::Rejected;
    QList<ImportProblem> problems; // errors make the row rejected; notes may come with any outcome
    ImportChange change; // Updated: what changed
};

// Field key → column, looked up for every field of every row: a short list
// compared with strcmp beats hashing a freshly built QString each time.
class FieldColumns {
public:
    explicit FieldColumns(const ColumnMapping &mapping);
    int operator()(const char *key) const; // -1: not mapped

private:
    std::vector<std::pair<QByteArray, int>> m_columns;
};

// SQLite's page cache during an import, in KiB: 128 MB at most, used as
// needed. A million-row ledger touches more pages than the default 2 MB holds,
// and every miss is a read.
constexpr int importCacheKiB = 128 * 1024;

// Everything a sink needs to know about the import it is part of.
struct SinkContext {
    Workbook &workbook;
    const ColumnMapping &mapping;
    ImportKind kind;
    qint64 importId; // the history record being written (rolled back with the rest)
    ImportChangeLog &changes; // before-images for undo
    QString stamp; // updated_at for everything this import writes
    DateSystem dateSystem;
    FieldColumns columns { mapping };
};

// The mapped fields of one row, read through ValueParsers, with every problem
// collected against the column it came from.
class RowFields {
    Q_DECLARE_TR_FUNCTIONS(cs::RowFields)

public:
    RowFields(const SheetRow &row, const SinkContext &context);

    int row() const { return m_row.row; }
    bool isGiven(const char *key) const; // mapped and not empty
    const SheetCell &cell(const char *key) const;
    QString text(const char *key) const; // normalised; empty when not given

    // Each returns nullopt and records why when a required field is missing or a
    // given cell is unusable; an optional field that is not given is nullopt
    // without a problem (check isGiven to tell them apart).
    std::optional<QString> requiredText(const char *key);
    std::optional<Money> amount(const char *key, bool required); // refuses negative amounts
    std::optional<qint64> count(const char *key); // optional; refuses negative counts
    std::optional<Ratio> percentage(const char *key, bool atMostWhole); // optional
    std::optional<Quarter> quarter(const char *key);
    std::optional<QDate> date(const char *key, bool required);
    std::optional<qint32> score(const char *key, bool required = true);
    std::optional<qint64> tenths(const char *key); // optional; see ValueParsers::parseTenths
    // Optional; the fraction in tenths of a percent (per mille), rounded half away from zero.
    std::optional<qint64> perMille(const char *key);
    template<typename E> std::optional<E> choice(const char *key)
    {
        if (!isGiven(key))
            return std::nullopt;
        return accept(key, ValueParsers::parseChoiceCell<E>(cell(key)));
    }

    void error(const char *key, const QString &reason);
    bool hasErrors() const { return m_errors > 0; }
    const QList<ImportProblem> &problems() const { return m_problems; }

    // A verdict carrying this row's problems: Rejected when there are errors.
    RowVerdict verdict(RowOutcome outcome) const;

private:
    template<typename T> std::optional<T> accept(const char *key, const Parsed<T> &parsed)
    {
        if (!parsed) {
            error(key, parsed.error);
            return std::nullopt;
        }
        if (!parsed.note.isEmpty())
            add(key, parsed.note, true);
        return *parsed.value;
    }
    void add(const char *key, const QString &reason, bool note);
    int column(const char *key) const;

    const SheetRow &m_row;
    const SinkContext &m_context;
    QList<ImportProblem> m_problems;
    int m_errors = 0;
};

// Partner codes as the workbook compares them (ASCII case ignored), for the
// kinds whose rows name a partner.
class PartnerCodes {
    Q_DECLARE_TR_FUNCTIONS(cs::PartnerCodes)

public:
    explicit PartnerCodes(QSqlDatabase &db);
    // The partner's id, or 0 with an error recorded against the partner code column.
    qint64 idFor(RowFields &fields) const;
    static QString fold(const QString &code);

private:
    QHash<QString, qint64> m_ids;
};

// What a sink worked out from a row before touching the workbook (see prepare()).
class PreparedRow {
public:
    virtual ~PreparedRow() = default;
};

class RecordSink {
public:
    virtual ~RecordSink() = default;
    // The row's verdict, or nullopt when the sink can only decide once it has
    // seen every row (partners: a parent may come further down); finish() then gives it.
    virtual std::optional<RowVerdict> take(const SheetRow &row) = 0;

    // A sink for big files may split take() in two, so the importer can run the
    // first half beside the writing: prepare() reads and checks the cells on the
    // reading thread and must not touch the workbook, nor any state of the sink
    // that takePrepared() uses (state of its own, kept for prepare() alone, is
    // fine: one thread at a time calls it, in file order); takePrepared() then
    // writes, on the importer's thread, in file order.
    virtual bool prepares() const { return false; }
    virtual std::unique_ptr<PreparedRow> prepare(const SheetRow &) const { return nullptr; }
    virtual std::optional<RowVerdict> takePrepared(const SheetRow &row, PreparedRow &) { return take(row); }

    // Called once after the last row, still inside the transaction.
    virtual QList<RowVerdict> finish() { return {}; }

    static std::unique_ptr<RecordSink> create(const SinkContext &context);
    // SQLite's page cache to start an import of `kind` with, in KiB; set before
    // its transaction begins (see LedgerSink for why the ledger starts small).
    static int startingCacheKiB(ImportKind kind);
};

} // namespace cs
