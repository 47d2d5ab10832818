#include "testing/render/FormRenderer.h"

#include "core/common/Json.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"
#include "testing/Tr.h"
#include "testing/render/VietnameseNumbers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtMath>
#include <algorithm>

namespace sohoa::render {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonObject formFile(const QString& typeId)
{
    QFile f(QStringLiteral(":/sohoa/forms/%1.json").arg(typeId));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto o = parseJsonObject(f.readAll());
    return o ? *o : QJsonObject();
}

// A plain layout made from a type's fields, for types without a form file.
QJsonObject genericLayout(const records::RecordType& type)
{
    QJsonArray body;
    QJsonArray numbers;
    for (const records::FieldDef& f : type.fields) {
        const QString label = f.printedLabels.value(0, f.labelVi);
        const QString line = QStringLiteral("%1: {%2}").arg(label, f.key);
        if (f.key == QLatin1String("registration_number") || f.key == QLatin1String("book_number"))
            numbers.append(line);
        else
            body.append(QJsonObject{{QStringLiteral("line"), line}});
    }
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("plain")},
                       {QStringLiteral("orientation"), QStringLiteral("portrait")},
                       {QStringLiteral("font_pt"), 12.5},
                       {QStringLiteral("header"), QStringLiteral("commune")},
                       {QStringLiteral("numbers"), numbers},
                       {QStringLiteral("title"), QJsonArray{type.titles.value(0, type.nameVi.toUpper())}},
                       {QStringLiteral("leaders"), true},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("signature"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("NGƯỜI KÝ TRÍCH LỤC")},
                                    {QStringLiteral("note"),
                                     QStringLiteral("(Ký, ghi rõ họ, chữ đệm, tên, chức vụ, đóng dấu)")}}}};
}

QList<QJsonObject> layoutsOf(const records::RecordType& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : formFile(type.id).value(QLatin1String("layouts")).toArray())
        out.append(v.toObject());
    if (out.isEmpty())
        out.append(genericLayout(type));
    return out;
}

// ---- value formatting ---------------------------------------------------

QString capitalizeFirst(QString s)
{
    for (int i = 0; i < s.size(); ++i)
        if (s[i].isLetter()) {
            s[i] = s[i].toUpper();
            break;
        }
    return s;
}

struct IsoParts {
    int y = 0, m = 0, d = 0;
    bool ok = false;
};

