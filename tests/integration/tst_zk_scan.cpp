// SPDX-License-Identifier: GPL-3.0-or-later
// ScanEngine against the real ZooKeeper server (tests/support/zk_fixture), with the raw C API
// walk (tests/support/zk_oracle) as the independent oracle: equal results for every window,
// NOAUTH nodes, depth limits, progress, cancel and stop, a server killed mid-scan, a session
// that expires mid-scan and a connection that does not come back.
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/four_letter_words.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_session.h"
#include "tests/support/tcp_delay_proxy.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Portier;
using namespace Portier::Test;
using namespace std::chrono_literals;

namespace {

constexpr int BigTreeSize = 10000;

template<typename T>
std::optional<Result<T>> await(QFuture<Result<T>> future, int timeoutMs = 120000)
{
    QFutureWatcher<Result<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

/// Waits (running the event loop) until the scan reported at least @p nodes done.
bool waitForProgress(const QFuture<Result<ScanResult>> &future, int nodes, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (future.progressValue() < nodes && !future.isFinished()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return !future.isFinished();
}

QString describe(const Error &e)
{
    return QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
}

QString toText(const ZnodeRecord &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

/// Empty when equal; else the first difference, readable.
QString firstDifference(const QList<ZnodeRecord> &actual, const QList<ZnodeRecord> &expected)
{
    const qsizetype n = std::min(actual.size(), expected.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!(actual.at(i) == expected.at(i)))
            return QStringLiteral("node %1:\n  scan:   %2\n  oracle: %3")
                .arg(i)
                .arg(toText(actual.at(i)), toText(expected.at(i)));
    }
    if (actual.size() != expected.size())
        return QStringLiteral("scan has %1 nodes, oracle %2")
            .arg(actual.size())
            .arg(expected.size());
    return {};
}

const ZnodeRecord *find(const QList<ZnodeRecord> &nodes, const QString &path)
{
    for (const ZnodeRecord &r : nodes) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

int depthBelow(const QString &root, const QString &path)
{
    if (path == root)
        return 0;
    const QString rest = root == QLatin1String("/") ? path.mid(1) : path.mid(root.size() + 1);
    return int(rest.count(QLatin1Char('/'))) + 1;
}

AclEntry entry(const char *scheme, const QString &id, int perms)
{
    return AclEntry{QString::fromLatin1(scheme), id, perms};
}

Acl worldAll()
{
    return {entry("world", QStringLiteral("anyone"), ZkPerm::All)};
}

} // namespace

class TestZkScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void equalsOracle_data();
    void equalsOracle();
    void noAuthNodesAreMarked();
    void superSessionReadsEverything();
    void maxDepth_data();
    void maxDepth();
    void progressAndJson();
    void rootNoAuthIsARecord();
    void missingRootIsAnError();
    void relativeRootIsRefused();
    void helperSessionsEqualOracle();
    void cancelThroughFuture();
    void stopFlagGivesPartialResult();
    void stoppedBeforeStart();
    void serverKilledMidScanResumes_data();
    void serverKilledMidScanResumes();
    void sessionExpiryGivesPartialResult();
    void reconnectTimeoutGivesPartialResult();

private:
    std::shared_ptr<ZkSession> openSession(const QString &connectString,
                                           const QList<DigestCredential> &digests = {},
                                           int sessionTimeoutMs = 30000);
    /// Checks that a partial result is a prefix-closed part of the oracle's walk: path order
    /// kept, every complete node equal to the oracle's.
    void verifyPartOfOracle(const QList<ZnodeRecord> &part, const QList<ZnodeRecord> &whole);

    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;     ///< seeds the tree
    std::unique_ptr<ZkOracle> m_anonymous; ///< walks like an unauthenticated session
    QList<ZnodeRecord> m_bigWalk;          ///< the oracle's walk of /big (it never changes)
};

std::shared_ptr<ZkSession> TestZkScan::openSession(const QString &connectString,
                                                   const QList<DigestCredential> &digests,
                                                   int sessionTimeoutMs)
{
    SessionOptions options;
    options.connectString = connectString;
    options.sessionTimeoutMs = sessionTimeoutMs;
    options.digests = digests;
    auto session = std::make_shared<ZkSession>(options);
    const Result<void> opened = session->open();
    if (!opened.ok()) {
        qWarning() << "open failed:" << describe(opened.error());
        return nullptr;
    }
    const auto connected = await(session->whenConnected(20000), 30000);
    if (!connected || !connected->ok()) {
        qWarning() << "not connected:" << (connected ? describe(connected->error()) : QString());
        return nullptr;
    }
    return session;
}

void TestZkScan::initTestCase()
{
    m_server = std::make_unique<ZkFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
    m_anonymous = std::make_unique<ZkOracle>(m_server->connectString());
    QVERIFY2(m_anonymous->isConnected(), qPrintable(m_anonymous->lastError()));

    ZkOracle &o = *m_super;
    const QString alice = AclSyntax::digestId(u"alice", u"alice-secret");
    QVERIFY2(o.createTree(QStringLiteral("/scan/tree"), 1500, 7), qPrintable(o.lastError()));
    // Siblings whose names sort differently from their full paths ('-' and '.' sort before '/').
    for (const char *name : {"a", "a-b", "a.b", "aa", "Z",
                             "\xc3\xbcnic\xc3\xb6"
                             "de"})
        QVERIFY2(o.create(QStringLiteral("/scan/sort/") + QString::fromUtf8(name), QByteArray(),
                          worldAll()),
                 qPrintable(o.lastError()));
    QVERIFY(o.create(QStringLiteral("/scan/sort/a/b"), QByteArray("x"), worldAll()));
    QVERIFY(o.create(QStringLiteral("/scan/sort/a-b/c"), QByteArray("y"), worldAll()));
    // Data of every kind.
    QVERIFY(o.create(QStringLiteral("/scan/data/text"), QByteArray("hello, znode"), worldAll()));
    QVERIFY(o.create(QStringLiteral("/scan/data/binary"), QByteArray("\0\1\2\xff", 4), worldAll()));
    QVERIFY(o.create(QStringLiteral("/scan/data/large"), QByteArray(200 * 1024, 'L'), worldAll()));
    QVERIFY(o.create(QStringLiteral("/scan/data/empty"), QByteArray(""), worldAll()));
    // Nodes an unauthenticated session may not read.
    QVERIFY(o.create(QStringLiteral("/scan/locked/child"), QByteArray("secret"), worldAll()));
    QVERIFY(o.create(QStringLiteral("/scan/locked/child/grandchild"), QByteArray(), worldAll()));
    QVERIFY(o.setAcl(QStringLiteral("/scan/locked"), {entry("digest", alice, ZkPerm::All)}));
    QVERIFY(o.create(QStringLiteral("/scan/adminonly/child"), QByteArray(), worldAll()));
    QVERIFY(o.setAcl(QStringLiteral("/scan/adminonly"),
                     {entry("world", QStringLiteral("anyone"), ZkPerm::Admin)}));
    QVERIFY(o.create(QStringLiteral("/scan/readonly"), QByteArray("r"),
                     {entry("world", QStringLiteral("anyone"), ZkPerm::Read),
                      entry("digest", alice, ZkPerm::All)}));
    QVERIFY(o.create(QStringLiteral("/scan/readonly/child"), QByteArray(), worldAll()));
    QVERIFY2(o.createTree(QStringLiteral("/big"), BigTreeSize, 10), qPrintable(o.lastError()));
    m_bigWalk = m_anonymous->walk(QStringLiteral("/big"));
    QCOMPARE(m_bigWalk.size(), BigTreeSize + 1);
}

void TestZkScan::cleanupTestCase()
{
    m_anonymous.reset();
    m_super.reset();
    m_server.reset();
}

void TestZkScan::equalsOracle_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("withData");

    QTest::newRow("/scan window 1") << QStringLiteral("/scan") << 1 << false;
    QTest::newRow("/scan window 500") << QStringLiteral("/scan") << 500 << false;
    QTest::newRow("/scan window 7 with data") << QStringLiteral("/scan") << 7 << true;
    QTest::newRow("/scan window 500 with data") << QStringLiteral("/scan") << 500 << true;
    QTest::newRow("/scan window 1 with data") << QStringLiteral("/scan") << 1 << true;
    QTest::newRow("whole tree window 500") << QStringLiteral("/") << 500 << false;
    QTest::newRow("trailing slash") << QStringLiteral("/scan/sort/") << 3 << true;
    QTest::newRow("leaf") << QStringLiteral("/scan/data/text") << 500 << true;
}

void TestZkScan::equalsOracle()
{
    QFETCH(QString, root);
    QFETCH(int, window);
    QFETCH(bool, withData);
    auto session = openSession(m_server->connectString());
    QVERIFY(session);

    ScanOptions options;
    options.root = root;
    options.window = window;
    options.withData = withData;
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    const ScanResult &scan = result->value();
    QVERIFY2(!scan.partial, qPrintable(scan.partialReason));
    QCOMPARE(scan.reconnects, 0);

    QString normalized = root;
    if (normalized.size() > 1 && normalized.endsWith(QLatin1Char('/')))
        normalized.chop(1);
    const QList<ZnodeRecord> expected = m_anonymous->walk(normalized, withData);
    QVERIFY(expected.size() >= 1);
    const QString difference = firstDifference(scan.nodes, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    if (withData) {
        const ZnodeRecord *large = find(scan.nodes, QStringLiteral("/scan/data/large"));
        if (root == QLatin1String("/scan")) {
            QVERIFY(large);
            QCOMPARE(large->data, std::optional<QByteArray>(QByteArray(200 * 1024, 'L')));
        }
    } else {
        for (const ZnodeRecord &r : scan.nodes)
            QVERIFY(!r.data.has_value());
    }
}

void TestZkScan::noAuthNodesAreMarked()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/scan");
    options.withData = true;
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result && result->ok());
    const QList<ZnodeRecord> &nodes = (*result)->nodes;

