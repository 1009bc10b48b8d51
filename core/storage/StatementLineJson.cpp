#include "storage/StatementLineJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

struct LineJsonText {
    Q_DECLARE_TR_FUNCTIONS(cs::StatementLineJson)
};

__extension__ typedef unsigned __int128 UInt128;

// Keys are spelled once here: the writer and the reader must agree, and the frozen
// lines of every closed quarter depend on them never changing.
const QLatin1String kComponent("component");
const QLatin1String kBase("base");
const QLatin1String kRate("rate_bp");
const QLatin1String kAmount("amount");
const QLatin1String kRatioNum("ratio_num");
const QLatin1String kRatioDen("ratio_den");
const QLatin1String kBand("band");
const QLatin1String kSlices("slices");
const QLatin1String kSliceBase("base_num");
const QLatin1String kAnnual("annual");
const QLatin1String kReference("reference");
const QLatin1String kCount("count");
const QLatin1String kUnit("unit");
const QLatin1String kDetail("detail");
const QLatin1String kFrom("from");
const QLatin1String kTo("to");
const QLatin1String kPenaltyKind("penalty_kind");
const QLatin1String kRecordId("record_id");
const QLatin1String kSource("source");
const QLatin1String kCorrects("corrects");
const QLatin1String kBefore("before");
const QLatin1String kAfter("after");
const QLatin1String kBandFrom("from_bp");
const QLatin1String kBandTo("to_bp");

// Lines are frozen by the thousand when a quarter closes, so they are written
// directly rather than through QJsonObject, which would cost more than storing them.
// QJsonDocument reads them back.
class Writer {
public:
    void number(QLatin1String key, qint64 value)
    {
        name(key);
        m_out += QByteArray::number(value);
    }
    void money(QLatin1String key, Money value)
    {
        if (value != Money())
            number(key, value.fen());
    }
    void text(QLatin1String key, const QString &value)
    {
        name(key);
        m_out += '"';
        for (const char c : value.toUtf8()) {
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (uchar(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[uchar(c) >> 4];
                m_out += "0123456789abcdef"[uchar(c) & 0xf];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    void truth(QLatin1String key)
    {
        name(key);
        m_out += "true";
    }
    void band(QLatin1String key, const Band &band)
    {
        name(key);
        Writer inner;
        inner.number(kBandFrom, band.fromBp);
        if (band.toBp)
            inner.number(kBandTo, *band.toBp);
        inner.number(kRate, band.rateBp);
        m_out += inner.finish();
    }
    void slices(const QList<BandSlice> &slices)
    {
        name(kSlices);
        m_out += '[';
        for (qsizetype i = 0; i < slices.size(); ++i) {
            Writer inner;
            inner.band(kBand, slices[i].band);
            inner.text(kSliceBase, int128ToString(slices[i].baseNum));
            if (i > 0)
                m_out += ',';
            m_out += inner.finish();
        }
        m_out += ']';
    }
    QByteArray finish()
    {
        m_out += '}';
        return m_out;
    }

private:
    void name(QLatin1String key)
    {
        m_out += m_out.isEmpty() ? "{\"" : ",\"";
        m_out.append(key.data(), key.size());
        m_out += "\":";
    }
    QByteArray m_out;
};

// Reading stops at the first damaged field; the field's key is what the error names.
class Reader {
public:
    explicit Reader(QJsonObject object)
        : m_object(std::move(object))
    {
    }
    bool ok() const { return m_failed.isEmpty(); }
    const QString &failed() const { return m_failed; }

    qint64 integer(QLatin1String key, qint64 fallback = 0)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            fail(key);
            return fallback;
        }
        return v.toInteger();
    }
    Money money(QLatin1String key) { return Money::fromFen(integer(key)); }
    Int128 wide(QLatin1String key, Int128 fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        const auto value = v.isString() ? int128FromString(v.toString()) : std::nullopt;
        if (!value) {
            fail(key);
            return fallback;
        }
        return *value;
    }
    QString text(QLatin1String key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isString())
            fail(key);
        return v.toString();
    }
    QDate date(QLatin1String key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(key);
        return d;
    }
    template<typename E> std::optional<E> choice(QLatin1String key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return std::nullopt;
        const auto value = fromCode<E>(v.toString());
        if (!value)
            fail(key);
        return value;
    }
    std::optional<Band> band(QLatin1String key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key);
            return std::nullopt;
        }
        return bandFrom(v.toObject(), key);
    }
    QList<BandSlice> slices()
    {
        QList<BandSlice> list;
        const QJsonValue v = m_object.value(kSlices);
        if (v.isUndefined())
            return list;
        if (!v.isArray()) {
            fail(kSlices);
            return list;
        }
        for (const QJsonValue item : v.toArray()) {
            Reader slice(item.toObject());
            const auto band = slice.band(kBand);
            const Int128 base = slice.wide(kSliceBase, 0);
            if (!item.isObject() || !band || !slice.ok()) {
                fail(kSlices);
                return list;
            }
            list.append({ *band, base });
        }
        return list;
    }
    void fail(QLatin1String key)
    {
        if (m_failed.isEmpty())
            m_failed = QString(key);
    }

