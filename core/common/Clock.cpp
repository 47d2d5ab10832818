#include "core/common/Clock.h"

#include <QTimeZone>
#include <atomic>
#include <cstdio>
#include <limits>

namespace sohoa {

namespace {

// Milliseconds since the epoch while a TestClock is alive, else kRealTime.
constexpr qint64 kRealTime = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_testNowMs{kRealTime};

} // namespace

QDateTime nowUtc()
{
    const qint64 fixed = g_testNowMs.load(std::memory_order_acquire);
    if (fixed != kRealTime)
        return QDateTime::fromMSecsSinceEpoch(fixed, QTimeZone::utc());
    return QDateTime::currentDateTimeUtc();
}

TestClock::TestClock(const QDateTime& start)
{
    [[maybe_unused]] const qint64 before = g_testNowMs.exchange(start.toMSecsSinceEpoch());
    Q_ASSERT_X(before == kRealTime, "TestClock", "only one TestClock at a time");
}

TestClock::TestClock()
    : TestClock(QDateTime::currentDateTimeUtc())
{
}

TestClock::~TestClock()
{
    g_testNowMs.store(kRealTime, std::memory_order_release);
}

QDateTime TestClock::now() const
{
    return nowUtc();
}

void TestClock::set(const QDateTime& t)
{
    g_testNowMs.store(t.toMSecsSinceEpoch(), std::memory_order_release);
}

void TestClock::advanceSeconds(qint64 seconds)
{
    advanceMs(seconds * 1000);
}

void TestClock::advanceMs(qint64 ms)
{
    g_testNowMs.fetch_add(ms, std::memory_order_acq_rel);
}

QString isoTimestamp(const QDateTime& t)
{
    // By hand for the years every record has: QDateTime::toString parses its
    // format each call, and an audit entry or record row takes a timestamp each.
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime tm = utc.time();
    if (!d.isValid() || !tm.isValid() || d.year() < 1 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  tm.hour(), tm.minute(), tm.second(), tm.msec());
    return QString::fromLatin1(text);
}

QString nowIso()
{
    return isoTimestamp(nowUtc());
}

QDateTime parseIsoTimestamp(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QDate todayInVietnam()
{
    return nowUtc().toOffsetFromUtc(7 * 3600).date();
}

} // namespace sohoa
