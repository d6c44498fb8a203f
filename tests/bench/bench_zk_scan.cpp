// SPDX-License-Identifier: GPL-3.0-or-later
// Scan benchmark (issue 3, section 8): a tree seeded into a real ZooKeeper server, read with
// getChildren + getAcl per node by
//   - the pipelined ScanEngine (window 500),
//   - the same engine with a window of 1 (what synchronous tools do),
//   - N sessions in parallel, each scanning disjoint subtrees (the server's ceiling here),
//   - `zkCli.sh ls -R /` (wall time; and zkCli.sh with a trivial command, the JVM's start-up),
// on plain loopback, through the delay proxy at 0 ms (its own cost) and at 0.5 ms per direction.
// Prints a Markdown table and a JSON summary; docs/benchmarks.md explains and records them.
//
// Not a timed test: it fails only when a reader is wrong (partial, errors, wrong node count).
//   bench_zk_scan          what ctest runs: a smoke run on 1,000 znodes, 2 parallel sessions
//   bench_zk_scan --full   the benchmark: 100,000 znodes, 2, 4 and 8 parallel sessions
//                          (PORTIER_BENCH_FULL=1 in the environment does the same)
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_session.h"
#include "tests/bench/tcp_echo_server.h"
#include "tests/support/tcp_delay_proxy.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Portier;
using namespace Portier::Test;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void say(const QString &line)
{
    err() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << line
          << Qt::endl;
}

/// Waits for @p future in an event loop (the session may deliver through queued signals).
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

double processCpuSeconds(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The Java server's pid: the process whose command line names the fixture's zoo.cfg.
qint64 findServerPid(const QString &fixtureDirectory)
{
    const QByteArray config = QDir(fixtureDirectory).filePath(QStringLiteral("zoo.cfg")).toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(config))
            return pid;
    }
    return 0;
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble();
}

double pidCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

QString commandOutput(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAll()).trimmed();
}

int depthOf(const QString &path)
{
    return path == QLatin1String("/") ? 0 : static_cast<int>(path.count(QLatin1Char('/')));
}

bool isInSubtree(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

/// One row of the result.
struct Measurement
{
    QString network;
    QString measure; ///< pipelined, window-1, parallel, zkcli-ls-R, zkcli-startup
    int sessions = 1;
    int window = 0;
    QString scope;
    qint64 nodes = 0;
    double seconds = 0;
    double clientCpuSeconds = 0; ///< this process (or zkCli's JVM), without the proxy thread
    double serverCpuSeconds = 0;
    double proxyCpuSeconds = 0;
    QString error;          ///< non-empty: the scan was wrong
    QList<double> samples;  ///< nodes/s of every repetition; this row is the fastest
    double loadAverage = 0; ///< the machine's 1-minute load average after the run

    double rate() const { return seconds > 0 ? static_cast<double>(nodes) / seconds : 0; }

    QJsonObject toJson() const
    {
        return QJsonObject{
            {QStringLiteral("network"), network},
            {QStringLiteral("measure"), measure},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("window"), window},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("nodesPerSecond"), rate()},
            {QStringLiteral("clientCpuSeconds"), clientCpuSeconds},
            {QStringLiteral("serverCpuSeconds"), serverCpuSeconds},
            {QStringLiteral("proxyCpuSeconds"), proxyCpuSeconds},
            {QStringLiteral("loadAverage"), loadAverage},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {QStringLiteral("samplesNodesPerSecond"),
             [this] {
                 QJsonArray list;
                 for (double sample : samples)
                     list.append(sample);
                 return list;
             }()},
        };
    }
};

struct Network
{
    QString name;
    QString connectString;
    TcpDelayProxy *proxy = nullptr;
    bool full = true; ///< every measure; false: the engine rows only
    QString key;      ///< for --networks
};

class Benchmark
{
public:
    int nodes = 100000;
    int fanOut = 10;
    int window = 500;
    int repeat = 1; ///< each reader runs this many times; the fastest run is the row
    QList<int> sessionCounts{2, 4, 8};
    int delayUs = 500;
    bool smoke = false;
    QString jsonFile;
    QString markdownFile;
    /// What to run (for profiling one reader): empty means everything.
    QStringList readers;  ///< pipelined, pipelined-1, window-1, parallel, zkcli
    QStringList networks; ///< loopback, proxy0, proxy

    bool wanted(const QStringList &list, const QString &name) const
    {
        return list.isEmpty() || list.contains(name);
    }

