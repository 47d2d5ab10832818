#pragma once

#include "core/common/Result.h"
#include "core/export/ExportTable.h"

#include <memory>

namespace sohoa::exporting {

// Writes one table to one file, row by row (10,000 rows never sit in memory
// twice). Nothing is written outside the file's own folder: the XLSX writer's
// scratch files go there too, and are deleted.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual Result<void> writeRow(const QList<ExportCell>& cells) = 0;
    // Writes the code-list sheet (XLSX) and closes the file.
    virtual Result<void> finish(const QList<CodeList>& codeLists) = 0;
};

// XLSX (libxlsxwriter): sheet `table.sheet` with the header row, then rows;
// `table.notesSheet` with the code lists. The writer's scratch files go to
// scratchDir (default: the file's folder); they are unlinked as soon as made.
Result<std::unique_ptr<TableWriter>> openXlsx(const QString& file, const ExportTable& table,
                                              const QString& scratchDir = {});
// CSV, RFC 4180, UTF-8 with a byte-order mark (so spreadsheet programs read
// the Vietnamese letters), header row first.
Result<std::unique_ptr<TableWriter>> openCsv(const QString& file, const ExportTable& table);

} // namespace sohoa::exporting
