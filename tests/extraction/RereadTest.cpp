// Second readings of doubtful values (ingest/Reread.h) on exact page layouts
// (TypedPage) with a stand-in for the OCR engine: which values the extractor
// points at, and which second readings are taken or refused.
#include "core/ingest/Reread.h"

#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Extractor.h"
#include "core/validation/Validator.h"

#include <gtest/gtest.h>

using namespace sohoa;
using extraction::DocumentExtraction;
using extraction::RereadRequest;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

// Geometry of typedPage(): where row `row` stands on the page.
constexpr int kMargin = 160, kPitch = 70, kGlyph = 42, kCell = 22;
QRect rowBox(int row, int column, int chars)
{
    return QRect(kMargin + column * kCell, kMargin + row * kPitch, chars * kCell, kGlyph);
}

// Lines padded with a dotted leader to one right edge, as the form prints them.
QString dotted(const QString& text, int width = 88)
{
    return text.size() + 1 >= width
               ? text
               : text + QLatin1Char(' ') + QString(width - text.size() - 1, QLatin1Char('.'));
}

// A death extract; `id` as OCR read it, `residence` the first line of the
// residence (its wrapped second line is left out: OCR missed it).
QList<TypedLine> deathPage(const QString& id, const QString& residence)
{
    return {
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 1, s("PHƯỜNG PHÚ MỸ")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 30, s("TRÍCH LỤC KHAI TỬ")},
        {5, 0, dotted(s("Họ, chữ đệm, tên: HỒ YẾN NGỌC"))},
        {6, 0, dotted(s("Ngày, tháng, năm sinh: 26/08/1985"))},
        {7, 0, s("Giới tính: Nữ ........ Dân tộc: Kinh ........ Quốc tịch: Việt Nam ...................")},
        {8, 0, dotted(s("Số định danh cá nhân: ") + id)},
        {9, 0, residence},
        {11, 0, dotted(s("Đã chết vào lúc: 10 giờ 45 phút, ngày 18 tháng 10 năm 2016"))},
        {12, 0, dotted(s("Nơi chết: Bệnh viện Đa khoa thành phố Hồ Chí Minh."))},
        {13, 0, dotted(s("Nơi đăng ký: Ủy ban nhân dân phường Phú Mỹ, quận 7, thành phố Hồ Chí Minh."))},
        {14, 0, dotted(s("Ngày, tháng, năm đăng ký: 28/10/2016"))}};
}

const QString kResidenceLine =
    s("Nơi cư trú cuối cùng: Số 254, đường Võ Thị Sáu, phường Phú Mỹ, quận 7, thành phố Hồ Chí");
const QString kWholeResidence =
    dotted(s("Nơi cư trú cuối cùng: Ấp Hòa Lạc, xã Hưng Khánh Trung, tỉnh Vĩnh Long"));

ocr::OcrWord word(const QString& text, const QRect& box, float confidence)
{
    ocr::OcrWord w;
    w.text = text;
    w.box = box;
    w.confidence = confidence;
    w.charConfidences = QList<float>(text.size(), confidence);
    w.line = 0;
    w.reread = true;
    return w;
}

// Stands in for the OCR engine: digit regions get `digitReadings` in turn,
// other regions `lineWords`; every region asked for is recorded.
struct FakeReader {
    QStringList digitReadings;
    QList<ocr::OcrWord> lineWords;
    QList<ocr::RegionRead> asked;

    ingest::RegionReader reader()
    {
        return [this](int page, const QList<ocr::RegionRead>& regions) {
            EXPECT_EQ(page, 0);
            QList<QList<ocr::OcrWord>> out;
            int digit = 0;
            for (const ocr::RegionRead& r : regions) {
                asked.append(r);
                const QRect area = r.area.boundingRect().toRect();
                if (!r.allowedChars.isEmpty()) {
                    const QString text = digitReadings.value(digit++);
                    out.append(text.isEmpty()
                                   ? QList<ocr::OcrWord>()
                                   : QList<ocr::OcrWord>{word(text, area.adjusted(4, 4, -4, -4), 0.95f)});
                } else {
                    out.append(lineWords);
                }
            }
            return out;
        };
    }
};

QList<records::Issue> validate(const DocumentExtraction& ex)
{
    records::Record r;
    r.type = ex.type;
    r.fields = ex.fields;
    return validation::validateRecord(r, validation::ValidationContext::standalone());
}

