#include "server/registry/ReplayCache.h"

namespace sohoa::registry {

ReplayCache::ReplayCache(Limits limits)
    : m_limits(limits)
{
}

ReplayCache::ReplayCache()
    : ReplayCache(Limits{})
{
}

void ReplayCache::expire(qint64 now)
{
    while (!m_byExpiry.empty()) {
        ++m_examined;
        const Entry& e = m_byExpiry.top();
        if (e.expiry >= now)
            break;
        m_entries.remove(e.key);
        auto it = m_perDevice.find(e.device);
        if (it != m_perDevice.end() && --it.value() <= 0)
            m_perDevice.erase(it);
        m_byExpiry.pop();
    }
}

ReplayCache::Verdict ReplayCache::admit(const QString& device, const QByteArray& nonce, qint64 expiry,
                                        qint64 now)
{
    expire(now);
    QByteArray key = device.toUtf8();
    key += '|';
    key += nonce;
    if (m_entries.contains(key))
        return Verdict::Replayed;
    if (m_perDevice.value(device) >= m_limits.maxPerDevice)
        return Verdict::DeviceFull;
    if (m_entries.size() >= m_limits.maxEntries)
        return Verdict::Full;
    m_entries.insert(key, expiry);
    ++m_perDevice[device];
    m_byExpiry.push(Entry{expiry, std::move(key), device});
    return Verdict::Fresh;
}

qint64 ReplayCache::secondsUntilRoom(qint64 now) const
{
    if (m_byExpiry.empty())
        return 1;
    return qMax<qint64>(1, m_byExpiry.top().expiry - now + 1);
}

} // namespace sohoa::registry