    int run();

private:
    std::shared_ptr<ZkSession> openSession(const QString &connectString, QString *error);
    /// Starts and stops the CPU clocks around @p body.
    template<typename Body>
    Measurement measured(const Network &network, Body &&body);
    Measurement scan(const Network &network, const QString &root, int scanWindow, int sessions,
                     qint64 expected);
    Measurement parallel(const Network &network, int sessionCount);
    Measurement zkCli(const Network &network, bool recursive);
    void report(const Measurement &m);
    void echoRoundTrips();
    QString markdown() const;
    QJsonObject summary() const;
    const Measurement *find(const QString &network, const QString &measure) const;
    std::optional<Measurement> best(const QString &network, const QString &measure) const;

    ZkFixture m_zk;
    qint64 m_serverPid = 0;
    qint64 m_treeNodes = 0; ///< everything below "/", "/" included
    QString m_window1Root;  ///< the subtree the window-1 scans read
    qint64 m_window1Nodes = 0;
    QList<QPair<QString, qint64>> m_subtrees; ///< the parallel scans' work: root, node count
    qint64 m_subtreeNodes = 0;
    double m_seedSeconds = 0;
    QList<Measurement> m_results;
    QJsonObject m_roundTrips;
    QJsonObject m_proxyStats;
    QJsonObject m_environment;
};

std::shared_ptr<ZkSession> Benchmark::openSession(const QString &connectString, QString *error)
{
    SessionOptions options;
    options.connectString = connectString;
    options.sessionTimeoutMs = 30000;
    auto session = std::make_shared<ZkSession>(options);
    if (const Result<void> opened = session->open(); !opened) {
        *error = opened.error().message;
        return {};
    }
    const QFuture<Result<void>> connected = session->whenConnected(20000);
    if (!waitFor(connected, 30000) || !connected.result()) {
        *error = connected.isFinished() ? connected.result().error().message
                                        : QStringLiteral("no connection within 30 s");
        return {};
    }
    return session;
}

template<typename Body>
Measurement Benchmark::measured(const Network &network, Body &&body)
{
    std::optional<Measurement> fastest;
    QList<double> samples;
    QString firstError;
    for (int run = 0; run < repeat; ++run) {
        const double proxyBefore = network.proxy ? network.proxy->stats().threadCpuSeconds : 0;
        const double clientBefore = processCpuSeconds(RUSAGE_SELF);
        const double childrenBefore = processCpuSeconds(RUSAGE_CHILDREN);
        const double serverBefore = pidCpuSeconds(m_serverPid);
        Measurement m = body();
        m.network = network.name;
        m.proxyCpuSeconds =
            network.proxy ? network.proxy->stats().threadCpuSeconds - proxyBefore : 0;
        m.clientCpuSeconds = processCpuSeconds(RUSAGE_SELF) - clientBefore - m.proxyCpuSeconds +
                             processCpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
        m.serverCpuSeconds = pidCpuSeconds(m_serverPid) - serverBefore;
        m.loadAverage = loadAverage();
        report(m);
        samples.append(m.rate());
        if (firstError.isEmpty())
            firstError = m.error;
        if (!fastest || m.rate() > fastest->rate())
            fastest = m;
    }
    Measurement m = *fastest;
    m.samples = samples;
    m.error = firstError;
    m_results.append(m);
    return m;
}

void Benchmark::report(const Measurement &m)
{
    say(QStringLiteral("%1 %2 (%3 x %4, %5): %6 nodes in %7 s = %8 nodes/s; CPU client %9 s, "
                       "server %10 s, proxy %11 s; load %12%13")
            .arg(m.network, m.measure)
            .arg(m.sessions)
            .arg(m.window)
            .arg(m.scope)
            .arg(m.nodes)
            .arg(m.seconds, 0, 'f', 2)
            .arg(m.rate(), 0, 'f', 0)
            .arg(m.clientCpuSeconds, 0, 'f', 2)
            .arg(m.serverCpuSeconds, 0, 'f', 2)
            .arg(m.proxyCpuSeconds, 0, 'f', 2)
            .arg(m.loadAverage, 0, 'f', 1)
            .arg(m.error.isEmpty() ? QString() : QStringLiteral(" ERROR: ") + m.error));
}

/// Checks a scan's result: complete, no unreadable node, the expected number of nodes.
QString checkScan(const Result<ScanResult> &result, qint64 expected)
{
    if (!result)
        return result.error().message;
    if (result->partial)
        return QStringLiteral("partial: ") + result->partialReason;
    for (const ZnodeRecord &node : result->nodes) {
        if (!node.readable())
            return QStringLiteral("%1: %2").arg(node.path, node.error);
    }
    if (expected > 0 && result->nodes.size() != expected)
        return QStringLiteral("%1 nodes, expected %2").arg(result->nodes.size()).arg(expected);
    return {};
}

