#pragma once

// Synthetic civil-status records for the search, duplicate and validation
// benchmarks: Vietnamese names with their real frequency skew (four in ten
// people are Nguyễn), real communes, valid personal IDs. Deterministic.

#include "core/adminunits/AdminUnits.h"
#include "core/records/Record.h"
#include "core/records/RecordRepository.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace sohoa::bench {

class RecordGenerator {
public:
    explicit RecordGenerator(quint32 seed = 20250701)
        : m_rng(seed)
    {
        // every pre-2025 commune (codes run to 32xxx)
        const auto& dir = adminunits::Directory::instance();
        for (int code = 1; code <= 33000; ++code)
            if (const adminunits::Unit* c = dir.commune(
                    adminunits::Era::Pre2025, QString::number(code).rightJustified(5, QLatin1Char('0'))))
                m_communes.append(c);
    }

    struct Person {
        QString name;
        bool female = false;
    };

    Person person()
    {
        static const QList<QPair<const char16_t*, int>> surnames{
            {u"Nguyễn", 380}, {u"Trần", 110}, {u"Lê", 95},    {u"Phạm", 70}, {u"Hoàng", 51}, {u"Huỳnh", 30},
            {u"Phan", 45},    {u"Vũ", 39},    {u"Võ", 30},    {u"Đặng", 21}, {u"Bùi", 20},   {u"Đỗ", 14},
            {u"Hồ", 13},      {u"Ngô", 13},   {u"Dương", 10}, {u"Lý", 5},    {u"Đinh", 6},   {u"Lương", 4},
            {u"Trịnh", 4},    {u"Đào", 4},    {u"Cao", 3},    {u"Mai", 3},   {u"Tạ", 2},     {u"Lò", 2},
            {u"Cầm", 1},      {u"Kim", 1},    {u"Thạch", 1}};
        static const QStringList maleMiddle{
            QStringLiteral("Văn"),  QStringLiteral("Văn"),  QStringLiteral("Văn"),  QStringLiteral("Hữu"),
            QStringLiteral("Đức"),  QStringLiteral("Minh"), QStringLiteral("Quốc"), QStringLiteral("Thanh"),
            QStringLiteral("Công"), QStringLiteral("Xuân"), QStringLiteral("Ngọc"), QStringLiteral("Gia")};
        static const QStringList femaleMiddle{
            QStringLiteral("Thị"),  QStringLiteral("Thị"),   QStringLiteral("Thị"),   QStringLiteral("Ngọc"),
            QStringLiteral("Thu"),  QStringLiteral("Thanh"), QStringLiteral("Minh"),  QStringLiteral("Bảo"),
            QStringLiteral("Diệu"), QStringLiteral("Kim"),   QStringLiteral("Phương")};
        static const QStringList given{
            QStringLiteral("An"),    QStringLiteral("Anh"),    QStringLiteral("Bình"),
            QStringLiteral("Cường"), QStringLiteral("Dũng"),   QStringLiteral("Dương"),
            QStringLiteral("Đức"),   QStringLiteral("Giang"),  QStringLiteral("Hà"),
            QStringLiteral("Hải"),   QStringLiteral("Hạnh"),   QStringLiteral("Hiếu"),
            QStringLiteral("Hoa"),   QStringLiteral("Hùng"),   QStringLiteral("Hương"),
            QStringLiteral("Huy"),   QStringLiteral("Khánh"),  QStringLiteral("Lan"),
            QStringLiteral("Linh"),  QStringLiteral("Long"),   QStringLiteral("Mai"),
            QStringLiteral("Minh"),  QStringLiteral("Nam"),    QStringLiteral("Nga"),
            QStringLiteral("Ngọc"),  QStringLiteral("Nhung"),  QStringLiteral("Phong"),
            QStringLiteral("Phúc"),  QStringLiteral("Phương"), QStringLiteral("Quang"),
            QStringLiteral("Quân"),  QStringLiteral("Sơn"),    QStringLiteral("Tâm"),
            QStringLiteral("Thảo"),  QStringLiteral("Thắng"),  QStringLiteral("Thủy"),
            QStringLiteral("Trang"), QStringLiteral("Trung"),  QStringLiteral("Tuấn"),
            QStringLiteral("Tùng"),  QStringLiteral("Vân"),    QStringLiteral("Việt"),
            QStringLiteral("Vinh"),  QStringLiteral("Yến"),    QStringLiteral("Diệp"),
            QStringLiteral("Điệp"),  QStringLiteral("Khoa"),   QStringLiteral("Lộc"),
            QStringLiteral("Nghĩa"), QStringLiteral("Oanh"),   QStringLiteral("Quỳnh"),
            QStringLiteral("Thành")};
        int total = 0;
        for (const auto& s : surnames)
            total += s.second;
        int pick = int(m_rng.bounded(total));
        QString surname;
        for (const auto& s : surnames) {
            pick -= s.second;
            if (pick < 0) {
                surname = QString::fromUtf16(s.first);
                break;
            }
        }
        Person p;
        p.female = m_rng.bounded(2) == 1;
        const QStringList& middles = p.female ? femaleMiddle : maleMiddle;
        QStringList parts{surname, middles[int(m_rng.bounded(middles.size()))]};
        if (m_rng.bounded(4) == 0)
            parts.append(given[int(m_rng.bounded(given.size()))]);
        parts.append(given[int(m_rng.bounded(given.size()))]);
        p.name = parts.join(QLatin1Char(' '));
        return p;
    }

