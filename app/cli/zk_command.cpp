// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/zk_command.h"

#include "app/cli/error_report.h"
#include "app/cli/password_reader.h"
#include "app/cli/zk_report.h"
#include "backends/core/backend_context.h"
#include "backends/core/json_util.h"
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/audit.h"
#include "backends/zookeeper/four_letter_words.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_session.h"
#include "backends/zookeeper/zk_snapshot.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include <unistd.h>

namespace Portier::Cli {

namespace {

constexpr QLatin1StringView kArea("zk");
constexpr QLatin1StringView kDefaultServer("localhost:2181");
constexpr int kDefaultTimeoutSeconds = 15;

// Common options.
constexpr QLatin1StringView kServer("server");
constexpr QLatin1StringView kDigest("digest");
constexpr QLatin1StringView kSasl("sasl");
constexpr QLatin1StringView kSaslService("sasl-service");
constexpr QLatin1StringView kSaslHost("sasl-host");
constexpr QLatin1StringView kSaslKeytab("sasl-keytab");
constexpr QLatin1StringView kSaslPrincipal("sasl-principal");
constexpr QLatin1StringView kTimeout("timeout");
constexpr QLatin1StringView kSessions("sessions");
constexpr QLatin1StringView kJson("json");
constexpr QLatin1StringView kVerbose("verbose");
constexpr QLatin1StringView kTrace("trace");
// Verb options.
constexpr QLatin1StringView kPath("path");
constexpr QLatin1StringView kDepth("depth");
constexpr QLatin1StringView kData("data");
constexpr QLatin1StringView kRecursive("recursive");
constexpr QLatin1StringView kDryRun("dry-run");
constexpr QLatin1StringView kJournal("journal");
constexpr QLatin1StringView kMode("mode");
constexpr QLatin1StringView kForce("force");
constexpr QLatin1StringView kProfile("profile");
constexpr QLatin1StringView kHtml("html");
constexpr QLatin1StringView kOut("out");

QCommandLineOption jsonOption()
{
    return QCommandLineOption(kJson, ZkCommand::tr("Print JSON: the documents the Portier console, "
                                                   "snapshots and audit exports use."));
}

QCommandLineOption verboseOption()
{
    return QCommandLineOption(QStringList{kVerbose, kTrace},
                              ZkCommand::tr("On failure, show every line of the ZooKeeper client "
                                            "log that is the evidence, not only its warnings."));
}

QCommandLineOption serverOption()
{
    return QCommandLineOption(kServer,
                              ZkCommand::tr("The ensemble: host:port[,host:port...][/chroot] "
                                            "(default: %1).")
                                  .arg(kDefaultServer),
                              QStringLiteral("CONNECT_STRING"));
}

QCommandLineOption timeoutOption()
{
    return QCommandLineOption(kTimeout,
                              ZkCommand::tr("Give up connecting after S seconds (default: %1).")
                                  .arg(kDefaultTimeoutSeconds),
                              QStringLiteral("S"));
}

/// The options every verb that opens a session has.
QList<QCommandLineOption> sessionOptionList()
{
    return {
        serverOption(),
        QCommandLineOption(kDigest,
                           ZkCommand::tr("Authenticate as digest user USER (addauth digest); "
                                         "the password is read from standard input, one line per "
                                         "--digest. May be given more than once."),
                           QStringLiteral("USER")),
        QCommandLineOption(kSasl, ZkCommand::tr("Authenticate with Kerberos (SASL GSSAPI) using "
                                                "the current credential cache (KRB5CCNAME).")),
        QCommandLineOption(kSaslService,
                           ZkCommand::tr("The service of the server's principal (default: "
                                         "zookeeper). Implies --sasl."),
                           QStringLiteral("NAME")),
        QCommandLineOption(kSaslHost,
                           ZkCommand::tr("The host name in the server's principal (default: the "
                                         "first server's host). Implies --sasl."),
                           QStringLiteral("HOST")),
        QCommandLineOption(kSaslKeytab,
                           ZkCommand::tr("Obtain the Kerberos ticket from keytab PATH into a "
                                         "private memory cache instead of using the current "
                                         "cache; needs --sasl-principal. Implies --sasl."),
                           QStringLiteral("PATH")),
        QCommandLineOption(kSaslPrincipal,
                           ZkCommand::tr("The principal whose key --sasl-keytab holds."),
                           QStringLiteral("P")),
        timeoutOption(),
        QCommandLineOption(kSessions,
                           ZkCommand::tr("Spread a subtree walk over N connections (1-16, "
                                         "default %1): one connection leaves most of the "
                                         "server's throughput unused.")
                               .arg(ScanOptions::defaultSessions),
                           QStringLiteral("N")),
        verboseOption(),
        jsonOption(),
    };
}

QCommandLineOption pathOption(const QString &what)
{
    return QCommandLineOption(kPath, what, QStringLiteral("P"));
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/portier/zookeeper/journals");
}

/// A journal file name that does not exist yet, in the user's data directory.
QString defaultJournalFile()
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString name = dataDirectory() + QStringLiteral("/acl-%1.json").arg(stamp);
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = dataDirectory() + QStringLiteral("/acl-%1-%2.json").arg(stamp).arg(n);
    return name;
}

/// True when @p entry gives ADMIN to one of the session's @p identities, or to everyone.
bool grantsAdminTo(const AclEntry &entry, const Acl &identities)
{
    if (!entry.has(ZkPerm::Admin))
        return false;
    if (entry.scheme == QLatin1String("world") && entry.id == QLatin1String("anyone"))
        return true;
    if (entry.scheme == QLatin1String("auth"))
        return !identities.isEmpty();
    return std::any_of(identities.cbegin(), identities.cend(), [&entry](const AclEntry &id) {
        return id.scheme == entry.scheme && id.id == entry.id;
    });
}

/// Nodes the plan changes so that none of the session's identities keeps ADMIN on them.
QStringList lockoutPaths(const AclChangePlan &plan, const Acl &identities)
{
    QStringList paths;
    for (const AclChangeItem &item : plan.items) {
        if (!item.willChange())
            continue;
        // ip and x509 entries cannot be judged from here: do not warn about them.
        const bool unknowable =
            std::any_of(item.after.cbegin(), item.after.cend(), [](const AclEntry &entry) {
                return entry.has(ZkPerm::Admin) && (entry.scheme == QLatin1String("ip") ||
                                                    entry.scheme == QLatin1String("x509"));
            });
        if (unknowable)
            continue;
        const bool keeps =
            std::any_of(item.after.cbegin(), item.after.cend(),
                        [&](const AclEntry &entry) { return grantsAdminTo(entry, identities); });
        if (!keeps)
            paths.append(item.path);
    }
    return paths;
}

QStringList unreadablePaths(const AclChangePlan &plan)
{
    QStringList paths;
    for (const AclChangeItem &item : plan.items) {
        if (!item.willChange() && item.skipReason != QLatin1String("unchanged"))
            paths.append(item.path);
    }
    return paths;
}

QString identitiesText(const Acl &identities)
{
    QStringList names;
    for (const AclEntry &entry : identities)
        names.append(entry.scheme + QLatin1Char(':') + entry.id);
    return names.join(QStringLiteral(", "));
}

Error writeError(const QString &fileName, const QString &reason)
{
    Error error(CoreError::Io, ZkCommand::tr("Could not write %1: %2").arg(fileName, reason),
                ZkCommand::tr("Choose a file in a directory you may write to."));
    return error;
}

} // namespace

