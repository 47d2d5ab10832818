#include "ui/verify/VerificationPage.h"

#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/review/FieldAttention.h"
#include "core/review/RecordRows.h"
#include "core/workflow/Workflow.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/Messages.h"
#include "ui/common/PageImageLoader.h"
#include "ui/common/PageView.h"
#include "ui/common/StoreAccess.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/RememberForm.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sohoa::ui {

using records::Record;
using records::RecordState;

VerificationPage::VerificationPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_loader(new PageImageLoader(store, this))
    , m_batch(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_position(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_view(new PageView(this))
    , m_panel(new FieldPanel(this))
    , m_splitter(new QSplitter(this))
    , m_version(std::make_shared<std::atomic_int>(0))
{
    setUpWidgets();
    buildLayout(createActions());
    connectSignals();
    m_panel->clear(tr("Choose a batch to verify."));
    m_view->setPlaceholder(tr("The page of the record appears here."));
}

// The remember-form offer and the names and hints of the page's own widgets.
void VerificationPage::setUpWidgets()
{
    // A record whose values were mostly typed: offer to remember its form (core/layouts).
    auto* offer = new RememberFormOffer(m_store, this);
    offer->setObjectName(QStringLiteral("rememberFormOffer"));
    connect(this, &VerificationPage::recordConfirmed, offer, &RememberFormOffer::recordConfirmed);
    connect(offer, &RememberFormOffer::finished, this,
            [this](qint64, const QString& m) { Q_EMIT statusMessage(m); });
    m_batch->setObjectName(QStringLiteral("batch"));
    m_batch->setMinimumContentsLength(24);
    m_batch->setToolTip(tr("The batch whose records you verify"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Records to verify"), 0);
    m_scope->addItem(tr("All records of the batch"), 1);
    m_scope->addItem(tr("Needs asking"), 2);
    m_position->setObjectName(QStringLiteral("position"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

// The page's keyboard actions (shown in the main window's menu); returns those the tool bars show.
VerificationPage::ToolActions VerificationPage::createActions()
{
    ToolActions a;
    auto makeAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    a.confirm = makeAction(tr("&Confirm record"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                           [this] { confirmRecord(); });
    a.confirm->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    a.next = makeAction(tr("&Next record"), QKeySequence(Qt::Key_PageDown), [this] { nextRecord(); });
    a.prev = makeAction(tr("&Previous record"), QKeySequence(Qt::Key_PageUp), [this] { previousRecord(); });
    a.fix = makeAction(tr("Apply the suggested &fix"), QKeySequence(Qt::Key_F4), [this] { applyFix(); });
    makeAction(tr("Next &uncertain character"), QKeySequence(Qt::Key_F3),
               [this] { nextUncertainCharacter(); });
    makeAction(tr("&Undo the last confirmation"), QKeySequence(QKeySequence::Undo),
               [this] { undoLastConfirmation(); });
    makeAction(tr("As &written in the book"), QKeySequence(Qt::Key_F6), [this] { confirmAsWritten(); });
    makeAction(tr("Needs &asking / take back"), QKeySequence(Qt::Key_F7), [this] { askHold(); });
    a.nextPage = makeAction(tr("Next pa&ge of the document"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                            [this] { showPage(m_shownPage + 1); });
    a.prevPage = makeAction(tr("Previous pag&e of the document"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            [this] { showPage(m_shownPage - 1); });
    a.zoomIn =
        makeAction(tr("Zoom &in"), QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { m_view->zoomIn(); });
    a.zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    a.zoomOut =
        makeAction(tr("Zoom &out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { m_view->zoomOut(); });
    a.fit =
        makeAction(tr("&Whole page"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitToWindow(); });
    // A phone photo (or a crooked scan) as OCR read it: straightened, upright,
    // with the field boxes on it. Only the view changes, never the archived image.
    m_straighten = makeAction(tr("S&traightened page"), QKeySequence(Qt::Key_F8),
                              [this](bool on) { showStraightened(on); });
    m_straighten->setCheckable(true);
    m_straighten->setIconText(tr("Straightened"));
    m_straighten->setToolTip(
        tr("Show the page as it was read: a photo straightened, the page turned upright (%1). "
           "The archived image is not changed.")
            .arg(QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText)));

    return a;
}

void VerificationPage::buildLayout(const ToolActions& a)
{
    auto button = [this](QAction* action) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    auto* top = new QHBoxLayout;
    auto* batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batch);
    top->addWidget(batchLabel);
    top->addWidget(m_batch, 1);
    top->addWidget(m_scope);
    top->addWidget(m_position);
    top->addWidget(button(a.prev));
    top->addWidget(button(a.next));
    top->addWidget(button(a.confirm));

    auto* imageSide = new QWidget(this);
    auto* il = new QVBoxLayout(imageSide);
    il->setContentsMargins(0, 0, 0, 0);
    auto* imageBar = new QHBoxLayout;
    // Short words on the bar (a tool button shows the icon text); the menu
    // and the tooltips keep the whole names.
    a.prevPage->setIconText(tr("< Page"));
    a.nextPage->setIconText(tr("Page >"));
    imageBar->addWidget(button(a.prevPage));
    imageBar->addWidget(m_pageLabel);
    imageBar->addWidget(button(a.nextPage));
    imageBar->addStretch();
    imageBar->addWidget(button(m_straighten));
    imageBar->addWidget(button(a.zoomOut));
    imageBar->addWidget(button(a.fit));
    imageBar->addWidget(button(a.zoomIn));
    il->addWidget(m_view, 1);
    il->addLayout(imageBar);

    auto* fieldSide = new QWidget(this);
    auto* fl = new QVBoxLayout(fieldSide);
    fl->setContentsMargins(0, 0, 0, 0);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setMargin(4);
    fl->addWidget(m_banner);
    fl->addWidget(m_counter);
    fl->addWidget(m_panel, 1);
    auto* fixButton = button(a.fix);
    fl->addWidget(fixButton, 0, Qt::AlignRight);

    m_splitter->addWidget(imageSide);
    m_splitter->addWidget(fieldSide);
    // The fields get close to half the width: a long address fits its box.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({550, 450});
    rememberSplitter(m_splitter, m_store->actor(), QStringLiteral("verify"));
    rememberZoom(m_view, m_store->actor(), QStringLiteral("verify"));
    m_splitter->setChildrenCollapsible(false);
    fieldSide->setMinimumWidth(300);
    imageSide->setMinimumWidth(360);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

void VerificationPage::connectSignals()
{
    connect(m_panel, &FieldPanel::fieldFocused, this, &VerificationPage::fieldFocused);
    connect(m_panel, &FieldPanel::fieldAccepted, this, &VerificationPage::fieldAccepted);
    connect(m_panel, &FieldPanel::fieldLeft, this, &VerificationPage::fieldLeft);
    connect(m_panel, &FieldPanel::fixRequested, this, [this](const QString& key) {
        m_panel->focusField(key);
        applyFix();
    });
    connect(m_loader, &PageImageLoader::pageLoaded, this, &VerificationPage::pageLoaded);
    connect(m_loader, &PageImageLoader::pageFailed, this, [this](qint64, int, const QString& message) {
        m_view->setImage({});
        m_view->setPlaceholder(message);
    });
    connect(m_batch, &QComboBox::activated, this, [this](int i) {
        flushEdits();
        m_batchId = m_batch->itemData(i).toLongLong();
        loadQueue(0);
    });
    connect(m_scope, &QComboBox::activated, this, [this] {
        flushEdits();
        // The shown record stays in view, except across the "needs asking" line.
        loadQueue(m_scope->currentData().toInt() == 2 || m_held ? 0 : m_record.id);
    });
}

// F8: the page as OCR read it (straightened, upright, with the field boxes); the archive is unchanged.
void VerificationPage::showStraightened(bool on)
{
    m_view->setShowCorrected(on);
    updatePageLabel();
}

VerificationPage::~VerificationPage() = default;

QString VerificationPage::title() const
{
    return tr("Verify");
}

QString VerificationPage::menuTitle() const
{
    return tr("&Record");
}

QString VerificationPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void VerificationPage::activated()
{
    reloadBatches(m_batchId);
    if (m_record.id && !m_panel->focusedField().isEmpty())
        return;
    if (m_record.id)
        focusFirstNeedingLook();
}

void VerificationPage::reloadBatches(qint64 select)
{
    whenDone(m_store->read([](store::Database& db) { return batches::listBatches(db); }), this,
             [this, select](const Result<QList<batches::BatchSummary>>& list) {
                 if (!list) {
                     showBanner(clerkMessage(list.error()), true);
                     return;
                 }
                 m_batch->clear();
                 for (const batches::BatchSummary& b : *list) {
                     const int open = b.counts.value(QStringLiteral("to_verify")) +
                                      b.counts.value(QStringLiteral("rejected"));
                     m_batch->addItem(tr("%1 (%n to verify)", nullptr, open).arg(b.batch.name), b.batch.id);
                 }
                 const int i = m_batch->findData(select);
                 if (i >= 0)
                     m_batch->setCurrentIndex(i);
                 else
                     m_batch->setCurrentIndex(-1);
                 // The only batch opens by itself - unless a record or batch was asked for meanwhile.
                 if (!m_batchId && !m_loading && list->size() == 1) {
                     m_batch->setCurrentIndex(0);
                     m_batchId = list->first().batch.id;
                     loadQueue(0);
                 }
             });
}

void VerificationPage::openBatch(qint64 batchId)
{
    flushEdits();
    m_batchId = batchId;
    m_scope->setCurrentIndex(0);
    reloadBatches(batchId);
    loadQueue(0);
}

void VerificationPage::openRecord(qint64 recordId)
{
    flushEdits();
    const quint64 generation = ++m_generation;
    m_loading = true;
    whenDone(m_store->read([recordId](store::Database& db) -> Result<std::pair<Record, bool>> {
        auto r = records::loadRecord(db, recordId);
        if (!r)
            return r.error();
        auto hold = workflow::holdOf(db, recordId);
        if (!hold)
            return hold.error();
        return std::pair<Record, bool>{*r, hold->has_value()};
    }),
             this, [this, generation, recordId](const Result<std::pair<Record, bool>>& loaded) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!loaded) {
                     showBanner(clerkMessage(loaded.error()), true);
                     return;
                 }
                 const Record& r = loaded->first;
                 m_batchId = r.batchId;
                 // A record outside the to-verify queue is shown among all records of its batch,
                 // one set aside in the "needs asking" list.
                 const bool open = r.state == RecordState::ToVerify || r.state == RecordState::Rejected;
                 m_scope->setCurrentIndex(loaded->second ? 2 : open ? 0 : 1);
                 reloadBatches(m_batchId);
                 loadQueue(recordId);
             });
}

void VerificationPage::loadQueue(qint64 focusRecord)
{
    if (!m_batchId)
        return;
    review::RowQuery q;
    q.batchId = m_batchId;
    const int scope = m_scope->currentData().toInt();
    if (scope == 0 || scope == 2)
        q.states = {RecordState::ToVerify, RecordState::Rejected};
    q.held = scope == 2   ? review::RowQuery::Held::Only
             : scope == 0 ? review::RowQuery::Held::Exclude
                          : review::RowQuery::Held::Any;
    const quint64 generation = ++m_generation;
    m_loading = true;
    whenDone(m_store->read([q](store::Database& db) { return review::recordIds(db, q); }), this,
             [this, generation, focusRecord](const Result<QList<qint64>>& ids) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!ids) {
                     showBanner(clerkMessage(ids.error()), true);
                     return;
                 }
                 m_queue = *ids;
                 int index = focusRecord ? int(m_queue.indexOf(focusRecord)) : 0;
                 if (focusRecord && index < 0) {
                     m_queue.append(focusRecord);
                     std::sort(m_queue.begin(), m_queue.end());
                     index = int(m_queue.indexOf(focusRecord));
                 }
                 if (m_queue.isEmpty()) {
                     m_index = -1;
                     m_record = {};
                     m_panel->clear(tr("No record of this batch is waiting for verification. Choose another "
                                       "batch, or \"All records of the batch\" to look at verified ones."));
                     m_view->setImage({});
                     updatePosition();
                     Q_EMIT queueFinished();
                     return;
                 }
                 showIndex(qBound(0, index, int(m_queue.size()) - 1));
             });
}

void VerificationPage::showIndex(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    m_index = index;
    updatePosition();
    loadRecord(m_queue[index]);
}

namespace {

struct StationRecord {
    Record record;
    keying::DoubleKeyingState keying;
    std::optional<keying::BookLayout> layout;
    std::optional<workflow::Hold> hold;
};

Result<StationRecord> loadStationRecord(store::Database& db, qint64 id)
{
    auto r = records::loadRecord(db, id);
    if (!r)
        return r.error();
    StationRecord out{*r, {}, {}, {}};
    auto hold = workflow::holdOf(db, id);
    if (!hold)
        return hold.error();
    out.hold = *hold;
    auto k = keying::doubleKeyingState(db, id);
    if (!k)
        return k.error();
    out.keying = *k;
    if (out.keying.entryNo > 0) {
        auto layout = keying::batchLayout(db, r->batchId);
        if (!layout)
            return layout.error();
        out.layout = *layout;
    }
    return out;
}

} // namespace

void VerificationPage::loadRecord(qint64 id)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    whenDone(m_store->read([id](store::Database& db) { return loadStationRecord(db, id); }), this,
             [this, generation](const Result<StationRecord>& r) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!r) {
                     showBanner(clerkMessage(r.error()), true);
                     return;
                 }
                 m_keying = r->keying;
                 m_layout = r->layout;
                 m_held = r->hold.has_value();
                 m_holdNote = m_held ? r->hold->note : QString();
                 m_heldBy = m_held ? r->hold->heldBy : QString();
                 showRecord(r->record);
             });
}

QRect VerificationPage::zoneFor(const QString& key) const
{
    if (!m_layout || m_keying.entryNo <= 0 || m_pageSize.isEmpty())
        return {};
    return keying::zoneOnPage(*m_layout, m_keying.entryNo, key, m_pageSize);
}

void VerificationPage::showRecord(const Record& record)
{
    m_record = record;
    m_version->store(record.version);
    m_reviewed.clear();
    m_readOnly = record.state == RecordState::Approved || !m_store->can(accounts::Permission::Verify);
    m_panel->setRecord(record, m_readOnly);
    updateCounter();
    m_banner->setVisible(false);
    if (m_keying.blocksConfirmation())
        showBanner(m_keying.secondDone
                       ? tr("Keyed twice with differences: resolve them under Key by hand, then "
                            "confirm.")
                       : tr("This batch is keyed twice: another clerk still has to key this entry "
                            "a second time."),
                   false);
    else if (m_held)
        showBanner(tr("Needs asking (set aside by %1): %2. F7 takes it back into the queue.")
                       .arg(m_heldBy, m_holdNote),
                   false);
    else if (record.state == RecordState::Rejected && !record.rejectReason.isEmpty())
        showBanner(tr("Returned by %1: %2").arg(record.decidedBy, record.rejectReason), true);
    else if (record.state == RecordState::Approved)
        showBanner(tr("This record is approved and can no longer be changed."), false);
    else if (record.state == RecordState::Verified)
        showBanner(tr("Verified by %1. A change sends it back for verification.").arg(record.verifiedBy),
                   false);
    m_shownPage = 0;
    m_pageCount = 0;
    if (record.documentId) {
        showPage(record.pageNo > 0 ? record.pageNo : 1);
    } else {
        m_view->setImage({});
        m_view->setPlaceholder(tr("This record was keyed without a scanned page."));
        m_pageLabel->clear();
    }
    updatePosition();
    if (isVisible())
        focusFirstNeedingLook();
    Q_EMIT recordShown(record.id);
}

void VerificationPage::showPage(int pageNo)
{
    if (!m_record.documentId || pageNo < 1 || (m_pageCount && pageNo > m_pageCount))
        return;
    m_shownPage = pageNo;
    m_loader->request(m_record.documentId, pageNo);
}

void VerificationPage::pageLoaded(const LoadedPage& page)
{
    if (page.documentId != m_record.documentId)
        return;
    m_shownPage = page.pageNo;
    m_pageCount = page.pageCount;
    m_pageSize = page.image.size();
    m_view->setImage(page.image);
    m_view->setCorrection(page.ocr.correctedSize, page.ocr.correctedToOriginal);
    // Pages read before the corrected view was recorded (or keyed by hand) have none.
    m_straighten->setEnabled(m_view->hasCorrection());
    updatePageLabel();
    QList<QRect> others;
    for (const records::FieldValue& f : std::as_const(m_record.fields))
        if ((f.page == page.pageNo || (f.page == 0 && page.pageNo == m_record.pageNo)) && !f.box.isNull())
            others.append(f.box);
    m_view->setOtherBoxes(others);
    const QString focused = m_panel->focusedField();
    if (!focused.isEmpty())
        fieldFocused(focused);
}

void VerificationPage::updatePageLabel()
{
    if (!m_shownPage || !m_pageCount)
        return;
    m_pageLabel->setText(m_view->showsCorrected()
                             ? tr("Page %1 of %2, straightened").arg(m_shownPage).arg(m_pageCount)
                             : tr("Page %1 of %2").arg(m_shownPage).arg(m_pageCount));
}

void VerificationPage::fieldFocused(const QString& key)
{
    const records::FieldValue f = m_record.fields.value(key);
    const int page = f.page > 0 ? f.page : m_record.pageNo;
    if (m_record.documentId && page != m_shownPage) {
        showPage(page);
        return; // the box is drawn once the page is there
    }
    m_view->setFocusBox(f.box.isNull() ? zoneFor(key) : f.box);
}

void VerificationPage::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background:#ffebee; color:#b71c1c; padding:6px;")
                                  : QStringLiteral("background:#e3f2fd; color:#0d47a1; padding:6px;"));
    m_banner->setVisible(!text.isEmpty());
}

void VerificationPage::updatePosition()
{
    if (m_index < 0 || m_queue.isEmpty()) {
        m_position->setText(tr("No record"));
        return;
    }
    m_position->setText(
        tr("Record %1 of %2 (no. %3)").arg(m_index + 1).arg(m_queue.size()).arg(m_queue[m_index]));
}

bool VerificationPage::saveField(const QString& key)
{
    if (m_readOnly || !m_record.id || key.isEmpty())
        return true;
    QString problem;
    const QString value = m_panel->typedValue(key, &problem);
    if (!problem.isEmpty()) {
        m_panel->setFieldNote(key, problem);
        return false;
    }
    m_panel->setFieldNote(key, {});
    if (value != m_record.value(key))
        save({{key, value}});
    return true;
}

void VerificationPage::save(const QMap<QString, QString>& changes)
{
    if (changes.isEmpty() || !m_record.id)
        return;
    const qint64 id = m_record.id;
    // Shown at once as the stored value so that leaving the field does not save it twice.
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        records::FieldValue& f = m_record.fields[it.key()];
        f.value = it.value();
        f.source = QStringLiteral("clerk");
        f.confidence = 1;
        f.layout.clear();
    }
    ++m_writesInFlight;
    auto version = m_version;
    whenDone(m_store->write([id, changes, version](accounts::Session& s) {
        auto r = workflow::editFields(s, id, changes, version->load());
        if (r)
            version->store(r->version);
        return r;
    }),
             this, [this, id](const Result<Record>& r) {
                 --m_writesInFlight;
                 if (!r) {
                     showBanner(clerkMessage(r.error()), true);
                     if (r.error().code == QLatin1String("record.changed") && m_record.id == id)
                         loadRecord(id);
                     return;
                 }
                 if (m_record.id != id)
                     return;
                 m_record = *r;
                 m_panel->updateRecord(*r);
                 updateCounter();
             });
}

void VerificationPage::fieldAccepted(const QString& key)
{
    if (!saveField(key))
        return; // the note under the field says what to type
    markChecked(key);
    moveToNextNeedingLook(key);
}

void VerificationPage::markChecked(const QString& key)
{
    m_reviewed.insert(key);
    m_panel->setChecked(key);
    updateCounter();
}

QString VerificationPage::counterText() const
{
    return m_counter->isVisible() ? m_counter->text() : QString();
}

void VerificationPage::updateCounter()
{
    const records::RecordType* type = m_panel->type();
    if (!type || !m_record.id || m_readOnly) {
        m_counter->setVisible(false);
        return;
    }
    int left = 0;
    for (const QString& key : review::fieldsNeedingLook(m_record, *type))
        left += m_reviewed.contains(key) ? 0 : 1;
    if (left > 0) {
        m_counter->setText(tr("%n field(s) to check", nullptr, left));
        m_counter->setStyleSheet(QStringLiteral("background:#fff3e0; color:#e65100; font-weight:bold;"));
    } else {
        // A clean record is confirmed by Enter, never without saying so.
        m_counter->setText(tr("Nothing to check. Enter confirms the record."));
        m_counter->setStyleSheet(QStringLiteral("background:#e8f5e9; color:#1b5e20; font-weight:bold;"));
    }
    m_counter->setVisible(true);
}

void VerificationPage::nextUncertainCharacter()
{
    if (m_readOnly || !m_record.id)
        return;
    const QStringList order = m_panel->keys();
    QString current = m_panel->focusedField();
    if (FieldEdit* e = m_panel->edit(current)) {
        // Past the character under the cursor (it was looked at and is right);
        // after a typed fix the cursor already stands past the fixed one.
        if (e->moveToUncertain(e->cursorPosition() + (e->isOverwriting() ? 1 : 0)))
            return;
        if (!saveField(current))
            return;
        markChecked(current);
    }
    const int start = int(order.indexOf(current));
    for (int step = 1; step <= order.size(); ++step) {
        const QString& key = order[(start + step + order.size()) % order.size()];
        FieldEdit* e = m_panel->edit(key);
        if (e && !e->uncertainCharacters().isEmpty() && !m_reviewed.contains(key)) {
            m_panel->focusField(key);
            return;
        }
    }
    moveToNextNeedingLook(current);
}

void VerificationPage::undoLastConfirmation()
{
    const qint64 id = m_lastConfirmed;
    if (!id) {
        Q_EMIT statusMessage(tr("There is no confirmation to undo."));
        return;
    }
    flushEdits();
    ++m_writesInFlight;
    whenDone(m_store->write([id](accounts::Session& s) { return workflow::undoConfirmation(s, id); }), this,
             [this, id](const Result<Record>& r) {
                 --m_writesInFlight;
                 if (!r) {
                     showBanner(clerkMessage(r.error()), true);
                     return;
                 }
                 m_lastConfirmed = 0;
                 Q_EMIT statusMessage(tr("The confirmation of record %1 is undone; check it again.").arg(id));
                 openRecord(id);
             });
}

void VerificationPage::fieldLeft(const QString& key)
{
    saveField(key);
}

void VerificationPage::moveToNextNeedingLook(const QString& after)
{
    if (m_readOnly) {
        nextRecord();
        return;
    }
    const records::RecordType* type = m_panel->type();
    if (!type)
        return;
    const QStringList needing = review::fieldsNeedingLook(m_record, *type);
    const QStringList order = m_panel->keys();
    const int start = int(order.indexOf(after));
    for (int step = 1; step <= order.size(); ++step) {
        const QString& key = order[(start + step + order.size()) % order.size()];
        if (needing.contains(key) && !m_reviewed.contains(key)) {
            m_panel->focusField(key);
            return;
        }
    }
    confirmRecord();
}

void VerificationPage::focusFirstNeedingLook()
{
    const records::RecordType* type = m_panel->type();
    if (!type)
        return;
    const QStringList needing = review::fieldsNeedingLook(m_record, *type);
    const QStringList order = m_panel->keys();
    if (!needing.isEmpty())
        m_panel->focusField(needing.first());
    else if (!order.isEmpty())
        m_panel->focusField(order.first());
}

void VerificationPage::flushEdits()
{
    if (m_readOnly || !m_record.id)
        return;
    // Compared with the record as last saved here (edits in flight included).
    QMap<QString, QString> changes;
    for (const QString& key : m_panel->keys()) {
        QString problem;
        const QString value = m_panel->typedValue(key, &problem);
        if (problem.isEmpty() && value != m_record.value(key))
            changes.insert(key, value);
    }
    save(changes);
}

void VerificationPage::confirmRecord()
{
    if (!m_record.id)
        return;
    if (m_readOnly) {
        showBanner(m_record.state == RecordState::Approved
                       ? tr("This record is approved and can no longer be changed.")
                       : tr("Your account cannot confirm records."),
                   true);
        return;
    }
    // A typed value that cannot be read blocks the confirmation where it is.
    for (const QString& key : m_panel->keys()) {
        QString problem;
        m_panel->typedValue(key, &problem);
        if (!problem.isEmpty()) {
            m_panel->setFieldNote(key, problem);
            m_panel->focusField(key);
            return;
        }
    }
    flushEdits();
    const qint64 id = m_record.id;
    ++m_writesInFlight;
    whenDone(
        m_store->write([id](accounts::Session& s) -> Result<Record> {
            // A record keyed twice is confirmed once both keyings agree.
            auto dk = keying::doubleKeyingState(s.db(), id);
            if (!dk)
                return dk.error();
            if (dk->blocksConfirmation())
                return makeError(QStringLiteral("keying.unresolved"),
                                 dk->secondDone
                                     ? tr("The two keyings of this entry differ. Resolve the differences "
                                          "under Key by hand first.")
                                     : tr("This entry has not been keyed a second time yet; it can be "
                                          "confirmed once another clerk has keyed it."));
            return workflow::confirmRecord(s, id);
        }),
        this, [this, id](const Result<Record>& r) {
            --m_writesInFlight;
            if (m_record.id != id)
                return;
            if (!r) {
                showBanner(clerkMessage(r.error()), true);
                // Show the issues as they are now and put the cursor on the first error.
                const quint64 generation = ++m_generation;
                whenDone(m_store->read([id](store::Database& db) { return records::loadRecord(db, id); }),
                         this, [this, generation](const Result<Record>& fresh) {
                             if (generation != m_generation || !fresh)
                                 return;
                             m_record = *fresh;
                             m_version->store(fresh->version);
                             m_panel->updateRecord(*fresh);
                             for (const records::Issue& i : fresh->issues)
                                 if (i.isError() && !i.field.isEmpty()) {
                                     m_reviewed.remove(i.field);
                                     m_panel->setChecked(i.field, false);
                                     updateCounter();
                                     m_panel->focusField(i.field);
                                     break;
                                 }
                         });
                return;
            }
            m_lastConfirmed = id;
            Q_EMIT statusMessage(tr("Record %1 confirmed. Ctrl+Z takes the confirmation back.").arg(id));
            Q_EMIT recordConfirmed(id);
            if (m_scope->currentData().toInt() == 0) {
                m_queue.removeAt(m_index);
                if (m_queue.isEmpty()) {
                    m_index = -1;
                    m_record = {};
                    m_panel->clear(tr("Every record of this batch is verified. A supervisor can now review "
                                      "them."));
                    m_view->setImage({});
                    updatePosition();
                    Q_EMIT queueFinished();
                    return;
                }
                showIndex(qMin(m_index, int(m_queue.size()) - 1));
            } else {
                showIndex(qMin(m_index + 1, int(m_queue.size()) - 1));
            }
        });
}

void VerificationPage::nextRecord()
{
    if (m_index + 1 >= m_queue.size()) {
        Q_EMIT statusMessage(tr("This is the last record of the list."));
        return;
    }
    flushEdits();
    showIndex(m_index + 1);
}

void VerificationPage::previousRecord()
{
    if (m_index <= 0) {
        Q_EMIT statusMessage(tr("This is the first record of the list."));
        return;
    }
    flushEdits();
    showIndex(m_index - 1);
}

void VerificationPage::applyFix()
{
    const QString key = m_panel->focusedField();
    if (key.isEmpty() || m_readOnly)
        return;
    if (!m_panel->applySuggestion(key)) {
        Q_EMIT statusMessage(tr("There is no suggested fix for this field."));
        return;
    }
    saveField(key);
    markChecked(key);
    moveToNextNeedingLook(key);
}

void VerificationPage::confirmAsWritten()
{
    const QString key = m_panel->focusedField();
    if (key.isEmpty() || m_readOnly || !m_record.id)
        return;
    if (!saveField(key))
        return; // a typed value that cannot be read is not "as written"
    const qint64 id = m_record.id;
    ++m_writesInFlight;
    // After the field's save (the writer runs in order): every open error of the field.
    whenDone(m_store->write([id, key](accounts::Session& s) -> Result<Record> {
        auto r = records::loadRecord(s.db(), id);
        if (!r)
            return r.error();
        QList<records::Issue> open;
        for (const records::Issue& i : workflow::blockingErrors(*r))
            if (i.field == key)
                open.append(i);
        if (open.isEmpty())
            return makeError(QStringLiteral("workflow.no_such_issue"),
                             tr("This field has no error to keep as written in the book."));
        for (const records::Issue& i : std::as_const(open)) {
            auto acked = workflow::acknowledgeIssue(s, id, i.code, i.field);
            if (!acked)
                return acked.error();
            r = std::move(acked);
        }
        return r;
    }),
             this, [this, id, key](const Result<Record>& r) {
                 --m_writesInFlight;
                 if (m_record.id != id)
                     return;
                 if (!r) {
                     Q_EMIT statusMessage(clerkMessage(r.error()));
                     return;
                 }
                 m_record = *r;
                 m_version->store(r->version);
                 m_panel->updateRecord(*r);
                 markChecked(key);
                 Q_EMIT statusMessage(tr("Kept as written in the book; the supervisor will see the note."));
                 moveToNextNeedingLook(key);
             });
}

void VerificationPage::askHold()
{
    if (!m_record.id || m_readOnly)
        return;
    if (m_held) {
        releaseHold();
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("holdNote"));
    dialog->setWindowTitle(tr("Needs asking"));
    dialog->setLabelText(tr("What needs asking before this record can be finished?"));
    dialog->setTextEchoMode(QLineEdit::Normal);
    const qint64 id = m_record.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& note) {
        if (m_record.id == id)
            holdRecord(note);
    });
    dialog->open();
}

