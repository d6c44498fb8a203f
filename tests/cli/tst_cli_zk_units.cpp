// SPDX-License-Identifier: GPL-3.0-or-later
// portier-cli zk's parts that need no server: option parsing and usage errors (which all happen
// before a connection is opened), exit codes, and the human output, compared with whole texts.
#include "app/cli/cli_application.h"
#include "app/cli/exit_code.h"
#include "app/cli/zk_command.h"
#include "app/cli/zk_report.h"
#include "backends/core/backend_context.h"
#include "backends/core/error.h"
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/audit.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_snapshot.h"
#include "backends/zookeeper/znode_reply.h"

#include <QCommandLineParser>
#include <QTest>
#include <QThreadPool>

#include <cerrno>

#include <unistd.h>

using namespace Portier;
using namespace Portier::Cli;

Q_DECLARE_METATYPE(Portier::Cli::ExitCode)

namespace {

AclEntry entry(const char *scheme, const char *id, int perms)
{
    return AclEntry{QString::fromLatin1(scheme), QString::fromLatin1(id), perms};
}

ZnodeRecord record(const char *path, int children, int dataLength, Acl acl)
{
    ZnodeRecord node;
    node.path = QString::fromLatin1(path);
    node.stat.numChildren = children;
    node.stat.dataLength = dataLength;
    node.stat.aversion = 1;
    node.acl = std::move(acl);
    return node;
}

QStringList args(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliZkUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void checkPath_data();
    void checkPath();
    void pathParts_data();
    void pathParts();
    void treePrefixes_data();
    void treePrefixes();
    void dataPreview_data();
    void dataPreview();
    void sessionOptions();
    void sessionOptionErrors_data();
    void sessionOptionErrors();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();
    void pkexecRefusesChanges();
    void treeReport();
    void aclReport();
    void planReport();
    void applyReport();
    void auditReport();
    void diffReport();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run runCli(const QStringList &arguments);
    static std::optional<QCommandLineParser *>
    parserFor(QCommandLineParser &parser, const QString &verb, const QStringList &arguments);
};

TestCliZkUnits::Run TestCliZkUnits::runCli(const QStringList &arguments)
{
    QThreadPool pool;
    BackendContext context(&pool);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    {
        CliApplication cli(context, out, err);
        run.exitCode = cli.run(QStringList{QStringLiteral("portier-cli")} + arguments);
    }
    context.shutdown();
    out.flush();
    err.flush();
    return run;
}

std::optional<QCommandLineParser *> TestCliZkUnits::parserFor(QCommandLineParser &parser,
                                                              const QString &verb,
                                                              const QStringList &arguments)
{
    const QList<VerbSpec> verbs = ZkCommand::verbs();
    const auto spec = std::find_if(verbs.cbegin(), verbs.cend(),
                                   [&](const VerbSpec &s) { return s.verb == verb; });
    if (spec == verbs.cend())
        return std::nullopt;
    parser.addOptions(spec->options);
    if (!parser.parse(QStringList{QStringLiteral("portier-cli")} + arguments))
        return std::nullopt;
    return &parser;
}

void TestCliZkUnits::exitCodes_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<ExitCode>("expected");
    const auto zk = [](ZkError code) { return Error(code, QStringLiteral("m")); };
    QTest::newRow("connection loss") << zk(ZkError::ConnectionLoss) << ExitCode::ConnectOrAuth;
    QTest::newRow("unreachable") << zk(ZkError::ServerUnreachable) << ExitCode::ConnectOrAuth;
    QTest::newRow("expired") << zk(ZkError::SessionExpired) << ExitCode::ConnectOrAuth;
    QTest::newRow("timeout") << zk(ZkError::OperationTimeout) << ExitCode::ConnectOrAuth;
    QTest::newRow("auth failed") << zk(ZkError::AuthFailed) << ExitCode::ConnectOrAuth;
    QTest::newRow("sasl unavailable") << zk(ZkError::SaslUnavailable) << ExitCode::ConnectOrAuth;
    QTest::newRow("sasl failed") << zk(ZkError::SaslFailed) << ExitCode::ConnectOrAuth;
    QTest::newRow("malformed connect string") << zk(ZkError::BadConnectString) << ExitCode::Usage;
    QTest::newRow("unresolvable host") << zk(ZkError::HostUnresolved) << ExitCode::ConnectOrAuth;
    QTest::newRow("bad arguments") << zk(ZkError::BadArguments) << ExitCode::Usage;
    QTest::newRow("noauth") << zk(ZkError::NoAuth) << ExitCode::Failed;
    QTest::newRow("nonode") << zk(ZkError::NoNode) << ExitCode::Failed;
    QTest::newRow("bad version") << zk(ZkError::BadVersion) << ExitCode::Failed;
    QTest::newRow("not whitelisted") << zk(ZkError::NotWhitelisted) << ExitCode::Failed;
    QTest::newRow("journal conflict") << zk(ZkError::JournalConflict) << ExitCode::Failed;
    QTest::newRow("core invalid input")
        << Error(CoreError::InvalidInput, QStringLiteral("m")) << ExitCode::Usage;
    QTest::newRow("core io") << Error(CoreError::Io, QStringLiteral("m")) << ExitCode::Failed;
    QTest::newRow("core timeout") << Error(CoreError::Timeout, QStringLiteral("m"))
                                  << ExitCode::ConnectOrAuth;
}

