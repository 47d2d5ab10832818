#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <queue>
#include <vector>

// The nonces of signed requests seen while they could still be replayed (until
// their timestamp leaves the accepted clock window). Bounded in cost: expired
// entries leave in expiry order (a heap), so each request looks only at what
// has expired since the last one, never at all entries; bounded in size: one
// device may hold at most maxPerDevice live nonces and all devices maxEntries,
// beyond which requests are refused (to be retried) rather than a nonce being
// forgotten early, which would open a window for replays.
namespace sohoa::registry {

class ReplayCache {
public:
    struct Limits {
        qint64 maxEntries = 1000000;
        qint64 maxPerDevice = 100000;
    };
    enum class Verdict { Fresh, Replayed, DeviceFull, Full };

    explicit ReplayCache(Limits limits);
    ReplayCache();

    // Drops what expired before `now` (unix seconds), then records the nonce
    // until `expiry` unless it is already there (Replayed) or a limit is reached.
    Verdict admit(const QString& device, const QByteArray& nonce, qint64 expiry, qint64 now);

    qint64 size() const { return m_entries.size(); }
    qint64 examined() const { return m_examined; } // entries looked at while expiring, in all
    qint64 secondsUntilRoom(qint64 now) const;     // until the next entry expires (at least 1)

private:
    struct Entry {
        qint64 expiry;
        QByteArray key;
        QString device;
        bool operator>(const Entry& o) const { return expiry > o.expiry; }
    };
    void expire(qint64 now);

    Limits m_limits;
    QHash<QByteArray, qint64> m_entries; // device|nonce -> expiry
    QHash<QString, qint64> m_perDevice;  // live nonces per device
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_byExpiry;
    qint64 m_examined = 0;
};

} // namespace sohoa::registry
