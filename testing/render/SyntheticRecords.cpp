#include "testing/render/SyntheticRecords.h"

#include "core/common/Clock.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"

#include <QFile>
#include <QRandomGenerator>
#include <mutex>

namespace sohoa::render {

namespace {

struct Unit {
    QString commune;  // "Xã Thu Lũm"
    QString district; // "Huyện Mường Tè" (pre-2025 only)
    QString province; // "Tỉnh Lai Châu"
    QString provinceCode;
};

QList<Unit> loadUnits(const QString& file, bool withDistrict)
{
    QList<Unit> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].trimmed().split(QLatin1Char(','));
        if (withDistrict && c.size() >= 7)
            out.append({c[5], c[3], c[1], c[0]});
        else if (!withDistrict && c.size() >= 5)
            out.append({c[3], QString(), c[1], c[0]});
    }
    return out;
}

const QList<Unit>& units(bool pre2025)
{
    static std::once_flag once;
    static QList<Unit> pre, cur;
    std::call_once(once, [] {
        pre = loadUnits(QStringLiteral(":/sohoa/admin-units/units-pre2025.csv"), true);
        cur = loadUnits(QStringLiteral(":/sohoa/admin-units/units-2025.csv"), false);
    });
    return pre2025 ? pre : cur;
}

QString lowerKind(const QString& unitName)
{
    // "Huyện Mường Tè" -> "huyện Mường Tè"; the name keeps its case.
    for (const char* kind :
         {"Thành phố", "Thị trấn", "Thị xã", "Phường", "Xã", "Huyện", "Quận", "Tỉnh", "Đặc khu"}) {
        const QString k = QString::fromUtf8(kind);
        if (unitName.startsWith(k + QLatin1Char(' ')))
            return k.toLower() + unitName.mid(k.size());
    }
    return unitName;
}

QString bare(const QString& unitName)
{
    for (const char* kind :
         {"Thành phố", "Thị trấn", "Thị xã", "Phường", "Xã", "Huyện", "Quận", "Tỉnh", "Đặc khu"}) {
        const QString k = QString::fromUtf8(kind);
        if (unitName.startsWith(k + QLatin1Char(' ')))
            return unitName.mid(k.size() + 1);
    }
    return unitName;
}

class Gen {
public:
    Gen(quint32 seed, QDate today)
        : rng(seed)
        , today(today.isValid() ? today : todayInVietnam())
    {
    }

