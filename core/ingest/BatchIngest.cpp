#include "core/ingest/BatchIngest.h"

#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/layouts/LayoutStore.h"
#include "core/records/RecordRepository.h"
#include "core/search/Duplicates.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sohoa::ingest {

namespace {

QJsonObject errorJson(const Error& e)
{
    return {{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
}

} // namespace

QJsonObject IngestedDocument::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), input}};
    if (error) {
        if (firstPage > 1)
            o.insert(QStringLiteral("first_page"), firstPage);
        QJsonObject e = errorJson(*error);
        if (duplicateOf)
            e.insert(QStringLiteral("document"), duplicateOf);
        o.insert(QStringLiteral("error"), e);
        return o;
    }
    o.insert(QStringLiteral("first_page"), firstPage);
    o.insert(QStringLiteral("document"), documentId);
    o.insert(QStringLiteral("record"), recordId);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("pages"), pages);
    o.insert(QStringLiteral("source_pages"), sourcePages);
    o.insert(QStringLiteral("stored_pages"), storedPages);
    if (!blankPages.isEmpty()) {
        QJsonArray blank;
        for (int p : blankPages)
            blank.append(p);
        o.insert(QStringLiteral("blank_pages"), blank);
        o.insert(QStringLiteral("blank_pages_kept"), blankPagesKept);
    }
    QJsonObject f;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        QJsonObject v{{QStringLiteral("value"), it->value}, {QStringLiteral("confidence"), it->confidence}};
        if (!it->layout.isEmpty())
            v.insert(QStringLiteral("layout"), it->layout); // placed by a taught layout
        f.insert(it.key(), v);
    }
    o.insert(QStringLiteral("fields"), f);
    QJsonArray is;
    for (const records::Issue& i : issues)
        is.append(i.toJson());
    o.insert(QStringLiteral("issues"), is);
    return o;
}

Result<StoredDocument> storeDocument(store::Database& db, const QString& actor, qint64 batchId,
                                     const DocumentResult& document)
{
    batches::NewDocument nd;
    nd.batchId = batchId;
    nd.sourceName = document.name;
    nd.sourceKind = document.sourceKind;
    nd.sourceSha256 = document.sha256;
    nd.docType = document.extraction.type;
    nd.typeConfidence = document.extraction.typeConfidence;
    QStringList withoutText;
    QList<int> blank;
    for (const ProcessedPage* p : document.keptPages()) {
        nd.pages.append(p->page);
        if (!p->page.hasOcr)
            withoutText.append(QString::number(p->pageNo));
    }
    for (const ProcessedPage& p : document.pages)
        if (p.blank)
            blank.append(p.pageNo);
    if (nd.pages.isEmpty())
        return makeError(QStringLiteral("ingest.empty"), Tr::tr("The document has no page to store."));
    nd.status = withoutText.isEmpty() ? QStringLiteral("ocr_done") : QStringLiteral("ocr_failed");
    if (!withoutText.isEmpty())
        nd.statusMessage = Tr::tr("OCR was stopped for page(s) %1; their images are kept.")
                               .arg(withoutText.join(QStringLiteral(", ")));

    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto documentId = batches::insertDocument(db, nd, actor);
    if (!documentId)
        return documentId.error();
    records::NewRecord nr;
    nr.batchId = batchId;
    nr.documentId = *documentId;
    nr.pageNo = 1;
    nr.type = document.extraction.type;
    nr.fields = document.extraction.fields;
    nr.issues = document.issues;
    auto recordId = records::insertRecord(db, nr, actor);
    if (!recordId)
        return recordId.error();
    QJsonArray blankJson;
    for (int p : blank)
        blankJson.append(p);
    QJsonObject details{{QStringLiteral("batch"), batchId},
                        {QStringLiteral("source"), document.name},
                        {QStringLiteral("source_kind"), document.sourceKind},
                        {QStringLiteral("format"), document.format},
                        {QStringLiteral("pages"), int(nd.pages.size())},
                        {QStringLiteral("first_page"), document.firstPage},
                        {QStringLiteral("source_pages"), document.sourcePages},
                        {QStringLiteral("record"), *recordId},
                        {QStringLiteral("type"), nr.type},
                        {QStringLiteral("sha256"), QString::fromLatin1(document.sha256.toHex())}};
    if (!blank.isEmpty())
        details.insert(QStringLiteral("blank_pages"), blankJson);
    auto audited = audit::appendAudit(db, actor, audit::actions::kDocumentIngested,
                                      QStringLiteral("document:%1").arg(*documentId), details);
    if (!audited)
        return audited.error();
    SOHOA_TRY(tx->commit());
    return StoredDocument{*documentId, *recordId, int(nd.pages.size())};
}

