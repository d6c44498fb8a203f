// SPDX-License-Identifier: GPL-3.0-or-later
// The built portier-cli zk against a real ZooKeeper 3.8 server (tests/support/zk_fixture.h): its
// --json output compared with an independent walk through the raw C API
// (tests/support/zk_oracle.h), recursive ACL changes, dry runs and rollbacks checked on the
// server by that oracle, the audit, snapshots, four-letter words, and the exit codes of the CLI
// contract (0 ok, 1 problems found or failed, 2 usage, 3 connect or authentication).
#include "backends/core/json_util.h"
#include "backends/zookeeper/zk_session.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portier;
using Portier::Test::KdcFixture;
using Portier::Test::ZkFixture;
using Portier::Test::ZkOracle;

namespace {

const QString CliPath = QStringLiteral(PORTIER_CLI_PATH);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json; ///< stdout parsed, when it is a JSON object
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
            .arg(exitCode)
            .arg(out.left(20000), err.left(20000));
    }
};

AclEntry entry(const QString &scheme, const QString &id, int perms)
{
    return AclEntry{scheme, id, perms};
}

AclEntry world(int perms)
{
    return entry(QStringLiteral("world"), QStringLiteral("anyone"), perms);
}

/// ZooKeeper's digest id, computed here rather than with the code under test.
QString digestId(const QString &user, const QString &password)
{
    const QByteArray hash = QCryptographicHash::hash((user + QLatin1Char(':') + password).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return user + QLatin1Char(':') + QString::fromLatin1(hash.toBase64());
}

QByteArray superPassword()
{
    return ZkFixture::superPassword().toUtf8() + '\n';
}

QJsonArray recordsJson(const QList<ZnodeRecord> &records)
{
    return Json::fromList(records);
}

/// The first difference between two node lists, for a readable failure.
QString firstDifference(const QJsonArray &actual, const QJsonArray &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            return QStringLiteral(
                       "node %1 differs (%2 vs %3 nodes):\nportier-cli: %4\noracle:      %5")
                .arg(i)
                .arg(actual.size())
                .arg(expected.size())
                .arg(QString::fromUtf8(
                         QJsonDocument(actual.at(i).toObject()).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(expected.at(i).toObject()).toJson(QJsonDocument::Compact)));
        }
    }
    return QStringLiteral("no difference");
}

int unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestCliZk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void treeJsonEqualsOracle();
    void treeSubtreeWithDataEqualsOracle();
    void treeDepth();
    void treeHumanOutput();
    void digestFromStdinReadsLockedNode();
    void wrongDigestPasswordReadsNothingMore();
    void getAclMatchesOracle();
    void getAclOfMissingNodeExitsOne();
    void setAclDryRunChangesNothing();
    void setAclRecursiveJournalAndRollback();
    void setAclSingleNodeWritesDefaultJournal();
    void setAclAddAndRemoveModes();
    void setAclUnreadableNodeExitsOne();
    void setAclExistingJournalRefused();
    void badAclExitsTwo_data();
    void badAclExitsTwo();
    void auditFindsKafkaDeviations();
    void auditWithoutFindingsExitsZero();
    void snapshotEqualsOracle();
    void diffAgainstLiveTree();
    void fourLetterWords();
    void fourLetterWordNotWhitelisted();
    void unreachableServerExitsThree();
    void saslSession();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                  const QStringList &environment = {}) const;
    QStringList withServer(QStringList arguments) const;
    void seed();

    ZkFixture m_zk;
    std::unique_ptr<ZkOracle> m_super; ///< may do anything (superDigest)
    std::unique_ptr<ZkOracle> m_anon;  ///< no identity: sees what an unauthenticated CLI sees
    QTemporaryDir m_dir;
    QString m_aliceId;
};

void TestCliZk::initTestCase()
{
    QVERIFY2(QFileInfo(CliPath).isExecutable(), qPrintable(CliPath + QStringLiteral(" missing")));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_zk.start(&error), qPrintable(QStringLiteral("the ZooKeeper server did not start: ") +
                                            error + QStringLiteral(" (run installer/setup.sh)")));
    m_super =
        std::make_unique<ZkOracle>(m_zk.connectString(), QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
    m_anon = std::make_unique<ZkOracle>(m_zk.connectString());
    QVERIFY2(m_anon->isConnected(), qPrintable(m_anon->lastError()));
    m_aliceId = digestId(QStringLiteral("alice"), QStringLiteral("alice-zk-pw"));
    seed();
}

