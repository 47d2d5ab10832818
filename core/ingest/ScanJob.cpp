#include "core/ingest/ScanJob.h"

#include "core/store/Database.h"

#include <chrono>

namespace sohoa::ingest {

ScanJob::ScanJob(accounts::Session& session, qint64 batchId, QString deviceId, capture::ScanSettings settings,
                 ScanOptions options, std::shared_ptr<ocr::OcrWorkerPool> pool, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_batchId(batchId)
    , m_deviceId(std::move(deviceId))
    , m_options(std::move(options))
    , m_pool(std::move(pool))
    , m_settings(std::move(settings))
{
    qRegisterMetaType<sohoa::ingest::IngestedDocument>();
}

ScanJob::~ScanJob()
{
    cancel();
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_db.reset();
}

Result<void> ScanJob::start()
{
    if (m_thread.joinable())
        return makeError(QStringLiteral("scan.running"), tr("This scan has already been started."));
    SOHOA_TRY(m_session.require(accounts::Permission::Ingest));
    auto db = m_session.openConnection();
    if (!db)
        return db.error();
    m_db = std::move(*db);
    if (!m_pool)
        m_pool = std::make_shared<ocr::OcrWorkerPool>();
    post(Command::Scan);
    m_thread = std::thread([this] { loop(); });
    return {};
}

void ScanJob::post(Command c)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(c);
    }
    m_wake.notify_all();
}

void ScanJob::resume()
{
    m_pause = false;
    post(Command::Scan);
}

void ScanJob::setSettings(const capture::ScanSettings& settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

void ScanJob::pauseAfterPage()
{
    m_pause = true;
}

void ScanJob::finish()
{
    post(Command::Finish);
}

void ScanJob::cancel()
{
    m_cancel.cancel();
    m_wake.notify_all();
}

std::vector<ReviewPage> ScanJob::reviewPages() const
{
    std::lock_guard lock(m_reviewMutex);
    return m_review.pages;
}

void ScanJob::rotatePage(quint64 id, int quarterTurns)
{
    {
        std::lock_guard lock(m_reviewMutex);
        ingest::rotatePage(m_review, id, quarterTurns);
    }
    Q_EMIT reviewChanged();
}

void ScanJob::removePage(quint64 id)
{
    {
        std::lock_guard lock(m_reviewMutex);
        ingest::removePage(m_review, id);
    }
    Q_EMIT reviewChanged();
}

void ScanJob::movePage(quint64 id, int toIndex)
{
    {
        std::lock_guard lock(m_reviewMutex);
        ingest::movePage(m_review, id, toIndex);
    }
    Q_EMIT reviewChanged();
}

void ScanJob::reorderPages(const QList<quint64>& ids)
{
    {
        std::lock_guard lock(m_reviewMutex);
        ingest::reorderPages(m_review, ids);
    }
    Q_EMIT reviewChanged();
}

void ScanJob::rescanPage(quint64 id)
{
    {
        std::lock_guard lock(m_reviewMutex);
        if (indexOfPage(m_review, id) < 0)
            return;
        m_rescanTarget = id;
    }
    m_pause = false;
    post(Command::Rescan);
}

void ScanJob::sendToReading()
{
    post(Command::Send);
}

void ScanJob::sendReviewed(ScanSession& scan)
{
    Result<std::vector<std::vector<capture::CapturedPage>>> documents =
        std::vector<std::vector<capture::CapturedPage>>{};
    {
        std::lock_guard lock(m_reviewMutex);
        documents = takeDocuments(m_review, m_options.separateByContent ? 0 : m_options.sheetsPerDocument);
    }
    if (!documents) {
        Q_EMIT sendFailed(documents.error().message);
        return;
    }
    int pages = 0;
    for (auto& d : *documents) {
        pages += int(d.size());
        scan.queueDocument(std::move(d));
    }
    Q_EMIT reviewChanged();
    if (pages > 0)
        Q_EMIT pagesSent(pages, int(documents->size()));
}

void ScanJob::loop()
{
    auto backend = capture::createScannerBackend();
    auto device = backend->open(m_deviceId);
    if (!device) {
        Q_EMIT scannerError(device.error().code, device.error().message, 0);
        Q_EMIT finished(0, 0, false);
        return;
    }
    auto session = ScanSession::create(m_session, *m_db, m_batchId, **device, *m_pool, m_options);
    if (!session) {
        Q_EMIT scannerError(session.error().code, session.error().message, 0);
        Q_EMIT finished(0, 0, false);
        return;
    }
    ScanSession& scan = **session;
    scan.setDocumentSink([this](const IngestedDocument& d) { Q_EMIT documentFinished(d); });
    scan.setProgressSink(
        [this](const PipelineProgress& p) { Q_EMIT progress(p.pagesDone, p.pagesKnown, p.pagesPerMinute); });
    if (m_options.reviewBeforeReading) {
        scan.setReviewSink([this](capture::CapturedPage&& page) {
            {
                std::lock_guard lock(m_reviewMutex);
                const quint64 target = m_rescanTarget;
                m_rescanTarget = 0;
                // The page to replace may have been deleted meanwhile: then the new scan is added.
                if (target && indexOfPage(m_review, target) >= 0)
                    replacePage(m_review, target, std::move(page));
                else
                    appendPage(m_review, std::move(page));
            }
            Q_EMIT reviewChanged();
        });
    }
    for (;;) {
        Command command;
        {
            std::unique_lock lock(m_mutex);
            // While waiting for the clerk, keep storing documents whose OCR finishes.
            while (m_commands.empty() && !m_quit && !m_cancel.isCancelled()) {
                lock.unlock();
                scan.poll();
                lock.lock();
                m_wake.wait_for(lock, std::chrono::milliseconds(200));
            }
            if (m_quit || m_cancel.isCancelled()) {
                lock.unlock();
                scan.cancel();
                scan.finish();
                Q_EMIT finished(scan.ingest().stored(), scan.ingest().failed(), true);
                return;
            }
            command = m_commands.front();
            m_commands.pop_front();
        }
        if (command == Command::Send) {
            sendReviewed(scan);
            continue;
        }
        if (command == Command::Finish) {
            if (m_options.reviewBeforeReading)
                sendReviewed(scan);
            scan.finish();
            Q_EMIT finished(scan.ingest().stored(), scan.ingest().failed(), false);
            return;
        }
        capture::ScanSettings settings;
        {
            std::lock_guard lock(m_mutex);
            settings = m_settings;
        }
        // A rescan takes one page, whatever the source.
        const bool rescan = command == Command::Rescan;
        auto run = scan.scan(
            settings,
            [this, rescan](const ScanEvent& e) {
                Q_EMIT pageScanned(e.pagesScanned, e.sheet, e.back);
                return !rescan && !m_pause.load();
            },
            m_cancel);
        if (rescan) {
            std::lock_guard lock(m_reviewMutex);
            m_rescanTarget = 0; // the pass gave no page (error): the next pass appends
        }
        if (!run)
            Q_EMIT scannerError(run.error().code, run.error().message, scan.pagesScanned());
        else
            Q_EMIT passEnded(scan.pagesScanned(), run->end == capture::ScanEnd::FeederEmpty,
                             run->end == capture::ScanEnd::Stopped);
    }
}

} // namespace sohoa::ingest
