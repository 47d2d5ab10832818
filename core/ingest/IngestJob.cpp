#include "core/ingest/IngestJob.h"

#include "core/capture/PageSource.h"
#include "core/store/Database.h"

namespace sohoa::ingest {

IngestJob::IngestJob(accounts::Session& session, qint64 batchId, const QStringList& files,
                     IngestOptions options, std::shared_ptr<ocr::OcrWorkerPool> pool, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_batchId(batchId)
    , m_files(capture::expandInputs(files))
    , m_options(std::move(options))
    , m_pool(std::move(pool))
{
    qRegisterMetaType<sohoa::ingest::IngestedDocument>();
}

IngestJob::~IngestJob()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
    m_ingest.reset(); // before the connection it writes to
    m_db.reset();
}

Result<void> IngestJob::start()
{
    if (m_thread.joinable())
        return makeError(QStringLiteral("ingest.running"), tr("This import has already been started."));
    SOHOA_TRY(m_session.require(accounts::Permission::Ingest));
    auto db = m_session.openConnection();
    if (!db)
        return db.error();
    m_db = std::move(*db);
    if (!m_pool)
        m_pool = std::make_shared<ocr::OcrWorkerPool>();
    auto ingest = BatchIngest::create(m_session, *m_db, m_batchId, *m_pool, m_options);
    if (!ingest)
        return ingest.error();
    m_ingest = std::move(*ingest);
    m_ingest->addFiles(m_files);
    m_ingest->setDocumentSink([this](const IngestedDocument& d) { Q_EMIT documentFinished(d); });
    m_ingest->pipeline().setProgressSink(
        [this](const PipelineProgress& p) { Q_EMIT progress(p.pagesDone, p.pagesKnown, p.pagesPerMinute); });
    m_running = true;
    m_thread = std::thread([this] {
        m_ingest->run();
        const bool cancelled = m_ingest->pipeline().cancelToken().isCancelled();
        m_running = false;
        Q_EMIT finished(m_ingest->stored(), m_ingest->failed(), cancelled);
    });
    return {};
}

void IngestJob::cancel()
{
    if (m_ingest)
        m_ingest->pipeline().cancel();
}

void IngestJob::cancelPage(int documentIndex, int pageNo)
{
    if (m_ingest)
        m_ingest->pipeline().cancelPage(documentIndex, pageNo);
}

} // namespace sohoa::ingest