void VerificationPage::holdRecord(const QString& note)
{
    if (!m_record.id || m_readOnly)
        return;
    if (note.simplified().isEmpty()) {
        showBanner(tr("Write what needs asking."), true);
        return;
    }
    flushEdits();
    const qint64 id = m_record.id;
    ++m_writesInFlight;
    whenDone(m_store->write([id, note](accounts::Session& s) { return workflow::holdRecord(s, id, note); }),
             this, [this, id](const Result<void>& r) {
                 --m_writesInFlight;
                 if (!r) {
                     showBanner(clerkMessage(r.error()), true);
                     return;
                 }
                 Q_EMIT statusMessage(
                     tr("Record %1 is set aside under \"Needs asking\"; F7 there takes it back.").arg(id));
                 if (m_record.id != id)
                     return;
                 if (m_scope->currentData().toInt() == 0)
                     dropFromQueue();
                 else
                     loadRecord(id);
             });
}

void VerificationPage::releaseHold()
{
    if (!m_record.id || !m_held)
        return;
    const qint64 id = m_record.id;
    ++m_writesInFlight;
    whenDone(m_store->write([id](accounts::Session& s) { return workflow::releaseHold(s, id); }), this,
             [this, id](const Result<void>& r) {
                 --m_writesInFlight;
                 if (!r) {
                     showBanner(clerkMessage(r.error()), true);
                     return;
                 }
                 Q_EMIT statusMessage(tr("Record %1 is back in the records to verify.").arg(id));
                 if (m_record.id != id)
                     return;
                 if (m_scope->currentData().toInt() == 2)
                     dropFromQueue();
                 else
                     loadRecord(id);
             });
}

void VerificationPage::dropFromQueue()
{
    if (m_index < 0 || m_index >= m_queue.size())
        return;
    m_queue.removeAt(m_index);
    if (m_queue.isEmpty()) {
        m_index = -1;
        m_record = {};
        m_held = false;
        m_panel->clear(tr("No record is left in this list."));
        m_view->setImage({});
        updatePosition();
        Q_EMIT queueFinished();
        return;
    }
    showIndex(qMin(m_index, int(m_queue.size()) - 1));
}

} // namespace sohoa::ui
