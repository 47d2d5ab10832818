#include "core/common/Json.h"

#include "core/common/JsonWriter.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sohoa {

QByteArray canonicalJson(const QJsonObject& object)
{
    JsonWriter w;
    w.value(object);
    return w.take();
}

QByteArray canonicalJson(const QJsonArray& array)
{
    JsonWriter w;
    w.value(array);
    return w.take();
}

Result<QJsonObject> parseJsonObject(const QByteArray& text)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            QStringLiteral("json.invalid"),
            common::Tr::tr("Invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return makeError(QStringLiteral("json.invalid"), common::Tr::tr("Expected a JSON object."));
    return doc.object();
}

} // namespace sohoa