    const ZnodeRecord *locked = find(nodes, QStringLiteral("/scan/locked"));
    QVERIFY(locked);
    QCOMPARE(locked->error, QStringLiteral("NOAUTH"));
    QVERIFY(locked->acl.isEmpty()); // getAcl needs READ or ADMIN too
    QVERIFY(!locked->data.has_value());
    QVERIFY(!find(nodes, QStringLiteral("/scan/locked/child"))); // below it: unknown

    const ZnodeRecord *adminOnly = find(nodes, QStringLiteral("/scan/adminonly"));
    QVERIFY(adminOnly);
    QCOMPARE(adminOnly->error, QStringLiteral("NOAUTH")); // getChildren refused
    QCOMPARE(adminOnly->acl, Acl({entry("world", QStringLiteral("anyone"), ZkPerm::Admin)}));
    QCOMPARE(adminOnly->stat.aversion, 1);
    QCOMPARE(adminOnly->stat.numChildren, 1);
    QVERIFY(!find(nodes, QStringLiteral("/scan/adminonly/child")));

    const ZnodeRecord *readOnly = find(nodes, QStringLiteral("/scan/readonly"));
    QVERIFY(readOnly);
    QVERIFY2(readOnly->readable(), qPrintable(readOnly->error));
    QVERIFY(find(nodes, QStringLiteral("/scan/readonly/child")));

