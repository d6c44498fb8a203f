// SPDX-License-Identifier: GPL-3.0-or-later
// The ZooKeeper server fixture itself: it starts, serves sessions, whitelists four-letter words
// or not, keeps its data across kill + restart, honours superDigest, and runs with SASL.
#include "tests/support/kdc_fixture.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace Portier;
using namespace Portier::Test;

namespace {

// Sends a four-letter word over a plain socket and returns the whole answer.
QString fourLetterWord(quint16 port, const char *word)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return QStringLiteral("(connect failed: %1)").arg(socket.errorString());
    socket.write(word);
    socket.flush();
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    return QString::fromUtf8(answer);
}

} // namespace

class TestZkFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndServesSessions()
    {
        ZkFixture zk;
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        QVERIFY(zk.isRunning());
        QVERIFY(zk.port() > 0);
        QCOMPARE(zk.connectString(), QStringLiteral("127.0.0.1:%1").arg(zk.port()));
        QVERIFY(QFile::exists(zk.serverLogFile()));

        ZkOracle oracle(zk.connectString());
        QVERIFY2(oracle.isConnected(), qPrintable(oracle.lastError()));
        const Acl open{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}};
        QVERIFY2(oracle.create(QStringLiteral("/a/b/c"), "hello", open),
                 qPrintable(oracle.lastError()));
        const QList<ZnodeRecord> records = oracle.walk(QStringLiteral("/a"), true);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).path, QStringLiteral("/a"));
        QCOMPARE(records.at(1).path, QStringLiteral("/a/b"));
        QCOMPARE(records.at(2).path, QStringLiteral("/a/b/c"));
        QCOMPARE(records.at(2).data.value_or(QByteArray()), QByteArray("hello"));
        QCOMPARE(records.at(2).acl, open);
        QCOMPARE(records.at(1).stat.numChildren, 1);
    }

    void fourLetterWordsWhitelisted()
    {
        ZkFixture zk(ZkFixture::Options{nullptr, true});
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        QCOMPARE(fourLetterWord(zk.port(), "ruok"), QStringLiteral("imok"));
        QVERIFY(fourLetterWord(zk.port(), "srvr").contains(QLatin1StringView("Zookeeper version")));
        QVERIFY(fourLetterWord(zk.port(), "mntr").contains(QLatin1StringView("zk_version")));
        QVERIFY(fourLetterWord(zk.port(), "conf").contains(QLatin1StringView("clientPort")));
        QVERIFY(fourLetterWord(zk.port(), "envi").contains(QLatin1StringView("zookeeper.version")));
        QVERIFY(fourLetterWord(zk.port(), "stat").contains(QLatin1StringView("Mode: standalone")));
        // Not in the whitelist even here.
        QVERIFY(
            fourLetterWord(zk.port(), "dump").contains(QLatin1StringView("not in the whitelist")));
    }

    void fourLetterWordsDisabled()
    {
        ZkFixture zk(ZkFixture::Options{nullptr, false});
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        const QString answer = fourLetterWord(zk.port(), "ruok");
        QVERIFY2(answer.contains(QLatin1StringView("not in the whitelist")), qPrintable(answer));
        for (const char *word : {"mntr", "conf", "envi", "stat"}) {
            QVERIFY2(
                fourLetterWord(zk.port(), word).contains(QLatin1StringView("not in the whitelist")),
                word);
        }
        // ZooKeeper 3.8 always allows srvr, whatever the whitelist says.
        QVERIFY(fourLetterWord(zk.port(), "srvr").contains(QLatin1StringView("Zookeeper version")));
    }

    void restartKeepsData()
    {
        ZkFixture zk;
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        const quint16 port = zk.port();
        const Acl open{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}};
        {
            ZkOracle oracle(zk.connectString());
            QVERIFY2(oracle.create(QStringLiteral("/kept"), "before the crash", open),
                     qPrintable(oracle.lastError()));
            QVERIFY2(oracle.createChildren(QStringLiteral("/kept"), 1000),
                     qPrintable(oracle.lastError()));
        }
        zk.kill();
        QVERIFY(!zk.isRunning());
        QVERIFY2(zk.restart(&error), qPrintable(error));
        QCOMPARE(zk.port(), port);
        ZkOracle oracle(zk.connectString());
        QVERIFY2(oracle.isConnected(), qPrintable(oracle.lastError()));
        const QList<ZnodeRecord> records = oracle.walk(QStringLiteral("/kept"), true);
        QCOMPARE(records.size(), 1001);
        QCOMPARE(records.first().data.value_or(QByteArray()), QByteArray("before the crash"));
        QCOMPARE(records.at(1).path, QStringLiteral("/kept/n0000000"));
        QCOMPARE(records.last().path, QStringLiteral("/kept/n0000999"));
    }

    void superDigestReadsEverything()
    {
        ZkFixture zk;
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        // Only a digest identity nobody has may read the node.
        const Acl closed{AclEntry{QStringLiteral("digest"),
                                  QStringLiteral("nobody:AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                                  ZkPerm::All}};
        ZkOracle anonymous(zk.connectString());
        QVERIFY2(anonymous.create(QStringLiteral("/closed"), "secret", closed),
                 qPrintable(anonymous.lastError()));
        QCOMPARE(anonymous.walk(QStringLiteral("/closed")).first().error, QStringLiteral("NOAUTH"));

        ZkOracle super(zk.connectString(), {ZkFixture::superCredential()});
        QVERIFY2(super.isConnected(), qPrintable(super.lastError()));
        const QList<ZnodeRecord> records = super.walk(QStringLiteral("/closed"), true);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().error, QString());
        QCOMPARE(records.first().data.value_or(QByteArray()), QByteArray("secret"));
        QCOMPARE(records.first().acl, closed);
    }

    void treeSeeding()
    {
        ZkFixture zk;
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        ZkOracle oracle(zk.connectString());
        QVERIFY2(oracle.createTree(QStringLiteral("/tree"), 5000, 7),
                 qPrintable(oracle.lastError()));
        const QList<ZnodeRecord> records = oracle.walk(QStringLiteral("/tree"));
        QCOMPARE(records.size(), 5001); // the root and exactly 5000 below it
        for (const ZnodeRecord &r : records) {
            QVERIFY2(r.readable(), qPrintable(r.path + QLatin1Char(' ') + r.error));
            QVERIFY(r.stat.numChildren <= 7);
        }
        QVERIFY2(oracle.remove(QStringLiteral("/tree")), qPrintable(oracle.lastError()));
        QCOMPARE(oracle.walk(QStringLiteral("/tree")).first().error, QStringLiteral("NONODE"));
    }

    void saslServerWithKdc()
    {
        Portier::Test::KdcFixture kdc;
        QString error;
        QVERIFY2(kdc.start(&error), qPrintable(error));
        ZkFixture zk(ZkFixture::Options{&kdc, true});
        QVERIFY2(zk.start(&error), qPrintable(error));
        QCOMPARE(zk.serverPrincipal(), QStringLiteral("zookeeper/localhost@TEST.LOCAL"));
        QVERIFY(QFile::exists(zk.directory() + QStringLiteral("/zookeeper.keytab")));
        // The server logged in with its keytab (the Server JAAS section) at start-up.
        QFile log(zk.serverLogFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("Server successfully logged in."), text.right(3000).constData());
        // A second fixture on the same KDC keeps the first one's keys valid (ktadd -norandkey).
        ZkFixture second(ZkFixture::Options{&kdc, false});
        QVERIFY2(second.start(&error), qPrintable(error));
        ZkOracle oracle(zk.connectString());
        QVERIFY2(oracle.isConnected(), qPrintable(oracle.lastError()));

        // zkCli.sh authenticates as Alice (JAAS Client section with the KDC fixture's keytab);
        // the server strips host and realm, so her ACL id is sasl:alice.
        QVERIFY(oracle.create(
            QStringLiteral("/for-alice"), "only alice",
            {AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All}}));
        if (!QFile::exists(ZkFixture::zkCliPath()))
            QSKIP("zkCli.sh is not installed");
        QProcess cli;
        cli.setEnvironment(zk.zkCliEnvironment());
        cli.start(ZkFixture::zkCliPath(), {QStringLiteral("-server"), zk.connectString(),
                                           QStringLiteral("get"), QStringLiteral("/for-alice")});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1StringView("only alice")),
                 qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    }

    void zkCliAgainstFixture()
    {
        if (!QFile::exists(ZkFixture::zkCliPath()))
            QSKIP("zkCli.sh is not installed");
        ZkFixture zk;
        QString error;
        QVERIFY2(zk.start(&error), qPrintable(error));
        ZkOracle oracle(zk.connectString());
        const Acl open{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}};
        QVERIFY(oracle.create(QStringLiteral("/cli/x"), "1", open));
        QProcess cli;
        cli.setEnvironment(zk.zkCliEnvironment());
        cli.start(ZkFixture::zkCliPath(), {QStringLiteral("-server"), zk.connectString(),
                                           QStringLiteral("ls"), QStringLiteral("/cli")});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1StringView("[x]")),
                 qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestZkFixture)
#include "tst_zk_fixture.moc"