void TestCliZkUnits::exitCodes()
{
    QFETCH(Error, error);
    QFETCH(ExitCode, expected);
    QCOMPARE(Cli::exitCodeFor(error), expected);
}

void TestCliZkUnits::checkPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::newRow("root") << QStringLiteral("/") << true;
    QTest::newRow("one level") << QStringLiteral("/kafka") << true;
    QTest::newRow("two levels") << QStringLiteral("/kafka/brokers") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << QStringLiteral("kafka") << false;
    QTest::newRow("trailing slash") << QStringLiteral("/kafka/") << false;
    QTest::newRow("empty segment") << QStringLiteral("/kafka//brokers") << false;
}

void TestCliZkUnits::checkPath()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    QCOMPARE(ZkCommand::checkPath(path).isEmpty(), valid);
}

void TestCliZkUnits::pathParts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/") << QString();
    QTest::newRow("top") << QStringLiteral("/a") << QStringLiteral("a") << QStringLiteral("/");
    QTest::newRow("deep") << QStringLiteral("/a/b/c") << QStringLiteral("c")
                          << QStringLiteral("/a/b");
}

void TestCliZkUnits::pathParts()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, parent);
    QCOMPARE(ZkReport::nodeName(path), name);
    QCOMPARE(ZkReport::parentPath(path), parent);
}

void TestCliZkUnits::treePrefixes_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("prefixes");
    const QString tee = QStringLiteral("├── ");
    const QString corner = QStringLiteral("└── ");
    const QString bar = QStringLiteral("│   ");
    const QString blank = QStringLiteral("    ");
    QTest::newRow("subtree") << QStringLiteral("/t")
                             << QStringList{QStringLiteral("/t"),     QStringLiteral("/t/a"),
                                            QStringLiteral("/t/b"),   QStringLiteral("/t/b/c"),
                                            QStringLiteral("/t/b/d"), QStringLiteral("/t/e"),
                                            QStringLiteral("/t/e/f")}
                             << QStringList{QString(),    tee,    tee,           bar + tee,
                                            bar + corner, corner, blank + corner};
    QTest::newRow("from the root")
        << QStringLiteral("/")
        << QStringList{QStringLiteral("/"), QStringLiteral("/a"), QStringLiteral("/a/b"),
                       QStringLiteral("/a/b/c"), QStringLiteral("/z")}
        << QStringList{QString(), tee, bar + corner, bar + blank + corner, corner};
    QTest::newRow("root only") << QStringLiteral("/x") << QStringList{QStringLiteral("/x")}
                               << QStringList{QString()};
}

void TestCliZkUnits::treePrefixes()
{
    QFETCH(QString, root);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, prefixes);
    QCOMPARE(ZkReport::treePrefixes(paths, root), prefixes);
}

void TestCliZkUnits::dataPreview_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("preview");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("(empty)");
    QTest::newRow("text") << QByteArray("hello") << QStringLiteral("\"hello\"");
    QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral("\"grüß\"");
    QTest::newRow("lines") << QByteArray("a\nb\t\\") << QStringLiteral("\"a\\nb\\t\\\\\"");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3) << QStringLiteral("hex 00 01 ff");
    QTest::newRow("invalid utf-8") << QByteArray("\xc3(") << QStringLiteral("hex c3 28");
    QTest::newRow("long") << QByteArray(100, 'x')
                          << QStringLiteral("\"") + QString(59, QLatin1Char('x')) +
                                 QStringLiteral("…");
}

