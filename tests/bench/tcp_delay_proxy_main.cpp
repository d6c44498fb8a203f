// SPDX-License-Identifier: GPL-3.0-or-later
// tcp_delay_proxy --target HOST:PORT [--delay-us N] [--listen-port P]
// Forwards 127.0.0.1:P (a free port when not given) to HOST:PORT, delaying each direction by
// N microseconds (default 500), until SIGINT or SIGTERM; then prints what it forwarded.
#include "tests/support/tcp_delay_proxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <pthread.h>

using Portier::Test::TcpDelayProxy;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A TCP proxy on 127.0.0.1 that delays each direction, for trying a client against a "
        "server one network hop away."));
    parser.addHelpOption();
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Where to forward to (IPv4 address:port)."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption delay(QStringLiteral("delay-us"),
                                   QStringLiteral("Delay per direction in microseconds (500)."),
                                   QStringLiteral("us"), QStringLiteral("500"));
    const QCommandLineOption listen(QStringLiteral("listen-port"),
                                    QStringLiteral("Port to listen on (a free one)."),
                                    QStringLiteral("port"), QStringLiteral("0"));
    parser.addOptions({target, delay, listen});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString targetValue = parser.value(target);
    const int colon = static_cast<int>(targetValue.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    bool delayOk = false;
    bool listenOk = false;
    TcpDelayProxy::Options options;
    options.targetHost = targetValue.left(colon);
    options.targetPort = targetValue.mid(colon + 1).toUShort(&portOk);
    options.delay = std::chrono::microseconds(parser.value(delay).toLongLong(&delayOk));
    options.listenPort = parser.value(listen).toUShort(&listenOk);
    if (colon <= 0 || !portOk || !delayOk || !listenOk || options.delay.count() < 0) {
        err << "tcp_delay_proxy: give --target HOST:PORT, and numbers for --delay-us and "
               "--listen-port\n";
        return 2;
    }

    // Block the signals before the proxy thread starts, so that only sigwait() sees them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    TcpDelayProxy proxy(options);
    QString error;
    if (!proxy.start(&error)) {
        err << "tcp_delay_proxy: " << error << '\n';
        return 1;
    }
    out << proxy.connectString() << '\n';
    out.flush();
    int received = 0;
    sigwait(&signals, &received);
    proxy.stop();
    const auto stats = proxy.stats();
    out << "connections " << stats.connections << ", bytes to target " << stats.bytesToTarget
        << ", from target " << stats.bytesFromTarget << ", chunks " << stats.chunks
        << ", lateness us mean " << stats.meanLatenessUs << " p99 " << stats.p99LatenessUs
        << " max " << stats.maxLatenessUs << '\n';
    return 0;
}