Measurement Benchmark::scan(const Network &network, const QString &root, int scanWindow,
                            int sessions, qint64 expected)
{
    return measured(network, [&] {
        Measurement m;
        // "pipelined" is what the console and portier-cli do (ScanOptions::defaultSessions
        // connections); "pipelined-1" the same engine on one connection.
        m.measure = scanWindow == 1 ? QStringLiteral("window-1")
                    : sessions > 1  ? QStringLiteral("pipelined")
                                    : QStringLiteral("pipelined-1");
        m.window = scanWindow;
        m.sessions = sessions;
        m.scope = root;
        QString error;
        const std::shared_ptr<ZkSession> session = openSession(network.connectString, &error);
        if (!session) {
            m.error = error;
            return m;
        }
        ScanOptions options;
        options.root = root;
        options.window = scanWindow;
        options.sessions = sessions;
        QElapsedTimer timer;
        timer.start();
        QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
        future.waitForFinished();
        m.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const Result<ScanResult> result = future.result();
        m.error = checkScan(result, expected);
        m.nodes = result ? result->nodes.size() : 0;
        return m;
    });
}

Measurement Benchmark::parallel(const Network &network, int sessionCount)
{
    return measured(network, [&] {
        Measurement m;
        m.measure = QStringLiteral("parallel");
        m.sessions = sessionCount;
        m.window = window;
        m.scope = QStringLiteral("%1 subtrees at depth %2")
                      .arg(m_subtrees.size())
                      .arg(m_subtrees.isEmpty() ? 0 : depthOf(m_subtrees.first().first));
        std::vector<std::shared_ptr<ZkSession>> sessions;
        for (int i = 0; i < sessionCount; ++i) {
            QString error;
            auto session = openSession(network.connectString, &error);
            if (!session) {
                m.error = error;
                return m;
            }
            sessions.push_back(std::move(session));
        }
        std::atomic<int> next{0};
        std::atomic<qint64> read{0};
        std::mutex errorMutex;
        QString firstError;
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> workers;
        for (int i = 0; i < sessionCount; ++i) {
            workers.emplace_back([&, session = sessions[static_cast<size_t>(i)]] {
                for (int k = next++; k < m_subtrees.size(); k = next++) {
                    ScanOptions options;
                    options.root = m_subtrees.at(k).first;
                    options.window = window;
                    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
                    future.waitForFinished();
                    const Result<ScanResult> result = future.result();
                    const QString error = checkScan(result, m_subtrees.at(k).second);
                    if (result)
                        read += result->nodes.size();
                    if (!error.isEmpty()) {
                        std::lock_guard lock(errorMutex);
                        if (firstError.isEmpty())
                            firstError = options.root + QStringLiteral(": ") + error;
                    }
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        m.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        m.nodes = read;
        m.error = firstError;
        if (m.error.isEmpty() && m.nodes != m_subtreeNodes)
            m.error = QStringLiteral("%1 nodes, expected %2").arg(m.nodes).arg(m_subtreeNodes);
        return m;
    });
}

Measurement Benchmark::zkCli(const Network &network, bool recursive)
{
    return measured(network, [&] {
        Measurement m;
        m.measure = recursive ? QStringLiteral("zkcli-ls-R") : QStringLiteral("zkcli-startup");
        m.scope = recursive ? QStringLiteral("/") : QStringLiteral("ls /zookeeper");
        QProcess p;
        p.setEnvironment(m_zk.zkCliEnvironment());
        p.setStandardInputFile(QProcess::nullDevice());
        QStringList args{QStringLiteral("-server"), network.connectString, QStringLiteral("ls")};
        if (recursive)
            args << QStringLiteral("-R") << QStringLiteral("/");
        else
            args << QStringLiteral("/zookeeper");
        QByteArray out;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, &p,
                         [&] { out += p.readAllStandardOutput(); });
        QElapsedTimer timer;
        timer.start();
        p.start(ZkFixture::zkCliPath(), args);
        if (!p.waitForStarted(10000)) {
            m.error = p.errorString();
            return m;
        }
        p.waitForFinished(3600 * 1000);
        m.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        out += p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            m.error = QStringLiteral("zkCli.sh exit code %1: %2")
                          .arg(p.exitCode())
                          .arg(QString::fromUtf8(p.readAllStandardError().right(500)));
        // ls -R prints one path per line; ls /zookeeper prints "[config, quota]".
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (recursive ? line.startsWith('/') : line.startsWith('['))
                ++m.nodes;
        }
        if (m.error.isEmpty() && recursive && m.nodes != m_treeNodes)
            m.error =
                QStringLiteral("zkCli listed %1 paths, expected %2").arg(m.nodes).arg(m_treeNodes);
        if (m.error.isEmpty() && !recursive && m.nodes != 1)
            m.error =
                QStringLiteral("zkCli printed no listing: ") + QString::fromUtf8(out.right(300));
        return m;
    });
}

void Benchmark::echoRoundTrips()
{
    TcpEchoServer echo;
    QString error;
    if (!echo.start(&error)) {
        say(QStringLiteral("echo server: ") + error);
        return;
    }
    auto probe = [&](const QString &name, quint16 port) {
        const auto r = TcpEchoServer::pingPong(port, 2000, 100, &error);
        m_roundTrips.insert(name, QJsonObject{{QStringLiteral("medianUs"), r.medianUs},
                                              {QStringLiteral("p99Us"), r.p99Us},
                                              {QStringLiteral("minUs"), r.minUs},
                                              {QStringLiteral("rounds"), r.rounds}});
        say(QStringLiteral("echo RTT %1: median %2 us, p99 %3 us")
                .arg(name)
                .arg(r.medianUs, 0, 'f', 1)
                .arg(r.p99Us, 0, 'f', 1));
    };
    probe(QStringLiteral("loopback"), echo.port());
    for (int delay : {0, delayUs}) {
        TcpDelayProxy proxy(
            {QStringLiteral("127.0.0.1"), echo.port(), std::chrono::microseconds(delay)});
        if (!proxy.start(&error))
            continue;
        probe(QStringLiteral("proxy %1 us").arg(delay), proxy.port());
    }
}

const Measurement *Benchmark::find(const QString &network, const QString &measure) const
{
    for (const Measurement &m : m_results) {
        if (m.network == network && m.measure == measure)
            return &m;
    }
    return nullptr;
}

std::optional<Measurement> Benchmark::best(const QString &network, const QString &measure) const
{
    std::optional<Measurement> found;
    for (const Measurement &m : m_results) {
        if (m.network == network && m.measure == measure && m.error.isEmpty() &&
            (!found || m.rate() > found->rate()))
            found = m;
    }
    return found;
}

/// CPU time per node read (the JVM start-up row: CPU seconds).
QString cpuText(const Measurement &m)
{
    if (m.measure == QLatin1String("zkcli-startup"))
        return QStringLiteral("%1 s / %2 s / –")
            .arg(m.clientCpuSeconds, 0, 'f', 2)
            .arg(m.serverCpuSeconds, 0, 'f', 2);
    const double nodes = std::max<double>(1, static_cast<double>(m.nodes));
    auto us = [&](double seconds) { return QString::number(seconds * 1e6 / nodes, 'f', 0); };
    return us(m.clientCpuSeconds) + QStringLiteral(" / ") + us(m.serverCpuSeconds) +
           QStringLiteral(" / ") +
           (m.network == QLatin1String("loopback") ? QStringLiteral("–") : us(m.proxyCpuSeconds));
}

QString samplesText(const QList<double> &samples)
{
    QStringList parts;
    for (double sample : samples)
        parts.append(QString::number(sample, 'f', 0));
    return parts.join(QStringLiteral(", "));
}

QString ratioText(double ratio, bool percent = false)
{
    if (ratio <= 0)
        return QStringLiteral("–");
    return percent ? QStringLiteral("%1%").arg(ratio * 100, 0, 'f', 0)
                   : QStringLiteral("%1×").arg(ratio, 0, 'f', ratio < 10 ? 2 : 1);
}

QJsonObject Benchmark::summary() const
{
    QJsonArray rows;
    for (const Measurement &m : m_results)
        rows.append(m.toJson());
    QJsonObject ratios;
    QJsonObject targets;
    QStringList networks;
    for (const Measurement &m : m_results) {
        if (!networks.contains(m.network))
            networks.append(m.network);
    }
    for (const QString &network : std::as_const(networks)) {
        const Measurement *pipelined = find(network, QStringLiteral("pipelined"));
        const Measurement *window1 = find(network, QStringLiteral("window-1"));
        const std::optional<Measurement> parallelBest = best(network, QStringLiteral("parallel"));
        const Measurement *cli = find(network, QStringLiteral("zkcli-ls-R"));
        const Measurement *startup = find(network, QStringLiteral("zkcli-startup"));
        if (!pipelined)
            continue;
        QJsonObject r;
        const double p = pipelined->rate();
        if (window1 && window1->rate() > 0)
            r.insert(QStringLiteral("pipelinedOverWindow1"), p / window1->rate());
        const Measurement *single = find(network, QStringLiteral("pipelined-1"));
        if (single && window1 && window1->rate() > 0)
            r.insert(QStringLiteral("oneConnectionOverWindow1"), single->rate() / window1->rate());
        if (parallelBest) {
            const double ceiling = std::max(parallelBest->rate(), p);
            r.insert(QStringLiteral("ceilingNodesPerSecond"), ceiling);
            r.insert(QStringLiteral("ceilingSessions"),
                     parallelBest->rate() >= p ? parallelBest->sessions : pipelined->sessions);
            r.insert(QStringLiteral("pipelinedOverCeiling"), p / ceiling);
        }
        if (cli && cli->rate() > 0) {
            r.insert(QStringLiteral("pipelinedOverZkCliWall"), p / cli->rate());
            if (startup && cli->seconds > startup->seconds)
                r.insert(QStringLiteral("pipelinedOverZkCliWithoutStartup"),
                         p / (static_cast<double>(cli->nodes) / (cli->seconds - startup->seconds)));
        }
        ratios.insert(network, r);
    }
    const QString loopback = QStringLiteral("loopback");
    const QString delayed = QStringLiteral("proxy %1 ms").arg(delayUs / 1000.0);
    const QJsonObject proxyRatios = ratios.value(delayed).toObject();
    const QJsonObject loopbackRatios = ratios.value(loopback).toObject();
    if (proxyRatios.contains(QStringLiteral("pipelinedOverWindow1"))) {
        const double v = proxyRatios.value(QStringLiteral("pipelinedOverWindow1")).toDouble();
        targets.insert(QStringLiteral("proxyPipelinedOverWindow1"),
                       QJsonObject{{QStringLiteral("target"), 20.0},
                                   {QStringLiteral("measured"), v},
                                   {QStringLiteral("met"), v >= 20.0}});
    }
    if (loopbackRatios.contains(QStringLiteral("pipelinedOverCeiling"))) {
        const double v = loopbackRatios.value(QStringLiteral("pipelinedOverCeiling")).toDouble();
        targets.insert(QStringLiteral("loopbackPipelinedOverCeiling"),
                       QJsonObject{{QStringLiteral("target"), 0.6},
                                   {QStringLiteral("measured"), v},
                                   {QStringLiteral("met"), v >= 0.6}});
    }
    QJsonObject tree{{QStringLiteral("seeded"), nodes},
                     {QStringLiteral("fanOut"), fanOut},
                     {QStringLiteral("root"), QStringLiteral("/bench")},
                     {QStringLiteral("nodesBelowSlash"), m_treeNodes},
                     {QStringLiteral("seedSeconds"), m_seedSeconds},
                     {QStringLiteral("window1Scope"), m_window1Root},
                     {QStringLiteral("window1ScopeNodes"), m_window1Nodes},
                     {QStringLiteral("parallelSubtrees"), static_cast<int>(m_subtrees.size())},
                     {QStringLiteral("parallelSubtreeNodes"), m_subtreeNodes}};
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("zk-scan")},
        {QStringLiteral("smoke"), smoke},
        {QStringLiteral("repeat"), repeat},
        {QStringLiteral("environment"), m_environment},
        {QStringLiteral("tree"), tree},
        {QStringLiteral("proxy"), QJsonObject{{QStringLiteral("delayUsPerDirection"), delayUs},
                                              {QStringLiteral("echoRoundTrips"), m_roundTrips},
                                              {QStringLiteral("duringScans"), m_proxyStats}}},
        {QStringLiteral("results"), rows},
        {QStringLiteral("ratios"), ratios},
        {QStringLiteral("targets"), targets},
    };
}

