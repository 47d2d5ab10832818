// A blank form is its record type with no values (issue 20): a form nobody
// filled in, its title misread on a low-resolution scan, is typed by the
// phrases only that paper prints; what OCR makes of its empty dotted leaders
// is no value. A declaration (tờ khai) printing the same labels stays unknown.
#include "core/extraction/BlankForm.h"

#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Classifier.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/PageModel.h"
#include "core/records/Record.h"
#include "core/records/RecordType.h"
#include "core/validation/Validator.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

// The 2006 birth registration form (BTP/HT-2006-KS.1a) as a low-resolution scan
// reads: its outlined title garbled, its labels over dotted leaders, some dots
// read as letters.
ocr::OcrPage blankBirthForm2006()
{
    return typedPage(QList<TypedLine>{
        {0, 0, s("UỶ BAN NHÂN DÂN")},
        {0, 30, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 0, s("Xã/phường.................")},
        {1, 34, s("Độc lập - Tự do - Hạnh phúc")},
        {2, 0, s("Huyện/quận.................")},
        {2, 50, s("Số:..........")},
        {3, 0, s("Tỉnh/thành phố..............")},
        {3, 50, s("Quyển số:.......")},
        {5, 22, s("ŒGIÝYW hi VISINN"), 0.4f, 60},
        {6, 28, s("(BẢN SAO)")},
        {8, 0, s("Họ và tên:...................O .O Qc Q. Quà. Giới tính:.........")},
        {9, 0, s("Ngày, tháng, năm sinh:.......................... Ghi bằng chữ:.................")},
        {10, 0, s("Nơi sinh:...........................................................")},
        {11, 0, s("Dân tộc:.......... Quốc tịch:.......................")},
        {12, 0, s("Quê quán:........ Q0 Q02 Q00 n nn ch nu")},
        {13, 0, s("Họ và tên cha:................. Q.22. 7 c0 cnc")},
        {14, 0, s("Dân tộc:......... Quốc tịch:........................")},
        {15, 0, s("Họ và tên mẹ:........................... Q.0. Q00 nu chu hà nhà ko"), 0.8f},
        {16, 0, s("Dân tộc:.... ky 2 xxx ke xxx... Quốc tịch:.............."), 0.8f},
        {17, 0, s("Họ và tên người đi khai sinh:..................................")},
        {18, 0, s("Quan hệ với người được khai sinh:..............................")},
        {19, 0, s("Nơi đăng ký khai sinh:.........................................")},
        {20, 0, s("Đăng ký ngày ... tháng ... năm ......")},
        {22, 0, s("Cán bộ Tư pháp hộ tịch")},
        {22, 40, s("TM. UỶ BAN NHÂN DÂN")},
        {24, 0, s("Sao từ Sổ đăng ký khai sinh")},
    });
}

// The declaration a parent fills in to ask for the registration: the same
// personal labels under a title of its own.
ocr::OcrPage blankBirthDeclaration()
{
    return typedPage(QList<TypedLine>{
        {0, 16, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 22, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 18, s("TỜ KHAI ĐĂNG KÝ KHAI SINH"), 0.95f, 48},
        {4, 16, s("Kính gửi: .......................................")},
        {5, 0, s("Họ, chữ đệm, tên người yêu cầu:.............................")},
        {6, 0, s("Nơi cư trú:..................................................")},
        {7, 0, s("Quan hệ với người được khai sinh: ...........................")},
        {8, 0, s("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:")},
        {9, 0, s("Họ, chữ đệm, tên:.............................................")},
        {10, 0, s("Ngày, tháng, năm sinh: ............ ghi bằng chữ:............")},
        {11, 0, s("Nơi sinh:..................................................")},
        {12, 0, s("Giới tính:........ Dân tộc: ........ Quốc tịch: ...........")},
        {13, 0, s("Quê quán: .................................................")},
        {14, 0, s("Họ, chữ đệm, tên cha: .....................................")},
        {15, 0, s("Năm sinh: ....... Dân tộc: ........ Quốc tịch: ............")},
        {16, 0, s("Họ, chữ đệm, tên mẹ: ......................................")},
        {17, 0, s("Năm sinh: ....... Dân tộc: ........ Quốc tịch: ............")},
        {18, 0, s("Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật")},
        {19, 40, s("Làm tại: ........, ngày .... tháng .... năm ....")},
        {20, 48, s("Người yêu cầu")},
    });
}

