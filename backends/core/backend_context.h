// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QMutex>

class QThreadPool;

namespace Portier {

/// The small context object handed down by constructor from main(): the app-owned thread pool
/// and the registry of running work, so that shutdown can cancel everything and then wait.
/// Not a singleton; tests make their own.
class BackendContext
{
public:
    /// @p pool is owned by the caller (main() or a test) and must outlive this context.
    explicit BackendContext(QThreadPool *pool);
    ~BackendContext();

    BackendContext(const BackendContext &) = delete;
    BackendContext &operator=(const BackendContext &) = delete;

    QThreadPool *pool() const { return m_pool; }

    /// Remember @p future so that shutdown() can cancel it. Finished futures are pruned.
    template<typename T>
    void track(const QFuture<T> &future)
    {
        trackVoid(QFuture<void>(future));
    }

    /// Cancel every tracked operation, then wait for the pool to drain (DESIGN.md, Threads).
    void shutdown();

    /// A pool sized for blocking I/O (libkrb5, libldap, file reads): more threads than cores,
    /// because most of their time is spent waiting on the network.
    static int recommendedThreadCount();

private:
    void trackVoid(QFuture<void> future);

    QThreadPool *m_pool;
    QMutex m_mutex;
    QList<QFuture<void>> m_running;
};

} // namespace Portier
