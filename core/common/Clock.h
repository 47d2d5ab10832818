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

} // namespace sohoa
