#include "core/adminunits/AdminUnits.h"

#include "QtPrinters.h"

#include <QtConcurrent>
#include <gtest/gtest.h>

using namespace sohoa::adminunits;

namespace {

QString describe(const ParsedPlace& p)
{
    QStringList out;
    for (const PlacePart& part : p.parts) {
        const char* level = part.level == Level::Province ? "P" : part.level == Level::District ? "D" : "C";
        out.append(QString::fromLatin1(level) + QLatin1Char(':') + part.kind + QLatin1Char('|') + part.name);
    }
    return out.join(QStringLiteral(" ; "));
}

} // namespace

TEST(AdminDirectory, LoadsTheThreeLists)
{
    const Directory& d = Directory::instance();
    EXPECT_EQ(d.provinces(Era::Current).size(), 34);
    EXPECT_EQ(d.provinces(Era::Pre2025).size(), 63);
    ASSERT_TRUE(d.commune(Era::Current, QStringLiteral("00004")));
    EXPECT_EQ(d.commune(Era::Current, QStringLiteral("00004"))->name, QStringLiteral("Phường Ba Đình"));
    EXPECT_EQ(d.commune(Era::Current, QStringLiteral("00004"))->bareName, QStringLiteral("Ba Đình"));
    EXPECT_EQ(d.commune(Era::Current, QStringLiteral("00004"))->kind, QStringLiteral("phường"));
    const QStringList ids = d.personalIdProvinceCodes();
    EXPECT_EQ(ids.size(), 63);
    EXPECT_TRUE(ids.contains(QStringLiteral("001")));
    EXPECT_TRUE(ids.contains(QStringLiteral("079")));
    EXPECT_TRUE(ids.contains(QStringLiteral("096")));
    EXPECT_FALSE(ids.contains(QStringLiteral("003")));
    EXPECT_FALSE(ids.contains(QStringLiteral("099")));
}

TEST(AdminDirectory, LoadsOnceFromManyThreads)
{
    QList<int> in{1, 2, 3, 4, 5, 6, 7, 8};
    const QList<const Directory*> seen =
        QtConcurrent::blockingMapped(in, [](int) { return &Directory::instance(); });
    for (const Directory* d : seen)
        EXPECT_EQ(d, &Directory::instance());
}

TEST(AdminDirectory, LooksNamesUpLikeAReader)
{
    const Directory& d = Directory::instance();
    // case, kind word, old/new tone placement, spacing, leading zeros
    EXPECT_FALSE(d.findProvinces(QStringLiteral("THÁI BÌNH"), Era::Pre2025).isEmpty());
    EXPECT_FALSE(d.findProvinces(QStringLiteral("Tỉnh Thái Bình"), Era::Pre2025).isEmpty());
    EXPECT_TRUE(d.findProvinces(QStringLiteral("Thái Bình"), Era::Current).isEmpty()); // merged into Hưng Yên
    EXPECT_FALSE(d.findProvinces(QStringLiteral("Khánh Hoà"), Era::Current).isEmpty());
    EXPECT_FALSE(d.findDistricts(QStringLiteral("Kiến Thụy")).isEmpty());
    EXPECT_FALSE(d.findDistricts(QStringLiteral("Kiến Thuỵ")).isEmpty());
    EXPECT_FALSE(d.findCommunes(QStringLiteral("Ea Bia"), Era::Pre2025).isEmpty()); // listed as "EaBia"
    EXPECT_FALSE(d.findCommunes(QStringLiteral("Phường 09"), Era::Pre2025, {QStringLiteral("54")}).isEmpty());
    // accents matter unless asked otherwise
    EXPECT_TRUE(d.findProvinces(QStringLiteral("Lai Chau"), Era::Current).isEmpty());
    EXPECT_FALSE(d.findProvinces(QStringLiteral("Lai Chau"), Era::Current, false).isEmpty());
    // historical provinces still printed on old papers
    EXPECT_FALSE(d.findProvinces(QStringLiteral("Hà Tây"), Era::Pre2025).isEmpty());
    EXPECT_FALSE(d.findProvinces(QStringLiteral("Thừa Thiên Huế"), Era::Pre2025).isEmpty());
}

