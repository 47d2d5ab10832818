// Label finding and value reading on exact page layouts (TypedPage): labels
// misread by OCR, dotted leaders, values wrapping to the next line, several
// labels on a row, the marriage certificate's husband and wife columns.
#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/LabelFinder.h"
#include "core/extraction/PageModel.h"
#include "core/records/RecordType.h"
#include "core/validation/ReadingDoubt.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;
using test::valueOf;

namespace {

const records::RecordType& type(const char* id)
{
    const records::RecordType* t = records::RecordTypeRegistry::builtin().find(QLatin1String(id));
    EXPECT_NE(t, nullptr) << id;
    return *t;
}

// Fields found on the page by their printed label (section of the form ignored).
QStringList labelledFields(const QList<ocr::OcrPage>& pages, const char* typeId)
{
    const DocumentModel doc = DocumentModel::build(pages);
    const QList<LabelSpec> specs = labelSpecsFor(type(typeId));
    QStringList out;
    for (const LabelHit& h : findLabels(doc, specs))
        for (int si : h.specs)
            if (specs[si].role == LabelSpec::Value && !out.contains(specs[si].field))
                out.append(specs[si].field);
    return out;
}

QList<TypedLine> birthHeader()
{
    return test::communeHeading("XÃ THỤY DÂN", "GIẤY KHAI SINH");
}

} // namespace

TEST(LabelReading, LabelsMisreadByOcrAreFound)
{
    // Letters and marks misread in every label; the colon read as ';' or lost.
    const ocr::OcrPage page = typedPage(QStringList{
        s("Họ, chừ đệm, tên: NGUYỄN VĂN AN"),
        s("Ngày, thảng, nãm sinh; 15/03/2019"),
        s("Giởi tính: Nam"),
        s("Dân tôc: Kinh"),
        s("Quôc tịch: Việt Nam"),
        s("Noi sinh: Trạm y tế xã Thụy Dân"),
        s("Sổ định danh cá nhân: 034219001234"),
    });
    const QStringList found = labelledFields({page}, "birth");
    for (const char* key :
         {"full_name", "date_of_birth", "sex", "ethnicity", "nationality", "place_of_birth", "personal_id"})
        EXPECT_TRUE(found.contains(QLatin1String(key)))
            << key << " not found in " << found.join(QLatin1Char(' ')).toStdString();
}

TEST(LabelReading, WordsInsideAValueAreNotLabels)
{
    // "Nơi sinh" printed inside a value, mid-line without a colon, is not a label.
    const ocr::OcrPage page = typedPage(QStringList{s("Quê quán: xã Nơi sinh Thượng, huyện Quỳnh Nhai")});
    const QStringList found = labelledFields({page}, "birth");
    EXPECT_TRUE(found.contains(QStringLiteral("hometown")));
    EXPECT_FALSE(found.contains(QStringLiteral("place_of_birth")));
}

TEST(LabelReading, ValuesBetweenDottedLeaders)
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên:.........NGUYỄN VĂN AN.............................")},
              {6, 0, s("Ngày, tháng, năm sinh: ...15/03/2019........")},
              {7, 0, s("Ghi bằng chữ: ngày mười lăm tháng ba năm hai nghìn không trăm mười chín")},
              {8, 0, s("Giới tính: ....Nam...... Dân tộc: ....Kinh....... Quốc tịch: ..Việt Nam....")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("NGUYỄN VĂN AN"));
    EXPECT_EQ(valueOf(ex, "date_of_birth"), QStringLiteral("2019-03-15"));
    EXPECT_EQ(ex.evidence.value(QStringLiteral("date_of_birth")).crossCheck, QStringLiteral("agree"));
    EXPECT_EQ(valueOf(ex, "sex"), QStringLiteral("male"));
    EXPECT_EQ(valueOf(ex, "ethnicity"), QStringLiteral("Kinh"));
    EXPECT_EQ(valueOf(ex, "nationality"), s("Việt Nam"));
}

TEST(LabelReading, EmptyDottedLineGivesNoValue)
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Số định danh cá nhân: ...................................")},
              {7, 0, s("Dân tộc: Kinh")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("NGUYỄN VĂN AN"));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("personal_id")));
    EXPECT_EQ(valueOf(ex, "ethnicity"), QStringLiteral("Kinh"));
}

TEST(LabelReading, ValueWrapsToTheNextLine)
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Nơi sinh: Trạm y tế xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình, Việt Nam")},
              {7, 0, s("Quê quán: Tổ dân phố 19, phường Vĩnh Tuy, quận Hai Bà Trưng, thành phố Hà")},
              {8, 0, s("Nội")},
              {9, 0, s("Dân tộc: Kinh")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "hometown"),
              s("Tổ dân phố 19, phường Vĩnh Tuy, quận Hai Bà Trưng, thành phố Hà Nội"));
    EXPECT_EQ(ex.evidence.value(QStringLiteral("hometown")).lines, 2);
    EXPECT_EQ(valueOf(ex, "ethnicity"), QStringLiteral("Kinh"));
}