ZkCommand::ZkCommand(BackendContext &context, QTextStream &out, QTextStream &err)
    : m_context(context)
    , m_out(out)
    , m_err(err)
{}

ZkCommand::~ZkCommand()
{
    if (m_session)
        m_session->close();
}

QList<VerbSpec> ZkCommand::verbs()
{
    const QString area = kArea;
    const QList<QCommandLineOption> session = sessionOptionList();
    QList<VerbSpec> verbs;

    verbs.append(VerbSpec{
        area, QStringLiteral("tree"),
        QStringLiteral("[--path P] [--depth N] [--data] [--server S] [auth options]"),
        tr("Walk a subtree and list every node with its stat and ACL."),
        tr("Reads the subtree below P (default: /) with pipelined requests (getChildren and "
           "getAcl, with --data also getData) and lists every node with its child count, data "
           "size, ephemeral owner, risk and ACL. A node this session may not read is listed as "
           "locked (\"error\":\"NOAUTH\" in JSON), not as a failure. --json prints "
           "{\"nodes\":[{\"path\",\"stat\",\"acl\",\"error\"}]}, permissions in zkCli's cdrwa "
           "order, data as base64. Exit code 1 when the walk could not finish (session expired), "
           "3 when the server cannot be reached or refuses the credentials."),
        QList<QCommandLineOption>{
            pathOption(tr("The subtree to walk (default: /).")),
            QCommandLineOption(kDepth,
                               tr("Walk at most N levels below P (0: P only; default: all)."),
                               QStringLiteral("N")),
            QCommandLineOption(kData, tr("Read each node's data too (base64 in JSON)."))} +
            session,
        0, 0, false});

    verbs.append(VerbSpec{
        area, QStringLiteral("getacl"), QStringLiteral("PATH [--server S] [auth options]"),
        tr("Show the ACL of one node, like zkCli's getAcl."),
        tr("Prints the ACL of the node PATH with its ACL version (aversion) and the zkCli "
           "command that sets it. --json prints {\"path\",\"acl\":[{\"scheme\",\"id\",\"perms\"}],"
           "\"stat\"}. Exit code 1 when the node does not exist or may not be read."),
        session, 1, 1, false});

    verbs.append(VerbSpec{
        area, QStringLiteral("setacl"),
        QStringLiteral("PATH ACL [--recursive] [--dry-run] [--journal FILE] [--mode M]"),
        tr("Set the ACL of a node or a subtree, with dry run, journal and rollback."),
        tr("Sets the ACL of PATH (with --recursive of every node below it too) to ACL, given in "
           "zkCli syntax, e.g. sasl:kafka:cdrwa,world:anyone:r. Each node is changed with the "
           "ACL version read before, so a node someone changed meanwhile is not overwritten. "
           "--dry-run prints every node with its ACL before and after and changes nothing. "
           "Before the first change a journal with every node's previous ACL is written (--journal "
           "FILE, default: a new file under ~/.local/share/portier/zookeeper/journals); "
           "'zk rollback FILE' restores it. Exit code 2 when ACL does not parse, 1 when a node "
           "could not be changed."),
        QList<QCommandLineOption>{
            QCommandLineOption(kRecursive, tr("Change every node below PATH too.")),
            QCommandLineOption(kDryRun, tr("Print the plan: every node with its ACL before and "
                                           "after. Changes nothing and writes no journal.")),
            QCommandLineOption(kJournal, tr("Write the journal to FILE (must not exist yet)."),
                               QStringLiteral("FILE")),
            QCommandLineOption(kMode,
                               tr("replace: the ACL becomes ACL (default); add: add ACL's "
                                  "entries (an entry with the same scheme:id gets the new "
                                  "permissions); remove: remove the entries with ACL's "
                                  "scheme:id."),
                               QStringLiteral("M"))} +
            session,
        2, 2, true});

    verbs.append(VerbSpec{
        area, QStringLiteral("rollback"),
        QStringLiteral("JOURNAL [--force] [--server S] [auth options]"),
        tr("Restore the ACLs a journal of 'zk setacl' recorded."),
        tr("Restores every node of JOURNAL to the ACL it had before the change, also when the "
           "change was interrupted. A node whose ACL someone else changed after the journal was "
           "written is left alone and reported, unless --force. The server is the journal's "
           "unless --server is given. Exit code 1 when a node could not be restored."),
        QList<QCommandLineOption>{QCommandLineOption(
            kForce, tr("Restore nodes whose ACL changed after the journal was written, too."))} +
            session,
        1, 1, true});

    verbs.append(VerbSpec{
        area, QStringLiteral("audit"),
        QStringLiteral("[--path P] [--profile secure|unsecure] [--html FILE]"),
        tr("Check the ACLs against the best-practice profiles of the components found."),
        tr("Walks the subtree below P (default: /), detects the components that use it (Atlas, "
           "HBase, HDFS, Kafka, Oozie, Ranger, Solr, YARN, ZooKeeper) and reports world-writable "
           "or world-admin nodes, nodes that deviate from their component's expected ACL, digest "
           "ids on a Kerberos-only cluster and unknown principals, each with the recommended "
           "ACL and the zkCli command that fixes it. --json prints {\"components\":[...],"
           "\"findings\":[{\"path\",\"severity\",\"rule\",\"message\",\"acl\","
           "\"recommended\"}]}. Exit code 1 when there are findings or the walk did not finish, "
           "0 when there are none."),
        QList<QCommandLineOption>{
            pathOption(tr("The subtree to audit (default: /).")),
            QCommandLineOption(kProfile,
                               tr("secure: a Kerberos-secured cluster, sasl ACLs expected "
                                  "(default); unsecure: a cluster without authentication."),
                               QStringLiteral("NAME")),
            QCommandLineOption(kHtml, tr("Also write the report as a readable HTML page to FILE."),
                               QStringLiteral("FILE"))} +
            session,
        0, 0, false});

    verbs.append(VerbSpec{
        area, QStringLiteral("snapshot"),
        QStringLiteral("--out FILE [--path P] [--data] [--server S] [auth options]"),
        tr("Export a subtree's paths, stats and ACLs (and data) to a JSON file."),
        tr("Walks the subtree below P (default: /) and writes every node's path, stat and ACL "
           "(with --data its data as base64) to FILE, for 'zk diff' and for the record. An "
           "unfinished walk writes nothing and ends with exit code 1."),
        QList<QCommandLineOption>{
            QCommandLineOption(kOut, tr("The snapshot file to write."), QStringLiteral("FILE")),
            pathOption(tr("The subtree to export (default: /).")),
            QCommandLineOption(kData, tr("Include each node's data (base64)."))} +
            session,
        0, 0, false});

    verbs.append(VerbSpec{
        area, QStringLiteral("diff"),
        QStringLiteral("SNAPSHOT [SNAPSHOT2] [--server S] [auth options]"),
        tr("Show what changed between two snapshots, or a snapshot and the live tree."),
        tr("Compares SNAPSHOT with SNAPSHOT2 or, without it, with the live subtree it was taken "
           "from (on the snapshot's server unless --server is given): nodes added, removed, and "
           "nodes whose ACL or data changed. Exit code 0 when nothing changed, 1 when something "
           "did, like diff(1)."),
        session, 1, 2, false});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("4lw"),
        QStringLiteral("WORD [--server S]"),
        tr("Ask every server of the ensemble a four-letter word (srvr, mntr, conf, envi, ruok)."),
        tr("Sends WORD (srvr, mntr, conf, envi, ruok, stat, ...) to each server of the connect "
           "string over a plain socket and prints the replies. A server that does not whitelist "
           "the word (4lw.commands.whitelist) is reported with exit code 1; an unreachable "
           "server with exit code 3."),
        {serverOption(), timeoutOption(), verboseOption(), jsonOption()},
        1,
        1,
        false});

    return verbs;
}

