#include "demo/DemoWorkbook.h"

#include "domain/Partner.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ValueParsers.h"
#include "storage/FilePlacement.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cs {

namespace {

struct SheetError {
    QString message;
};

// An empty cell is "not given"; anything else must be one of the values.
template<typename E> std::optional<E> optionalChoice(const SheetCell &cell, const QString &where)
{
    if (cell.isEmpty())
        return std::nullopt;
    const auto parsed = ValueParsers::parseChoiceCell<E>(cell);
    if (!parsed)
        throw SheetError { where + QStringLiteral(": ") + parsed.error };
    return *parsed;
}

void fill(Workbook &workbook, const QString &file)
{
    CsvReader reader(file);
    QList<SheetRow> records;
    while (auto row = reader.next())
        records.append(std::move(*row));
    if (!reader.error().isEmpty())
        throw SheetError { reader.error() };
    if (records.isEmpty())
        throw SheetError { DemoWorkbook::tr("%1 is empty.").arg(QDir::toNativeSeparators(file)) };

    // The same header recognition as every partner import, so the demo sheet
    // needs no column list of its own.
    const ColumnMapping mapping = detectColumns(records, ImportKind::Partners);
    if (!mapping.isComplete())
        throw SheetError { DemoWorkbook::tr("%1 has no header row with a partner code and a name.")
                               .arg(QDir::toNativeSeparators(file)) };

    PartnerRepository partners(workbook);
    QHash<QString, qint64> idByCode;
    QList<std::pair<qint64, QString>> parentCodes;
    Transaction transaction(workbook.database());
    for (const SheetRow &record : std::as_const(records)) {
        if (record.row <= mapping.headerRow)
            continue;
        const auto column = [&](const char *key) {
            return mapping.columnOf.value(QLatin1String(key), -1);
        };
        const auto cell = [&](const char *key) {
            const int c = column(key);
            return c >= 0 && c < record.cells.size() ? record.cells[c] : SheetCell();
        };
        const auto text = [&](const char *key) {
            return cell(key).text.trimmed();
        };
        const auto where = [&](const char *key) {
            return DemoWorkbook::tr("%1, row %2, column “%3”")
                .arg(QFileInfo(file).fileName(), QString::number(record.row),
                    mapping.headers.value(column(key)));
        };
        Partner p;
        p.code = text("partner_code");
        p.name = text("name");
        p.type = optionalChoice<PartnerType>(cell("type"), where("type")).value_or(PartnerType::Distributor);
        p.region = text("region");
        p.tier = optionalChoice<Tier>(cell("tier"), where("tier"));
        p.certification = optionalChoice<Certification>(cell("certification"), where("certification"));
        p.stage = optionalChoice<Stage>(cell("stage"), where("stage"));
        p.mentor = text("mentor");
        p.joinDate = QDate::fromString(text("join_date"), Qt::ISODate);
        p.status =
            optionalChoice<PartnerStatus>(cell("status"), where("status")).value_or(PartnerStatus::Active);
        p.contactName = text("contact_name");
        p.contactPhone = text("contact_phone");
        p.contactEmail = text("contact_email");
        p.notes = text("notes");
        if (p.code.isEmpty() || p.name.isEmpty())
            throw SheetError {
                DemoWorkbook::tr("%1: a partner needs a code and a name.").arg(where("partner_code"))
            };
        if (idByCode.contains(p.code))
            throw SheetError {
                DemoWorkbook::tr("%1: code “%2” appears twice.").arg(where("partner_code"), p.code)
            };
        p = partners.insert(p);
        idByCode.insert(p.code, p.id);
        if (const QString parent = text("parent_code"); !parent.isEmpty())
            parentCodes.append({ p.id, parent });
    }
    // Parents are linked once everyone exists, so the sheet's row order does not matter.
    for (const auto &[id, parentCode] : parentCodes) {
        Partner child = *partners.byId(id);
        child.parentId = idByCode.value(parentCode);
        if (child.parentId == 0 || child.parentId == id)
            throw SheetError { DemoWorkbook::tr("Partner %1 names “%2” as parent, which is not in the sheet.")
                                   .arg(child.code, parentCode) };
        partners.update(child);
    }
    transaction.commit();
}

} // namespace

bool DemoWorkbook::build(const QString &dataDir, const QString &path, QString *error, int *partnerCount)
{
    if (QFileInfo::exists(path)) {
        *error = tr("“%1” already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString temporary = path + QStringLiteral(".building");
    QFile::remove(temporary); // left by a build that crashed, with its journal
    removeJournalFiles(temporary);
    WorkbookError openError;
    bool ok = false;
    {
        auto workbook = Workbook::create(temporary, &openError);
        if (!workbook) {
            *error = openError.message;
            return false;
        }
        try {
            fill(*workbook, QDir(dataDir).filePath(QStringLiteral("partners.csv")));
            if (partnerCount)
                *partnerCount = PartnerRepository(*workbook).count();
            ok = true;
        } catch (const SheetError &e) {
            *error = e.message;
        } catch (const StorageError &e) {
            *error = e.message();
        }
    }
    QString reason;
    if (ok && moveWorkbookIntoPlace(temporary, path, &reason))
        return true;
    if (ok)
        *error = tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
    QFile::remove(temporary);
    return false;
}

} // namespace cs
