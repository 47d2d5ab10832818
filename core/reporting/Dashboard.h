#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::store {
class Database;
}

namespace sohoa::reporting {

// Where the commune stands: counts only, never a field value, so the figures
// (and their CSV) carry no personal data of citizens.
struct DashboardData {
    QDate from, to; // days (Viet Nam time) covered by the per-day figures

    // state -> record type -> count
    QMap<QString, QMap<QString, int>> recordsByStateAndType;

    // Per account per day, from the audit trail (so re-verifications and
    // decisions are counted when they happened).
    struct AccountDay {
        QDate day;
        QString account;
        int confirmed = 0;
        int fieldEdits = 0;
        int keyed = 0;
        int approved = 0;
        int rejected = 0;
    };
    QList<AccountDay> perAccountDay; // by day, then account

    QMap<QDate, int> pagesPerDay; // pages imported or scanned
    struct IssueCount {
        int errors = 0;
        int warnings = 0;
    };
    QMap<QString, IssueCount> issuesByCode; // open issues of records not yet approved

    // Batch counts by how far they have gone towards the registry:
    // "not_ready", "ready" (all approved), "exported", "synced", "sync_failed".
    QMap<QString, int> batchesBySyncState;
    int batches = 0;
    int documents = 0;
    int pages = 0;
    qint64 records = 0;
};

// Figures for the days from..to (inclusive; Viet Nam dates).
Result<DashboardData> loadDashboard(store::Database& db, QDate from, QDate to);

} // namespace sohoa::reporting
