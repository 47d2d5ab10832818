#pragma once

// Options and progress output shared by extract, ingest and scan.
#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/ingest/DocumentPipeline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <optional>

namespace sohoa::cli {

class CliContext;
class StoreCommand;

// --type, --jobs, --keep-blank, --no-pdf-text
void addPipelineOptions(QCommandLineParser& parser);
// The pipeline options those give; an error (usage) for an unknown --type.
Result<ingest::PipelineOptions> pipelineOptionsFrom(const QCommandLineParser& parser);
// --jobs, default one per core; 0 or less when the value is not a positive number.
int jobsFrom(const QCommandLineParser& parser);
// An error when the Vietnamese OCR model is not installed.
Result<void> ocrReady();

// The store session of an account that may ingest, and the batch it fills
// (created if missing): what ingest and scan open before any page is read.
struct IngestTarget {
    std::unique_ptr<accounts::Session> session;
    qint64 batchId = 0;
};
Result<IngestTarget> openIngestTarget(CliContext& ctx, const QCommandLineParser& parser,
                                      const QString& batchName);

// What ingest and scan check and open before any page is read, in this order: the pipeline
// options and --jobs (usage errors), the OCR model, then the account and its batch.
struct IngestStart {
    ingest::PipelineOptions pipeline;
    int jobs = 0;
    IngestTarget target;
};
// Null after reporting why not; then return *exitCode.
std::optional<IngestStart> startIngest(CliContext& ctx, StoreCommand& cmd, const QString& batchName,
                                       int* exitCode);

// Progress on stderr: a line per document and, inside long documents, every
// ten pages; never on stdout.
class ProgressPrinter {
public:
    ProgressPrinter(CliContext& ctx, bool quiet, int documents);
    void pages(const ingest::PipelineProgress& progress);
    void document(const ingest::DocumentResult& document, const ingest::PipelineProgress& progress);
    void summary(const ingest::PipelineProgress& progress);

private:
    CliContext& m_ctx;
    bool m_quiet;
    int m_documents;
    int m_lastPagesReported = 0;
    QElapsedTimer m_clock;
};

} // namespace sohoa::cli
