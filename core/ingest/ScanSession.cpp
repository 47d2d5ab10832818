#include "core/ingest/ScanSession.h"

#include "core/common/Clock.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>

namespace sohoa::ingest {

ScanSession::ScanSession(capture::ScannerDevice& device, QString actor, ScanOptions options)
    : m_device(device)
    , m_actor(std::move(actor))
    , m_options(std::move(options))
{
}

ScanSession::~ScanSession() = default;

Result<std::unique_ptr<ScanSession>> ScanSession::create(accounts::Session& session, store::Database& db,
                                                         qint64 batchId, capture::ScannerDevice& device,
                                                         ocr::OcrWorkerPool& pool, ScanOptions options)
{
    // Separation by content, or fixed cuts every N sheets.
    options.ingest.pipeline.separateDocuments = options.separateByContent;
    auto ingest = BatchIngest::create(session, db, batchId, pool, options.ingest);
    if (!ingest)
        return ingest.error();
    std::unique_ptr<ScanSession> s(new ScanSession(device, session.actor(), std::move(options)));
    s->m_ingest = std::move(*ingest);
    return s;
}

void ScanSession::setDocumentSink(std::function<void(const IngestedDocument&)> sink)
{
    m_ingest->setDocumentSink(std::move(sink));
}

void ScanSession::setProgressSink(DocumentPipeline::ProgressSink sink)
{
    m_ingest->pipeline().setProgressSink(std::move(sink));
}

void ScanSession::setReviewSink(std::function<void(capture::CapturedPage&&)> sink)
{
    m_reviewSink = std::move(sink);
}

void ScanSession::queueDocument(std::vector<capture::CapturedPage>&& pages)
{
    if (pages.empty())
        return;
    const capture::ScannerInfo info = m_device.info();
    const int first = pages.front().provenance.value(QStringLiteral("sheet")).toInt();
    const int last = pages.back().provenance.value(QStringLiteral("sheet")).toInt();
    const QString input = first == last ? Tr::tr("%1, sheet %2").arg(info.label()).arg(first)
                                        : Tr::tr("%1, sheets %2-%3").arg(info.label()).arg(first).arg(last);
    // Pages of one document are numbered within it.
    int n = 0;
    for (capture::CapturedPage& p : pages)
        p.pageNo = ++n;
    auto source = std::make_unique<capture::MemoryPageSource>(info.label(), QStringLiteral("scanner"),
                                                              std::move(pages));
    m_ingest->addSource(std::move(source), input);
    ++m_documentsQueued;
    m_ingest->poll();
}

void ScanSession::queueHeld()
{
    if (m_held.empty())
        return;
    std::vector<capture::CapturedPage> pages = std::move(m_held);
    m_held.clear();
    m_heldSheets = 0;
    queueDocument(std::move(pages));
}

Result<capture::ScanRun> ScanSession::scan(const capture::ScanSettings& settings,
                                           const std::function<bool(const ScanEvent&)>& onPage,
                                           const CancelToken& cancel)
{
    ++m_passes;
    const capture::ScannerInfo info = m_device.info();
    const int pass = m_passes;
    auto sink = [&](capture::ScannedPage&& scanned) -> bool {
        ++m_pagesScanned;
        const bool startsSheet = !scanned.back;
        if (startsSheet)
            ++m_sheets;
        capture::CapturedPage page;
        page.image = std::move(scanned.image);
        page.dpi = scanned.dpi;
        page.pageNo = int(m_held.size()) + 1;
        page.provenance = QJsonObject{
            {QStringLiteral("source"), info.label()},
            {QStringLiteral("kind"), QStringLiteral("scanner")},
            {QStringLiteral("device"), info.id},
            {QStringLiteral("scan_source"), scanned.source},
            {QStringLiteral("dpi"), scanned.dpi},
            {QStringLiteral("mode"), capture::colourModeName(settings.mode)},
            {QStringLiteral("sheet"), m_sheets},
            {QStringLiteral("side"), scanned.back ? QStringLiteral("back") : QStringLiteral("front")},
            {QStringLiteral("pass"), pass},
            {QStringLiteral("at"), isoTimestamp(scanned.at)},
            {QStringLiteral("by"), m_actor}};
        if (m_reviewSink) {
            m_reviewSink(std::move(page));
            m_ingest->poll();
            ScanEvent e;
            e.pagesScanned = m_pagesScanned;
            e.sheet = m_sheets;
            e.back = scanned.back;
            e.documentsQueued = m_documentsQueued;
            return onPage ? onPage(e) : true;
        }
        m_held.push_back(std::move(page));
        // A sheet is complete after its front (simplex) or its back (duplex).
        if (!scanned.duplex || scanned.back)
            ++m_heldSheets;
        if (!m_options.separateByContent && m_options.sheetsPerDocument > 0 &&
            m_heldSheets >= m_options.sheetsPerDocument)
            queueHeld();
        else
            m_ingest->poll();
        ScanEvent e;
        e.pagesScanned = m_pagesScanned;
        e.sheet = m_sheets;
        e.back = scanned.back;
        e.pagesHeld = int(m_held.size());
        e.documentsQueued = m_documentsQueued;
        return onPage ? onPage(e) : true;
    };
    auto run = m_device.scan(settings, sink, cancel);
    if (run && m_options.separateByContent && run->end == capture::ScanEnd::FeederEmpty)
        queueHeld(); // the pass is a stack, separated by content
    m_ingest->poll();
    if (!run)
        return run.error();
    return run;
}

void ScanSession::poll()
{
    m_ingest->poll();
}

void ScanSession::finish()
{
    queueHeld();
    m_ingest->run();
}

void ScanSession::cancel()
{
    m_ingest->pipeline().cancel();
}

} // namespace sohoa::ingest
