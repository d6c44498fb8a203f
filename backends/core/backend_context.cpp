// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/backend_context.h"

#include "backends/core/logging.h"

#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Portier {

BackendContext::BackendContext(QThreadPool *pool)
    : m_pool(pool)
{
    Q_ASSERT(pool);
}

BackendContext::~BackendContext()
{
    shutdown();
}

int BackendContext::recommendedThreadCount()
{
    return std::max(8, QThread::idealThreadCount() * 4);
}

void BackendContext::trackVoid(QFuture<void> future)
{
    QMutexLocker lock(&m_mutex);
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(std::move(future));
}

void BackendContext::shutdown()
{
    QList<QFuture<void>> running;
    {
        QMutexLocker lock(&m_mutex);
        running.swap(m_running);
    }
    // Qt 6.4 reads freed continuation state when cancel() is called on a future that already
    // finished and ran its then() continuation, so only cancel what is still running.
    for (QFuture<void> &f : running) {
        if (!f.isFinished())
            f.cancel();
    }
    qCDebug(lcCore) << "shutdown: cancelled" << running.size() << "operations, waiting for pool";
    m_pool->waitForDone();
}

} // namespace Portier
