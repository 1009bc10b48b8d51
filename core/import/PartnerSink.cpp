#include "import/PartnerSink.h"

#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"
#include "text/TextForms.h"

namespace cs {

namespace {

// The import column each field the validator speaks about comes from.
const char *columnKey(PartnerField field)
{
    switch (field) {
    case PartnerField::Code:
        return "partner_code";
    case PartnerField::Name:
        return "name";
    case PartnerField::Type:
        return "type";
    case PartnerField::Region:
        return "region";
    case PartnerField::Tier:
        return "tier";
    case PartnerField::Certification:
        return "certification";
    case PartnerField::Stage:
        return "stage";
    case PartnerField::Mentor:
        return "mentor";
    case PartnerField::Parent:
        return "parent_code";
    case PartnerField::JoinDate:
        return "join_date";
    case PartnerField::Status:
        return "status";
    case PartnerField::ContactName:
        return "contact_name";
    case PartnerField::ContactPhone:
        return "contact_phone";
    case PartnerField::ContactEmail:
        return "contact_email";
    case PartnerField::Notes:
        return "notes";
    }
    return "partner_code";
}

// An empty cell never erases what the registry holds: it means "not given here".
void setText(RowFields &f, const char *key, QString &field)
{
    if (f.isGiven(key))
        field = f.text(key);
}

template<typename E> void setChoice(RowFields &f, const char *key, E &field)
{
    if (const auto value = f.template choice<E>(key))
        field = *value;
}

template<typename E> void setChoice(RowFields &f, const char *key, std::optional<E> &field)
{
    if (const auto value = f.template choice<E>(key))
        field = *value;
}

} // namespace

std::optional<Partner> PartnerSink::Overlay::byCode(const QString &code) const
{
    const qint64 id = m_idByCode.value(PartnerCodes::fold(code.trimmed()));
    return id ? byId(id) : std::nullopt;
}

std::optional<Partner> PartnerSink::Overlay::byId(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? std::nullopt : std::optional(*it);
}

void PartnerSink::Overlay::put(const Partner &partner)
{
    if (const auto old = byId(partner.id))
        m_idByCode.remove(PartnerCodes::fold(old->code));
    m_byId.insert(partner.id, partner);
    m_idByCode.insert(PartnerCodes::fold(partner.code), partner.id);
}

void PartnerSink::Overlay::remove(qint64 id)
{
    if (const auto old = byId(id))
        m_idByCode.remove(PartnerCodes::fold(old->code));
    m_byId.remove(id);
}

PartnerSink::PartnerSink(const SinkContext &context)
    : m_context(context)
{
}

std::optional<RowVerdict> PartnerSink::take(const SheetRow &row)
{
    m_rows.push_back(row);
    return std::nullopt;
}

void PartnerSink::readRow(Candidate &c, qint64 provisionalId)
{
    RowFields &f = c.fields;
    const auto code = f.requiredText("partner_code");
    if (!code)
        return;
    if (const int earlier = m_rowOfCode.value(PartnerCodes::fold(*code)); earlier > 0) {
        f.error("partner_code",
            tr("Row %1 already has partner “%2”; a partner may appear only once.")
                .arg(earlier)
                .arg(echoed(*code)));
        return;
    }
    m_rowOfCode.insert(PartnerCodes::fold(*code), f.row());
    c.before = m_overlay.byCode(*code);
    Partner &p = c.after;
    if (c.before) {
        p = *c.before;
    } else {
        p.id = provisionalId;
        p.code = *code;
    }
    setText(f, "name", p.name);
    setChoice(f, "type", p.type);
    setText(f, "region", p.region);
    setChoice(f, "tier", p.tier);
    setChoice(f, "certification", p.certification);
    setChoice(f, "stage", p.stage);
    setText(f, "mentor", p.mentor);
    if (const auto joined = f.date("join_date", false))
        p.joinDate = *joined;
    setChoice(f, "status", p.status);
    setText(f, "contact_name", p.contactName);
    setText(f, "contact_phone", p.contactPhone);
    setText(f, "contact_email", p.contactEmail);
    if (f.isGiven("notes"))
        p.notes = f.cell("notes").text.trimmed(); // kept as typed: notes may hold line breaks
    c.parentCode = f.text("parent_code");
}

void PartnerSink::reject(Candidate &c)
{
    c.rejected = true;
    if (c.before)
        m_overlay.put(*c.before);
    else
        m_overlay.remove(c.after.id);
}

bool PartnerSink::resolveAndValidate()
{
    bool rejectedAny = false;
    for (Candidate &c : m_candidates) {
        if (c.rejected)
            continue;
        if (!c.parentCode.isEmpty()) {
            const auto parent = m_overlay.byCode(c.parentCode);
            if (!parent) {
                const int parentRow = m_rowOfCode.value(PartnerCodes::fold(c.parentCode));
                c.fields.error("parent_code",
                    parentRow > 0 ? tr("The parent partner “%1” is on row %2, which was rejected.")
                                        .arg(echoed(c.parentCode))
                                        .arg(parentRow)
                                  : tr("There is no partner with code “%1” in the workbook or in this file.")
                                        .arg(echoed(c.parentCode)));
                reject(c);
                rejectedAny = true;
                continue;
            }
            c.after.parentId = parent->id;
            m_overlay.put(c.after);
        } else if (c.after.parentId != 0 && !m_overlay.byId(c.after.parentId)) {
            c.fields.error("parent_code", tr("The parent partner's row was rejected."));
            reject(c);
            rejectedAny = true;
            continue;
        }
        const QList<FieldProblem> problems = PartnerValidator(m_overlay).check(c.after);
        for (const FieldProblem &problem : problems)
            c.fields.error(columnKey(problem.field), problem.message);
        if (!problems.isEmpty()) {
            reject(c);
            rejectedAny = true;
        }
    }
    return rejectedAny;
}

QList<RowVerdict> PartnerSink::finish()
{
    PartnerRepository repository(m_context.workbook);
    for (const Partner &p : repository.all())
        m_overlay.put(p);

    qint64 provisionalId = 0;
    for (const SheetRow &row : m_rows) {
        Candidate &c = m_candidates.emplace_back(Candidate { RowFields(row, m_context), {}, {}, {}, false });
        readRow(c, --provisionalId);
        if (c.fields.hasErrors())
            c.rejected = true;
        else
            m_overlay.put(c.after);
    }
    // A rejected row can take rows naming it as parent with it; repeat until settled.
    while (resolveAndValidate()) { }
    write();

    QList<RowVerdict> verdicts;
    for (const Candidate &c : m_candidates) {
        RowVerdict v = c.fields.verdict(RowOutcome::Unchanged);
        if (!c.rejected && !c.before) {
            v.outcome = RowOutcome::Inserted;
        } else if (!c.rejected) {
            v.change = { c.fields.row(), c.after.code, changedFields(*c.before, c.after) };
            v.outcome = v.change.fields.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Updated;
        }
        verdicts.append(v);
    }
    return verdicts;
}

void PartnerSink::write()
{
    PartnerRepository repository(m_context.workbook);
    // New partners first, without parents, so every parent exists when links are set.
    QHash<qint64, qint64> realId;
    for (Candidate &c : m_candidates) {
        if (c.rejected || c.before)
            continue;
        Partner fresh = c.after;
        fresh.parentId = 0;
        fresh.id = repository.insert(fresh).id;
        realId.insert(c.after.id, fresh.id);
        m_context.changes.inserted(QStringLiteral("partners"), fresh.id);
    }
    for (Candidate &c : m_candidates) {
        if (c.rejected)
            continue;
        c.after.id = realId.value(c.after.id, c.after.id);
        c.after.parentId = realId.value(c.after.parentId, c.after.parentId);
        if (c.before && changedFields(*c.before, c.after).isEmpty())
            continue;
        if (!c.before && c.after.parentId == 0)
            continue;
        if (c.before)
            m_context.changes.before(QStringLiteral("partners"), c.after.id);
        c.after = repository.update(c.after);
    }
}

QStringList PartnerSink::changedFields(const Partner &before, const Partner &after)
{
    const std::pair<PartnerField, bool> fields[] = {
        { PartnerField::Name, before.name != after.name },
        { PartnerField::Type, before.type != after.type },
        { PartnerField::Region, before.region != after.region },
        { PartnerField::Tier, before.tier != after.tier },
        { PartnerField::Certification, before.certification != after.certification },
        { PartnerField::Stage, before.stage != after.stage },
        { PartnerField::Mentor, before.mentor != after.mentor },
        { PartnerField::Parent, before.parentId != after.parentId },
        { PartnerField::JoinDate, before.joinDate != after.joinDate },
        { PartnerField::Status, before.status != after.status },
        { PartnerField::ContactName, before.contactName != after.contactName },
        { PartnerField::ContactPhone, before.contactPhone != after.contactPhone },
        { PartnerField::ContactEmail, before.contactEmail != after.contactEmail },
        { PartnerField::Notes, before.notes != after.notes },
    };
    QStringList changed;
    for (const auto &[field, differs] : fields)
        if (differs)
            changed.append(fieldLabel(field));
    return changed;
}

} // namespace cs
