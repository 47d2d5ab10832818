#pragma once

#include "accounts/Session.h"
#include "common/CancelToken.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

// Tables for other registries from a batch's approved records: the national
// civil-status import workbooks and the land registry office's list, each
// with the page images of every record as one PDF per record beside it.
// These files are plaintext personal data by design; they are written only
// into the folder the user names, and every export is in the audit trail.
namespace sohoa::exporting {

enum class TableFormat {
    NationalXlsx, // birth/death/marriage: the Ministry's import workbooks ("DL Import" + "Ghi chu")
    LandCsv,      // land certificates: the land registry office's list as CSV
    LandXlsx,     // ... and as XLSX
};
// "national-xlsx", "land-csv", "land-xlsx"
bool tableFormatFromName(const QString& name, TableFormat& out);
QString tableFormatName(TableFormat f);

struct TableExportOptions {
    TableFormat format = TableFormat::NationalXlsx;
    bool pagePdfs = true;
    CancelToken cancel;
    // Called after each record (from the exporting thread).
    std::function<void(int done, int total)> progress;
};

struct TableExportResult {
    QString directory;
    QStringList files;          // relative to directory: workbooks/CSV, then PDFs
    QMap<QString, int> records; // per record type
    int pdfs = 0;
    int withoutPages = 0; // records keyed without a scanned page (no PDF)
    qint64 bytes = 0;
    int total() const;
    QJsonObject toJson() const;
};

// Needs Permission::Export; audited (who, format, how many, where). outDir
// must not exist or be empty. Fails with export.nothing when the batch has no
// approved record of the format's types; export.cancelled when cancelled (the
// files written so far are removed).
Result<TableExportResult> exportApprovedRecords(accounts::Session& session, qint64 batchId,
                                                const QString& outDir, const TableExportOptions& options);

// `<so>_<quyenSo>_<trangSo>.pdf` made safe as a file name on Windows and Linux
// (Vietnamese letters kept, '/' of "01/2019" becomes '-').
QString safeFileName(const QStringList& parts);

} // namespace sohoa::exporting