void TestCliZkUnits::dataPreview()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, preview);
    QCOMPARE(ZkReport::dataPreview(data), preview);
}

void TestCliZkUnits::sessionOptions()
{
    {
        QCommandLineParser parser;
        QVERIFY(parserFor(parser, QStringLiteral("tree"), {}));
        const Result<SessionOptions> options = ZkCommand::sessionOptions(parser);
        QVERIFY(options.ok());
        QCOMPARE(options->connectString, QStringLiteral("localhost:2181"));
        QVERIFY(options->digests.isEmpty());
        QVERIFY(!options->sasl);
    }
    {
        QCommandLineParser parser;
        QVERIFY(parserFor(
            parser, QStringLiteral("tree"),
            args("--server h1:1,h2:2/chroot --digest alice --digest bob --sasl-service kafka "
                 "--sasl-host zk.example.org")));
        const Result<SessionOptions> options = ZkCommand::sessionOptions(parser);
        QVERIFY(options.ok());
        QCOMPARE(options->connectString, QStringLiteral("h1:1,h2:2/chroot"));
        QCOMPARE(options->digests.size(), 2);
        QCOMPARE(options->digests.at(0).user, QStringLiteral("alice"));
        QCOMPARE(options->digests.at(1).user, QStringLiteral("bob"));
        QVERIFY(options->digests.at(0).password.isEmpty());
        QVERIFY(options->sasl);
        QCOMPARE(options->saslOptions.service, QStringLiteral("kafka"));
        QCOMPARE(options->saslOptions.host, QStringLiteral("zk.example.org"));
    }
    {
        QCommandLineParser parser;
        QVERIFY(parserFor(parser, QStringLiteral("getacl"),
                          args("/x --sasl-keytab /k.keytab --sasl-principal zk@R")));
        const Result<SessionOptions> options = ZkCommand::sessionOptions(parser);
        QVERIFY(options.ok());
        QVERIFY(options->sasl);
        QCOMPARE(options->saslOptions.service, QStringLiteral("zookeeper"));
        QCOMPARE(options->saslOptions.keytab, QStringLiteral("/k.keytab"));
        QCOMPARE(options->saslOptions.principal, QStringLiteral("zk@R"));
    }
}

void TestCliZkUnits::sessionOptionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("password on the command line")
        << args("--digest alice:secret") << QStringLiteral("never from the command line");
    QTest::newRow("empty server") << QStringList{QStringLiteral("--server"), QString()}
                                  << QStringLiteral("--server is empty");
    QTest::newRow("keytab without principal")
        << args("--sasl-keytab /k") << QStringLiteral("go together");
}

void TestCliZkUnits::sessionOptionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCommandLineParser parser;
    QVERIFY(parserFor(parser, QStringLiteral("tree"), arguments));
    const Result<SessionOptions> options = ZkCommand::sessionOptions(parser);
    QVERIFY(!options.ok());
    QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
}

