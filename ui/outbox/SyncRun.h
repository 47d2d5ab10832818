#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/sync/SyncEngine.h"

#include <QObject>
#include <memory>

namespace sohoa::ui {

class StoreAccess;

// One "Sync now": the sync engine on the store's job pool with a connection of
// its own. It may wait on the network for minutes, so it runs neither on the
// UI thread nor on the writer thread that every other screen's saves queue on.
// Progress and the outcome arrive on the UI thread.
class SyncRun : public QObject {
    Q_OBJECT
public:
    SyncRun(StoreAccess* store, const sync::SyncOptions& options, QObject* parent = nullptr);
    // Asks a run still going to stop: the store waits for its jobs at sign-out.
    ~SyncRun() override;

    void start();
    // The engine stops at its next step; what was answered is kept.
    void stop() { m_cancel.cancel(); }
    bool stopRequested() const { return m_cancel.isCancelled(); }

Q_SIGNALS:
    void progressed(const sohoa::sync::SyncProgress& progress);
    void finished(const sohoa::Result<sohoa::sync::SyncSummary>& summary);

private:
    StoreAccess* m_store;
    sync::SyncOptions m_options;
    CancelToken m_cancel;
};

// What a run did, for people: the counts, what is left and why. `complete`:
// every record got the registry's answer and nothing stopped the run.
QString syncOutcomeText(const sync::SyncSummary& summary, bool stopped, bool* complete);

} // namespace sohoa::ui
