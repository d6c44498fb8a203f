// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/znode_record.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace Portier {

class ZkSession;

struct ScanOptions
{
    QString root = QStringLiteral("/");
    int maxDepth = -1; ///< -1: unlimited; 0: the root only
    bool withData = false;
    /// Requests in flight at most. The server's globalOutstandingLimit is 1000 by default; stay
    /// well under it. 1 is what synchronous tools do.
    int window = 500;
    /// Connections the walk is spread over: the given session, plus sessions - 1 helper
    /// sessions opened with its options (same servers, same identities) for this walk only and
    /// closed when it ends. A server reads one request per connection per wake-up, so a single
    /// connection stops short of what the server can serve; four come close (docs/benchmarks.md).
    /// The window is shared: at most `window` requests are in flight over all connections.
    /// Helpers join once connected (the walk starts at once on the given session); one that
    /// fails or loses its connection is dropped and its requests go to the others. A helper may
    /// be connected to a server that lags behind; a node it reports missing is asked again on
    /// the given session. Each helper counts against the server's maxClientCnxns (default 60 per
    /// client address). Clamped to 1..16.
    int sessions = 1;
    /// The sessions the console and portier-cli use for whole-tree reads.
    static constexpr int defaultSessions = 4;
    /// How long to wait for a reconnect after a connection loss before giving up (partial).
    int reconnectTimeoutMs = 60000;
    /// Optional: set to true (from any thread) to end the walk early with a partial result.
    /// Requests stop being sent and the ones in flight drain. QFuture::cancel() stops the walk
    /// the same way, but Qt discards the result of a cancelled future; use this flag when the
    /// partial result matters (e.g. "stop and show what was found").
    std::shared_ptr<std::atomic_bool> stop;
};

/// What a scan returns. partial is true when the walk did not finish (stop, session expiry,
/// reconnect timeout); nodes then holds what was read, and partialReason says why. A node of a
/// partial result that was read only in part (say its children but not its ACL) carries the
/// error of the request that failed ("CONNECTIONLOSS", "SESSIONEXPIRED") or "INCOMPLETE".
struct ScanResult
{
    QList<ZnodeRecord> nodes; ///< in path order (parents before children, siblings sorted)
    bool partial = false;
    QString partialReason;
    int reconnects = 0; ///< connection losses survived
    int sessions = 1;   ///< connections that answered requests (ScanOptions::sessions)
    qint64 elapsedMs = 0;

    QJsonObject toJson() const; ///< {"nodes":[...],"partial":bool,"partialReason":...}
};

/// Walks a subtree with pipelined asynchronous requests: getChildren + getAcl (+ getData) per
/// node, at most options.window in flight, over options.sessions connections. Progress (QPromise
/// progress value = nodes done, range grows as children are discovered; progress text "N nodes")
/// and cancellation work through the returned future. On connection loss the requests that failed
/// are queued again and the scan resumes once the session reconnects; a session expiry ends the
/// scan with a partial result (the value, not an error). The future's Error is used only when the
/// root itself cannot be read for a reason other than NOAUTH.
class ScanEngine
{
public:
    static QFuture<Result<ScanResult>> scan(std::shared_ptr<ZkSession> session,
                                            ScanOptions options);
};

} // namespace Portier
