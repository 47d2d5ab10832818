#pragma once

#include "core/accounts/Session.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"

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
    // The encrypted variant (for carrying the files): `out` names one archive
    // file (EncryptedArchive.h) instead of a folder. The workbooks are written
    // into memory (a memfd, libxlsxwriter's scratch files in a private folder
    // on tmpfs), the PDFs never leave memory: nothing plaintext reaches a disk.
    bool encrypted = false;
    QByteArray passphrase; // UTF-8, at least kMinPassphraseLength characters
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    // Threads that build the page PDFs while this one reads the store; 0: one per core.
    int pdfWorkers = 0;
};

struct TableExportResult {
    QString directory; // the folder, or the archive file of the encrypted variant
    bool encrypted = false;
    QStringList files;          // relative to directory (or inside the archive): workbooks/CSV, then PDFs
    QMap<QString, int> records; // per record type
    int pdfs = 0;
    int withoutPages = 0; // records keyed without a scanned page (no PDF)
    qint64 bytes = 0;
    int total() const;
    QJsonObject toJson() const;
};

// Needs Permission::Export; audited (who, format, how many, where, encrypted
// or not). outDir must not exist or be empty (encrypted: the archive file must not exist). Fails with
// export.nothing when the batch has no approved record of the format's types; export.cancelled when cancelled
// (the files written so far are removed).
Result<TableExportResult> exportApprovedRecords(accounts::Session& session, qint64 batchId,
                                                const QString& outDir, const TableExportOptions& options);

// `<so>_<quyenSo>_<trangSo>.pdf` made safe as a file name on Windows and Linux
// (Vietnamese letters kept, '/' of "01/2019" becomes '-').
QString safeFileName(const QStringList& parts);

} // namespace sohoa::exporting
