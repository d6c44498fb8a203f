// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tcp_delay_proxy.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace Portier::Test {

namespace {

using Clock = std::chrono::steady_clock; // CLOCK_MONOTONIC, the timerfd's clock

constexpr size_t ReadSize = 64 * 1024;
constexpr int ReadsPerEvent = 4;        // then let other sockets have their turn
constexpr int HistogramBuckets = 20000; // 1 µs each

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
    size_t offset = 0;
    bool counted = false;
};

struct Connection;

/// What an epoll event points at: a socket of a connection (side 0: client, 1: target) or one
/// of the loop's own descriptors (connection == nullptr).
struct Endpoint
{
    Connection *connection = nullptr;
    int side = 0;
};

/// One direction of a connection: reads from fd[source], writes to fd[1 - source].
struct Direction
{
    std::deque<Chunk> queue;
    size_t queuedBytes = 0;
    bool sourceEof = false;
    bool shutdownSent = false;
    bool paused = false;  // more than Options::queueLimitBytes queued: not reading
    bool blocked = false; // destination's send buffer full: waiting for EPOLLOUT
};

struct Connection
{
    std::array<int, 2> fd{-1, -1};
    std::array<Endpoint, 2> endpoint;
    std::array<Direction, 2> direction; // [0]: client -> target, [1]: target -> client
    std::array<uint32_t, 2> registered{0, 0};
    std::array<bool, 2> inEpoll{false, false};
    bool targetConnected = false;
    bool dead = false;
};

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