TEST(AdminDirectory, MapsPre2025CommunesTo2025)
{
    const Directory& d = Directory::instance();
    const QList<const Unit*> kt = d.findDistricts(QStringLiteral("Kiến Thụy"), {QStringLiteral("31")});
    ASSERT_EQ(kt.size(), 1);
    const QList<const Unit*> np =
        d.findCommunes(QStringLiteral("Ngũ Phúc"), Era::Pre2025, {QStringLiteral("31")}, kt.first()->code);
    ASSERT_EQ(np.size(), 1);
    const QList<Successor> s = d.successors(*np.first());
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s.first().commune->name, QStringLiteral("Xã Nghi Dương"));
    EXPECT_EQ(s.first().province->name, QStringLiteral("Thành phố Hải Phòng"));
    // Thái Bình's communes went into Hưng Yên
    const Unit* tb = d.province(Era::Pre2025, QStringLiteral("34"));
    ASSERT_TRUE(tb);
    const QList<const Unit*> succ = d.provinceSuccessors(*tb);
    ASSERT_EQ(succ.size(), 1);
    EXPECT_EQ(succ.first()->name, QStringLiteral("Tỉnh Hưng Yên"));
    // an island district without communes became a special zone
    const QList<const Unit*> blv = d.findDistricts(QStringLiteral("Bạch Long Vĩ"));
    ASSERT_EQ(blv.size(), 1);
    ASSERT_EQ(d.districtSuccessors(*blv.first()).size(), 1);
    EXPECT_EQ(d.districtSuccessors(*blv.first()).first().commune->name,
              QStringLiteral("Đặc khu Bạch Long Vĩ"));
}

TEST(AdminDirectory, FuzzyFindForOcrCorrection)
{
    const Directory& d = Directory::instance();
    const QList<FuzzyMatch> m = d.fuzzyFind(Level::Province, QStringLiteral("Lai Cháu"), Era::Current);
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m.first().unit->name, QStringLiteral("Tỉnh Lai Châu"));
    EXPECT_EQ(m.first().distance, 0);
    const QList<FuzzyMatch> c =
        d.fuzzyFind(Level::Commune, QStringLiteral("Thuy Dn"), Era::Pre2025, {QStringLiteral("34")}, 2);
    ASSERT_FALSE(c.isEmpty());
    EXPECT_EQ(c.first().unit->name, QStringLiteral("Xã Thụy Dân"));
    EXPECT_EQ(c.first().distance, 1);
}

