#include "core/accounts/Session.h"

#include "core/accounts/Errors.h"
#include "core/accounts/KeyRotation.h"
#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/audit/Roster.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/RecoveryCode.h"
#include "core/crypto/SealedBox.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/Keyring.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QLocale>

namespace sohoa::accounts {

namespace {

Error wrongCredentials()
{
    return makeError(
        errors::kAuthFailed,
        Tr::tr("Wrong account name or password. After %1 wrong passwords in a row the account is locked "
               "for %2 minutes.")
            .arg(kMaxFailedSignIns)
            .arg(kLockoutMinutes));
}

Error lockedUntil(const QDateTime& until)
{
    const QString local = QLocale().toString(until.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy"));
    return makeError(
        errors::kAuthLocked,
        Tr::tr("This account is locked after too many wrong passwords, until %1. Try again then, or ask "
               "an administrator to reset the password.")
            .arg(local));
}

// Security events that happen before the data key is known go into the key
// file sealed to the store's public key; the next sign-in moves them into the
// audit trail. They name the account by its slot id only when such a slot
// exists, never by what was typed (finding 4: names of any length, personal
// data typed into the wrong field).
void queueSealedEvent(store::Keyring& keyring, const QString& action, const QString& slotId,
                      const QJsonObject& extra = {})
{
    QJsonObject ev = extra;
    ev.insert(QStringLiteral("action"), action);
    if (!slotId.isEmpty())
        ev.insert(QStringLiteral("slot"), slotId);
    ev.insert(QStringLiteral("at"), nowIso());
    keyring.queueEvent(ev);
}

// What a queued event may say: an editor of keyring.json can seal events of
// its own, so nothing else is ever imported, and imported entries are marked
// as reported without a key.
bool isQueueableAction(const QString& action)
{
    using namespace audit::actions;
    for (const QLatin1String allowed :
         {kAuthSignInFailed, kAuthSignInRefusedLocked, kAuthAccountLocked, kAuthRecoveryCodeFailed})
        if (action == allowed)
            return true;
    return false;
}

Error keyringTampered(const QString& why)
{
    return makeError(
        store::errors::kKeyringTampered,
        Tr::tr("The store's key file was changed by a program other than SoHoa (%1). Nobody can sign in "
               "until an administrator restores the store folder from a backup.")
            .arg(why));
}

Result<Account> loadAccountBySlot(store::Database& db, const QString& slotId)
{
    SOHOA_TRY_ASSIGN(auto st,
                     db.queryRow("SELECT id, name, display_name, role, active, must_change_password, "
                                 "created_at FROM accounts WHERE slot_id = ?;",
                                 slotId));
    if (!st)
        return wrongCredentials();
    Account a;
    a.id = st->integer(0);
    a.name = st->text(1);
    a.displayName = st->text(2);
    a.role = roleFromName(st->text(3)).value_or(Role::Clerk);
    a.active = st->integer(4) != 0;
    a.mustChangePassword = st->integer(5) != 0;
    a.createdAt = st->text(6);
    return a;
}

} // namespace

Session::~Session() = default;

bool Session::can(Permission p) const
{
    if (m_recovery)
        return p == Permission::ManageAccounts;
    // A password set by an administrator opens nothing but its own replacement.
    return m_account.active && !m_account.mustChangePassword && roleHas(m_account.role, p);
}

Result<void> Session::require(Permission p) const
{
    if (can(p))
        return {};
    if (!m_recovery && m_account.mustChangePassword)
        return makeError(
            errors::kAuthMustChangePassword,
            Tr::tr("The account '%1' has a password set by an administrator. Choose your own password "
                   "first (in SoHoa, or with: sohoa-cli user passwd).")
                .arg(m_account.name));
    return makeError(errors::kAuthForbidden,
                     Tr::tr("The account '%1' (%2) is not allowed to do this (%3).")
                         .arg(m_account.name, roleName(m_account.role), permissionName(p)));
}

Result<qint64> Session::audit(const QString& action, const QString& entity, const QJsonObject& details)
{
    return audit::appendAudit(*m_db, actor(), action, entity, details);
}

Result<std::unique_ptr<store::Database>> Session::openConnection() const
{
    return store::openStoreDatabase(m_layout, m_dataKey, store::Migrate::No);
}

void Session::refreshAccount()
{
    if (m_recovery)
        return;
    if (auto row = m_db->queryRow("SELECT slot_id FROM accounts WHERE id = ?;", m_account.id); row && *row) {
        if (auto a = loadAccountBySlot(*m_db, (*row)->text(0)))
            m_account = *a;
    }
}

void Session::signOut(const QString& reason)
{
    if (m_signedOut)
        return;
    m_signedOut = true;
    if (auto tx = store::Transaction::begin(*m_db)) {
        if (audit(audit::actions::kAuthSignOut, QStringLiteral("account:") + actor(),
                  {{QStringLiteral("reason"), reason}}))
            (void)tx->commit();
    }
}

Result<std::unique_ptr<Session>> Session::signIn(const QString& storePath, const QString& accountName,
                                                 QByteArray passwordUtf8,
                                                 const store::UpgradeStarted& onUpgrade)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipeOnExit{passwordUtf8};

