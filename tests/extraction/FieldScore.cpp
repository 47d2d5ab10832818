#include "FieldScore.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>
#include <optional>

namespace sohoa::test {

namespace {

const QSet<QString>& dateKeys()
{
    static const QSet<QString> k{
        QStringLiteral("date_of_birth"),         QStringLiteral("registration_date"),
        QStringLiteral("date_of_death"),         QStringLiteral("issue_date"),
        QStringLiteral("husband_date_of_birth"), QStringLiteral("wife_date_of_birth")};
    return k;
}

const QSet<QString>& numberKeys()
{
    static const QSet<QString> k{QStringLiteral("area_m2"),           QStringLiteral("mother_birth_year"),
                                 QStringLiteral("father_birth_year"), QStringLiteral("holder_birth_year"),
                                 QStringLiteral("parcel_number"),     QStringLiteral("map_sheet_number")};
    return k;
}

bool isIdKey(const QString& key)
{
    return key == QLatin1String("personal_id") || key.endsWith(QLatin1String("_personal_id"));
}

QString foldText(const QString& value)
{
    QString s = value.normalized(QString::NormalizationForm_C);
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    s.replace(QChar(0x02BC), QLatin1Char('\'')).replace(QLatin1Char('`'), QLatin1Char('\''));
    s = s.simplified();
    static const QString strip = QString::fromUtf8(" \t.,:;…·-–—_*");
    qsizetype a = 0, b = s.size();
    while (a < b && strip.contains(s[a]))
        ++a;
    while (b > a && strip.contains(s[b - 1]))
        --b;
    s = s.mid(a, b - a).toLower();
    static const QRegularExpression sep(QStringLiteral("\\s*([,;])\\s*"));
    s.replace(sep, QStringLiteral("\\1 "));
    s = s.trimmed();
    static const QList<QPair<QString, QString>> tones = [] {
        QList<QPair<QString, QString>> t;
        const char* pairs[][2] = {{"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
                                  {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
                                  {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}};
        for (const auto& p : pairs)
            t.append({QString::fromUtf8(p[0]), QString::fromUtf8(p[1])});
        return t;
    }();
    for (const auto& [from, to] : tones)
        s.replace(from, to);
    return s;
}

std::optional<double> toNumber(const QString& value)
{
    QString t = value.trimmed().toLower();
    t.remove(QString::fromUtf8("m²"))
        .remove(QStringLiteral("m2"))
        .remove(QLatin1Char(' '))
        .remove(QChar(0x00A0));
    static const QString strip = QString::fromUtf8(" \t.,:;…·-–—_*");
    while (!t.isEmpty() && strip.contains(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && strip.contains(t.back()))
        t.chop(1);
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(\\.\\d{3})+,\\d+$"));
    if (grouped.match(t).hasMatch())
        t.remove(QLatin1Char('.'));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::round(d * 1e6) / 1e6;
}

QSet<QString> codeSet(const QString& value)
{
    static const QRegularExpression split(QStringLiteral("[+,;\\s]+"));
    QSet<QString> out;
    for (const QString& c : value.toUpper().split(split, Qt::SkipEmptyParts))
        out.insert(c);
    return out;
}

QString timeForm(const QString& value)
{
    static const QRegularExpression rx(QStringLiteral("^(\\d{1,2})\\s*[:hg]\\s*(\\d{1,2})$"));
    const auto m = rx.match(value);
    if (!m.hasMatch())
        return QStringLiteral("text:") + foldText(value);
    return QStringLiteral("%1:%2")
        .arg(m.captured(1).toInt(), 2, 10, QLatin1Char('0'))
        .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'));
}

double ratio(int a, int b)
{
    return b ? double(a) / b : 1.0;
}

} // namespace

bool sameFieldValue(const QString& key, const QString& truth, const QString& predicted)
{
    const QString t = truth.normalized(QString::NormalizationForm_C).trimmed();
    const QString p = predicted.normalized(QString::NormalizationForm_C).trimmed();
    if (t.isEmpty() || p.isEmpty())
        return false;
    if (dateKeys().contains(key))
        return t == p;
    if (numberKeys().contains(key)) {
        const auto a = toNumber(t), b = toNumber(p);
        if (a && b)
            return *a == *b;
        if (a || b)
            return false;
        return foldText(t) == foldText(p);
    }
    if (isIdKey(key)) {
        static const QRegularExpression sep(QStringLiteral("[\\s.\\-]"));
        return QString(t).remove(sep) == QString(p).remove(sep);
    }
    if (key == QLatin1String("land_use_purpose"))
        return codeSet(t) == codeSet(p);
    if (key == QLatin1String("time_of_death"))
        return timeForm(t) == timeForm(p);
    return foldText(t) == foldText(p);
}

double Scores::typeAccuracy() const
{
    return ratio(typeCorrect, docs);
}
double Scores::fieldAccuracy() const
{
    return ratio(fieldsCorrect, fieldsTruth);
}
double Scores::issueRecall() const
{
    return ratio(issuesCorrect, issuesExpected);
}
double Scores::issuePrecision() const
{
    return ratio(issuesCorrect, issuesPredicted);
}

QString Scores::summary() const
{
    return QStringLiteral("docs=%1 type_acc=%2 field_acc=%3 (%4/%5) issue_recall=%6 issue_precision=%7")
        .arg(docs)
        .arg(typeAccuracy(), 0, 'f', 3)
        .arg(fieldAccuracy(), 0, 'f', 3)
        .arg(fieldsCorrect)
        .arg(fieldsTruth)
        .arg(issueRecall(), 0, 'f', 3)
        .arg(issuePrecision(), 0, 'f', 3);
}

Scores scoreDocuments(const QList<ScoredDocument>& docs)
{
    Scores s;
    for (const ScoredDocument& d : docs) {
        ++s.docs;
        s.typeCorrect += d.predictedType == d.truthType;
        for (auto it = d.truthFields.constBegin(); it != d.truthFields.constEnd(); ++it) {
            ++s.fieldsTruth;
            const QString pred = d.predictedFields.value(it.key());
            if (sameFieldValue(it.key(), it.value(), pred))
                ++s.fieldsCorrect;
            else
                s.errors.append(
                    QStringLiteral("%1 %2: truth '%3', pred '%4'").arg(d.file, it.key(), it.value(), pred));
        }
        s.issuesExpected += int(d.expectedIssues.size());
        s.issuesPredicted += int(d.predictedIssues.size());
        s.issuesCorrect += int((d.expectedIssues & d.predictedIssues).size());
        for (const QString& c : d.predictedIssues - d.expectedIssues)
            s.errors.append(QStringLiteral("%1: extra issue %2").arg(d.file, c));
        for (const QString& c : d.expectedIssues - d.predictedIssues)
            s.errors.append(QStringLiteral("%1: missed issue %2").arg(d.file, c));
    }
    return s;
}

QList<ConfidenceBucket> calibration(const QList<ScoredDocument>& docs, const QList<double>& edges)
{
    QList<ConfidenceBucket> out;
    for (int i = 0; i + 1 < edges.size(); ++i)
        out.append({edges[i], edges[i + 1], 0, 0});
    // The keys the truth judges, per type: SPEC §1 keys. Fields beyond them (the
    // national standard's signer, page, date in words...) are not in any truth
    // document and are checked by their own tests.
    QHash<QString, QSet<QString>> judged;
    for (const ScoredDocument& d : docs)
        for (auto it = d.truthFields.constBegin(); it != d.truthFields.constEnd(); ++it)
            judged[d.truthType].insert(it.key());
    for (const ScoredDocument& d : docs) {
        for (auto it = d.predictedFields.constBegin(); it != d.predictedFields.constEnd(); ++it) {
            // Only keys the truth speaks about: a value on a key the truth omits is wrong.
            if (!judged.value(d.truthType).contains(it.key()))
                continue;
            const double c = d.confidences.value(it.key());
            for (ConfidenceBucket& b : out) {
                if (c >= b.from && (c < b.to || (b.to >= 1.0 && c <= b.to))) {
                    ++b.count;
                    b.right += sameFieldValue(it.key(), d.truthFields.value(it.key()), it.value());
                    break;
                }
            }
        }
    }
    return out;
}

QString calibrationTable(const QList<ConfidenceBucket>& buckets)
{
    QString out = QStringLiteral("confidence     fields  right  accuracy\n");
    for (const ConfidenceBucket& b : buckets)
        out += QStringLiteral("[%1, %2)  %3  %4  %5\n")
                   .arg(b.from, 0, 'f', 2)
                   .arg(b.to, 0, 'f', 2)
                   .arg(b.count, 6)
                   .arg(b.right, 5)
                   .arg(b.count ? double(b.right) / b.count : 1.0, 8, 'f', 3);
    return out;
}

} // namespace sohoa::test