QString Benchmark::markdown() const
{
    QString text;
    QTextStream out(&text);
    out << "| Network | Reader | Sessions × window | Scope | Nodes | Seconds | Nodes/s | CPU µs "
           "per "
           "node: client / server / proxy |\n";
    out << "| --- | --- | --- | --- | ---: | ---: | ---: | --- |\n";
    for (const Measurement &m : m_results) {
        QString reader = m.measure;
        if (m.measure == QLatin1String("pipelined"))
            reader = QStringLiteral("ScanEngine, pipelined (product default)");
        else if (m.measure == QLatin1String("pipelined-1"))
            reader = QStringLiteral("ScanEngine, pipelined, one connection");
        else if (m.measure == QLatin1String("window-1"))
            reader = QStringLiteral("ScanEngine, window 1");
        else if (m.measure == QLatin1String("parallel"))
            reader = QStringLiteral("ScanEngine, parallel sessions");
        else if (m.measure == QLatin1String("zkcli-ls-R"))
            reader = QStringLiteral("`zkCli.sh ls -R /` (wall)");
        else if (m.measure == QLatin1String("zkcli-startup"))
            reader = QStringLiteral("`zkCli.sh ls /zookeeper` (JVM start-up)");
        const bool cli = m.measure.startsWith(QLatin1String("zkcli"));
        out << "| " << m.network << " | " << reader << " | "
            << (cli ? QStringLiteral("1 × 1")
                    : QStringLiteral("%1 × %2").arg(m.sessions).arg(m.window))
            << " | " << m.scope << " | " << m.nodes << " | " << QString::number(m.seconds, 'f', 2)
            << " | "
            << (m.measure == QLatin1String("zkcli-startup") ? QStringLiteral("–")
                                                            : QString::number(m.rate(), 'f', 0))
            << (m.samples.size() > 1 && m.measure != QLatin1String("zkcli-startup")
                    ? QStringLiteral(" (runs: %1)").arg(samplesText(m.samples))
                    : QString())
            << " | " << cpuText(m)
            << (m.error.isEmpty() ? QString() : QStringLiteral(" **ERROR: %1**").arg(m.error))
            << " |\n";
    }
    const QJsonObject s = summary();
    const QJsonObject ratios = s.value(QStringLiteral("ratios")).toObject();
    out << "\n| Network | pipelined ÷ window 1 | pipelined ÷ ceiling (best of parallel, pipelined) "
           "| pipelined ÷ zkCli ls -R (wall) | pipelined ÷ zkCli ls -R (without JVM start-up) |\n";
    out << "| --- | ---: | ---: | ---: | ---: |\n";
    const QStringList names = ratios.keys();
    for (const QString &network : names) {
        const QJsonObject r = ratios.value(network).toObject();
        out << "| " << network << " | "
            << ratioText(r.value(QStringLiteral("pipelinedOverWindow1")).toDouble()) << " | "
            << ratioText(r.value(QStringLiteral("pipelinedOverCeiling")).toDouble(), true);
        if (r.contains(QStringLiteral("ceilingSessions")))
            out << " (of "
                << QString::number(r.value(QStringLiteral("ceilingNodesPerSecond")).toDouble(), 'f',
                                   0)
                << " nodes/s, " << r.value(QStringLiteral("ceilingSessions")).toInt()
                << " sessions)";
        out << " | " << ratioText(r.value(QStringLiteral("pipelinedOverZkCliWall")).toDouble())
            << " | "
            << ratioText(r.value(QStringLiteral("pipelinedOverZkCliWithoutStartup")).toDouble())
            << " |\n";
    }
    const QJsonObject targets = s.value(QStringLiteral("targets")).toObject();
    const QStringList targetNames = targets.keys();
    if (!targetNames.isEmpty())
        out << "\nTargets:";
    for (const QString &name : targetNames) {
        const QJsonObject t = targets.value(name).toObject();
        const bool percent = name.contains(QLatin1String("Ceiling"));
        out << "\n- " << name << ": measured "
            << ratioText(t.value(QStringLiteral("measured")).toDouble(), percent) << ", target ≥ "
            << ratioText(t.value(QStringLiteral("target")).toDouble(), percent) << ": "
            << (t.value(QStringLiteral("met")).toBool() ? "met" : "NOT met");
    }
    out << '\n';
    out.flush();
    return text;
}