void TestCliZk::seed()
{
    const Acl open{world(ZkPerm::All)};
    const Acl aliceOnly{entry(QStringLiteral("digest"), m_aliceId, ZkPerm::All)};
    // /t: a small tree with data (text and binary), and a node only alice may read.
    QVERIFY(m_super->create(QStringLiteral("/t"), "root data", open));
    QVERIFY(m_super->create(QStringLiteral("/t/a"), QByteArray("\x00\x01\xfe", 3), open));
    QVERIFY(m_super->create(QStringLiteral("/t/b"), {}, open));
    QVERIFY(m_super->create(QStringLiteral("/t/b/c"), "c", {world(ZkPerm::Read)}));
    QVERIFY(m_super->create(QStringLiteral("/t/b/d"), {}, open));
    QVERIFY(m_super->create(QStringLiteral("/t/locked/inner"), "secret", open));
    QVERIFY(m_super->setAcl(QStringLiteral("/t/locked"), aliceOnly));
}

void TestCliZk::cleanupTestCase()
{
    m_anon.reset();
    m_super.reset();
}

CliRun TestCliZk::runCli(const QStringList &arguments, const QByteArray &stdinData,
                         const QStringList &environment) const
{
    QProcess process;
    process.setProgram(CliPath);
    process.setArguments(arguments);
    QStringList env = environment.isEmpty()
                          ? QProcessEnvironment::systemEnvironment().toStringList()
                          : environment;
    // Default journals go below the test's directory, not the user's.
    env.append(QStringLiteral("XDG_DATA_HOME=") + m_dir.path() + QStringLiteral("/xdg-data"));
    process.setEnvironment(env);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("portier-cli did not finish within 120 s");
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    if (doc.isObject())
        run.json = doc.object();
    return run;
}

QStringList TestCliZk::withServer(QStringList arguments) const
{
    arguments << QStringLiteral("--server") << m_zk.connectString();
    return arguments;
}

void TestCliZk::treeJsonEqualsOracle()
{
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray nodes = run.json.value(QStringLiteral("nodes")).toArray();
    const QJsonArray expected = recordsJson(m_anon->walk(QStringLiteral("/")));
    QVERIFY2(nodes == expected, qPrintable(firstDifference(nodes, expected)));

    // The contract's shape, spelled out: every field, perms in cdrwa order, NOAUTH as error.
    bool sawLocked = false;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QJsonObject stat = node.value(QStringLiteral("stat")).toObject();
        for (const char *field :
             {"czxid", "mzxid", "pzxid", "ctime", "mtime", "version", "cversion", "aversion",
              "ephemeralOwner", "dataLength", "numChildren"})
            QVERIFY2(stat.value(QLatin1StringView(field)).isDouble(), field);
        QVERIFY(node.value(QStringLiteral("acl")).isArray());
        QVERIFY(!node.contains(QStringLiteral("data")));
        if (node.value(QStringLiteral("path")).toString() == QLatin1String("/t/locked")) {
            sawLocked = true;
            QCOMPARE(node.value(QStringLiteral("error")).toString(), QStringLiteral("NOAUTH"));
        } else if (node.value(QStringLiteral("path")).toString() == QLatin1String("/t")) {
            QVERIFY(node.value(QStringLiteral("error")).isNull());
            const QJsonObject worldAll{{QStringLiteral("scheme"), QStringLiteral("world")},
                                       {QStringLiteral("id"), QStringLiteral("anyone")},
                                       {QStringLiteral("perms"), QStringLiteral("cdrwa")}};
            QCOMPARE(node.value(QStringLiteral("acl")).toArray(), QJsonArray{worldAll});
        }
    }
    QVERIFY(sawLocked);
}

