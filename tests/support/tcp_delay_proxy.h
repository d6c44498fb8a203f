// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <memory>

namespace Portier::Test {

/// A user-space TCP proxy on 127.0.0.1 that forwards every accepted connection to a target and
/// holds each byte for a fixed delay in each direction: the round trip of a server one network
/// hop away, on a kernel without netem.
///
/// One thread runs an epoll loop over the listening socket, both sockets of every connection, a
/// timerfd (absolute CLOCK_MONOTONIC deadlines, timer slack 1 ns) and an eventfd for stop().
/// Each read becomes a chunk stamped "due = arrival + delay" and queued per direction; the timer
/// releases chunks in arrival order once due, so byte streams and their order are kept exactly.
/// A direction with more than Options::queueLimitBytes queued stops reading from its source until
/// it drains (TCP back-pressure, as a real link has), end of stream is forwarded as a half-close
/// after the queued bytes, and a reset on either side closes both.
class TcpDelayProxy
{
public:
    struct Options
    {
        QString targetHost = QStringLiteral("127.0.0.1"); ///< an IPv4 address
        quint16 targetPort = 0;
        std::chrono::nanoseconds delay = std::chrono::microseconds(500); ///< per direction
        quint16 listenPort = 0;                                          ///< 0: a free port
        /// Run the forwarding thread SCHED_FIFO when allowed (root or CAP_SYS_NICE): a real
        /// network's delay does not grow when the host's CPUs are busy, and on a loaded 2-core
        /// machine a normal thread is woken hundreds of microseconds (at times milliseconds)
        /// late. The thread only ever blocks in epoll_wait; the kernel's RT throttling bounds it.
        bool realtime = true;
        /// Bytes queued in one direction above which the proxy stops reading from its source
        /// (it resumes below an eighth of it).
        qsizetype queueLimitBytes = 8 << 20;
    };

    /// What the proxy did; lateness is how long after its due time a chunk was handed to the
    /// kernel (the proxy's own added delay, beyond the configured one).
    struct Stats
    {
        qint64 connections = 0;
        qint64 bytesToTarget = 0;
        qint64 bytesFromTarget = 0;
        qint64 chunks = 0;
        double meanLatenessUs = 0;
        double p50LatenessUs = 0;
        double p99LatenessUs = 0;
        double maxLatenessUs = 0;
        double threadCpuSeconds = 0; ///< CPU time of the forwarding thread since start()
        bool realtime = false;       ///< the thread runs SCHED_FIFO
    };

    explicit TcpDelayProxy(Options options);
    ~TcpDelayProxy(); ///< stop()s

    TcpDelayProxy(const TcpDelayProxy &) = delete;
    TcpDelayProxy &operator=(const TcpDelayProxy &) = delete;

    /// Binds and starts the forwarding thread.
    bool start(QString *error);
    /// Stops the thread and closes every connection (abruptly).
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QString connectString() const; ///< "127.0.0.1:<port>"
    const Options &options() const;

    Stats stats() const;
    void resetStats();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Portier::Test
