#include "core/extraction/CoordinateTable.h"

#include <QList>
#include <QMap>
#include <algorithm>
#include <cmath>

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

// A parcel's corners lie within a few hundred metres of each other: a figure
// kilometres away from the rest of its column, where two thirds of the column
// (three figures at least) lie within kNear of its median, had a digit
// misread ("1201131.57" among "1211…" figures). The digit is put right when
// putting one of its first four digits to the median's brings it near.
constexpr double kNear = 500; // metres
constexpr double kAstray = 2000;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Repairs made in `column` (figures with '.' decimals).
int repairAstrayFigures(QStringList& column)
{
    QList<double> values;
    for (const QString& n : column)
        values.append(n.toDouble());
    const double middle = median(values);
    int near = 0;
    for (double v : values)
        near += std::fabs(v - middle) <= kNear;
    if (near < 3 || near * 3 < int(values.size()) * 2)
        return 0;
    const QString reference = QString::number(qint64(std::llround(middle)));
    int repairs = 0;
    for (QString& n : column) {
        if (std::fabs(n.toDouble() - middle) <= kAstray)
            continue;
        for (int i = 0; i < 4 && i < n.size() && i < reference.size(); ++i) {
            if (!n[i].isDigit() || n[i] == reference[i])
                continue;
            QString fixed = n;
            fixed[i] = reference[i];
            if (std::fabs(fixed.toDouble() - middle) <= kNear) {
                n = fixed;
                ++repairs;
                break;
            }
        }
    }
    return repairs;
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
        // A point read twice (",." as a speck beside it): one point.
        if (n.contains(QStringLiteral(".."))) {
            n.replace(QStringLiteral(".."), QStringLiteral("."));
            q = std::min(q, 0.6);
        }
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
    for (QStringList& column : columns)
        if (repairAstrayFigures(column) > 0)
            q = std::min(q, 0.6);
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
