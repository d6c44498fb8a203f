// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/tcp_echo_server.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace Portier::Test {

namespace {

bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

bool receiveAll(int fd, char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::recv(fd, data, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

} // namespace

struct TcpEchoServer::Private
{
    int listenFd = -1;
    quint16 port = 0;
    std::thread acceptor;
    std::mutex mutex;
    std::vector<int> clients;
    std::vector<std::thread> workers;

    void acceptLoop();
    static void echo(int fd);
};

TcpEchoServer::TcpEchoServer()
    : d(std::make_unique<Private>())
{}

TcpEchoServer::~TcpEchoServer()
{
    stop();
}

bool TcpEchoServer::start(QString *error)
{
    d->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (d->listenFd < 0 ||
        ::bind(d->listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(d->listenFd, 256) != 0 ||
        ::getsockname(d->listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        if (error)
            *error = QStringLiteral("echo server: ") + QString::fromLocal8Bit(std::strerror(errno));
        if (d->listenFd >= 0)
            ::close(d->listenFd);
        d->listenFd = -1;
        return false;
    }
    d->port = ntohs(address.sin_port);
    d->acceptor = std::thread([p = d.get()] { p->acceptLoop(); });
    return true;
}

void TcpEchoServer::stop()
{
    if (d->listenFd < 0)
        return;
    ::shutdown(d->listenFd, SHUT_RDWR); // wakes accept()
    d->acceptor.join();
    ::close(d->listenFd);
    d->listenFd = -1;
    {
        std::lock_guard lock(d->mutex);
        for (int fd : d->clients)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &worker : d->workers)
        worker.join();
    for (int fd : d->clients)
        ::close(fd);
    d->workers.clear();
    d->clients.clear();
}

quint16 TcpEchoServer::port() const
{
    return d->port;
}

void TcpEchoServer::Private::acceptLoop()
{
    for (;;) {
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return;
        }
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(mutex);
        clients.push_back(fd);
        workers.emplace_back([fd] { echo(fd); });
    }
}

void TcpEchoServer::Private::echo(int fd)
{
    std::array<char, 64 * 1024> buffer;
    for (;;) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (!sendAll(fd, buffer.data(), static_cast<size_t>(n)))
            break;
    }
    ::shutdown(fd, SHUT_WR);
}

TcpEchoServer::RoundTrips TcpEchoServer::pingPong(quint16 port, int rounds, int messageSize,
                                                  QString *error)
{
    RoundTrips result;
    auto fail = [&](const char *what) {
        if (error)
            *error = QString::fromLatin1(what) + QStringLiteral(": ") +
                     QString::fromLocal8Bit(std::strerror(errno));
        return RoundTrips{};
    };
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail("socket");
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return fail("connect");
    }
    std::vector<char> message(static_cast<size_t>(messageSize));
    std::vector<char> echoed(message.size());
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(rounds));
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < message.size(); ++i)
            message[i] = static_cast<char>((round * 31 + static_cast<int>(i)) & 0xff);
        const auto begin = std::chrono::steady_clock::now();
        if (!sendAll(fd, message.data(), message.size()) ||
            !receiveAll(fd, echoed.data(), echoed.size())) {
            ::close(fd);
            return fail("ping-pong");
        }
        const auto end = std::chrono::steady_clock::now();
        if (echoed != message) {
            ::close(fd);
            if (error)
                *error = QStringLiteral("ping-pong: round %1 came back different").arg(round);
            return RoundTrips{};
        }
        samples.push_back(std::chrono::duration<double, std::micro>(end - begin).count());
    }
    ::close(fd);
    if (samples.empty())
        return result;
    std::sort(samples.begin(), samples.end());
    result.rounds = rounds;
    result.minUs = samples.front();
    result.medianUs = samples[samples.size() / 2];
    result.p99Us = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    double sum = 0;
    for (double s : samples)
        sum += s;
    result.meanUs = sum / static_cast<double>(samples.size());
    return result;
}

} // namespace Portier::Test