    const store::StoreLayout layout = store::StoreLayout::at(storePath);
    if (!layout.exists())
        return makeError(store::errors::kNotFound, Tr::tr("There is no SoHoa store at %1.").arg(layout.dir));
    QString slotId;
    crypto::SecretBytes dataKey;
    crypto::SecretBytes slotKek;
    {
        store::KeyringLock lock(layout.keyringFile());
        if (!lock.acquired())
            return makeError(store::errors::kBusy,
                             Tr::tr("The store is busy in another program; try again."));
        auto keyring = store::Keyring::load(layout.keyringFile());
        if (!keyring)
            return keyring.error();

        // No account name is longer than 64 characters (checkAccountName); a longer
        // one is not even hashed.
        const bool plausibleName = accountName.trimmed().size() <= 64;
        slotId = plausibleName ? keyring->accountSlotId(accountName) : QString();
        store::KeySlot* slot = plausibleName ? keyring->findSlot(slotId) : nullptr;
        const QDateTime now = nowUtc();
        if (!slot || slot->kind != store::KeySlot::Kind::Account) {
            // Same work as a real check, so the time taken does not tell which names exist.
            (void)crypto::derivePasswordKey(passwordUtf8, crypto::randomSalt(),
                                            crypto::KdfParams::moderate());
            queueSealedEvent(*keyring, audit::actions::kAuthSignInFailed, QString(),
                             {{QStringLiteral("reason"), QStringLiteral("unknown_account")}});
            (void)keyring->save(layout.keyringFile());
            return wrongCredentials();
        }
        if (slot->lockedUntil.isValid() && slot->lockedUntil > now) {
            queueSealedEvent(*keyring, audit::actions::kAuthSignInRefusedLocked, slotId);
            (void)keyring->save(layout.keyringFile());
            return lockedUntil(slot->lockedUntil);
        }

        auto key = store::Keyring::unwrapSlot(*slot, passwordUtf8, &slotKek);
        if (!key) {
            if (key.error().code == store::errors::kSystemOutOfMemory)
                return key.error();
            slot->failedAttempts += 1;
            queueSealedEvent(*keyring, audit::actions::kAuthSignInFailed, slotId,
                             {{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                              {QStringLiteral("attempt"), slot->failedAttempts}});
            Error err = wrongCredentials();
            if (slot->failedAttempts >= kMaxFailedSignIns) {
                slot->failedAttempts = 0;
                slot->lockedUntil = now.addSecs(qint64(kLockoutMinutes) * 60);
                queueSealedEvent(*keyring, audit::actions::kAuthAccountLocked, slotId,
                                 {{QStringLiteral("until"), isoTimestamp(slot->lockedUntil)}});
                err = lockedUntil(slot->lockedUntil);
            }
            if (auto saved = keyring->save(layout.keyringFile()); !saved)
                return saved.error();
            return err;
        }
        if (slot->failedAttempts || slot->lockedUntil.isValid()) {
            slot->failedAttempts = 0;
            slot->lockedUntil = QDateTime();
            if (auto saved = keyring->save(layout.keyringFile()); !saved)
                return saved.error();
        }
        dataKey = std::move(*key);
    } // the key file lock is released before the database is opened
    return openWithKey(layout, std::move(dataKey), std::move(slotKek), slotId, false, onUpgrade);
}

Result<std::unique_ptr<Session>> Session::signInWithRecoveryCode(const QString& storePath,
                                                                 const QString& recoveryCode,
                                                                 const store::UpgradeStarted& onUpgrade)
{
    const store::StoreLayout layout = store::StoreLayout::at(storePath);
    if (!layout.exists())
        return makeError(store::errors::kNotFound, Tr::tr("There is no SoHoa store at %1.").arg(layout.dir));
    const QString normalized = crypto::RecoveryCode::normalize(recoveryCode);
    if (normalized.isEmpty())
        return makeError(errors::kAuthBadRecoveryCode,
                         Tr::tr("This is not a valid recovery code (a character is mistyped or missing)."));
    QString slotId;
    crypto::SecretBytes dataKey;
    crypto::SecretBytes slotKek;
    {
        store::KeyringLock lock(layout.keyringFile());
        if (!lock.acquired())
            return makeError(store::errors::kBusy,
                             Tr::tr("The store is busy in another program; try again."));
        auto keyring = store::Keyring::load(layout.keyringFile());
        if (!keyring)
            return keyring.error();
        store::KeySlot* slot = keyring->recoverySlot();
        if (!slot)
            return makeError(errors::kAuthNoRecovery, Tr::tr("This store has no recovery code."));
        QByteArray secret = crypto::RecoveryCode::secretBytes(normalized);
        auto key = store::Keyring::unwrapSlot(*slot, secret, &slotKek);
        crypto::wipe(secret);
        if (!key) {
            queueSealedEvent(*keyring, audit::actions::kAuthRecoveryCodeFailed, slot->id);
            (void)keyring->save(layout.keyringFile());
            return makeError(errors::kAuthBadRecoveryCode,
                             Tr::tr("The recovery code does not open this store."));
        }
        slotId = slot->id;
        dataKey = std::move(*key);
    }
    return openWithKey(layout, std::move(dataKey), std::move(slotKek), slotId, true, onUpgrade);
}

Result<std::unique_ptr<Session>> Session::openWithKey(const store::StoreLayout& layout,
                                                      crypto::SecretBytes key, crypto::SecretBytes slotKek,
                                                      const QString& slotId, bool recovery,
                                                      const store::UpgradeStarted& onUpgrade)
{
    std::unique_ptr<Session> s(new Session);
    s->m_layout = layout;
    s->m_dataKey = std::move(key);
    s->m_slotKek = std::move(slotKek);
    s->m_recovery = recovery;
    SOHOA_TRY_ASSIGN(s->m_useLock, store::StoreUseLock::acquire(layout, store::StoreUseLock::Mode::Shared));
    SOHOA_TRY(finishInterruptedKeyRotation(layout, s->m_dataKey));
    SOHOA_TRY_ASSIGN(s->m_db, store::openStoreDatabase(layout, s->m_dataKey, store::Migrate::Yes, onUpgrade));
    SOHOA_TRY_ASSIGN(s->m_storeId, store::readMeta(*s->m_db, "store_id"));

    if (recovery) {
        s->m_account.name = QStringLiteral("recovery-code");
        s->m_account.role = Role::Admin;
    } else {
        SOHOA_TRY_ASSIGN(s->m_account, loadAccountBySlot(*s->m_db, slotId));
    }
    SOHOA_TRY(s->importPendingEvents());
    s->m_slotKek = crypto::SecretBytes();

    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(*s->m_db));
    SOHOA_TRY(s->updateRoster());
    if (!recovery && !s->m_account.active) {
        (void)s->audit(audit::actions::kAuthSignInRefusedDisabled, QStringLiteral("account:") + s->actor());
        (void)tx.commit();
        return makeError(errors::kAuthDisabled,
                         Tr::tr("The account '%1' is disabled. Ask an administrator.").arg(s->actor()));
    }
    SOHOA_TRY(s->audit(recovery ? audit::actions::kAuthRecoveryCodeUsed : audit::actions::kAuthSignIn,
                       QStringLiteral("account:") + s->actor()));
    SOHOA_TRY(tx.commit());
    return s;
}

// Checks keyring.json's integrity against the data key and the database, then
// moves the queued sign-in events into the audit trail.
Result<void> Session::importPendingEvents()
{
    // The slot this session came in through (the recovery slot has a fixed id).
    QString slotId = QStringLiteral("recovery");
    if (!m_recovery) {
        SOHOA_TRY_ASSIGN(auto row,
                         m_db->queryRow("SELECT slot_id FROM accounts WHERE id = ?;", m_account.id));
        slotId = row ? row->text(0) : QString();
    }
    store::KeyringLock lock(m_layout.keyringFile());
    if (!lock.acquired())
        return makeError(store::errors::kBusy, Tr::tr("The store is busy in another program; try again."));
    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::load(m_layout.keyringFile()));

