#include "ui/batches/BatchesPage.h"

#include "core/batches/BatchRepository.h"
#include "core/keying/HandKeying.h"
#include "ui/batches/BatchListModel.h"
#include "ui/batches/DocumentCutsDialog.h"
#include "ui/batches/ImportPanel.h"
#include "ui/batches/NewBatchDialog.h"
#include "ui/batches/ScanDialog.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/UiSettings.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sohoa::ui {

using accounts::Permission;

BatchesPage::BatchesPage(StoreAccess* store, const QString& samplesDir, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_model(new BatchListModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_samplesDir(samplesDir)
{
    m_import = new ImportPanel(store, this);
    m_view->setObjectName(QStringLiteral("batchTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Whole batch names; the progress column takes what is left (its tooltip has every count).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);

    QAction* refresh = nullptr;
    const QList<QAction*> toolbar = createActions(refresh);
    layOut(toolbar, refresh);
    connectSignals();
    updateActions();
    reload();
}

// The page's actions for what this account may do (the toolbar's, in order) and the refresh action.
QList<QAction*> BatchesPage::createActions(QAction*& refresh)
{
    auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                        key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    QList<QAction*> toolbar;
    if (m_store->can(Permission::Ingest)) {
        toolbar.append(
            action(tr("&New batch..."), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newBatch(); }));
        toolbar.append(
            action(tr("&Import files..."), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { chooseFiles(); }));
        toolbar.append(action(tr("Import a &folder..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              [this] { chooseFolder(); }));
        toolbar.append(
            action(tr("&Scan..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { scan(); }));
        if (!m_samplesDir.isEmpty())
            toolbar.append(action(tr("Import the s&ample scans"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                                  [this] { importPaths({m_samplesDir}); }));
        setAcceptDrops(true);
    }
    if (m_store->can(Permission::Verify)) {
        m_verify = action(tr("&Verify this batch"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] {
            if (selectedBatch())
                Q_EMIT verifyBatchRequested(selectedBatch());
        });
        m_key = action(tr("&Key pages by hand"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] {
            if (selectedBatch())
                Q_EMIT keyBatchRequested(selectedBatch());
        });
        toolbar << m_verify << m_key;
    }
    if (m_store->can(Permission::Approve)) {
        m_review = action(tr("&Review this batch"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
            if (selectedBatch())
                Q_EMIT reviewBatchRequested(selectedBatch());
        });
        toolbar << m_review;
    }
    if (m_store->can(Permission::Approve) || m_store->can(Permission::Ingest)) {
        m_doubleKeying = action(tr("&Double keying"), {}, [this] { toggleDoubleKeying(); });
        m_doubleKeying->setCheckable(true);
        m_doubleKeying->setToolTip(
            tr("A second clerk keys every hand-keyed entry of this batch again, blind; only "
               "the differences are then checked"));
        toolbar << m_doubleKeying;
    }
    if (m_store->can(Permission::Ingest) || m_store->can(Permission::Verify))
        // In the Batch menu only: where the stacks of the selected batch were cut, merge/split.
        action(tr("Documents and c&uts..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
            if (selectedBatch()) {
                auto* dialog =
                    new DocumentCutsDialog(m_store, selectedBatch(), batchName(selectedBatch()), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }
        });
    refresh = action(tr("Re&fresh"), QKeySequence(Qt::Key_F5), [this] { reload(); });
    return toolbar;
}

void BatchesPage::layOut(const QList<QAction*>& toolbar, QAction* refresh)
{
    auto* top = new QHBoxLayout;
    for (QAction* a : std::as_const(toolbar)) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(b);
    }
    top->addStretch();
    auto* refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(refresh);
    top->addWidget(refreshButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_import);
    if (m_store->can(Permission::Ingest))
        m_view->setToolTip(tr("Drop scanned files or folders here to import them into the selected batch"));
}

void BatchesPage::connectSignals()
{
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_verify)
            m_verify->trigger();
        else if (m_review)
            m_review->trigger();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchesPage::updateActions);
    // Figures follow the store, at most a few times a second.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    connect(m_store, &StoreAccess::storeChanged, debounce, qOverload<>(&QTimer::start));
}

QString BatchesPage::title() const
{
    return tr("Batches");
}

QString BatchesPage::menuTitle() const
{
    return tr("&Batch");
}

void BatchesPage::activated()
{
    reload();
    m_view->setFocus();
}

qint64 BatchesPage::selectedBatch() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->data(i, BatchListModel::BatchIdRole).toLongLong() : 0;
}

void BatchesPage::selectBatch(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0) {
        m_pendingSelect = id;
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void BatchesPage::reload()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    whenDone(m_store->read([](store::Database& db) { return batches::listBatches(db); }), this,
             [this](const Result<QList<batches::BatchSummary>>& list) {
                 m_reloading = false;
                 if (!list) {
                     m_summary->setText(clerkMessage(list.error()));
                 } else {
                     const qint64 selected = m_pendingSelect ? m_pendingSelect : selectedBatch();
                     m_pendingSelect = 0;
                     m_model->setBatches(*list);
                     if (selected)
                         selectBatch(selected);
                     else if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
                         m_view->setCurrentIndex(m_model->index(0, 0));
                     int pages = 0, toVerify = 0;
                     for (const batches::BatchSummary& b : *list) {
                         pages += b.pages;
                         toVerify += b.counts.value(QStringLiteral("to_verify"));
                     }
                     m_summary->setText(
                         list->isEmpty()
                             ? tr("No batch yet. Create one (Ctrl+N), then import or scan its pages.")
                             : tr("%1 batches, %2 pages, %3 records to verify.")
                                   .arg(list->size())
                                   .arg(pages)
                                   .arg(toVerify));
                     updateActions();
                     m_loaded = true;
                     Q_EMIT batchesLoaded();
                 }
                 if (m_reloadAgain) {
                     m_reloadAgain = false;
                     reload();
                 }
             });
}

void BatchesPage::updateActions()
{
    const batches::BatchSummary* b = m_model->batchAt(m_view->currentIndex().row());
    for (QAction* a : {m_verify, m_key, m_review, m_doubleKeying})
        if (a)
            a->setProperty("hasBatch", b != nullptr);
    if (m_doubleKeying && b)
        m_doubleKeying->setChecked(b->batch.doubleKeying);
}

void BatchesPage::newBatch()
{
    auto* dialog = new NewBatchDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingSelect = dialog->batchId();
        reload();
        Q_EMIT statusMessage(tr("Batch created. Import or scan its pages next."));
    });
    dialog->open();
}

QString BatchesPage::batchName(qint64 id) const
{
    const int row = m_model->rowForId(id);
    const batches::BatchSummary* b = m_model->batchAt(row);
    return b ? b->batch.name : QString();
}

void BatchesPage::importPaths(const QStringList& paths, qint64 batchId)
{
    const qint64 id = batchId ? batchId : selectedBatch();
    if (!id) {
        m_summary->setText(tr("Choose (or create with Ctrl+N) the batch to import into first."));
        return;
    }
    m_import->importInto(id, batchName(id), paths);
}

void BatchesPage::chooseFiles()
{
    if (!selectedBatch()) {
        m_summary->setText(tr("Choose (or create with Ctrl+N) the batch to import into first."));
        return;
    }
    UiSettings settings = UiSettings::load();
    const QString start = !settings.lastImportFolder.isEmpty() ? settings.lastImportFolder : m_samplesDir;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import scans into \"%1\"").arg(batchName(selectedBatch())), start,
        tr("Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf *.webp *.bmp);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.lastImportFolder = QFileInfo(files.first()).absolutePath();
    settings.save();
    importPaths(files);
}

void BatchesPage::chooseFolder()
{
    if (!selectedBatch()) {
        m_summary->setText(tr("Choose (or create with Ctrl+N) the batch to import into first."));
        return;
    }
    UiSettings settings = UiSettings::load();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import a folder of scans into \"%1\"").arg(batchName(selectedBatch())),
        !settings.lastImportFolder.isEmpty() ? settings.lastImportFolder : m_samplesDir);
    if (dir.isEmpty())
        return;
    settings.lastImportFolder = dir;
    settings.save();
    importPaths({dir});
}

void BatchesPage::scan()
{
    const qint64 id = selectedBatch();
    if (!id) {
        m_summary->setText(tr("Choose (or create with Ctrl+N) the batch to scan into first."));
        return;
    }
    auto* dialog = new ScanDialog(m_store, id, batchName(id), m_import->ocrPool(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void BatchesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_store->can(Permission::Ingest))
        event->acceptProposedAction();
}

void BatchesPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    // Dropped on a batch's row: that batch; elsewhere: the selected one.
    const QPoint inView = m_view->viewport()->mapFrom(this, event->position().toPoint());
    const QModelIndex under = m_view->indexAt(inView);
    if (under.isValid())
        m_view->setCurrentIndex(m_model->index(under.row(), 0));
    event->acceptProposedAction();
    importPaths(paths);
}

void BatchesPage::toggleDoubleKeying()
{
    const qint64 id = selectedBatch();
    if (!id)
        return;
    const bool on = m_doubleKeying->isChecked();
    whenDone(m_store->write([id, on](accounts::Session& s) { return keying::setDoubleKeying(s, id, on); }),
             this, [this, on](const Result<void>& r) {
                 if (!r) {
                     m_doubleKeying->setChecked(!on);
                     showError(this, tr("Double keying"), r.error());
                     return;
                 }
                 Q_EMIT statusMessage(on ? tr("Double keying is on for this batch.")
                                         : tr("Double keying is off for this batch."));
             });
}

} // namespace sohoa::ui