QString ZkCommand::checkPath(const QString &path)
{
    if (path.isEmpty())
        return tr("the path is empty; ZooKeeper paths start with '/', e.g. /kafka/brokers.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("'%1' is not an absolute path; ZooKeeper paths start with '/', e.g. /%1.")
            .arg(path);
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        return tr("'%1' ends with '/'; write it without, e.g. %2.").arg(path, path.chopped(1));
    if (path.contains(QStringLiteral("//")))
        return tr("'%1' has an empty name between two '/'.").arg(path);
    return {};
}

Result<SessionOptions> ZkCommand::sessionOptions(const QCommandLineParser &parser)
{
    SessionOptions options;
    options.connectString =
        parser.isSet(kServer) ? parser.value(kServer).trimmed() : QString(kDefaultServer);
    if (options.connectString.isEmpty())
        return Error(CoreError::InvalidInput,
                     tr("--server is empty; give the ensemble as host:port[,host:port][/chroot]."));

    const QStringList users = parser.values(kDigest);
    for (const QString &user : users) {
        if (user.isEmpty())
            return Error(CoreError::InvalidInput, tr("--digest needs a user name."));
        if (user.contains(QLatin1Char(':'))) {
            return Error(CoreError::InvalidInput,
                         tr("--digest takes the user name only; the password is read from "
                            "standard input, never from the command line."));
        }
        options.digests.append(DigestCredential{user, QString()});
    }

    options.sasl = parser.isSet(kSasl) || parser.isSet(kSaslService) || parser.isSet(kSaslHost) ||
                   parser.isSet(kSaslKeytab) || parser.isSet(kSaslPrincipal);
    if (parser.isSet(kSaslService)) {
        options.saslOptions.service = parser.value(kSaslService).trimmed();
        if (options.saslOptions.service.isEmpty())
            return Error(CoreError::InvalidInput, tr("--sasl-service needs a service name."));
    }
    if (parser.isSet(kSaslHost))
        options.saslOptions.host = parser.value(kSaslHost).trimmed();
    if (parser.isSet(kSaslKeytab) != parser.isSet(kSaslPrincipal)) {
        return Error(CoreError::InvalidInput,
                     tr("--sasl-keytab and --sasl-principal go together: the ticket is obtained "
                        "for the principal from the keytab."));
    }
    options.saslOptions.keytab = parser.value(kSaslKeytab);
    options.saslOptions.principal = parser.value(kSaslPrincipal);
    return options;
}

namespace {

Result<int> timeoutMs(const QCommandLineParser &parser)
{
    if (!parser.isSet(kTimeout))
        return kDefaultTimeoutSeconds * 1000;
    bool ok = false;
    const int seconds = parser.value(kTimeout).toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        return Error(CoreError::InvalidInput,
                     ZkCommand::tr("--timeout needs a number of seconds from 1 to 3600, not '%1'.")
                         .arg(parser.value(kTimeout)));
    }
    return seconds * 1000;
}

} // namespace

