#include "testing/render/VietnameseNumbers.h"

#include <QStringList>

namespace sohoa::render {

namespace {

QString digitWord(int d)
{
    static const char* const words[] = {"không", "một", "hai", "ba",  "bốn",
                                        "năm",   "sáu", "bảy", "tám", "chín"};
    return QString::fromUtf8(words[d]);
}

// 0..999; `full` when a higher group precedes (then "không trăm", "linh" are spoken).
QString below1000(int n, bool full)
{
    QStringList out;
    const int h = n / 100, t = (n / 10) % 10, u = n % 10;
    if (h > 0 || full)
        out << digitWord(h) << QStringLiteral("trăm");
    if (t == 0) {
        if (u > 0) {
            if (h > 0 || full)
                out << QStringLiteral("linh");
            out << digitWord(u);
        }
    } else if (t == 1) {
        out << QStringLiteral("mười");
        if (u == 5)
            out << QStringLiteral("lăm");
        else if (u > 0)
            out << digitWord(u);
    } else {
        out << digitWord(t) << QStringLiteral("mươi");
        if (u == 1)
            out << QStringLiteral("mốt");
        else if (u == 4)
            out << QStringLiteral("tư");
        else if (u == 5)
            out << QStringLiteral("lăm");
        else if (u > 0)
            out << digitWord(u);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

QString numberInWords(qint64 n)
{
    if (n == 0)
        return QStringLiteral("không");
    if (n < 0)
        return QStringLiteral("âm ") + numberInWords(-n);
    QStringList parts;
    const qint64 millions = n / 1000000, thousands = (n / 1000) % 1000, rest = n % 1000;
    bool higher = false;
    if (millions > 0) {
        parts << numberInWords(millions) << QStringLiteral("triệu");
        higher = true;
    }
    if (thousands > 0) {
        parts << below1000(int(thousands), higher) << QStringLiteral("nghìn");
        higher = true;
    }
    if (rest > 0)
        parts << below1000(int(rest), higher);
    return parts.join(QLatin1Char(' ')).simplified();
}

QString dateInWords(int year, int month, int day)
{
    const QString d = day <= 10 ? QStringLiteral("mồng ") + numberInWords(day) : numberInWords(day);
    QString m;
    if (month == 4)
        m = QStringLiteral("tư");
    else
        m = numberInWords(month);
    return QStringLiteral("ngày %1, tháng %2, năm %3").arg(d, m, numberInWords(year));
}

QString decimalInWords(const QString& decimal)
{
    const QStringList parts = decimal.split(QLatin1Char('.'));
    QString out = numberInWords(parts.value(0).toLongLong());
    if (parts.size() > 1 && !parts[1].isEmpty()) {
        out += QStringLiteral(" phẩy");
        const QString frac = parts[1];
        if (frac.startsWith(QLatin1Char('0'))) {
            for (QChar c : frac)
                out += QLatin1Char(' ') + digitWord(c.digitValue());
        } else {
            out += QLatin1Char(' ') + numberInWords(frac.toLongLong());
        }
    }
    return out;
}

} // namespace sohoa::render
