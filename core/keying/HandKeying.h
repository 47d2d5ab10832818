#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::keying {

// A page of a batch as the keying screen lists it.
struct KeyingPage {
    qint64 documentId = 0;
    int pageNo = 1;
    QString sourceName;
    QString documentStatus; // ocr_failed, ocr_done, ...
    int records = 0;        // records on this page (keyed or read by OCR)
    int keyed = 0;          // of which keyed by hand (first keying)
    int secondKeyed = 0;    // entries keyed a second time (double keying)
    int unresolved = 0;     // second keyings with differences not yet resolved
};
// Every page of the batch's documents, in import order.
Result<QList<KeyingPage>> keyingPages(store::Database& db, qint64 batchId);

// An entry (record) on a page.
struct PageEntry {
    int entryNo = 0;
    qint64 recordId = 0; // 0: only keyed the second time
    QString recordType;
    QString keyedBy;
    QString state;
    bool secondPass = false;
    bool resolved = false;
};
Result<QList<PageEntry>> pageEntries(store::Database& db, qint64 documentId, int pageNo);

// First keying: a new record for the next entry of the page (workflow's manual
// record, in to_verify) and its place on the page. Returns the record id.
Result<qint64> keyEntry(accounts::Session& session, qint64 documentId, int pageNo, const QString& recordType,
                        const QMap<QString, QString>& values);

// Double keying of a batch (a supervisor's or clerk's choice per book).
Result<void> setDoubleKeying(accounts::Session& session, qint64 batchId, bool on);
Result<bool> isDoubleKeying(store::Database& db, qint64 batchId);

// Second keying, blind: another account keys entry `entryNo` of the page again.
// Refused for the account that keyed it the first time.
Result<void> keySecondPass(accounts::Session& session, qint64 documentId, int pageNo, int entryNo,
                           const QString& recordType, const QMap<QString, QString>& values);

struct Difference {
    QString field;
    QString first;  // the record's value
    QString second; // the second keying's value
};
struct DoubleKeyingState {
    bool required = false;   // the record was keyed by hand in a double-keying batch
    bool secondDone = false; // the second keying exists
    bool resolved = false;   // its differences were resolved
    int entryNo = 0;
    QString secondKeyedBy;
    QList<Difference> differences; // empty when both keyings agree
    bool blocksConfirmation() const
    {
        return required && (!secondDone || (!resolved && !differences.isEmpty()));
    }
};
Result<DoubleKeyingState> doubleKeyingState(store::Database& db, qint64 recordId);

// Takes the chosen value for every differing field (edits the record through
// the workflow, so each change is kept with who/when/old/new) and marks the
// second keying resolved. Every difference needs a chosen value.
Result<void> resolveDifferences(accounts::Session& session, qint64 recordId,
                                const QMap<QString, QString>& chosen);

// Values are compared as the SPEC says: NFC, spaces collapsed, case-insensitive.
bool sameKeyedValue(const QString& a, const QString& b);

} // namespace sohoa::keying