    // 1. Integrity: a MAC only a key holder can write, and not older than the
    // database has seen. A keyring without a MAC is accepted only from a store
    // that never had one (written by an older SoHoa); it is sealed now.
    SOHOA_TRY_ASSIGN(const QString required, store::readMeta(*m_db, "keyring_mac_required"));
    SOHOA_TRY_ASSIGN(const QString seenGeneration, store::readMeta(*m_db, "keyring_generation"));
    bool changed = false;
    if (!keyring.hasMac()) {
        if (required == QLatin1String("1"))
            return keyringTampered(Tr::tr("its integrity seal was removed"));
        changed = true;
    } else if (!keyring.verify(m_dataKey)) {
        return keyringTampered(Tr::tr("its integrity seal does not match"));
    } else if (keyring.generation() < seenGeneration.toLongLong()) {
        return keyringTampered(Tr::tr("it is older than the store"));
    }
    SOHOA_TRY(setUpSigningKey(keyring, slotId, changed));

    // 2. Queued events: opened with the events key from inside the database,
    // checked against the chain, imported as reports made without a key.
    SOHOA_TRY_ASSIGN(const QString secretB64, store::readMeta(*m_db, "events_secret_key"));
    QByteArray secretRaw = QByteArray::fromBase64(secretB64.toLatin1());
    const crypto::SecretBytes secret =
        crypto::SecretBytes::copyOf(reinterpret_cast<const unsigned char*>(secretRaw.constData()),
                                    static_cast<std::size_t>(secretRaw.size()));
    crypto::wipe(secretRaw);
    const QDateTime now = nowUtc();
    bool lockRemoved = false;
    const int dropped = keyring.droppedEvents();
    QByteArray chain = keyring.eventsAnchor();
    const QList<QByteArray> events = keyring.takePendingEvents();
    changed = changed || !events.isEmpty() || dropped > 0;

    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(*m_db));
    auto nameOfSlot = [&](const QString& id) -> QString {
        if (id.isEmpty())
            return {};
        if (auto row = m_db->queryRow("SELECT name FROM accounts WHERE slot_id = ?;", id); row && *row)
            return (*row)->text(0);
        return id == QLatin1String("recovery") ? QStringLiteral("recovery-code") : QString();
    };
    bool chainBroken = false;
    for (const QByteArray& sealed : events) {
        auto plain = crypto::openSealed(sealed, keyring.eventsPublicKey(), secret);
        QJsonObject ev;
        if (plain) {
            if (auto o = parseJsonObject(*plain))
                ev = *o;
        }
        const QString action = ev.take(QStringLiteral("action")).toString();
        const QString prev = ev.take(QStringLiteral("prev")).toString();
        if (prev != QString::fromLatin1(chain.toHex()))
            chainBroken = true;
        chain = store::Keyring::chainStep(chain, sealed);
        if (ev.isEmpty() || !isQueueableAction(action)) {
            SOHOA_TRY(audit::appendAudit(*m_db, QStringLiteral("system"),
                                         audit::actions::kAuthEventUnreadable, QStringLiteral("store")));
            continue;
        }
        const QString slot = ev.take(QStringLiteral("slot")).toString();
        const QString who = nameOfSlot(slot);
        ev.insert(QStringLiteral("occurred_at"), ev.take(QStringLiteral("at")));
        ev.insert(QStringLiteral("reported_without_key"), true);
        // A running lock moves under the MAC, where a password-less editor
        // cannot lift it (unless the slot was replaced since: a reset ends it).
        if (action == audit::actions::kAuthAccountLocked) {
            const store::KeySlot* locked = keyring.findSlot(slot);
            const QDateTime until = parseIsoTimestamp(ev.value(QStringLiteral("until")).toString());
            const QDateTime at = parseIsoTimestamp(ev.value(QStringLiteral("occurred_at")).toString());
            if (locked && until.isValid() && until > now &&
                (!locked->createdAt.isValid() || at >= locked->createdAt))
                keyring.sealLock(slot, until);
        }
        SOHOA_TRY(audit::appendAudit(*m_db, QStringLiteral("system"), action,
                                     QStringLiteral("account:") + (who.isEmpty() ? QStringLiteral("?") : who),
                                     ev));
    }
    if (chainBroken)
        SOHOA_TRY(audit::appendAudit(
            *m_db, QStringLiteral("system"), audit::actions::kAuthEventsTampered, QStringLiteral("store"),
            {{QStringLiteral("reason"), QStringLiteral("queued sign-in events were removed, "
                                                       "reordered or replaced")}}));
    if (dropped > 0)
        SOHOA_TRY(audit::appendAudit(*m_db, QStringLiteral("system"), audit::actions::kAuthEventsDropped,
                                     QStringLiteral("store"), {{QStringLiteral("count"), dropped}}));
    // This account is under a sealed lock, yet the slot let it through: its
    // "locked_until" was edited away.
    keyring.dropExpiredLocks(now);
    const QDateTime sealedUntil = m_recovery ? QDateTime() : keyring.sealedLockUntil(slotId);
    lockRemoved = sealedUntil.isValid() && sealedUntil > now;
    if (lockRemoved)
        SOHOA_TRY(audit::appendAudit(*m_db, QStringLiteral("system"), audit::actions::kAuthLockStateTampered,
                                     QStringLiteral("account:") + nameOfSlot(slotId)));
    SOHOA_TRY(store::writeMeta(*m_db, "keyring_mac_required", QStringLiteral("1")));
    SOHOA_TRY(tx.commit());

    if (changed) {
        keyring.authenticate(m_dataKey);
        // Events already sit in the audit trail: if this save fails they are
        // imported again next time, which is noisy but loses nothing.
        SOHOA_TRY(keyring.save(m_layout.keyringFile()));
    }
    if (keyring.generation() != seenGeneration.toLongLong()) {
        SOHOA_TRY_ASSIGN(auto tx2, store::Transaction::begin(*m_db));
        SOHOA_TRY(store::writeMeta(*m_db, "keyring_generation", QString::number(keyring.generation())));
        SOHOA_TRY(tx2.commit());
    }
    if (lockRemoved) {
        if (store::KeySlot* slot = keyring.findSlot(slotId)) {
            slot->lockedUntil = sealedUntil;
            (void)keyring.save(m_layout.keyringFile());
        }
        return lockedUntil(sealedUntil);
    }
    return {};
}