    // The scan went on after the NOAUTH nodes: everything else is there.
    QVERIFY(find(nodes, QStringLiteral("/scan/tree")));
    QVERIFY(find(nodes, QStringLiteral("/scan/sort/a-b/c")));
    QCOMPARE((*result)->toJson().value(QLatin1String("partial")).toBool(), false);
}

void TestZkScan::superSessionReadsEverything()
{
    auto session =
        openSession(m_server->connectString(),
                    {DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}});
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/scan");
    options.window = 50;
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result && result->ok());
    for (const ZnodeRecord &r : std::as_const((*result)->nodes))
        QVERIFY2(r.readable(), qPrintable(r.path + QLatin1Char(' ') + r.error));
    QVERIFY(find((*result)->nodes, QStringLiteral("/scan/locked/child/grandchild")));
    const QString difference = firstDifference((*result)->nodes, m_super->walk(options.root));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestZkScan::maxDepth_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("root only") << 0;
    QTest::newRow("children") << 1;
    QTest::newRow("grandchildren") << 2;
}

void TestZkScan::maxDepth()
{
    QFETCH(int, depth);
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/scan");
    options.maxDepth = depth;
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result && result->ok());

    QList<ZnodeRecord> expected = m_anonymous->walk(options.root);
    expected.removeIf(
        [&](const ZnodeRecord &r) { return depthBelow(options.root, r.path) > depth; });
    // Nodes at the depth limit are read without getChildren; a NOAUTH from getChildren cannot
    // show there, so compare those by stat and ACL.
    QCOMPARE((*result)->nodes.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ZnodeRecord &a = (*result)->nodes.at(i);
        const ZnodeRecord &e = expected.at(i);
        QCOMPARE(a.path, e.path);
        QCOMPARE(a.acl, e.acl);
        if (depthBelow(options.root, a.path) < depth || e.readable()) {
            QCOMPARE(a.stat, e.stat);
            QCOMPARE(a.error, e.error);
        }
    }
}

