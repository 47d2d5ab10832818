#include "ui/backup/BackupDialog.h"

#include "core/backup/StoreBackup.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>
#include <memory>

namespace sohoa::ui {

QString defaultBackupFileName(const QDateTime& now)
{
    return QStringLiteral("sohoa-backup-%1.sohoabak").arg(now.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

BackupDialog::BackupDialog(StoreAccess* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_last(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose..."), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_start(new QPushButton(tr("&Back up"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up the store"));
    auto* intro =
        new QLabel(tr("The backup is one file holding every record, page image and the audit trail. It "
                      "stays encrypted: only the accounts of this store can open it. Keep it away from "
                      "this computer, for example on a USB stick kept in the office safe."),
                   this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(defaultBackupFileName(QDateTime::currentDateTime())));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setDefault(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Last backup:"), m_last);
    auto* fileLabel = new QLabel(tr("Backup &file:"), this); // a layout row gets no buddy by itself
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // The whole path shows (up to a point; then its tooltip has it).
    auto fitPath = [this] {
        m_file->setToolTip(m_file->text());
        m_file->setMinimumWidth(std::min(m_file->fontMetrics().horizontalAdvance(m_file->text()) + 24, 720));
    };
    fitPath();
    connect(m_file, &QLineEdit::textChanged, this, fitPath);
    resize(std::max(560, sizeHint().width()), sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (!m_running)
            reject();
    });
    showLastBackup();
}

void BackupDialog::setTarget(const QString& file)
{
    m_file->setText(file);
}

QString BackupDialog::target() const
{
    return m_file->text().trimmed();
}

QString BackupDialog::message() const
{
    return m_message->text();
}

void BackupDialog::showLastBackup()
{
    m_last->setText(tr("reading..."));
    whenDone(m_store->read([](store::Database& db) { return backup::lastBackupTime(db); }), this,
             [this](const Result<QDateTime>& last) {
                 if (!last)
                     m_last->setText(last.error().message);
                 else if (!last->isValid())
                     m_last->setText(tr("never"));
                 else
                     m_last->setText(QLocale().toString(last->toLocalTime(), QLocale::ShortFormat));
             });
}

void BackupDialog::browse()
{
    auto* d = new QFileDialog(this, tr("Backup file"), target(), tr("SoHoa backups (*.sohoabak)"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(QStringLiteral("sohoabak"));
    // The core never overwrites a file; the dialog should not offer to.
    d->setOption(QFileDialog::DontConfirmOverwrite, true);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString& file) { m_file->setText(file); });
    d->open();
}

void BackupDialog::start()
{
    if (m_running)
        return;
    const QString file = target();
    if (file.isEmpty()) {
        m_message->setText(tr("Choose where to write the backup."));
        return;
    }
    if (QFileInfo::exists(file)) {
        m_message->setText(
            tr("%1 already exists. Backups never replace a file: choose another name.").arg(file));
        return;
    }
    m_running = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_start, m_close, m_file, m_browse})
        w->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_message->setText(tr("Backing up... you can keep working."));

    // The writer thread counts pages; the UI thread reads the count on a timer
    // (no call into this dialog from another thread).
    auto done = std::make_shared<std::atomic<int>>(0);
    auto total = std::make_shared<std::atomic<int>>(0);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, done, total] {
        const int t = total->load();
        m_progress->setValue(t > 0 ? int(qint64(done->load()) * 100 / t) : 0);
    });
    timer->start(100);

    whenDone(m_store->write([file, done, total](accounts::Session& s) {
        return backup::backupStore(s, file, [done, total](int d, int t) {
            done->store(d);
            total->store(t);
        });
    }),
             this, [this, file, timer](const Result<backup::BackupManifest>& m) {
                 timer->deleteLater();
                 m_running = false;
                 for (QWidget* w : std::initializer_list<QWidget*>{m_start, m_close, m_file, m_browse})
                     w->setEnabled(true);
                 if (!m) {
                     m_progress->setVisible(false);
                     m_message->setText(clerkMessage(m.error()));
                     return;
                 }
                 m_progress->setValue(100);
                 m_message->setText(
                     tr("Backup written to %1: %2 records, %3 pages, %4 audit entries. Check that "
                        "the file is on the stick before you take it away.")
                         .arg(file)
                         .arg(m->records)
                         .arg(m->pages)
                         .arg(m->auditEntries));
                 m_start->setEnabled(false);
                 m_close->setDefault(true);
                 showLastBackup();
                 Q_EMIT backedUp(QDateTime::currentDateTimeUtc());
             });
}

} // namespace sohoa::ui
