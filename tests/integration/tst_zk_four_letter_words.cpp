// SPDX-License-Identifier: GPL-3.0-or-later
// FourLetterWords: connect-string parsing and reply parsing (captured replies), then the real
// ZooKeeper server (tests/support/zk_fixture) with four-letter words whitelisted and without.
#include "backends/zookeeper/four_letter_words.h"
#include "tests/support/zk_fixture.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Portier;
using namespace Portier::Test;

using ServerList = QList<QPair<QString, quint16>>;
using ValueList = QList<QPair<QString, QString>>;

namespace {

QString valueOf(const ValueList &values, const QString &key)
{
    for (const auto &[k, v] : values) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<missing %1>").arg(key);
}

bool hasKey(const ValueList &values, const QString &key)
{
    for (const auto &pair : values) {
        if (pair.first == key)
            return true;
    }
    return false;
}

// Replies of Debian 12's ZooKeeper 3.8.0, captured from the fixture's server (the version
// string is verbatim: Debian's build leaves the git placeholder in it).
constexpr QLatin1StringView
    capturedSrvr("Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                 "Latency min/avg/max: 6/7.5/9\n"
                 "Received: 3\n"
                 "Sent: 2\n"
                 "Connections: 1\n"
                 "Outstanding: 0\n"
                 "Zxid: 0x2\n"
                 "Mode: standalone\n"
                 "Node count: 5\n");

constexpr QLatin1StringView
    capturedStat("Zookeeper version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                 "Clients:\n"
                 " /127.0.0.1:40828[0](queued=0,recved=1,sent=0)\n"
                 " /127.0.0.1:40812[1](queued=0,recved=8,sent=8)\n"
                 "\n"
                 "Latency min/avg/max: 6/7.5/9\n"
                 "Received: 7\n"
                 "Sent: 7\n"
                 "Connections: 2\n"
                 "Outstanding: 0\n"
                 "Zxid: 0x2\n"
                 "Mode: standalone\n"
                 "Node count: 5\n");

// The first lines of mntr (it has about 140).
constexpr QLatin1StringView
    capturedMntr("zk_version\t3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                 "zk_server_state\tstandalone\n"
                 "zk_ephemerals_count\t0\n"
                 "zk_num_alive_connections\t1\n"
                 "zk_avg_latency\t5.5\n"
                 "zk_outstanding_requests\t0\n"
                 "zk_znode_count\t5\n");

constexpr QLatin1StringView capturedConf("clientPort=35845\n"
                                         "secureClientPort=-1\n"
                                         "dataDir=/tmp/portier-zk-RKgAMj/data/version-2\n"
                                         "dataDirSize=67109337\n"
                                         "dataLogDir=/tmp/portier-zk-RKgAMj/data/version-2\n"
                                         "dataLogSize=67109337\n"
                                         "tickTime=2000\n"
                                         "maxClientCnxns=0\n"
                                         "minSessionTimeout=2000\n"
                                         "maxSessionTimeout=120000\n"
                                         "clientPortListenBacklog=-1\n"
                                         "serverId=0\n");

constexpr QLatin1StringView
    capturedEnvi("Environment:\n"
                 "zookeeper.version=3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC\n"
                 "host.name=localhost\n"
                 "java.version=17.0.15\n"
                 "java.class.path=/usr/share/java/zookeeper.jar:/usr/share/java/slf4j-simple.jar\n"
                 "java.compiler=<NA>\n"
                 "os.memory.free=45MB\n");

template<typename T>
std::optional<Result<T>> await(QFuture<Result<T>> future, int timeoutMs = 30000)
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

} // namespace

class TestZkFourLetterWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void servers_data();
    void servers();
    void parseReply_data();
    void parseReply();

    void ruokAnswersImok();
    void srvrMntrConfEnviStat();
    void asyncOnPool();
    void notWhitelisted_data();
    void notWhitelisted();
    void srvrIsAlwaysAnswered();
    void refusedPortIsUnreachable();
    void silentPortIsUnreachable();
    void badWordIsRefused();

private:
    std::unique_ptr<ZkFixture> m_allowed;
    std::unique_ptr<ZkFixture> m_denied;
};

