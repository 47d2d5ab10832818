#include "ui/batches/ImportPanel.h"

#include "core/capture/PageSource.h"
#include "core/ingest/IngestJob.h"
#include "core/ocr/OcrWorkerPool.h"
#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/UiSettings.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

ImportPanel::ImportPanel(StoreAccess* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
    , m_log(new QListWidget(this))
{
    setObjectName(QStringLiteral("importPanel"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_cancel->setToolTip(tr("Stop after the pages being read; documents already imported are kept"));
    m_log->setMaximumHeight(110);
    m_log->setFocusPolicy(Qt::NoFocus);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_log);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancel);
    setVisible(false);
}

ImportPanel::~ImportPanel()
{
    // The job's destructor cancels and joins its thread; documents stored stay.
    delete m_job;
}

std::shared_ptr<ocr::OcrWorkerPool> ImportPanel::ocrPool()
{
    if (!m_pool)
        m_pool = std::make_shared<ocr::OcrWorkerPool>(UiSettings::load().ocrWorkers);
    return m_pool;
}

bool ImportPanel::isRunning() const
{
    return m_expanding || (m_job && m_job->isRunning());
}

QString ImportPanel::statusText() const
{
    return m_status->text();
}

void ImportPanel::cancel()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_status->setText(tr("Stopping... the documents already imported are kept."));
        m_cancel->setEnabled(false);
    }
}

void ImportPanel::importInto(qint64 batchId, const QString& batchName, const QStringList& paths)
{
    if (isRunning()) {
        m_status->setText(tr("An import is still running. Wait for it or cancel it first."));
        return;
    }
    setVisible(true);
    m_expanding = true;
    m_log->clear();
    m_status->setText(tr("Looking for scans in what you chose..."));
    m_progress->setRange(0, 0);
    // Folders (possibly on a network share) are listed off the UI thread.
    whenDone(QtConcurrent::run([paths] { return capture::expandInputs(paths); }), this,
             [this, batchId, batchName](const QStringList& files) {
                 m_expanding = false;
                 if (files.isEmpty()) {
                     m_status->setText(tr("No scans (PNG, JPEG, TIFF or PDF) were found there."));
                     m_progress->setRange(0, 1);
                     Q_EMIT finished(0, 0, false);
                     return;
                 }
                 startJob(batchId, batchName, files);
             });
}

void ImportPanel::startJob(qint64 batchId, const QString& batchName, const QStringList& files)
{
    delete m_job;
    m_batchName = batchName;
    m_stored = 0;
    m_failed = 0;
    m_job = new ingest::IngestJob(m_store->sessionForJobs(), batchId, files, {}, ocrPool(), this);
    connect(m_job, &ingest::IngestJob::progress, this, [this](int done, int total, double perMinute) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Importing into \"%1\": page %2 of %3, %4 pages/min. You can keep working.")
                              .arg(m_batchName)
                              .arg(done)
                              .arg(total)
                              .arg(perMinute, 0, 'f', 1));
    });
    connect(m_job, &ingest::IngestJob::documentFinished, this, &ImportPanel::documentDone);
    connect(m_job, &ingest::IngestJob::finished, this, [this](int stored, int failed, bool cancelled) {
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        QString text =
            tr("Import into \"%1\" finished: %n document(s) imported", nullptr, stored).arg(m_batchName);
        if (failed)
            text += tr(", %n not imported (see below)", nullptr, failed);
        text += QLatin1Char('.');
        if (cancelled)
            text =
                tr("Import cancelled: %n document(s) imported before it stopped are kept.", nullptr, stored);
        m_status->setText(text);
        Q_EMIT m_store->storeChanged();
        Q_EMIT finished(stored, failed, cancelled);
    });
    m_cancel->setEnabled(true);
    if (auto ok = m_job->start(); !ok) {
        m_status->setText(clerkMessage(ok.error()));
        m_cancel->setEnabled(false);
        Q_EMIT finished(0, 0, false);
        return;
    }
    m_status->setText(tr("Importing %n file(s) into \"%1\"...", nullptr, int(files.size())).arg(batchName));
    Q_EMIT started();
}

void ImportPanel::documentDone(const ingest::IngestedDocument& d)
{
    if (d.ok()) {
        ++m_stored;
        Q_EMIT m_store->storeChanged();
        return;
    }
    ++m_failed;
    const QString name = d.name.isEmpty() ? QFileInfo(d.input).fileName() : d.name;
    auto* item = new QListWidgetItem(tr("%1: %2").arg(name, clerkMessage(*d.error)), m_log);
    item->setForeground(QColor(183, 28, 28));
    m_log->scrollToBottom();
}

} // namespace sohoa::ui
