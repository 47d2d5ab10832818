// The canonical JSON writer: what it writes parses back to the same values,
// keys come out sorted, and the same object always gives the same bytes.
#include "core/common/JsonWriter.h"

#include "core/common/Json.h"
#include "core/records/Record.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace sohoa;

TEST(JsonWriter, RoundTripsThroughQtsParser)
{
    const QJsonObject o{
        {QStringLiteral("z"), QStringLiteral("Nguyễn \"Văn\" \\ An\n\t\x01")},
        {QStringLiteral("a"), 0.93},
        {QStringLiteral("n"), 42},
        {QStringLiteral("big"), 1e300},
        {QStringLiteral("neg"), -17.25},
        {QStringLiteral("t"), true},
        {QStringLiteral("nil"), QJsonValue()},
        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("ễ"), QJsonObject{{QStringLiteral("k"), 2}}}}};
    const QByteArray text = canonicalJson(o);
    QJsonParseError err{};
    const QJsonDocument back = QJsonDocument::fromJson(text, &err);
    ASSERT_EQ(err.error, QJsonParseError::NoError) << text.constData();
    EXPECT_EQ(back.object(), o);
    EXPECT_TRUE(text.startsWith("{\"a\":0.93,\"big\":")) << text.constData();
    EXPECT_EQ(canonicalJson(back.object()), text);
}

TEST(JsonWriter, RecordFieldsTextMatchesTheJsonObjectForm)
{
    records::Record r;
    records::FieldValue f;
    f.value = QStringLiteral("NGUYỄN VĂN AN");
    f.raw = QStringLiteral("NGUYEN VĂN AN");
    f.confidence = 0.875;
    f.page = 2;
    f.box = QRect(10, 20, 300, 40);
    f.charConfidences = {0.5f, 0.99f};
    r.fields.insert(QStringLiteral("full_name"), f);
    records::FieldValue g;
    g.value = QStringLiteral("male");
    g.source = QStringLiteral("clerk");
    g.confidence = 1;
    r.fields.insert(QStringLiteral("sex"), g);
    EXPECT_EQ(r.fieldsJsonText(), canonicalJson(r.fieldsJson()));
    const auto back = records::fieldsFromJson(QJsonDocument::fromJson(r.fieldsJsonText()).object());
    EXPECT_EQ(back.value(QStringLiteral("full_name")).raw, f.raw);
    EXPECT_EQ(back.value(QStringLiteral("full_name")).box, f.box);
    EXPECT_EQ(back.value(QStringLiteral("sex")).source, QStringLiteral("clerk"));
}