void TestCliZk::treeSubtreeWithDataEqualsOracle()
{
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                    QStringLiteral("/t"), QStringLiteral("--data"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray nodes = run.json.value(QStringLiteral("nodes")).toArray();
    const QJsonArray expected = recordsJson(m_anon->walk(QStringLiteral("/t"), true));
    QVERIFY2(nodes == expected, qPrintable(firstDifference(nodes, expected)));
    QCOMPARE(nodes.first().toObject().value(QStringLiteral("data")).toString(),
             QString::fromLatin1(QByteArray("root data").toBase64()));
}

void TestCliZk::treeDepth()
{
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                           QStringLiteral("/t"), QStringLiteral("--depth"), QStringLiteral("1"),
                           QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonArray expected;
    const QList<ZnodeRecord> all = m_anon->walk(QStringLiteral("/t"));
    for (const ZnodeRecord &node : all) {
        if (node.path.count(QLatin1Char('/')) <= 2)
            expected.append(node.toJson());
    }
    const QJsonArray nodes = run.json.value(QStringLiteral("nodes")).toArray();
    QVERIFY2(nodes == expected, qPrintable(firstDifference(nodes, expected)));
    QCOMPARE(nodes.size(), 4); // /t, /t/a, /t/b, /t/locked
}

void TestCliZk::treeHumanOutput()
{
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                           QStringLiteral("/t"), QStringLiteral("--data")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Not a terminal: no progress on stderr.
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const auto line = [&](const QString &start) {
        for (const QString &l : lines) {
            if (l.startsWith(start))
                return l;
        }
        return QString();
    };
    QVERIFY2(line(QStringLiteral("NODE ")).contains(QStringLiteral("ACL")), qPrintable(run.out));
    QVERIFY2(line(QStringLiteral("/t ")).contains(QStringLiteral("world-admin")),
             qPrintable(run.out));
    QVERIFY2(line(QStringLiteral("├── a ")).contains(QStringLiteral("world:anyone:cdrwa")),
             qPrintable(run.out));
    QVERIFY2(line(QStringLiteral("│   ├── c ")).contains(QStringLiteral("world-readable")),
             qPrintable(run.out));
    QVERIFY2(line(QStringLiteral("│   └── d ")).contains(QStringLiteral("world:anyone:cdrwa")),
             qPrintable(run.out));
    QVERIFY2(line(QStringLiteral("└── locked ")).contains(QStringLiteral("NOAUTH")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("data: \"root data\"")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("data: hex 00 01 fe")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("not readable by this session (NOAUTH)")),
             qPrintable(run.out));
}

void TestCliZk::digestFromStdinReadsLockedNode()
{
    const QStringList arguments =
        withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                    QStringLiteral("/t/locked"), QStringLiteral("--json"),
                    QStringLiteral("--digest"), ZkFixture::superUser()});
    const CliRun run = runCli(arguments, superPassword());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray nodes = run.json.value(QStringLiteral("nodes")).toArray();
    const QJsonArray expected = recordsJson(m_super->walk(QStringLiteral("/t/locked")));
    QVERIFY2(nodes == expected, qPrintable(firstDifference(nodes, expected)));
    QCOMPARE(nodes.size(), 2);
    QVERIFY(nodes.first().toObject().value(QStringLiteral("error")).isNull());

    // The password never appears on the command line: without stdin it is a usage error.
    const CliRun noPassword = runCli(arguments);
    QVERIFY2(noPassword.exitCode == 2, qPrintable(noPassword.describe()));
}

void TestCliZk::wrongDigestPasswordReadsNothingMore()
{
    // ZooKeeper's digest provider never rejects addauth: a wrong password just gives an identity
    // no ACL names, so the locked node stays locked.
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                           QStringLiteral("/t/locked"), QStringLiteral("--json"),
                           QStringLiteral("--digest"), ZkFixture::superUser()}),
               "not-the-password\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray nodes = run.json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("NOAUTH"));
}