void TestZkFourLetterWords::initTestCase()
{
    m_allowed = std::make_unique<ZkFixture>(ZkFixture::Options{nullptr, true});
    m_denied = std::make_unique<ZkFixture>(ZkFixture::Options{nullptr, false});
    QString error;
    QVERIFY2(m_allowed->start(&error), qPrintable(error));
    QVERIFY2(m_denied->start(&error), qPrintable(error));
}

void TestZkFourLetterWords::cleanupTestCase()
{
    m_allowed.reset();
    m_denied.reset();
}

void TestZkFourLetterWords::servers_data()
{
    QTest::addColumn<QString>("connectString");
    QTest::addColumn<ServerList>("expected");

    QTest::newRow("host:port") << QStringLiteral("zk1.example.org:2182")
                               << ServerList{{QStringLiteral("zk1.example.org"), 2182}};
    QTest::newRow("default port") << QStringLiteral("zk1")
                                  << ServerList{{QStringLiteral("zk1"), 2181}};
    QTest::newRow("ensemble with chroot") << QStringLiteral("h1:2181,h2:2182,h3/kafka/prod")
                                          << ServerList{{QStringLiteral("h1"), 2181},
                                                        {QStringLiteral("h2"), 2182},
                                                        {QStringLiteral("h3"), 2181}};
    QTest::newRow("ipv6 in brackets")
        << QStringLiteral("[::1]:2281,[fe80::1%eth0]:2181/x")
        << ServerList{{QStringLiteral("::1"), 2281}, {QStringLiteral("fe80::1%eth0"), 2181}};
    QTest::newRow("ipv6 in brackets, default port")
        << QStringLiteral("[2001:db8::7]") << ServerList{{QStringLiteral("2001:db8::7"), 2181}};
    QTest::newRow("bare ipv6") << QStringLiteral("2001:db8::7")
                               << ServerList{{QStringLiteral("2001:db8::7"), 2181}};
    QTest::newRow("spaces and empty parts")
        << QStringLiteral(" 127.0.0.1:1 , ,127.0.0.2:2 ")
        << ServerList{{QStringLiteral("127.0.0.1"), 1}, {QStringLiteral("127.0.0.2"), 2}};
    QTest::newRow("bad ports are skipped")
        << QStringLiteral("a:0,b:70000,c:x,d:2181") << ServerList{{QStringLiteral("d"), 2181}};
    QTest::newRow("empty") << QString() << ServerList{};
    QTest::newRow("chroot only") << QStringLiteral("/kafka") << ServerList{};
}

void TestZkFourLetterWords::servers()
{
    QFETCH(QString, connectString);
    QFETCH(ServerList, expected);
    QCOMPARE(FourLetterWords::servers(connectString), expected);
}

void TestZkFourLetterWords::parseReply_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("srvr mode") << QStringLiteral("srvr") << QString(capturedSrvr) << 9
                               << QStringLiteral("Mode") << QStringLiteral("standalone");
    QTest::newRow("srvr version with colon in value")
        << QStringLiteral("srvr") << QString(capturedSrvr) << 9
        << QStringLiteral("Zookeeper version")
        << QStringLiteral("3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC");
    QTest::newRow("srvr latency") << QStringLiteral("srvr") << QString(capturedSrvr) << 9
                                  << QStringLiteral("Latency min/avg/max")
                                  << QStringLiteral("6/7.5/9");
    QTest::newRow("stat clients") << QStringLiteral("stat") << QString(capturedStat) << 10
                                  << QStringLiteral("Clients")
                                  << QStringLiteral(
                                         "/127.0.0.1:40828[0](queued=0,recved=1,sent=0)\n"
                                         "/127.0.0.1:40812[1](queued=0,recved=8,sent=8)");
    QTest::newRow("stat node count") << QStringLiteral("stat") << QString(capturedStat) << 10
                                     << QStringLiteral("Node count") << QStringLiteral("5");
    QTest::newRow("mntr tab separated")
        << QStringLiteral("mntr") << QString(capturedMntr) << 7 << QStringLiteral("zk_server_state")
        << QStringLiteral("standalone");
    QTest::newRow("mntr value with spaces")
        << QStringLiteral("mntr") << QString(capturedMntr) << 7 << QStringLiteral("zk_version")
        << QStringLiteral("3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC");
    QTest::newRow("conf k=v") << QStringLiteral("conf") << QString(capturedConf) << 12
                              << QStringLiteral("clientPort") << QStringLiteral("35845");
    QTest::newRow("envi heading dropped")
        << QStringLiteral("envi") << QString(capturedEnvi) << 6 << QStringLiteral("java.compiler")
        << QStringLiteral("<NA>");
    QTest::newRow("envi value with ':' and ','")
        << QStringLiteral("envi") << QString(capturedEnvi) << 6
        << QStringLiteral("zookeeper.version")
        << QStringLiteral("3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC");
    QTest::newRow("'=' inside a value") << QStringLiteral("conf") << QStringLiteral("a=b=c\n") << 1
                                        << QStringLiteral("a") << QStringLiteral("b=c");
    QTest::newRow("ruok has no values")
        << QStringLiteral("ruok") << QStringLiteral("imok") << 0 << QString() << QString();
    QTest::newRow("crlf line ends")
        << QStringLiteral("mntr") << QStringLiteral("zk_a\t1\r\nzk_b\t2\r\n") << 2
        << QStringLiteral("zk_b") << QStringLiteral("2");
}