void TestZkScan::progressAndJson()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 100;
    QFutureWatcher<Result<ScanResult>> watcher;
    QSignalSpy values(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy texts(&watcher, &QFutureWatcherBase::progressTextChanged);
    QSignalSpy ranges(&watcher, &QFutureWatcherBase::progressRangeChanged);
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(ScanEngine::scan(session, options));
    QVERIFY(finished.wait(120000));
    const Result<ScanResult> result = watcher.result();
    QVERIFY(result.ok());
    const int total = BigTreeSize + 1;
    QCOMPARE(result->nodes.size(), total);
    QCOMPARE(watcher.progressValue(), total);
    QCOMPARE(watcher.progressMaximum(), total);
    QVERIFY(values.size() >= 1);
    QVERIFY(ranges.size() >= 1);
    QVERIFY(!texts.isEmpty());
    QCOMPARE(watcher.progressText(), QStringLiteral("%1 nodes").arg(total));
    // Values never go backwards.
    int last = -1;
    for (const QList<QVariant> &v : std::as_const(values)) {
        QVERIFY(v.at(0).toInt() >= last);
        last = v.at(0).toInt();
    }

    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QLatin1String("nodes")).toArray().size(), total);
    QCOMPARE(json.value(QLatin1String("partial")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("partialReason")).isNull());
    const QJsonObject first = json.value(QLatin1String("nodes")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("path")).toString(), QStringLiteral("/big"));
    QVERIFY(first.value(QLatin1String("stat")).isObject());
    QVERIFY(first.value(QLatin1String("acl")).isArray());
    QVERIFY(first.value(QLatin1String("error")).isNull());
}

void TestZkScan::rootNoAuthIsARecord()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/scan/locked");
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    QCOMPARE((*result)->nodes.size(), 1);
    QCOMPARE((*result)->nodes.first().error, QStringLiteral("NOAUTH"));
    QCOMPARE((*result)->nodes, m_anonymous->walk(options.root));
}

void TestZkScan::missingRootIsAnError()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/no/such/node");
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error().is(ZkError::NoNode), qPrintable(describe(result->error())));
    QVERIFY(result->error().message.contains(options.root));
}

void TestZkScan::relativeRootIsRefused()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("scan");
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().is(ZkError::BadArguments));
}

void TestZkScan::helperSessionsEqualOracle()
{
    // Through a delay proxy the walk lasts long enough for the helpers to connect and join.
    TcpDelayProxy::Options proxyOptions;
    proxyOptions.targetPort = m_server->port();
    proxyOptions.delay = 1ms;
    TcpDelayProxy proxy(proxyOptions);
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));
    auto session = openSession(proxy.connectString());
    QVERIFY(session);
    const auto connections = [this]() -> int {
        const Result<FourLetterReply> reply = FourLetterWords::querySync(
            QStringLiteral("127.0.0.1"), m_server->port(), QStringLiteral("mntr"), 5000);
        if (!reply.ok())
            return -1;
        for (const auto &[key, value] : reply->values) {
            if (key == QLatin1StringView("zk_num_alive_connections"))
                return value.toInt();
        }
        return -1;
    };
    const int before = connections();
    QVERIFY(before > 0);

    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.sessions = 4;
    options.window = 200;
    const auto result = await(ScanEngine::scan(session, options));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    const ScanResult &scan = result->value();
    QVERIFY2(!scan.partial, qPrintable(scan.partialReason));
    QCOMPARE(scan.sessions, 4);
    const QString difference = firstDifference(scan.nodes, m_bigWalk);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(scan.toJson().value(QStringLiteral("sessions")).toInt(), 4);

    // The helpers are closed once the walk is over; the caller's session stays open.
    QTRY_COMPARE_WITH_TIMEOUT(connections(), before, 10000);
    QCOMPARE(session->state(), ZkSession::State::Connected);

    // With data and a tiny window the result is the same as with one session.
    options.root = QStringLiteral("/scan");
    options.withData = true;
    options.window = 7;
    const auto withData = await(ScanEngine::scan(session, options));
    QVERIFY(withData.has_value() && withData->ok());
    const QString dataDifference =
        firstDifference(withData->value().nodes, m_anonymous->walk(QStringLiteral("/scan"), true));
    QVERIFY2(dataDifference.isEmpty(), qPrintable(dataDifference));
}

