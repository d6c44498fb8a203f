// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers several tests share.
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QString>

#include <optional>

namespace Portier::Test {

/// Runs the event loop until @p future is finished and returns its result; nullopt when it did
/// not finish within @p timeoutMs or finished without a result (cancelled). The limit only keeps
/// a broken server from hanging the test; it is not a timing assertion.
template<typename T>
std::optional<T> await(const QFuture<T> &future, int timeoutMs = 60000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

/// True when @p needle occurs in any file below @p directory (hidden files included): to check
/// that a secret was written nowhere.
bool foundInFiles(const QString &directory, const QByteArray &needle);

} // namespace Portier::Test