void TestCliZk::getAclMatchesOracle()
{
    const QString path = QStringLiteral("/t/b/c");
    const CliRun run = runCli(withServer(
        {QStringLiteral("zk"), QStringLiteral("getacl"), path, QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    int aversion = -1;
    const Acl acl = m_anon->acl(path, &aversion);
    QCOMPARE(run.json.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(run.json.value(QStringLiteral("acl")).toArray(), aclToJson(acl));
    QCOMPARE(run.json.value(QStringLiteral("stat"))
                 .toObject()
                 .value(QStringLiteral("aversion"))
                 .toInt(-1),
             aversion);

    const CliRun text = runCli(withServer({QStringLiteral("zk"), QStringLiteral("getacl"), path}));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QStringLiteral("world   anyone  r")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("setAcl -v %1 /t/b/c world:anyone:r").arg(aversion)),
             qPrintable(text.out));
}

void TestCliZk::getAclOfMissingNodeExitsOne()
{
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("getacl"),
                           QStringLiteral("/no/such/node"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("ZooKeeper.NoNode")));
}

void TestCliZk::setAclDryRunChangesNothing()
{
    const Acl open{world(ZkPerm::All)};
    QVERIFY(m_super->create(QStringLiteral("/dry/x/y"), {}, open));
    QVERIFY(m_super->create(QStringLiteral("/dry/z"), {}, {world(ZkPerm::Read)}));
    const QJsonArray before = recordsJson(m_super->walk(QStringLiteral("/dry")));

    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/dry"),
                    QStringLiteral("sasl:kafka:cdrwa,world:anyone:r"),
                    QStringLiteral("--recursive"), QStringLiteral("--dry-run"),
                    QStringLiteral("--json"), QStringLiteral("--digest"), ZkFixture::superUser()}),
        superPassword());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json.value(QStringLiteral("dryRun")).toBool(), true);
    const QJsonArray items =
        run.json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), before.size());
    // Nothing changed on the server: every stat (aversion included) and ACL as before.
    const QJsonArray after = recordsJson(m_super->walk(QStringLiteral("/dry")));
    QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
    QVERIFY(!QFileInfo::exists(m_dir.path() + QStringLiteral("/xdg-data/portier")));

    const CliRun text =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/dry"),
                           QStringLiteral("sasl:kafka:cdrwa,world:anyone:r"),
                           QStringLiteral("--recursive"), QStringLiteral("--dry-run"),
                           QStringLiteral("--digest"), ZkFixture::superUser()}),
               superPassword());
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QStringLiteral("/dry/x/y")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("setAcl -R /dry sasl:kafka:cdrwa,world:anyone:r")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Dry run: nothing was changed.")),
             qPrintable(text.out));
    const QJsonArray afterText = recordsJson(m_super->walk(QStringLiteral("/dry")));
    QVERIFY2(afterText == before, qPrintable(firstDifference(afterText, before)));
}

void TestCliZk::setAclRecursiveJournalAndRollback()
{
    const QStringList paths{QStringLiteral("/rec"), QStringLiteral("/rec/a"),
                            QStringLiteral("/rec/a/b"), QStringLiteral("/rec/c")};
    QVERIFY(m_super->create(QStringLiteral("/rec/a/b"), "x", {world(ZkPerm::All)}));
    QVERIFY(m_super->create(QStringLiteral("/rec/c"), {}, {world(ZkPerm::Read)}));
    QVERIFY(m_super->setAcl(
        QStringLiteral("/rec/a/b"),
        {entry(QStringLiteral("digest"), m_aliceId, ZkPerm::All), world(ZkPerm::Read)}));
    QVERIFY(m_super->setAcl(QStringLiteral("/rec/a"),
                            {entry(QStringLiteral("ip"), QStringLiteral("127.0.0.1"), ZkPerm::All),
                             world(ZkPerm::Read | ZkPerm::Write)}));
    QMap<QString, Acl> before;
    for (const QString &path : paths)
        before.insert(path, m_super->acl(path));

    // Without a SASL provider the server refuses sasl: entries (InvalidAcl), so the target names
    // a digest user.
    const QString targetText = QStringLiteral("digest:%1:cdrwa,world:anyone:r").arg(m_aliceId);
    const QString journal = m_dir.path() + QStringLiteral("/rec-journal.json");
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/rec"),
                    targetText, QStringLiteral("--recursive"), QStringLiteral("--journal"), journal,
                    QStringLiteral("--json"), QStringLiteral("--digest"), ZkFixture::superUser()}),
        superPassword());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo::exists(journal));
    QCOMPARE(run.json.value(QStringLiteral("dryRun")).toBool(true), false);
    QCOMPARE(run.json.value(QStringLiteral("journal")).toString(), journal);
    const Acl target{entry(QStringLiteral("digest"), m_aliceId, ZkPerm::All), world(ZkPerm::Read)};
    for (const QString &path : paths)
        QCOMPARE(m_super->acl(path), target);

    const QStringList rollback{
        QStringLiteral("zk"),     QStringLiteral("rollback"), journal,
        QStringLiteral("--json"), QStringLiteral("--digest"), ZkFixture::superUser()};
    // No --server: the journal names the server.
    const CliRun undone = runCli(rollback, superPassword());
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    for (const QString &path : paths) {
        const Acl restored = m_super->acl(path);
        QVERIFY2(restored == before.value(path), qPrintable(path));
        // Byte-identical: the same entries in the same order, as the server returns them.
        QCOMPARE(QJsonDocument(aclToJson(restored)).toJson(),
                 QJsonDocument(aclToJson(before.value(path))).toJson());
    }

    // A second rollback has nothing left to do.
    const CliRun again = runCli(rollback, superPassword());
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    for (const QString &path : paths)
        QCOMPARE(m_super->acl(path), before.value(path));
}

