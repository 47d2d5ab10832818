#include "core/export/ExportTable.h"

#include "core/export/Errors.h"
#include "core/i18n/Tr.h"
#include "core/text/SearchFold.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace sohoa::exporting {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

ExportCell text(const QString& s)
{
    if (s.isEmpty())
        return {};
    return {ExportCell::Kind::Text, s, 0};
}

// A whole number written as a number cell ("codes as numbers"); other text stays text.
ExportCell numberOrText(const QString& s)
{
    static const QRegularExpression whole(QStringLiteral("^[0-9]{1,15}$"));
    if (whole.match(s).hasMatch())
        return {ExportCell::Kind::Number, QString::number(s.toLongLong()), double(s.toLongLong())};
    return text(s);
}

ExportCell decimalOrText(const QString& s)
{
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        return {ExportCell::Kind::Number, s, d};
    return text(s);
}

} // namespace

QString dayMonthYear(const QString& iso)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(iso);
    if (!m.hasMatch())
        return iso;
    return m.captured(3) + QLatin1Char('/') + m.captured(2) + QLatin1Char('/') + m.captured(1);
}

QString nationalityCode(const QString& nationality)
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> out;
        QFile f(QStringLiteral(":/sohoa/vocabulary/nationalities.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() < 2 || parts[1].trimmed().isEmpty())
                continue;
            const QString code = parts[1].trimmed();
            out.insert(text::foldForSearch(parts[0]), code);
            if (parts.size() > 2)
                for (const QString& other : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts))
                    out.insert(text::foldForSearch(other.trimmed()), code);
        }
        return out;
    }();
    return codes.value(text::foldForSearch(nationality));
}

Result<ExportTable> exportTable(const records::RecordType& type, const QString& section)
{
    const QJsonObject o = type.source.value(section).toObject();
    const QJsonArray cols = o.value(QLatin1String("columns")).toArray();
    if (cols.isEmpty())
        return makeError(errors::kNoTable,
                         Tr::tr("The record type %1 has no export table \"%2\".").arg(type.id, section));
    ExportTable t;
    t.sheet = str(o, "sheet");
    t.notesSheet = str(o, "notes_sheet");
    for (const QJsonValue& v : cols) {
        const QJsonObject c = v.toObject();
        ExportColumn col;
        col.name = str(c, "column");
        col.field = str(c, "field");
        col.as = str(c, "as");
        col.rowNumber = str(c, "value") == QLatin1String("row");
        col.notCarried = str(c, "not_carried");
        col.fallback = str(c, "fallback");
        const QJsonObject ft = c.value(QLatin1String("fallback_type")).toObject();
        col.fallbackTypeField = str(ft, "field");
        col.fallbackTypeCode = str(ft, "code");
        const QJsonObject codes = c.value(QLatin1String("codes")).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it)
            col.codes.insert(it.key(), it.value().isDouble() ? QString::number(it.value().toInt())
                                                             : it.value().toString());
        if (col.name.isEmpty() || (!col.rowNumber && col.field.isEmpty() && col.notCarried.isEmpty()))
            return makeError(errors::kNoTable,
                             Tr::tr("The export table \"%1\" of %2 has a column without name or field.")
                                 .arg(section, type.id));
        if (!col.field.isEmpty() && !type.field(col.field))
            return makeError(errors::kNoTable,
                             Tr::tr("The export table \"%1\" of %2 names an unknown field %3.")
                                 .arg(section, type.id, col.field));
        t.columns.append(col);
    }
    for (const QJsonValue& v : o.value(QLatin1String("code_lists")).toArray()) {
        const QJsonObject l = v.toObject();
        CodeList list;
        list.title = str(l, "title");
        if (const records::FieldDef* f = type.field(str(l, "field"))) {
            for (const records::Choice& ch : f->choices)
                list.entries.append(
                    {ch.code, ch.labelVi}); // the workbook is Vietnamese whatever the UI language
        }
        for (const QJsonValue& e : l.value(QLatin1String("codes")).toArray())
            list.entries.append({str(e.toObject(), "code"), str(e.toObject(), "name")});
        if (!list.entries.isEmpty())
            t.codeLists.append(list);
    }
    return t;
}

QStringList ExportTable::headers() const
{
    QStringList out;
    for (const ExportColumn& c : columns)
        out.append(c.name);
    return out;
}

QList<ExportCell> ExportTable::row(const records::RecordType& type, const records::Record& record,
                                   int rowNo) const
{
    // A personal ID stands for the ID-paper number when no paper is named (the citizen identity card's number
    // is the personal ID since 2016); the paper type follows.
    QHash<QString, QString> implied;
    for (const ExportColumn& c : columns) {
        if (c.fallback.isEmpty() || !record.value(c.field).trimmed().isEmpty())
            continue;
        const QString id = record.value(c.fallback).trimmed();
        if (id.isEmpty())
            continue;
        implied.insert(c.field, id);
        if (!c.fallbackTypeField.isEmpty() && record.value(c.fallbackTypeField).trimmed().isEmpty())
            implied.insert(c.fallbackTypeField, c.fallbackTypeCode);
    }
    QList<ExportCell> out;
    out.reserve(columns.size());
    for (const ExportColumn& c : columns) {
        if (c.rowNumber) {
            out.append({ExportCell::Kind::Number, QString::number(rowNo), double(rowNo)});
            continue;
        }
        if (c.field.isEmpty()) {
            out.append(ExportCell{});
            continue;
        }
        QString v = record.value(c.field).trimmed();
        if (v.isEmpty())
            v = implied.value(c.field);
        if (v.isEmpty()) {
            out.append(ExportCell{});
            continue;
        }
        if (!c.codes.isEmpty()) {
            out.append(numberOrText(c.codes.value(v, v)));
        } else if (c.as == QLatin1String("date")) {
            out.append(text(dayMonthYear(v)));
        } else if (c.as == QLatin1String("code") || c.as == QLatin1String("number")) {
            out.append(numberOrText(v));
        } else if (c.as == QLatin1String("decimal")) {
            out.append(decimalOrText(v));
        } else if (c.as == QLatin1String("label")) {
            const records::FieldDef* f = type.field(c.field);
            QString name;
            if (f)
                for (const records::Choice& ch : f->choices)
                    if (ch.code == v)
                        name = ch.labelVi;
            out.append(text(name.isEmpty() ? v : name));
        } else if (c.as == QLatin1String("land_term")) {
            out.append(text(v == QLatin1String("long_term") ? QStringLiteral("Lâu dài") : dayMonthYear(v)));
        } else if (c.as == QLatin1String("nationality_code")) {
            out.append(text(nationalityCode(v)));
        } else {
            out.append(text(v)); // "year" and plain text: as stored
        }
    }
    return out;
}

} // namespace sohoa::exporting