void TestCliZkUnits::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorText");
    QTest::newRow("zk without verb") << args("zk") << QStringLiteral("'zk' needs a verb");
    QTest::newRow("unknown verb") << args("zk ls /") << QStringLiteral("unknown verb 'zk ls'");
    QTest::newRow("unknown option")
        << args("zk tree --frob") << QStringLiteral("Unknown option 'frob'");
    QTest::newRow("relative path")
        << args("zk tree --path kafka") << QStringLiteral("not an absolute path");
    QTest::newRow("trailing slash") << args("zk getacl /kafka/") << QStringLiteral("ends with '/'");
    QTest::newRow("depth not a number")
        << args("zk tree --depth many") << QStringLiteral("--depth needs a number");
    QTest::newRow("getacl without path") << args("zk getacl") << QStringLiteral("missing argument");
    QTest::newRow("setacl without acl")
        << args("zk setacl /a") << QStringLiteral("missing argument");
    QTest::newRow("bad permission letter")
        << args("zk setacl /a world:anyone:rq") << QStringLiteral("does not parse");
    QTest::newRow("world with another id")
        << args("zk setacl /a world:bob:r") << QStringLiteral("does not parse");
    QTest::newRow("bad digest id")
        << args("zk setacl /a digest:alice:short:r") << QStringLiteral("does not parse");
    QTest::newRow("bad mode") << args("zk setacl /a world:anyone:r --mode merge")
                              << QStringLiteral("--mode is");
    QTest::newRow("rollback without journal")
        << args("zk rollback") << QStringLiteral("missing argument");
    QTest::newRow("snapshot without --out")
        << args("zk snapshot --path /a") << QStringLiteral("needs --out FILE");
    QTest::newRow("bad audit profile")
        << args("zk audit --profile strict") << QStringLiteral("--profile is secure or unsecure");
    QTest::newRow("not a four-letter word")
        << args("zk 4lw hello") << QStringLiteral("not a four-letter word");
    QTest::newRow("4lw takes no --digest")
        << args("zk 4lw srvr --digest alice") << QStringLiteral("Unknown option 'digest'");
    QTest::newRow("password in argv")
        << args("zk tree --digest alice:pw") << QStringLiteral("never from the command line");
    QTest::newRow("bad timeout") << args("zk tree --timeout 0")
                                 << QStringLiteral("--timeout needs a number");
    QTest::newRow("diff with three snapshots")
        << args("zk diff a b c") << QStringLiteral("unexpected argument 'c'");
}

void TestCliZkUnits::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorText);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errorText), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestCliZkUnits::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("overview") << args("--help")
                              << QStringList{
                                     QStringLiteral("ZooKeeper (zk):"),
                                     QStringLiteral("  zk tree [--path P] [--depth N]"),
                                     QStringLiteral("  zk setacl PATH ACL [--recursive]"),
                                     QStringLiteral("  zk rollback JOURNAL"),
                                     QStringLiteral("  zk audit [--path P] [--profile "
                                                    "secure|unsecure]"),
                                     QStringLiteral("  zk snapshot --out FILE"),
                                     QStringLiteral("  zk 4lw WORD"),
                                     QStringLiteral("Not available yet: vault, ad, bundle.")};
    QTest::newRow("zk --help") << args("zk --help")
                               << QStringList{QStringLiteral("  zk getacl PATH")};
    QTest::newRow("setacl --help")
        << args("zk setacl --help")
        << QStringList{QStringLiteral("Usage: portier-cli zk setacl PATH ACL"),
                       QStringLiteral("  --recursive"),
                       QStringLiteral("  --dry-run"),
                       QStringLiteral("  --journal FILE"),
                       QStringLiteral("  --server CONNECT_STRING"),
                       QStringLiteral("  --digest USER"),
                       QStringLiteral("  --sasl "),
                       QStringLiteral("  --sasl-service NAME"),
                       QStringLiteral("  --sasl-host HOST"),
                       QStringLiteral("  --json"),
                       QStringLiteral("  -h, --help")};
    QTest::newRow("tree --help") << args("zk tree --help")
                                 << QStringList{QStringLiteral("  --path P"),
                                                QStringLiteral("  --depth N"),
                                                QStringLiteral("  --data")};
}

void TestCliZkUnits::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedLines);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    for (const QString &line : expectedLines)
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + run.out));
}

void TestCliZkUnits::pkexecRefusesChanges()
{
    if (::geteuid() != 0)
        QSKIP("pkexec runs portier-cli as root; this test needs root to reproduce that");
    qputenv("PKEXEC_UID", "1000");
    const Run setacl = runCli(args("zk setacl /a world:anyone:r --server 127.0.0.1:1"));
    const Run rollback = runCli(args("zk rollback /nonexistent.json"));
    const Run tree = runCli(args("zk tree --path relative"));
    qunsetenv("PKEXEC_UID");
    QCOMPARE(setacl.exitCode, 2);
    QVERIFY2(setacl.err.contains(QStringLiteral("pkexec")), qPrintable(setacl.err));
    QCOMPARE(rollback.exitCode, 2);
    QVERIFY2(rollback.err.contains(QStringLiteral("pkexec")), qPrintable(rollback.err));
    // Reading verbs are allowed: this one fails on its path, not on pkexec.
    QCOMPARE(tree.exitCode, 2);
    QVERIFY2(!tree.err.contains(QStringLiteral("pkexec")), qPrintable(tree.err));
}