// Opens this account's signing key (or gives an account from before schema
// 12 its first one: the upgrade path) and registers it for the audit trail.
Result<void> Session::setUpSigningKey(store::Keyring& keyring, const QString& slotId, bool& keyringChanged)
{
    store::KeySlot* own = keyring.findSlot(slotId);
    if (!own || m_slotKek.isEmpty())
        return keyringTampered(Tr::tr("the key slot of this account is missing"));
    crypto::SecretBytes secretKey;
    if (own->signPublicKey.isEmpty()) {
        secretKey = store::Keyring::addSigningKey(*own, m_slotKek);
        keyringChanged = true;
    } else {
        auto opened = store::Keyring::unwrapSigningKey(*own, m_slotKek);
        if (!opened)
            return keyringTampered(Tr::tr("a signing key does not open with this password"));
        secretKey = std::move(*opened);
    }
    m_signingPublicKey = own->signPublicKey;
    if (const store::KeySlot* recovery = keyring.recoverySlot())
        m_recoverySigningKey = recovery->signPublicKey;
    m_signer = audit::registerSigner(actor(), m_signingPublicKey, std::move(secretKey));
    return {};
}

// Inside the sign-in transaction: lists this account's key in the roster when
// it is not there yet (an upgraded store, or the first sign-in after the store
// was created), waiting for an administrator's signature; an administrator
// signs the rows that wait (see audit::signPendingRosterEntries).
Result<void> Session::updateRoster()
{
    if (m_signingPublicKey.isEmpty())
        return {};
    SOHOA_TRY_ASSIGN(const QByteArray current, audit::currentSigningKey(*m_db, actor()));
    if (current != m_signingPublicKey)
        SOHOA_TRY(
            audit::addRosterEntry(*m_db, actor(), roleName(m_account.role), m_signingPublicKey, {}, {}));
    if (m_account.role != Role::Admin || (!m_recovery && !m_account.active))
        return {};
    // The recovery code's key, so that what it does (a new administrator
    // password) is signed by a key in the roster; listed once, then only
    // a recovery sign-in changes it.
    if (!m_recovery && !m_recoverySigningKey.isEmpty()) {
        const QString recoveryActor = QStringLiteral("recovery-code");
        SOHOA_TRY_ASSIGN(const QByteArray listed, audit::currentSigningKey(*m_db, recoveryActor));
        if (listed.isEmpty())
            SOHOA_TRY(audit::addRosterEntry(*m_db, recoveryActor, roleName(Role::Admin), m_recoverySigningKey,
                                            {}, {}));
    }
    SOHOA_TRY_ASSIGN(const int signedRows,
                     audit::signPendingRosterEntries(*m_db, actor(), m_signingPublicKey, m_recovery));
    if (signedRows > 0)
        SOHOA_TRY(audit(audit::actions::kRosterSigned, QStringLiteral("store"),
                        {{QStringLiteral("entries"), signedRows}}));
    return {};
}

} // namespace sohoa::accounts
