#include "core/records/Record.h"

#include "core/common/JsonWriter.h"

namespace sohoa::records {

namespace {

QJsonArray rectJson(const QRect& r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QRect rectFromJson(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 4)
        return {};
    return QRect(a[0].toInt(), a[1].toInt(), a[2].toInt(), a[3].toInt());
}

} // namespace

QJsonObject FieldValue::toJson() const
{
    QJsonObject o{{QStringLiteral("value"), value},
                  {QStringLiteral("confidence"), confidence},
                  {QStringLiteral("source"), source}};
    if (!raw.isEmpty() && raw != value)
        o.insert(QStringLiteral("raw"), raw);
    if (page > 0)
        o.insert(QStringLiteral("page"), page);
    if (unsure)
        o.insert(QStringLiteral("unsure"), true);
    if (!layout.isEmpty())
        o.insert(QStringLiteral("layout"), layout);
    if (!box.isNull())
        o.insert(QStringLiteral("box"), rectJson(box));
    if (!charConfidences.isEmpty()) {
        QJsonArray c;
        for (float f : charConfidences)
            c.append(qRound(f * 100) / 100.0);
        o.insert(QStringLiteral("chars"), c);
    }
    return o;
}

void FieldValue::write(JsonWriter& w) const
{
    // Keys in sorted order, matching toJson() through canonicalJson().
    w.beginObject();
    if (!box.isNull()) {
        w.key("box");
        w.beginArray();
        w.integer(box.x());
        w.integer(box.y());
        w.integer(box.width());
        w.integer(box.height());
        w.endArray();
    }
    if (!charConfidences.isEmpty()) {
        w.key("chars");
        w.beginArray();
        for (float f : charConfidences)
            w.number(qRound(f * 100) / 100.0);
        w.endArray();
    }
    w.key("confidence");
    w.number(confidence);
    if (!layout.isEmpty()) {
        w.key("layout");
        w.string(layout);
    }
    if (page > 0) {
        w.key("page");
        w.integer(page);
    }
    if (!raw.isEmpty() && raw != value) {
        w.key("raw");
        w.string(raw);
    }
    w.key("source");
    w.string(source);
    if (unsure) {
        w.key("unsure");
        w.boolean(true);
    }
    w.key("value");
    w.string(value);
    w.endObject();
}

FieldValue FieldValue::fromJson(const QJsonObject& o)
{
    FieldValue f;
    f.value = o.value(QLatin1String("value")).toString();
    f.raw = o.value(QLatin1String("raw")).toString(f.value);
    f.confidence = o.value(QLatin1String("confidence")).toDouble();
    f.page = o.value(QLatin1String("page")).toInt();
    f.box = rectFromJson(o.value(QLatin1String("box")));
    f.source = o.value(QLatin1String("source")).toString(QStringLiteral("ocr"));
    f.unsure = o.value(QLatin1String("unsure")).toBool();
    f.layout = o.value(QLatin1String("layout")).toString();
    for (const QJsonValue& c : o.value(QLatin1String("chars")).toArray())
        f.charConfidences.append(float(c.toDouble()));
    return f;
}

QString severityName(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QJsonObject Issue::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("field"), field},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("message"), message}};
    if (!suggestion.isEmpty())
        o.insert(QStringLiteral("suggestion"), suggestion);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

Issue Issue::fromJson(const QJsonObject& o)
{
    Issue i;
    i.code = o.value(QLatin1String("code")).toString();
    i.field = o.value(QLatin1String("field")).toString();
    i.severity = o.value(QLatin1String("severity")).toString() == QLatin1String("warning") ? Severity::Warning
                                                                                           : Severity::Error;
    i.message = o.value(QLatin1String("message")).toString();
    i.suggestion = o.value(QLatin1String("suggestion")).toString();
    i.details = o.value(QLatin1String("details")).toObject();
    return i;
}

QString stateName(RecordState s)
{
    switch (s) {
    case RecordState::ToVerify:
        return QStringLiteral("to_verify");
    case RecordState::Verified:
        return QStringLiteral("verified");
    case RecordState::Approved:
        return QStringLiteral("approved");
    case RecordState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

bool stateFromName(const QString& name, RecordState& out)
{
    for (RecordState s :
         {RecordState::ToVerify, RecordState::Verified, RecordState::Approved, RecordState::Rejected}) {
        if (stateName(s) == name) {
            out = s;
            return true;
        }
    }
    return false;
}

bool Record::hasErrors() const
{
    for (const Issue& i : issues)
        if (i.isError())
            return true;
    return false;
}

QJsonObject Record::fieldsJson() const
{
    QJsonObject o;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        o.insert(it.key(), it->toJson());
    return o;
}

QByteArray Record::fieldsJsonText() const
{
    JsonWriter w(qsizetype(fields.size()) * 96);
    w.beginObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        w.key(it.key());
        it->write(w);
    }
    w.endObject();
    return w.take();
}

QJsonArray Record::issuesJson() const
{
    QJsonArray a;
    for (const Issue& i : issues)
        a.append(i.toJson());
    return a;
}

QJsonObject Record::plainValues() const
{
    QJsonObject o;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (!it->value.isEmpty())
            o.insert(it.key(), it->value);
    return o;
}

QMap<QString, FieldValue> fieldsFromJson(const QJsonObject& o)
{
    QMap<QString, FieldValue> m;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        m.insert(it.key(), FieldValue::fromJson(it->toObject()));
    return m;
}

QList<Issue> issuesFromJson(const QJsonArray& a)
{
    QList<Issue> out;
    for (const QJsonValue& v : a)
        out.append(Issue::fromJson(v.toObject()));
    return out;
}

} // namespace sohoa::records