    int range(int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); }
    bool chance(double p) { return rng.generateDouble() < p; }
    template <typename T> const T& pick(const QList<T>& v) { return v[int(rng.bounded(int(v.size())))]; }
    QString pickS(std::initializer_list<const char*> v)
    {
        const int i = int(rng.bounded(int(v.size())));
        return QString::fromUtf8(*(v.begin() + i));
    }
    QDate dateBetween(const QDate& a, const QDate& b)
    {
        const qint64 span = std::max<qint64>(0, a.daysTo(b));
        return a.addDays(qint64(rng.bounded(quint64(span + 1))));
    }

    QString surname()
    {
        const auto& vocab = extraction::Vocabulary::builtin();
        double total = 0;
        for (const QString& s : vocab.surnames())
            if (vocab.surnameWeight(s) >= 1 && s.size() > 1)
                total += vocab.surnameWeight(s);
        double r = rng.generateDouble() * total;
        for (const QString& s : vocab.surnames()) {
            if (vocab.surnameWeight(s) < 1 || s.size() <= 1)
                continue;
            r -= vocab.surnameWeight(s);
            if (r <= 0)
                return s;
        }
        return QStringLiteral("Nguyễn");
    }

    QString personName(bool male, const QString& family = {})
    {
        const QString sur = family.isEmpty() ? surname() : family;
        QString middle = male ? pickS({"Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Ngọc",
                                       "Anh", "Trọng", "Duy", "Gia", "Nhật", "Tiến"})
                              : pickS({"Thị", "Thu", "Ngọc", "Thanh", "Mỹ", "Lệ", "Phương", "Hồng", "Kim",
                                       "Thùy", "Diệu", "Bích", "Ánh", "Hải", "Như"});
        QString given =
            male ? pickS({"An",    "Bình", "Cường", "Dũng",  "Đức",  "Giang", "Hải",   "Hùng", "Huy",
                          "Khang", "Khoa", "Kiên",  "Lâm",   "Long", "Luận",  "Minh",  "Nam",  "Nghĩa",
                          "Phúc",  "Quân", "Quang", "Sơn",   "Tâm",  "Thành", "Thắng", "Tiến", "Trung",
                          "Tuấn",  "Việt", "Vinh",  "Hoàng", "Hiếu", "Khải",  "Lực",   "Thức", "Điệp"})
                 : pickS({"Anh",   "Chi",   "Dung", "Duyên",  "Hà",    "Hằng",  "Hạnh", "Hiền", "Hoa",
                          "Hương", "Huệ",   "Lan",  "Liên",   "Linh",  "Loan",  "Mai",  "Nga",  "Ngân",
                          "Ngọc",  "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Thảo", "Thúy", "Trang",
                          "Tuyết", "Uyên",  "Vân",  "Yến",    "Xuân",  "Ngát",  "Nhài", "Diệp"});
        QStringList parts{sur, middle};
        if (chance(0.3))
            parts.append(male ? pickS({"Bảo", "Hoàng", "Khắc", "Mạnh", "Đình", "Thế"})
                              : pickS({"Hoài", "Quỳnh", "Minh", "Bảo", "Khánh", "Thu"}));
        parts.append(given);
        return parts.join(QLatin1Char(' '));
    }

    QString minorityName(const QString& ethnicity, bool male)
    {
        if (ethnicity == QLatin1String("Ê Đê"))
            return QStringLiteral("%1 %2 %3")
                .arg(male ? QStringLiteral("Y") : QStringLiteral("H'"),
                     pickS({"Bla", "Dơng", "Jen", "Nhi", "Yam", "Hen", "Blông"}),
                     pickS({"Niê", "Êban", "Byă", "Mlô", "Ksor"}))
                .replace(QStringLiteral("H' "), QStringLiteral("H'"));
        if (ethnicity == QLatin1String("Khmer"))
            return QStringLiteral("%1 %2").arg(pickS({"Kim", "Thạch", "Sơn", "Danh", "Lâm", "Chau"}),
                                               male ? pickS({"Sô Phal", "Sok", "Rây", "Hoeun"})
                                                    : pickS({"Thị Sa", "Thị Ni", "Thị Pích"}));
        return personName(male);
    }

    QString personalId(const QString& provinceCode, bool male, int birthYear)
    {
        const int century = (birthYear / 100) - 19; // 1900s -> 0
        const int digit = std::clamp(century, 0, 4) * 2 + (male ? 0 : 1);
        return QStringLiteral("%1%2%3%4")
            .arg(provinceCode.toInt(), 3, 10, QLatin1Char('0'))
            .arg(digit)
            .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
            .arg(range(0, 999999), 6, 10, QLatin1Char('0'));
    }

    // A unit of the era of `when`.
    Unit unitOn(const QDate& when) { return pick(units(when < QDate(2025, 7, 1))); }

    QString hamlet(const Unit& u)
    {
        const bool urban = u.commune.startsWith(QStringLiteral("Phường")) ||
                           u.commune.startsWith(QStringLiteral("Thị trấn"));
        if (urban) {
            if (chance(0.5))
                return QStringLiteral("Số %1, đường %2")
                    .arg(range(1, 250))
                    .arg(pickS({"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
                                "Phan Đình Phùng", "Võ Thị Sáu", "Lê Thánh Tông", "Quang Trung", "Hùng Vương",
                                "Nguyễn Huệ", "Trần Phú"}));
            return pickS({"Tổ dân phố", "Khu phố"}) + QStringLiteral(" %1").arg(range(1, 20));
        }
        switch (range(0, 3)) {
        case 0:
            return QStringLiteral("Thôn %1").arg(range(1, 15));
        case 1:
            return QStringLiteral("Xóm %1").arg(range(1, 15));
        case 2:
            return QStringLiteral("Ấp %1").arg(
                pickS({"An Nhơn", "Phú Lợi", "Hòa Lạc", "Tân Lập", "Đông Thạnh", "Bình Thành"}));
        default:
            return QStringLiteral("Thôn %1").arg(
                pickS({"Yên Thịnh", "Tân Lập", "Đông Hòa", "Phú Thượng", "Trung Hậu"}));
        }
    }

    QString place(const Unit& u, bool withHamlet = true)
    {
        QStringList parts;
        if (withHamlet)
            parts << hamlet(u);
        parts << (withHamlet ? lowerKind(u.commune) : u.commune);
        if (!u.district.isEmpty())
            parts << lowerKind(u.district);
        parts << lowerKind(u.province);
        return parts.join(QStringLiteral(", "));
    }

    QString registrationPlace(const Unit& u)
    {
        QStringList parts{QStringLiteral("Ủy ban nhân dân ") + lowerKind(u.commune)};
        if (!u.district.isEmpty())
            parts << lowerKind(u.district);
        parts << lowerKind(u.province);
        return parts.join(QStringLiteral(", "));
    }

    QString ethnicity()
    {
        if (chance(0.8))
            return QStringLiteral("Kinh");
        return pickS({"Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Ê Đê", "Dao", "Gia Rai"});
    }

    QString caseStyle(const QString& name, double upper) { return chance(upper) ? name.toUpper() : name; }

    QRandomGenerator rng;
    QDate today;
};

