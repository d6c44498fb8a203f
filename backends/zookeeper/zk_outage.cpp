// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/zk_outage.h"

#include <chrono>
#include <thread>

namespace Portier::Zk {

bool isTransient(const Error &error)
{
    return error.is(ZkError::ConnectionLoss) || error.is(ZkError::OperationTimeout);
}

bool isSessionFatal(const Error &error)
{
    return error.is(ZkError::SessionExpired) || error.is(ZkError::AuthFailed) ||
           error.is(ZkError::Closing);
}

Outage classifyOutage(ZkSession::State state, qint64 elapsedMs, qint64 timeoutMs)
{
    switch (state) {
    case ZkSession::State::Connected:
    case ZkSession::State::ConnectedReadOnly:
        return Outage::Reconnected;
    case ZkSession::State::Expired:
        return Outage::Expired;
    case ZkSession::State::AuthFailed:
    case ZkSession::State::Closed:
        return Outage::Ended;
    case ZkSession::State::Connecting:
        break;
    }
    return elapsedMs >= timeoutMs ? Outage::TimedOut : Outage::Waiting;
}

void pollSessionState(std::weak_ptr<ZkSession> session, std::function<bool(ZkSession::State)> step)
{
    std::thread([session = std::move(session), step = std::move(step)] {
        using namespace std::chrono_literals;
        for (;;) {
            // Sleep first: right after a connection loss the session may not have noticed yet,
            // and resending at once would only fail again.
            std::this_thread::sleep_for(25ms);
            ZkSession::State state = ZkSession::State::Closed;
            if (const std::shared_ptr<ZkSession> alive = session.lock())
                state = alive->state();
            if (step(state))
                return;
        }
    }).detach();
}

} // namespace Portier::Zk
