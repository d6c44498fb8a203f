// SPDX-License-Identifier: GPL-3.0-or-later
// The delay proxy the scan benchmark runs through: bytes and their order intact in both
// directions (also under back-pressure and with many connections), end of stream forwarded
// after the delayed bytes, and never a byte released before its delay. How much the proxy adds
// on top of the delay is printed (a measurement, not an assertion).
#include "tests/bench/tcp_echo_server.h"
#include "tests/support/tcp_delay_proxy.h"

#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

using namespace Portier::Test;
using namespace std::chrono_literals;

namespace {

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

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

/// Reads until end of stream or a reset (*ended = true) or 30 s without data (*ended = false).
QByteArray receiveToEnd(int fd, bool *ended = nullptr)
{
    QByteArray all;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 30000) <= 0) {
            if (ended)
                *ended = false;
            return all;
        }
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (ended)
                *ended = true;
            return all;
        }
        all.append(buffer.data(), n);
    }
}

QByteArray randomBytes(qsizetype size, unsigned seed)
{
    std::mt19937 generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(generator() & 0xff);
    return bytes;
}

} // namespace

class TestTcpDelayProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripIsDelayed_data();
    void roundTripIsDelayed();
    void bulkBytesIntactBothWays_data();
    void bulkBytesIntactBothWays();
    void manyConnections();
    void endOfStreamFollowsTheDelayedBytes();
    void refusedTargetClosesTheClient();
    void cleanupTestCase();

private:
    TcpEchoServer m_echo;
};

void TestTcpDelayProxy::initTestCase()
{
    QString error;
    QVERIFY2(m_echo.start(&error), qPrintable(error));
}

void TestTcpDelayProxy::cleanupTestCase()
{
    m_echo.stop();
}

void TestTcpDelayProxy::roundTripIsDelayed_data()
{
    QTest::addColumn<int>("delayUs");
    QTest::newRow("0 ms (the proxy's own cost)") << 0;
    QTest::newRow("0.5 ms") << 500;
    QTest::newRow("2 ms") << 2000;
}

void TestTcpDelayProxy::roundTripIsDelayed()
{
    QFETCH(int, delayUs);
    TcpDelayProxy proxy(
        {QStringLiteral("127.0.0.1"), m_echo.port(), std::chrono::microseconds(delayUs)});
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));

    const auto direct = TcpEchoServer::pingPong(m_echo.port(), 300, 64, &error);
    QVERIFY2(direct.rounds == 300, qPrintable(error));
    const auto proxied = TcpEchoServer::pingPong(proxy.port(), 300, 64, &error);
    QVERIFY2(proxied.rounds == 300, qPrintable(error));
    // A lower bound only: nothing may come back before it went through the delay twice.
    QVERIFY2(
        proxied.minUs >= 2.0 * delayUs,
        qPrintable(QStringLiteral("round trip %1 us, below twice the delay").arg(proxied.minUs)));

    const auto stats = proxy.stats();
    QCOMPARE(stats.connections, qint64(1));
    QCOMPARE(stats.bytesToTarget, qint64(300 * 64));
    QCOMPARE(stats.bytesFromTarget, qint64(300 * 64));
    qInfo("delay %d us: direct RTT median %.1f us (p99 %.1f); proxied median %.1f us (p99 %.1f): "
          "added %.1f us per round trip beyond 2 x delay; proxy lateness per chunk mean %.1f "
          "p50 %.1f p99 %.1f max %.1f us over %lld chunks (SCHED_FIFO: %s)",
          delayUs, direct.medianUs, direct.p99Us, proxied.medianUs, proxied.p99Us,
          proxied.medianUs - direct.medianUs - 2.0 * delayUs, stats.meanLatenessUs,
          stats.p50LatenessUs, stats.p99LatenessUs, stats.maxLatenessUs,
          static_cast<long long>(stats.chunks), stats.realtime ? "yes" : "no");
}

void TestTcpDelayProxy::bulkBytesIntactBothWays_data()
{
    QTest::addColumn<int>("delayUs");
    QTest::addColumn<int>("readerStartsAfterMs");
    QTest::addColumn<int>("kilobytes");
    QTest::addColumn<int>("queueLimitKilobytes");
    QTest::newRow("0 ms") << 0 << 0 << 24576 << 8192;
    QTest::newRow("0.5 ms") << 500 << 0 << 24576 << 8192;
    // The reader waits: the echo server blocks, the proxy queues past its limit and stops
    // reading from the client, the client's send blocks; then everything drains.
    QTest::newRow("0.5 ms, back-pressure") << 500 << 400 << 24576 << 8192;
    // A small queue limit and a stream that fits into the socket buffers: the echo server has
    // echoed everything and closed while the proxy is paused towards the client, so its socket
    // reports EPOLLHUP with bytes still unread behind it.
    QTest::newRow("0.5 ms, both ends closed while paused") << 500 << 500 << 1024 << 64;
}

