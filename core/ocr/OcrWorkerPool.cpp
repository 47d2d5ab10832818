#include "core/ocr/OcrWorkerPool.h"

#include <QPromise>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace sohoa::ocr {

struct OcrWorkerPool::Impl {
    OcrSettings settings;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Task> queue;
    std::vector<std::thread> threads;
    bool stopping = false;
    int running = 0;

    void work(int index)
    {
        const QString name = QStringLiteral("sohoa-ocr-%1").arg(index);
        if (QThread* t = QThread::currentThread())
            t->setObjectName(name);
        std::unique_ptr<OcrEngine> engine;
        std::optional<Error> engineError;
        bool engineTried = false;
        for (;;) {
            Task task;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [&] { return stopping || !queue.empty(); });
                if (stopping && queue.empty())
                    return;
                task = std::move(queue.front());
                queue.pop_front();
                ++running;
            }
            if (!engineTried) {
                engineTried = true;
                auto created = OcrEngine::create(settings);
                if (created)
                    engine = std::move(*created);
                else
                    engineError = created.error();
            }
            task(engine.get(), engineError ? &*engineError : nullptr);
            {
                std::lock_guard lock(mutex);
                --running;
            }
        }
    }
};

OcrWorkerPool::OcrWorkerPool(int workers, OcrSettings settings)
    : d(std::make_unique<Impl>())
{
    d->settings = std::move(settings);
    const int n = workers > 0 ? workers : defaultWorkerCount();
    d->threads.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        d->threads.emplace_back([this, i] { d->work(i + 1); });
}

OcrWorkerPool::~OcrWorkerPool()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->queue.clear();
    }
    d->wake.notify_all();
    for (std::thread& t : d->threads)
        t.join();
}

int OcrWorkerPool::defaultWorkerCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int OcrWorkerPool::workerCount() const
{
    return int(d->threads.size());
}

void OcrWorkerPool::post(Task task)
{
    {
        std::lock_guard lock(d->mutex);
        d->queue.push_back(std::move(task));
    }
    d->wake.notify_one();
}

int OcrWorkerPool::pendingTasks() const
{
    std::lock_guard lock(d->mutex);
    return int(d->queue.size()) + d->running;
}

QFuture<Result<OcrPage>> OcrWorkerPool::recognize(imaging::CleanedPage page, const CancelToken& cancel)
{
    auto promise = std::make_shared<QPromise<Result<OcrPage>>>();
    QFuture<Result<OcrPage>> future = promise->future();
    promise->start();
    auto shared = std::make_shared<imaging::CleanedPage>(std::move(page));
    post([promise, shared, cancel](OcrEngine* engine, const Error* engineError) {
        if (!engine)
            promise->addResult(Result<OcrPage>(*engineError));
        else
            promise->addResult(engine->recognize(*shared, cancel));
        promise->finish();
    });
    return future;
}

} // namespace sohoa::ocr