QStringList codes(const QList<records::Issue>& issues, const QString& field)
{
    QStringList out;
    for (const records::Issue& i : issues)
        if (i.field == field)
            out.append(i.code);
    return out;
}

std::string str(const QRectF& r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).toStdString();
}

std::string str(const QStringList& l)
{
    return l.join(QStringLiteral(", ")).toStdString();
}

const QString kId = QStringLiteral("personal_id");
const QString kResidence = QStringLiteral("residence");

} // namespace

namespace {

// The requests of one kind (a value may also ask for its own line to be read
// again without a leader's dots, RereadRequest::Garbled).
QList<RereadRequest> requestsOf(const DocumentExtraction& ex, RereadRequest::Kind kind)
{
    QList<RereadRequest> out;
    for (const RereadRequest& q : ex.rereads)
        if (q.kind == kind)
            out.append(q);
    return out;
}

int bandRequests(const DocumentExtraction& ex)
{
    return int(requestsOf(ex, RereadRequest::MissedLine).size());
}

} // namespace

TEST(Reread, AnIdWithADigitTooManyIsReadAgainAndTakenWhenTheReadingsAgree)
{
    // 049185108637 with its ninth digit read twice.
    QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
    DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
    ASSERT_EQ(ex.fields.value(kId).value, QStringLiteral("0491851088637"));
    ASSERT_EQ(requestsOf(ex, RereadRequest::Digits).size(), 1);
    const RereadRequest q = requestsOf(ex, RereadRequest::Digits).first();
    EXPECT_EQ(q.field, kId);
    EXPECT_EQ(q.reading, QStringLiteral("0491851088637"));
    // The id's own box, not the label before it nor the lines around it.
    const QRect idBox = rowBox(8, 22, 13);
    const QRectF area = q.area.boundingRect();
    EXPECT_TRUE(area.contains(QRectF(idBox))) << str(area);
    EXPECT_GT(area.left(), rowBox(8, 0, 21).right() - 10) << str(area);
    EXPECT_LT(area.height(), 2 * kGlyph) << str(area);

    FakeReader fake;
    fake.digitReadings = {QStringLiteral("049185108637"), QStringLiteral("049185108637"),
                          QStringLiteral("049185108637")};
    const ingest::RereadOutcome outcome =
        ingest::rereadDoubtfulValues(pages, ex, fake.reader(), validation::ValidationContext::standalone());
    EXPECT_GE(outcome.requests, 1);
    EXPECT_EQ(outcome.taken, 1);
    int digitRegions = 0;
    for (const ocr::RegionRead& r : fake.asked)
        digitRegions += r.allowedChars == QStringLiteral("0123456789");
    EXPECT_EQ(digitRegions, 3);
    EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("049185108637"));
    EXPECT_LE(ex.fields.value(kId).confidence, 0.65) << "a repaired value is for the clerk to check";
    EXPECT_TRUE(ex.evidence.value(kId).reread);
    EXPECT_TRUE(ex.evidence.value(kId).note.contains(QStringLiteral("0491851088637")));
    EXPECT_TRUE(codes(validate(ex), kId).isEmpty()) << str(codes(validate(ex), kId));
    // The page keeps the second reading, marked, in place of the first.
    EXPECT_TRUE(pages[0].text().contains(QStringLiteral("049185108637")));
    EXPECT_FALSE(pages[0].text().contains(QStringLiteral("0491851088637")));
    EXPECT_TRUE(ex.text.contains(QStringLiteral("049185108637")));
    EXPECT_TRUE(ex.rereads.isEmpty());
    // Everything else reads as before.
    EXPECT_EQ(ex.fields.value(QStringLiteral("full_name")).value, s("HỒ YẾN NGỌC"));
    EXPECT_EQ(ex.type, QStringLiteral("death"));
}

