#include "core/store/Migrations.h"

#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/store/Errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

namespace sohoa::store {

namespace {

// version -> resource path, read once.
const QMap<int, QString>& schemaFiles()
{
    static const QMap<int, QString> files = [] {
        QMap<int, QString> m;
        const QDir dir(QStringLiteral(":/sohoa/schema"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int v = name.left(4).toInt(&ok);
            if (ok && v > 0)
                m.insert(v, dir.filePath(name));
        }
        return m;
    }();
    return files;
}

} // namespace

int latestSchemaVersion()
{
    const auto& files = schemaFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Result<int> migrateSchema(Database& db, int targetVersion, const UpgradeStarted& onUpgrade)
{
    const int latest = latestSchemaVersion();
    const int target = targetVersion > 0 ? qMin(targetVersion, latest) : latest;
    Q_ASSERT_X(latest > 0, "migrateSchema", "schema resources missing from the build");
    auto current = db.queryInt("PRAGMA user_version;");
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(errors::kTooNew, Tr::tr("This store was written by a newer version of SoHoa (schema "
                                                 "%1; this version knows up to %2). It was not changed. "
                                                 "Install the newer SoHoa to open it.")
                                              .arg(*current)
                                              .arg(latest));
    if (*current >= target)
        return int(*current);

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Another process may have migrated while we waited for the write lock.
    current = db.queryInt("PRAGMA user_version;");
    if (!current)
        return current.error();
    if (*current >= target)
        return int(*current);
    if (onUpgrade)
        onUpgrade(int(*current), target);
    for (auto it = schemaFiles().constBegin(); it != schemaFiles().constEnd(); ++it) {
        if (it.key() <= *current || it.key() > target)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            return makeError(errors::kSchemaMissing, it.value());
        const QByteArray sql = f.readAll();
        if (auto r = db.exec(sql.constData()); !r)
            return makeError(r.error().code, Tr::tr("Upgrading the store to "
                                                    "schema %1 failed: %2")
                                                 .arg(it.key())
                                                 .arg(r.error().message));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(it.key()) + ';';
        if (auto r = db.exec(setVersion.constData()); !r)
            return r.error();
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return target;
}

} // namespace sohoa::store
