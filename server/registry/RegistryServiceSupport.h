#pragma once

// Small helpers shared by the files of RegistryService (not a public header).
#include "core/common/Result.h"
#include "core/store/Database.h"

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

// Database::queryRow / execute on the connection's cached statements (the registry's hot paths):
//   SOHOA_TRY_ASSIGN(auto row, cachedRow(m_db, "SELECT office FROM devices WHERE device_id = ?;", id));
//   if (!row) return unknownDevice(id);
template <typename... Args>
Result<std::optional<store::Statement>> cachedRow(store::Database& db, const char* sql, const Args&... args)
{
    SOHOA_TRY_ASSIGN(store::Statement st, db.cached(sql));
    st.bindAll(args...);
    SOHOA_TRY_ASSIGN(const bool has, st.next());
    if (!has)
        return std::optional<store::Statement>{};
    return std::optional<store::Statement>{std::move(st)};
}

template <typename... Args> Result<void> cachedRun(store::Database& db, const char* sql, const Args&... args)
{
    SOHOA_TRY_ASSIGN(store::Statement st, db.cached(sql));
    st.bindAll(args...);
    return st.run();
}

inline Error invalid(const QString& why)
{
    return makeError(QStringLiteral("request.invalid"), why);
}

} // namespace sohoa::registry::service_support
