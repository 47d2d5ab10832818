#include "core/accounts/StoreSetup.h"

#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Role.h"
#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/common/Clock.h"
#include "core/crypto/RecoveryCode.h"
#include "core/crypto/SealedBox.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/Keyring.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sohoa::accounts {

namespace {

// Removes only the files this attempt created: armed once the checks have shown
// the place is new or empty, so a refused attempt never touches an existing store.
struct CreatedFiles {
    store::StoreLayout layout;
    bool armed = false;
    bool createdDir = false;
    bool done = false;
    ~CreatedFiles()
    {
        if (done || !armed)
            return;
        for (const QString& f :
             QStringList{layout.databaseFile(), layout.databaseFile() + QStringLiteral("-wal"),
                         layout.databaseFile() + QStringLiteral("-shm"), layout.keyringFile(),
                         layout.keyringFile() + QStringLiteral(".lock")})
            QFile::remove(f);
        if (createdDir)
            QDir().rmdir(layout.dir);
    }
};

} // namespace

Result<QString> createStore(NewStore spec)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipe{spec.adminPasswordUtf8};

    if (auto r = checkAccountName(spec.adminName); !r)
        return r.error();
    if (auto r = checkPasswordPolicy(spec.adminPasswordUtf8); !r)
        return r.error();

    const store::StoreLayout layout = store::StoreLayout::at(spec.path);
    const QFileInfo dirInfo(layout.dir);
    CreatedFiles cleanup{layout};
    if (dirInfo.exists()) {
        if (!dirInfo.isDir())
            return makeError(
                store::errors::kExists,
                Tr::tr("%1 exists and is not a folder; choose another place for the store.").arg(layout.dir));
        if (!QDir(layout.dir).isEmpty())
            return makeError(
                store::errors::kExists,
                Tr::tr("%1 is not empty. A new store is only created in a new or empty folder, so "
                       "nothing existing is ever overwritten.")
                    .arg(layout.dir));
    } else {
        if (!QDir().mkpath(layout.dir))
            return makeError(
                store::errors::kCannotWrite,
                Tr::tr("Cannot create the folder %1. Check the path and permissions.").arg(layout.dir));
        cleanup.createdDir = true;
    }
    cleanup.armed = true;
    QFile::setPermissions(layout.dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    crypto::SecretBytes dataKey = crypto::SecretBytes::random(crypto::kKeyBytes);
    store::Keyring keyring = store::Keyring::createNew();
    crypto::BoxKeyPair events = crypto::BoxKeyPair::generate();
    keyring.setEventsPublicKey(events.publicKey);

    const QString adminSlotId = keyring.accountSlotId(spec.adminName);
    SOHOA_TRY_ASSIGN(const store::KeySlot adminSlot,
                     store::Keyring::makeSlot(adminSlotId, store::KeySlot::Kind::Account, dataKey,
                                              spec.adminPasswordUtf8, spec.kdf));
    keyring.putSlot(adminSlot);

    const QString recoveryCode = crypto::RecoveryCode::generate();
    QByteArray recoverySecret =
        crypto::RecoveryCode::secretBytes(crypto::RecoveryCode::normalize(recoveryCode));
    // 120 random bits need no expensive stretching; the interactive cost is plenty.
    auto recoverySlot = store::Keyring::makeSlot(QStringLiteral("recovery"), store::KeySlot::Kind::Recovery,
                                                 dataKey, recoverySecret, crypto::KdfParams::interactive());
    crypto::wipe(recoverySecret);
    if (!recoverySlot)
        return recoverySlot.error();
    keyring.putSlot(*recoverySlot);
    keyring.authenticate(dataKey);

    SOHOA_TRY_ASSIGN(auto db, store::createStoreDatabase(layout, dataKey));
    {
        SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(*db));
        const QString now = nowIso();
        QByteArray secretB64 = QByteArray(reinterpret_cast<const char*>(events.secretKey.data()),
                                          qsizetype(events.secretKey.size()))
                                   .toBase64();
        SOHOA_TRY(store::writeMeta(*db, "store_id", keyring.storeId()));
        SOHOA_TRY(store::writeMeta(*db, "created_at", now));
        SOHOA_TRY(store::writeMeta(*db, "created_by_version", QStringLiteral(SOHOA_VERSION)));
        SOHOA_TRY(store::writeMeta(*db, "events_secret_key", QString::fromLatin1(secretB64)));
        SOHOA_TRY(store::writeMeta(*db, "keyring_mac_required", QStringLiteral("1")));
        SOHOA_TRY(store::writeMeta(*db, "keyring_generation", QString::number(keyring.generation())));
        crypto::wipe(secretB64);
        SOHOA_TRY(db->execute("INSERT INTO accounts (name, role, slot_id, created_at, created_by) "
                              "VALUES (?, 'admin', ?, ?, 'system');",
                              spec.adminName, adminSlotId, now));
        SOHOA_TRY(audit::appendAudit(*db, QStringLiteral("system"), audit::actions::kStoreCreated,
                                     QStringLiteral("store:") + keyring.storeId(),
                                     {{QStringLiteral("version"), QStringLiteral(SOHOA_VERSION)}}));
        SOHOA_TRY(audit::appendAudit(*db, QStringLiteral("system"), audit::actions::kAccountCreated,
                                     QStringLiteral("account:") + spec.adminName,
                                     {{QStringLiteral("role"), roleName(Role::Admin)}}));
        SOHOA_TRY(audit::appendAudit(*db, QStringLiteral("system"), audit::actions::kStoreRecoveryCodeIssued,
                                     QStringLiteral("store:") + keyring.storeId()));
        SOHOA_TRY(tx.commit());
    }
    db.reset();
    SOHOA_TRY(keyring.save(layout.keyringFile()));
    QFile::setPermissions(layout.keyringFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    cleanup.done = true;
    return recoveryCode;
}

} // namespace sohoa::accounts