ExitCode ZkCommand::run(const VerbSpec &spec, const QCommandLineParser &parser)
{
    m_verb = spec.verb;
    m_json = parser.isSet(kJson);
    m_verbose = parser.isSet(kVerbose);
    m_progress = !m_json && PasswordReader::isTerminal(STDERR_FILENO);
    m_scanSessions = ScanOptions::defaultSessions;
    const bool hasSessions =
        std::any_of(spec.options.cbegin(), spec.options.cend(),
                    [](const QCommandLineOption &o) { return o.names().contains(kSessions); });
    if (hasSessions && parser.isSet(kSessions)) {
        bool ok = false;
        m_scanSessions = parser.value(kSessions).toInt(&ok);
        if (!ok || m_scanSessions < 1 || m_scanSessions > 16)
            return usageError(tr("--sessions needs a number of connections from 1 to 16, not "
                                 "'%1'.")
                                  .arg(parser.value(kSessions)));
    }
    if (m_verb == QLatin1String("tree"))
        return tree(parser);
    if (m_verb == QLatin1String("getacl"))
        return getAcl(parser);
    if (m_verb == QLatin1String("setacl"))
        return setAcl(parser);
    if (m_verb == QLatin1String("rollback"))
        return rollback(parser);
    if (m_verb == QLatin1String("audit"))
        return audit(parser);
    if (m_verb == QLatin1String("snapshot"))
        return snapshot(parser);
    if (m_verb == QLatin1String("diff"))
        return diff(parser);
    if (m_verb == QLatin1String("4lw"))
        return fourLetterWord(parser);
    return usageError(tr("Unknown verb '%1'.").arg(m_verb));
}