TEST(Reread, AnIdReadInOneWordWithItsLabelAndLeaderKeepsThemWhenItsDigitsAreReplaced)
{
    QList<TypedLine> lines = deathPage(QStringLiteral("049185108637"), kWholeResidence);
    lines[8].text =
        s("Số định danh cá nhân:0491851088637.....................................................");
    QList<ocr::OcrPage> pages{typedPage(lines)};
    DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
    ASSERT_EQ(ex.fields.value(kId).value, QStringLiteral("0491851088637"));
    ASSERT_EQ(requestsOf(ex, RereadRequest::Digits).size(), 1);
    FakeReader fake;
    // Two readings agree; the third reads nothing.
    fake.digitReadings = {QStringLiteral("049185108637"), QString(), QStringLiteral("049185108637")};
    EXPECT_EQ(
        ingest::rereadDoubtfulValues(pages, ex, fake.reader(), validation::ValidationContext::standalone())
            .taken,
        1);
    EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("049185108637"));
    EXPECT_EQ(ex.evidence.value(kId).label, s("Số định danh cá nhân"));
    const QString text = pages[0].text();
    EXPECT_TRUE(text.contains(s("nhân:049185108637....."))) << text.toStdString();
    for (const ocr::OcrWord& w : pages[0].words)
        EXPECT_EQ(w.charConfidences.size(), w.text.size()) << w.text.toStdString();
}

TEST(Reread, AnIdReallyPrintedWithElevenDigitsKeepsItsIssue)
{
    QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("04918510863"), kWholeResidence))};
    DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
    ASSERT_EQ(requestsOf(ex, RereadRequest::Digits).size(), 1);
    // Two readings confirm the print; one enlarged reading invents a digit that happens to be valid.
    FakeReader fake;
    fake.digitReadings = {QStringLiteral("04918510863"), QStringLiteral("049185108637"),
                          QStringLiteral("04918510863")};
    const ingest::RereadOutcome outcome =
        ingest::rereadDoubtfulValues(pages, ex, fake.reader(), validation::ValidationContext::standalone());
    EXPECT_EQ(outcome.taken, 0);
    EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("04918510863"));
    EXPECT_TRUE(codes(validate(ex), kId).contains(QStringLiteral("personal_id.format")));
    EXPECT_FALSE(pages[0].words.isEmpty());
    for (const ocr::OcrWord& w : pages[0].words)
        EXPECT_FALSE(w.reread);
}

TEST(Reread, ASecondReadingIsNotTakenAloneNorWhenValidationRefusesIt)
{
    {
        // A single reading of twelve digits against two that give nothing.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        FakeReader fake;
        fake.digitReadings = {QStringLiteral("049185108637"), QString(), QString()};
        EXPECT_EQ(ingest::rereadDoubtfulValues(pages, ex, fake.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0);
        EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("0491851088637"));
    }
    {
        // Readings agree on twelve digits whose fourth is a man's: the record says a woman.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        FakeReader fake;
        fake.digitReadings = {QStringLiteral("049085108637"), QStringLiteral("049085108637"),
                              QStringLiteral("049085108637")};
        EXPECT_EQ(ingest::rereadDoubtfulValues(pages, ex, fake.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0);
        EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("0491851088637"));
        EXPECT_TRUE(codes(validate(ex), kId).contains(QStringLiteral("personal_id.format")));
    }
    {
        // Readings far from the first one are another part of the page, not this id.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        FakeReader fake;
        fake.digitReadings = {QStringLiteral("001185234567"), QStringLiteral("001185234567"),
                              QStringLiteral("001185234567")};
        EXPECT_EQ(ingest::rereadDoubtfulValues(pages, ex, fake.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0);
    }
    {
        // No page image to read again: nothing changes.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        const ingest::RegionReader none = [](int, const QList<ocr::RegionRead>&) {
            return QList<QList<ocr::OcrWord>>();
        };
        EXPECT_EQ(
            ingest::rereadDoubtfulValues(pages, ex, none, validation::ValidationContext::standalone()).taken,
            0);
        EXPECT_EQ(ex.fields.value(kId).value, QStringLiteral("0491851088637"));
    }
}

