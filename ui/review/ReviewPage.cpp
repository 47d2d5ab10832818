#include "ui/review/ReviewPage.h"

#include "core/batches/BatchRepository.h"
#include "core/review/BulkDecision.h"
#include "core/workflow/Workflow.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/Messages.h"
#include "ui/common/RecordRowModel.h"
#include "ui/common/StoreAccess.h"
#include "ui/review/RecordDetail.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sohoa::ui {

using records::RecordState;

ReviewPage::ReviewPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_model(new RecordRowModel(store, this))
    , m_view(new QTableView(this))
    , m_detail(new RecordDetail(store, this))
    , m_batch(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_acknowledge(new QCheckBox(tr("I have checked the &warnings"), this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelBulk(new QPushButton(tr("Stop"), this))
{
    setUpWidgets();
    createActions();
    buildLayout();
    connectSignals();
    applyFilter();
}

// Names, columns and hints of the page's own widgets.
void ReviewPage::setUpWidgets()
{
    m_view->setObjectName(QStringLiteral("reviewQueue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setTabKeyNavigation(false);
    for (int c : {int(RecordRowModel::State), int(RecordRowModel::Confidence), int(RecordRowModel::Updated)})
        m_view->hideColumn(c);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RecordRowModel::Title, QHeaderView::Stretch);
    // A long batch name is elided (its tooltip has it whole) rather than squeezing the names.
    m_view->horizontalHeader()->setSectionResizeMode(RecordRowModel::Batch, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(RecordRowModel::Batch, 220);
    m_batch->setObjectName(QStringLiteral("reviewBatch"));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("Why is it rejected? The clerk sees this."));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancelBulk->setVisible(false);
}

// The page's keyboard actions (shown in the main window's menu) and the bulk-approval button.
void ReviewPage::createActions()
{
    auto action = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    QAction* approve =
        action(tr("&Approve record"),
               {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
               [this] { approveCurrent(); });
    QAction* reject = action(tr("Re&ject record..."), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                             [this] { rejectOrAskReason(); });
    QAction* bulk = action(tr("Approve all records &without warnings"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}, [this] { approveAllClean(); });
    action(tr("&Next record"), {QKeySequence(Qt::Key_PageDown)}, [this] { moveCurrentRow(+1); });
    action(tr("&Previous record"), {QKeySequence(Qt::Key_PageUp)}, [this] { moveCurrentRow(-1); });
    m_approve->setToolTip(approve->toolTip());
    m_reject->setToolTip(reject->toolTip());
    m_bulkButton = new QPushButton(bulk->text().remove(QLatin1Char('&')), this);
    m_bulkButton->setObjectName(QStringLiteral("bulkApprove"));
    m_bulkButton->setToolTip(bulk->toolTip());
}

void ReviewPage::buildLayout()
{
    auto* top = new QHBoxLayout;
    auto* batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batch);
    top->addWidget(batchLabel);
    top->addWidget(m_batch, 1);
    top->addWidget(m_count);
    top->addWidget(m_bulkButton);
    top->addWidget(m_progress);
    top->addWidget(m_cancelBulk);

    auto* decision = new QHBoxLayout;
    decision->addWidget(m_acknowledge);
    decision->addWidget(m_approve);
    decision->addSpacing(16);
    decision->addWidget(m_reason, 1);
    decision->addWidget(m_reject);

    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_detail, 1);
    rl->addWidget(m_message);
    rl->addLayout(decision);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    // The page and its fields get the height; the list shows a few rows.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumHeight(110);
    splitter->setSizes({150, 600});
    rememberSplitter(splitter, m_store->actor(), QStringLiteral("review"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void ReviewPage::connectSignals()
{
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectCurrent(m_reason->text()); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { rejectCurrent(m_reason->text()); });
    connect(m_bulkButton, &QPushButton::clicked, this, &ReviewPage::approveAllClean);
    connect(m_cancelBulk, &QPushButton::clicked, this, [this] {
        if (m_bulkCancel)
            m_bulkCancel->cancel();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::currentChanged);
    connect(m_model, &RecordRowModel::loaded, this, &ReviewPage::rowsLoaded);
    connect(m_model, &RecordRowModel::totalChanged, this,
            [this](qint64 n) { m_count->setText(tr("%n record(s) waiting", nullptr, int(n))); });
    connect(m_batch, &QComboBox::activated, this, [this] {
        m_batchId = m_batch->currentData().toLongLong();
        applyFilter();
    });
    connect(m_detail, &RecordDetail::recordLoaded, this, &ReviewPage::recordShown);
}

// Ctrl+R: rejects with the typed reason, or asks for one first.
void ReviewPage::rejectOrAskReason()
{
    if (m_reason->text().simplified().isEmpty()) {
        m_reason->setFocus();
        setDecisionMessage(tr("Type the reason, then press Enter to reject."), false);
    } else {
        rejectCurrent(m_reason->text());
    }
}

// PageDown/PageUp: the next or previous row of the queue, if there is one.
void ReviewPage::moveCurrentRow(int step)
{
    const int row = m_view->currentIndex().row() + step;
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, RecordRowModel::Title));
}

// A page of the queue arrived: select the record asked for (fetching further pages until it comes),
// else the first row.
void ReviewPage::rowsLoaded()
{
    if (m_wantedRecord) {
        const int row = m_model->rowForId(m_wantedRecord);
        if (row >= 0) {
            m_wantedRecord = 0;
            m_view->setCurrentIndex(m_model->index(row, RecordRowModel::Title));
            return;
        }
        if (m_model->canFetchMore({})) {
            m_model->fetchMore({});
            return;
        }
    }
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RecordRowModel::Title));
    if (m_model->rowCount() == 0)
        m_detail->clear(tr("No verified record is waiting for a decision."));
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QString ReviewPage::menuTitle() const
{
    return tr("&Decision");
}

void ReviewPage::activated()
{
    reloadBatches();
    m_view->setFocus();
}

void ReviewPage::reloadBatches()
{
    whenDone(m_store->read([](store::Database& db) { return batches::listBatches(db); }), this,
             [this](const Result<QList<batches::BatchSummary>>& list) {
                 if (!list)
                     return;
                 m_batch->clear();
                 m_batch->addItem(tr("All batches"), 0);
                 for (const batches::BatchSummary& b : *list)
                     if (b.counts.value(QStringLiteral("verified")) || b.batch.id == m_batchId) {
                         m_batch->addItem(
                             tr("%1 (%n verified)", nullptr, b.counts.value(QStringLiteral("verified")))
                                 .arg(b.batch.name),
                             b.batch.id);
                         m_batch->setItemData(m_batch->count() - 1, b.batch.name, kBatchNameRole);
                     }
                 m_batch->setCurrentIndex(qMax(0, m_batch->findData(m_batchId)));
             });
}

void ReviewPage::applyFilter()
{
    review::RowQuery q;
    q.batchId = m_batchId;
    q.states = {RecordState::Verified};
    m_detail->clear();
    m_model->setQuery(q);
}

void ReviewPage::openBatch(qint64 batchId)
{
    m_batchId = batchId;
    reloadBatches();
    applyFilter();
}

void ReviewPage::openRecord(qint64 recordId)
{
    m_wantedRecord = recordId;
    m_batchId = 0;
    reloadBatches();
    applyFilter();
    m_detail->showRecord(recordId); // shown even when it is not waiting (approved, rejected)
}

qint64 ReviewPage::currentRecordId() const
{
    return m_detail->record().id;
}

QString ReviewPage::decisionMessage() const
{
    return m_message->text();
}

void ReviewPage::currentChanged()
{
    const review::RecordRow* row = m_model->rowAt(m_view->currentIndex().row());
    setDecisionMessage({}, false);
    m_reason->clear();
    if (!row) {
        m_detail->clear();
        return;
    }
    m_detail->showRecord(row->id);
}

void ReviewPage::recordShown()
{
    const records::Record& r = m_detail->record();
    const bool waiting = r.state == RecordState::Verified;
    const bool mine = r.verifiedBy.compare(m_store->actor(), Qt::CaseInsensitive) == 0;
    int warnings = 0;
    for (const records::Issue& i : r.issues)
        if (!i.isError())
            ++warnings;
    // Values the clerk kept "as written in the book": the same tick accepts them.
    const int asWritten = int(workflow::acknowledgedErrors(r).size());
    m_acknowledge->setChecked(false);
    m_acknowledge->setText(asWritten ? tr("I have checked the &warnings and the values kept as written")
                                     : tr("I have checked the &warnings"));
    m_acknowledge->setVisible((warnings > 0 || asWritten > 0) && waiting && !mine);
    m_approve->setEnabled(waiting && !mine);
    m_reject->setEnabled(waiting && !mine);
    m_reason->setEnabled(waiting && !mine);
    if (mine && waiting)
        setDecisionMessage(
            tr("You verified this record yourself, so another supervisor must approve or reject "
               "it."),
            true);
    else if (!waiting)
        setDecisionMessage(tr("This record is %1; there is nothing to decide.").arg(stateLabel(r.state)),
                           false);
    else if (asWritten)
        setDecisionMessage(tr("%n value(s) kept as written in the book although they look wrong: check them "
                              "against the page, then tick the box to accept them.",
                              nullptr, asWritten),
                           false);
    else if (warnings)
        setDecisionMessage(tr("%n warning(s) to check before approving.", nullptr, warnings), false);
}

void ReviewPage::setDecisionMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;") : QString());
}

void ReviewPage::selectNextAfterDecision(int row)
{
    // The decided record leaves the queue; the one after it takes its row.
    Q_UNUSED(row);
}

void ReviewPage::approveCurrent()
{
    const records::Record& r = m_detail->record();
    if (!r.id)
        return;
    if (m_acknowledge->isVisible() && !m_acknowledge->isChecked()) {
        setDecisionMessage(tr("Tick \"I have checked the warnings\" (Alt+W) first."), true);
        m_acknowledge->setFocus();
        return;
    }
    const qint64 id = r.id;
    const bool ack = m_acknowledge->isChecked();
    m_approve->setEnabled(false);
    whenDone(m_store->write([id, ack](accounts::Session& s) {
        // The tick covers warnings and the values kept as written in the book, both shown above it.
        return workflow::approveRecord(s, id, workflow::Decision{ack, ack});
    }),
             this, [this, id](const Result<records::Record>& result) {
                 if (!result) {
                     m_approve->setEnabled(true);
                     setDecisionMessage(clerkMessage(result.error()), true);
                     return;
                 }
                 Q_EMIT statusMessage(tr("Record %1 approved.").arg(id));
                 Q_EMIT decided(id, true);
                 setDecisionMessage(tr("Record %1 approved.").arg(id), false);
             });
}

void ReviewPage::rejectCurrent(const QString& reasonText)
{
    const records::Record& r = m_detail->record();
    if (!r.id)
        return;
    const QString reason = reasonText.simplified();
    if (reason.isEmpty()) {
        setDecisionMessage(tr("Say why the record is rejected: the clerk will see the reason."), true);
        m_reason->setFocus();
        return;
    }
    const qint64 id = r.id;
    m_reject->setEnabled(false);
    whenDone(
        m_store->write([id, reason](accounts::Session& s) { return workflow::rejectRecord(s, id, reason); }),
        this, [this, id](const Result<records::Record>& result) {
            m_reject->setEnabled(true);
            if (!result) {
                setDecisionMessage(clerkMessage(result.error()), true);
                return;
            }
            m_reason->clear();
            Q_EMIT statusMessage(tr("Record %1 returned to the clerk.").arg(id));
            Q_EMIT decided(id, false);
            setDecisionMessage(tr("Record %1 returned to the clerk.").arg(id), false);
            m_view->setFocus();
        });
}

void ReviewPage::approveAllClean()
{
    if (m_bulkCancel || m_bulkQuestion)
        return;
    // One batch at a time, and only after saying how many records of which batch.
    const qint64 batch = m_batchId;
    if (!batch) {
        setDecisionMessage(
            tr("Choose a batch first: approving all records without warnings acts on one batch "
               "at a time."),
            true);
        return;
    }
    const QString batchName = m_batch->currentData(kBatchNameRole).toString();
    whenDone(m_store->write([batch](accounts::Session& s) { return review::cleanVerifiedRecords(s, batch); }),
             this, [this, batch, batchName](const Result<QList<qint64>>& ids) {
                 if (!ids) {
                     setDecisionMessage(clerkMessage(ids.error()), true);
                     return;
                 }
                 if (batch != m_batchId)
                     return; // another batch was chosen meanwhile
                 if (ids->isEmpty()) {
                     setDecisionMessage(
                         tr("No record of the batch \"%1\" is waiting without warnings.").arg(batchName),
                         false);
                     return;
                 }
                 auto* box = new QMessageBox(QMessageBox::Question, tr("Approve records"),
                                             tr("Approve %n record(s) without warnings of the batch \"%1\"?",
                                                nullptr, int(ids->size()))
                                                 .arg(batchName),
                                             QMessageBox::NoButton, this);
                 box->setObjectName(QStringLiteral("bulkQuestion"));
                 box->setInformativeText(tr("Records with warnings stay in the list for a closer look."));
                 QPushButton* yes = box->addButton(tr("Approve %n record(s)", nullptr, int(ids->size())),
                                                   QMessageBox::AcceptRole);
                 yes->setObjectName(QStringLiteral("bulkYes"));
                 QPushButton* no = box->addButton(QMessageBox::Cancel);
                 box->setDefaultButton(no);
                 box->setAttribute(Qt::WA_DeleteOnClose);
                 m_bulkQuestion = box;
                 const QList<qint64> chosen = *ids;
                 connect(box, &QMessageBox::finished, this, [this, box, yes, chosen, batch] {
                     m_bulkQuestion = nullptr;
                     if (box->clickedButton() == yes)
                         approveRecords(batch, chosen);
                 });
                 box->open();
             });
}

void ReviewPage::approveRecords(qint64 batch, const QList<qint64>& ids)
{
    Q_UNUSED(batch);
    if (m_bulkCancel)
        return;
    const CancelToken cancel;
    m_bulkCancel = cancel;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelBulk->setVisible(true);
    QPointer<ReviewPage> self(this);
    auto progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (!self)
                    return;
                self->m_progress->setRange(0, total);
                self->m_progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    // Exactly the records the question named; the workflow refuses any that changed since.
    whenDone(
        m_store->write([ids, cancel, progress](accounts::Session& s) -> Result<review::BulkOutcome> {
            return review::approveWithoutWarnings(s, ids, progress, cancel);
        }),
        this, [this](const Result<review::BulkOutcome>& outcome) {
            m_bulkCancel.reset();
            m_progress->setVisible(false);
            m_cancelBulk->setVisible(false);
            if (!outcome) {
                setDecisionMessage(clerkMessage(outcome.error()), true);
                return;
            }
            QString text = tr("%n record(s) approved.", nullptr, int(outcome->approved.size()));
            if (!outcome->refused.isEmpty())
                text += QLatin1Char(' ') + tr("%n record(s) left for a closer look (they changed meanwhile).",
                                              nullptr, int(outcome->refused.size()));
            if (outcome->cancelled)
                text += QLatin1Char(' ') + tr("Stopped before the end; the approvals made so far are kept.");
            setDecisionMessage(text, false);
            Q_EMIT statusMessage(text);
            Q_EMIT bulkFinished(int(outcome->approved.size()), int(outcome->refused.size()));
        });
}

} // namespace sohoa::ui