template<typename T>
Result<T> ZkCommand::await(QFuture<Result<T>> future, const QString &progressLabel)
{
    if (!future.isFinished()) {
        // The backend fulfils its promises on the C client's and the pool's threads; a local
        // event loop delivers the watcher's signals (and anything queued to this thread)
        // meanwhile instead of blocking it.
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        // On a terminal, a status line on stderr while it takes long enough to notice: the
        // label and the progress (nodes done), redrawn by a timer rather than per node.
        QTimer status;
        bool shown = false;
        if (m_progress && !progressLabel.isEmpty()) {
            status.setInterval(200);
            QObject::connect(&status, &QTimer::timeout, &loop, [&] {
                shown = true;
                QString text = watcher.progressText();
                if (text.isEmpty() && watcher.progressValue() > 0)
                    text = QString::number(watcher.progressValue());
                m_err << '\r' << progressLabel
                      << (text.isEmpty() ? QStringLiteral("…") : QStringLiteral(": ") + text)
                      << QStringLiteral("\x1b[K");
                m_err.flush();
            });
            QTimer::singleShot(300, &status, [&status] { status.start(); });
        }
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
        if (shown) {
            m_err << QStringLiteral("\r\x1b[K");
            m_err.flush();
        }
    }
    if (future.isCanceled() || future.resultCount() < 1) {
        return Error(CoreError::Cancelled,
                     tr("The operation was cancelled before it produced a result."));
    }
    return future.result();
}

std::shared_ptr<ZkSession> ZkCommand::connect(const QCommandLineParser &parser, ExitCode *exitCode,
                                              const QString &connectString)
{
    const Result<SessionOptions> parsed = sessionOptions(parser);
    if (!parsed) {
        *exitCode = usageError(parsed.error().message);
        return nullptr;
    }
    SessionOptions options = parsed.value();
    if (!connectString.isEmpty())
        options.connectString = connectString;
    const Result<int> timeout = timeoutMs(parser);
    if (!timeout) {
        *exitCode = usageError(timeout.error().message);
        return nullptr;
    }
    // Verbs that only read open a read-only session: it may use a read-only server, and the
    // session itself refuses any write.
    options.readOnly = m_verb != QLatin1String("setacl") && m_verb != QLatin1String("rollback");

    if (options.sasl && !ZkSession::saslSupported()) {
        *exitCode = fail(Error(
            ZkError::SaslUnavailable,
            tr("Cannot open a Kerberos (SASL) session to %1: %2")
                .arg(options.connectString, ZkSession::saslUnavailableReason()),
            tr("Run installer/setup.sh to build the ZooKeeper client with SASL, or authenticate "
               "with --digest instead.")));
        return nullptr;
    }

    m_out.flush();
    m_err.flush();
    for (DigestCredential &credential : options.digests) {
        QString error;
        std::optional<QByteArray> password = PasswordReader::read(
            STDIN_FILENO, tr("Password for digest user %1: ").arg(credential.user), &error);
        if (!password) {
            *exitCode =
                usageError(tr("--digest %1: %2").arg(credential.user, error) + QLatin1Char(' ') +
                           tr("Give the password on standard input, one line per --digest."));
            return nullptr;
        }
        credential.password = QString::fromUtf8(*password);
        PasswordReader::wipe(*password);
    }

    auto session = std::make_shared<ZkSession>(options);
    m_session = session;
    const Result<void> opened = session->open();
    if (!opened) {
        *exitCode = fail(opened.error());
        return nullptr;
    }
    const Result<void> connected =
        await(session->whenConnected(*timeout), tr("Connecting to %1").arg(options.connectString));
    if (!connected) {
        *exitCode = fail(connected.error());
        return nullptr;
    }
    return session;
}

Result<ScanResult> ZkCommand::scan(const std::shared_ptr<ZkSession> &session,
                                   const ScanOptions &options)
{
    ScanOptions spread = options;
    spread.sessions = m_scanSessions;
    return await(ScanEngine::scan(session, spread), tr("Reading %1").arg(options.root));
}

ExitCode ZkCommand::tree(const QCommandLineParser &parser)
{
    ScanOptions options;
    options.root = parser.isSet(kPath) ? parser.value(kPath) : QStringLiteral("/");
    if (const QString problem = checkPath(options.root); !problem.isEmpty())
        return usageError(problem);
    if (parser.isSet(kDepth)) {
        bool ok = false;
        options.maxDepth = parser.value(kDepth).toInt(&ok);
        if (!ok || options.maxDepth < 0)
            return usageError(tr("--depth needs a number of levels, 0 or more, not '%1'.")
                                  .arg(parser.value(kDepth)));
    }
    options.withData = parser.isSet(kData);

    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session = connect(parser, &code);
    if (!session)
        return code;
    const Result<ScanResult> result = scan(session, options);
    if (!result)
        return fail(result.error());
    if (m_json)
        printJson(result->toJson());
    else
        m_out << ZkReport::tree(*result, options.root, options.withData);
    if (result->partial) {
        warn(tr("the walk of %1 did not finish: %2").arg(options.root, result->partialReason));
        return ExitCode::Failed;
    }
    return ExitCode::Ok;
}

ExitCode ZkCommand::getAcl(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(0);
    if (const QString problem = checkPath(path); !problem.isEmpty())
        return usageError(problem);
    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session = connect(parser, &code);
    if (!session)
        return code;
    const Result<ZnodeAcl> result = await(session->getAcl(path));
    if (!result)
        return fail(result.error());
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("acl"), aclToJson(result->acl)},
                              {QStringLiteral("stat"), result->stat.toJson()}});
    } else {
        m_out << ZkReport::acl(path, *result);
    }
    return ExitCode::Ok;
}

