// `--type auto` and input extraction must not trust: another kind of paper,
// garbage OCR, empty pages, absurd values. The answer is "unknown", an issue or
// a low confidence, never a crash or an invented value.
#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Extractor.h"
#include "core/records/Record.h"
#include "core/validation/Validator.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

QStringList issueCodes(const DocumentExtraction& ex)
{
    records::Record rec;
    rec.type = ex.type;
    rec.fields = ex.fields;
    QStringList out;
    for (const records::Issue& i :
         validation::validateRecord(rec, validation::ValidationContext::standalone()))
        out.append(i.code + QLatin1Char('@') + i.field);
    return out;
}

ocr::OcrPage deathPage()
{
    QList<TypedLine> lines = test::communeHeading("PHƯỜNG BẾN NGHÉ", "TRÍCH LỤC KHAI TỬ", 28);
    lines += test::deathExtractBody();
    return typedPage(lines);
}

} // namespace

TEST(Classifier, RecognisesARecordType)
{
    const DocumentExtraction ex = extractDocument({deathPage()}, QStringLiteral("auto"));
    EXPECT_EQ(ex.type, QStringLiteral("death"));
    EXPECT_GT(ex.typeConfidence, 0.5);
    EXPECT_EQ(ex.fields.value(QStringLiteral("time_of_death")).value, QStringLiteral("14:30"));
    EXPECT_EQ(ex.fields.value(QStringLiteral("date_of_death")).value, QStringLiteral("2016-08-04"));
}

TEST(Classifier, AnotherKindOfDocumentIsUnknown)
{
    // A leave application: the same administrative header and some of the same
    // labels (name, date of birth), but none of the record types.
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 28, s("ĐƠN XIN NGHỈ PHÉP")},
        {5, 0, s("Kính gửi: Ban Giám đốc Công ty TNHH Thương mại Sao Mai")},
        {6, 0, s("Họ và tên: NGUYỄN THỊ MAI")},
        {7, 0, s("Ngày sinh: 12/04/1990")},
        {8, 0, s("Chức vụ: Nhân viên kế toán")},
        {9, 0, s("Bộ phận: Phòng Tài chính")},
        {10, 0, s("Nay tôi làm đơn này xin phép được nghỉ từ ngày 05/06/2024 đến ngày 07/06/2024.")},
        {11, 0, s("Lý do: việc gia đình. Tôi xin cam đoan bàn giao công việc đầy đủ.")},
        {13, 50, s("Người làm đơn")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("auto"));
    EXPECT_EQ(ex.type, QStringLiteral("unknown"));
    EXPECT_TRUE(ex.fields.isEmpty());
}

