#include "core/ingest/DocumentPipeline.h"

#include "core/i18n/Tr.h"
#include "core/imaging/ArchiveImage.h"
#include "core/imaging/ImageCodec.h"
#include "core/ingest/Reread.h"
#include "core/ingest/TextLayerCheck.h"
#include "core/validation/ReadingDoubt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <condition_variable>
#include <future>
#include <mutex>

namespace sohoa::ingest {

namespace {

Error cancelledError()
{
    return makeError(QStringLiteral("ingest.cancelled"),
                     Tr::tr("The import was cancelled before this document was done."));
}

} // namespace

QList<records::Issue> hiddenTextIssues(const QList<const ProcessedPage*>& pages)
{
    QList<records::Issue> out;
    for (const ProcessedPage* p : pages) {
        if (p->page.provenance.value(QLatin1String("text_layer")).toString() !=
            QLatin1String(kTextLayerContradicted))
            continue;
        records::Issue i;
        i.code = QLatin1String(kHiddenTextIssue);
        i.severity = records::Severity::Warning;
        i.message =
            Tr::tr("Page %1 of this PDF holds hidden text that differs from what the page shows. The "
                   "values were read from the page image instead; compare them with the page, and ask "
                   "where the file came from.")
                .arg(p->pageNo);
        i.details = QJsonObject{{QStringLiteral("page"), p->pageNo},
                                {QStringLiteral("words_contradicted"),
                                 p->page.provenance.value(QLatin1String("text_layer_words_contradicted"))}};
        out.append(i);
    }
    return out;
}

// ---- DocumentResult ----

QList<int> DocumentResult::blankPages() const
{
    QList<int> out;
    for (const ProcessedPage& p : pages)
        if (p.blank)
            out.append(p.pageNo);
    return out;
}

QList<const ProcessedPage*> DocumentResult::keptPages() const
{
    QList<const ProcessedPage*> out;
    for (const ProcessedPage& p : pages)
        if (!p.skipped)
            out.append(&p);
    return out;
}

QList<ocr::OcrPage> DocumentResult::keptOcr() const
{
    QList<ocr::OcrPage> out;
    for (const ProcessedPage* p : keptPages())
        out.append(p->page.ocr);
    return out;
}

records::Record DocumentResult::record() const
{
    records::Record r;
    r.type = extraction.type;
    r.fields = extraction.fields;
    r.issues = issues;
    return r;
}

// ---- per-page work ----

Result<ProcessedPage> processPage(ocr::OcrEngine* engine, const Error* engineError,
                                  capture::CapturedPage&& page, const PipelineOptions& options,
                                  const CancelToken& pageToken, const CancelToken& runToken)
{
    if (runToken.isCancelled())
        return cancelledError();
    ProcessedPage out;
    out.pageNo = page.pageNo;
    auto decoded = page.takeImage();
    if (!decoded) {
        Error e = decoded.error();
        e.message = Tr::tr("Page %1: %2").arg(page.pageNo).arg(e.message);
        return e;
    }
    Pix* original = decoded->pix.get();
    const int width = imaging::pixWidth(original);
    const int height = imaging::pixHeight(original);
    const int dpi = imaging::plausibleDpi(decoded->dpi, width, height);

    batches::NewPage& np = out.page;
    np.width = width;
    np.height = height;
    np.dpi = dpi;
    np.provenance = page.provenance;
    if (!np.provenance.contains(QStringLiteral("dpi")))
        np.provenance.insert(QStringLiteral("dpi"), dpi);

    if (options.archiveImages) {
        const QByteArray sourceBytes = page.encodedIsOriginalFile ? page.encoded : QByteArray();
        auto archived = imaging::archiveImage(original, dpi, sourceBytes, page.encodedFormat);
        if (!archived)
            return archived.error();
        np.imageData = std::move(archived->data);
        np.imageFormat = archived->format;
    }
    page.encoded.clear(); // the file bytes are no longer needed by this page

    // A PDF text layer is used only where OCR of the page image agrees with it
    // (TextLayerCheck.h: text can hide under a scan); with no OCR engine it is
    // taken as it is, at its lowered confidence.
    std::optional<ocr::OcrPage> layer = std::move(page.textLayer);
    if (layer) {
        layer->width = width;
        layer->height = height;
        layer->dpi = dpi;
        if (!engine) {
            np.ocr = std::move(*layer);
            np.hasOcr = true;
            np.provenance.insert(QStringLiteral("text_layer_checked"), false);
            if (options.separateDocuments)
                out.pageClass = extraction::classifyPage(np.ocr);
            return out;
        }
    }
    if (!engine)
        return engineError
                   ? *engineError
                   : makeError(QStringLiteral("ocr.unavailable"), Tr::tr("No OCR engine is available."));

    imaging::OrientationFallback osd = [engine](Pix* binary, int d) {
        return engine->detectOrientation(binary, d);
    };
    auto cleaned = imaging::cleanPage(original, dpi, options.cleanup, osd);
    if (!cleaned)
        return cleaned.error();
    decoded->pix.reset(); // the original's pixels are not needed for OCR
    np.rotation = cleaned->rotation;
    np.skew = cleaned->skew;
    np.blank = cleaned->blank;
    out.blank = cleaned->blank;
    auto ocr = engine->recognize(*cleaned, pageToken);
    if (!ocr) {
        if (ocr.error().code == QLatin1String("ocr.cancelled") && !runToken.isCancelled()) {
            out.ocrCancelled = true;
            np.hasOcr = false;
            return out;
        }
        if (runToken.isCancelled())
            return cancelledError();
        return ocr.error();
    }
    np.ocr = std::move(*ocr);
    np.hasOcr = true;
    if (layer) {
        const TextLayerComparison check = compareTextLayer(*layer, np.ocr);
        np.provenance.insert(QStringLiteral("text_layer_words_compared"), check.wordsCompared);
        np.provenance.insert(QStringLiteral("text_layer_marks_compared"), check.wordsMarksCompared);
        np.provenance.insert(QStringLiteral("text_layer_marks_contradicted"), check.wordsMarksContradicted);
        if (check.contradicted()) {
            // What the file says is not what the page shows: the clerk gets the
            // reading of the image and a warning (DocumentPipeline::finish).
            np.provenance.insert(QStringLiteral("text"), QStringLiteral("ocr"));
            np.provenance.insert(QStringLiteral("text_layer"), QLatin1String(kTextLayerContradicted));
            np.provenance.insert(QStringLiteral("text_layer_words_contradicted"), check.wordsContradicted);
        } else {
            // Marks OCR read otherwise: the clerk checks those words on the image.
            applyMarkDoubts(*layer, check);
            np.provenance.insert(QStringLiteral("text_layer_marks_doubted"), int(check.marksDoubted.size()));
            np.ocr = std::move(*layer);
            np.rotation = 0; // the layer's words are in the page's own pixels, unturned
            np.skew = 0;
        }
    }
    // Here on the worker rather than when the stack is separated: the driving
    // thread also stores pages.
    if (options.separateDocuments) {
        if (out.blank)
            out.pageClass.role = extraction::PageRole::Blank;
        else
            out.pageClass = extraction::classifyPage(np.ocr);
    }
    return out;
}

// ---- pipeline ----

struct DocumentPipeline::Completion {
    int doc = 0;
    int pageIndex = 0;
    Result<ProcessedPage> result;
};

struct DocumentPipeline::Shared {
    std::mutex mutex;
    std::condition_variable ready;
    std::vector<Completion> completed;
};

struct DocumentPipeline::Pending {
    int index = 0;
    QString input;
    QString path; // when added as a file, opened on its turn
    std::unique_ptr<capture::PageSource> source;
    bool opened = false;
    bool failed = false;
    bool delivered = false;
    int total = 0;
    int nextPage = 0;
    int inFlight = 0;
    CancelToken token;
    std::vector<std::optional<ProcessedPage>> pages;
    DocumentResult result; // what all documents of the source share (name, format, ...), or its error
    QElapsedTimer clock;
    // Separating the source into documents, page by page in order.
    int separatedUpTo = 0;
    extraction::StackSeparator separator;
    QList<ProcessedPage> part; // pages of the document being gathered
    QString partType = QStringLiteral("unknown");
    double partConfidence = 0;
    int parts = 0; // documents delivered from this source