void TestCliZk::setAclSingleNodeWritesDefaultJournal()
{
    QVERIFY(m_super->create(QStringLiteral("/single/child"), {}, {world(ZkPerm::All)}));
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("setacl"),
                           QStringLiteral("/single"), QStringLiteral("world:anyone:r"),
                           QStringLiteral("--digest"), ZkFixture::superUser()}),
               superPassword());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/single")), Acl{world(ZkPerm::Read)});
    QCOMPARE(m_super->acl(QStringLiteral("/single/child")), Acl{world(ZkPerm::All)});
    // The journal went to the data directory, and the output says how to undo.
    const QString journalDir =
        m_dir.path() + QStringLiteral("/xdg-data/portier/zookeeper/journals/");
    QVERIFY2(run.out.contains(QStringLiteral("Journal: ") + journalDir), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("portier-cli zk rollback")), qPrintable(run.out));
    // The session's identity (digest super) loses ADMIN: the lockout warning names it.
    QVERIFY2(run.err.contains(QStringLiteral("ADMIN")), qPrintable(run.describe()));

    const qsizetype start = run.out.indexOf(journalDir);
    const QString journal = run.out.mid(start, run.out.indexOf(QLatin1Char(' '), start) - start);
    QVERIFY2(QFileInfo::exists(journal), qPrintable(journal));
    const CliRun undone = runCli({QStringLiteral("zk"), QStringLiteral("rollback"), journal,
                                  QStringLiteral("--digest"), ZkFixture::superUser()},
                                 superPassword());
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/single")), Acl{world(ZkPerm::All)});
}

void TestCliZk::setAclAddAndRemoveModes()
{
    QVERIFY(m_super->create(QStringLiteral("/modes"), {}, {world(ZkPerm::All)}));
    const QString journal = m_dir.path() + QStringLiteral("/modes-add.json");
    const CliRun add =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/modes"),
                           QStringLiteral("ip:10.0.0.0/8:cdrwa"), QStringLiteral("--mode"),
                           QStringLiteral("add"), QStringLiteral("--journal"), journal}));
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const Acl added = m_super->acl(QStringLiteral("/modes"));
    QCOMPARE(added.size(), 2);
    QVERIFY(added.contains(world(ZkPerm::All)));
    QVERIFY(added.contains(entry(QStringLiteral("ip"), QStringLiteral("10.0.0.0/8"), ZkPerm::All)));

    const CliRun remove = runCli(withServer(
        {QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/modes"),
         QStringLiteral("world:anyone:r"), QStringLiteral("--mode"), QStringLiteral("remove"),
         QStringLiteral("--journal"), m_dir.path() + QStringLiteral("/modes-remove.json")}));
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/modes")),
             Acl{entry(QStringLiteral("ip"), QStringLiteral("10.0.0.0/8"), ZkPerm::All)});
}

void TestCliZk::setAclUnreadableNodeExitsOne()
{
    const Acl before = m_super->acl(QStringLiteral("/t/locked"));
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/t/locked"),
                    QStringLiteral("world:anyone:cdrwa"), QStringLiteral("--journal"),
                    m_dir.path() + QStringLiteral("/locked.json")}));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/t/locked")), before);
}

void TestCliZk::setAclExistingJournalRefused()
{
    const QString journal = m_dir.path() + QStringLiteral("/exists.json");
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    const Acl before = m_super->acl(QStringLiteral("/t/b"));
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/t/b"),
                    QStringLiteral("world:anyone:r"), QStringLiteral("--journal"), journal}));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/t/b")), before);
}