    QDate date(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        return from.addDays(qint64(m_rng.bounded(int(from.daysTo(QDate(toYear, 12, 31))))));
    }

    const adminunits::Unit* commune() { return m_communes[int(m_rng.bounded(m_communes.size()))]; }

    QString place(const adminunits::Unit* c, const QString& prefix = {})
    {
        const auto& dir = adminunits::Directory::instance();
        const adminunits::Unit* d = dir.district(c->districtCode);
        const adminunits::Unit* p = dir.province(adminunits::Era::Pre2025, c->provinceCode);
        QString s = prefix + c->kind + QLatin1Char(' ') + c->bareName;
        if (d)
            s += QStringLiteral(", ") + d->kind + QLatin1Char(' ') + d->bareName;
        if (p)
            s += QStringLiteral(", ") + p->kind + QLatin1Char(' ') + p->bareName;
        return s;
    }

    QString personalId(const adminunits::Unit* c, bool female, int birthYear)
    {
        const int century = (birthYear / 100) - 19;
        QString id = c->provinceCode.rightJustified(3, QLatin1Char('0'));
        id += QString::number(century * 2 + (female ? 1 : 0));
        id += QString::number(birthYear % 100).rightJustified(2, QLatin1Char('0'));
        id += QString::number(m_rng.bounded(1000000)).rightJustified(6, QLatin1Char('0'));
        return id;
    }

    // A complete, valid birth registration.
    records::NewRecord birth(qint64 batchId)
    {
        records::NewRecord n;
        n.batchId = batchId;
        n.type = QStringLiteral("birth");
        const Person child = person();
        const QDate dob = date(1960, 2024);
        const adminunits::Unit* c = commune();
        Person mother = person();
        while (!mother.female)
            mother = person();
        Person father = person();
        while (father.female)
            father = person();
        set(n, QStringLiteral("registration_number"), QString::number(1 + m_rng.bounded(300)));
        set(n, QStringLiteral("book_number"), QStringLiteral("01/%1").arg(dob.year()));
        set(n, QStringLiteral("full_name"), child.name.toUpper());
        set(n, QStringLiteral("date_of_birth"), dob.toString(Qt::ISODate));
        set(n, QStringLiteral("sex"), child.female ? QStringLiteral("female") : QStringLiteral("male"));
        set(n, QStringLiteral("ethnicity"), QStringLiteral("Kinh"));
        set(n, QStringLiteral("nationality"), QStringLiteral("Việt Nam"));
        set(n, QStringLiteral("place_of_birth"),
            QStringLiteral("Trạm Y tế ") + c->kind + QLatin1Char(' ') + c->bareName);
        set(n, QStringLiteral("hometown"), place(c));
        set(n, QStringLiteral("personal_id"), personalId(c, child.female, dob.year()));
        set(n, QStringLiteral("mother_name"), mother.name);
        set(n, QStringLiteral("mother_birth_year"),
            QString::number(dob.year() - 20 - int(m_rng.bounded(15))));
        set(n, QStringLiteral("mother_residence"),
            place(c, QStringLiteral("Thôn %1, ").arg(1 + m_rng.bounded(20))));
        set(n, QStringLiteral("father_name"), father.name);
        set(n, QStringLiteral("father_birth_year"),
            QString::number(dob.year() - 22 - int(m_rng.bounded(15))));
        set(n, QStringLiteral("father_residence"),
            place(c, QStringLiteral("Thôn %1, ").arg(1 + m_rng.bounded(20))));
        set(n, QStringLiteral("registration_place"), QStringLiteral("Ủy ban nhân dân ") + place(c));
        set(n, QStringLiteral("registration_date"), dob.addDays(1 + m_rng.bounded(60)).toString(Qt::ISODate));
        return n;
    }

    // The same record as a second scan would read it: a letter lost here, a digit there.
    records::Record noisyCopy(const records::NewRecord& n)
    {
        records::Record r;
        r.type = n.type;
        r.fields = n.fields;
        QString name = r.fields[QStringLiteral("full_name")].value;
        const int at = int(m_rng.bounded(name.size()));
        if (name[at].isLetter())
            name[at] = QLatin1Char('I');
        r.fields[QStringLiteral("full_name")].value = name;
        if (m_rng.bounded(3) == 0) {
            QDate d = QDate::fromString(r.fields[QStringLiteral("date_of_birth")].value, Qt::ISODate);
            r.fields[QStringLiteral("date_of_birth")].value = d.addDays(1).toString(Qt::ISODate);
        }
        return r;
    }

    QRandomGenerator& rng() { return m_rng; }

private:
    static void set(records::NewRecord& n, const QString& key, const QString& value)
    {
        records::FieldValue v;
        v.value = value;
        v.raw = value;
        v.confidence = 0.9;
        n.fields.insert(key, v);
    }

    QRandomGenerator m_rng;
    QList<const adminunits::Unit*> m_communes;
};

} // namespace sohoa::bench
