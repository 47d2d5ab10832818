#pragma once

#include <QDateTime>
#include <QString>

namespace sohoa {

// Wall-clock time in one format everywhere it is stored: UTC ISO 8601 with milliseconds.
QDateTime nowUtc();
QString isoTimestamp(const QDateTime& t);
QString nowIso();
QDateTime parseIsoTimestamp(const QString& text);

// Today's date in the office's time zone (Viet Nam, UTC+7), which is what
// "after today" means on a civil-status record whatever the PC's zone is.
QDate todayInVietnam();

// The clock tests set instead of waiting: while a TestClock exists, nowUtc(), nowIso() and
// todayInVietnam() answer its time, so lockouts, backoff gates, expiry and reminders are tested by moving
// time, not by sleeping. One at a time, created on the test's thread before the code under test runs
// (other threads read it safely); the product never creates one.
class TestClock {
public:
    explicit TestClock(const QDateTime& start);
    TestClock(); // starts at the real time now
    ~TestClock();
    TestClock(const TestClock&) = delete;
    TestClock& operator=(const TestClock&) = delete;

    QDateTime now() const;
    void set(const QDateTime& t);
    void advanceSeconds(qint64 seconds);
    void advanceMs(qint64 ms);
};

} // namespace sohoa
