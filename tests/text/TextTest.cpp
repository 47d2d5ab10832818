#include "QtPrinters.h"
#include "core/text/LegacyEncoding.h"
#include "core/text/SearchFold.h"
#include "core/text/VietnameseText.h"

#include <gtest/gtest.h>

using namespace sohoa::text;

namespace {

// Every Vietnamese letter, both cases, and the text of real records.
const QString kAllLetters =
    QStringLiteral("aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ");

const QStringList kSamples{
    QStringLiteral("Nguyễn Văn Trường"),
    QStringLiteral("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"),
    QStringLiteral("Bệnh viện Đa khoa tỉnh Đắk Lắk"),
    QStringLiteral("Phạm Thanh Lệ Ly, sinh ngày 13 tháng 5 năm 1990"),
    QStringLiteral("Đất ở tại nông thôn; Đất trồng cây lâu năm"),
    QStringLiteral("Thôn Trung Hậu, xã Mường Lý, tỉnh Thanh Hóa"),
    QStringLiteral("Khuya, khuyết, quyển, nghiêng, giường, ngoẵng, oái oăm, thuở"),
};

} // namespace

TEST(VietnameseText, NormalizesToNfcWithSingleSpaces)
{
    const QString nfd = QStringLiteral("  Nguyễn   Văn\tAn ").normalized(QString::NormalizationForm_D);
    EXPECT_EQ(normalizeText(nfd), QStringLiteral("Nguyễn Văn An"));
}

TEST(VietnameseText, OldAndNewTonePlacementCompareEqual)
{
    EXPECT_EQ(canonicalTonePlacement(QStringLiteral("hoà")), QStringLiteral("hòa"));
    EXPECT_EQ(canonicalTonePlacement(QStringLiteral("Khánh Hoà, khoẻ, Thuỵ, HOÀ")),
              QStringLiteral("Khánh Hòa, khỏe, Thụy, HÒA"));
    // syllables where both styles agree are untouched
    EXPECT_EQ(canonicalTonePlacement(QStringLiteral("hoàng thuyền quý hoạch")),
              QStringLiteral("hoàng thuyền quý hoạch"));
    EXPECT_TRUE(sameText(QStringLiteral("Tuy Hoà"), QStringLiteral("TUY HÒA")));
    EXPECT_TRUE(sameText(QStringLiteral("Kiến Thuỵ"), QStringLiteral("kiến  thụy")));
    EXPECT_FALSE(sameText(QStringLiteral("Hòa"), QStringLiteral("Hóa")));
}

TEST(VietnameseText, FoldsForSearch)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("nguyen van duc"));
    EXPECT_EQ(foldForSearch(QStringLiteral("NGUYỄN VĂN AN")), foldForSearch(QStringLiteral("nguyen van an")));
    EXPECT_EQ(foldForSearch(QStringLiteral("Ễ Ộ Ữ Ặ")), QStringLiteral("e o u a"));
    EXPECT_EQ(foldForSearch(QStringLiteral("01/2019, CX 441253")), QStringLiteral("01 2019 cx 441253"));
    EXPECT_EQ(foldForSearch(QStringLiteral("  --Lê,,Thị  ")), QStringLiteral("le thi"));
    EXPECT_EQ(foldForSearch(QString()), QString());
}

// foldForSearch reads most text through a per-character table; it must agree
// with the definition (NFD, marks dropped, đ -> d, lower case, separators
// collapsed) on every character and on mixes that leave the table (CJK,
// characters outside the BMP, decomposed input, combining marks after
// separators).
TEST(VietnameseText, FoldingByTableAgreesWithTheDefinition)
{
    auto definition = [](const QString& s) {
        QString out;
        bool gap = false;
        for (QChar c : s.normalized(QString::NormalizationForm_D)) {
            if (c.isMark())
                continue;
            if (c.unicode() == 0x0111 || c.unicode() == 0x0110)
                c = QLatin1Char('d');
            if (!c.isLetterOrNumber()) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty())
                out += QLatin1Char(' ');
            gap = false;
            out += c.toLower();
        }
        return out;
    };
    for (char16_t u = 1; u < 0x3000; ++u) {
        const QChar c(u);
        if (c.isSurrogate())
            continue;
        const QString s = QStringLiteral("a") + c + QStringLiteral("b ") + c;
        ASSERT_EQ(foldForSearch(s), definition(s)) << "U+" << std::hex << int(u);
    }
    QStringList mixes = kSamples;
    mixes << kAllLetters << kAllLetters.toUpper() << kAllLetters.normalized(QString::NormalizationForm_D)
          << QStringLiteral("Nguyễn 阮文 An") << QStringLiteral("Lê 😀 Thị") << QStringLiteral(", \u0301a")
          << QStringLiteral("İstanbul Ǆemal ﬁnal");
    for (const QString& s : mixes)
        EXPECT_EQ(foldForSearch(s), definition(s)) << s.toStdString();
}

