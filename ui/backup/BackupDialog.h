#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sohoa::ui {

class StoreAccess;

// Writes a backup of the open store to a file the user picks (a USB stick, a
// network folder). The backup runs on the store's writer thread (SQLite's
// backup API reads a snapshot, so other readers go on); the dialog shows its
// progress and what was written. The file is still encrypted.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(StoreAccess* store, QWidget* parent = nullptr);

    void setTarget(const QString& file);
    QString target() const;
    // Starts the backup to target() (the dialog's "Back up" button).
    void start();
    bool isRunning() const { return m_running; }
    QString message() const;

Q_SIGNALS:
    void backedUp(const QDateTime& when);

private:
    void browse();
    void showLastBackup();

    StoreAccess* m_store;
    QLabel* m_last;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_start;
    QPushButton* m_close;
    bool m_running = false;
};

// A file name that says what and when: sohoa-backup-2026-11-23-1405.sohoabak
QString defaultBackupFileName(const QDateTime& now);

} // namespace sohoa::ui