void TestCliZkUnits::treeReport()
{
    ScanResult result;
    result.nodes = {
        record("/t", 3, 5, {entry("world", "anyone", ZkPerm::All)}),
        record("/t/a", 0, 2048, {entry("sasl", "kafka", ZkPerm::All)}),
        record("/t/b", 1, 0,
               {entry("sasl", "kafka", ZkPerm::All), entry("world", "anyone", ZkPerm::Read)}),
        record("/t/b/c", 0, 0, {entry("world", "anyone", ZkPerm::Read | ZkPerm::Write)}),
        record("/t/locked", 0, 0, {}),
    };
    result.nodes[0].data = QByteArray("hello");
    result.nodes[1].stat.ephemeralOwner = 0x1234;
    result.nodes[1].data = QByteArray(); // empty data: no data line
    result.nodes[3].data = QByteArray("c");
    result.nodes[4].error = QStringLiteral("NOAUTH");

    const QString expected = QStringLiteral(
        "NODE        CHILDREN  DATA     RISK            ACL\n"
        "/t          3         5 B      world-admin     world:anyone:cdrwa\n"
        "│ data: \"hello\"\n"
        "├── a       0         2.0 KiB  restricted      sasl:kafka:cdrwa\n"
        "│     ephemeral, owned by session 0x1234\n"
        "├── b       1         0 B      world-readable  sasl:kafka:cdrwa,world:anyone:r\n"
        "│   └── c   0         0 B      world-writable  world:anyone:rw\n"
        "│         data: \"c\"\n"
        "└── locked  -         -        locked          NOAUTH: this session may not read the "
        "node\n"
        "\n"
        "5 node(s), 1 not readable by this session (NOAUTH).\n");
    QCOMPARE(ZkReport::tree(result, QStringLiteral("/t"), true), expected);

    result.partial = true;
    result.partialReason = QStringLiteral("session expired");
    QVERIFY(ZkReport::tree(result, QStringLiteral("/t"), false)
                .endsWith(QStringLiteral("Partial result: the scan did not finish (session "
                                         "expired). Nodes below the ones listed may be "
                                         "missing.\n")));
}

void TestCliZkUnits::aclReport()
{
    ZnodeAcl acl;
    acl.acl = {entry("sasl", "kafka", ZkPerm::All), entry("world", "anyone", ZkPerm::Read)};
    acl.stat.aversion = 3;
    const QString expected =
        QStringLiteral("ACL of /brokers (aversion 3, risk world-readable):\n"
                       "  SCHEME  ID      PERMS\n"
                       "  sasl    kafka   cdrwa\n"
                       "  world   anyone  r\n"
                       "zkCli: setAcl -v 3 /brokers sasl:kafka:cdrwa,world:anyone:r\n");
    QCOMPARE(ZkReport::acl(QStringLiteral("/brokers"), acl), expected);
}

void TestCliZkUnits::planReport()
{
    AclChangePlan plan;
    plan.root = QStringLiteral("/k");
    plan.mode = AclChangeMode::Replace;
    plan.acl = {entry("sasl", "kafka", ZkPerm::All)};
    AclChangeItem change;
    change.path = QStringLiteral("/k");
    change.aversion = 0;
    change.before = {entry("world", "anyone", ZkPerm::All)};
    change.after = plan.acl;
    AclChangeItem same;
    same.path = QStringLiteral("/k/a");
    same.aversion = 2;
    same.before = plan.acl;
    same.after = plan.acl;
    same.skipReason = QStringLiteral("unchanged");
    AclChangeItem locked;
    locked.path = QStringLiteral("/k/b");
    locked.skipReason = QStringLiteral("NOAUTH");
    plan.items = {change, same, locked};

    const QString expected = QStringLiteral(
        "Set the ACL to sasl:kafka:cdrwa on /k and every node below it: 1 node(s) to change.\n"
        "  NODE  AVERSION  BEFORE              AFTER\n"
        "  /k    0         world:anyone:cdrwa  sasl:kafka:cdrwa\n"
        "  /k/a  2         sasl:kafka:cdrwa    unchanged\n"
        "  /k/b  -         -                   skipped: this session may not read the node "
        "(NOAUTH)\n"
        "zkCli: setAcl -R /k sasl:kafka:cdrwa\n");
    QCOMPARE(ZkReport::plan(plan, true), expected);
}