void TestTcpDelayProxy::bulkBytesIntactBothWays()
{
    QFETCH(int, delayUs);
    QFETCH(int, readerStartsAfterMs);
    QFETCH(int, kilobytes);
    QFETCH(int, queueLimitKilobytes);
    TcpDelayProxy::Options options;
    options.targetPort = m_echo.port();
    options.delay = std::chrono::microseconds(delayUs);
    options.queueLimitBytes = qsizetype(queueLimitKilobytes) << 10;
    TcpDelayProxy proxy(options);
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));

    const QByteArray sent = randomBytes(qsizetype(kilobytes) << 10, 7);
    const int fd = connectTo(proxy.port());
    QVERIFY(fd >= 0);
    std::atomic<bool> sendOk{false};
    std::thread writer([&] {
        // Uneven write sizes, so that chunk boundaries fall everywhere.
        std::mt19937 generator(11);
        qsizetype offset = 0;
        bool ok = true;
        while (ok && offset < sent.size()) {
            const auto size = std::min<qsizetype>(1 + generator() % 100000, sent.size() - offset);
            ok = sendAll(fd, sent.constData() + offset, static_cast<size_t>(size));
            offset += size;
        }
        ::shutdown(fd, SHUT_WR);
        sendOk = ok;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(readerStartsAfterMs));
    bool ended = false;
    const QByteArray received = receiveToEnd(fd, &ended);
    writer.join();
    ::close(fd);
    QVERIFY(sendOk);
    QVERIFY(ended);
    QCOMPARE(received.size(), sent.size());
    QVERIFY(received == sent);
    const auto stats = proxy.stats();
    QCOMPARE(stats.bytesToTarget, qint64(sent.size()));
    QCOMPARE(stats.bytesFromTarget, qint64(sent.size()));
}

void TestTcpDelayProxy::manyConnections()
{
    TcpDelayProxy proxy({QStringLiteral("127.0.0.1"), m_echo.port(), 500us});
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));

    constexpr int Connections = 48;
    constexpr int Rounds = 40;
    std::vector<std::thread> clients;
    std::vector<QString> errors(Connections);
    std::vector<int> completed(Connections, 0);
    for (int i = 0; i < Connections; ++i) {
        clients.emplace_back([&, i] {
            const auto r = TcpEchoServer::pingPong(proxy.port(), Rounds, 100 + i * 37,
                                                   &errors[static_cast<size_t>(i)]);
            completed[static_cast<size_t>(i)] = r.rounds;
        });
    }
    for (std::thread &t : clients)
        t.join();
    for (int i = 0; i < Connections; ++i)
        QVERIFY2(completed[static_cast<size_t>(i)] == Rounds,
                 qPrintable(errors[static_cast<size_t>(i)]));
    QCOMPARE(proxy.stats().connections, qint64(Connections));
}

void TestTcpDelayProxy::endOfStreamFollowsTheDelayedBytes()
{
    // 20 ms makes it plain: a close forwarded ahead of the queued bytes would lose them.
    TcpDelayProxy proxy({QStringLiteral("127.0.0.1"), m_echo.port(), 20ms});
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));
    const int fd = connectTo(proxy.port());
    QVERIFY(fd >= 0);
    const QByteArray message = randomBytes(5000, 3);
    QVERIFY(sendAll(fd, message.constData(), static_cast<size_t>(message.size())));
    ::shutdown(fd, SHUT_WR);
    const auto begin = std::chrono::steady_clock::now();
    bool ended = false;
    const QByteArray received = receiveToEnd(fd, &ended);
    const auto elapsed = std::chrono::steady_clock::now() - begin;
    ::close(fd);
    QVERIFY(ended);
    QVERIFY(received == message);
    QVERIFY(elapsed >= 40ms);
}

void TestTcpDelayProxy::refusedTargetClosesTheClient()
{
    // A port nobody listens on: bind one, read its number, close it.
    TcpEchoServer closed;
    QString error;
    QVERIFY2(closed.start(&error), qPrintable(error));
    const quint16 deadPort = closed.port();
    closed.stop();

    TcpDelayProxy proxy({QStringLiteral("127.0.0.1"), deadPort, 500us});
    QVERIFY2(proxy.start(&error), qPrintable(error));
    const int fd = connectTo(proxy.port());
    QVERIFY(fd >= 0);
    bool ended = false;
    const QByteArray received = receiveToEnd(fd, &ended);
    ::close(fd);
    QVERIFY(ended);
    QVERIFY(received.isEmpty());
    QTRY_COMPARE(proxy.stats().connections, qint64(1));
}

QTEST_GUILESS_MAIN(TestTcpDelayProxy)
#include "tst_tcp_delay_proxy.moc"