private:
    std::optional<Band> bandFrom(const QJsonObject &object, QLatin1String key)
    {
        Reader r(object);
        Band band;
        band.fromBp = r.integer(kBandFrom);
        if (object.contains(kBandTo))
            band.toBp = r.integer(kBandTo);
        band.rateBp = r.integer(kRate);
        if (!object.contains(kBandFrom) || !object.contains(kRate) || !r.ok()) {
            fail(key);
            return std::nullopt;
        }
        return band;
    }

    QJsonObject m_object;
    QString m_failed;
};

} // namespace

QString int128ToString(Int128 value)
{
    UInt128 magnitude = value < 0 ? UInt128(0) - UInt128(value) : UInt128(value);
    char digits[41];
    int at = sizeof digits;
    do {
        digits[--at] = char('0' + int(magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        digits[--at] = '-';
    return QString::fromLatin1(digits + at, int(sizeof digits) - at);
}

std::optional<Int128> int128FromString(QStringView text)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringView digits = negative ? text.mid(1) : text;
    if (digits.isEmpty())
        return std::nullopt;
    // The most negative value has no positive twin, so the limit depends on the sign.
    const UInt128 limit = (UInt128(1) << 127) - (negative ? 0 : 1);
    UInt128 magnitude = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const unsigned digit = c.unicode() - u'0';
        if (magnitude > (limit - digit) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    return negative ? Int128(UInt128(0) - magnitude) : Int128(magnitude);
}

QByteArray statementLineToJson(const StatementLine &line)
{
    Writer w;
    w.text(kComponent, codeOf(line.component));
    w.money(kBase, line.base);
    if (line.rateBp != 0)
        w.number(kRate, line.rateBp);
    w.money(kAmount, line.amount);
    if (line.ratioNum != 0)
        w.text(kRatioNum, int128ToString(line.ratioNum));
    if (line.ratioDen != 1)
        w.text(kRatioDen, int128ToString(line.ratioDen));
    if (line.band)
        w.band(kBand, *line.band);
    if (!line.slices.isEmpty())
        w.slices(line.slices);
    if (line.annual)
        w.truth(kAnnual);
    w.money(kReference, line.reference);
    if (line.count != 0)
        w.number(kCount, line.count);
    w.money(kUnit, line.unit);
    if (!line.detail.isEmpty())
        w.text(kDetail, line.detail);
    if (!line.from.isNull())
        w.text(kFrom, line.from.toString(Qt::ISODate));
    if (!line.to.isNull())
        w.text(kTo, line.to.toString(Qt::ISODate));
    if (line.penaltyKind)
        w.text(kPenaltyKind, codeOf(*line.penaltyKind));
    if (line.recordId != 0)
        w.number(kRecordId, line.recordId);
    if (line.source.isValid())
        w.text(kSource, line.source.toString());
    if (line.corrects != StatementLine().corrects)
        w.text(kCorrects, codeOf(line.corrects));
    w.money(kBefore, line.before);
    w.money(kAfter, line.after);
    return w.finish();
}

bool statementLineFromJson(const QByteArray &json, StatementLine *line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error =
            LineJsonText::tr("A frozen statement line is not readable: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = document.object();
    Reader r(o);
    StatementLine out;
    const auto component = r.choice<Component>(kComponent);
    if (!component)
        r.fail(kComponent);
    out.component = component.value_or(Component::Achievement);
    out.base = r.money(kBase);
    out.rateBp = r.integer(kRate);
    out.amount = r.money(kAmount);
    out.ratioNum = r.wide(kRatioNum, 0);
    out.ratioDen = r.wide(kRatioDen, 1);
    out.band = r.band(kBand);
    out.slices = r.slices();
    out.annual = o.value(kAnnual).toBool();
    out.reference = r.money(kReference);
    out.count = r.integer(kCount);
    out.unit = r.money(kUnit);
    out.detail = r.text(kDetail);
    out.from = r.date(kFrom);
    out.to = r.date(kTo);
    out.penaltyKind = r.choice<PenaltyKind>(kPenaltyKind);
    out.recordId = r.integer(kRecordId);
    if (o.contains(kSource)) {
        const auto source = Quarter::parse(o.value(kSource).toString());
        if (!source)
            r.fail(kSource);
        out.source = source.value_or(Quarter());
    }
    out.corrects = r.choice<Component>(kCorrects).value_or(StatementLine().corrects);
    out.before = r.money(kBefore);
    out.after = r.money(kAfter);
    if (!r.ok()) {
        *error = LineJsonText::tr("A frozen statement line has a damaged “%1” field.").arg(r.failed());
        return false;
    }
    *line = std::move(out);
    return true;
}

} // namespace cs
