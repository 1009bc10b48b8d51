#include "demo/DemoWorkbook.h"

#include "domain/Partner.h"
#include "import/CsvReader.h"
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

// The demo sheet's columns, as a Chinese channel manager's spreadsheet names them.
const QHash<QString, PartnerField> &headerFields()
{
    static const QHash<QString, PartnerField> fields = {
        { QStringLiteral("伙伴编号"), PartnerField::Code },
        { QStringLiteral("伙伴名称"), PartnerField::Name },
        { QStringLiteral("类型"), PartnerField::Type },
        { QStringLiteral("区域"), PartnerField::Region },
        { QStringLiteral("等级"), PartnerField::Tier },
        { QStringLiteral("认证等级"), PartnerField::Certification },
        { QStringLiteral("培养阶段"), PartnerField::Stage },
        { QStringLiteral("导师"), PartnerField::Mentor },
        { QStringLiteral("上级伙伴编号"), PartnerField::Parent },
        { QStringLiteral("加入日期"), PartnerField::JoinDate },
        { QStringLiteral("状态"), PartnerField::Status },
        { QStringLiteral("联系人"), PartnerField::ContactName },
        { QStringLiteral("电话"), PartnerField::ContactPhone },
        { QStringLiteral("邮箱"), PartnerField::ContactEmail },
        { QStringLiteral("备注"), PartnerField::Notes },
    };
    return fields;
}

struct SheetError {
    QString message;
};

template<typename E> std::optional<E> optionalChoice(const QString &text, const QString &where)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (auto value = parseChoice<E>(text))
        return value;
    throw SheetError { DemoWorkbook::tr("%1: “%2” is not one of: %3").arg(where, text, [] {
        QStringList labels;
        for (E e : allOf<E>())
            labels.append(labelOf(e));
        return labels.join(QStringLiteral(", "));
    }()) };
}

void fill(Workbook &workbook, const QString &file)
{
    CsvReader reader(file);
    QList<SheetRow> records;
    while (auto row = reader.next())
        records.append(std::move(*row));
    if (!reader.error().isEmpty())
        throw SheetError{reader.error()};
    if (records.isEmpty())
        throw SheetError{DemoWorkbook::tr("%1 is empty.").arg(QDir::toNativeSeparators(file))};

    QHash<PartnerField, int> column;
    for (int i = 0; i < records.front().cells.size(); ++i)
        if (auto it = headerFields().find(records.front().cells[i].text.trimmed()); it != headerFields().end())
            column.insert(*it, i);

    PartnerRepository partners(workbook);
    QHash<QString, qint64> idByCode;
    QList<std::pair<qint64, QString>> parentCodes;
    Transaction transaction(workbook.database());
    for (qsizetype r = 1; r < records.size(); ++r) {
        const SheetRow &record = records[r];
        const auto cell = [&](PartnerField f) {
            const int c = column.value(f, -1);
            return c >= 0 && c < record.cells.size() ? record.cells[c].text.trimmed() : QString();
        };
        const auto where = [&](PartnerField f) {
            return DemoWorkbook::tr("%1, row %2, column “%3”")
                .arg(QFileInfo(file).fileName())
                .arg(record.row)
                .arg(headerFields().key(f));
        };
        Partner p;
        p.code = cell(PartnerField::Code);
        p.name = cell(PartnerField::Name);
        p.type = optionalChoice<PartnerType>(cell(PartnerField::Type), where(PartnerField::Type))
                     .value_or(PartnerType::Distributor);
        p.region = cell(PartnerField::Region);
        p.tier = optionalChoice<Tier>(cell(PartnerField::Tier), where(PartnerField::Tier));
        p.certification = optionalChoice<Certification>(
            cell(PartnerField::Certification), where(PartnerField::Certification));
        p.stage = optionalChoice<Stage>(cell(PartnerField::Stage), where(PartnerField::Stage));
        p.mentor = cell(PartnerField::Mentor);
        p.joinDate = QDate::fromString(cell(PartnerField::JoinDate), Qt::ISODate);
        p.status = optionalChoice<PartnerStatus>(cell(PartnerField::Status), where(PartnerField::Status))
                       .value_or(PartnerStatus::Active);
        p.contactName = cell(PartnerField::ContactName);
        p.contactPhone = cell(PartnerField::ContactPhone);
        p.contactEmail = cell(PartnerField::ContactEmail);
        p.notes = cell(PartnerField::Notes);
        if (p.code.isEmpty() || p.name.isEmpty())
            throw SheetError {
                DemoWorkbook::tr("%1: a partner needs a code and a name.").arg(where(PartnerField::Code))
            };
        if (idByCode.contains(p.code))
            throw SheetError {
                DemoWorkbook::tr("%1: code “%2” appears twice.").arg(where(PartnerField::Code), p.code)
            };
        p = partners.insert(p);
        idByCode.insert(p.code, p.id);
        if (const QString parent = cell(PartnerField::Parent); !parent.isEmpty())
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