QStringList issueCodes(const DocumentExtraction& ex)
{
    records::Record rec;
    rec.type = ex.type;
    rec.fields = ex.fields;
    QStringList out;
    for (const records::Issue& i :
         validation::validateReading(rec, readingNotes(ex), validation::ValidationContext::standalone()))
        out.append(i.code);
    return out;
}

records::FieldValue valueAt(double confidence)
{
    records::FieldValue v;
    v.value = QStringLiteral("x");
    v.confidence = confidence;
    return v;
}

} // namespace

TEST(BlankForm, MisreadTitleIsTypedByTheFormsOwnPhrases)
{
    const ocr::OcrPage page = blankBirthForm2006();
    const Classification c =
        classifyDocument(DocumentModel::build({page}), records::RecordTypeRegistry::builtin());
    // The title alone does not say it (only partly like "GIẤY KHAI SINH"/"BẢN SAO GIẤY KHAI SINH"),
    // nor do the labels over empty lines: the register's and the officer's phrases do.
    const TypeEvidence& e = c.evidence.value(QStringLiteral("birth"));
    EXPECT_LT(e.title, 0.75);
    EXPECT_GE(e.markers, 3);
    EXPECT_LT(e.labels, 0.85);
    EXPECT_EQ(c.type, QStringLiteral("birth"));
}

TEST(BlankForm, BlankFormHasNoValuesAndItsRequiredFieldsAreMissing)
{
    const DocumentExtraction ex = extractDocument({blankBirthForm2006()}, QStringLiteral("auto"));
    EXPECT_EQ(ex.type, QStringLiteral("birth"));
    EXPECT_TRUE(ex.fields.isEmpty()) << ex.fields.keys().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(ex.rereads.isEmpty());
    const QStringList codes = issueCodes(ex);
    EXPECT_TRUE(codes.contains(QStringLiteral("required.missing")))
        << codes.join(QLatin1Char(' ')).toStdString();
}

TEST(BlankForm, DeclarationWithTheSameLabelsStaysUnknown)
{
    const ocr::OcrPage page = blankBirthDeclaration();
    const Classification c =
        classifyDocument(DocumentModel::build({page}), records::RecordTypeRegistry::builtin());
    EXPECT_GE(c.evidence.value(QStringLiteral("birth")).otherTitle, 0.75);
    EXPECT_EQ(c.type, QStringLiteral("unknown"));
    EXPECT_EQ(extractDocument({page}, QStringLiteral("auto")).type, QStringLiteral("unknown"));
}

TEST(BlankForm, OnlyAFormWithMostLabelsEmptyAndNoSureValueIsBlank)
{
    DocumentExtraction ex;
    ex.type = QStringLiteral("birth");
    for (const char* key :
         {"full_name", "date_of_birth", "sex", "ethnicity", "nationality", "place_of_birth"})
        ex.labelled.insert(QString::fromLatin1(key));
    ex.blank = ex.labelled;
    ex.blank.remove(QStringLiteral("full_name"));
    ex.fields.insert(QStringLiteral("full_name"), valueAt(0.8));
    RereadRequest q;
    q.field = QStringLiteral("full_name");
    ex.rereads.append(q);
    EXPECT_TRUE(looksBlank(ex));
    DocumentExtraction dropped = ex;
    dropLeaderNoiseOfBlankForm(dropped);
    EXPECT_TRUE(dropped.fields.isEmpty());
    EXPECT_TRUE(dropped.blank.contains(QStringLiteral("full_name")));
    EXPECT_TRUE(dropped.rereads.isEmpty());

    // One value read clearly: a filled form whose other lines are empty keeps it.
    DocumentExtraction sure = ex;
    sure.fields[QStringLiteral("full_name")] = valueAt(0.95);
    EXPECT_FALSE(looksBlank(sure));
    dropLeaderNoiseOfBlankForm(sure);
    EXPECT_EQ(sure.fields.size(), 1);

    // Half the labels with values: filled, however doubtful the values.
    DocumentExtraction filled = ex;
    for (const char* key : {"date_of_birth", "sex"}) {
        filled.blank.remove(QString::fromLatin1(key));
        filled.fields.insert(QString::fromLatin1(key), valueAt(0.6));
    }
    EXPECT_FALSE(looksBlank(filled));
    dropLeaderNoiseOfBlankForm(filled);
    EXPECT_EQ(filled.fields.size(), 3);
}