ExitCode ZkCommand::setAcl(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(0);
    if (const QString problem = checkPath(path); !problem.isEmpty())
        return usageError(problem);
    const QString aclArgument = parser.positionalArguments().value(1);
    const Result<Acl> acl = AclSyntax::parseAcl(aclArgument);
    if (!acl) {
        QString message =
            tr("the ACL '%1' does not parse: %2").arg(aclArgument, acl.error().message);
        if (!acl.error().hint.isEmpty())
            message += QLatin1Char(' ') + acl.error().hint;
        return usageError(message);
    }
    AclChangeMode mode = AclChangeMode::Replace;
    if (parser.isSet(kMode)) {
        const std::optional<AclChangeMode> named = aclChangeModeFromName(parser.value(kMode));
        if (!named)
            return usageError(
                tr("--mode is replace, add or remove, not '%1'.").arg(parser.value(kMode)));
        mode = *named;
    }
    const bool recursive = parser.isSet(kRecursive);
    const bool dryRun = parser.isSet(kDryRun);
    QString journalFile;
    if (!dryRun) {
        journalFile = parser.isSet(kJournal) ? parser.value(kJournal) : defaultJournalFile();
        if (journalFile.isEmpty())
            return usageError(tr("--journal needs a file name."));
        if (QFileInfo::exists(journalFile)) {
            return usageError(tr("the journal %1 exists already; it may be needed to roll back an "
                                 "earlier change. Choose another file.")
                                  .arg(journalFile));
        }
        const QString directory = QFileInfo(journalFile).absolutePath();
        if (!QDir().mkpath(directory))
            return fail(
                writeError(journalFile, tr("the directory %1 cannot be created.").arg(directory)));
        journalFile = QFileInfo(journalFile).absoluteFilePath();
    }

    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session = connect(parser, &code);
    if (!session)
        return code;

    ScanOptions options;
    options.root = path;
    options.maxDepth = recursive ? -1 : 0;
    const Result<ScanResult> scanned = scan(session, options);
    if (!scanned)
        return fail(scanned.error());
    if (scanned->partial) {
        Error error(ZkError::SessionExpired,
                    tr("The walk of %1 did not finish (%2); nothing was changed.")
                        .arg(path, scanned->partialReason),
                    tr("Check the connection to the ensemble and run the command again."));
        return fail(error);
    }

    const AclChangePlan plan = AclChangePlan::make(scanned->nodes, path, mode, *acl);
    QStringList warnings;
    const QStringList lockout = lockoutPaths(plan, session->identities());
    if (!lockout.isEmpty()) {
        const Acl identities = session->identities();
        const int count = static_cast<int>(lockout.size());
        warnings.append(
            identities.isEmpty()
                ? tr("after this change an unauthenticated session like this one has no ADMIN "
                     "on %n node(s), e.g. %1: only a super user or an identity the new ACL names "
                     "can change their ACL again.",
                     nullptr, count)
                      .arg(lockout.first())
                : tr("after this change none of this session's identities (%1) has ADMIN on %n "
                     "node(s), e.g. %2: only a super user or an identity the new ACL names can "
                     "change their ACL again.",
                     nullptr, count)
                      .arg(identitiesText(identities), lockout.first()));
    }
    const QStringList unreadable = unreadablePaths(plan);
    if (!unreadable.isEmpty()) {
        warnings.append(tr("%n node(s) will not be changed because this session may not read "
                           "them, e.g. %1.",
                           nullptr, static_cast<int>(unreadable.size()))
                            .arg(unreadable.first()));
    }
    for (const QString &warning : std::as_const(warnings))
        warn(warning);

    QJsonObject json{{QStringLiteral("dryRun"), dryRun},
                     {QStringLiteral("plan"), plan.toJson()},
                     {QStringLiteral("zkCli"),
                      mode == AclChangeMode::Replace
                          ? QJsonValue(AclSyntax::setAclCommand(path, *acl, -1, recursive))
                          : QJsonValue()},
                     {QStringLiteral("warnings"), Json::fromStringList(warnings)}};
    if (dryRun) {
        if (m_json) {
            printJson(json);
        } else {
            m_out << ZkReport::plan(plan, recursive);
            m_out << tr("Dry run: nothing was changed.") << '\n';
        }
        return ExitCode::Ok;
    }

    AclApplyReport report;
    if (plan.changeCount() == 0) {
        report.skipped = static_cast<int>(plan.items.size() - unreadable.size());
    } else {
        const Result<AclApplyReport> applied =
            await(AclChanger::apply(session, plan, journalFile), tr("Changing ACLs"));
        if (!applied) {
            Error error = applied.error();
            if (QFileInfo::exists(journalFile)) {
                error.hint += (error.hint.isEmpty() ? QString() : QStringLiteral(" ")) +
                              tr("The journal %1 was written: 'portier-cli zk rollback %1' "
                                 "undoes what was changed.")
                                  .arg(journalFile);
            }
            return fail(error);
        }
        report = *applied;
    }
    if (m_json) {
        json.insert(QStringLiteral("result"), report.toJson());
        json.insert(QStringLiteral("journal"),
                    report.journalFile.isEmpty() ? QJsonValue() : QJsonValue(report.journalFile));
        printJson(json);
    } else {
        if (plan.changeCount() == 0)
            m_out << tr("Nothing to change: the ACL of %1 is already as requested.").arg(path)
                  << '\n';
        else
            m_out << ZkReport::applyReport(report, false);
        for (const QString &node : unreadable)
            m_out << tr("Not changed (may not be read by this session): %1").arg(node) << '\n';
    }
    return report.ok() && unreadable.isEmpty() ? ExitCode::Ok : ExitCode::Failed;
}

