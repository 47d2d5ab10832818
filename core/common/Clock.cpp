#include "common/Clock.h"

#include <QTimeZone>
#include <cstdio>

namespace sohoa {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
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
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600).date();
}

} // namespace sohoa
