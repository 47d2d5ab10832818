#include "common/Clock.h"

#include <QTimeZone>

namespace sohoa {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString isoTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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
