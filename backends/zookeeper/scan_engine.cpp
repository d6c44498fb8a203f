// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/scan_engine.h"

#include "backends/core/logging.h"
#include "backends/zookeeper/zk_outage.h"
#include "backends/zookeeper/zk_session.h"
#include "backends/zookeeper/zk_tr.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QPromise>

#include <algorithm>
#include <climits>
#include <deque>
#include <thread>
#include <vector>

namespace Portier {

QJsonObject ScanResult::toJson() const
{
    QJsonArray array;
    for (const ZnodeRecord &node : nodes)
        array.append(node.toJson());
    return QJsonObject{
        {QStringLiteral("nodes"), array},
        {QStringLiteral("partial"), partial},
        {QStringLiteral("partialReason"),
         partialReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(partialReason)},
        {QStringLiteral("reconnects"), reconnects},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
}

namespace {

/// The ZooKeeper error name ZnodeRecord::error carries ("NOAUTH", "NONODE", ...).
QString zooErrorName(const Error &error)
{
    if (error.domain != ErrorDomain::ZooKeeper)
        return QStringLiteral("ERROR");
    switch (ZkError(error.code)) {
    case ZkError::NoAuth:
        return QStringLiteral("NOAUTH");
    case ZkError::NoNode:
        return QStringLiteral("NONODE");
    case ZkError::ConnectionLoss:
        return QStringLiteral("CONNECTIONLOSS");
    case ZkError::SessionExpired:
        return QStringLiteral("SESSIONEXPIRED");
    case ZkError::OperationTimeout:
        return QStringLiteral("OPERATIONTIMEOUT");
    case ZkError::AuthFailed:
        return QStringLiteral("AUTHFAILED");
    case ZkError::BadArguments:
        return QStringLiteral("BADARGUMENTS");
    case ZkError::Closing:
        return QStringLiteral("CLOSING");
    case ZkError::InvalidAcl:
        return QStringLiteral("INVALIDACL");
    case ZkError::BadVersion:
        return QStringLiteral("BADVERSION");
    default:
        break;
    }
    return QStringLiteral("ERROR");
}

using Zk::isSessionFatal;
using Zk::isTransient;

enum RequestKind : quint8
{
    Children = 1,
    AclRead = 2,
    Data = 4,
};

struct ScanNode
{
    ZnodeRecord record;
    int firstChild = -1;
    int childCount = 0;
    int depth = 0;
    quint8 pending = 0;   ///< kinds not answered yet
    quint8 answered = 0;  ///< kinds that returned a value
    quint8 statRank = 0;  ///< where record.stat came from: 3 children, 2 ACL, 1 data
    quint8 errorRank = 0; ///< where record.error came from: 3 children, 2 ACL, 1 data
};

struct Request
{
    int node;
    RequestKind kind;
    /// Send on the caller's session only: a helper, possibly on a lagging server, reported the
    /// node missing.
    bool primaryOnly = false;
};

struct Outgoing
{
    Request request;
    int lane;
    QString path;
    std::shared_ptr<ZkSession> session; ///< null: the caller dropped its session
};

/// One connection of the walk. Lane 0 is the caller's session (held weakly by the scan);
/// the others are helpers the scan opened and owns.
struct Lane
{
    std::shared_ptr<ZkSession> helper;
    int inflight = 0;
    bool answered = false; ///< served at least one request
    bool retired = false;  ///< failed or lost its connection: no more requests
};

quint8 rankOf(RequestKind kind)
{
    switch (kind) {
    case Children:
        return 3;
    case AclRead:
        return 2;
    case Data:
        return 1;
    }
    return 0;
}

/// The state of one walk, shared by the request callbacks (completion thread), the caller's
/// thread (first requests) and the reconnect watchdog. Everything below the mutex is guarded
/// by it; requests are sent after releasing it, because a request that cannot be sent calls its
/// callback at once in the sending thread.
class ScanState : public std::enable_shared_from_this<ScanState>
{
public:
    ScanState(std::shared_ptr<ZkSession> session, ScanOptions options)
        : m_session(session)
        , m_options(std::move(options))
    {
        m_options.window = std::clamp(m_options.window, 1, 5000);
        m_options.sessions = std::clamp(m_options.sessions, 1, 16);
        m_lanes.emplace_back();
        m_timer.start();
        m_progressTimer.start();
    }

    QFuture<Result<ScanResult>> future() { return m_promise.future(); }

    void start()
    {
        m_promise.start();
        m_promise.setProgressRange(0, 1);
        std::vector<Outgoing> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            ScanNode root;
            root.record.path = m_options.root;
            m_nodes.push_back(std::move(root));
            enqueueNode(0);
            takeBatch(batch);
            finish = shouldFinish(); // stopped before it started
        }
        send(batch);
        if (finish) {
            deliver();
            return;
        }
        if (m_options.sessions > 1) {
            if (const std::shared_ptr<ZkSession> session = m_session.lock())
                std::thread(&ScanState::openHelpers, shared_from_this(), session->options())
                    .detach();
        }
    }

private:
    // --- guarded by m_mutex -------------------------------------------------------------------

    void enqueueNode(int index)
    {
        ScanNode &node = m_nodes[size_t(index)];
        const bool atMaxDepth = m_options.maxDepth >= 0 && node.depth >= m_options.maxDepth;
        if (!atMaxDepth) {
            node.pending |= Children;
            m_queue.push_back({index, Children});
        }
        node.pending |= AclRead;
        m_queue.push_back({index, AclRead});
        if (m_options.withData) {
            node.pending |= Data;
            m_queue.push_back({index, Data});
        }
    }

    bool stopRequested() const
    {
        return m_promise.isCanceled() || (m_options.stop && m_options.stop->load());
    }

    /// Moves the requests that fit in the window into @p batch (sent after unlocking).
    void takeBatch(std::vector<Outgoing> &batch)
    {
        if (m_stopping || m_paused)
            return;
        if (stopRequested()) {
            stop(ZooKeeper::tr("The scan was stopped before it finished."));
            return;
        }
        while (m_inflight < m_options.window && !m_queue.empty()) {
            const Request request = m_queue.front();
            m_queue.pop_front();
            const int lane = request.primaryOnly ? 0 : leastLoadedLane();
            std::shared_ptr<ZkSession> session =
                lane == 0 ? m_session.lock() : m_lanes[size_t(lane)].helper;
            batch.push_back(
                {request, lane, m_nodes[size_t(request.node)].record.path, std::move(session)});
            ++m_lanes[size_t(lane)].inflight;
            ++m_inflight;
        }
    }

    int leastLoadedLane() const
    {
        int best = 0;
        for (size_t i = 1; i < m_lanes.size(); ++i) {
            if (!m_lanes[i].retired && m_lanes[i].inflight < m_lanes[size_t(best)].inflight)
                best = int(i);
        }
        return best;
    }

    void stop(const QString &reason)
    {
        if (m_stopping)
            return;
        m_stopping = true;
        m_stopReason = reason;
    }

    void recordFailure(int index, RequestKind kind, const Error &error)
    {
        ScanNode &node = m_nodes[size_t(index)];
        const quint8 rank = rankOf(kind);
        if (rank > node.errorRank) {
            node.errorRank = rank;
            node.record.error = zooErrorName(error);
        }
        if (index == 0 && !m_rootError)
            m_rootError = error;
    }

    void setStat(ScanNode &node, RequestKind kind, const ZnodeStat &stat)
    {
        const quint8 rank = rankOf(kind);
        if (rank > node.statRank) {
            node.statRank = rank;
            node.record.stat = stat;
        }
    }

    void addChildren(int index, const QStringList &names)
    {
        if (names.isEmpty())
            return;
        const QString parentPath = m_nodes[size_t(index)].record.path;
        const int depth = m_nodes[size_t(index)].depth + 1;
        const int first = int(m_nodes.size());
        const QString prefix =
            parentPath == QLatin1String("/") ? parentPath : parentPath + QLatin1Char('/');
        for (const QString &name : names) {
            ScanNode child;
            child.record.path = prefix + name;
            child.depth = depth;
            m_nodes.push_back(std::move(child));
            enqueueNode(int(m_nodes.size()) - 1);
        }
        ScanNode &parent = m_nodes[size_t(index)];
        parent.firstChild = first;
        parent.childCount = int(names.size());
    }

    /// Common bookkeeping after a reply. Returns false when the request went back into the
    /// queue (connection loss, a helper's failure).
    bool settle(const Request &request, int lane, const Error *error)
    {
        --m_inflight;
        --m_lanes[size_t(lane)].inflight;
        if (!error)
            m_lanes[size_t(lane)].answered = true;
        if (lane != 0 && error && !m_stopping) {
            if (isTransient(*error) || isSessionFatal(*error)) {
                // A helper that lost its connection is not waited for: the others go on.
                if (!m_lanes[size_t(lane)].retired) {
                    m_lanes[size_t(lane)].retired = true;
                    qCDebug(lcZk) << "scan of" << m_options.root << "drops helper session" << lane
                                  << "after" << error->message;
                }
                m_queue.push_front(request);
                return false;
            }
            if (error->is(ZkError::NoNode) && !request.primaryOnly) {
                m_queue.push_front({request.node, request.kind, true});
                return false;
            }
        }
        if (error && isTransient(*error) && !m_stopping) {
            m_queue.push_front(request);
            pauseForReconnect();
            return false;
        }
        if (error && isSessionFatal(*error)) {
            if (error->is(ZkError::SessionExpired))
                stop(ZooKeeper::tr("The ZooKeeper session expired during the scan; the result "
                                   "holds only what was read before. Reconnect and scan again."));
            else if (error->is(ZkError::AuthFailed))
                stop(ZooKeeper::tr("Authentication failed during the scan; the result holds only "
                                   "what was read before."));
            else
                stop(ZooKeeper::tr("The ZooKeeper session was closed during the scan; the result "
                                   "holds only what was read before."));
        }
        if (!error && m_outage && !m_paused) {
            // The first answer after a reconnect: the connection loss is survived.
            m_outage = false;
            ++m_reconnects;
        }
        return true;
    }

    void nodeAnswered(ScanNode &node, RequestKind kind)
    {
        node.pending &= quint8(~kind);
        if (node.pending == 0) {
            ++m_done;
            reportProgress(false);
        }
    }

    void reportProgress(bool force)
    {
        if (!force && m_progressTimer.elapsed() < 100)
            return;
        m_progressTimer.restart();
        const int total = int(std::min<size_t>(m_nodes.size(), size_t(INT_MAX)));
        m_promise.setProgressRange(0, total);
        m_promise.setProgressValueAndText(
            int(m_done), ZooKeeper::tr("%n nodes", nullptr, static_cast<int>(m_done)));
    }

    void pauseForReconnect()
    {
        if (!m_outage) {
            m_outage = true;
            m_outageTimer.start();
        }
        if (m_paused)
            return;
        m_paused = true;
        if (!m_watchdogRunning) {
            m_watchdogRunning = true;
            Zk::pollSessionState(m_session, [self = shared_from_this()](ZkSession::State state) {
                return self->onOutagePoll(state);
            });
        }
    }

    /// True when the walk is over and the caller should deliver the result (once).
    bool shouldFinish()
    {
        if (m_finished || m_inflight > 0)
            return false;
        if (m_stopping || (m_queue.empty() && !m_paused)) {
            m_finished = true;
            return true;
        }
        return false;
    }

    // --- without the lock ---------------------------------------------------------------------

    /// Sends without recursing: a request that fails at once calls back in this thread, and
    /// that callback sends the next ones; they are queued here and sent by the outermost call.
    void send(std::vector<Outgoing> &batch)
    {
        struct Trampoline
        {
            bool active = false;
            std::deque<std::pair<std::shared_ptr<ScanState>, Outgoing>> pending;
        };
        thread_local Trampoline trampoline;
        if (batch.empty())
            return;
        const std::shared_ptr<ScanState> self = shared_from_this();
        for (Outgoing &request : batch)
            trampoline.pending.emplace_back(self, std::move(request));
        batch.clear();
        if (trampoline.active)
            return;
        trampoline.active = true;
        while (!trampoline.pending.empty()) {
            auto [state, request] = std::move(trampoline.pending.front());
            trampoline.pending.pop_front();
            state->issue(std::move(request));
        }
        trampoline.active = false;
    }

    void issue(Outgoing request)
    {
        const std::shared_ptr<ZkSession> session = std::move(request.session);
        if (!session) {
            // The owner dropped the session: nothing more can be read.
            bool finish = false;
            {
                QMutexLocker lock(&m_mutex);
                --m_inflight;
                --m_lanes[size_t(request.lane)].inflight;
                m_queue.push_front(request.request);
                stop(ZooKeeper::tr("The ZooKeeper session was closed during the scan; the "
                                   "result holds only what was read before."));
                finish = shouldFinish();
            }
            if (finish)
                deliver();
            return;
        }
        const std::shared_ptr<ScanState> self = shared_from_this();
        const Request r = request.request;
        const int lane = request.lane;
        switch (r.kind) {
        case Children:
            session->getChildrenAsync(request.path, [self, r, lane](Result<ZnodeChildren> result) {
                self->onChildren(r, lane, std::move(result));
            });
            break;
        case AclRead:
            session->getAclAsync(request.path, [self, r, lane](Result<ZnodeAcl> result) {
                self->onAcl(r, lane, std::move(result));
            });
            break;
        case Data:
            session->getDataAsync(request.path, [self, r, lane](Result<ZnodeData> result) {
                self->onData(r, lane, std::move(result));
            });
            break;
        }
    }

    template<typename Apply>
    void complete(const Request &request, int lane, const Error *error, Apply &&apply)
    {
        std::vector<Outgoing> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            if (settle(request, lane, error)) {
                if (error)
                    recordFailure(request.node, request.kind, *error);
                else
                    apply(m_nodes[size_t(request.node)]);
                // apply() may have grown m_nodes: look the node up again.
                nodeAnswered(m_nodes[size_t(request.node)], request.kind);
            }
            takeBatch(batch);
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
    }

    void onChildren(const Request &request, int lane, Result<ZnodeChildren> result)
    {
        complete(request, lane, result.ok() ? nullptr : &result.error(), [&](ScanNode &node) {
            node.answered |= Children;
            setStat(node, Children, result->stat);
            addChildren(request.node, result->children);
        });
    }

    void onAcl(const Request &request, int lane, Result<ZnodeAcl> result)
    {
        complete(request, lane, result.ok() ? nullptr : &result.error(), [&](ScanNode &node) {
            node.answered |= AclRead;
            setStat(node, AclRead, result->stat);
            node.record.acl = std::move(result.value().acl);
        });
    }

    void onData(const Request &request, int lane, Result<ZnodeData> result)
    {
        complete(request, lane, result.ok() ? nullptr : &result.error(), [&](ScanNode &node) {
            node.answered |= Data;
            setStat(node, Data, result->stat);
            node.record.data = std::move(result.value().data);
        });
    }

    /// Opens the helper sessions (ScanOptions::sessions), on a thread of its own: opening may
    /// resolve names and obtain Kerberos tickets, and connecting takes a round trip. Each
    /// helper joins the walk as soon as it is connected; one that cannot connect within a few
    /// seconds is left out (the walk goes on with the others).
    void openHelpers(SessionOptions options)
    {
        std::vector<std::shared_ptr<ZkSession>> opening;
        for (int i = 1; i < m_options.sessions; ++i) {
            {
                QMutexLocker lock(&m_mutex);
                if (m_finished || m_stopping)
                    break;
            }
            auto helper = std::make_shared<ZkSession>(options);
            // This thread ends soon and runs no event loop: the helper's queued signals
            // (nobody listens to them) are dropped instead of piling up.
            helper->moveToThread(nullptr);
            if (const Result<void> opened = helper->open(); !opened) {
                qCDebug(lcZk) << "scan helper session not opened:" << opened.error().message;
                break; // the same options would fail the same way
            }
            opening.push_back(std::move(helper));
        }
        std::vector<std::shared_ptr<ZkSession>> unused;
        for (std::shared_ptr<ZkSession> &helper : opening) {
            QFuture<Result<void>> connected = helper->whenConnected(10000);
            connected.waitForFinished();
            const bool ok = connected.result().ok();
            std::vector<Outgoing> batch;
            {
                QMutexLocker lock(&m_mutex);
                if (!ok || m_finished || m_stopping) {
                    unused.push_back(std::move(helper));
                    continue;
                }
                Lane lane;
                lane.helper = helper;
                m_lanes.push_back(std::move(lane));
                takeBatch(batch);
            }
            send(batch);
        }
        for (const std::shared_ptr<ZkSession> &helper : unused)
            helper->close();
    }

    /// While the walk is paused for a reconnect, with the session's state every 25 ms (see
    /// Zk::pollSessionState): on reconnect sends the queued requests (the async API is
    /// thread-safe). True when the waiting is over.
    bool onOutagePoll(ZkSession::State state)
    {
        std::vector<Outgoing> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_finished || m_stopping || !m_paused) {
                // nothing to wait for any more
            } else if (stopRequested()) {
                stop(ZooKeeper::tr("The scan was stopped before it finished."));
            } else {
                switch (Zk::classifyOutage(state, m_outageTimer.elapsed(),
                                           m_options.reconnectTimeoutMs)) {
                case Zk::Outage::Waiting:
                    return false;
                case Zk::Outage::Reconnected:
                    m_paused = false;
                    takeBatch(batch);
                    break;
                case Zk::Outage::Expired:
                    stop(ZooKeeper::tr("The ZooKeeper session expired while the scan waited for "
                                       "a reconnect; the result holds only what was read before. "
                                       "Reconnect and scan again."));
                    break;
                case Zk::Outage::Ended:
                    stop(ZooKeeper::tr("The ZooKeeper session ended while the scan waited for a "
                                       "reconnect; the result holds only what was read before."));
                    break;
                case Zk::Outage::TimedOut:
                    stop(ZooKeeper::tr("The connection to ZooKeeper was lost and not "
                                       "re-established within %n second(s); the result holds "
                                       "only what was read before.",
                                       nullptr,
                                       static_cast<int>(m_options.reconnectTimeoutMs / 1000)));
                    break;
                }
            }
            m_watchdogRunning = false;
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
        return true;
    }

    /// Builds the result in path order (depth first, siblings in the server's sorted order) and
    /// fulfils the promise. Called once, without the lock, after the last reply.
    void deliver()
    {
        ScanResult result;
        std::optional<Error> failure;
        {
            QMutexLocker lock(&m_mutex);
            reportProgress(true);
            const ScanNode &root = m_nodes.front();
            const bool rootRead = root.answered != 0;
            if (!rootRead && m_rootError && !m_rootError->is(ZkError::NoAuth) &&
                !(m_stopping && stopRequested())) {
                failure = *m_rootError;
                if (m_rootError->is(ZkError::NoNode)) {
                    failure->message = ZooKeeper::tr("Cannot scan %1: the znode does not exist.")
                                           .arg(root.record.path);
                    failure->hint = ZooKeeper::tr("Check the path; a chroot in the connect string "
                                                  "applies to it.");
                } else if (failure->message.isEmpty()) {
                    failure->message = ZooKeeper::tr("Cannot scan %1: the znode could not be read.")
                                           .arg(root.record.path);
                }
            } else if (!rootRead && !m_rootError && m_stopping && !stopRequested()) {
                failure =
                    Error(ZkError::ConnectionLoss,
                          ZooKeeper::tr("Cannot scan %1: %2").arg(root.record.path, m_stopReason),
                          ZooKeeper::tr("Check that the ZooKeeper servers are running and "
                                        "reachable, then scan again."));
            }
            if (!failure) {
                result.nodes.reserve(qsizetype(m_nodes.size()));
                std::vector<int> stack;
                stack.reserve(1024);
                stack.push_back(0);
                while (!stack.empty()) {
                    const int index = stack.back();
                    stack.pop_back();
                    ScanNode &node = m_nodes[size_t(index)];
                    if (node.pending != 0 && node.answered == 0 && node.errorRank == 0)
                        continue; // never answered: not read at all
                    if (node.pending != 0 && node.record.error.isEmpty())
                        node.record.error = QStringLiteral("INCOMPLETE");
                    result.nodes.append(std::move(node.record));
                    for (int c = node.firstChild + node.childCount - 1;
                         node.firstChild >= 0 && c >= node.firstChild; --c)
                        stack.push_back(c);
                }
                result.partial = m_stopping;
                result.partialReason = m_stopReason;
                result.reconnects = m_reconnects;
                result.sessions = int(std::count_if(m_lanes.cbegin(), m_lanes.cend(),
                                                    [](const Lane &l) { return l.answered; }));
                result.elapsedMs = m_timer.elapsed();
            }
            m_nodes.clear();
            // deliver() runs on some session's completion thread; closing a helper there would
            // wait for that very thread. A short-lived thread closes them.
            std::vector<std::shared_ptr<ZkSession>> helpers;
            for (Lane &lane : m_lanes) {
                if (lane.helper)
                    helpers.push_back(std::move(lane.helper));
            }
            if (!helpers.empty()) {
                std::thread([helpers = std::move(helpers)] {
                    for (const std::shared_ptr<ZkSession> &helper : helpers)
                        helper->close();
                }).detach();
            }
        }
        if (failure) {
            if (const auto session = m_session.lock();
                session && failure->evidence.isEmpty() && failure->is(ZkError::ConnectionLoss))
                failure->evidence.append(session->clientLogExcerpt());
            m_promise.addResult(Result<ScanResult>(std::move(*failure)));
        } else {
            qCDebug(lcZk) << "scan of" << m_options.root << "read" << result.nodes.size()
                          << "nodes in" << result.elapsedMs << "ms, partial" << result.partial;
            m_promise.addResult(Result<ScanResult>(std::move(result)));
        }
        m_promise.finish();
    }

    std::weak_ptr<ZkSession> m_session;
    ScanOptions m_options;
    QPromise<Result<ScanResult>> m_promise;
    QElapsedTimer m_timer;

    QMutex m_mutex;
    /// A deque: growing it never moves the nodes (a vector would relocate 100k records).
    std::deque<ScanNode> m_nodes;
    std::deque<Request> m_queue;
    /// The connections; a vector is fine: the lanes are few and only touched under the lock.
    std::vector<Lane> m_lanes;
    int m_inflight = 0;
    qint64 m_done = 0;
    bool m_paused = false; ///< waiting for a reconnect: send nothing
    bool m_outage = false; ///< a connection loss not yet followed by a successful answer
    bool m_stopping = false;
    bool m_finished = false;
    bool m_watchdogRunning = false;
    QString m_stopReason;
    int m_reconnects = 0;
    std::optional<Error> m_rootError;
    QElapsedTimer m_outageTimer;
    QElapsedTimer m_progressTimer;
};

QString normalizedRoot(QString root)
{
    if (root.isEmpty())
        return QStringLiteral("/");
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root;
}

} // namespace

QFuture<Result<ScanResult>> ScanEngine::scan(std::shared_ptr<ZkSession> session,
                                             ScanOptions options)
{
    options.root = normalizedRoot(options.root);
    if (!session || !options.root.startsWith(QLatin1Char('/'))) {
        QPromise<Result<ScanResult>> promise;
        promise.start();
        promise.addResult(Result<ScanResult>(
            session
                ? Error(ZkError::BadArguments,
                        ZooKeeper::tr("Cannot scan \"%1\": a znode path starts with \"/\".")
                            .arg(options.root),
                        ZooKeeper::tr("Give an absolute path such as /kafka."))
                : Error(CoreError::Internal,
                        ZooKeeper::tr("Cannot scan %1: there is no session.").arg(options.root))));
        promise.finish();
        return promise.future();
    }
    auto state = std::make_shared<ScanState>(std::move(session), std::move(options));
    QFuture<Result<ScanResult>> future = state->future();
    state->start();
    return future;
}

} // namespace Portier