TEST(Classifier, CivilStatusPaperOfAnotherKindIsUnknown)
{
    // A certificate of marital status prints a person's labels like the birth
    // and death papers do, under its own title.
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 1, s("XÃ THỤY DÂN")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 16, s("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN")},
        {5, 0, s("Xét đề nghị của ông/bà: NGUYỄN VĂN AN")},
        {6, 0, s("Xác nhận: Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {7, 0, s("Ngày, tháng, năm sinh: 12/04/1990")},
        {8, 0, s("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam")},
        {9, 0, s("Giấy tờ tùy thân: Căn cước công dân số 034090001234")},
        {10, 0, s("Nơi cư trú: xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {11, 0, s("Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.")},
        {12, 0, s("Giấy này được cấp để: đăng ký kết hôn.")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("auto"));
    EXPECT_EQ(ex.type, QStringLiteral("unknown"));
}

TEST(Classifier, AnInvoiceIsUnknown)
{
    const ocr::OcrPage page = typedPage(QStringList{
        s("HÓA ĐƠN GIÁ TRỊ GIA TĂNG"),
        s("Đơn vị bán hàng: Công ty Cổ phần Điện máy Xanh"),
        s("Mã số thuế: 0312345678"),
        s("Địa chỉ: 128 Trần Quang Khải, phường Tân Định, Thành phố Hồ Chí Minh"),
        s("STT Tên hàng hóa, dịch vụ Đơn vị tính Số lượng Đơn giá Thành tiền"),
        s("1 Máy giặt cửa trước 9 kg Cái 1 8.490.000 8.490.000"),
        s("Cộng tiền hàng: 8.490.000 Thuế suất GTGT: 10%"),
    });
    EXPECT_EQ(extractDocument({page}, QStringLiteral("auto")).type, QStringLiteral("unknown"));
}

TEST(Classifier, GarbageTextIsUnknown)
{
    QRandomGenerator rng(20240611);
    QStringList lines;
    const QString alphabet = s("abcdeghiklmnopqrstuvxyĐđâêôơưăáàảãạ0123456789.,;:'~|/");
    for (int l = 0; l < 30; ++l) {
        QString line;
        for (int w = 0; w < 8; ++w) {
            const int len = 1 + int(rng.bounded(9));
            for (int c = 0; c < len; ++c)
                line.append(alphabet[int(rng.bounded(int(alphabet.size())))]);
            line.append(QLatin1Char(' '));
        }
        lines.append(line);
    }
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("auto"));
    EXPECT_EQ(ex.type, QStringLiteral("unknown"));
    EXPECT_TRUE(ex.fields.isEmpty());
}

TEST(BadInput, NoPagesOrEmptyPages)
{
    for (const QString& hint :
         {QStringLiteral("auto"), QStringLiteral("birth"), QStringLiteral("land_certificate")}) {
        const DocumentExtraction none = extractDocument({}, hint);
        EXPECT_TRUE(none.fields.isEmpty());
        ocr::OcrPage blank;
        blank.width = 2480;
        blank.height = 3508;
        blank.blank = true;
        const DocumentExtraction empty = extractDocument({blank, ocr::OcrPage()}, hint);
        EXPECT_TRUE(empty.fields.isEmpty());
        if (hint == QLatin1String("auto")) {
            EXPECT_EQ(empty.type, QStringLiteral("unknown"));
        }
    }
}

TEST(BadInput, UnknownTypeHintGivesNothing)
{
    const DocumentExtraction ex = extractDocument({deathPage()}, QStringLiteral("no_such_type"));
    EXPECT_TRUE(ex.fields.isEmpty());
}

TEST(BadInput, GarbageWithAGivenTypeInventsNothingTrusted)
{
    // Residue of a stained scan read under a type the clerk chose.
    const ocr::OcrPage page = typedPage(
        QStringList{s("~~ ,., ''' :: iiil ll1l |||"), s("đđđ ...... ,,, ;;;; ~~~"),
                    s("rn rn m ii :: .. --- ___"), s("Ọ ậ ẫ ữ ~ ' ` ´"), s("1l1l1l1l OoOo0 ;:;:;:")});
    for (const char* hint : {"birth", "death", "marriage", "land_certificate"}) {
        const DocumentExtraction ex = extractDocument({page}, QLatin1String(hint));
        for (auto it = ex.fields.constBegin(); it != ex.fields.constEnd(); ++it)
            EXPECT_LT(it->confidence, 0.9)
                << hint << ' ' << it.key().toStdString() << " = " << it->value.toStdString();
    }
}

TEST(BadInput, AbsurdYearIsFlaggedAndNotTrusted)
{
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 30, s("GIẤY KHAI SINH")},
        {2, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {3, 0, s("Ngày, tháng, năm sinh: 15/03/3019")},
        {4, 0, s("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam")},
        {5, 0, s("Họ, chữ đệm, tên người mẹ: LÊ THỊ HOA")},
        {6, 0, s("Năm sinh: 3019")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("birth"));
    // Read as printed (the clerk sees what the paper says) with a low confidence...
    EXPECT_EQ(ex.fields.value(QStringLiteral("date_of_birth")).value, QStringLiteral("3019-03-15"));
    EXPECT_LT(ex.fields.value(QStringLiteral("date_of_birth")).confidence, 0.5);
    EXPECT_LT(ex.fields.value(QStringLiteral("mother_birth_year")).confidence, 0.5);
    // ...and validation says what is wrong.
    const QStringList issues = issueCodes(ex);
    EXPECT_TRUE(issues.contains(QStringLiteral("date.future@date_of_birth")))
        << issues.join(QLatin1Char(' ')).toStdString();
}

TEST(BadInput, AreaThatIsNotANumberIsAnIssue)
{
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
        {2, 0, s("Ông: NGUYỄN VĂN AN")},
        {3, 0, s("Thửa đất số: 125       Tờ bản đồ số: 14")},
        {4, 0, s("Diện tích: abc m²")},
        {5, 0, s("Mục đích sử dụng: Đất ở tại nông thôn")},
        {6, 0, s("Thời hạn sử dụng: Lâu dài")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("land_certificate"));
    const auto area = ex.fields.value(QStringLiteral("area_m2"));
    EXPECT_LT(area.confidence, 0.5);
    EXPECT_TRUE(issueCodes(ex).contains(QStringLiteral("land.area@area_m2")) ||
                !ex.fields.contains(QStringLiteral("area_m2")));
    EXPECT_EQ(ex.fields.value(QStringLiteral("land_use_purpose")).value, QStringLiteral("ONT"));
    EXPECT_EQ(ex.fields.value(QStringLiteral("land_use_term")).value, QStringLiteral("long_term"));
    EXPECT_EQ(ex.fields.value(QStringLiteral("parcel_number")).value, QStringLiteral("125"));
    EXPECT_EQ(ex.fields.value(QStringLiteral("map_sheet_number")).value, QStringLiteral("14"));
}

TEST(BadInput, MisreadPersonalIdIsNotTrusted)
{
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 30, s("GIẤY KHAI SINH")},
        {2, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {3, 0, s("Số định danh cá nhân: 0603253123169")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("birth"));
    // Thirteen digits cannot be a personal id: whatever is kept is not trusted.
    if (ex.fields.contains(QStringLiteral("personal_id"))) {
        EXPECT_LT(ex.fields.value(QStringLiteral("personal_id")).confidence, 0.9);
    }
}

TEST(Classifier, DamagedTitleWithTheWholeFormIsStillRecognised)
{
    // The stamp's text read into the title's line, every label of both spouses there.
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 10, s("GIẤY CHỨNG NHẬN KẾT HÔN ỦY BAN NHÂN DÂN XÃ THỤY DÂN")},
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
        {9, 0, s("Nơi cư trú: xã Thụy Dân")},
        {9, 50, s("Nơi cư trú: phường Vĩnh Tuy")},
        {10, 0, s("Số định danh cá nhân: 034090749674")},
        {10, 50, s("Số định danh cá nhân: 001192884719")},
        {12, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {13, 0, s("Ngày, tháng, năm đăng ký: 31/08/2014")},
    });
    EXPECT_EQ(extractDocument({page}, QStringLiteral("auto")).type, QStringLiteral("marriage"));
}
