#include "ui/backup/BackupReminder.h"

#include "core/backup/StoreBackup.h"
#include "core/common/Clock.h"
#include "ui/common/Async.h"
#include "ui/common/StoreAccess.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sohoa::ui {

bool backupIsDue(const QDateTime& last, const QDateTime& now)
{
    return !last.isValid() || last.daysTo(now) >= BackupReminder::kBackupReminderDays;
}

BackupReminder::BackupReminder(StoreAccess* store, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_text(new QLabel(this))
    , m_now(new QPushButton(tr("Back up &now"), this))
    , m_later(new QPushButton(tr("Later"), this))
{
    setObjectName(QStringLiteral("backupReminder"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // the usual "attention" yellow
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    setPalette(p);
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_now);
    layout->addWidget(m_later);
    connect(m_now, &QPushButton::clicked, this, &BackupReminder::backupRequested);
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

QString BackupReminder::text() const
{
    return m_text->text();
}

void BackupReminder::check()
{
    whenDone(m_store->read([](store::Database& db) { return backup::lastBackupTime(db); }), this,
             [this](const Result<QDateTime>& last) {
                 if (!last) {
                     hide();
                     return;
                 }
                 update(*last);
             });
}

void BackupReminder::update(const QDateTime& last)
{
    const QDateTime now = nowUtc();
    if (!backupIsDue(last, now)) {
        hide();
        return;
    }
    if (!last.isValid())
        m_text->setText(tr("This store has never been backed up. If this computer breaks or is stolen, every "
                           "record typed here is lost: make a backup now."));
    else
        m_text->setText(
            tr("The last backup is %n day(s) old. Make a new one so that recent work is not lost.", nullptr,
               int(last.daysTo(now))));
    show();
}

} // namespace sohoa::ui
