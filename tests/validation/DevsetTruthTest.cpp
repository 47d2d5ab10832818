// Validation alone over the devset's true field values: the codes produced
// must be exactly each document's expected_issues (SPEC §4). This isolates the
// validator from OCR and extraction.
#include "TestSupport.h"
#include "core/records/Record.h"
#include "core/validation/Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

struct Doc {
    QString file, type;
    QJsonObject fields;
    QSet<QString> expected;
    QSet<QString> expectedAt; // code@field
};

QList<Doc> loadTruth()
{
    QList<Doc> docs;
    QFile f(test::devsetDir() + QStringLiteral("/truth.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return docs;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Doc d{o.value(QLatin1String("file")).toString(),
              o.value(QLatin1String("type")).toString(),
              o.value(QLatin1String("fields")).toObject(),
              {},
              {}};
        for (const QJsonValue& c : o.value(QLatin1String("expected_issues")).toArray())
            d.expected.insert(c.toString());
        for (const QJsonValue& c : o.value(QLatin1String("expected_issue_fields")).toArray())
            d.expectedAt.insert(c[QLatin1String("code")].toString() + QLatin1Char('@') +
                                c[QLatin1String("field")].toString());
        docs.append(d);
    }
    return docs;
}

} // namespace

TEST(DevsetTruth, ValidationGivesExactlyTheExpectedCodes)
{
    const QList<Doc> docs = loadTruth();
    ASSERT_EQ(docs.size(), 48) << "devset truth.jsonl not found under " << test::devsetDir().toStdString();
    validation::ValidationContext ctx;
    // The devset's dates go up to 2026-09-30 ("not after" that day by design).
    ctx.today = QDate(2026, 10, 1);
    int faulty = 0;
    for (const Doc& d : docs) {
        records::Record r;
        r.type = d.type;
        for (auto it = d.fields.constBegin(); it != d.fields.constEnd(); ++it) {
            records::FieldValue v;
            v.value = it->toString();
            r.fields.insert(it.key(), v);
        }
        QSet<QString> got, gotAt;
        QStringList detail;
        for (const records::Issue& i : validation::validateRecord(r, ctx)) {
            got.insert(i.code);
            gotAt.insert(i.code + QLatin1Char('@') + i.field);
            detail.append(i.code + QLatin1Char('@') + i.field + QStringLiteral(": ") + i.message);
        }
        faulty += d.expected.isEmpty() ? 0 : 1;
        EXPECT_EQ(got, d.expected) << d.file.toStdString() << " (" << d.type.toStdString() << ")\n  "
                                   << detail.join(QStringLiteral("\n  ")).toStdString();
        // and on the field the devset names
        for (const QString& at : d.expectedAt)
            EXPECT_TRUE(gotAt.contains(at)) << d.file.toStdString() << ": no " << at.toStdString();
    }
    EXPECT_EQ(faulty, 12);
}
