#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"
#include "core/records/RecordType.h"

#include <QList>
#include <QString>

// The tables other registries import: the national civil-status import
// workbooks ("national" in a record type's JSON) and the land registry
// office's list ("land_registry"). Which column holds which field, and how a
// value is written there, is data in the record type, not code.
namespace sohoa::exporting {

struct ExportColumn {
    QString name;  // column header, e.g. "nksHoTen"
    QString field; // record field; empty: the row number or a column commune paper does not carry
    QString as; // "", "date", "year", "number", "code", "decimal", "label", "land_term", "nationality_code"
    bool rowNumber = false;
    QMap<QString, QString> codes; // canonical value -> national code (sex: male -> 1)
    QString fallback;             // field used when `field` is empty (a personal ID for an ID-paper number)
    QString fallbackTypeField, fallbackTypeCode; // ... and the paper type it implies
    QString notCarried;                          // why commune paper does not carry this column
};

struct ExportCell {
    enum class Kind { Empty, Text, Number };
    Kind kind = Kind::Empty;
    QString text; // for Text, and the Number as written in a CSV
    double number = 0;
};

struct CodeList {
    QString title;
    QList<QPair<QString, QString>> entries; // code, name
};

struct ExportTable {
    QString sheet;      // "DL Import"
    QString notesSheet; // "Ghi chu" (empty: none)
    QList<ExportColumn> columns;
    QList<CodeList> codeLists;

    QStringList headers() const;
    // One row for a record; rowNo is the 1-based row (STT).
    QList<ExportCell> row(const records::RecordType& type, const records::Record& record, int rowNo) const;
};

// section: "national" or "land_registry". Fails with export.no_table when the
// record type defines no such table.
Result<ExportTable> exportTable(const records::RecordType& type, const QString& section);

// "2019-03-05" -> "05/03/2019"; anything else unchanged.
QString dayMonthYear(const QString& isoDate);
// ISO 3166 alpha-2 code of a nationality as printed ("Việt Nam" -> "VN"); empty when unknown.
QString nationalityCode(const QString& nationality);

} // namespace sohoa::exporting
