#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrPage.h"

#include <QFuture>
#include <functional>
#include <memory>

namespace sohoa::ocr {

// Worker threads that each own one Tesseract engine (TessBaseAPI is not
// thread-safe, and OpenMP inside it is switched off: see ProcessEnvironment.h),
// so pages are read in parallel, one per core by default. Engines are created
// on a worker's first task and live as long as the pool.
class OcrWorkerPool {
public:
    // workers <= 0: one per core.
    explicit OcrWorkerPool(int workers = 0, OcrSettings settings = {});
    // Drops queued tasks that have not started and waits for running ones.
    ~OcrWorkerPool();
    OcrWorkerPool(const OcrWorkerPool&) = delete;
    OcrWorkerPool& operator=(const OcrWorkerPool&) = delete;

    static int defaultWorkerCount();
    int workerCount() const;

    // Runs `task` on the next free worker with that worker's engine; `engine`
    // is null and `engineError` set when Tesseract could not be started there.
    // Tasks start in the order they were posted. Any thread may post.
    using Task = std::function<void(OcrEngine* engine, const Error* engineError)>;
    void post(Task task);

    // OCR of one cleaned page on a worker. The future resolves to the page or
    // to an error ("ocr.cancelled" when `cancel` was set before or during it).
    QFuture<Result<OcrPage>> recognize(imaging::CleanedPage page, const CancelToken& cancel = {});

    // Tasks posted but not finished (queued + running).
    int pendingTasks() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::ocr