QString iso(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

void fillBirth(Gen& g, FormValues& v)
{
    const QDate reg = g.dateBetween(QDate(2006, 1, 1), g.today.addDays(-1));
    const QDate dob = g.dateBetween(reg.addDays(-60), reg);
    const Unit u = g.unitOn(reg);
    const bool male = g.chance(0.5);
    const QString eth = g.ethnicity();
    const QString familyName = g.surname();
    QString child = eth == QLatin1String("Kinh") || g.chance(0.5) ? g.personName(male, familyName)
                                                                  : g.minorityName(eth, male);
    v[QStringLiteral("registration_number")] = QString::number(g.range(1, 320));
    v[QStringLiteral("book_number")] =
        QStringLiteral("%1/%2").arg(g.range(1, 3), 2, 10, QLatin1Char('0')).arg(reg.year());
    v[QStringLiteral("full_name")] = child.toUpper();
    v[QStringLiteral("date_of_birth")] = iso(dob);
    v[QStringLiteral("sex")] = male ? QStringLiteral("male") : QStringLiteral("female");
    v[QStringLiteral("ethnicity")] = eth;
    v[QStringLiteral("nationality")] = QStringLiteral("Việt Nam");
    v[QStringLiteral("place_of_birth")] =
        g.chance(0.6) ? QStringLiteral("Bệnh viện Đa khoa %1").arg(lowerKind(u.province)) : g.place(u);
    v[QStringLiteral("hometown")] =
        g.chance(0.5)
            ? QStringLiteral("%1, %2").arg(u.commune, u.district.isEmpty()
                                                          ? lowerKind(u.province)
                                                          : lowerKind(u.district) + QStringLiteral(", ") +
                                                                lowerKind(u.province))
            : g.place(g.unitOn(reg), false);
    v[QStringLiteral("personal_id")] = g.personalId(u.provinceCode, male, dob.year());
    const QString residence = g.place(u);
    const double upper = 0.5;
    const int motherYear = dob.year() - g.range(18, 40);
    v[QStringLiteral("mother_name")] = g.caseStyle(g.personName(false), upper);
    v[QStringLiteral("mother_birth_year")] = QString::number(motherYear);
    v[QStringLiteral("mother_ethnicity")] = eth;
    v[QStringLiteral("mother_nationality")] = QStringLiteral("Việt Nam");
    v[QStringLiteral("mother_residence")] = residence;
    if (g.chance(0.85)) {
        v[QStringLiteral("father_name")] = g.caseStyle(g.personName(true, familyName), upper);
        v[QStringLiteral("father_birth_year")] = QString::number(dob.year() - g.range(20, 45));
        v[QStringLiteral("father_ethnicity")] = eth;
        v[QStringLiteral("father_nationality")] = QStringLiteral("Việt Nam");
        v[QStringLiteral("father_residence")] = residence;
        v[QStringLiteral("_declarant")] = v[QStringLiteral("father_name")];
    }
    v[QStringLiteral("registration_place")] = g.registrationPlace(u);
    v[QStringLiteral("registration_date")] = iso(reg);
}

void fillDeath(Gen& g, FormValues& v)
{
    const QDate reg = g.dateBetween(QDate(2006, 1, 1), g.today.addDays(-1));
    const QDate died = g.dateBetween(reg.addDays(-30), reg);
    const QDate dob = g.dateBetween(QDate(1920, 1, 1), died.addYears(-30));
    const Unit u = g.unitOn(reg);
    const bool male = g.chance(0.5);
    const QString eth = g.ethnicity();
    v[QStringLiteral("registration_number")] = QString::number(g.range(1, 320));
    v[QStringLiteral("book_number")] =
        QStringLiteral("%1/%2").arg(g.range(1, 3), 2, 10, QLatin1Char('0')).arg(reg.year());
    v[QStringLiteral("full_name")] =
        (eth == QLatin1String("Kinh") ? g.personName(male) : g.minorityName(eth, male)).toUpper();
    v[QStringLiteral("date_of_birth")] = iso(dob);
    v[QStringLiteral("sex")] = male ? QStringLiteral("male") : QStringLiteral("female");
    v[QStringLiteral("ethnicity")] = eth;
    v[QStringLiteral("nationality")] = QStringLiteral("Việt Nam");
    v[QStringLiteral("personal_id")] = g.personalId(u.provinceCode, male, dob.year());
    const QString residence = g.place(u);
    v[QStringLiteral("residence")] = residence;
    v[QStringLiteral("date_of_death")] = iso(died);
    v[QStringLiteral("time_of_death")] = QStringLiteral("%1:%2")
                                             .arg(g.range(0, 23), 2, 10, QLatin1Char('0'))
                                             .arg(g.range(0, 11) * 5, 2, 10, QLatin1Char('0'));
    const bool hospital = g.chance(0.5);
    const QString hospitalName =
        QStringLiteral("Bệnh viện Đa khoa %1")
            .arg(u.district.isEmpty() ? lowerKind(u.province)
                                      : lowerKind(u.district) + QStringLiteral(", ") + lowerKind(u.province));
    v[QStringLiteral("place_of_death")] = hospital ? hospitalName : residence;
    v[QStringLiteral("cause_of_death")] =
        g.pickS({"Suy tim", "Suy đa tạng", "Ung thư gan", "Ung thư phổi", "Viêm phổi", "Xơ gan", "Đột quỵ",
                 "Tuổi già", "Tai nạn giao thông"});
    v[QStringLiteral("death_notice")] =
        QStringLiteral("Số %1/GBT do %2 cấp ngày %3")
            .arg(g.range(10, 999))
            .arg(hospital ? hospitalName : QStringLiteral("Trạm Y tế ") + lowerKind(u.commune))
            .arg(died.addDays(g.range(0, 2)).toString(QStringLiteral("dd/MM/yyyy")));
    v[QStringLiteral("declarant_name")] = g.caseStyle(g.personName(g.chance(0.5)), 0.5);
    v[QStringLiteral("registration_place")] = g.registrationPlace(u);
    v[QStringLiteral("registration_date")] = iso(reg);
}

void fillMarriage(Gen& g, FormValues& v)
{
    const QDate reg = g.dateBetween(QDate(2006, 1, 1), g.today.addDays(-1));
    const Unit u = g.unitOn(reg);
    const QDate hDob = g.dateBetween(reg.addYears(-45), reg.addYears(-21));
    const QDate wDob = g.dateBetween(reg.addYears(-40), reg.addYears(-19));
    v[QStringLiteral("registration_number")] = QString::number(g.range(1, 200));
    v[QStringLiteral("book_number")] =
        QStringLiteral("%1/%2").arg(g.range(1, 3), 2, 10, QLatin1Char('0')).arg(reg.year());
    v[QStringLiteral("husband_name")] = g.personName(true).toUpper();
    v[QStringLiteral("husband_date_of_birth")] = iso(hDob);
    v[QStringLiteral("husband_ethnicity")] = g.ethnicity();
    v[QStringLiteral("husband_nationality")] = QStringLiteral("Việt Nam");
    const Unit hu = g.chance(0.5) ? u : g.unitOn(reg);
    v[QStringLiteral("husband_residence")] = g.place(hu);
    v[QStringLiteral("husband_personal_id")] = g.personalId(hu.provinceCode, true, hDob.year());
    v[QStringLiteral("wife_name")] = g.personName(false).toUpper();
    v[QStringLiteral("wife_date_of_birth")] = iso(wDob);
    v[QStringLiteral("wife_ethnicity")] = g.ethnicity();
    v[QStringLiteral("wife_nationality")] = QStringLiteral("Việt Nam");
    v[QStringLiteral("wife_residence")] = g.place(u);
    v[QStringLiteral("wife_personal_id")] = g.personalId(u.provinceCode, false, wDob.year());
    v[QStringLiteral("registration_place")] = g.registrationPlace(u);
    v[QStringLiteral("registration_date")] = iso(reg);
}

void fillLand(Gen& g, FormValues& v)
{
    const QDate issued = g.dateBetween(QDate(1995, 1, 1), std::min(g.today, QDate(2025, 6, 30)));
    const Unit u = g.pick(units(true));
    const bool male = g.chance(0.6);
    const int birthYear = issued.year() - g.range(25, 70);
    v[QStringLiteral("certificate_serial")] = QStringLiteral("%1%2 %3")
                                                  .arg(QChar(QLatin1Char('A' + g.range(0, 25))))
                                                  .arg(QChar(QLatin1Char('A' + g.range(0, 25))))
                                                  .arg(g.range(0, 999999), 6, 10, QLatin1Char('0'));
    v[QStringLiteral("registry_entry_number")] =
        QStringLiteral("CH%1").arg(g.range(1, 19999), 5, 10, QLatin1Char('0'));
    v[QStringLiteral("holder_name")] = g.caseStyle(g.personName(male), 0.5);
    v[QStringLiteral("_holder_title")] = male ? QStringLiteral("Ông") : QStringLiteral("Bà");
    v[QStringLiteral("holder_birth_year")] = QString::number(birthYear);
    const bool oldId = issued.year() < 2016;
    v[QStringLiteral("holder_personal_id")] =
        oldId ? QStringLiteral("%1").arg(g.range(10000000, 399999999), 9, 10, QLatin1Char('0'))
              : g.personalId(u.provinceCode, male, birthYear);
    v[QStringLiteral("_holder_id_label")] =
        oldId ? QStringLiteral("CMND số") : QStringLiteral("Số định danh cá nhân");
    v[QStringLiteral("holder_address")] = g.place(u);
    if (g.chance(0.45)) {
        const QString spouse = g.personName(!male);
        v[QStringLiteral("co_holder_name")] =
            v[QStringLiteral("holder_name")].isUpper() ? spouse.toUpper() : spouse;
        v[QStringLiteral("_co_holder_title")] = male ? QStringLiteral("Bà") : QStringLiteral("Ông");
        v[QStringLiteral("_co_holder_birth_year")] = QString::number(birthYear + g.range(-5, 5));
        v[QStringLiteral("_co_holder_id_label")] = v[QStringLiteral("_holder_id_label")];
        v[QStringLiteral("_co_holder_id")] =
            oldId ? QStringLiteral("%1").arg(g.range(10000000, 399999999), 9, 10, QLatin1Char('0'))
                  : g.personalId(u.provinceCode, !male, birthYear);
    }
    v[QStringLiteral("parcel_number")] = QString::number(g.range(1, 1500));
    v[QStringLiteral("map_sheet_number")] = QString::number(g.range(1, 60));
    v[QStringLiteral("parcel_address")] = g.place(u);
    const bool decimal = g.chance(0.5);
    const int whole = g.range(40, 3000);
    const QString area =
        decimal ? QStringLiteral("%1.%2").arg(whole).arg(g.range(1, 9)) : QString::number(whole);
    v[QStringLiteral("area_m2")] = area;
    v[QStringLiteral("usage_form")] = g.chance(0.6) ? QStringLiteral("rieng") : QStringLiteral("chung");
    const bool urban =
        u.commune.startsWith(QStringLiteral("Phường")) || u.commune.startsWith(QStringLiteral("Thị trấn"));
    QString purpose;
    bool residential = true;
    switch (g.range(0, 5)) {
    case 0:
    case 1:
        purpose = urban ? QStringLiteral("ODT") : QStringLiteral("ONT");
        break;
    case 2:
        purpose = (urban ? QStringLiteral("ODT+") : QStringLiteral("ONT+")) + g.pickS({"CLN", "HNK"});
        break;
    default:
        purpose = g.pickS({"CLN", "HNK", "LUC", "RSX", "RPH", "NTS"});
        residential = false;
    }
    v[QStringLiteral("land_use_purpose")] = purpose;
    if (purpose.contains(QLatin1Char('+'))) {
        const int first = std::max(20, whole / 2);
        v[QStringLiteral("_purpose_areas")] =
            QStringLiteral("%1=%2;%3=%4")
                .arg(purpose.section(QLatin1Char('+'), 0, 0))
                .arg(first)
                .arg(purpose.section(QLatin1Char('+'), 1, 1))
                .arg(QString::number(area.toDouble() - first, 'f', decimal ? 1 : 0));
    }
    v[QStringLiteral("land_use_term")] =
        residential || g.chance(0.3) ? QStringLiteral("long_term") : iso(issued.addYears(50));
    v[QStringLiteral("land_use_origin")] = g.pickS(
        {"Nhà nước giao đất không thu tiền sử dụng đất", "Nhà nước giao đất có thu tiền sử dụng đất",
         "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
         "Nhận chuyển nhượng đất được Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất"});
    v[QStringLiteral("issue_date")] = iso(issued);
    v[QStringLiteral("issuer")] = QStringLiteral("ỦY BAN NHÂN DÂN ") + u.district.toUpper();
    v[QStringLiteral("_dateline_place")] = bare(u.district);
}

void fillGeneric(Gen& g, const records::RecordType& type, FormValues& v)
{
    const QDate reg = g.dateBetween(QDate(2006, 1, 1), g.today.addDays(-1));
    const Unit u = g.unitOn(reg);
    const auto& vocab = extraction::Vocabulary::builtin();
    for (const records::FieldDef& f : type.fields) {
        using records::ValueKind;
        QString value;
        switch (f.kind) {
        case ValueKind::Name:
            value = g.caseStyle(g.personName(g.chance(0.5)), 0.6);
            break;
        case ValueKind::Place:
            value = f.key.contains(QLatin1String("registration")) ? g.registrationPlace(u) : g.place(u);
            break;
        case ValueKind::Date:
            value = iso(
                f.key.contains(QLatin1String("registration")) ? reg : g.dateBetween(QDate(1950, 1, 1), reg));
            break;
        case ValueKind::Year:
            value = QString::number(g.range(1950, reg.year() - 18));
            break;
        case ValueKind::Time:
            value = QStringLiteral("%1:%2")
                        .arg(g.range(0, 23), 2, 10, QLatin1Char('0'))
                        .arg(g.range(0, 59), 2, 10, QLatin1Char('0'));
            break;
        case ValueKind::PersonalId:
            value = g.personalId(u.provinceCode, g.chance(0.5), g.range(1950, 2005));
            break;
        case ValueKind::Number:
            value = QString::number(g.range(1, 999));
            break;
        case ValueKind::Decimal:
            value = QString::number(g.range(30, 2000));
            break;
        case ValueKind::Enum:
            value = f.enumValues.isEmpty() ? QString() : g.pick(f.enumValues);
            break;
        case ValueKind::Ethnicity:
            value = g.ethnicity();
            break;
        case ValueKind::Nationality:
            value = QStringLiteral("Việt Nam");
            break;
        case ValueKind::LandPurpose:
            value = vocab.landTypes().isEmpty() ? QString() : g.pick(vocab.landTypes()).code;
            break;
        case ValueKind::LandTerm:
            value = QStringLiteral("long_term");
            break;
        case ValueKind::Code:
            value = f.key.contains(QLatin1String("book"))
                        ? QStringLiteral("%1/%2").arg(g.range(1, 3), 2, 10, QLatin1Char('0')).arg(reg.year())
                        : QString::number(g.range(1, 300));
            break;
        case ValueKind::Text:
            value = g.pickS({"Con đẻ", "Đăng ký lần đầu", "Theo quyết định của Tòa án", "Tự nguyện"});
            break;
        }
        if (!value.isEmpty())
            v.insert(f.key, value);
    }
}

} // namespace

QMap<QString, QString> SyntheticDocument::fields() const
{
    QMap<QString, QString> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (!it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    return out;
}

SyntheticDocument syntheticRecord(const records::RecordType& type, quint32 seed, const QDate& today)
{
    Gen g(seed, today);
    SyntheticDocument doc;
    doc.type = type.id;
    if (type.id == QLatin1String("birth"))
        fillBirth(g, doc.values);
    else if (type.id == QLatin1String("death"))
        fillDeath(g, doc.values);
    else if (type.id == QLatin1String("marriage"))
        fillMarriage(g, doc.values);
    else if (type.id == QLatin1String("land_certificate"))
        fillLand(g, doc.values);
    else
        fillGeneric(g, type, doc.values);
    // The paper's signer: another made-up person.
    doc.values.insert(QStringLiteral("_signer"), g.personName(g.chance(0.5)));
    return doc;
}

} // namespace sohoa::render