ExitCode ZkCommand::rollback(const QCommandLineParser &parser)
{
    const QString journalFile = parser.positionalArguments().value(0);
    const Result<AclJournal> journal = AclJournal::load(journalFile);
    if (!journal)
        return fail(journal.error());

    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session =
        connect(parser, &code, parser.isSet(kServer) ? QString() : journal->connectString);
    if (!session)
        return code;
    const Result<AclApplyReport> report =
        await(AclChanger::rollback(session, journalFile, parser.isSet(kForce)), tr("Rolling back"));
    if (!report)
        return fail(report.error());
    if (m_json)
        printJson(report->toJson());
    else
        m_out << ZkReport::applyReport(*report, true);
    return report->ok() ? ExitCode::Ok : ExitCode::Failed;
}

ExitCode ZkCommand::audit(const QCommandLineParser &parser)
{
    AuditOptions options;
    options.root = parser.isSet(kPath) ? parser.value(kPath) : QStringLiteral("/");
    if (const QString problem = checkPath(options.root); !problem.isEmpty())
        return usageError(problem);
    const QString profile =
        parser.isSet(kProfile) ? parser.value(kProfile) : QStringLiteral("secure");
    if (profile == QLatin1String("secure"))
        options.mode = AuditOptions::Mode::Secure;
    else if (profile == QLatin1String("unsecure"))
        options.mode = AuditOptions::Mode::Unsecure;
    else
        return usageError(tr("--profile is secure or unsecure, not '%1'.").arg(profile));

    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session = connect(parser, &code);
    if (!session)
        return code;
    ScanOptions scanOptions;
    scanOptions.root = options.root;
    const Result<ScanResult> scanned = scan(session, scanOptions);
    if (!scanned)
        return fail(scanned.error());

    AuditReport report = Auditor().run(scanned->nodes, options);
    report.partial = report.partial || scanned->partial;
    if (report.connectString.isEmpty())
        report.connectString = session->options().connectString;
    if (!report.generated.isValid())
        report.generated = QDateTime::currentDateTimeUtc();

    if (parser.isSet(kHtml)) {
        const QString fileName = parser.value(kHtml);
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toHtml().toUtf8()) < 0 ||
            !file.commit()) {
            return fail(writeError(fileName, file.errorString()));
        }
    }
    if (m_json)
        printJson(report.toJson());
    else
        m_out << ZkReport::audit(report);
    if (scanned->partial)
        warn(tr("the walk of %1 did not finish: %2").arg(options.root, scanned->partialReason));
    return report.findings.isEmpty() && !report.partial ? ExitCode::Ok : ExitCode::Failed;
}

ExitCode ZkCommand::snapshot(const QCommandLineParser &parser)
{
    const QString fileName = parser.value(kOut);
    if (fileName.isEmpty())
        return usageError(tr("snapshot needs --out FILE, the file to write."));
    ScanOptions options;
    options.root = parser.isSet(kPath) ? parser.value(kPath) : QStringLiteral("/");
    if (const QString problem = checkPath(options.root); !problem.isEmpty())
        return usageError(problem);
    options.withData = parser.isSet(kData);

    ExitCode code = ExitCode::Ok;
    const std::shared_ptr<ZkSession> session = connect(parser, &code);
    if (!session)
        return code;
    const Result<ScanResult> scanned = scan(session, options);
    if (!scanned)
        return fail(scanned.error());
    if (scanned->partial) {
        return fail(Error(ZkError::SessionExpired,
                          tr("The walk of %1 did not finish (%2); no snapshot was written.")
                              .arg(options.root, scanned->partialReason),
                          tr("Check the connection to the ensemble and run the command again.")));
    }

    ZkSnapshot snapshot;
    snapshot.connectString = session->options().connectString;
    snapshot.root = options.root;
    snapshot.taken = QDateTime::currentDateTimeUtc();
    snapshot.withData = options.withData;
    snapshot.nodes = scanned->nodes;
    const Result<void> saved = snapshot.save(fileName);
    if (!saved)
        return fail(saved.error());

    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("file"), absolute},
                              {QStringLiteral("root"), snapshot.root},
                              {QStringLiteral("nodes"), static_cast<int>(snapshot.nodes.size())},
                              {QStringLiteral("withData"), snapshot.withData},
                              {QStringLiteral("taken"), Json::fromDateTime(snapshot.taken)}});
    } else {
        m_out << tr("Wrote a snapshot of %n node(s) below %1 to %2.", nullptr,
                    static_cast<int>(snapshot.nodes.size()))
                     .arg(snapshot.root, absolute)
              << '\n';
    }
    return ExitCode::Ok;
}