void TestCliZk::badAclExitsTwo_data()
{
    QTest::addColumn<QString>("acl");
    QTest::newRow("bad permission") << QStringLiteral("world:anyone:rx");
    QTest::newRow("no permissions") << QStringLiteral("world:anyone:");
    QTest::newRow("world with a user") << QStringLiteral("world:bob:r");
    QTest::newRow("digest without hash") << QStringLiteral("digest:alice:cdrwa");
    QTest::newRow("bad ip") << QStringLiteral("ip:300.1.2.3:r");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << QStringLiteral("cdrwa");
}

void TestCliZk::badAclExitsTwo()
{
    QFETCH(QString, acl);
    const Acl before = m_super->acl(QStringLiteral("/t/b"));
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("setacl"), QStringLiteral("/t/b"), acl}));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("does not parse")), qPrintable(run.describe()));
    QCOMPARE(m_super->acl(QStringLiteral("/t/b")), before);
}

void TestCliZk::auditFindsKafkaDeviations()
{
    // A Kafka cluster's znodes left world-writable: on a secured cluster they must be
    // sasl:kafka:cdrwa.
    QVERIFY(m_super->create(QStringLiteral("/brokers/ids"), {}, {world(ZkPerm::All)}));
    QVERIFY(m_super->create(QStringLiteral("/controller_epoch"), "1", {world(ZkPerm::All)}));
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("audit"), QStringLiteral("--profile"),
                    QStringLiteral("secure"), QStringLiteral("--json"), QStringLiteral("--digest"),
                    ZkFixture::superUser()}),
        superPassword());
    QVERIFY(m_super->remove(QStringLiteral("/brokers")));
    QVERIFY(m_super->remove(QStringLiteral("/controller_epoch")));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.json.value(QStringLiteral("components"))
                 .toArray()
                 .contains(QJsonValue(QStringLiteral("kafka"))),
             qPrintable(run.describe()));
    const QJsonArray findings = run.json.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    bool brokers = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"path", "severity", "rule", "message", "acl", "recommended"})
            QVERIFY2(finding.contains(QLatin1StringView(key)), key);
        if (finding.value(QStringLiteral("path")).toString() == QLatin1String("/brokers")) {
            brokers = true;
            QVERIFY2(finding.value(QStringLiteral("recommended"))
                         .toString()
                         .contains(QStringLiteral("sasl:kafka:cdrwa")),
                     qPrintable(run.describe()));
            QCOMPARE(finding.value(QStringLiteral("acl")).toString(),
                     QStringLiteral("world:anyone:cdrwa"));
        }
    }
    QVERIFY2(brokers, qPrintable(run.describe()));

    // The same as text, with an HTML export.
    QVERIFY(m_super->create(QStringLiteral("/brokers/ids"), {}, {world(ZkPerm::All)}));
    const QString html = m_dir.path() + QStringLiteral("/audit.html");
    const CliRun text =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("audit"), QStringLiteral("--path"),
                           QStringLiteral("/brokers"), QStringLiteral("--html"), html}));
    QVERIFY(m_super->remove(QStringLiteral("/brokers")));
    QVERIFY2(text.exitCode == 1, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QStringLiteral("/brokers")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Fix (zkCli):")), qPrintable(text.out));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("/brokers"));
}

void TestCliZk::auditWithoutFindingsExitsZero()
{
    // On an unsecured cluster, world:anyone:cdrwa is what every component expects.
    const CliRun run =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("audit"), QStringLiteral("--path"),
                           QStringLiteral("/t/b"), QStringLiteral("--profile"),
                           QStringLiteral("unsecure"), QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json.value(QStringLiteral("findings")).toArray(), QJsonArray());
    QVERIFY(run.json.value(QStringLiteral("components")).isArray());
}

void TestCliZk::snapshotEqualsOracle()
{
    const QString file = m_dir.path() + QStringLiteral("/snapshot.json");
    const CliRun run = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("snapshot"), QStringLiteral("--out"), file,
                    QStringLiteral("--path"), QStringLiteral("/t"), QStringLiteral("--data"),
                    QStringLiteral("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject snapshot = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(snapshot.value(QStringLiteral("format")).toString(),
             QStringLiteral("portier-zk-snapshot"));
    QCOMPARE(snapshot.value(QStringLiteral("root")).toString(), QStringLiteral("/t"));
    QCOMPARE(snapshot.value(QStringLiteral("withData")).toBool(), true);
    const QJsonArray nodes = snapshot.value(QStringLiteral("nodes")).toArray();
    const QJsonArray expected = recordsJson(m_anon->walk(QStringLiteral("/t"), true));
    QVERIFY2(nodes == expected, qPrintable(firstDifference(nodes, expected)));
    QCOMPARE(run.json.value(QStringLiteral("nodes")).toInt(), expected.size());
}

