#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace sohoa::ui {

// Calls fn(result) on `context`'s thread (the UI thread) when `future` is
// done, unless `context` is gone by then. No nested event loop, no blocking.
template <typename T, typename Fn> void whenDone(const QFuture<T>& future, QObject* context, Fn fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::move(fn)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> f = watcher->future();
                         if (f.isCanceled() && f.resultCount() == 0)
                             return;
                         fn(f.result());
                     });
    watcher->setFuture(future);
}

} // namespace sohoa::ui