    bool complete() const { return opened && (failed || nextPage >= total) && inFlight == 0; }
};

DocumentPipeline::DocumentPipeline(ocr::OcrWorkerPool& pool, PipelineOptions options)
    : m_pool(pool)
    , m_options(std::move(options))
    , m_validation(validation::ValidationContext::standalone())
    , m_shared(std::make_shared<Shared>())
{
    if (m_options.maxPagesInFlight <= 0)
        m_options.maxPagesInFlight = m_pool.workerCount() + 2;
}

DocumentPipeline::~DocumentPipeline()
{
    m_cancel.cancel();
    // Worker tasks reference this pipeline's options through their captures only,
    // but their completions must be collected before the shared queue goes.
    while (m_inFlight > 0)
        drain(true);
}

int DocumentPipeline::workerCount() const
{
    return m_pool.workerCount();
}

int DocumentPipeline::addFile(const QString& path)
{
    auto doc = std::make_unique<Pending>();
    doc->index = int(m_docs.size());
    doc->input = path;
    doc->path = path;
    doc->token = m_cancel.child();
    doc->result.index = doc->index;
    doc->result.input = path;
    doc->result.name = QFileInfo(path).fileName();
    m_docs.push_back(std::move(doc));
    return int(m_docs.size() - 1);
}

int DocumentPipeline::addSource(std::unique_ptr<capture::PageSource> source, const QString& input)
{
    auto doc = std::make_unique<Pending>();
    doc->index = int(m_docs.size());
    doc->input = input;
    doc->token = m_cancel.child();
    doc->result.index = doc->index;
    doc->result.input = input;
    doc->result.name = source ? source->name() : input;
    doc->source = std::move(source);
    m_docs.push_back(std::move(doc));
    return int(m_docs.size() - 1);
}

void DocumentPipeline::cancel()
{
    m_cancel.cancel();
}

void DocumentPipeline::cancelPage(int documentIndex, int pageNo)
{
    std::lock_guard lock(m_tokensMutex);
    auto it = m_pageTokens.find(qMakePair(documentIndex, pageNo));
    if (it != m_pageTokens.end())
        it->cancel();
}

PipelineProgress DocumentPipeline::progress() const
{
    PipelineProgress p;
    p.pagesDone = m_pagesDone;
    p.pagesKnown = m_pagesKnown;
    p.documentsDone = m_nextToDeliver;
    p.documentsTotal = int(m_docs.size());
    p.documentsDelivered = m_delivered;
    const double minutes = m_clock.isValid() ? m_clock.elapsed() / 60000.0 : 0;
    p.pagesPerMinute = minutes > 0 ? m_pagesDone / minutes : 0;
    return p;
}

void DocumentPipeline::reportProgress()
{
    if (m_progressSink)
        m_progressSink(progress());
}

void DocumentPipeline::feed()
{
    while (m_inFlight < m_options.maxPagesInFlight && m_nextToFeed < int(m_docs.size())) {
        Pending& doc = *m_docs[size_t(m_nextToFeed)];
        if (m_cancel.isCancelled()) {
            if (!doc.opened) {
                doc.opened = true;
                doc.failed = true;
                doc.result.error = cancelledError();
            }
            ++m_nextToFeed;
            continue;
        }
        if (!doc.opened) {
            doc.opened = true;
            doc.clock.start();
            if (!m_clock.isValid())
                m_clock.start();
            if (!doc.source) {
                auto opened = capture::openFile(doc.path, m_options.import);
                if (!opened) {
                    doc.failed = true;
                    doc.result.error = opened.error();
                    ++m_nextToFeed;
                    continue;
                }
                doc.source = std::move(*opened);
            }
            doc.result.name = doc.source->name();
            doc.result.sourceKind = doc.source->kind();
            doc.result.format = doc.source->format();
            doc.result.sha256 = doc.source->sha256();
            doc.total = doc.source->pageCount();
            doc.result.sourcePages = doc.total;
            doc.pages.resize(size_t(std::max(0, doc.total)));
            if (doc.total <= 0) {
                doc.failed = true;
                doc.result.error =
                    makeError(QStringLiteral("input.unreadable"), Tr::tr("There are no pages."));
                ++m_nextToFeed;
                continue;
            }
            if (m_admission) {
                if (std::optional<Error> refused = m_admission(*doc.source)) {
                    doc.failed = true;
                    doc.result.error = *refused;
                    ++m_nextToFeed;
                    continue;
                }
            }
            m_pagesKnown += doc.total;
        }
        if (doc.failed || doc.nextPage >= doc.total) {
            ++m_nextToFeed;
            continue;
        }
        const int pageIndex = doc.nextPage++;
        auto page = doc.source->readPage(pageIndex);
        if (!page) {
            doc.failed = true;
            doc.result.error = page.error();
            doc.token.cancel(); // its other pages are of no use now
            continue;
        }
        CancelToken pageToken = doc.token.child();
        {
            std::lock_guard lock(m_tokensMutex);
            m_pageTokens.insert(qMakePair(doc.index, pageIndex + 1), pageToken);
        }
        ++doc.inFlight;
        ++m_inFlight;
        auto shared = m_shared;
        auto captured = std::make_shared<capture::CapturedPage>(std::move(*page));
        const PipelineOptions options = m_options;
        const CancelToken runToken = doc.token;
        const int docIndex = doc.index;
        m_pool.post([shared, captured, options, pageToken, runToken, docIndex,
                     pageIndex](ocr::OcrEngine* engine, const Error* engineError) mutable {
            Result<ProcessedPage> r =
                processPage(engine, engineError, std::move(*captured), options, pageToken, runToken);
            captured.reset();
            {
                std::lock_guard lock(shared->mutex);
                shared->completed.push_back(Completion{docIndex, pageIndex, std::move(r)});
            }
            shared->ready.notify_all();
        });
        if (doc.nextPage >= doc.total)
            ++m_nextToFeed;
    }
}

void DocumentPipeline::drain(bool wait)
{
    std::vector<Completion> batch;
    {
        std::unique_lock lock(m_shared->mutex);
        if (wait)
            m_shared->ready.wait(lock, [&] { return !m_shared->completed.empty(); });
        batch.swap(m_shared->completed);
    }
    for (Completion& c : batch) {
        Pending& doc = *m_docs[size_t(c.doc)];
        {
            std::lock_guard lock(m_tokensMutex);
            m_pageTokens.remove(qMakePair(c.doc, c.pageIndex + 1));
        }
        --doc.inFlight;
        --m_inFlight;
        ++m_pagesDone;
        if (c.result) {
            if (doc.failed)
                continue;
            if (m_pageSink) {
                if (std::optional<Error> refused = m_pageSink(doc.index, *c.result)) {
                    doc.failed = true;
                    doc.result.error = *refused;
                    doc.token.cancel();
                    continue;
                }
            }
            doc.pages[size_t(c.pageIndex)] = std::move(*c.result);
        } else if (!doc.failed) {
            doc.failed = true;
            doc.result.error = c.result.error();
            doc.token.cancel();
        }
    }
    if (!batch.empty())
        reportProgress();
}

void DocumentPipeline::finalize(Pending& doc, DocumentResult& r)
{
    if (m_cancel.isCancelled() && !r.error)
        r.error = cancelledError();
    if (!r.error) {
        // Blank pages (back sides) are left out unless kept - but a document
        // whose every page is blank keeps them, so nothing disappears unseen.
        const bool allBlank =
            std::all_of(r.pages.begin(), r.pages.end(), [](const ProcessedPage& p) { return p.blank; });
        if (!m_options.keepBlankPages && !allBlank)
            for (ProcessedPage& p : r.pages)
                p.skipped = p.blank;
        const QList<ocr::OcrPage> kept = r.keptOcr();
        r.extraction = extraction::extractDocument(kept, m_options.typeHint);
        // The document as a whole says nothing, but its pages placed it (page II
        // of a land certificate alone): read it as that type.
        const bool autoType = m_options.typeHint.isEmpty() || m_options.typeHint == QLatin1String("auto");
        if (autoType && m_options.separateDocuments && r.extraction.type == QLatin1String("unknown") &&
            doc.partType != QLatin1String("unknown")) {
            const QMap<QString, double> scores = r.extraction.typeScores;
            r.extraction = extraction::extractDocument(kept, doc.partType);
            r.extraction.typeConfidence = doc.partConfidence;
            r.extraction.typeScores = scores;
        }
        // A document the office taught a layout for is read with it first (core/layouts).
        if (m_options.layouts && !m_options.layouts->isEmpty())
            layouts::applyLayouts(kept, *m_options.layouts, r.extraction);
        if (!r.extraction.rereads.isEmpty())
            rereadDoubtful(doc, r);
        // Fresh from paper: a rule broken by a doubtful reading marks the reading unsure.
        records::Record rec = r.record();
        r.issues = validation::validateReading(rec, extraction::readingNotes(r.extraction), m_validation);
        r.issues += hiddenTextIssues(r.keptPages());
        r.extraction.fields = rec.fields;
    }
    r.seconds = doc.clock.isValid() ? doc.clock.elapsed() / 1000.0 : 0;
}

// Values the extractor found doubtful are read again from the page image
// (Reread.h). Rare (an id with a digit too many, a line OCR missed), so the
// driving thread simply waits for the worker that reads them.
void DocumentPipeline::rereadDoubtful(Pending& doc, DocumentResult& r)
{
    QList<ProcessedPage*> kept;
    for (ProcessedPage& p : r.pages)
        if (!p.skipped)
            kept.append(&p);
    QList<ocr::OcrPage> pages;
    for (const ProcessedPage* p : kept)
        pages.append(p->page.ocr);
    const CancelToken token = doc.token;
    const imaging::CleanupOptions cleanup = m_options.cleanup;
    RegionReader reader = [&](int index,
                              const QList<ocr::RegionRead>& regions) -> QList<QList<ocr::OcrWord>> {
        const ProcessedPage& pp = *kept[index];
        if (pp.page.ocr.source != QLatin1String("ocr") || token.isCancelled())
            return {};
        // The image as archived (ingest), or the source's page read again (extract keeps none).
        auto captured = std::make_shared<capture::CapturedPage>();
        if (!pp.page.imageData.isEmpty()) {
            captured->pageNo = pp.pageNo;
            captured->encoded = pp.page.imageData;
            captured->encodedFormat = imaging::sniffFormat(pp.page.imageData);
            captured->dpi = pp.page.dpi;
        } else if (doc.source) {
            auto page = doc.source->readPage(pp.pageNo - 1);
            if (!page || page->textLayer)
                return {};
            *captured = std::move(*page);
        } else {
            return {};
        }
        const int dpi = pp.page.dpi;
        const QSize size(pp.page.width, pp.page.height);
        auto promise = std::make_shared<std::promise<QList<QList<ocr::OcrWord>>>>();
        auto answer = promise->get_future();
        m_pool.post(
            [promise, captured, dpi, size, cleanup, regions, token](ocr::OcrEngine* engine, const Error*) {
                promise->set_value(engine ? readPageRegions(*engine, std::move(*captured), dpi, size, cleanup,
                                                            regions, token)
                                          : QList<QList<ocr::OcrWord>>());
            });
        try {
            return answer.get();
        } catch (const std::future_error&) {
            return {}; // the pool dropped the task (shutting down)
        }
    };
    if (rereadDoubtfulValues(pages, r.extraction, reader, m_validation).taken == 0)
        return;
    // The store keeps what was read the second time (words marked as re-read).
    for (int i = 0; i < kept.size() && i < pages.size(); ++i)
        kept[i]->page.ocr = pages[i];
}

// Pages that came back in order are placed in documents; a document is
// delivered when the page that starts the next one is read.
void DocumentPipeline::separate(Pending& doc)
{
    while (doc.separatedUpTo < doc.total && doc.pages[size_t(doc.separatedUpTo)].has_value()) {
        std::optional<ProcessedPage>& slot = doc.pages[size_t(doc.separatedUpTo)];
        ProcessedPage page = std::move(*slot);
        slot.reset();
        ++doc.separatedUpTo;
        if (m_options.separateDocuments) {
            const bool starts = doc.separator.startsDocument(page.pageClass);
            if (starts && !doc.part.isEmpty())
                deliverPart(doc, false);
        }
        doc.part.append(std::move(page));
        if (m_options.separateDocuments) {
            doc.partType = doc.separator.currentType();
            doc.partConfidence = doc.separator.currentConfidence();
        }
    }
}

void DocumentPipeline::deliverPart(Pending& doc, bool last)
{
    DocumentResult r;
    const DocumentResult& source = doc.result;
    r.index = source.index;
    r.input = source.input;
    r.name = source.name;
    r.sourceKind = source.sourceKind;
    r.format = source.format;
    r.sha256 = source.sha256;
    r.sourcePages = source.sourcePages;
    r.error = source.error;
    r.part = doc.parts++;
    r.lastOfSource = last;
    r.firstPage = doc.part.isEmpty() ? std::min(doc.separatedUpTo + 1, std::max(1, doc.total))
                                     : doc.part.first().pageNo;
    if (!r.error && doc.failed)
        r.error = cancelledError();
    if (!r.error)
        r.pages = std::move(doc.part);
    doc.part.clear();
    finalize(doc, r);
    ++m_delivered;
    if (m_documentSink)
        m_documentSink(r);
}

void DocumentPipeline::deliverReady()
{
    while (m_nextToDeliver < int(m_docs.size())) {
        Pending& doc = *m_docs[size_t(m_nextToDeliver)];
        if (doc.opened && !doc.failed && !m_cancel.isCancelled())
            separate(doc);
        if (!doc.complete())
            break;
        deliverPart(doc, true);
        doc.delivered = true;
        ++m_nextToDeliver;
        doc.pages.clear();
        doc.part.clear();
        doc.source.reset();
        doc.result = DocumentResult(); // the caller has what it needs; free the images
        reportProgress();
    }
}

void DocumentPipeline::poll()
{
    drain(false);
    feed();
    deliverReady();
}

void DocumentPipeline::finish()
{
    for (;;) {
        drain(false);
        feed();
        deliverReady();
        if (m_nextToDeliver >= int(m_docs.size()))
            return;
        if (m_inFlight == 0)
            continue; // the next document can be opened or delivered without waiting
        drain(true);
    }
}

} // namespace sohoa::ingest