TEST(LabelReading, ShortValueDoesNotSwallowTheNextLine)
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Nơi sinh: Bệnh viện Đa khoa tỉnh Lai Châu")},
              {7, 0, s("Người đi khai sinh: LỘC DIỆU THÚY")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "place_of_birth"), s("Bệnh viện Đa khoa tỉnh Lai Châu"));
}

TEST(LabelReading, SameLabelInEachSectionGoesToItsOwnField)
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên người mẹ: LỘC DIỆU THÚY")},
              {6, 0, s("Năm sinh: 1985       Dân tộc: Thái       Quốc tịch: Việt Nam")},
              {7, 0, s("Họ, chữ đệm, tên người cha: CẦM VĂN HÙNG")},
              {8, 0, s("Năm sinh: 1982       Dân tộc: Kinh       Quốc tịch: Việt Nam")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "mother_name"), s("LỘC DIỆU THÚY"));
    EXPECT_EQ(valueOf(ex, "mother_birth_year"), QStringLiteral("1985"));
    EXPECT_EQ(valueOf(ex, "mother_ethnicity"), s("Thái"));
    EXPECT_EQ(valueOf(ex, "father_name"), s("CẦM VĂN HÙNG"));
    EXPECT_EQ(valueOf(ex, "father_birth_year"), QStringLiteral("1982"));
    EXPECT_EQ(valueOf(ex, "father_ethnicity"), QStringLiteral("Kinh"));
}

TEST(LabelReading, MarriageColumnsGoToHusbandAndWife)
{
    const QList<TypedLine> lines{
        {0, 30, s("GIẤY CHỨNG NHẬN KẾT HÔN")},
        {2, 0, s("Số: 54")},
        {2, 50, s("Quyển số: 01/2014")},
        {4, 6, s("Thông tin người chồng")},
        {4, 56, s("Thông tin người vợ")},
        {5, 0, s("Họ, chữ đệm, tên: NGUYỄN NHẬT ĐIỆP")},
        {5, 50, s("Họ, chữ đệm, tên: TRẦN LỆ DIỆP")},
        {6, 0, s("Ngày sinh: 13/05/1990")},
        {6, 50, s("Ngày sinh: 20/09/1992")},
        {7, 0, s("Dân tộc: Kinh")},
        {7, 50, s("Dân tộc: Tày")},
        {8, 0, s("Quốc tịch: Việt Nam")},
        {8, 50, s("Quốc tịch: Việt Nam")},
        // Each column's value wraps at the column's edge.
        {9, 0, s("Nơi cư trú: xã Thụy Dân, huyện Thái Thụy,")},
        {9, 50, s("Nơi cư trú: phường Vĩnh Tuy, quận Hai Bà")},
        {10, 0, s("tỉnh Thái Bình")},
        {10, 50, s("Trưng, Hà Nội")},
        {11, 0, s("Số định danh cá nhân:")},
        {11, 50, s("Số định danh cá nhân:")},
        {12, 0, s("034090749674")},
        {12, 50, s("001192884719")},
        {14, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {15, 0, s("Ngày, tháng, năm đăng ký: 31/08/2014")},
    };
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("marriage"));
    EXPECT_EQ(valueOf(ex, "husband_name"), s("NGUYỄN NHẬT ĐIỆP"));
    EXPECT_EQ(valueOf(ex, "wife_name"), s("TRẦN LỆ DIỆP"));
    EXPECT_EQ(valueOf(ex, "husband_date_of_birth"), QStringLiteral("1990-05-13"));
    EXPECT_EQ(valueOf(ex, "wife_date_of_birth"), QStringLiteral("1992-09-20"));
    EXPECT_EQ(valueOf(ex, "husband_ethnicity"), QStringLiteral("Kinh"));
    EXPECT_EQ(valueOf(ex, "wife_ethnicity"), s("Tày"));
    EXPECT_EQ(valueOf(ex, "husband_residence"), s("xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"));
    EXPECT_EQ(valueOf(ex, "wife_residence"), s("phường Vĩnh Tuy, quận Hai Bà Trưng, Hà Nội"));
    EXPECT_EQ(valueOf(ex, "husband_personal_id"), QStringLiteral("034090749674"));
    EXPECT_EQ(valueOf(ex, "wife_personal_id"), QStringLiteral("001192884719"));
    EXPECT_EQ(valueOf(ex, "registration_date"), QStringLiteral("2014-08-31"));
    EXPECT_EQ(valueOf(ex, "registration_number"), QStringLiteral("54"));
    EXPECT_EQ(valueOf(ex, "book_number"), QStringLiteral("01/2014"));
}