int Benchmark::run()
{
    // --- environment --------------------------------------------------------------------------
    QString cpuModel;
    {
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        if (cpuinfo.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("model name")) {
                    cpuModel = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                    break;
                }
            }
        }
    }
    m_environment = QJsonObject{
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("cpuModel"), cpuModel},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("zookeeperServer"),
         commandOutput(
             QStringLiteral("dpkg-query"),
             {QStringLiteral("-W"), QStringLiteral("-f=${Version}"), QStringLiteral("zookeeper")})},
        {QStringLiteral("java"),
         commandOutput(QStringLiteral("/usr/bin/java"), {QStringLiteral("-version")})
             .section(QLatin1Char('\n'), 0, 0)},
        {QStringLiteral("client"), ZkSession::clientDescription()},
#ifdef NDEBUG
        {QStringLiteral("optimized"), true},
#else
        {QStringLiteral("optimized"), false},
#endif
    };

    // --- server and tree ----------------------------------------------------------------------
    QString error;
    say(QStringLiteral("starting ZooKeeper"));
    if (!m_zk.start(&error)) {
        say(QStringLiteral("cannot start the ZooKeeper fixture: ") + error);
        return 1;
    }
    m_serverPid = findServerPid(m_zk.directory());
    say(QStringLiteral("seeding %1 znodes below /bench (fan-out %2)").arg(nodes).arg(fanOut));
    {
        QElapsedTimer timer;
        timer.start();
        ZkOracle oracle(m_zk.connectString());
        if (!oracle.isConnected() || !oracle.createTree(QStringLiteral("/bench"), nodes, fanOut)) {
            say(QStringLiteral("seeding failed: ") + oracle.lastError());
            return 1;
        }
        m_seedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const qint64 system = oracle.walk(QStringLiteral("/zookeeper")).size();
        m_treeNodes = nodes + 2 + system; // "/", "/bench", the seeded nodes, /zookeeper...
    }
    say(QStringLiteral("seeded in %1 s; %2 nodes below /")
            .arg(m_seedSeconds, 0, 'f', 1)
            .arg(m_treeNodes));

    // --- a warm-up scan that also fixes the scopes --------------------------------------------
    Network loopback{QStringLiteral("loopback"), m_zk.connectString(), nullptr, true,
                     QStringLiteral("loopback")};
    {
        QString sessionError;
        const auto session = openSession(loopback.connectString, &sessionError);
        if (!session) {
            say(QStringLiteral("no session: ") + sessionError);
            return 1;
        }
        ScanOptions options;
        options.window = window;
        QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
        future.waitForFinished();
        const Result<ScanResult> result = future.result();
        if (const QString e = checkScan(result, m_treeNodes); !e.isEmpty()) {
            say(QStringLiteral("the warm-up scan is wrong: ") + e);
            return 1;
        }
        // Window 1 reads the first subtree of /bench that has at most a tenth of the tree (all of
        // /bench when the tree is small); the parallel sessions share the subtrees at the
        // shallowest depth below /bench that gives four per session of the most sessions.
        const int maxSessions = *std::max_element(sessionCounts.cbegin(), sessionCounts.cend());
        QHash<QString, qint64> sizes;
        for (const ZnodeRecord &node : result->nodes) {
            for (QString p = node.path; depthOf(p) >= 1;
                 p = p.left(p.lastIndexOf(QLatin1Char('/'))))
                ++sizes[p];
        }
        m_window1Root = QStringLiteral("/bench");
        if (nodes > 20000)
            m_window1Root = QStringLiteral("/bench/c0");
        m_window1Nodes = sizes.value(m_window1Root);
        for (int depth = 2; m_subtrees.size() < 4 * maxSessions; ++depth) {
            QList<QPair<QString, qint64>> level;
            for (const ZnodeRecord &node : result->nodes) {
                if (depthOf(node.path) == depth && isInSubtree(node.path, QStringLiteral("/bench")))
                    level.append({node.path, sizes.value(node.path)});
            }
            if (level.isEmpty())
                break; // the deepest level with subtrees it is
            m_subtrees = level;
        }
        // Largest first, so that no session is left with a big one at the end.
        std::stable_sort(m_subtrees.begin(), m_subtrees.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        m_subtreeNodes = 0;
        for (const auto &subtree : std::as_const(m_subtrees))
            m_subtreeNodes += subtree.second;
        say(QStringLiteral("warm-up scan: %1 nodes in %2 s; window 1 reads %3 (%4 nodes); parallel "
                           "sessions share %5 subtrees (%6 nodes)")
                .arg(result->nodes.size())
                .arg(static_cast<double>(result->elapsedMs) / 1000.0, 0, 'f', 1)
                .arg(m_window1Root)
                .arg(m_window1Nodes)
                .arg(m_subtrees.size())
                .arg(m_subtreeNodes));
    }

    echoRoundTrips();

    // --- the runs -----------------------------------------------------------------------------
    TcpDelayProxy proxy0({QStringLiteral("127.0.0.1"), m_zk.port(), std::chrono::nanoseconds(0)});
    TcpDelayProxy proxyDelayed(
        {QStringLiteral("127.0.0.1"), m_zk.port(), std::chrono::microseconds(delayUs)});
    if (!proxy0.start(&error) || !proxyDelayed.start(&error)) {
        say(QStringLiteral("cannot start the delay proxy: ") + error);
        return 1;
    }
    const QList<Network> runs{
        loopback,
        {QStringLiteral("proxy 0 ms"), proxy0.connectString(), &proxy0, false,
         QStringLiteral("proxy0")},
        {QStringLiteral("proxy %1 ms").arg(delayUs / 1000.0), proxyDelayed.connectString(),
         &proxyDelayed, true, QStringLiteral("proxy")},
    };
    for (const Network &network : std::as_const(runs)) {
        if (!wanted(networks, network.key))
            continue;
        if (network.proxy)
            network.proxy->resetStats();
        if (wanted(readers, QStringLiteral("pipelined")))
            scan(network, QStringLiteral("/"), window, ScanOptions::defaultSessions, m_treeNodes);
        if (wanted(readers, QStringLiteral("pipelined-1")))
            scan(network, QStringLiteral("/"), window, 1, m_treeNodes);
        if (wanted(readers, QStringLiteral("window-1")))
            scan(network, m_window1Root, 1, 1, m_window1Nodes);
        if (network.full && wanted(readers, QStringLiteral("parallel"))) {
            for (int count : std::as_const(sessionCounts))
                parallel(network, count);
        }
        if (network.full && wanted(readers, QStringLiteral("zkcli"))) {
            zkCli(network, false);
            zkCli(network, true);
        }
        if (network.proxy) {
            const auto stats = network.proxy->stats();
            m_proxyStats.insert(
                network.name,
                QJsonObject{{QStringLiteral("connections"), stats.connections},
                            {QStringLiteral("chunks"), stats.chunks},
                            {QStringLiteral("bytesToServer"), stats.bytesToTarget},
                            {QStringLiteral("bytesFromServer"), stats.bytesFromTarget},
                            {QStringLiteral("latenessMeanUs"), stats.meanLatenessUs},
                            {QStringLiteral("latenessP50Us"), stats.p50LatenessUs},
                            {QStringLiteral("latenessP99Us"), stats.p99LatenessUs},
                            {QStringLiteral("latenessMaxUs"), stats.maxLatenessUs},
                            {QStringLiteral("threadCpuSeconds"), stats.threadCpuSeconds},
                            {QStringLiteral("schedFifo"), stats.realtime}});
        }
    }

    // --- report -------------------------------------------------------------------------------
    const QString table = markdown();
    const QByteArray json = QJsonDocument(summary()).toJson(QJsonDocument::Indented);
    QTextStream out(stdout);
    out << "\n" << table << "\n```json\n" << json << "```\n";
    out.flush();
    if (!jsonFile.isEmpty()) {
        QFile f(jsonFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(json);
    }
    if (!markdownFile.isEmpty()) {
        QFile f(markdownFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(table.toUtf8());
    }
    bool wrong = false;
    for (const Measurement &m : std::as_const(m_results))
        wrong = wrong || !m.error.isEmpty();
    if (wrong)
        say(QStringLiteral(
            "FAILED: at least one reader returned a wrong result (see ERROR above)"));
    return wrong ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ZooKeeper scan benchmark: pipelined ScanEngine against window 1, parallel "
                       "sessions and zkCli.sh ls -R, on loopback and through a delay proxy."));
    parser.addHelpOption();
    const QCommandLineOption full(
        QStringLiteral("full"),
        QStringLiteral("The benchmark: 100000 znodes, sessions 2,4,8 (default: a smoke run on "
                       "1000 znodes, 2 sessions). PORTIER_BENCH_FULL=1 does the same."));
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Znodes to seed."),
                                   QStringLiteral("n"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("Pipelined window (500)."), QStringLiteral("n"),
                                    QStringLiteral("500"));
    const QCommandLineOption sessions(QStringLiteral("sessions"),
                                      QStringLiteral("Parallel session counts, e.g. 2,4,8."),
                                      QStringLiteral("list"));
    const QCommandLineOption delay(QStringLiteral("delay-us"),
                                   QStringLiteral("Proxy delay per direction in us (500)."),
                                   QStringLiteral("us"), QStringLiteral("500"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the JSON summary here."),
                                  QStringLiteral("file"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Also write the Markdown tables here."),
                                      QStringLiteral("file"));
    const QCommandLineOption readers(
        QStringLiteral("readers"),
        QStringLiteral("Only these readers: pipelined,pipelined-1,window-1,parallel,zkcli "
                       "(default: all)."),
        QStringLiteral("list"));
    const QCommandLineOption networks(
        QStringLiteral("networks"),
        QStringLiteral("Only these networks: loopback,proxy0,proxy (default: all)."),
        QStringLiteral("list"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QStringLiteral("Run every reader this many times and keep the fastest (1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions(
        {full, nodes, window, sessions, delay, json, markdown, readers, networks, repeat});
    parser.process(app);

    Benchmark bench;
    bench.smoke = !parser.isSet(full) && qgetenv("PORTIER_BENCH_FULL") != "1";
    bench.nodes = bench.smoke ? 1000 : 100000;
    bench.sessionCounts = bench.smoke ? QList<int>{2} : QList<int>{2, 4, 8};
    if (parser.isSet(nodes))
        bench.nodes = parser.value(nodes).toInt();
    if (parser.isSet(sessions)) {
        bench.sessionCounts.clear();
        const QStringList counts =
            parser.value(sessions).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &count : counts)
            bench.sessionCounts.append(count.toInt());
    }
    bench.window = parser.value(window).toInt();
    bench.repeat = parser.value(repeat).toInt();
    bench.delayUs = parser.value(delay).toInt();
    bench.readers = parser.value(readers).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bench.networks = parser.value(networks).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bench.jsonFile = parser.value(json);
    bench.markdownFile = parser.value(markdown);
    const bool valid = bench.nodes >= 10 && bench.window >= 1 && bench.delayUs >= 0 &&
                       bench.repeat >= 1 && !bench.sessionCounts.isEmpty() &&
                       std::all_of(bench.sessionCounts.cbegin(), bench.sessionCounts.cend(),
                                   [](int n) { return n >= 1; });
    if (!valid) {
        err() << "bench_zk_scan: --nodes must be at least 10, --window and --sessions positive\n";
        return 2;
    }
    return bench.run();
}