TEST(VietnameseText, SyllablesAndDistances)
{
    for (const char* w :
         {"nguyễn", "trường", "khuya", "quý", "gì", "giường", "ông", "an", "Đắk", "THỤY", "ngoẵng"})
        EXPECT_TRUE(isVietnameseSyllable(QString::fromUtf8(w))) << w;
    for (const char* w : {"nguyeãn", "haø", "smith", "ab", "nguyễnn", "àá"})
        EXPECT_FALSE(isVietnameseSyllable(QString::fromUtf8(w))) << w;
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
    EXPECT_EQ(editDistance(u"", u"abc"), 3);
    EXPECT_NEAR(jaroWinkler(u"martha", u"marhta"), 0.961, 0.001);
    EXPECT_DOUBLE_EQ(jaroWinkler(u"an", u"an"), 1.0);
    EXPECT_LT(jaroWinkler(u"an", u"binh"), 0.7);
}

TEST(VietnameseText, BaseLettersAndLooseSyllables)
{
    // Every Vietnamese letter folds to its base; the table and the slow path
    // (characters past the table) agree with the definition.
    const QString bases = QString(18, QLatin1Char('a')) + QString(12, QLatin1Char('e')) +
                          QString(6, QLatin1Char('i')) + QString(18, QLatin1Char('o')) +
                          QString(12, QLatin1Char('u')) + QString(6, QLatin1Char('y')) + QLatin1Char('d');
    ASSERT_EQ(kAllLetters.size(), bases.size());
    for (qsizetype i = 0; i < kAllLetters.size(); ++i) {
        EXPECT_EQ(baseLetter(kAllLetters[i]), bases[i]) << i;
        EXPECT_EQ(baseLetter(kAllLetters[i].toUpper()), bases[i]) << i;
    }
    EXPECT_EQ(baseLetter(QLatin1Char('-')), QLatin1Char('-'));
    EXPECT_EQ(baseLetter(QChar(0x0301)), QChar(0x0301));    // a lone mark stays itself
    EXPECT_EQ(baseLetter(QChar(0x1F08)), QChar(0x03B1));    // Greek capital alpha with psili, past no table
    EXPECT_EQ(baseLetter(QChar(0x212B)), QLatin1Char('a')); // angstrom sign, beyond the table: å -> a

    // Looser than isVietnameseSyllable: minority and foreign name parts pass,
    // residue does not.
    for (const char* w : {"nguyễn", "H'Hen", "Kpă", "Smith", "Ksor", "Y-Ngông"})
        EXPECT_TRUE(plausibleSyllable(QString::fromUtf8(w))) << w;
    for (const char* w : {"", "nguyễnx3", "bcdfg", "ẩá", "lllllaaaa", "a.b"})
        EXPECT_FALSE(plausibleSyllable(QString::fromUtf8(w))) << w;

    // The bounded distance stops early but never lies below the bound.
    EXPECT_EQ(editDistance(u"kitten", u"sitting", 5), 3);
    EXPECT_EQ(editDistance(u"kitten", u"sitting", 2), 3);
    EXPECT_EQ(editDistance(u"a", u"abcdef", 1), 2);
    EXPECT_EQ(editDistance(u"", u"", 0), 0);
}