TEST(LabelReading, LabelToleranceGrowsWithLength)
{
    EXPECT_EQ(labelTolerance(2), 0);
    EXPECT_LE(labelTolerance(6), 1);
    EXPECT_GE(labelTolerance(20), 2);
    EXPECT_LE(labelTolerance(20), 5);
}

TEST(LabelReading, CodeInBracketsOnTheNextLineIsPartOfTheValue)
{
    const QList<TypedLine> lines{
        {0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
        {2, 0, s("Ông: NGUYỄN VĂN AN")},
        {3, 0, s("Thửa đất số: 922       Tờ bản đồ số: 56")},
        {4, 0, s("Mục đích sử dụng: Đất ở tại nông thôn (ONT): 155 m²; Đất trồng cây lâu năm")},
        {5, 0, s("(CLN): 14 m²")},
        {6, 0, s("Thời hạn sử dụng: Lâu dài")},
    };
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(ex, "land_use_purpose"), QStringLiteral("ONT+CLN"));
    EXPECT_EQ(valueOf(ex, "land_use_term"), QStringLiteral("long_term"));
}

TEST(LabelReading, SpecksOnAWrappedLineDoNotCutTheValue)
{
    QList<TypedLine> lines{
        {0, 28, s("TRÍCH LỤC KHAI TỬ")},
        {2, 0, s("Nơi chết: Bệnh viện Đa khoa tỉnh Yên Bái")},
        {3, 0, s("Giấy báo tử: Số 501/GBT do Bệnh viện Đa khoa tỉnh Yên Bái cấp")},
        {4, 0, s("ngày 05/08/2016")},
        {6, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Y Can, huyện Trấn Yên, tỉnh Yên Bái")},
    };
    // Leader dots after the wrapped words, read as short letters on the baseline.
    for (int k = 0; k < 14; ++k)
        lines.append({4, 30 + 5 * k, QStringLiteral("HH"), 0.4f, 8});
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
    EXPECT_EQ(valueOf(ex, "death_notice"),
              s("Số 501/GBT do Bệnh viện Đa khoa tỉnh Yên Bái cấp ngày 05/08/2016"));
}

TEST(LabelReading, IssuerIsCorrectedLikeAPlace)
{
    const QList<TypedLine> lines{
        {0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
        {2, 0, s("Ông: NGUYỄN VĂN AN")},
        {3, 0, s("Thửa đất số: 922       Tờ bản đồ số: 56")},
        {8, 40, s("Bạc Liêu, ngày 12 tháng 3 năm 2020")},
        {9, 42, s("TM. ỦY BẠN NHÂN DÂN")},
        {10, 44, s("THÀNH PHÔ BẠC LIÊU")},
        {11, 46, s("CHỦ TỊCH")},
    };
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(ex, "issuer"), s("ỦY BAN NHÂN DÂN THÀNH PHỐ BẠC LIÊU"));
    EXPECT_EQ(valueOf(ex, "issue_date"), QStringLiteral("2020-03-12"));
}

TEST(LabelReading, IssuerBlockStopsAtTheSignerOnlyOnWholeWords)
{
    // "QUẬN" begins like the stop word "Q." (acting for) but is the issuer's second line.
    const QList<TypedLine> lines{
        {0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
        {2, 0, s("Ông: NGUYỄN VĂN AN")},
        {3, 0, s("Thửa đất số: 922       Tờ bản đồ số: 56")},
        {8, 40, s("Long Biên, ngày 22 tháng 5 năm 2021")},
        {9, 42, s("TM. ỦY BAN NHÂN DÂN")},
        {10, 46, s("QUẬN LONG BIÊN")},
        {11, 47, s("Q. CHỦ TỊCH")},
    };
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(ex, "issuer"), s("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN"));
}

TEST(LabelReading, AValueEndingOnAWordNoValueEndsWithIsNotTrusted)
{
    auto page = [](const char* notice, const char* name) {
        return QList<TypedLine>{
            {0, 28, s("TRÍCH LỤC KHAI TỬ")},
            {2, 0, s("Họ, chữ đệm, tên: ") + s(name)},
            {3, 0, s("Nơi chết: Bệnh viện Đa khoa tỉnh Yên Bái")},
            {4, 0, s("Giấy báo tử: ") + s(notice)},
            {6, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Y Can, huyện Trấn Yên, tỉnh Yên Bái")},
        };
    };
    const QString notice = QStringLiteral("death_notice"), name = QStringLiteral("full_name");
    // Cut before its date, or the name before its given name: the rest is missing.
    const DocumentExtraction cut =
        extractDocument({typedPage(page("Số 501/GBT do Bệnh viện Đa khoa tỉnh Yên Bái cấp", "NGUYỄN THỊ"))},
                        QStringLiteral("death"));
    EXPECT_LE(cut.fields.value(notice).confidence, 0.6);
    EXPECT_LE(cut.fields.value(name).confidence, 0.6);
    // Digits glued to small letters, or two letters where a text was expected.
    const DocumentExtraction odd = extractDocument(
        {typedPage(page("Số 501/GBT do 4â Bệnh viện", "NGUYỄN THỊ VÂN"))}, QStringLiteral("death"));
    EXPECT_LE(odd.fields.value(notice).confidence, 0.5);
    const DocumentExtraction tiny =
        extractDocument({typedPage(page("an", "NGUYỄN THỊ VÂN"))}, QStringLiteral("death"));
    EXPECT_LE(tiny.fields.value(notice).confidence, 0.5);
    // The whole values are trusted: "VÂN" is a given name ("VĂN" would not end one).
    const DocumentExtraction whole =
        extractDocument({typedPage(page("Số 501/GBT do Bệnh viện Đa khoa tỉnh Yên Bái cấp ngày 05/08/2016",
                                        "NGUYỄN THỊ VÂN"))},
                        QStringLiteral("death"));
    EXPECT_GE(whole.fields.value(notice).confidence, 0.9);
    EXPECT_GE(whole.fields.value(name).confidence, 0.9);
}

TEST(LabelReading, ARequiredFieldNotFoundWhereALineWasNotReadIsNoMissingField)
{
    // The registration place's line, between the declarant's and the date's, is
    // not in the OCR result: a gap of three lines among the labels, or none.
    auto issuesOf = [](int dateRow) {
        const QList<TypedLine> lines{
            {0, 28, s("TRÍCH LỤC KHAI TỬ")},
            {2, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
            {3, 0, s("Ngày, tháng, năm sinh: 02/03/1950")},
            {4, 0, s("Đã chết vào lúc: 10 giờ 45 phút, ngày 18 tháng 10 năm 2016")},
            {5, 0, s("Nơi chết: Bệnh viện Đa khoa tỉnh Yên Bái")},
            {6, 0, s("Họ, chữ đệm, tên người đi khai tử: NGUYỄN VĂN BÌNH")},
            {dateRow, 0, s("Ngày, tháng, năm đăng ký: 28/10/2016")},
        };
        const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
        records::Record r;
        r.type = ex.type;
        r.fields = ex.fields;
        QStringList codes;
        for (const records::Issue& i :
             validation::validateReading(r, readingNotes(ex), validation::ValidationContext::standalone()))
            codes.append(i.code + QLatin1Char(':') + i.field);
        return codes;
    };
    EXPECT_FALSE(issuesOf(9).contains(QStringLiteral("required.missing:registration_place")))
        << issuesOf(9).join(QLatin1Char(' ')).toStdString();
    // Every line read and the rest of the form there: the paper lacks it.
    EXPECT_TRUE(issuesOf(7).contains(QStringLiteral("required.missing:registration_place")))
        << issuesOf(7).join(QLatin1Char(' ')).toStdString();
}

TEST(LabelReading, ALabelReadOnceAfterItsPartIsTheNextPartsWhenItsOwnLineWasLost)
{
    // "Ông:" opens the holder's lines and the co-holder's; OCR lost the holder's (the
    // line reads ": Năm sinh: 1944"). The one "Ông:" read stands after the holder's
    // id and address: it is the co-holder's.
    const QList<TypedLine> lines{
        {0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
        {2, 0, s(": Năm sinh: 1944")},
        {3, 0, s("CMND số: 279794376")},
        {4, 0, s("Địa chỉ thường trú: Khu phố 2, phường Hoài Xuân, thị xã Hoài Nhơn, tỉnh Bình Định")},
        {5, 0, s("Ông: Lê Đức Bình")},
        {6, 0, s("CMND số: 146887295")},
        {8, 0, s("Thửa đất số: 1129       Tờ bản đồ số: 29")},
    };
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("holder_name")));
    EXPECT_EQ(valueOf(ex, "co_holder_name"), s("Lê Đức Bình"));
    EXPECT_EQ(valueOf(ex, "holder_personal_id"), QStringLiteral("279794376"));

    // The holder's line read: each "Ông:" is its own part's.
    QList<TypedLine> whole = lines;
    whole[1] = {2, 0, s("Ông: Trần Văn Lộc       Năm sinh: 1944")};
    const DocumentExtraction both = extractDocument({typedPage(whole)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(both, "holder_name"), s("Trần Văn Lộc"));
    EXPECT_EQ(valueOf(both, "co_holder_name"), s("Lê Đức Bình"));
}