void TestCliZk::diffAgainstLiveTree()
{
    const QString file = m_dir.path() + QStringLiteral("/before.json");
    const CliRun snap = runCli(
        withServer({QStringLiteral("zk"), QStringLiteral("snapshot"), QStringLiteral("--out"), file,
                    QStringLiteral("--path"), QStringLiteral("/t")}));
    QVERIFY2(snap.exitCode == 0, qPrintable(snap.describe()));
    QVERIFY2(snap.out.contains(file), qPrintable(snap.out));

    const CliRun same = runCli({QStringLiteral("zk"), QStringLiteral("diff"), file});
    QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));

    const Acl before = m_super->acl(QStringLiteral("/t/b/d"));
    QVERIFY(m_super->setAcl(QStringLiteral("/t/b/d"), {world(ZkPerm::Read)}));
    const CliRun changed =
        runCli({QStringLiteral("zk"), QStringLiteral("diff"), file, QStringLiteral("--json")});
    QVERIFY(m_super->setAcl(QStringLiteral("/t/b/d"), before));
    QVERIFY2(changed.exitCode == 1, qPrintable(changed.describe()));
    bool found = false;
    const QJsonArray changes = changed.json.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        if (change.value(QStringLiteral("path")).toString() == QLatin1String("/t/b/d")) {
            found = true;
            QCOMPARE(change.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("acl-changed"));
        }
    }
    QVERIFY2(found, qPrintable(changed.describe()));
}

void TestCliZk::fourLetterWords()
{
    const CliRun ruok =
        runCli(withServer({QStringLiteral("zk"), QStringLiteral("4lw"), QStringLiteral("ruok")}));
    QVERIFY2(ruok.exitCode == 0, qPrintable(ruok.describe()));
    QVERIFY2(ruok.out.contains(QStringLiteral("imok")), qPrintable(ruok.out));

    const CliRun srvr = runCli(withServer({QStringLiteral("zk"), QStringLiteral("4lw"),
                                           QStringLiteral("srvr"), QStringLiteral("--json")}));
    QVERIFY2(srvr.exitCode == 0, qPrintable(srvr.describe()));
    const QJsonArray replies = srvr.json.value(QStringLiteral("replies")).toArray();
    QCOMPARE(replies.size(), 1);
    QVERIFY2(replies.first()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString()
                 .contains(QStringLiteral("Mode: standalone")),
             qPrintable(srvr.describe()));
}

void TestCliZk::fourLetterWordNotWhitelisted()
{
    ZkFixture strict(ZkFixture::Options{nullptr, false});
    QString error;
    QVERIFY2(strict.start(&error), qPrintable(error));
    const CliRun run = runCli({QStringLiteral("zk"), QStringLiteral("4lw"), QStringLiteral("mntr"),
                               QStringLiteral("--server"), strict.connectString()});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("whitelist")), qPrintable(run.describe()));
}

