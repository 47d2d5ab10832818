#include "ui/outbox/OutboxPage.h"

#include "core/export/EncryptedArchive.h"
#include "core/sync/Device.h"
#include "core/sync/OfflinePackages.h"
#include "ui/common/Async.h"
#include "ui/common/FileNames.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/outbox/SyncRun.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

using accounts::Permission;
using sync::SyncState;

namespace {

const QList<SyncState> kStates{SyncState::Queued,        SyncState::Sending,  SyncState::Accepted,
                               SyncState::Rejected,      SyncState::Conflict, SyncState::FailedWillRetry,
                               SyncState::NeedsAttention};

enum BatchColumn { BatchName, BatchState, FirstCount }; // then one column per state, then the two below
enum RecordColumn {
    RecordId,
    RecordType,
    RecordState,
    Attempts,
    LastAttempt,
    NextAttempt,
    RegistryId,
    WhatHappened
};

QTableWidgetItem* cell(const QString& text, const QVariant& id = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

void setUpTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

OutboxPage::OutboxPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_enrolment(new QLabel(this))
    , m_batches(new QTableWidget(this))
    , m_records(new QTableWidget(this))
    , m_recordFilter(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("S&top syncing"), this))
{
    m_enrolment->setObjectName(QStringLiteral("enrolmentStatus"));
    m_enrolment->setWordWrap(true);
    m_batches->setObjectName(QStringLiteral("outboxBatches"));
    m_records->setObjectName(QStringLiteral("outboxRecords"));
    m_recordFilter->setObjectName(QStringLiteral("outboxFilter"));
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Why are these records taken back? The clerk sees this."));
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setObjectName(QStringLiteral("stopSync"));
    m_progress->setVisible(false);
    m_stop->setVisible(false);

    // Short headers keep the counts on screen; the full state name is in the tooltip.
    setUpTable(m_batches,
               {tr("Batch"), tr("State"), tr("Queued"), tr("Sending"), tr("Accepted"), tr("Rejected"),
                tr("Conflict"), tr("Will retry"), tr("Attention"), tr("Last attempt"), tr("What happened")});
    for (int i = 0; i < kStates.size(); ++i)
        m_batches->horizontalHeaderItem(FirstCount + i)->setToolTip(sync::syncStateLabel(kStates[i]));
    m_batches->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpTable(m_records, {tr("Record"), tr("Type"), tr("State"), tr("Attempts"), tr("Last attempt"),
                           tr("Next attempt"), tr("Registry number"), tr("What happened")});
    m_records->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_recordFilter->addItem(tr("All records"), QString());
    m_recordFilter->addItem(tr("Needing a supervisor"), QStringLiteral("supervisor"));
    for (SyncState s : kStates)
        m_recordFilter->addItem(sync::syncStateLabel(s), sync::syncStateName(s));

    createActions();
    layOut();
    connectSignals();
}

// The page's actions, each with its shortcut in its tooltip (the buttons trigger them).
void OutboxPage::createActions()
{
    auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    m_enqueueAction = action(tr("Send &approved records"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                             [this] { enqueueApproved(); });
    m_syncAction =
        action(tr("&Sync now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { syncNow(); });
    m_retryAction = action(tr("&Retry"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { retry(); });
    m_cancelAction = action(tr("&Cancel sending..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] {
        if (m_reason->text().simplified().isEmpty()) {
            m_reason->setFocus();
            setMessage(tr("Type why the selected records are taken back, then press Enter."), false);
        } else {
            cancelSending(m_reason->text());
        }
    });
    m_returnAction = action(tr("Re&turn to clerk"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            [this] { returnToClerk(); });
    m_exportAction =
        action(tr("&Export package..."), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { askExportFile(); });
    m_nationalExportAction =
        action(tr("Export for &national import..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
               [this] { askNationalExport(); });
    m_receiptAction =
        action(tr("&Import receipt..."), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { askReceiptFile(); });
    action(tr("Re&fresh"), QKeySequence(Qt::Key_F5), [this] { reload(); });
}

void OutboxPage::layOut()
{
    auto button = [this](QAction* a, const char* name) {
        auto* b = new QPushButton(a->text().remove(QStringLiteral("...")), this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(a->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        return b;
    };
    auto* top = new QHBoxLayout;
    top->addWidget(m_enrolment, 1);
    top->addWidget(m_progress);
    top->addWidget(m_stop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button(m_enqueueAction, "sendApproved"));
    buttons->addWidget(button(m_syncAction, "syncNow"));
    buttons->addWidget(button(m_retryAction, "retry"));
    buttons->addWidget(button(m_exportAction, "exportPackage"));
    buttons->addWidget(button(m_nationalExportAction, "exportNational"));
    buttons->addWidget(button(m_receiptAction, "importReceipt"));
    buttons->addStretch();

    auto* recordBar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_recordFilter);
    recordBar->addWidget(filterLabel);
    recordBar->addWidget(m_recordFilter);
    recordBar->addSpacing(16);
    recordBar->addWidget(m_reason, 1);
    recordBar->addWidget(button(m_cancelAction, "cancelSending"));
    recordBar->addWidget(button(m_returnAction, "returnToClerk"));

    auto* lower = new QWidget(this);
    auto* ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(recordBar);
    ll->addWidget(m_records, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batches);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
}

void OutboxPage::connectSignals()
{
    connect(m_stop, &QPushButton::clicked, this, &OutboxPage::stopSync);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { cancelSending(m_reason->text()); });
    connect(m_recordFilter, &QComboBox::activated, this, &OutboxPage::loadRecords);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_pendingLoads == 0 || selectedBatchId() != 0)
            loadRecords();
    });
    connect(m_store, &StoreAccess::storeChanged, this, [this] {
        if (isVisible() && !isSyncing())
            reload();
    });
}

OutboxPage::~OutboxPage() = default; // a running SyncRun, a child, asks the engine to stop

sync::SyncOptions OutboxPage::defaultSyncOptions()
{
    sync::SyncOptions o;
    o.patienceSeconds = 20; // a clerk waits for a button, not for two minutes of retries
    return o;
}

QString OutboxPage::title() const
{
    return tr("Outbox");
}

QString OutboxPage::menuTitle() const
{
    return tr("&Outbox");
}

void OutboxPage::activated()
{
    reload();
    m_batches->setFocus();
}

QString OutboxPage::message() const
{
    return m_message->text();
}

void OutboxPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;") : QString());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

qint64 OutboxPage::selectedBatchId() const
{
    const QList<QTableWidgetItem*> items = m_batches->selectedItems();
    return items.isEmpty()
               ? 0
               : m_batches->item(items.first()->row(), BatchName)->data(Qt::UserRole).toLongLong();
}

void OutboxPage::selectBatch(qint64 batchId)
{
    for (int row = 0; row < m_batches->rowCount(); ++row)
        if (m_batches->item(row, BatchName)->data(Qt::UserRole).toLongLong() == batchId) {
            m_batches->selectRow(row);
            return;
        }
}

QList<qint64> OutboxPage::selectedRecordIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_records->selectionModel()->selectedRows(RecordId);
    for (const QModelIndex& index : rows)
        ids.append(index.data(Qt::UserRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void OutboxPage::reload()
{
    m_wantedBatch = selectedBatchId() ? selectedBatchId() : m_wantedBatch;
    ++m_pendingLoads;
    whenDone(
        m_store->read([](store::Database& db) { return sync::loadRegistrySettings(db); }), this,
        [this](const Result<sync::RegistrySettings>& settings) {
            --m_pendingLoads;
            m_enrolled = settings && settings->isEnrolled();
            if (!settings)
                m_enrolment->setText(clerkMessage(settings.error()));
            else if (m_enrolled)
                m_enrolment->setText(tr("This computer sends to %1 (%2) as device %3.")
                                         .arg(settings->registryName, settings->url, settings->deviceId));
            else
                m_enrolment->setText(tr("This computer is not enrolled with a registry yet: records can join "
                                        "the outbox but cannot be sent. An administrator enrols it under "
                                        "Settings > National registry."));
            if (m_pendingLoads == 0)
                Q_EMIT loaded();
        });
    ++m_pendingLoads;
    whenDone(m_store->read([](store::Database& db) { return sync::outboxBatches(db); }), this,
             [this](const Result<QList<sync::OutboxBatch>>& list) {
                 --m_pendingLoads;
                 if (!list) {
                     setMessage(clerkMessage(list.error()), true);
                     if (m_pendingLoads == 0)
                         Q_EMIT loaded();
                     return;
                 }
                 showBatches(*list);
             });
}

void OutboxPage::showBatches(const QList<sync::OutboxBatch>& list)
{
    m_batchList = list;
    const QSignalBlocker block(m_batches);
    m_batches->setRowCount(int(list.size()));
    int wantedRow = list.isEmpty() ? -1 : 0;
    for (int row = 0; row < list.size(); ++row) {
        const sync::OutboxBatch& b = list[row];
        if (b.batchId == m_wantedBatch)
            wantedRow = row;
        m_batches->setItem(row, BatchName, cell(b.batchName, b.batchId));
        m_batches->setItem(row, BatchState, cell(sync::syncStateLabel(b.state)));
        int column = FirstCount;
        for (SyncState s : kStates) {
            const int n = b.counts.value(sync::syncStateName(s));
            m_batches->setItem(row, column++, cell(n ? QString::number(n) : QString()));
        }
        m_batches->setItem(row, column++, cell(localTime(b.lastAttemptAt)));
        QString happened = b.lastMessage;
        if (!b.nextAttemptAt.isEmpty() && b.counts.value(sync::syncStateName(SyncState::FailedWillRetry)))
            happened += QLatin1Char(' ') + tr("Next attempt: %1.").arg(localTime(b.nextAttemptAt));
        m_batches->setItem(row, column, cell(happened.trimmed()));
    }
    if (wantedRow >= 0)
        m_batches->selectRow(wantedRow);
    m_batches->resizeColumnsToContents();
    loadRecords();
}

void OutboxPage::loadRecords()
{
    sync::OutboxFilter filter;
    filter.batchId = selectedBatchId();
    if (filter.batchId)
        m_wantedBatch = filter.batchId;
    const QString wanted = m_recordFilter->currentData().toString();
    SyncState state;
    if (wanted == QLatin1String("supervisor"))
        filter.needsSupervisor = true;
    else if (sync::syncStateFromName(wanted, state))
        filter.state = state;
    if (!filter.batchId) {
        showRecords({});
        return;
    }
    ++m_pendingLoads;
    whenDone(m_store->read([filter](store::Database& db) { return sync::outboxRecords(db, filter); }), this,
             [this, batch = filter.batchId](const Result<QList<sync::OutboxRecord>>& list) {
                 --m_pendingLoads;
                 if (!list)
                     setMessage(clerkMessage(list.error()), true);
                 else if (batch == selectedBatchId())
                     showRecords(*list);
                 if (m_pendingLoads == 0)
                     Q_EMIT loaded();
             });
}

void OutboxPage::showRecords(const QList<sync::OutboxRecord>& list)
{
    const QList<qint64> selected = selectedRecordIds();
    m_recordList = list;
    m_records->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const sync::OutboxRecord& r = list[row];
        m_records->setItem(row, RecordId, cell(QString::number(r.recordId), r.recordId));
        m_records->setItem(row, RecordType, cell(recordTypeName(r.recordType)));
        QString state = sync::syncStateLabel(r.state);
        if (r.channel == QLatin1String("package") && r.state == SyncState::Sending)
            state = tr("%1 (in package %2)").arg(state, r.packageId);
        m_records->setItem(row, RecordState, cell(state));
        m_records->setItem(row, Attempts, cell(QString::number(r.attempts)));
        m_records->setItem(row, LastAttempt, cell(localTime(r.lastAttemptAt)));
        m_records->setItem(row, NextAttempt, cell(localTime(r.nextAttemptAt)));
        m_records->setItem(row, RegistryId, cell(r.registryId));
        m_records->setItem(row, WhatHappened, cell(r.lastMessage));
        if (r.needsSupervisor())
            m_records->item(row, RecordState)->setForeground(errorColor());
    }
    for (int row = 0; row < list.size(); ++row)
        if (selected.contains(list[row].recordId))
            m_records->selectionModel()->select(m_records->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_records->resizeColumnsToContents();
}

void OutboxPage::afterChange(const Result<int>& changed, const QString& doneText)
{
    if (!changed) {
        setMessage(clerkMessage(changed.error()), true);
        return;
    }
    setMessage(doneText.arg(*changed), false);
    reload();
}

void OutboxPage::enqueueApproved()
{
    whenDone(m_store->write([](accounts::Session& s) { return sync::enqueueApproved(s, 0); }), this,
             [this](const Result<int>& n) {
                 if (n && *n == 0) {
                     setMessage(tr("No approved record is waiting to join the outbox."), false);
                     reload();
                     return;
                 }
                 afterChange(n, tr("%1 approved record(s) joined the outbox."));
             });
}

void OutboxPage::syncNow()
{
    if (isSyncing())
        return;
    if (!m_store->can(Permission::Sync)) {
        setMessage(tr("Your account's role does not allow sending records to the registry."), true);
        return;
    }
    if (!m_enrolled) {
        setMessage(
            tr("This computer is not enrolled with a registry, so nothing can be sent. An administrator "
               "enrols it under Settings > National registry; meanwhile export a package for a USB stick."),
            true);
        return;
    }
    m_syncRun = new SyncRun(m_store, m_syncOptions, this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_stop->setVisible(true);
    setMessage(tr("Sending to the registry..."), false);
    connect(m_syncRun, &SyncRun::progressed, this, [this](const sync::SyncProgress& p) {
        m_progress->setRange(0, qMax(1, p.total));
        m_progress->setValue(p.answered);
        if (!m_syncRun->stopRequested())
            m_message->setText(p.message);
    });
    connect(m_syncRun, &SyncRun::finished, this, [this](const Result<sync::SyncSummary>& summary) {
        const bool stopped = m_syncRun->stopRequested();
        m_syncRun->deleteLater();
        m_syncRun = nullptr;
        m_progress->setVisible(false);
        m_stop->setVisible(false);
        reload();
        bool complete = false;
        if (summary)
            setMessage(syncOutcomeText(*summary, stopped, &complete), !complete);
        else
            setMessage(clerkMessage(summary.error()), true);
        Q_EMIT syncFinished(complete);
    });
    m_syncRun->start();
}

void OutboxPage::stopSync()
{
    if (m_syncRun) {
        m_syncRun->stop();
        m_message->setText(tr("Stopping after the current step..."));
    }
}

void OutboxPage::retry()
{
    const QList<qint64> ids = selectedRecordIds();
    const qint64 batch = selectedBatchId();
    if (ids.isEmpty() && !batch) {
        setMessage(tr("Select a batch or some of its records to retry."), false);
        return;
    }
    whenDone(m_store->write([ids, batch](accounts::Session& s) {
        return ids.isEmpty() ? sync::retryBatch(s, batch) : sync::retryRecords(s, ids);
    }),
             this, [this](const Result<int>& n) {
                 afterChange(n, tr("%1 record(s) will be sent again at the next sync."));
             });
}

void OutboxPage::cancelSending(const QString& reasonText)
{
    const QList<qint64> ids = selectedRecordIds();
    const QString reason = reasonText.simplified();
    if (ids.isEmpty()) {
        setMessage(tr("Select the records to take back from sending."), false);
        return;
    }
    if (reason.isEmpty()) {
        m_reason->setFocus();
        setMessage(tr("Say why the records are taken back: the clerk will see the reason."), true);
        return;
    }
    whenDone(
        m_store->write([ids, reason](accounts::Session& s) { return sync::cancelRecords(s, ids, reason); }),
        this, [this](const Result<int>& n) {
            if (n)
                m_reason->clear();
            afterChange(n, tr("%1 record(s) taken out of the outbox and returned to the clerk."));
        });
}

void OutboxPage::returnToClerk()
{
    QList<qint64> ids;
    for (const sync::OutboxRecord& r : std::as_const(m_recordList))
        if (selectedRecordIds().contains(r.recordId) &&
            (r.state == SyncState::Rejected || r.state == SyncState::Conflict))
            ids.append(r.recordId);
    if (ids.isEmpty()) {
        setMessage(tr("Only records the registry rejected or holds in conflict go back to the clerk; select "
                      "them first."),
                   false);
        return;
    }
    whenDone(m_store->write([ids](accounts::Session& s) { return sync::returnToClerk(s, ids); }), this,
             [this](const Result<int>& n) {
                 afterChange(n, tr("%1 record(s) returned to the clerk with the registry's reason."));
             });
}

void OutboxPage::askExportFile()
{
    const qint64 batch = selectedBatchId();
    if (!batch) {
        setMessage(tr("Select the batch to export."), false);
        return;
    }
    QString name;
    for (const sync::OutboxBatch& b : std::as_const(m_batchList))
        if (b.batchId == batch)
            name = b.batchName;
    name = fileNameFor(name); // keeps the Vietnamese of the batch name
    auto* dialog = new QFileDialog(this, tr("Export package for the registry"),
                                   QDir::home().filePath(name + QStringLiteral(".sohoa")),
                                   tr("SoHoa packages (*.sohoa)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &OutboxPage::exportPackage);
    dialog->open();
}

void OutboxPage::exportPackage(const QString& file)
{
    const qint64 batch = selectedBatchId();
    if (!batch || file.isEmpty())
        return;
    whenDone(
        m_store->write([batch, file](accounts::Session& s) { return sync::exportBatch(s, batch, file); }),
        this, [this](const Result<sync::ExportResult>& result) {
            if (!result) {
                setMessage(clerkMessage(result.error()), true);
                return;
            }
            setMessage(tr("Package %1 written to %2 (%3 records, %4 page images). Take it to the registry; "
                          "import its receipt here when it comes back.")
                           .arg(result->packageId, QDir::toNativeSeparators(result->file))
                           .arg(result->records)
                           .arg(result->pages),
                       false);
            reload();
        });
}

void OutboxPage::askNationalExport()
{
    if (!selectedBatchId()) {
        setMessage(tr("Select the batch to export."), false);
        return;
    }
    if (!m_store->can(Permission::Export)) {
        setMessage(tr("Your account's role does not allow exporting records."), true);
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Export for the national database"),
        tr("An encrypted file (recommended) holds the workbooks and page PDFs under a passphrase: give the "
           "file and, separately, the passphrase to the office that imports it; it opens the file with "
           "SoHoa.\n\nThe plain-text exports hold the personal data of the batch's approved records in "
           "plain text: anyone who gets them can read them. Write them only to a folder you control, give "
           "them only to the office that imports them, and delete them after the import.\n\nEvery export is "
           "recorded in the audit trail."),
        QMessageBox::Cancel, this);
    QAbstractButton* encrypted = box->addButton(tr("Encrypted file..."), QMessageBox::AcceptRole);
    QAbstractButton* civil =
        box->addButton(tr("Civil-status workbooks (plain text)"), QMessageBox::AcceptRole);
    QAbstractButton* land = box->addButton(tr("Land registry list (plain text)"), QMessageBox::AcceptRole);
    box->setDefaultButton(qobject_cast<QPushButton*>(encrypted));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, encrypted, civil, land](QAbstractButton* clicked) {
        if (clicked == encrypted) {
            askEncryptedNationalExport();
            return;
        }
        if (clicked != civil && clicked != land)
            return;
        const auto format =
            clicked == civil ? exporting::TableFormat::NationalXlsx : exporting::TableFormat::LandXlsx;
        auto* dialog =
            new QFileDialog(this, tr("Choose a new or empty folder for the export"), QDir::homePath());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, format](const QString& dir) { exportForNationalImport(dir, format); });
        dialog->open();
    });
    box->open();
}

// The passphrase twice (typed, never shown), then the file to write.
void OutboxPage::askEncryptedNationalExport()
{
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Passphrase of the encrypted export"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* explain = new QLabel(tr("At least %1 characters. Give it to the importing office separately from "
                                  "the file (by telephone, not on the same stick).")
                                   .arg(exporting::kMinPassphraseLength),
                               dialog);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto* first = new QLineEdit(dialog);
    first->setEchoMode(QLineEdit::Password);
    first->setPlaceholderText(tr("Passphrase"));
    auto* second = new QLineEdit(dialog);
    second->setEchoMode(QLineEdit::Password);
    second->setPlaceholderText(tr("The same passphrase again"));
    layout->addWidget(first);
    layout->addWidget(second);
    auto* hint = new QLabel(dialog);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    auto check = [=] {
        const bool longEnough = first->text().size() >= exporting::kMinPassphraseLength;
        const bool same = first->text() == second->text();
        hint->setText(!longEnough ? tr("Too short.") : !same ? tr("The two passphrases differ.") : QString());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(longEnough && same);
    };
    connect(first, &QLineEdit::textChanged, dialog, check);
    connect(second, &QLineEdit::textChanged, dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, first, second] {
        QByteArray passphrase = first->text().toUtf8();
        first->clear();
        second->clear();
        dialog->accept();
        QString name;
        for (const sync::OutboxBatch& b : std::as_const(m_batchList))
            if (b.batchId == selectedBatchId())
                name = b.batchName;
        auto* files = new QFileDialog(
            this, tr("Save the encrypted export"),
            QDir::home().filePath(fileNameFor(name) + QLatin1String(exporting::kEncryptedArchiveSuffix)),
            tr("Encrypted SoHoa exports (*.sohoa-export)"));
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setAttribute(Qt::WA_DeleteOnClose);
        connect(files, &QFileDialog::fileSelected, this, [this, passphrase](const QString& file) {
            exportForNationalImport(file, exporting::TableFormat::NationalXlsx, passphrase);
        });
        dialog->close();
        files->open();
    });
    dialog->open();
}

void OutboxPage::exportForNationalImport(const QString& dir, exporting::TableFormat format,
                                         const QByteArray& passphrase)
{
    const qint64 batch = selectedBatchId();
    if (!batch || dir.isEmpty())
        return;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setMessage(tr("Exporting..."), false);
    QPointer<QProgressBar> bar(m_progress);
    whenDone(
        m_store->write([batch, dir, format, bar, passphrase](accounts::Session& s) {
            exporting::TableExportOptions options;
            options.format = format;
            options.encrypted = !passphrase.isEmpty();
            options.passphrase = passphrase;
            options.progress = [bar](int done, int total) {
                if (done % 50 != 0 && done != total)
                    return;
                QMetaObject::invokeMethod(
                    bar,
                    [bar, done, total] {
                        if (bar) {
                            bar->setRange(0, total);
                            bar->setValue(done);
                        }
                    },
                    Qt::QueuedConnection);
            };
            return exporting::exportApprovedRecords(s, batch, dir, options);
        }),
        this, [this](const Result<exporting::TableExportResult>& result) {
            if (!isSyncing())
                m_progress->setVisible(false);
            if (!result) {
                setMessage(clerkMessage(result.error()), true);
                return;
            }
            if (result->encrypted) {
                setMessage(tr("%1 records and %2 page PDFs encrypted into %3. Give the passphrase to the "
                              "importing office separately from the file.")
                               .arg(result->total())
                               .arg(result->pdfs)
                               .arg(QDir::toNativeSeparators(result->directory)),
                           false);
                return;
            }
            setMessage(
                tr("%1 records written to %2 (%3 page PDFs). The files hold personal data in plain text: "
                   "delete them once the import is done.")
                    .arg(result->total())
                    .arg(QDir::toNativeSeparators(result->directory))
                    .arg(result->pdfs),
                false);
        });
}

void OutboxPage::askReceiptFile()
{
    auto* dialog = new QFileDialog(this, tr("Import the registry's receipt"), QDir::homePath(),
                                   tr("Registry receipts (*.receipt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &OutboxPage::importReceipt);
    dialog->open();
}

void OutboxPage::importReceipt(const QString& file)
{
    if (file.isEmpty())
        return;
    whenDone(m_store->write([file](accounts::Session& s) { return sync::importReceipt(s, file); }), this,
             [this](const Result<sync::ReceiptImportResult>& result) {
                 if (!result) {
                     setMessage(clerkMessage(result.error()), true);
                     return;
                 }
                 setMessage(result->alreadyImported
                                ? tr("This receipt was imported before; nothing changed.")
                                : tr("Receipt imported: %1 answer(s), %2 record(s) updated.")
                                      .arg(result->answers)
                                      .arg(result->changed),
                            false);
                 reload();
             });
}

} // namespace sohoa::ui