void TestZkScan::cancelThroughFuture()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 2;
    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
    QVERIFY(waitForProgress(future, 300));
    future.cancel();
    QFutureWatcher<Result<ScanResult>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    QVERIFY(future.isFinished() || finished.wait(30000));
    QVERIFY(future.isCanceled());
    // Qt drops results of a cancelled future; the point is that the walk ended and the session
    // serves the next request normally (the in-flight requests drained).
    const auto children = await(session->getChildren(QStringLiteral("/scan/sort")));
    QVERIFY(children && children->ok());
    QCOMPARE((*children)->children.size(), 6);
}

void TestZkScan::stopFlagGivesPartialResult()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 4;
    options.stop = std::make_shared<std::atomic_bool>(false);
    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
    QVERIFY(waitForProgress(future, 500));
    options.stop->store(true);
    const auto result = await(future);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    const ScanResult &scan = result->value();
    QVERIFY(scan.partial);
    QVERIFY(!scan.partialReason.isEmpty());
    QVERIFY2(scan.nodes.size() >= 500, qPrintable(QString::number(scan.nodes.size())));
    QVERIFY2(scan.nodes.size() < BigTreeSize + 1, qPrintable(QString::number(scan.nodes.size())));
    QCOMPARE(scan.toJson().value(QLatin1String("partial")).toBool(), true);
    QCOMPARE(scan.toJson().value(QLatin1String("partialReason")).toString(), scan.partialReason);
    verifyPartOfOracle(scan.nodes, m_bigWalk);
    if (QTest::currentTestFailed())
        return;
}

void TestZkScan::stoppedBeforeStart()
{
    auto session = openSession(m_server->connectString());
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/scan");
    options.stop = std::make_shared<std::atomic_bool>(true);
    const auto result = await(ScanEngine::scan(session, options), 10000);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY((*result)->partial);
    QVERIFY((*result)->nodes.isEmpty());
}