TEST(Reread, AWrappedLineOcrMissedIsReadInTheBandBelowTheValue)
{
    QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("049185108637"), kResidenceLine))};
    DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
    ASSERT_EQ(ex.fields.value(kResidence).value,
              s("Số 254, đường Võ Thị Sáu, phường Phú Mỹ, quận 7, thành phố Hồ Chí"));
    ASSERT_EQ(requestsOf(ex, RereadRequest::MissedLine).size(), 1);
    const RereadRequest q = requestsOf(ex, RereadRequest::MissedLine).first();
    EXPECT_EQ(q.field, kResidence);
    // Between the value's line and the next line read, from the label's left edge.
    const QRectF band = q.area.boundingRect();
    EXPECT_TRUE(band.contains(QRectF(rowBox(10, 0, 4)))) << str(band);
    EXPECT_GE(band.top(), rowBox(9, 0, 1).bottom() - 2) << str(band);
    EXPECT_LE(band.bottom(), rowBox(11, 0, 1).top() + 2) << str(band);

    FakeReader fake;
    fake.lineWords = {word(s("Minh"), rowBox(10, 0, 4), 0.96f),
                      word(QString(60, QLatin1Char('.')), rowBox(10, 5, 60), 0.3f)};
    const ingest::RereadOutcome outcome =
        ingest::rereadDoubtfulValues(pages, ex, fake.reader(), validation::ValidationContext::standalone());
    EXPECT_EQ(outcome.taken, 1);
    ASSERT_EQ(fake.asked.size(), 1);
    EXPECT_TRUE(fake.asked.first().allowedChars.isEmpty());
    EXPECT_EQ(ex.fields.value(kResidence).value,
              s("Số 254, đường Võ Thị Sáu, phường Phú Mỹ, quận 7, thành phố Hồ Chí Minh"));
    EXPECT_LE(ex.fields.value(kResidence).confidence, 0.65);
    EXPECT_TRUE(ex.evidence.value(kResidence).reread);
    EXPECT_EQ(ex.evidence.value(kResidence).lines, 2);
    EXPECT_FALSE(codes(validate(ex), kResidence).contains(QStringLiteral("admin_unit.unknown")));
    // The line is in the page's text where it stands, between its neighbours.
    const QString text = pages[0].text();
    EXPECT_LT(text.indexOf(s("Hồ Chí\nMinh")), text.indexOf(s("Đã chết"))) << text.toStdString();
    EXPECT_GE(text.indexOf(s("Hồ Chí\nMinh")), 0) << text.toStdString();
    EXPECT_EQ(ex.fields.value(QStringLiteral("date_of_death")).value, QStringLiteral("2016-10-18"));
}

TEST(Reread, WhatIsReadInTheBandIsRefusedWhenItIsNotClearlyTheValuesRest)
{
    {
        // Leader dots read as letters, unsure.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("049185108637"), kResidenceLine))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        const QString before = ex.fields.value(kResidence).value;
        FakeReader fake;
        fake.lineWords = {word(QStringLiteral("HH"), rowBox(10, 0, 2), 0.4f),
                          word(QStringLiteral("TH"), rowBox(10, 4, 2), 0.4f)};
        EXPECT_EQ(ingest::rereadDoubtfulValues(pages, ex, fake.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0);
        EXPECT_EQ(ex.fields.value(kResidence).value, before);
        EXPECT_FALSE(ex.evidence.value(kResidence).reread);
    }
    {
        // A label: the line belongs to another field, the value does not grow.
        QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("049185108637"), kResidenceLine))};
        DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
        const QString before = ex.fields.value(kResidence).value;
        FakeReader fake;
        fake.lineWords = {word(s("Nơi"), rowBox(10, 0, 3), 0.95f), word(s("chết:"), rowBox(10, 4, 5), 0.95f),
                          word(s("Nhà"), rowBox(10, 10, 3), 0.95f),
                          word(s("riêng"), rowBox(10, 14, 5), 0.95f)};
        EXPECT_EQ(ingest::rereadDoubtfulValues(pages, ex, fake.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0);
        EXPECT_EQ(ex.fields.value(kResidence).value, before);
    }
}

TEST(Reread, OnlyValuesThatMayGoOnAskForTheBandBelow)
{
    // Ends with a full stop, or with a leader on its line: the value ended there.
    for (const QString& residence : QStringList{
             kResidenceLine + s(" Minh."), dotted(s("Nơi cư trú cuối cùng: Số 254, đường Võ Thị Sáu"))}) {
        const DocumentExtraction ex = extraction::extractDocument(
            {typedPage(deathPage(QStringLiteral("049185108637"), residence))}, QStringLiteral("death"));
        EXPECT_EQ(bandRequests(ex), 0) << residence.toStdString();
    }
    // The next line stands one line down: nothing is missing.
    QList<TypedLine> lines = deathPage(QStringLiteral("049185108637"), kResidenceLine);
    lines.append({10, 0, dotted(s("Minh"))});
    const DocumentExtraction ex = extraction::extractDocument({typedPage(lines)}, QStringLiteral("death"));
    EXPECT_EQ(ex.fields.value(kResidence).value,
              s("Số 254, đường Võ Thị Sáu, phường Phú Mỹ, quận 7, thành phố Hồ Chí Minh"));
    EXPECT_EQ(bandRequests(ex), 0);
    // Values read from re-read words are not asked about again.
    QList<ocr::OcrPage> pages{typedPage(deathPage(QStringLiteral("0491851088637"), kWholeResidence))};
    for (ocr::OcrWord& w : pages[0].words)
        w.reread = true;
    EXPECT_TRUE(extraction::extractDocument(pages, QStringLiteral("death")).rereads.isEmpty());
}

