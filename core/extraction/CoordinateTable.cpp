#include "core/extraction/CoordinateTable.h"

#include <QMap>
#include <algorithm>

namespace sohoa::extraction {

namespace {

// The number of decimals most numbers of a column print (-1 when none prints a point).
int usualDecimals(const QStringList& column)
{
    QMap<int, int> counts;
    for (const QString& n : column) {
        const qsizetype dot = n.indexOf(QLatin1Char('.'));
        if (dot >= 0)
            ++counts[int(n.size() - dot - 1)];
    }
    int best = -1, bestCount = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

} // namespace

QString parcelCornersFrom(const QStringList& numbers, double* quality)
{
    double q = 0.8;
    if (numbers.isEmpty() || numbers.size() % 2 != 0) {
        if (quality)
            *quality = 0;
        return {};
    }
    QStringList columns[2];
    for (qsizetype k = 0; k < numbers.size(); ++k) {
        QString n = numbers[k];
        n.replace(QLatin1Char(','), QLatin1Char('.'));
        columns[k % 2].append(n);
    }
    for (QStringList& column : columns) {
        const int decimals = usualDecimals(column);
        for (QString& n : column) {
            if (n.contains(QLatin1Char('.')) || decimals <= 0 || n.size() <= decimals)
                continue;
            n.insert(n.size() - decimals, QLatin1Char('.'));
            q = std::min(q, 0.6);
        }
    }
    QStringList points;
    for (qsizetype k = 0; k < columns[0].size(); ++k)
        points.append(columns[0][k] + QLatin1Char(',') + columns[1][k]);
    if (points.size() >= 4 && points.last() == points.first())
        points.removeLast();
    if (quality)
        *quality = q;
    return points.join(QLatin1Char(';'));
}

} // namespace sohoa::extraction