void TestZkFourLetterWords::parseReply()
{
    QFETCH(QString, word);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const ValueList values = FourLetterWords::parseReply(word, text);
    QCOMPARE(values.size(), count);
    if (!key.isEmpty())
        QCOMPARE(valueOf(values, key), value);
}

void TestZkFourLetterWords::ruokAnswersImok()
{
    const auto reply = FourLetterWords::querySync(QStringLiteral("127.0.0.1"), m_allowed->port(),
                                                  QStringLiteral("ruok"));
    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toDisplayString()));
    QCOMPARE(reply->text, QStringLiteral("imok"));
    QCOMPARE(reply->word, QStringLiteral("ruok"));
    QCOMPARE(reply->server, QStringLiteral("127.0.0.1:%1").arg(m_allowed->port()));
    QVERIFY(reply->values.isEmpty());
}

void TestZkFourLetterWords::srvrMntrConfEnviStat()
{
    const QString host = QStringLiteral("127.0.0.1");
    const quint16 port = m_allowed->port();

    const auto srvr = FourLetterWords::querySync(host, port, QStringLiteral("srvr"));
    QVERIFY2(srvr.ok(), qPrintable(srvr.ok() ? QString() : srvr.error().toDisplayString()));
    QCOMPARE(valueOf(srvr->values, QStringLiteral("Mode")), QStringLiteral("standalone"));
    QVERIFY2(
        valueOf(srvr->values, QStringLiteral("Zookeeper version")).startsWith(QLatin1String("3.8")),
        qPrintable(srvr->text));
    QVERIFY(hasKey(srvr->values, QStringLiteral("Node count")));

    const auto mntr = FourLetterWords::querySync(host, port, QStringLiteral("mntr"));
    QVERIFY2(mntr.ok(), qPrintable(mntr.ok() ? QString() : mntr.error().toDisplayString()));
    QCOMPARE(valueOf(mntr->values, QStringLiteral("zk_server_state")),
             QStringLiteral("standalone"));
    QVERIFY2(valueOf(mntr->values, QStringLiteral("zk_version")).startsWith(QLatin1String("3.8")),
             qPrintable(mntr->text));
    QVERIFY(mntr->values.size() > 10);

    const auto conf = FourLetterWords::querySync(host, port, QStringLiteral("conf"));
    QVERIFY2(conf.ok(), qPrintable(conf.ok() ? QString() : conf.error().toDisplayString()));
    QCOMPARE(valueOf(conf->values, QStringLiteral("clientPort")), QString::number(port));
    QVERIFY2(hasKey(conf->values, QStringLiteral("dataDir")), qPrintable(conf->text));

    const auto envi = FourLetterWords::querySync(host, port, QStringLiteral("envi"));
    QVERIFY2(envi.ok(), qPrintable(envi.ok() ? QString() : envi.error().toDisplayString()));
    QVERIFY2(
        valueOf(envi->values, QStringLiteral("zookeeper.version")).startsWith(QLatin1String("3.8")),
        qPrintable(envi->text));
    QVERIFY(!hasKey(envi->values, QStringLiteral("Environment")));

    const auto stat = FourLetterWords::querySync(host, port, QStringLiteral("stat"));
    QVERIFY2(stat.ok(), qPrintable(stat.ok() ? QString() : stat.error().toDisplayString()));
    QVERIFY2(valueOf(stat->values, QStringLiteral("Clients")).contains(QLatin1String("127.0.0.1")),
             qPrintable(stat->text));
    QCOMPARE(valueOf(stat->values, QStringLiteral("Mode")), QStringLiteral("standalone"));
}

