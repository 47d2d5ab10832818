#include "core/common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <charconv>
#include <cmath>

namespace sohoa {

void JsonWriter::separator()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(QStringView name)
{
    string(name);
    m_out.append(':');
    m_needComma = false;
}

void JsonWriter::key(const char* latin1Name)
{
    separator();
    m_out.append('"').append(latin1Name).append("\":");
    m_needComma = false;
}

void JsonWriter::string(QStringView value)
{
    separator();
    m_out.append('"');
    const QByteArray utf8 = value.toUtf8();
    const char* p = utf8.constData();
    const char* end = p + utf8.size();
    // Copy runs that need no escaping in one go.
    while (p < end) {
        const char* run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        m_out.append(run, p - run);
        if (p == end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(esc, 6);
        }
        }
    }
    m_out.append('"');
}

void JsonWriter::number(double v)
{
    separator();
    if (!std::isfinite(v)) {
        m_out.append("null");
        return;
    }
    char buf[32];
    // Integral values print as integers; others in the shortest form that reads back exactly.
    const auto r = (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
                       ? std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v))
                       : std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
}

void JsonWriter::integer(qint64 v)
{
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    m_out.append(buf, r.ptr - buf);
}

void JsonWriter::boolean(bool v)
{
    separator();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::null()
{
    separator();
    m_out.append("null");
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue x : a)
            value(x);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) { // QJsonObject iterates in key order
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace sohoa