void TestCliZk::unreachableServerExitsThree()
{
    const int port = unusedPort();
    QVERIFY(port > 0);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    const CliRun run =
        runCli({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--server"), server,
                QStringLiteral("--timeout"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("portier-cli zk tree: ")),
             qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    // The message names the server, and says what to do.
    QVERIFY2(run.err.contains(server), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("What to do: ")), qPrintable(run.describe()));

    const CliRun json = runCli({QStringLiteral("zk"), QStringLiteral("getacl"), QStringLiteral("/"),
                                QStringLiteral("--server"), server, QStringLiteral("--timeout"),
                                QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 3, qPrintable(json.describe()));
    QVERIFY2(json.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString()
                 .startsWith(QStringLiteral("ZooKeeper.")),
             qPrintable(json.describe()));

    const CliRun words = runCli({QStringLiteral("zk"), QStringLiteral("4lw"),
                                 QStringLiteral("ruok"), QStringLiteral("--server"), server});
    QVERIFY2(words.exitCode == 3, qPrintable(words.describe()));

    // A host name that does not resolve cannot be reached either.
    const CliRun unresolved =
        runCli({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--server"),
                ZkFixture::unresolvableHost() + QStringLiteral(":2181"), QStringLiteral("--json")});
    QVERIFY2(unresolved.exitCode == 3, qPrintable(unresolved.describe()));
    QCOMPARE(
        unresolved.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
        QJsonValue(QStringLiteral("ZooKeeper.HostUnresolved")));

    // A connect string that does not parse is a usage error.
    const CliRun malformed =
        runCli({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--server"),
                QStringLiteral("localhost:notaport")});
    QVERIFY2(malformed.exitCode == 2, qPrintable(malformed.describe()));
    QVERIFY2(malformed.err.contains(QStringLiteral("the connect string is malformed")),
             qPrintable(malformed.describe()));
}

void TestCliZk::saslSession()
{
    if (!ZkSession::saslSupported()) {
        // This build's client cannot do Kerberos: a clear error, exit code 3.
        const CliRun run = runCli(
            withServer({QStringLiteral("zk"), QStringLiteral("tree"), QStringLiteral("--path"),
                        QStringLiteral("/t"), QStringLiteral("--sasl")}));
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("SASL")), qPrintable(run.describe()));
        QSKIP("this build's ZooKeeper client has no SASL (run installer/setup.sh)");
    }

    KdcFixture kdc;
    QString error;
    QVERIFY2(kdc.start(&error), qPrintable(QStringLiteral("the test KDC did not start: ") + error));
    ZkFixture zk(ZkFixture::Options{&kdc, true});
    QVERIFY2(zk.start(&error), qPrintable(error));
    ZkOracle super(zk.connectString(), {ZkFixture::superCredential()});
    QVERIFY2(super.isConnected(), qPrintable(super.lastError()));
    const Acl aliceOnly{entry(QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All)};
    QVERIFY(super.create(QStringLiteral("/kerberized/inner"), "k", {world(ZkPerm::All)}));
    QVERIFY(super.setAcl(QStringLiteral("/kerberized"), aliceOnly));

    const QStringList environment = kdc.processEnvironment();
    const CliRun kinit = runCli(
        {QStringLiteral("krb"), QStringLiteral("kinit"),
         KdcFixture::principal(KdcFixture::Account::Alice), QStringLiteral("--password-stdin")},
        KdcFixture::password(KdcFixture::Account::Alice).toUtf8() + '\n', environment);
    QVERIFY2(kinit.exitCode == 0, qPrintable(kinit.describe()));

    const QStringList tree{QStringLiteral("zk"),       QStringLiteral("tree"),
                           QStringLiteral("--path"),   QStringLiteral("/kerberized"),
                           QStringLiteral("--server"), zk.connectString(),
                           QStringLiteral("--json")};
    // Unauthenticated, the node is locked.
    const CliRun anonymous = runCli(tree, {}, environment);
    QVERIFY2(anonymous.exitCode == 0, qPrintable(anonymous.describe()));
    QCOMPARE(anonymous.json.value(QStringLiteral("nodes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("NOAUTH"));

    // As alice through SASL (SPN zookeeper/localhost), it reads the node and its child.
    const CliRun sasl =
        runCli(tree + QStringList{QStringLiteral("--sasl"), QStringLiteral("--sasl-host"),
                                  QStringLiteral("localhost")},
               {}, environment);
    QVERIFY2(sasl.exitCode == 0, qPrintable(sasl.describe()));
    const QJsonArray nodes = sasl.json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    QVERIFY(nodes.first().toObject().value(QStringLiteral("error")).isNull());
    QCOMPARE(nodes.first().toObject().value(QStringLiteral("acl")).toArray(), aclToJson(aliceOnly));

    // A wrong service name: no such SPN in the KDC, authentication fails with exit code 3.
    const CliRun wrongService =
        runCli(tree + QStringList{QStringLiteral("--sasl-service"), QStringLiteral("nosuchservice"),
                                  QStringLiteral("--sasl-host"), QStringLiteral("localhost"),
                                  QStringLiteral("--timeout"), QStringLiteral("10")},
               {}, environment);
    QVERIFY2(wrongService.exitCode == 3, qPrintable(wrongService.describe()));
}

QTEST_GUILESS_MAIN(TestCliZk)
#include "tst_cli_zk.moc"