TEST(PlaceParser, PrintedPlaces)
{
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Xóm 11, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"))),
              QStringLiteral("C:xã|Thụy Dân ; D:huyện|Thái Thụy ; P:tỉnh|Thái Bình"));
    EXPECT_EQ(
        describe(parsePlace(QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu"))),
        QStringLiteral("C:xã|Thu Lũm ; D:huyện|Mường Tè ; P:tỉnh|Lai Châu"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu"))),
              QStringLiteral("C:xã|Thu Lũm ; D:huyện|Mường Tè ; P:tỉnh|Lai Châu"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Khu phố 7, phường 9, thành phố Tuy Hoà, tỉnh Phú Yên"))),
              QStringLiteral("C:phường|9 ; D:thành phố|Tuy Hoà ; P:tỉnh|Phú Yên"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Bệnh viện Đa khoa thành phố Hồ Chí Minh"))),
              QStringLiteral("P:thành phố|Hồ Chí Minh"));
    EXPECT_EQ(describe(parsePlace(
                  QStringLiteral("Số 100, đường Lê Thánh Tông, phường Lý Thường Kiệt, tỉnh Ninh Bình"))),
              QStringLiteral("C:phường|Lý Thường Kiệt ; P:tỉnh|Ninh Bình"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("12 Xã Đàn, P. Kim Liên, Q. Đống Đa, TP. Hà Nội"))),
              QStringLiteral("C:phường|Kim Liên ; D:quận|Đống Đa ; P:thành phố|Hà Nội"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("số 5 đường Xã Đàn, phường Kim Liên, Hà Nội"))),
              QStringLiteral("C:phường|Kim Liên ; P:|Hà Nội"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Phường 5, Q.1, TP.HCM"))),
              QStringLiteral("C:phường|5 ; D:quận|1 ; P:thành phố|HCM"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Thôn 3 xã Tân Phú huyện Châu Thành tỉnh Đồng Tháp"))),
              QStringLiteral("C:xã|Tân Phú ; D:huyện|Châu Thành ; P:tỉnh|Đồng Tháp"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("phường Tân Thành, thành phố Cà Mau, tỉnh Cà Mau"))),
              QStringLiteral("C:phường|Tân Thành ; D:thành phố|Cà Mau ; P:tỉnh|Cà Mau"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH"))),
              QStringLiteral("D:huyện|CHÂU THÀNH"));
    EXPECT_EQ(describe(parsePlace(QStringLiteral("Km 5, tỉnh lộ 10, xã An Phú"))),
              QStringLiteral("C:xã|An Phú"));
    EXPECT_TRUE(parsePlace(QStringLiteral("Bệnh viện Bạch Mai")).isEmpty());
    EXPECT_TRUE(parsePlace(QString()).isEmpty());
}

TEST(PlaceCheck, KnownUnknownAndOutdated)
{
    const QDate old(2014, 8, 31), late(2025, 12, 5);
    EXPECT_EQ(checkPlace(QStringLiteral("Xóm 11, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"), old).status,
              PlaceCheck::Status::Known);
    EXPECT_EQ(
        checkPlace(QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu"), old).status,
        PlaceCheck::Status::Known);
    EXPECT_EQ(checkPlace(QStringLiteral("Bệnh viện Đa khoa tỉnh Lai Châu"), old).status,
              PlaceCheck::Status::Known);
    EXPECT_EQ(checkPlace(QStringLiteral("Bệnh viện Bạch Mai"), old).status, PlaceCheck::Status::NoUnits);
    EXPECT_EQ(checkPlace(QStringLiteral("Ấp Hòa Lạc, xã Hưng Khánh Trung, tỉnh Vĩnh Long"), late).status,
              PlaceCheck::Status::Known);
    const PlaceCheck unknown =
        checkPlace(QStringLiteral("xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bìnk"), old);
    EXPECT_EQ(unknown.status, PlaceCheck::Status::Unknown);
    EXPECT_EQ(unknown.level, Level::Province);
    EXPECT_EQ(unknown.unknownSuggestion, QStringLiteral("Tỉnh Thái Bình"));
    const PlaceCheck out =
        checkPlace(QStringLiteral("Xóm 2, xã Ngũ Phúc, huyện Kiến Thuỵ, thành phố Hải Phòng"), late);
    EXPECT_EQ(out.status, PlaceCheck::Status::Outdated);
    EXPECT_EQ(out.successorText, QStringLiteral("Xã Nghi Dương, Thành phố Hải Phòng"));
    EXPECT_EQ(out.rewritten, QStringLiteral("Xóm 2, xã Nghi Dương, thành phố Hải Phòng"));
    // the same place on a paper from before July 2025 is right
    EXPECT_EQ(
        checkPlace(QStringLiteral("Xóm 2, xã Ngũ Phúc, huyện Kiến Thuỵ, thành phố Hải Phòng"), old).status,
        PlaceCheck::Status::Known);
    // a pre-2025 province on a 2026 paper
    const PlaceCheck prov =
        checkPlace(QStringLiteral("Thôn 5, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"), QDate(2026, 1, 2));
    EXPECT_EQ(prov.status, PlaceCheck::Status::Outdated);
    EXPECT_TRUE(prov.successorText.contains(QStringLiteral("Tỉnh Hưng Yên")))
        << prov.successorText.toStdString();
}

TEST(PlaceCheck, SnapsOcrNamesToTheLists)
{
    EXPECT_EQ(snapPlaceNames(QStringLiteral("Xóm 11, xã Thuy Dân, huyện Thái Thuy, tỉnh Thái Bìnb")),
              QStringLiteral("Xóm 11, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"));
    // names already right (any tone placement) are left as printed
    EXPECT_EQ(snapPlaceNames(QStringLiteral("Xóm 2, xã Ngũ Phúc, huyện Kiến Thuỵ, thành phố Hải Phòng")),
              QStringLiteral("Xóm 2, xã Ngũ Phúc, huyện Kiến Thuỵ, thành phố Hải Phòng"));
    // nothing close enough: unchanged
    EXPECT_EQ(snapPlaceNames(QStringLiteral("xã Qwxyz, tỉnh Thái Bình")),
              QStringLiteral("xã Qwxyz, tỉnh Thái Bình"));
}

TEST(PlaceCheck, AMisreadCentrallyRunCityClosingThePlaceIsItsProvince)
{
    // "thành phố" + a name no list holds, closing the place: the one province that close,
    // and then its units below it.
    EXPECT_EQ(snapPlaceNames(QStringLiteral("phường An Hái, quận An Dương, thành phố Hiái Phòng")),
              QStringLiteral("phường An Hải, quận An Dương, thành phố Hải Phòng"));
    // A provincial city that exists stays a city (a district), unchanged.
    EXPECT_EQ(snapPlaceNames(QStringLiteral("phường 1, thành phố Sóc Trăng")),
              QStringLiteral("phường 1, thành phố Sóc Trăng"));
}