ExitCode ZkCommand::diff(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    const Result<ZkSnapshot> before = ZkSnapshot::load(files.value(0));
    if (!before)
        return fail(before.error());

    ZkSnapshot after;
    if (files.size() > 1) {
        const Result<ZkSnapshot> second = ZkSnapshot::load(files.value(1));
        if (!second)
            return fail(second.error());
        after = *second;
    } else {
        ExitCode code = ExitCode::Ok;
        const std::shared_ptr<ZkSession> session =
            connect(parser, &code, parser.isSet(kServer) ? QString() : before->connectString);
        if (!session)
            return code;
        ScanOptions options;
        options.root = before->root;
        options.withData = before->withData;
        const Result<ScanResult> scanned = scan(session, options);
        if (!scanned)
            return fail(scanned.error());
        if (scanned->partial) {
            return fail(Error(ZkError::SessionExpired,
                              tr("The walk of %1 did not finish (%2); cannot compare.")
                                  .arg(options.root, scanned->partialReason)));
        }
        after.connectString = session->options().connectString;
        after.root = options.root;
        after.taken = QDateTime::currentDateTimeUtc();
        after.withData = options.withData;
        after.nodes = scanned->nodes;
    }

    const SnapshotDiff difference = SnapshotDiff::compare(*before, after);
    if (m_json)
        printJson(difference.toJson());
    else
        m_out << ZkReport::diff(difference);
    return difference.isEmpty() ? ExitCode::Ok : ExitCode::Failed;
}

ExitCode ZkCommand::fourLetterWord(const QCommandLineParser &parser)
{
    const QString word = parser.positionalArguments().value(0);
    const bool isWord = word.size() == 4 && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                            return c >= QLatin1Char('a') && c <= QLatin1Char('z');
                        });
    if (!isWord) {
        return usageError(
            tr("'%1' is not a four-letter word; try srvr, mntr, conf, envi or ruok.").arg(word));
    }
    const QString connectString =
        parser.isSet(kServer) ? parser.value(kServer).trimmed() : QString(kDefaultServer);
    const QList<QPair<QString, quint16>> servers = FourLetterWords::servers(connectString);
    if (servers.isEmpty())
        return usageError(tr("no server in the connect string '%1'.").arg(connectString));
    const Result<int> timeout = timeoutMs(parser);
    if (!timeout)
        return usageError(timeout.error().message);

    QJsonArray replies;
    QJsonArray failures;
    ExitCode code = ExitCode::Ok;
    for (const auto &[host, port] : servers) {
        const Result<FourLetterReply> reply =
            await(FourLetterWords::query(m_context.pool(), host, port, word, *timeout));
        const QString server = host + QLatin1Char(':') + QString::number(port);
        if (reply) {
            replies.append(reply->toJson());
            if (!m_json)
                m_out << ZkReport::fourLetterReply(*reply);
            continue;
        }
        const ExitCode failed = exitCodeFor(reply.error());
        if (code == ExitCode::Ok || failed == ExitCode::ConnectOrAuth)
            code = failed;
        failures.append(QJsonObject{{QStringLiteral("server"), server},
                                    {QStringLiteral("error"), reply.error().toJson()}});
        if (!m_json) {
            m_err << QStringLiteral("portier-cli zk 4lw: %1: ").arg(server)
                  << ErrorReport::describe(reply.error(), m_verbose);
        }
    }
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("word"), word},
                              {QStringLiteral("replies"), replies},
                              {QStringLiteral("failures"), failures}});
    }
    return code;
}

ExitCode ZkCommand::fail(const Error &error)
{
    const ExitCode code = exitCodeFor(error);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.toJson()}});
        return code;
    }
    m_err << QStringLiteral("portier-cli zk %1: ").arg(m_verb)
          << ErrorReport::describe(error, m_verbose);
    if (!m_verbose && code == ExitCode::ConnectOrAuth && error.diagnoses.isEmpty()) {
        // No known problem matched: the client log's warnings and errors say why; the whole
        // log is for --verbose.
        for (const LogExcerpt &excerpt : error.evidence) {
            if (excerpt.highlighted.isEmpty())
                continue;
            m_err << QStringLiteral("  ")
                  << tr("Warnings and errors in the %1:").arg(excerpt.source) << '\n';
            const qsizetype first = std::max<qsizetype>(0, excerpt.highlighted.size() - 8);
            for (qsizetype i = first; i < excerpt.highlighted.size(); ++i)
                m_err << QStringLiteral("    ") << excerpt.lines.value(excerpt.highlighted[i])
                      << '\n';
        }
    }
    return code;
}

ExitCode ZkCommand::usageError(const QString &message)
{
    m_err << QStringLiteral("portier-cli zk %1: ").arg(m_verb) << message << '\n'
          << tr("See 'portier-cli zk %1 --help'.").arg(m_verb) << '\n';
    return ExitCode::Usage;
}

void ZkCommand::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void ZkCommand::warn(const QString &message)
{
    m_err << QStringLiteral("portier-cli zk %1: ").arg(m_verb) << tr("warning: %1").arg(message)
          << '\n';
    m_err.flush();
}

} // namespace Portier::Cli