TEST(LegacyEncoding, KnownSamplesFromThePublishedCharts)
{
    // How these look when opened as Windows-1252 text.
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Tcvn3, QStringLiteral("NguyÔn V¨n Tr\u00adêng")),
              QStringLiteral("Nguyễn Văn Trường"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Tcvn3, QStringLiteral("Hµ Néi, ViÖt Nam")),
              QStringLiteral("Hà Nội, Việt Nam"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Tcvn3, QStringLiteral("§µ N½ng")), QStringLiteral("Đà Nẵng"));
    // all capitals typed with the .VnTimeH font use the small-letter codes
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Tcvn3, QStringLiteral("NGUYÔN V¡N AN")),
              QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Vni, QStringLiteral("Nguyeãn Vaên Tröôøng")),
              QStringLiteral("Nguyễn Văn Trường"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Vni, QStringLiteral("Haø Noäi, Vieät Nam")),
              QStringLiteral("Hà Nội, Việt Nam"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Vni, QStringLiteral("ÑAËNG THÒ HOÀNG")),
              QStringLiteral("ĐẶNG THỊ HỒNG"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Viqr, QStringLiteral("Nguye^~n Va(n Tru+o+`ng")),
              QStringLiteral("Nguyễn Văn Trường"));
    EXPECT_EQ(decodeLegacy(LegacyEncoding::Viqr, QStringLiteral("Ha` No^.i\\. DDa` Na(~ng?")),
              QStringLiteral("Hà Nội. Đà Nẵng?"));
    // VISCII bytes, including one of its six control-code letters (0x14 = Ỷ)
    const QByteArray viscii("\x4e\x67\x75\x79\xad\x6e\x20\x56\xe5\x6e\x20\x14", 12);
    EXPECT_EQ(decodeLegacyBytes(LegacyEncoding::Viscii, viscii), QStringLiteral("Nguyễn Văn Ỷ"));
}

TEST(LegacyEncoding, RoundTripsEveryLetter)
{
    for (LegacyEncoding e :
         {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr, LegacyEncoding::Viscii}) {
        // small letters
        EXPECT_EQ(decodeLegacy(e, encodeLegacy(e, kAllLetters)), kAllLetters)
            << legacyEncodingName(e).toStdString();
        // capitals, as whole capital words
        const QString upper = QStringLiteral("AB") + kAllLetters.toUpper();
        EXPECT_EQ(decodeLegacy(e, encodeLegacy(e, upper)), upper) << legacyEncodingName(e).toStdString();
        for (const QString& s : kSamples) {
            EXPECT_EQ(decodeLegacy(e, encodeLegacy(e, s)), s) << legacyEncodingName(e).toStdString();
            EXPECT_EQ(decodeLegacy(e, encodeLegacy(e, s.toUpper())), s.toUpper())
                << legacyEncodingName(e).toStdString();
        }
    }
}

TEST(LegacyEncoding, DetectsEachEncodingAndOffersTheConversion)
{
    for (LegacyEncoding e :
         {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr, LegacyEncoding::Viscii}) {
        for (const QString& s : kSamples) {
            const EncodingFinding f = detectEncodingProblem(encodeLegacy(e, s));
            ASSERT_EQ(f.kind, EncodingFinding::Kind::Legacy)
                << legacyEncodingName(e).toStdString() << ": " << s.toStdString();
            EXPECT_EQ(f.encoding, e) << s.toStdString();
            EXPECT_EQ(f.converted, s);
        }
    }
    const EncodingFinding upper =
        detectEncodingProblem(encodeLegacy(LegacyEncoding::Tcvn3, QStringLiteral("LÊ THỊ HỒNG")));
    EXPECT_EQ(upper.kind, EncodingFinding::Kind::Legacy);
    EXPECT_EQ(upper.converted, QStringLiteral("LÊ THỊ HỒNG"));
}

TEST(LegacyEncoding, LeavesGoodTextAlone)
{
    const QStringList good{
        QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("NGUYEN VAN AN"),
        QStringLiteral("Hoà Bình"),
        QStringLiteral("Tô Tú Ý"),
        QStringLiteral("Kim Sô Phal"),
        QStringLiteral("Café Paris"),
        QStringLiteral("Số 123/GBT do Bệnh viện cấp ngày 05/11/2021"),
        QStringLiteral("Ai? Ha. Hỏi."),
        QStringLiteral("Cư M'gar, Đắk R'Lấp"),
        QStringLiteral("O'Brien"),
        QStringLiteral("CX 441253"),
        QStringLiteral("Bình"),
        QStringLiteral("Hà Giang"),
        QString(),
        QStringLiteral("Xo gan do ruou bia. Nhiem trung mau"),
        QStringLiteral("Ai? Ha. Hoi."),
    };
    for (const QString& s : good)
        EXPECT_FALSE(detectEncodingProblem(s).found()) << s.toStdString();
}

TEST(LegacyEncoding, DecomposedUnicodeIsNotNfc)
{
    const QString nfd = QStringLiteral("Lộc Diệu Thúy").normalized(QString::NormalizationForm_D);
    const EncodingFinding f = detectEncodingProblem(nfd);
    EXPECT_EQ(f.kind, EncodingFinding::Kind::NotNfc);
    EXPECT_EQ(f.converted, QStringLiteral("Lộc Diệu Thúy"));
}
