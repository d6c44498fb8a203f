// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/zookeeper: how the pipelined operations (scan, recursive ACL change) ride
// out a connection loss. They pause, wait for the session to reconnect, then go on.
#pragma once

#include "backends/core/error.h"
#include "backends/zookeeper/zk_session.h"

#include <QtGlobal>

#include <functional>
#include <memory>

namespace Portier::Zk {

/// Errors after which a request is worth sending again once the session is connected.
bool isTransient(const Error &error);
/// Errors after which the session can serve no further request.
bool isSessionFatal(const Error &error);

/// Where a paused operation's wait for a reconnect stands.
enum class Outage
{
    Waiting,     ///< still connecting, within the timeout
    Reconnected, ///< connected again (read-write or read-only): send what waited
    Expired,     ///< the server expired the session
    Ended,       ///< the session was closed, or its authentication failed
    TimedOut,    ///< no reconnect within the timeout
};

/// Classifies @p state seen @p elapsedMs after the connection was lost.
Outage classifyOutage(ZkSession::State state, qint64 elapsedMs, qint64 timeoutMs);

/// Starts a short-lived thread that every 25 ms reads the state of @p session (Closed once the
/// session is gone) and calls @p step with it, until step returns true. The requests'
/// completions run on the C client's thread, which has no event loop, and the CLI waits on the
/// futures without one either, so the state is polled rather than signalled. The state is read
/// before step runs and without any lock of the caller: ZkSession may call a request callback
/// (which takes the caller's lock) while holding its own.
void pollSessionState(std::weak_ptr<ZkSession> session, std::function<bool(ZkSession::State)> step);

} // namespace Portier::Zk