IsoParts isoParts(const QString& v)
{
    static const QRegularExpression rx(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const auto m = rx.match(v);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), true};
}

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString commaDecimal(const QString& v)
{
    QString s = v;
    s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QString landName(const QString& code)
{
    const auto& vocab = extraction::Vocabulary::builtin();
    if (const auto* t = vocab.landTypeByCode(code))
        return t->name;
    if (const auto* t = vocab.landTypeByOldCode(code))
        return t->name;
    return QStringLiteral("Đất loại %1").arg(code);
}

QString formatValue(const records::RecordType& type, const FormValues& values, const QString& key,
                    const QString& fmt)
{
    const QString v = values.value(key);
    if (v.isEmpty())
        return {};
    const records::FieldDef* f = type.field(key);
    if (fmt == QLatin1String("upper"))
        return v.toUpper();
    if (fmt == QLatin1String("line1") || fmt == QLatin1String("line2")) {
        const QStringList w = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return fmt == QLatin1String("line1") ? w.mid(0, 4).join(QLatin1Char(' '))
                                             : w.mid(4).join(QLatin1Char(' '));
    }
    if (!f)
        return v;
    using records::ValueKind;
    switch (f->kind) {
    case ValueKind::Date:
    case ValueKind::LandTerm: {
        if (f->kind == ValueKind::LandTerm && v == QLatin1String("long_term"))
            return QStringLiteral("Lâu dài");
        const IsoParts p = isoParts(v);
        if (!p.ok)
            return v;
        const QString dmy = QStringLiteral("%1/%2/%3").arg(two(p.d), two(p.m)).arg(p.y);
        if (f->kind == ValueKind::LandTerm)
            return QStringLiteral("Đến ngày %1").arg(dmy);
        if (fmt == QLatin1String("Words"))
            return capitalizeFirst(dateInWords(p.y, p.m, p.d));
        if (fmt == QLatin1String("words"))
            return dateInWords(p.y, p.m, p.d);
        if (fmt == QLatin1String("d"))
            return QString::number(p.d);
        if (fmt == QLatin1String("dd"))
            return two(p.d);
        if (fmt == QLatin1String("m"))
            return QString::number(p.m);
        if (fmt == QLatin1String("mm"))
            return two(p.m);
        if (fmt == QLatin1String("yyyy"))
            return QString::number(p.y);
        return dmy;
    }
    case ValueKind::Time: {
        const QStringList hm = v.split(QLatin1Char(':'));
        if (fmt == QLatin1String("hh"))
            return hm.value(0);
        if (fmt == QLatin1String("min"))
            return hm.value(1);
        return QStringLiteral("%1 giờ %2 phút").arg(hm.value(0), hm.value(1));
    }
    case ValueKind::Enum: {
        const QJsonArray printed =
            f->extraction.value(QLatin1String("value_map")).toObject().value(v).toArray();
        return printed.isEmpty() ? v : printed.first().toString();
    }
    case ValueKind::Decimal:
        if (fmt == QLatin1String("area"))
            return commaDecimal(v) + QStringLiteral(" m²");
        if (fmt == QLatin1String("words"))
            return capitalizeFirst(decimalInWords(v));
        return commaDecimal(v);
    case ValueKind::LandPurpose: {
        const QStringList codes = v.split(QLatin1Char('+'), Qt::SkipEmptyParts);
        QHash<QString, QString> areas;
        for (const QString& part :
             values.value(QStringLiteral("_purpose_areas")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            areas.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
        const bool withCodes = fmt.contains(QLatin1String("codes"));
        const bool withAreas = fmt.contains(QLatin1String("areas")) && codes.size() > 1;
        QStringList out;
        for (const QString& c : codes) {
            QString s = landName(c);
            if (withCodes || !extraction::Vocabulary::builtin().landTypeByCode(c))
                s += QStringLiteral(" (%1)").arg(c);
            if (withAreas && areas.contains(c))
                s += QStringLiteral(": %1 m²").arg(commaDecimal(areas.value(c)));
            out.append(s);
        }
        return out.join(QStringLiteral("; "));
    }
    default:
        return v;
    }
}

// ---- text runs ----------------------------------------------------------

struct Run {
    QString text;
    bool bold = false;
    QString field; // the field whose value this is ("" for label text)
};

// "Label: {key|fmt=default}" -> runs; `present` tells whether any field had a value.
QList<Run> expand(const records::RecordType& type, const FormValues& values, const QString& tmpl,
                  const QSet<QString>& boldFields, bool boldAll, bool* anyPresent)
{
    static const QRegularExpression ph(
        QStringLiteral("\\{([A-Za-z0-9_]+)(?:\\|([A-Za-z0-9_]+))?(?:=([^}]*))?\\}"));
    QList<Run> runs;
    int pos = 0;
    bool present = false;
    auto it = ph.globalMatch(tmpl);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > pos)
            runs.append({tmpl.mid(pos, m.capturedStart() - pos), boldAll, {}});
        const QString key = m.captured(1);
        QString text = formatValue(type, values, key, m.captured(2));
        if (text.isEmpty())
            text = m.captured(3);
        else if (!key.startsWith(QLatin1Char('_')))
            present = true;
        runs.append(
            {text, boldAll || boldFields.contains(key), key.startsWith(QLatin1Char('_')) ? QString() : key});
        pos = int(m.capturedEnd());
    }
    if (pos < tmpl.size())
        runs.append({tmpl.mid(pos), boldAll, {}});
    if (anyPresent)
        *anyPresent = present;
    return runs;
}

// ---- painter ------------------------------------------------------------

class Page {
public:
    Page(int w, int h, int dpi, const QString& family, double pt)
        : image(w, h, QImage::Format_RGB32)
        , dpi(dpi)
        , family(family)
        , pt(pt)
    {
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(QColor(253, 252, 248));
        p.begin(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(QColor(20, 20, 20));
        left = mm(20);
        right = w - mm(15);
        y = mm(14);
    }
    ~Page()
    {
        if (p.isActive()) // the renderer ends the painter itself before it reads the image
            p.end();
    }

    double mm(double v) const { return v * dpi / 25.4; }
    QFont font(double scale = 1.0, bool bold = false, bool italic = false) const
    {
        QFont f(family);
        f.setPixelSize(std::max(6, qRound(pt * scale * dpi / 72.0)));
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }
    double lineHeight(double scale = 1.0) const { return QFontMetricsF(font(scale)).height() * 1.32; }

    // Draws runs from x0, wrapping at x1; returns the right edge of the last word.
    double flow(const QList<Run>& runs, double x0, double x1, double wrapX, bool leaders, double leaderEnd,
                QMap<QString, QRectF>* boxes, double scale = 1.0, bool italic = false)
    {
        const double lh = lineHeight(scale);
        double x = x0;
        for (const Run& r : runs) {
            const QFont f = font(scale, r.bold, italic);
            const QFontMetricsF fm(f);
            p.setFont(f);
            const QStringList words = r.text.split(QLatin1Char(' '));
            for (int i = 0; i < words.size(); ++i) {
                const QString& w = words[i];
                const double space = fm.horizontalAdvance(QLatin1Char(' '));
                if (i > 0)
                    x += space;
                if (w.isEmpty())
                    continue;
                const double ww = fm.horizontalAdvance(w);
                if (x + ww > x1 && x > wrapX + 1) {
                    y += lh;
                    x = wrapX;
                }
                p.drawText(QPointF(x, y + fm.ascent()), w);
                if (boxes && !r.field.isEmpty()) {
                    const QRectF b(x, y, ww, fm.height());
                    (*boxes)[r.field] = boxes->contains(r.field) ? (*boxes)[r.field].united(b) : b;
                }
                x += ww;
            }
        }
        if (leaders)
            drawLeader(x + font(scale).pixelSize() * 0.3, leaderEnd, scale);
        return x;
    }

    void drawLeader(double from, double to, double scale = 1.0)
    {
        const QFont f = font(scale);
        const QFontMetricsF fm(f);
        p.setFont(f);
        const double dot = fm.horizontalAdvance(QLatin1Char('.'));
        if (dot <= 0 || to - from < 3 * dot)
            return;
        const int n = int((to - from) / dot);
        p.drawText(QPointF(from, y + fm.ascent()), QString(n, QLatin1Char('.')));
    }

    void centered(const QString& text, double cx, double scale, bool bold, bool italic = false,
                  bool underline = false)
    {
        const QFont f = font(scale, bold, italic);
        const QFontMetricsF fm(f);
        p.setFont(f);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QPointF(cx - w / 2, y + fm.ascent()), text);
        if (underline) {
            const double uy = y + fm.ascent() + fm.descent() * 0.8;
            p.drawLine(QPointF(cx - w * 0.42, uy), QPointF(cx + w * 0.42, uy));
        }
        y += lineHeight(scale);
    }

    QImage image;
    QPainter p;
    int dpi;
    QString family;
    double pt;
    double left = 0, right = 0, y = 0;
};

void drawScribble(QPainter& p, const QPointF& at, double size, QRandomGenerator& rng)
{
    QPainterPath path(at);
    QPointF cur = at;
    const int loops = 3 + int(rng.bounded(4));
    for (int i = 0; i < loops; ++i) {
        const QPointF c1 = cur + QPointF(rng.bounded(size * 0.5), -rng.bounded(size * 0.6));
        const QPointF c2 = cur + QPointF(rng.bounded(size * 0.5) - size * 0.3, rng.bounded(size * 0.6));
        const QPointF end =
            cur + QPointF(size * 0.25 + rng.bounded(size * 0.2), rng.bounded(size * 0.2) - size * 0.1);
        path.cubicTo(c1, c2, end);
        cur = end;
    }
    path.lineTo(at + QPointF(rng.bounded(size * 0.3), size * 0.15));
    p.save();
    p.setPen(QPen(QColor(25, 25, 70), std::max(2.0, size / 45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

void drawStamp(QPainter& p, const QPointF& c, double r, const QString& ring, const QString& family)
{
    p.save();
    const QColor red(205, 35, 35, 190);
    p.setPen(QPen(red, std::max(2.0, r / 22)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, r, r);
    p.drawEllipse(c, r * 0.62, r * 0.62);
    // Star in the middle.
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double rr = (i % 2 == 0) ? r * 0.25 : r * 0.1;
        star << c + QPointF(std::cos(a) * rr, std::sin(a) * rr);
    }
    p.setBrush(red);
    p.setPen(Qt::NoPen);
    p.drawPolygon(star);
    // Text round the ring.
    QFont f(family);
    f.setPixelSize(std::max(6, int(r * 0.2)));
    f.setBold(true);
    p.setFont(f);
    p.setPen(red);
    const QFontMetricsF fm(f);
    const double textR = r * 0.8;
    const double total = fm.horizontalAdvance(ring);
    double angle = -M_PI / 2 - (total / textR) / 2;
    if (total / textR > 2 * M_PI * 0.92)
        angle = -M_PI / 2 - M_PI * 0.92;
    const double scale = std::min(1.0, 2 * M_PI * 0.92 * textR / std::max(1.0, total));
    for (QChar ch : ring) {
        const double w = fm.horizontalAdvance(ch) * scale;
        const double mid = angle + (w / 2) / textR;
        p.save();
        p.translate(c + QPointF(std::cos(mid) * textR, std::sin(mid) * textR));
        p.rotate(qRadiansToDegrees(mid) + 90);
        p.scale(scale, 1.0);
        p.drawText(QPointF(-fm.horizontalAdvance(ch) / 2, fm.ascent() / 2), QString(ch));
        p.restore();
        angle += w / textR;
    }
    p.restore();
}

QString agencyFromPlace(const QString& place)
{
    // "Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu" -> "XÃ THU LŨM"
    QString first = place.section(QLatin1Char(','), 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(?:Ủy|Uỷ) ban nhân dân\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    first.remove(prefix);
    return first.toUpper();
}

void drawLandSketch(Page& pg, QRandomGenerator& rng)
{
    QPainter& p = pg.p;
    pg.y = pg.mm(16);
    pg.flow({{QStringLiteral("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất"), true, {}}},
            pg.left, pg.right, pg.left, false, 0, nullptr);
    const double cx = pg.image.width() * 0.5, cy = pg.mm(70);
    QPolygonF poly;
    for (int i = 0; i < 4; ++i) {
        const double a = M_PI / 4 + i * M_PI / 2 + (rng.bounded(20) - 10) / 100.0;
        const double rr = pg.mm(35) + rng.bounded(int(pg.mm(12)));
        poly << QPointF(cx + std::cos(a) * rr, cy + std::sin(a) * rr * 0.75);
    }
    p.setPen(QPen(Qt::black, std::max(2.0, pg.mm(0.4))));
    p.drawPolygon(poly);
    p.setFont(pg.font(0.8));
    for (int i = 0; i < 4; ++i) {
        const QPointF a = poly[i], b = poly[(i + 1) % 4];
        const double len = QLineF(a, b).length() / pg.mm(2.0);
        p.drawText((a + b) / 2 + QPointF(pg.mm(2), 0),
                   QString::number(len, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')));
    }
    p.drawLine(QPointF(pg.right - pg.mm(15), pg.mm(30)), QPointF(pg.right - pg.mm(15), pg.mm(50)));
    p.drawText(QPointF(pg.right - pg.mm(16), pg.mm(28)), QStringLiteral("N"));
    pg.y = pg.mm(120);
    pg.flow({{QStringLiteral("IV. Những thay đổi sau khi cấp Giấy chứng nhận"), true, {}}}, pg.left, pg.right,
            pg.left, false, 0, nullptr);
    pg.y += pg.lineHeight();
    const double top = pg.y, colX = pg.left + (pg.right - pg.left) * 0.68;
    const double rowH = pg.lineHeight() * 1.4;
    p.setPen(QPen(Qt::black, std::max(1.0, pg.mm(0.25))));
    for (int i = 0; i <= 5; ++i)
        p.drawLine(QPointF(pg.left, top + i * rowH), QPointF(pg.right, top + i * rowH));
    p.drawLine(QPointF(pg.left, top), QPointF(pg.left, top + 5 * rowH));
    p.drawLine(QPointF(colX, top), QPointF(colX, top + 5 * rowH));
    p.drawLine(QPointF(pg.right, top), QPointF(pg.right, top + 5 * rowH));
    pg.y = top + pg.mm(1);
    pg.flow({{QStringLiteral("Nội dung thay đổi và cơ sở pháp lý"), true, {}}}, pg.left + pg.mm(2), colX,
            pg.left, false, 0, nullptr);
    pg.y = top + pg.mm(1);
    pg.flow({{QStringLiteral("Xác nhận của cơ quan có thẩm quyền"), true, {}}}, colX + pg.mm(2),
            pg.right - pg.mm(2), colX + pg.mm(2), false, 0, nullptr);
}

} // namespace

QStringList formFontFamilies()
{
    QStringList out;
    const QStringList installed = QFontDatabase::families();
    for (const char* f : {"DejaVu Serif", "DejaVu Sans", "Liberation Serif", "Liberation Sans"})
        if (installed.contains(QLatin1String(f)))
            out.append(QLatin1String(f));
    return out;
}

QStringList formLayouts(const records::RecordType& type)
{
    QStringList out;
    for (const QJsonObject& l : layoutsOf(type))
        out.append(l.value(QLatin1String("id")).toString());
    return out;
}

Result<RenderedForm> renderForm(const records::RecordType& type, const FormValues& values,
                                const RenderOptions& opt)
{
    const QList<QJsonObject> layouts = layoutsOf(type);
    QJsonObject layout = layouts.first();
    if (!opt.layout.isEmpty()) {
        bool found = false;
        for (const QJsonObject& l : layouts)
            if (l.value(QLatin1String("id")).toString() == opt.layout) {
                layout = l;
                found = true;
            }
        if (!found)
            return makeError(QStringLiteral("render.layout"),
                             Tr::tr("The form of %1 has no layout %2.").arg(type.id, opt.layout));
    }
    return renderFormLayout(type, layout, values, opt);
}

namespace {

// What every part of a layout draws with: the values, the page and the boxes where values land.
struct FormCanvas {
    const records::RecordType& type;
    const FormValues& values;
    const QSet<QString>& boldFields;
    Page& pg;
    QMap<QString, QRectF>& boxes;
    double lh;
    double width;
    bool leaders;
    double gapFactor;
};

// The agency and the country's motto (or the motto alone), the numbers and the title.
void drawHeader(FormCanvas& c, const QJsonObject& layout, const QString& agency, int w)
{
    Page& pg = c.pg;
    const double lh = c.lh, width = c.width;
    const QString header = layout.value(QLatin1String("header")).toString(QStringLiteral("commune"));
    if (header == QLatin1String("commune")) {
        const double y0 = pg.y;
        pg.centered(QStringLiteral("ỦY BAN NHÂN DÂN"), pg.left + width * 0.2, 1.0, false);
        pg.centered(agency, pg.left + width * 0.2, 1.0, true, false, true);
        const double yLeft = pg.y;
        pg.y = y0;
        pg.centered(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), pg.left + width * 0.68, 1.0, true);
        pg.centered(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), pg.left + width * 0.68, 1.0, true, false,
                    true);
        pg.y = std::max(pg.y, yLeft);
    } else if (header == QLatin1String("national")) {
        pg.centered(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), w / 2.0, 1.0, true);
        pg.centered(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), w / 2.0, 1.0, true, false, true);
    }
    for (const QString& line : strings(layout.value(QLatin1String("numbers")))) {
        pg.flow(expand(c.type, c.values, line, c.boldFields, false, nullptr), pg.left + pg.mm(3), pg.right,
                pg.left, false, 0, &c.boxes);
        pg.y += lh;
    }
    pg.y += lh * 0.3;
    const QStringList title = strings(layout.value(QLatin1String("title")));
    for (int i = 0; i < title.size(); ++i)
        pg.centered(title[i], w / 2.0, i == 0 ? 1.45 : 1.2, true);
    if (layout.contains(QLatin1String("subtitle")))
        pg.centered(layout.value(QLatin1String("subtitle")).toString(), w / 2.0, 1.0, true);
    pg.y += lh * 0.4;
}

// A body line of several cells at fixed fractions of the width, each with its leader.
void drawCells(FormCanvas& c, const QJsonObject& item, double indent, bool itemLeaders)
{
    Page& pg = c.pg;
    const bool optional = item.value(QLatin1String("optional")).toBool();
    const QStringList cells = strings(item.value(QLatin1String("cells")));
    const QJsonArray at = item.value(QLatin1String("at")).toArray();
    QList<QList<Run>> runs;
    bool any = false;
    for (const QString& cell : cells) {
        bool present = false;
        runs.append(expand(c.type, c.values, cell, c.boldFields, false, &present));
        any |= present;
    }
    if (optional && !any)
        return;
    const double x0 = pg.left + indent, span = pg.right - x0;
    double minX = x0;
    for (int i = 0; i < runs.size(); ++i) {
        const double start = std::max(x0 + at.at(i).toDouble() * span, minX);
        const double end = i + 1 < runs.size() ? x0 + at.at(i + 1).toDouble() * span : pg.right;
        const double saveY = pg.y;
        const double x = pg.flow(runs[i], start, 1e9, start, false, 0, &c.boxes);
        pg.y = saveY;
        const double leaderEnd = std::max(end - pg.mm(2), x);
        if (itemLeaders)
            pg.drawLeader(x + pg.mm(1), leaderEnd);
        minX = std::max(x, itemLeaders ? leaderEnd : x) + pg.mm(4);
    }
    pg.y += c.lh * (1 + c.gapFactor);
}

// A ruled table: a header row and rows of templates, columns at fractions of the width.
void drawTable(FormCanvas& c, const QJsonObject& t)
{
    Page& pg = c.pg;
    const double lh = c.lh;
    const QJsonArray widths = t.value(QLatin1String("widths")).toArray();
    QList<double> xs{pg.left};
    for (const QJsonValue& wv : widths)
        xs.append(xs.last() + wv.toDouble() * c.width);
    const double pad = pg.mm(1.5);
    QList<QStringList> rows;
    rows.append(strings(t.value(QLatin1String("header"))));
    for (const QJsonValue& rv : t.value(QLatin1String("rows")).toArray())
        rows.append(strings(rv));
    pg.p.save();
    for (int r = 0; r < rows.size(); ++r) {
        const double top = pg.y;
        double bottom = top + lh;
        for (int col = 0; col < rows[r].size() && col + 1 < xs.size(); ++col) {
            pg.y = top + pad;
            const QList<Run> runs = expand(c.type, c.values, rows[r][col], c.boldFields, r == 0, nullptr);
            pg.flow(runs, xs[col] + pad * 1.5, xs[col + 1] - pad, xs[col] + pad * 1.5, false, 0, &c.boxes);
            bottom = std::max(bottom, pg.y + lh + pad);
        }
        pg.p.setPen(QPen(QColor(20, 20, 20), std::max(1.0, pg.mm(0.3))));
        pg.p.drawLine(QPointF(xs.first(), top), QPointF(xs.last(), top));
        for (double x : xs)
            pg.p.drawLine(QPointF(x, top), QPointF(x, bottom));
        pg.y = bottom;
    }
    pg.p.drawLine(QPointF(xs.first(), pg.y), QPointF(xs.last(), pg.y));
    pg.p.restore();
    pg.y += lh * 0.3;
}

// Columns side by side (husband | wife), each a header and lines.
void drawColumns(FormCanvas& c, const QJsonArray& cols, bool itemLeaders)
{
    Page& pg = c.pg;
    const double colW = c.width / std::max<qsizetype>(1, cols.size());
    const double top = pg.y;
    double bottom = top;
    for (int i = 0; i < cols.size(); ++i) {
        const QJsonObject col = cols[i].toObject();
        const double x0 = pg.left + i * colW, x1 = x0 + colW - pg.mm(6);
        pg.y = top;
        pg.flow({{col.value(QLatin1String("header")).toString(), true, {}}}, x0, x1, x0, false, 0, nullptr);
        pg.y += c.lh;
        for (const QString& line : strings(col.value(QLatin1String("lines")))) {
            pg.flow(expand(c.type, c.values, line, c.boldFields, false, nullptr), x0, x1, x0, itemLeaders, x1,
                    &c.boxes);
            pg.y += c.lh;
        }
        bottom = std::max(bottom, pg.y);
    }
    pg.y = bottom;
}

// The text of a template with its values filled in, as one string.
QString expandedText(const FormCanvas& c, const QString& tmpl, const QSet<QString>& bold, bool allBold)
{
    QString text;
    for (const Run& r : expand(c.type, c.values, tmpl, bold, allBold, nullptr))
        text += r.text;
    return text;
}

// One item of the layout's body: a gap, a heading, a line, cells, the serial, the date line, a
// table or columns.
void drawBodyItem(FormCanvas& c, const QJsonObject& item)
{
    Page& pg = c.pg;
    const double lh = c.lh;
    const bool optional = item.value(QLatin1String("optional")).toBool();
    const double indent = item.value(QLatin1String("indent")).toDouble(0) * pg.mm(6);
    const bool itemLeaders = item.value(QLatin1String("leader")).toBool(c.leaders);
    if (item.contains(QLatin1String("gap"))) {
        pg.y += lh * item.value(QLatin1String("gap")).toDouble();
    } else if (item.contains(QLatin1String("heading"))) {
        pg.flow({{item.value(QLatin1String("heading")).toString(), true, {}}}, pg.left, pg.right, pg.left,
                false, 0, nullptr);
        pg.y += lh;
    } else if (item.contains(QLatin1String("line"))) {
        bool present = false;
        const QList<Run> runs = expand(c.type, c.values, item.value(QLatin1String("line")).toString(),
                                       c.boldFields, item.value(QLatin1String("bold")).toBool(), &present);
        if (optional && !present)
            return;
        pg.flow(runs, pg.left + indent, pg.right, pg.left + indent, itemLeaders, pg.right, &c.boxes);
        pg.y += lh * (1 + c.gapFactor);
    } else if (item.contains(QLatin1String("cells"))) {
        drawCells(c, item, indent, itemLeaders);
    } else if (item.contains(QLatin1String("serial"))) {
        const QString text =
            expandedText(c, item.value(QLatin1String("serial")).toString(), c.boldFields, true);
        const QFont f = pg.font(1.3, true);
        const QFontMetricsF fm(f);
        const double x = pg.right - fm.horizontalAdvance(text);
        pg.p.setFont(f);
        pg.p.drawText(QPointF(x, pg.y + fm.ascent()), text);
        c.boxes[QStringLiteral("certificate_serial")] =
            QRectF(x, pg.y, fm.horizontalAdvance(text), fm.height());
        pg.y += pg.lineHeight(1.3);
    } else if (item.contains(QLatin1String("dateline"))) {
        const QString text =
            expandedText(c, item.value(QLatin1String("dateline")).toString(), c.boldFields, false);
        const double cx = pg.left + c.width * 0.7;
        const double saveY = pg.y;
        pg.centered(text, cx, 1.0, false, true);
        QFontMetricsF fm(pg.font(1.0, false, true));
        c.boxes[QStringLiteral("issue_date")] =
            QRectF(cx - fm.horizontalAdvance(text) / 2, saveY, fm.horizontalAdvance(text), fm.height());
    } else if (item.contains(QLatin1String("table"))) {
        drawTable(c, item.value(QLatin1String("table")).toObject());
    } else if (item.contains(QLatin1String("columns"))) {
        drawColumns(c, item.value(QLatin1String("columns")).toArray(), itemLeaders);
    }
}

// The side signatures and the signer's block; where the main signature's scribble went.
QPointF drawSignatures(FormCanvas& c, const QJsonObject& layout, QRandomGenerator& rng)
{
    Page& pg = c.pg;
    const double lh = c.lh;
    pg.y += lh * 0.6;
    const double sigTop = pg.y;
    for (int i = 0; i < layout.value(QLatin1String("side_signatures")).toArray().size(); ++i) {
        const QJsonObject s = layout.value(QLatin1String("side_signatures")).toArray().at(i).toObject();
        const double cx = pg.left + c.width * (0.12 + 0.25 * i);
        pg.y = sigTop;
        pg.centered(s.value(QLatin1String("title")).toString(), cx, 1.0, true);
        pg.centered(s.value(QLatin1String("note")).toString(), cx, 0.85, false, true);
        drawScribble(pg.p, QPointF(cx - pg.mm(12), pg.y + lh), pg.mm(22), rng);
    }
    const QJsonObject sig = layout.value(QLatin1String("signature")).toObject();
    const double sigX = pg.left + c.width * 0.72;
    pg.y = sigTop;
    if (sig.contains(QLatin1String("lines"))) {
        for (const QString& line : strings(sig.value(QLatin1String("lines"))))
            pg.centered(expandedText(c, line, {}, true), sigX, 1.0, true);
    } else {
        pg.centered(sig.value(QLatin1String("title")).toString(), sigX, 1.0, true);
        pg.centered(sig.value(QLatin1String("note")).toString(), sigX, 0.85, false, true);
    }
    const double scribbleY = pg.y + lh * 1.2;
    drawScribble(pg.p, QPointF(sigX - pg.mm(16), scribbleY), pg.mm(30), rng);
    pg.y += lh * 3.2;
    QString signer = c.values.value(QStringLiteral("_signer"));
    if (signer.isEmpty())
        signer = QStringLiteral("Nguyễn Văn An");
    pg.centered(signer, sigX, 1.0, true);
    if (!sig.contains(QLatin1String("lines")))
        pg.centered(c.values.value(QStringLiteral("_signer_role"),
                                   sig.value(QLatin1String("role")).toString(QStringLiteral("Phó Chủ tịch"))),
                    sigX, 1.0, false);
    return QPointF(sigX, scribbleY);
}

} // namespace

Result<RenderedForm> renderFormLayout(const records::RecordType& type, const QJsonObject& layout,
                                      const FormValues& values, const RenderOptions& opt)
{
    if (opt.dpi < 50 || opt.dpi > 1200)
        return makeError(QStringLiteral("render.dpi"),
                         Tr::tr("Resolution %1 dpi is out of range.").arg(opt.dpi));
    QRandomGenerator rng(opt.seed);
    const bool landscape =
        layout.value(QLatin1String("orientation")).toString() == QLatin1String("landscape");
    const int shortSide = qRound(8.27 * opt.dpi), longSide = qRound(11.69 * opt.dpi);
    const int w = landscape ? longSide : shortSide, h = landscape ? shortSide : longSide;
    const double pt = layout.value(QLatin1String("font_pt")).toDouble(12.5);
    QSet<QString> boldFields;
    for (const QString& k : strings(layout.value(QLatin1String("bold_values"))))
        boldFields.insert(k);

    RenderedForm out;
    out.layout = layout.value(QLatin1String("id")).toString();
    QMap<QString, QRectF> boxes;
    Page pg(w, h, opt.dpi, opt.fontFamily, pt);
    FormCanvas canvas{type,
                      values,
                      boldFields,
                      pg,
                      boxes,
                      pg.lineHeight(),
                      pg.right - pg.left,
                      layout.value(QLatin1String("leaders")).toBool(),
                      layout.value(QLatin1String("line_gap")).toDouble(0.0)};
    const double lh = canvas.lh;

    QString agency = values.value(QStringLiteral("_agency"));
    if (agency.isEmpty())
        agency = agencyFromPlace(values.value(QStringLiteral("registration_place")));
    drawHeader(canvas, layout, agency, w);
    for (const QJsonValue& iv : layout.value(QLatin1String("body")).toArray())
        drawBodyItem(canvas, iv.toObject());
    const QPointF scribble = drawSignatures(canvas, layout, rng);

    // Footer lines at the bottom of the page.
    const QStringList footer = strings(layout.value(QLatin1String("footer")));
    pg.y = h - pg.mm(18) - footer.size() * lh;
    for (const QString& line : footer) {
        pg.flow(expand(type, values, line, {QStringLiteral("registry_entry_number")}, false, nullptr),
                pg.left, pg.right, pg.left, false, 0, &boxes);
        pg.y += lh;
    }

    // The stamp: beside the signature, or over a field's value.
    QPointF stampAt(scribble.x() - pg.mm(18), scribble.y() + pg.mm(2));
    if (!opt.stampOver.isEmpty() && boxes.contains(opt.stampOver))
        stampAt = boxes.value(opt.stampOver).center() + QPointF(rng.bounded(int(pg.mm(10))) - pg.mm(5), 0);
    QString ring = QStringLiteral("ỦY BAN NHÂN DÂN ") + agency + QStringLiteral(" * ");
    drawStamp(pg.p, stampAt, pg.mm(17), ring, opt.fontFamily);
    pg.p.end();

    for (auto it = boxes.constBegin(); it != boxes.constEnd(); ++it) {
        out.valueBoxes.insert(it.key(), it.value().toAlignedRect());
        out.valuePages.insert(it.key(), 1);
    }
    out.pages.append(degrade(pg.image, opt.degradation, opt.color));
    if (layout.value(QLatin1String("page2")).toString() == QLatin1String("land_sketch")) {
        Page second(w, h, opt.dpi, opt.fontFamily, pt);
        drawLandSketch(second, rng);
        second.p.end();
        Degradation d2 = opt.degradation;
        d2.seed += 7;
        out.pages.append(degrade(second.image, d2, opt.color));
    }
    return out;
}

// ---- degradations -------------------------------------------------------

namespace {

void boxBlurGray(QImage& img, int r)
{
    if (r <= 0)
        return;
    const int w = img.width(), h = img.height();
    QList<int> tmp(w * h);
    for (int y = 0; y < h; ++y) {
        const uchar* line = img.constScanLine(y);
        int sum = 0;
        for (int x = -r; x <= r; ++x)
            sum += line[std::clamp(x, 0, w - 1)];
        for (int x = 0; x < w; ++x) {
            tmp[y * w + x] = sum / (2 * r + 1);
            sum += line[std::min(x + r + 1, w - 1)] - line[std::max(x - r, 0)];
        }
    }
    for (int x = 0; x < w; ++x) {
        int sum = 0;
        for (int y = -r; y <= r; ++y)
            sum += tmp[std::clamp(y, 0, h - 1) * w + x];
        for (int y = 0; y < h; ++y) {
            img.scanLine(y)[x] = uchar(sum / (2 * r + 1));
            sum += tmp[std::min(y + r + 1, h - 1) * w + x] - tmp[std::max(y - r, 0) * w + x];
        }
    }
}

} // namespace

QImage degrade(const QImage& page, const Degradation& d, bool color)
{
    QImage img = page.convertToFormat(QImage::Format_RGB32);
    const int dpi = img.dotsPerMeterX() > 0 ? qRound(img.dotsPerMeterX() * 0.0254) : 300;
    QRandomGenerator rng(d.seed);
    if (std::abs(d.rotateDegrees) > 1e-6) {
        QImage rotated(img.size(), QImage::Format_RGB32);
        rotated.fill(QColor(253, 252, 248));
        QPainter p(&rotated);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(img.width() / 2.0, img.height() / 2.0);
        p.rotate(d.rotateDegrees);
        p.translate(-img.width() / 2.0, -img.height() / 2.0);
        p.drawImage(0, 0, img);
        p.end();
        rotated.setDotsPerMeterX(img.dotsPerMeterX());
        rotated.setDotsPerMeterY(img.dotsPerMeterY());
        img = rotated;
    }
    QList<QImage> channels;
    if (!color) {
        QImage g = img.convertToFormat(QImage::Format_Grayscale8);
        channels.append(g);
    } else {
        for (int c = 0; c < 3; ++c) {
            QImage ch(img.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < img.height(); ++y) {
                const QRgb* src = reinterpret_cast<const QRgb*>(img.constScanLine(y));
                uchar* dst = ch.scanLine(y);
                for (int x = 0; x < img.width(); ++x)
                    dst[x] = uchar(c == 0 ? qRed(src[x]) : c == 1 ? qGreen(src[x]) : qBlue(src[x]));
            }
            channels.append(ch);
        }
    }
    const int blur = int(std::round(d.blurRadius * dpi / 300.0));
    for (QImage& ch : channels) {
        if (blur > 0) {
            // Three box passes approximate a gaussian.
            for (int i = 0; i < 3; ++i)
                boxBlurGray(ch, std::max(1, blur / 2));
        }
        if (d.fade > 0 || d.noiseSigma > 0) {
            for (int y = 0; y < ch.height(); ++y) {
                uchar* line = ch.scanLine(y);
                for (int x = 0; x < ch.width(); ++x) {
                    double v = line[x];
                    if (d.fade > 0)
                        v = v + (250 - v) * d.fade;
                    if (d.noiseSigma > 0) {
                        const double u1 = std::max(1e-9, rng.generateDouble()), u2 = rng.generateDouble();
                        v += d.noiseSigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
                    }
                    line[x] = uchar(std::clamp(v, 0.0, 255.0));
                }
            }
        }
    }
    QImage outImg;
    if (!color) {
        outImg = channels.first();
    } else {
        outImg = QImage(img.size(), QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y) {
            QRgb* dst = reinterpret_cast<QRgb*>(outImg.scanLine(y));
            for (int x = 0; x < img.width(); ++x)
                dst[x] = qRgb(channels[0].constScanLine(y)[x], channels[1].constScanLine(y)[x],
                              channels[2].constScanLine(y)[x]);
        }
    }
    if (d.speckles > 0) {
        QPainter p(&outImg);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < d.speckles; ++i) {
            const QPointF at(rng.bounded(outImg.width()), rng.bounded(outImg.height()));
            const double r = 0.5 + rng.bounded(3.0) * dpi / 300.0;
            p.setBrush(i % 4 == 0 ? QColor(250, 250, 250) : QColor(40, 40, 40));
            p.drawEllipse(at, r, r);
        }
    }
    if (d.jpegQuality > 0) {
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        outImg.save(&buf, "JPG", std::clamp(d.jpegQuality, 5, 100));
        QImage back;
        back.loadFromData(bytes, "JPG");
        if (!back.isNull())
            outImg = color ? back.convertToFormat(QImage::Format_RGB32)
                           : back.convertToFormat(QImage::Format_Grayscale8);
    }
    outImg.setDotsPerMeterX(page.dotsPerMeterX());
    outImg.setDotsPerMeterY(page.dotsPerMeterY());
    return outImg;
}

} // namespace sohoa::render
