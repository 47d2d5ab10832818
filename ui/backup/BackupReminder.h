#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace sohoa::ui {

class StoreAccess;

// A bar above the screens that says when the store was last backed up, shown
// to accounts that may back up when the last backup is older than
// kBackupReminderDays (or there was none). "Back up now" opens BackupDialog.
class BackupReminder : public QFrame {
    Q_OBJECT
public:
    static constexpr int kBackupReminderDays = 7;

    explicit BackupReminder(StoreAccess* store, QWidget* parent = nullptr);

    // Reads the last backup time on a reader thread and shows or hides the bar.
    void check();
    QString text() const;

Q_SIGNALS:
    void backupRequested();

private:
    void update(const QDateTime& last);

    StoreAccess* m_store;
    QLabel* m_text;
    QPushButton* m_now;
    QPushButton* m_later;
};

// Whether a store last backed up at `last` (invalid: never) needs a reminder now.
bool backupIsDue(const QDateTime& last, const QDateTime& now);

} // namespace sohoa::ui
