#pragma once

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QListWidget;
class QMenu;
class QStackedWidget;
class QLabel;

namespace sohoa::ui {

class Page;
class BackupDialog;
class BackupReminder;
class StoreAccess;
class BatchesPage;
class VerificationPage;
class KeyingPage;
class ReviewPage;
class OutboxPage;
class SettingsPage;

struct MainWindowOptions {
    QString samplesDir; // sample scans offered in the import dialog (./sohoa.sh run)
    bool rememberGeometry =
        false; // saves the window's geometry for the account on close (the app, not tests)
};

// The window clerks spend their day in: a list of screens on the left (those
// the account's role may use), the screen on the right, menus with every
// frequent action and its shortcut.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(StoreAccess* store, const MainWindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // "batches", "verify", "keying", "review", "dashboard", "search", "outbox",
    // "audit", "accounts", "settings" (only those the role may use exist).
    QStringList pageIds() const;
    Page* page(const QString& id) const;
    void showPage(const QString& id);
    QString currentPageId() const;

    // Saves typed edits before a lock or sign-out.
    void flushEdits();

    VerificationPage* verificationPage() const;
    ReviewPage* reviewPage() const;
    BatchesPage* batchesPage() const;
    KeyingPage* keyingPage() const;
    OutboxPage* outboxPage() const;
    SettingsPage* settingsPage() const;
    BackupReminder* backupReminder() const { return m_backupReminder; }
    // File > Back up the store (and the reminder's "Back up now").
    BackupDialog* openBackupDialog();

Q_SIGNALS:
    void signOutRequested();
    void lockRequested();
    void languageChanged(const QString& language);
    void idleLockChanged(int minutes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& id, Page* page, const QKeySequence& key);
    void pageChanged(int index);
    void openRecord(qint64 recordId);
    void buildMenus();

    StoreAccess* m_store;
    MainWindowOptions m_options;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_status;
    QStringList m_ids;
    QMap<QString, Page*> m_pages;
    QMap<QString, QMenu*> m_pageMenus;
    QMenu* m_goMenu = nullptr;
    QList<QAction*> m_goActions;
    BackupReminder* m_backupReminder = nullptr;
    QPointer<BackupDialog> m_backupDialog;
};

} // namespace sohoa::ui