void TestZkScan::verifyPartOfOracle(const QList<ZnodeRecord> &part, const QList<ZnodeRecord> &whole)
{
    QHash<QString, qsizetype> position;
    position.reserve(whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        position.insert(whole.at(i).path, i);
    QSet<QString> seen;
    qsizetype last = -1;
    for (const ZnodeRecord &r : part) {
        const auto it = position.constFind(r.path);
        QVERIFY2(it != position.cend(), qPrintable(r.path));
        QVERIFY2(*it > last, qPrintable(QStringLiteral("out of order: ") + r.path));
        last = *it;
        if (r.path != part.first().path) {
            const QString parent = r.path.left(r.path.lastIndexOf(QLatin1Char('/')));
            QVERIFY2(seen.contains(parent.isEmpty() ? QStringLiteral("/") : parent),
                     qPrintable(QStringLiteral("parent missing: ") + r.path));
        }
        seen.insert(r.path);
        if (r.readable())
            QVERIFY2(r == whole.at(*it),
                     qPrintable(toText(r) + QLatin1String(" vs ") + toText(whole.at(*it))));
    }
}

void TestZkScan::serverKilledMidScanResumes_data()
{
    QTest::addColumn<int>("sessions");
    QTest::newRow("one session") << 1;
    // The helpers lose their connections too: they are dropped, and the caller's session
    // resumes the walk alone.
    QTest::newRow("four sessions") << 4;
}

void TestZkScan::serverKilledMidScanResumes()
{
    QFETCH(int, sessions);
    // Session timeout 30 s, the server is back within a few: the session survives the restart
    // (the server restores sessions from its log and gives each a fresh timeout), so the scan
    // must resume and finish equal to the oracle.
    auto session = openSession(m_server->connectString(), {}, 30000);
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 4;
    options.sessions = sessions;
    options.reconnectTimeoutMs = 90000;
    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
    QVERIFY2(waitForProgress(future, 2000), "the scan finished before the server could be killed");
    m_server->kill();
    QTest::qWait(500);
    QVERIFY(!future.isFinished());
    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));

    const auto result = await(future, 120000);
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    const ScanResult &scan = result->value();
    QVERIFY2(!scan.partial, qPrintable(scan.partialReason));
    QVERIFY(scan.reconnects >= 1);
    QCOMPARE(session->state(), ZkSession::State::Connected);

    // The tree is persistent: what the oracle walked before the kill is what the server holds.
    const QString difference = firstDifference(scan.nodes, m_bigWalk);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestZkScan::sessionExpiryGivesPartialResult()
{
    // The session goes through a proxy; cutting the proxy for longer than the session timeout
    // makes the server expire the session (no pings), and when the proxy is back the client
    // learns it: the scan must end partial, saying so.
    TcpDelayProxy::Options proxyOptions;
    proxyOptions.targetPort = m_server->port();
    proxyOptions.delay = 200us; // slows the walk so that it is surely still running
    auto proxy = std::make_unique<TcpDelayProxy>(proxyOptions);
    QString error;
    QVERIFY2(proxy->start(&error), qPrintable(error));
    const quint16 proxyPort = proxy->port();

    const int sessionTimeoutMs = 4000;
    auto session = openSession(proxy->connectString(), {}, sessionTimeoutMs);
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 1;
    options.reconnectTimeoutMs = 60000;
    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
    QVERIFY2(waitForProgress(future, 300), "the scan finished before the proxy could be cut");
    proxy->stop();
    // The server expires a silent session after its timeout, checked once per tick (2 s).
    QTest::qWait(sessionTimeoutMs + 4000);
    QVERIFY(!future.isFinished());
    proxyOptions.listenPort = proxyPort;
    proxy = std::make_unique<TcpDelayProxy>(proxyOptions);
    QVERIFY2(proxy->start(&error), qPrintable(error));

    const auto result = await(future, 60000);
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    const ScanResult &scan = result->value();
    QVERIFY(scan.partial);
    QVERIFY2(scan.partialReason.contains(QLatin1String("expired")), qPrintable(scan.partialReason));
    QVERIFY(scan.nodes.size() >= 300);
    QVERIFY(scan.nodes.size() < BigTreeSize + 1);
    QCOMPARE(session->state(), ZkSession::State::Expired);
    verifyPartOfOracle(scan.nodes, m_bigWalk);
    if (QTest::currentTestFailed())
        return;
}

void TestZkScan::reconnectTimeoutGivesPartialResult()
{
    TcpDelayProxy::Options proxyOptions;
    proxyOptions.targetPort = m_server->port();
    proxyOptions.delay = 200us;
    TcpDelayProxy proxy(proxyOptions);
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));
    auto session = openSession(proxy.connectString(), {}, 60000);
    QVERIFY(session);
    ScanOptions options;
    options.root = QStringLiteral("/big");
    options.window = 1;
    options.reconnectTimeoutMs = 1500;
    QFuture<Result<ScanResult>> future = ScanEngine::scan(session, options);
    QVERIFY2(waitForProgress(future, 200), "the scan finished before the proxy could be cut");
    QElapsedTimer waited; // started before the cut, so at least the reconnect timeout passes
    waited.start();
    proxy.stop();
    const auto result = await(future, 30000);
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY(waited.elapsed() >= 1500);
    QVERIFY((*result)->partial);
    QVERIFY2((*result)->partialReason.contains(QLatin1String("not re-established")),
             qPrintable((*result)->partialReason));
    QVERIFY((*result)->nodes.size() >= 200);
    verifyPartOfOracle((*result)->nodes, m_bigWalk);
}

QTEST_GUILESS_MAIN(TestZkScan)
#include "tst_zk_scan.moc"
