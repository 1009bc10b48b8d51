// A small workbook with partners A1 and A2, and a way to import a sheet
// written inline, for the import tests.
#pragma once

#include "TestSupport.h"
#include "import/Importer.h"
#include "storage/Workbook.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cs::test {

inline QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

struct ImportFixture {
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    QString path = dir->filePath(QStringLiteral("w.cwb"));
    std::unique_ptr<Workbook> wb;

    ImportFixture()
    {
        WorkbookError error;
        wb = Workbook::create(path, &error);
        REQUIRE(wb);
        REQUIRE(import(ImportKind::Partners, "伙伴编号,伙伴名称\nA1,甲\nA2,乙\n").isWritten());
    }

    Workbook &workbook() { return *wb; }

    ImportReport import(const ImportOptions &options, const QByteArray &csv)
    {
        const QString file = dir->filePath(QStringLiteral("input.csv"));
        writeAll(file, csv);
        return Importer::run(*wb, ImportSource { file, {}, {} }, options);
    }

    ImportReport import(ImportKind kind, const QByteArray &csv)
    {
        ImportOptions options;
        options.kind = kind;
        return import(options, csv);
    }

    // The first row's values as text ("" for NULL).
    QStringList query(const char *sql)
    {
        QSqlQuery q(wb->database());
        REQUIRE(q.exec(QString::fromUtf8(sql)));
        QStringList values;
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QString() : q.value(i).toString());
        return values;
    }

    void close() { wb.reset(); }
    void reopen()
    {
        close(); // one writer per workbook: this one lets go before the next opens
        WorkbookError error;
        wb = Workbook::open(path, &error);
        REQUIRE(wb);
    }
    QByteArray fingerprint() { return fileFingerprint(path); }
    // The file's fingerprint with the workbook closed (no -wal), then open again.
    QByteArray closedFingerprint()
    {
        close();
        const QByteArray print = fingerprint();
        reopen();
        return print;
    }
};

} // namespace cs::test
