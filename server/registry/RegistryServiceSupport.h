#pragma once

// Small helpers shared by the files of RegistryService (not a public header).
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace sohoa::registry::service_support {

inline QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

inline QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

inline Error invalid(const QString& why)
{
    return makeError(QStringLiteral("request.invalid"), why);
}

} // namespace sohoa::registry::service_support
