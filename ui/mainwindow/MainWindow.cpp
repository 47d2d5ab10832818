#include "ui/mainwindow/MainWindow.h"

#include "core/accounts/AccountAdmin.h"
#include "ui/admin/AccountsPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupReminder.h"
#include "ui/batches/BatchesPage.h"
#include "ui/common/Labels.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/StoreAccess.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/keying/KeyingPage.h"
#include "ui/mainwindow/Page.h"
#include "ui/mainwindow/ShortcutsDialog.h"
#include "ui/outbox/OutboxPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/search/SearchPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/signin/ChangePasswordDialog.h"
#include "ui/verify/VerificationPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace sohoa::ui {

using accounts::Permission;

MainWindow::MainWindow(StoreAccess* store, const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_options(options)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SoHoa - %1").arg(m_store->storePath()));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFocusPolicy(Qt::NoFocus); // Ctrl+1...9 switch screens; Tab stays inside the screen
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setAccessibleName(tr("Screens"));

    buildMenus();

    if (m_store->can(Permission::ReadRecords))
        addPage(QStringLiteral("batches"), new BatchesPage(m_store, m_options.samplesDir, this),
                QKeySequence(Qt::CTRL | Qt::Key_1));
    if (m_store->can(Permission::Verify)) {
        addPage(QStringLiteral("verify"), new VerificationPage(m_store, this),
                QKeySequence(Qt::CTRL | Qt::Key_2));
        addPage(QStringLiteral("keying"), new KeyingPage(m_store, this), QKeySequence(Qt::CTRL | Qt::Key_3));
    }
    if (m_store->can(Permission::Approve))
        addPage(QStringLiteral("review"), new ReviewPage(m_store, this), QKeySequence(Qt::CTRL | Qt::Key_4));
    if (m_store->can(Permission::ReadRecords)) {
        addPage(QStringLiteral("dashboard"), new DashboardPage(m_store, this),
                QKeySequence(Qt::CTRL | Qt::Key_5));
        addPage(QStringLiteral("search"), new SearchPage(m_store, this), QKeySequence(Qt::CTRL | Qt::Key_F));
    }
    if (m_store->can(Permission::Sync))
        addPage(QStringLiteral("outbox"), new OutboxPage(m_store, this), QKeySequence(Qt::CTRL | Qt::Key_6));
    if (m_store->can(Permission::ViewAudit))
        addPage(QStringLiteral("audit"), new AuditPage(m_store, this), QKeySequence(Qt::CTRL | Qt::Key_8));
    if (m_store->can(Permission::ManageAccounts))
        addPage(QStringLiteral("accounts"), new AccountsPage(m_store, this),
                QKeySequence(Qt::CTRL | Qt::Key_9));
    auto* settings = new SettingsPage(m_store, this);
    addPage(QStringLiteral("settings"), settings, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &SettingsPage::languageChanged, this, &MainWindow::languageChanged);
    connect(settings, &SettingsPage::idleLockChanged, this, &MainWindow::idleLockChanged);

    if (auto* batches = batchesPage()) {
        connect(batches, &BatchesPage::verifyBatchRequested, this, [this](qint64 batchId) {
            if (auto* v = verificationPage()) {
                v->openBatch(batchId);
                showPage(QStringLiteral("verify"));
            }
        });
        connect(batches, &BatchesPage::keyBatchRequested, this, [this](qint64 batchId) {
            if (auto* k = keyingPage()) {
                k->openBatch(batchId);
                showPage(QStringLiteral("keying"));
            }
        });
        connect(batches, &BatchesPage::reviewBatchRequested, this, [this](qint64 batchId) {
            if (auto* r = reviewPage()) {
                r->openBatch(batchId);
                showPage(QStringLiteral("review"));
            }
        });
    }

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(260);
    splitter->setSizes({180, 1100});
    // The backup reminder sits above the screens, for the accounts that may back up.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (m_store->can(Permission::Backup)) {
        m_backupReminder = new BackupReminder(m_store, central);
        column->addWidget(m_backupReminder);
        connect(m_backupReminder, &BackupReminder::backupRequested, this, &MainWindow::openBackupDialog);
        m_backupReminder->check();
    }
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status->setText(tr("Signed in as %1 (%2)").arg(m_store->actor(), roleLabel(m_store->account().role)));
    statusBar()->addPermanentWidget(m_status);

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    m_nav->setCurrentRow(0);

    // Fits a 1366x768 screen with the taskbar; larger screens get more room.
    QSize size(1280, 720);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

MainWindow::~MainWindow() = default;

