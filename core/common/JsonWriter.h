#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace sohoa {

// Writes compact JSON straight into a byte buffer. Qt's QJsonDocument goes
// through an intermediate CBOR tree and costs ~10x more per record on the
// ingest path; this writer produces the same kind of text (UTF-8, shortest
// round-trip numbers) and is what canonicalJson() uses.
class JsonWriter {
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void key(const char* latin1Name);
    void string(QStringView value);
    void number(double value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // Any QJsonValue; objects come out with sorted keys (canonical form).
    void value(const QJsonValue& v);

    const QByteArray& bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separator();
    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace sohoa