void setNoDelay(int fd)
{
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

QString systemError(const char *what)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") +
           QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

struct TcpDelayProxy::Private
{
    Options options;
    quint16 port = 0;
    int listenFd = -1;
    int epollFd = -1;
    int timerFd = -1;
    int stopFd = -1;
    std::thread thread;
    std::atomic<bool> running{false};
    std::atomic<bool> realtime{false};
    clockid_t threadClock{};
    double finalCpuSeconds = 0;
    double cpuSeconds() const;

    Endpoint listenTag;
    Endpoint timerTag;
    Endpoint stopTag;

    // Loop thread only.
    std::list<Connection> connections;
    Clock::time_point armedFor = Clock::time_point::max(); // when the timerfd fires next
    sockaddr_in target{};

    mutable std::mutex statsMutex;
    Stats counters;
    std::vector<quint64> histogram = std::vector<quint64>(HistogramBuckets + 1, 0);
    double latenessSumUs = 0;

    void run();
    void accept();
    void onEvent(Connection &c, int side, uint32_t events);
    void readFrom(Connection &c, int side);
    void push(Connection &c, int d, const char *data, size_t size, Clock::time_point arrival);
    void flush(Connection &c, int d, Clock::time_point now);
    bool destinationReady(const Connection &c, int d) const { return d == 1 || c.targetConnected; }
    void update(Connection &c);
    void kill(Connection &c);
    void recordLateness(Clock::duration lateness);
    void armTimer();
};

TcpDelayProxy::TcpDelayProxy(Options options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->listenTag.side = -1;
    d->timerTag.side = -2;
    d->stopTag.side = -3;
}

TcpDelayProxy::~TcpDelayProxy()
{
    stop();
}

bool TcpDelayProxy::start(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        closeFd(d->listenFd);
        closeFd(d->epollFd);
        closeFd(d->timerFd);
        closeFd(d->stopFd);
        return false;
    };
    if (d->running)
        return true;

    d->target.sin_family = AF_INET;
    d->target.sin_port = htons(d->options.targetPort);
    if (::inet_pton(AF_INET, d->options.targetHost.toLatin1().constData(), &d->target.sin_addr) !=
        1)
        return fail(
            QStringLiteral("target host %1 is not an IPv4 address").arg(d->options.targetHost));

    d->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (d->listenFd < 0)
        return fail(systemError("socket"));
    int one = 1;
    ::setsockopt(d->listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(d->options.listenPort);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(d->listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return fail(systemError("bind 127.0.0.1"));
    if (::listen(d->listenFd, 256) != 0)
        return fail(systemError("listen"));
    socklen_t length = sizeof address;
    ::getsockname(d->listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    d->port = ntohs(address.sin_port);

    d->epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    d->timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    d->stopFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (d->epollFd < 0 || d->timerFd < 0 || d->stopFd < 0)
        return fail(systemError("epoll/timerfd/eventfd"));
    const std::array<std::pair<int, Endpoint *>, 3> own{
        {{d->listenFd, &d->listenTag}, {d->timerFd, &d->timerTag}, {d->stopFd, &d->stopTag}}};
    for (const auto &[fd, tag] : own) {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.ptr = tag;
        if (::epoll_ctl(d->epollFd, EPOLL_CTL_ADD, fd, &event) != 0)
            return fail(systemError("epoll_ctl"));
    }

    d->running = true;
    d->finalCpuSeconds = 0;
    d->thread = std::thread([p = d.get()] { p->run(); });
    ::pthread_getcpuclockid(d->thread.native_handle(), &d->threadClock);
    return true;
}

void TcpDelayProxy::stop()
{
    if (!d->running)
        return;
    d->finalCpuSeconds = d->cpuSeconds();
    const uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(d->stopFd, &one, sizeof one);
    d->thread.join();
    d->running = false;
    for (Connection &c : d->connections) {
        closeFd(c.fd[0]);
        closeFd(c.fd[1]);
    }
    d->connections.clear();
    closeFd(d->listenFd);
    closeFd(d->epollFd);
    closeFd(d->timerFd);
    closeFd(d->stopFd);
}

bool TcpDelayProxy::isRunning() const
{
    return d->running;
}

quint16 TcpDelayProxy::port() const
{
    return d->port;
}

QString TcpDelayProxy::connectString() const
{
    return QStringLiteral("127.0.0.1:%1").arg(d->port);
}

const TcpDelayProxy::Options &TcpDelayProxy::options() const
{
    return d->options;
}

double TcpDelayProxy::Private::cpuSeconds() const
{
    if (!running)
        return finalCpuSeconds;
    timespec t{};
    if (::clock_gettime(threadClock, &t) != 0)
        return 0;
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

TcpDelayProxy::Stats TcpDelayProxy::stats() const
{
    const double cpu = d->cpuSeconds();
    std::lock_guard lock(d->statsMutex);
    Stats s = d->counters;
    s.threadCpuSeconds = cpu;
    s.realtime = d->realtime;
    if (s.chunks > 0) {
        s.meanLatenessUs = d->latenessSumUs / static_cast<double>(s.chunks);
        auto percentile = [&](double q) {
            const auto wanted = static_cast<quint64>(q * static_cast<double>(s.chunks));
            quint64 seen = 0;
            for (int i = 0; i <= HistogramBuckets; ++i) {
                seen += d->histogram[static_cast<size_t>(i)];
                if (seen > wanted)
                    return i == HistogramBuckets ? s.maxLatenessUs : i + 0.5;
            }
            return s.maxLatenessUs;
        };
        s.p50LatenessUs = percentile(0.50);
        s.p99LatenessUs = percentile(0.99);
    }
    return s;
}

void TcpDelayProxy::resetStats()
{
    std::lock_guard lock(d->statsMutex);
    d->counters = {};
    std::fill(d->histogram.begin(), d->histogram.end(), 0);
    d->latenessSumUs = 0;
}

void TcpDelayProxy::Private::recordLateness(Clock::duration lateness)
{
    const double us = std::max(0.0, std::chrono::duration<double, std::micro>(lateness).count());
    std::lock_guard lock(statsMutex);
    ++counters.chunks;
    latenessSumUs += us;
    counters.maxLatenessUs = std::max(counters.maxLatenessUs, us);
    ++histogram[static_cast<size_t>(std::min<double>(us, HistogramBuckets))];
}

void TcpDelayProxy::Private::run()
{
    // The default 50 µs timer slack would be a tenth of the delay we model.
    ::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
    ::pthread_setname_np(::pthread_self(), "tcp-delay-proxy");
    if (options.realtime) {
        sched_param param{};
        param.sched_priority = 10;
        realtime = ::pthread_setschedparam(::pthread_self(), SCHED_FIFO, &param) == 0;
    }

    std::array<epoll_event, 256> events{};
    for (;;) {
        const int n = ::epoll_wait(epollFd, events.data(), static_cast<int>(events.size()), -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        for (int i = 0; i < n; ++i) {
            auto *endpoint = static_cast<Endpoint *>(events[static_cast<size_t>(i)].data.ptr);
            if (endpoint == &stopTag)
                return;
            if (endpoint == &listenTag) {
                accept();
            } else if (endpoint == &timerTag) {
                uint64_t expirations = 0;
                [[maybe_unused]] const auto got = ::read(timerFd, &expirations, sizeof expirations);
                armedFor = Clock::time_point::max(); // a one-shot timer: disarmed now
            } else if (!endpoint->connection->dead) {
                onEvent(*endpoint->connection, endpoint->side,
                        events[static_cast<size_t>(i)].events);
            }
        }
        const auto now = Clock::now();
        for (Connection &c : connections) {
            for (int dir = 0; dir < 2 && !c.dead; ++dir)
                flush(c, dir, now);
            if (!c.dead)
                update(c);
        }
        connections.remove_if([](const Connection &c) { return c.dead; });
        armTimer();
    }
}

void TcpDelayProxy::Private::accept()
{
    for (;;) {
        const int client = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (client < 0)
            return; // EAGAIN, or an error the next accept will report again
        const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (upstream < 0) {
            ::close(client);
            continue;
        }
        setNoDelay(client);
        setNoDelay(upstream);
        Connection &c = connections.emplace_back();
        c.fd = {client, upstream};
        c.endpoint[0] = {&c, 0};
        c.endpoint[1] = {&c, 1};
        const int rc =
            ::connect(upstream, reinterpret_cast<const sockaddr *>(&target), sizeof target);
        if (rc == 0) {
            c.targetConnected = true;
        } else if (errno != EINPROGRESS) {
            kill(c);
            continue;
        }
        for (int side = 0; side < 2; ++side) {
            epoll_event event{};
            event.data.ptr = &c.endpoint[static_cast<size_t>(side)];
            ::epoll_ctl(epollFd, EPOLL_CTL_ADD, c.fd[static_cast<size_t>(side)], &event);
            c.inEpoll[static_cast<size_t>(side)] = true;
        }
        update(c);
        std::lock_guard lock(statsMutex);
        ++counters.connections;
    }
}

void TcpDelayProxy::Private::onEvent(Connection &c, int side, uint32_t events)
{
    const auto s = static_cast<size_t>(side);
    if (events & EPOLLERR) {
        kill(c);
        return;
    }
    if (side == 1 && !c.targetConnected && (events & (EPOLLOUT | EPOLLHUP))) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(c.fd[1], SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            kill(c);
            return;
        }
        c.targetConnected = true;
    }
    if (events & EPOLLOUT)
        c.direction[1 - s].blocked = false; // flushed after the event batch
    if (events & (EPOLLIN | EPOLLHUP)) {
        if (c.registered[s] & EPOLLIN) {
            readFrom(c, side);
        } else if ((events & EPOLLHUP) && c.direction[s].paused && !c.direction[s].sourceEof) {
            // Both halves are closed (we forwarded our end of stream, the peer sent its own), but
            // bytes still wait in the receive buffer while this direction is paused. EPOLLHUP is
            // reported on every wait, so leave epoll until update() resumes the reading.
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, c.fd[s], nullptr);
            c.inEpoll[s] = false;
            c.registered[s] = 0;
        } else if ((events & EPOLLHUP) &&
                   !(c.direction[s].sourceEof && c.direction[1 - s].shutdownSent)) {
            // The peer closed both halves while the other direction still had to write to it:
            // nothing more can be delivered.
            kill(c);
        }
    }
}

void TcpDelayProxy::Private::readFrom(Connection &c, int side)
{
    Direction &dir = c.direction[static_cast<size_t>(side)];
    std::array<char, ReadSize> buffer;
    for (int i = 0; i < ReadsPerEvent && !dir.paused; ++i) {
        const ssize_t n = ::recv(c.fd[static_cast<size_t>(side)], buffer.data(), buffer.size(), 0);
        if (n > 0) {
            push(c, side, buffer.data(), static_cast<size_t>(n), Clock::now());
            if (c.dead)
                return;
            if (static_cast<size_t>(n) < buffer.size())
                return;
        } else if (n == 0) {
            dir.sourceEof = true;
            return;
        } else if (errno == EINTR) {
            --i;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return;
        } else {
            kill(c);
            return;
        }
    }
}

void TcpDelayProxy::Private::push(Connection &c, int d, const char *data, size_t size,
                                  Clock::time_point arrival)
{
    Direction &dir = c.direction[static_cast<size_t>(d)];
    {
        std::lock_guard lock(statsMutex);
        (d == 0 ? counters.bytesToTarget : counters.bytesFromTarget) += static_cast<qint64>(size);
    }
    const auto due = arrival + options.delay;
    if (options.delay.count() == 0 && dir.queue.empty() && !dir.blocked && destinationReady(c, d)) {
        // No delay asked for: hand it on at once, queue only what the kernel does not take.
        const ssize_t n =
            ::send(c.fd[static_cast<size_t>(1 - d)], data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            kill(c);
            return;
        }
        recordLateness(Clock::now() - due);
        const size_t sent = n > 0 ? static_cast<size_t>(n) : 0;
        if (sent == size)
            return;
        data += sent;
        size -= sent;
        dir.blocked = n >= 0 || errno == EAGAIN || errno == EWOULDBLOCK;
        Chunk &chunk = dir.queue.emplace_back();
        chunk.due = due;
        chunk.bytes.assign(data, data + size);
        chunk.counted = true;
    } else {
        Chunk &chunk = dir.queue.emplace_back();
        chunk.due = due;
        chunk.bytes.assign(data, data + size);
    }
    dir.queuedBytes += size;
    if (dir.queuedBytes > static_cast<size_t>(options.queueLimitBytes))
        dir.paused = true;
}

void TcpDelayProxy::Private::flush(Connection &c, int d, Clock::time_point now)
{
    Direction &dir = c.direction[static_cast<size_t>(d)];
    if (dir.blocked || !destinationReady(c, d))
        return;
    const int destination = c.fd[static_cast<size_t>(1 - d)];
    while (!dir.queue.empty() && dir.queue.front().due <= now) {
        // Every chunk that is due goes out in one sendmsg(): fewer system calls and segments.
        std::array<iovec, 64> parts;
        size_t count = 0;
        for (auto it = dir.queue.begin();
             it != dir.queue.end() && it->due <= now && count < parts.size(); ++it, ++count) {
            if (!it->counted) {
                it->counted = true;
                recordLateness(now - it->due);
            }
            parts[count].iov_base = it->bytes.data() + it->offset;
            parts[count].iov_len = it->bytes.size() - it->offset;
        }
        msghdr message{};
        message.msg_iov = parts.data();
        message.msg_iovlen = count;
        const ssize_t n = ::sendmsg(destination, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            auto sent = static_cast<size_t>(n);
            dir.queuedBytes -= sent;
            while (sent > 0) {
                Chunk &chunk = dir.queue.front();
                const size_t take = std::min(sent, chunk.bytes.size() - chunk.offset);
                chunk.offset += take;
                sent -= take;
                if (chunk.offset == chunk.bytes.size())
                    dir.queue.pop_front();
            }
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            dir.blocked = true;
            break;
        } else {
            kill(c);
            return;
        }
    }
    if (dir.queue.empty() && dir.sourceEof && !dir.shutdownSent) {
        ::shutdown(destination, SHUT_WR);
        dir.shutdownSent = true;
    }
    if (dir.paused && dir.queuedBytes <= static_cast<size_t>(options.queueLimitBytes / 8))
        dir.paused = false;
}

void TcpDelayProxy::Private::update(Connection &c)
{
    if (c.direction[0].shutdownSent && c.direction[1].shutdownSent) {
        kill(c); // both streams ended and were handed on
        return;
    }
    for (size_t side = 0; side < 2; ++side) {
        const Direction &reading = c.direction[side];
        const Direction &writing = c.direction[1 - side];
        const bool finished = reading.sourceEof && writing.shutdownSent;
        if (!c.inEpoll[side]) {
            // Parked after EPOLLHUP while paused (see onEvent): back once it may read again.
            if (!finished && !reading.sourceEof && !reading.paused && c.fd[side] >= 0) {
                epoll_event event{};
                event.events = EPOLLIN;
                event.data.ptr = &c.endpoint[side];
                ::epoll_ctl(epollFd, EPOLL_CTL_ADD, c.fd[side], &event);
                c.inEpoll[side] = true;
                c.registered[side] = EPOLLIN;
            }
            continue;
        }
        if (finished) {
            // Done with this socket; a registered socket whose both halves are closed would
            // report EPOLLHUP on every wait.
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, c.fd[side], nullptr);
            c.inEpoll[side] = false;
            continue;
        }
        uint32_t wanted = 0;
        if (!reading.sourceEof && !reading.paused && (side == 0 || c.targetConnected))
            wanted |= EPOLLIN;
        if (writing.blocked || (side == 1 && !c.targetConnected))
            wanted |= EPOLLOUT;
        if (wanted != c.registered[side]) {
            epoll_event event{};
            event.events = wanted;
            event.data.ptr = &c.endpoint[side];
            ::epoll_ctl(epollFd, EPOLL_CTL_MOD, c.fd[side], &event);
            c.registered[side] = wanted;
        }
    }
}

void TcpDelayProxy::Private::kill(Connection &c)
{
    for (size_t side = 0; side < 2; ++side) {
        if (c.inEpoll[side])
            ::epoll_ctl(epollFd, EPOLL_CTL_DEL, c.fd[side], nullptr);
        c.inEpoll[side] = false;
        closeFd(c.fd[side]);
    }
    c.dead = true;
}

void TcpDelayProxy::Private::armTimer()
{
    Clock::time_point next = Clock::time_point::max();
    for (const Connection &c : connections) {
        for (int dir = 0; dir < 2; ++dir) {
            const Direction &direction = c.direction[static_cast<size_t>(dir)];
            if (!direction.queue.empty() && !direction.blocked && destinationReady(c, dir))
                next = std::min(next, direction.queue.front().due);
        }
    }
    // Reprogramming a timer is the most expensive thing this loop does (in a VM it exits to the
    // hypervisor), so only when it must fire earlier than it is set to. A timer left armed with
    // nothing due costs one idle wake-up.
    if (next == Clock::time_point::max() || next >= armedFor)
        return;
    itimerspec spec{};
    const auto ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(next.time_since_epoch()).count();
    spec.it_value.tv_sec = static_cast<time_t>(ns / 1000000000);
    spec.it_value.tv_nsec = static_cast<long>(ns % 1000000000);
    if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0)
        spec.it_value.tv_nsec = 1;
    ::timerfd_settime(timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
    armedFor = next;
}

} // namespace Portier::Test