BackupDialog* MainWindow::openBackupDialog()
{
    if (m_backupDialog) {
        m_backupDialog->raise();
        m_backupDialog->activateWindow();
        return m_backupDialog;
    }
    auto* d = new BackupDialog(m_store, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_backupDialog = d;
    if (m_backupReminder)
        connect(d, &BackupDialog::backedUp, m_backupReminder, &BackupReminder::check);
    d->open();
    return d;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* changePassword = file->addAction(tr("Change my &password..."));
    connect(changePassword, &QAction::triggered, this, [this] {
        auto* d = new ChangePasswordDialog(m_store, false, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    if (m_store->can(Permission::Backup)) {
        QAction* backup = file->addAction(tr("&Back up the store..."));
        connect(backup, &QAction::triggered, this, &MainWindow::openBackupDialog);
    }
    file->addSeparator();
    QAction* lock = file->addAction(tr("&Lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock the window now (Ctrl+L); sign in again to continue"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* signOut = file->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, [this] {
        auto* d = new ShortcutsDialog(this, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    QAction* about = help->addAction(tr("&About SoHoa"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About SoHoa"),
            tr("<b>SoHoa %1</b><p>Digitising commune civil-status books and land certificates: "
               "scan, offline OCR, verification, approval and delivery to the national "
               "registries. Every record stays in the encrypted store on this computer.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addPage(const QString& id, Page* page, const QKeySequence& key)
{
    page->setObjectName(id + QStringLiteral("Page"));
    m_ids.append(id);
    m_pages.insert(id, page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_nav);
    item->setToolTip(QStringLiteral("%1 (%2)").arg(page->title(), key.toString(QKeySequence::NativeText)));
    QAction* go = m_goMenu->addAction(page->title());
    go->setShortcut(key);
    go->setToolTip(item->toolTip());
    connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    m_goActions.append(go);
    addAction(go);

    const QList<QAction*> actions = page->pageActions();
    if (!actions.isEmpty()) {
        QMenu* menu = m_pageMenus.value(page->menuTitle());
        if (!menu) {
            menu = new QMenu(page->menuTitle(), this);
            menuBar()->insertMenu(m_goMenu->menuAction(), menu);
            m_pageMenus.insert(page->menuTitle(), menu);
        }
        menu->addActions(actions);
        menu->menuAction()->setVisible(false);
        for (QAction* a : actions) {
            a->setEnabled(false);
            addAction(a); // window-wide shortcut, active only while the page is shown
            if (!a->shortcut().isEmpty() && a->toolTip() == a->text().remove(QLatin1Char('&')))
                a->setToolTip(QStringLiteral("%1 (%2)").arg(
                    a->toolTip(), a->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    connect(page, &Page::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(page, &Page::openRecordRequested, this, &MainWindow::openRecord);
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= m_ids.size())
        return;
    Page* shown = m_pages.value(m_ids[index]);
    for (Page* p : std::as_const(m_pages)) {
        const bool active = p == shown;
        for (QAction* a : p->pageActions())
            a->setEnabled(active);
    }
    for (QMenu* m : std::as_const(m_pageMenus))
        m->menuAction()->setVisible(false);
    if (QMenu* m = m_pageMenus.value(shown->menuTitle()); m && !shown->pageActions().isEmpty())
        m->menuAction()->setVisible(true);
    m_stack->setCurrentWidget(shown);
    shown->activated();
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

Page* MainWindow::page(const QString& id) const
{
    return m_pages.value(id);
}

void MainWindow::showPage(const QString& id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return;
    if (m_nav->currentRow() == row)
        pageChanged(row);
    else
        m_nav->setCurrentRow(row);
}

QString MainWindow::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

void MainWindow::flushEdits()
{
    for (Page* p : std::as_const(m_pages))
        p->flushEdits();
}

VerificationPage* MainWindow::verificationPage() const
{
    return qobject_cast<VerificationPage*>(page(QStringLiteral("verify")));
}

ReviewPage* MainWindow::reviewPage() const
{
    return qobject_cast<ReviewPage*>(page(QStringLiteral("review")));
}

BatchesPage* MainWindow::batchesPage() const
{
    return qobject_cast<BatchesPage*>(page(QStringLiteral("batches")));
}

SettingsPage* MainWindow::settingsPage() const
{
    return qobject_cast<SettingsPage*>(page(QStringLiteral("settings")));
}

OutboxPage* MainWindow::outboxPage() const
{
    return qobject_cast<OutboxPage*>(page(QStringLiteral("outbox")));
}

KeyingPage* MainWindow::keyingPage() const
{
    return qobject_cast<KeyingPage*>(page(QStringLiteral("keying")));
}

void MainWindow::openRecord(qint64 recordId)
{
    // A clerk works on the record; a supervisor reviews it; anyone else reads it.
    if (auto* v = verificationPage()) {
        v->openRecord(recordId);
        showPage(QStringLiteral("verify"));
    } else if (auto* r = reviewPage()) {
        r->openRecord(recordId);
        showPage(QStringLiteral("review"));
    } else if (auto* s = qobject_cast<SearchPage*>(page(QStringLiteral("search")))) {
        s->showRecord(recordId);
        showPage(QStringLiteral("search"));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.rememberGeometry)
        saveWindowGeometry(this, m_store->actor());
    flushEdits();
    event->accept();
}

} // namespace sohoa::ui
