#include "core/sync/ClientThread.h"

#include <QEventLoop>
#include <QObject>
#include <QThread>
#include <atomic>
#include <deque>
#include <mutex>

namespace sohoa::sync {

struct ClientThread::Impl {
    // Jobs wait here rather than in the thread's event queue: a job's network
    // calls run a nested event loop, which must not start the next job inside it.
    std::mutex mutex;
    std::deque<std::function<void(RegistryClient&)>> jobs;
    bool draining = false; // client's thread only
    QThread thread;
    QObject* context = nullptr; // lives on `thread`: jobs are queued to it
    // Created, used and destroyed on `thread` (its sockets live there).
    std::unique_ptr<RegistryClient> client;
    QObject waker;                 // lives on the caller's thread: wakes wait()
    QEventLoop* waiting = nullptr; // caller's thread only
    std::atomic<quint64> started{0};
    std::atomic<quint64> finished{0};
};

ClientThread::ClientThread(ClientConfig config)
    : d(std::make_unique<Impl>())
{
    d->thread.setObjectName(QStringLiteral("sohoa-sync-client"));
    d->thread.start();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->context, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        d->context,
        [this, config = std::move(config)] { d->client = std::make_unique<RegistryClient>(config); },
        Qt::BlockingQueuedConnection);
}

ClientThread::~ClientThread()
{
    wait(d->started.load());
    QMetaObject::invokeMethod(
        d->context, [this] { d->client.reset(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

quint64 ClientThread::start(std::function<void(RegistryClient&)> job)
{
    {
        const std::lock_guard lock(d->mutex);
        d->jobs.push_back(std::move(job));
    }
    const quint64 ticket = ++d->started;
    QMetaObject::invokeMethod(
        d->context, [this] { drain(); }, Qt::QueuedConnection);
    return ticket;
}

// Runs queued jobs one after the other (on the client's thread). Called again
// from inside a job's nested event loop, it returns at once: the outer call
// takes the next job when the current one is over.
void ClientThread::drain()
{
    if (d->draining)
        return;
    d->draining = true;
    for (;;) {
        std::function<void(RegistryClient&)> job;
        {
            const std::lock_guard lock(d->mutex);
            if (d->jobs.empty())
                break;
            job = std::move(d->jobs.front());
            d->jobs.pop_front();
        }
        job(*d->client);
        ++d->finished;
        QMetaObject::invokeMethod(
            &d->waker,
            [this] {
                if (d->waiting)
                    d->waiting->quit();
            },
            Qt::QueuedConnection);
    }
    d->draining = false;
}

void ClientThread::wait(quint64 ticket)
{
    while (d->finished.load() < ticket) {
        QEventLoop loop;
        d->waiting = &loop;
        // A job finishing after this check posts its wake-up to this thread,
        // which the loop then processes: no wake-up is lost.
        if (d->finished.load() < ticket)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        d->waiting = nullptr;
    }
}

void ClientThread::setClockOffset(qint64 seconds)
{
    d->client->setClockOffset(seconds); // an atomic, read on the client's thread when signing
}

} // namespace sohoa::sync