void TestZkFourLetterWords::asyncOnPool()
{
    QThreadPool pool;
    const auto servers = FourLetterWords::servers(m_allowed->connectString() + QLatin1String("/x"));
    QCOMPARE(servers.size(), 1);
    const auto reply = await(FourLetterWords::query(
        &pool, servers.first().first, servers.first().second, QStringLiteral("srvr")));
    QVERIFY(reply.has_value());
    QVERIFY2(reply->ok(), qPrintable(reply->ok() ? QString() : reply->error().toDisplayString()));
    QCOMPARE(valueOf((*reply)->values, QStringLiteral("Mode")), QStringLiteral("standalone"));
    QCOMPARE((*reply)->toJson().value(QLatin1String("word")).toString(), QStringLiteral("srvr"));
}

void TestZkFourLetterWords::notWhitelisted_data()
{
    QTest::addColumn<QString>("word");
    for (const char *word : {"mntr", "conf", "envi", "ruok", "stat", "dump", "wchc"})
        QTest::newRow(word) << QString::fromLatin1(word);
}

void TestZkFourLetterWords::notWhitelisted()
{
    QFETCH(QString, word);
    const auto reply =
        FourLetterWords::querySync(QStringLiteral("127.0.0.1"), m_denied->port(), word);
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().is(ZkError::NotWhitelisted), qPrintable(reply.error().codeName()));
    QVERIFY2(reply.error().hint.contains(QLatin1String("4lw.commands.whitelist")),
             qPrintable(reply.error().hint));
    QVERIFY2(reply.error().message.contains(word), qPrintable(reply.error().message));
    QVERIFY2(reply.error().detail.contains(QLatin1String("not in the whitelist")),
             qPrintable(reply.error().detail));
}

void TestZkFourLetterWords::srvrIsAlwaysAnswered()
{
    // ZooKeeper 3.8 adds srvr to any whitelist (zkServer.sh status depends on it).
    const auto reply = FourLetterWords::querySync(QStringLiteral("127.0.0.1"), m_denied->port(),
                                                  QStringLiteral("srvr"));
    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().toDisplayString()));
    QCOMPARE(valueOf(reply->values, QStringLiteral("Mode")), QStringLiteral("standalone"));
}

void TestZkFourLetterWords::refusedPortIsUnreachable()
{
    // A port that was free a moment ago: nothing listens on it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const auto reply =
        FourLetterWords::querySync(QStringLiteral("127.0.0.1"), port, QStringLiteral("ruok"), 3000);
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().is(ZkError::ServerUnreachable), qPrintable(reply.error().codeName()));
    QVERIFY(reply.error().message.contains(QString::number(port)));
}

void TestZkFourLetterWords::silentPortIsUnreachable()
{
    // Listening, but nobody ever answers: the kernel accepts the connection into the backlog.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const auto reply = FourLetterWords::querySync(QStringLiteral("127.0.0.1"), silent.serverPort(),
                                                  QStringLiteral("srvr"), 700);
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().is(ZkError::ServerUnreachable), qPrintable(reply.error().codeName()));
}

void TestZkFourLetterWords::badWordIsRefused()
{
    const auto reply = FourLetterWords::querySync(QStringLiteral("127.0.0.1"), m_allowed->port(),
                                                  QStringLiteral("srvr\nkill"));
    QVERIFY(!reply.ok());
    QVERIFY(reply.error().is(CoreError::InvalidInput));
}

QTEST_GUILESS_MAIN(TestZkFourLetterWords)
#include "tst_zk_four_letter_words.moc"
