#include "core/common/Clock.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace sohoa;

// Stored timestamps (audit entries, records) are compared as text and hashed:
// the hand-made format must stay exactly what Qt writes for ISODateWithMs.
TEST(Clock, TimestampsAreWrittenExactlyAsQtWritesThem)
{
    const QList<QDateTime> times{
        QDateTime(QDate(2026, 12, 6), QTime(11, 23, 59, 7), Qt::UTC),
        QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 0), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 2, 3), QTime(4, 5, 6, 78), Qt::UTC),
        QDateTime(QDate(2026, 12, 6), QTime(6, 30, 0, 500), QTimeZone(7 * 3600)), // Viet Nam time
        QDateTime::currentDateTimeUtc(),
    };
    for (const QDateTime& t : times)
        EXPECT_EQ(isoTimestamp(t).toStdString(), t.toUTC().toString(Qt::ISODateWithMs).toStdString());
    EXPECT_EQ(isoTimestamp(QDateTime(QDate(2026, 12, 6), QTime(6, 30, 0, 500), QTimeZone(7 * 3600))),
              QStringLiteral("2026-12-05T23:30:00.500Z"));
    EXPECT_EQ(isoTimestamp(QDateTime()), QString());
    EXPECT_EQ(parseIsoTimestamp(nowIso()).isValid(), true);
}