void TestCliZkUnits::applyReport()
{
    AclApplyReport report;
    report.changed = 2;
    report.skipped = 1;
    report.journalFile = QStringLiteral("/tmp/j.json");
    Error stale(ZkError::BadVersion, QStringLiteral("The ACL of /k/c changed meanwhile."),
                QStringLiteral("Read it again."));
    report.failures.append(AclApplyReport::Failure{QStringLiteral("/k/c"), stale});
    const QString expected =
        QStringLiteral("Changed the ACL of 2 node(s); 1 node(s) needed no change.\n"
                       "Failed on 1 node(s):\n"
                       "  NODE  ERROR                 WHY\n"
                       "  /k/c  ZooKeeper.BadVersion  The ACL of /k/c changed meanwhile.\n"
                       "      What to do: Read it again.\n"
                       "Journal: /tmp/j.json (undo with: portier-cli zk rollback /tmp/j.json)\n");
    QCOMPARE(ZkReport::applyReport(report, false), expected);

    // A run that waited for a reconnect says so.
    report.failures.clear();
    report.reconnects = 1;
    QCOMPARE(ZkReport::applyReport(report, true),
             QStringLiteral("Restored the previous ACL of 2 node(s); 1 node(s) already had it.\n"
                            "The connection was lost 1 time(s); the run waited for the reconnect "
                            "and checked the nodes it had in flight.\n"
                            "Journal: /tmp/j.json\n"));
}

void TestCliZkUnits::auditReport()
{
    AuditReport report;
    report.connectString = QStringLiteral("127.0.0.1:2181");
    report.nodesScanned = 12;
    report.mode = AuditOptions::Mode::Secure;
    QVERIFY(ZkReport::audit(report).endsWith(QStringLiteral("No findings.\n")));

    AuditFinding finding;
    finding.path = QStringLiteral("/brokers");
    finding.severity = AuditSeverity::Critical;
    finding.rule = QStringLiteral("world-admin");
    finding.component = QStringLiteral("kafka");
    finding.message = QStringLiteral("Anyone may change the ACL of /brokers.");
    finding.acl = {entry("world", "anyone", ZkPerm::All)};
    finding.recommended = {entry("sasl", "kafka", ZkPerm::All)};
    finding.fixCommand = QStringLiteral("setAcl -R /brokers sasl:kafka:cdrwa");
    report.findings = {finding};
    report.components = {QStringLiteral("nosuchcomponent")};
    const QString expected = QStringLiteral(
        "Audit of 127.0.0.1:2181 against the secure (Kerberos) profile: 12 node(s) scanned.\n"
        "Components found: nosuchcomponent\n"
        "1 finding(s) (1 critical):\n"
        "\n"
        "CRITICAL  /brokers  [world-admin, kafka]\n"
        "  Anyone may change the ACL of /brokers.\n"
        "  Current ACL:  world:anyone:cdrwa\n"
        "  Recommended:  sasl:kafka:cdrwa\n"
        "  Fix (zkCli):  setAcl -R /brokers sasl:kafka:cdrwa\n");
    QCOMPARE(ZkReport::audit(report), expected);
}

void TestCliZkUnits::diffReport()
{
    SnapshotDiff diff;
    QCOMPARE(ZkReport::diff(diff), QStringLiteral("No differences.\n"));
    SnapshotDiff::Change changed{SnapshotDiff::Change::Kind::AclChanged,
                                 QStringLiteral("/a"),
                                 {entry("world", "anyone", ZkPerm::All)},
                                 {entry("world", "anyone", ZkPerm::Read)}};
    SnapshotDiff::Change added{SnapshotDiff::Change::Kind::Added,
                               QStringLiteral("/b"),
                               {},
                               {entry("world", "anyone", ZkPerm::All)}};
    diff.changes = {changed, added};
    const QString expected =
        QStringLiteral("CHANGE       NODE  BEFORE              AFTER\n"
                       "ACL changed  /a    world:anyone:cdrwa  world:anyone:r\n"
                       "added        /b    -                   "
                       "world:anyone:cdrwa\n"
                       "\n"
                       "2 difference(s).\n");
    QCOMPARE(ZkReport::diff(diff), expected);
}

QTEST_GUILESS_MAIN(TestCliZkUnits)
#include "tst_cli_zk_units.moc"