TEST(Reread, AValueTypedOverItsLeaderIsReadAgainWithoutTheDotsAndTakenWhenItReadsBetter)
{
    // The leader's dots mixed into the typed words: characters no place holds.
    auto garbledPage = [] {
        QList<TypedLine> lines = deathPage(QStringLiteral("049185108637"), kWholeResidence);
        lines[11] = {12, 0, dotted(s("Nơi chết: B¿nh v§ện Đa khoa thành phố Hồ Chí Minh"))};
        return QList<ocr::OcrPage>{typedPage(lines)};
    };
    const QString place = QStringLiteral("place_of_death");
    QList<ocr::OcrPage> pages = garbledPage();
    DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("death"));
    ASSERT_GT(ex.evidence.value(place).oddCharacters, 0);
    const QList<RereadRequest> asked = ex.rereads;
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().kind, RereadRequest::Garbled);
    EXPECT_EQ(asked.first().field, place);
    // The value's line from its first word, and some of the leader after it (its dots' pitch).
    const QRectF area = asked.first().area.boundingRect();
    EXPECT_TRUE(area.contains(QRectF(rowBox(12, 10, 39)))) << str(area);
    EXPECT_GT(area.right(), rowBox(12, 52, 1).left()) << str(area);
    EXPECT_LT(area.left(), rowBox(12, 10, 1).left());
    EXPECT_GT(area.left(), rowBox(12, 8, 1).left()) << "not the label";

    const QStringList clean =
        QString::fromUtf8("Bệnh viện Đa khoa thành phố Hồ Chí Minh").split(QLatin1Char(' '));
    auto wordsAt = [](const QStringList& texts, float confidence) {
        QList<ocr::OcrWord> out;
        int column = 10;
        for (const QString& t : texts) {
            out.append(word(t, rowBox(12, column, int(t.size())), confidence));
            column += int(t.size()) + 1;
        }
        return out;
    };
    FakeReader fake;
    fake.lineWords = wordsAt(clean, 0.96f);
    EXPECT_EQ(
        ingest::rereadDoubtfulValues(pages, ex, fake.reader(), validation::ValidationContext::standalone())
            .taken,
        1);
    ASSERT_EQ(fake.asked.size(), 1);
    EXPECT_TRUE(fake.asked.first().singleLine);
    EXPECT_EQ(ex.fields.value(place).value, s("Bệnh viện Đa khoa thành phố Hồ Chí Minh"));
    EXPECT_TRUE(ex.evidence.value(place).reread);
    EXPECT_LE(ex.fields.value(place).confidence, 0.65); // read twice: the clerk looks
    EXPECT_EQ(ex.fields.value(QStringLiteral("date_of_death")).value, QStringLiteral("2016-10-18"));

    // A second reading no better (odd characters still, or fainter) is not taken.
    for (const auto& [texts, confidence] : QList<QPair<QStringList, float>>{
             {QString::fromUtf8("B¿nh v§ện Đa khoa thành phố Hồ Chí Mình").split(QLatin1Char(' ')), 0.96f},
             {clean, 0.5f}}) {
        QList<ocr::OcrPage> again = garbledPage();
        DocumentExtraction first = extraction::extractDocument(again, QStringLiteral("death"));
        const QString before = first.fields.value(place).value;
        FakeReader worse;
        worse.lineWords = wordsAt(texts, confidence);
        EXPECT_EQ(ingest::rereadDoubtfulValues(again, first, worse.reader(),
                                               validation::ValidationContext::standalone())
                      .taken,
                  0)
            << texts.join(QLatin1Char(' ')).toStdString() << " " << confidence;
        EXPECT_EQ(first.fields.value(place).value, before);
    }
}