BatchIngest::BatchIngest(store::Database& db, QString actor, qint64 batchId, ocr::OcrWorkerPool& pool,
                         IngestOptions options)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_batchId(batchId)
    , m_options(std::move(options))
{
    m_options.pipeline.import.actor = m_actor;
    m_options.pipeline.archiveImages = true;
    m_pipeline = std::make_unique<DocumentPipeline>(pool, m_options.pipeline);
    validation::ValidationContext context = validation::ValidationContext::standalone();
    store::Database* dbp = &m_db;
    context.duplicateCheck = [dbp](const records::Record& r) -> QList<records::Issue> {
        auto found = search::findDuplicateIssues(*dbp, r);
        return found ? *found : QList<records::Issue>();
    };
    m_pipeline->setValidationContext(context);
    m_pipeline->setDocumentSink([this](DocumentResult& d) { onDocument(d); });
    m_pipeline->setPageSink([this](int index, ProcessedPage& page) { return stagePage(index, page); });
    if (!m_options.allowDuplicates) {
        m_pipeline->setAdmission([this](const capture::PageSource& source) -> std::optional<Error> {
            if (source.sha256().isEmpty())
                return std::nullopt;
            auto existing = batches::findDocumentBySha256(m_db, m_batchId, source.sha256());
            if (existing && *existing > 0) {
                return makeError(
                    QStringLiteral("input.duplicate"),
                    Tr::tr("%1 is already in this batch (document %2); it was not imported again.")
                        .arg(source.name())
                        .arg(*existing));
            }
            return std::nullopt;
        });
    }
}

BatchIngest::~BatchIngest()
{
    m_pipeline.reset(); // waits for the workers; pages finishing meanwhile are still staged
    for (auto it = m_staged.constBegin(); it != m_staged.constEnd(); ++it)
        (void)batches::discardStagedImages(m_db, it.value());
}

Result<std::unique_ptr<BatchIngest>> BatchIngest::create(accounts::Session& session, store::Database& db,
                                                         qint64 batchId, ocr::OcrWorkerPool& pool,
                                                         IngestOptions options)
{
    SOHOA_TRY(session.require(accounts::Permission::Ingest));
    // Images staged by an import that crashed long ago: no running import
    // keeps a document open for half a day.
    if (auto purged = batches::purgeStagedImages(db, isoTimestamp(nowUtc().addSecs(-qint64(12) * 3600)));
        !purged)
        return purged.error();
    // The office's layouts, unless the caller chose some.
    if (!options.pipeline.layouts) {
        auto layouts = layouts::loadLayouts(db);
        if (!layouts)
            return layouts.error();
        options.pipeline.layouts = std::make_shared<const QList<layouts::LayoutModel>>(std::move(*layouts));
    }
    return std::unique_ptr<BatchIngest>(
        new BatchIngest(db, session.actor(), batchId, pool, std::move(options)));
}

void BatchIngest::addFiles(const QStringList& paths)
{
    for (const QString& p : paths)
        m_pipeline->addFile(p);
}

int BatchIngest::addSource(std::unique_ptr<capture::PageSource> source, const QString& input)
{
    return m_pipeline->addSource(std::move(source), input);
}

void BatchIngest::run()
{
    m_pipeline->finish();
}

std::optional<Error> BatchIngest::stagePage(int documentIndex, ProcessedPage& page)
{
    if (page.page.imageData.isEmpty())
        return std::nullopt;
    auto staged = batches::stageImage(m_db, page.page.imageFormat, page.page.imageData);
    if (!staged)
        return staged.error();
    m_staged[documentIndex].append(*staged);
    page.page.stagedImageId = *staged;
    page.page.imageData = QByteArray(); // the store has it now
    return std::nullopt;
}

void BatchIngest::discardStaged(int documentIndex)
{
    const QList<qint64> ids = m_staged.take(documentIndex);
    // Stored pages took theirs already; what is left belongs to skipped blank
    // pages or to a document that was not stored. A failure here leaves rows
    // for the next import's purge.
    (void)batches::discardStagedImages(m_db, ids);
}

void BatchIngest::onDocument(DocumentResult& d)
{
    IngestedDocument out;
    out.index = d.index;
    out.part = d.part;
    out.lastOfSource = d.lastOfSource;
    out.firstPage = d.firstPage;
    out.pages = d.pageCount();
    out.input = d.input;
    out.name = d.name;
    out.sourcePages = d.sourcePages;
    out.blankPages = d.blankPages();
    out.error = d.error;
    if (d.error && d.error->code == QLatin1String("input.duplicate")) {
        ++m_duplicates;
        if (auto existing = batches::findDocumentBySha256(m_db, m_batchId, d.sha256))
            out.duplicateOf = *existing;
    } else if (!d.error) {
        auto stored = storeDocument(m_db, m_actor, m_batchId, d);
        if (stored) {
            out.documentId = stored->documentId;
            out.recordId = stored->recordId;
            out.storedPages = stored->pages;
            out.blankPagesKept = stored->pages == d.pageCount() && !out.blankPages.isEmpty();
            out.type = d.extraction.type;
            out.typeConfidence = d.extraction.typeConfidence;
            out.fields = d.extraction.fields;
            out.issues = d.issues;
            ++m_stored;
        } else {
            out.error = stored.error();
        }
    }
    // Later documents of the same input still wait for their staged pages.
    if (d.lastOfSource)
        discardStaged(d.index);
    if (out.error && out.error->code != QLatin1String("input.duplicate"))
        ++m_failed;
    if (m_sink)
        m_sink(out);
}

} // namespace sohoa::ingest
