// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/zk_fixture.h"

#include "backends/zookeeper/acl_syntax.h"
#include "tests/support/fixture_process.h"

#include "tests/support/kdc_fixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <zookeeper.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Portier::Test {

namespace {

constexpr QLatin1StringView Java("/usr/bin/java");
constexpr QLatin1StringView ZooKeeperJar("/usr/share/java/zookeeper.jar");
// slf4j-simple writes the server's log to a file of our choosing through system properties
// alone; Debian's zookeeper.jar names slf4j-api in its manifest Class-Path but no binding.
constexpr QLatin1StringView Slf4jSimpleJar("/usr/share/java/slf4j-simple.jar");
constexpr QLatin1StringView ZkCli("/usr/share/zookeeper/bin/zkCli.sh");
constexpr QLatin1StringView ServerPrincipalName("zookeeper/localhost");
constexpr int ReadyTimeoutMs = 60000;
constexpr int StartAttempts = 3;

QString tail(const QString &text, int lines)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

quint16 freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool tcpAccepts(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

void discardLog(const char *) {}
void ignoreEvent(zhandle_t *, int, int, const char *, void *) {}

// Readiness: a real session reaches ZOO_CONNECTED_STATE (the server accepts TCP connections a
// little before it serves sessions, and four-letter words may be disabled).
// @p readOnly: the session allows read-only servers and must reach ZOO_READONLY_STATE.
bool sessionConnects(const QString &connectString, int timeoutMs, bool readOnly = false)
{
    zhandle_t *zh = zookeeper_init2(connectString.toLatin1().constData(), ignoreEvent, 10000,
                                    nullptr, nullptr, readOnly ? ZOO_READONLY : 0, discardLog);
    if (!zh)
        return false;
    const int wanted = readOnly ? ZOO_READONLY_STATE : ZOO_CONNECTED_STATE;
    QDeadlineTimer deadline(timeoutMs);
    bool connected = false;
    while (!deadline.hasExpired()) {
        if (zoo_state(zh) == wanted) {
            connected = true;
            break;
        }
        QThread::msleep(10);
    }
    zookeeper_close(zh);
    return connected;
}

/// The JVM options every fixture server runs with; @p maxHeap as in -Xmx.
QStringList commonJavaArguments(const QString &logFile, const QString &maxHeap)
{
    return {
        // Start in well under a second: C1 only, class-data sharing, serial GC.
        QStringLiteral("-XX:TieredStopAtLevel=1"),
        QStringLiteral("-Xshare:auto"),
        QStringLiteral("-XX:+UseSerialGC"),
        // 400k znodes with ACLs fit comfortably in 1g.
        QStringLiteral("-Xms64m"),
        QStringLiteral("-Xmx") + maxHeap,
        QStringLiteral("-Djava.net.preferIPv4Stack=true"),
        QStringLiteral("-Dorg.slf4j.simpleLogger.logFile=%1").arg(logFile),
        QStringLiteral("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"),
        QStringLiteral("-Dorg.slf4j.simpleLogger.showDateTime=true"),
        QStringLiteral("-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS"),
        QStringLiteral("-Dzookeeper.jmx.log4j.disable=true"),
        QStringLiteral("-Dzookeeper.DigestAuthenticationProvider.superDigest=%1")
            .arg(AclSyntax::digestId(ZkFixture::superUser(), ZkFixture::superPassword())),
    };
}

/// A server process of a fixture: started detached from the test's environment quirks, its
/// output in @p out, killed with the test.
std::unique_ptr<QProcess> startServerProcess(const QString &workingDirectory, const QString &out,
                                             const QStringList &arguments, QString *error)
{
    auto server = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("JAVA_TOOL_OPTIONS"));
    env.remove(QStringLiteral("_JAVA_OPTIONS"));
    server->setProcessEnvironment(env);
    server->setWorkingDirectory(workingDirectory);
    server->setStandardInputFile(QProcess::nullDevice());
    server->setStandardOutputFile(out);
    server->setStandardErrorFile(out, QIODevice::Append);
    FixtureProcess::dieWithParent(&*server);
    server->start(Java, arguments);
    if (!server->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(Java, server->errorString());
        return nullptr;
    }
    FixtureProcess::track(pid_t(server->processId()));
    return server;
}

void stopServerProcess(std::unique_ptr<QProcess> &server)
{
    if (!server)
        return;
    const pid_t pid = pid_t(server->processId());
    if (server->state() != QProcess::NotRunning) {
        server->kill();
        server->waitForFinished(10000);
    }
    if (pid > 0)
        FixtureProcess::untrack(pid);
    server.reset();
}

} // namespace

struct ZkFixture::Private
{
    Options options;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> server;
    quint16 port = 0;
    int starts = 0;
    QString logFile;

    QString path(QLatin1StringView name) const { return dir->path() + QLatin1Char('/') + name; }
    QString realm() const { return QStringLiteral("TEST.LOCAL"); }
    bool prepareDirectory(QString *error);
    bool prepareSasl(QString *error);
    bool writeConfig(QString *error);
    QStringList javaArguments() const;
    bool launch(QString *error);
    void stop();
};

bool ZkFixture::Private::prepareDirectory(QString *error)
{
    dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/portier-zk-XXXXXX"));
    if (!dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString());
        dir.reset();
        return false;
    }
    if (!QDir().mkpath(path(QLatin1StringView("data")))) {
        *error = QStringLiteral("cannot create %1").arg(path(QLatin1StringView("data")));
        return false;
    }
    return !options.kdc || prepareSasl(error);
}

bool ZkFixture::Private::prepareSasl(QString *error)
{
    KdcFixture *kdc = options.kdc;
    if (!kdc->isRunning()) {
        *error = QStringLiteral("the KDC fixture must be started before the ZooKeeper fixture");
        return false;
    }
    const QString principal = QString(ServerPrincipalName) + QLatin1Char('@') + realm();
    QString out;
    // Several ZooKeeper fixtures may share one KDC: create the principal once, and extract its
    // keys without re-randomising them (that would invalidate the other fixtures' keytabs).
    if (!kdc->kadmin(QStringLiteral("getprinc %1").arg(principal), &out) &&
        !kdc->kadmin(QStringLiteral("addprinc -randkey %1").arg(principal), &out)) {
        *error = QStringLiteral("kadmin addprinc %1 failed: %2").arg(principal, out);
        return false;
    }
    const QString keytab = path(QLatin1StringView("zookeeper.keytab"));
    if (!kdc->kadmin(QStringLiteral("ktadd -k %1 -norandkey %2").arg(keytab, principal), &out)) {
        *error = QStringLiteral("kadmin ktadd %1 failed: %2").arg(principal, out);
        return false;
    }
    const QString serverJaas =
        QStringLiteral("Server {\n"
                       "  com.sun.security.auth.module.Krb5LoginModule required\n"
                       "  useKeyTab=true\n"
                       "  keyTab=\"%1\"\n"
                       "  storeKey=true\n"
                       "  useTicketCache=false\n"
                       "  isInitiator=false\n"
                       "  principal=\"%2\";\n"
                       "};\n")
            .arg(keytab, principal);
    // zkCli.sh as Alice, whose keys the KDC fixture's keytab holds.
    const QString clientJaas =
        QStringLiteral("Client {\n"
                       "  com.sun.security.auth.module.Krb5LoginModule required\n"
                       "  useKeyTab=true\n"
                       "  keyTab=\"%1\"\n"
                       "  storeKey=true\n"
                       "  useTicketCache=false\n"
                       "  principal=\"%2\";\n"
                       "};\n")
            .arg(kdc->keytabPath(), KdcFixture::principal(KdcFixture::Account::Alice));
    return FixtureProcess::writeFile(path(QLatin1StringView("jaas-server.conf")), serverJaas,
                                     error) &&
           FixtureProcess::writeFile(path(QLatin1StringView("jaas-client.conf")), clientJaas,
                                     error);
}

bool ZkFixture::Private::writeConfig(QString *error)
{
    QString cfg = QStringLiteral("tickTime=2000\n"
                                 "initLimit=10\n"
                                 "syncLimit=5\n"
                                 "dataDir=%1\n"
                                 "clientPort=%2\n"
                                 "clientPortAddress=127.0.0.1\n"
                                 "admin.enableServer=false\n"
                                 // every test session comes from 127.0.0.1
                                 "maxClientCnxns=0\n"
                                 // tests need no snapshot retention
                                 "autopurge.purgeInterval=0\n"
                                 "minSessionTimeout=2000\n"
                                 "maxSessionTimeout=120000\n")
                      .arg(path(QLatin1StringView("data")))
                      .arg(port);
    cfg += options.fourLetterWords
               ? QStringLiteral("4lw.commands.whitelist=srvr,mntr,conf,envi,ruok,stat\n")
               // An empty list would mean the default (srvr only); a name no server knows
               // disables them all.
               : QStringLiteral("4lw.commands.whitelist=portier-none\n");
    if (options.kdc) {
        cfg += QStringLiteral("authProvider.1=org.apache.zookeeper.server.auth."
                              "SASLAuthenticationProvider\n"
                              // sasl ACL ids are the principal's primary: alice@TEST.LOCAL
                              // authenticates as sasl:alice, kafka/host@REALM as sasl:kafka —
                              // the convention of secured Hadoop/Kafka clusters.
                              "kerberos.removeHostFromPrincipal=true\n"
                              "kerberos.removeRealmFromPrincipal=true\n");
    }
    return FixtureProcess::writeFile(path(QLatin1StringView("zoo.cfg")), cfg, error);
}

QStringList ZkFixture::Private::javaArguments() const
{
    QStringList args = commonJavaArguments(logFile, QStringLiteral("1g"));
    if (options.kdc) {
        args << QStringLiteral("-Djava.security.krb5.conf=%1").arg(options.kdc->krb5ConfPath())
             << QStringLiteral("-Djava.security.auth.login.config=%1")
                    .arg(path(QLatin1StringView("jaas-server.conf")))
             << QStringLiteral("-Dzookeeper.allowSaslFailedClients=false")
             << QStringLiteral("-Dsun.security.krb5.disableReferrals=true");
    }
    args << QStringLiteral("-cp") << QString(ZooKeeperJar) + QLatin1Char(':') + Slf4jSimpleJar
         << QStringLiteral("org.apache.zookeeper.server.ZooKeeperServerMain")
         << path(QLatin1StringView("zoo.cfg"));
    return args;
}

bool ZkFixture::Private::launch(QString *error)
{
    ++starts;
    logFile = dir->path() + QStringLiteral("/zookeeper-%1.log").arg(starts);
    const QString out = dir->path() + QStringLiteral("/java-%1.out").arg(starts);
    server = startServerProcess(dir->path(), out, javaArguments(), error);
    if (!server)
        return false;

    const QString connect = QStringLiteral("127.0.0.1:%1").arg(port);
    QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (server->state() != QProcess::Running || server->waitForFinished(0))
            break;
        if (tcpAccepts(port) && sessionConnects(connect, 5000))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("ZooKeeper on %1 did not serve a session (start %2):\n%3\n%4")
                 .arg(connect)
                 .arg(starts)
                 .arg(tail(FixtureProcess::readFile(out), 20),
                      tail(FixtureProcess::readFile(logFile), 40));
    stop();
    return false;
}

void ZkFixture::Private::stop()
{
    stopServerProcess(server);
}

ZkFixture::ZkFixture(Options options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

ZkFixture::ZkFixture()
    : ZkFixture(Options{})
{}

ZkFixture::~ZkFixture()
{
    d->stop();
}

bool ZkFixture::start(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (isRunning())
        return true;
    for (const QString &file : {QString(Java), QString(ZooKeeperJar), QString(Slf4jSimpleJar)}) {
        if (!QFileInfo::exists(file)) {
            *error = QStringLiteral("%1 is missing; install the zookeeper and libslf4j-java "
                                    "packages (and a Java runtime)")
                         .arg(file);
            return false;
        }
    }
    if (!d->dir && !d->prepareDirectory(error))
        return false;
    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        d->port = freeTcpPort();
        if (d->port == 0) {
            *error = QStringLiteral("no free loopback port for ZooKeeper");
            return false;
        }
        if (!d->writeConfig(error))
            return false;
        // Another process may take the port between our check and the server's bind: try a
        // new port with the same (still empty) data directory.
        if (d->launch(error))
            return true;
    }
    return false;
}

void ZkFixture::kill()
{
    d->stop();
}

bool ZkFixture::restart(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!d->dir || d->port == 0) {
        *error = QStringLiteral("restart() before start()");
        return false;
    }
    d->stop();
    return d->launch(error);
}

bool ZkFixture::isRunning() const
{
    return d->server && d->server->state() == QProcess::Running;
}

quint16 ZkFixture::port() const
{
    return d->port;
}

QString ZkFixture::connectString() const
{
    return QStringLiteral("127.0.0.1:%1").arg(d->port);
}

QString ZkFixture::directory() const
{
    return d->dir ? d->dir->path() : QString();
}

QString ZkFixture::serverLogFile() const
{
    return d->logFile;
}

QString ZkFixture::serverPrincipal() const
{
    return QString(ServerPrincipalName) + QLatin1Char('@') + d->realm();
}

QStringList ZkFixture::zkCliEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("JAVA_TOOL_OPTIONS"));
    env.remove(QStringLiteral("_JAVA_OPTIONS"));
    env.insert(QStringLiteral("ZOO_LOG_DIR"), directory());
    env.insert(QStringLiteral("JVMFLAGS"),
               QStringLiteral("-XX:TieredStopAtLevel=1 -Xshare:auto -XX:+UseSerialGC "
                              "-Djava.net.preferIPv4Stack=true"));
    if (d->options.kdc) {
        env.insert(QStringLiteral("CLIENT_JVMFLAGS"),
                   QStringLiteral("-Djava.security.krb5.conf=%1 "
                                  "-Djava.security.auth.login.config=%2 "
                                  "-Dzookeeper.sasl.client=true "
                                  "-Dzookeeper.sasl.client.username=zookeeper "
                                  "-Dzookeeper.server.principal=%3")
                       .arg(d->options.kdc->krb5ConfPath(),
                            d->dir->path() + QStringLiteral("/jaas-client.conf"),
                            serverPrincipal()));
    } else {
        env.insert(QStringLiteral("CLIENT_JVMFLAGS"),
                   QStringLiteral("-Dzookeeper.sasl.client=false"));
    }
    return env.toStringList();
}

QString ZkFixture::zkCliPath()
{
    return QString(ZkCli);
}

// --- ZkEnsembleFixture ---------------------------------------------------------------------------

struct ZkEnsembleFixture::Private
{
    struct Server
    {
        quint16 clientPort = 0;
        quint16 peerPort = 0;
        quint16 electionPort = 0;
        std::unique_ptr<QProcess> process;
        int starts = 0;
        QString logFile;
        QString outFile;
    };
    std::unique_ptr<QTemporaryDir> dir;
    std::vector<Server> servers;

    QString serverDir(int index) const
    {
        return dir->path() + QStringLiteral("/server%1").arg(index + 1);
    }
    bool writeConfigs(QString *error);
    bool launch(int index, QString *error);
    QString logTails(int index) const
    {
        const Server &s = servers.at(size_t(index));
        return QStringLiteral("server %1 (client port %2):\n%3\n%4")
            .arg(index + 1)
            .arg(s.clientPort)
            .arg(tail(FixtureProcess::readFile(s.outFile), 20),
                 tail(FixtureProcess::readFile(s.logFile), 40));
    }
};

bool ZkEnsembleFixture::Private::writeConfigs(QString *error)
{
    QString members;
    for (size_t i = 0; i < servers.size(); ++i)
        members += QStringLiteral("server.%1=127.0.0.1:%2:%3\n")
                       .arg(i + 1)
                       .arg(servers[i].peerPort)
                       .arg(servers[i].electionPort);
    for (size_t i = 0; i < servers.size(); ++i) {
        const QString data = serverDir(int(i));
        if (!QDir().mkpath(data)) {
            *error = QStringLiteral("cannot create %1").arg(data);
            return false;
        }
        // A short tick: a server notices the loss of its quorum within syncLimit ticks.
        const QString cfg = QStringLiteral("tickTime=1000\n"
                                           "initLimit=10\n"
                                           "syncLimit=3\n"
                                           "dataDir=%1\n"
                                           "clientPort=%2\n"
                                           "clientPortAddress=127.0.0.1\n"
                                           "admin.enableServer=false\n"
                                           "maxClientCnxns=0\n"
                                           "autopurge.purgeInterval=0\n"
                                           "reconfigEnabled=false\n"
                                           // Read-only servers serve only local sessions
                                           // (ZooKeeper 3.6+, ZOOKEEPER-3864); upgrading
                                           // keeps ephemeral znodes working.
                                           "localSessionsEnabled=true\n"
                                           "localSessionsUpgradingEnabled=true\n"
                                           "4lw.commands.whitelist=srvr,mntr,conf,envi,ruok,stat\n")
                                .arg(data)
                                .arg(servers[i].clientPort) +
                            members;
        if (!FixtureProcess::writeFile(data + QStringLiteral("/zoo.cfg"), cfg, error) ||
            !FixtureProcess::writeFile(data + QStringLiteral("/myid"),
                                       QString::number(i + 1) + QLatin1Char('\n'), error))
            return false;
    }
    return true;
}

bool ZkEnsembleFixture::Private::launch(int index, QString *error)
{
    Server &s = servers.at(size_t(index));
    ++s.starts;
    const QString data = serverDir(index);
    s.logFile = data + QStringLiteral("/zookeeper-%1.log").arg(s.starts);
    s.outFile = data + QStringLiteral("/java-%1.out").arg(s.starts);
    QStringList args = commonJavaArguments(s.logFile, QStringLiteral("256m"));
    args << QStringLiteral("-Dreadonlymode.enabled=true") << QStringLiteral("-cp")
         << QString(ZooKeeperJar) + QLatin1Char(':') + Slf4jSimpleJar
         << QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain")
         << data + QStringLiteral("/zoo.cfg");
    s.process = startServerProcess(data, s.outFile, args, error);
    return s.process != nullptr;
}

ZkEnsembleFixture::ZkEnsembleFixture(int servers)
    : d(std::make_unique<Private>())
{
    d->servers.resize(size_t(std::max(servers, 1)));
}

ZkEnsembleFixture::~ZkEnsembleFixture()
{
    for (Private::Server &s : d->servers)
        stopServerProcess(s.process);
}

bool ZkEnsembleFixture::start(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    d->dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                             QStringLiteral("/portier-zk-ensemble-XXXXXX"));
    if (!d->dir->isValid()) {
        *error =
            QStringLiteral("cannot create a temporary directory: %1").arg(d->dir->errorString());
        return false;
    }
    for (Private::Server &s : d->servers) {
        s.clientPort = freeTcpPort();
        s.peerPort = freeTcpPort();
        s.electionPort = freeTcpPort();
        if (!s.clientPort || !s.peerPort || !s.electionPort) {
            *error = QStringLiteral("no free loopback ports for the ensemble");
            return false;
        }
    }
    if (!d->writeConfigs(error))
        return false;
    for (int i = 0; i < size(); ++i) {
        if (!d->launch(i, error))
            return false;
    }
    QDeadlineTimer deadline(90000);
    for (int i = 0; i < size(); ++i) {
        if (!waitForMode(i, Mode::ReadWrite, int(deadline.remainingTime()), error))
            return false;
    }
    return true;
}

void ZkEnsembleFixture::kill(int index)
{
    stopServerProcess(d->servers.at(size_t(index)).process);
}

bool ZkEnsembleFixture::restart(int index, QString *error)
{
    QString localError;
    kill(index);
    return d->launch(index, error ? error : &localError);
}

bool ZkEnsembleFixture::waitForMode(int index, Mode mode, int timeoutMs, QString *error)
{
    const Private::Server &s = d->servers.at(size_t(index));
    const QString connect = connectString(index);
    QDeadlineTimer deadline(std::max(timeoutMs, 0));
    while (!deadline.hasExpired()) {
        if (!s.process || s.process->state() != QProcess::Running || s.process->waitForFinished(0))
            break;
        if (tcpAccepts(s.clientPort) &&
            sessionConnects(connect, int(std::min<qint64>(deadline.remainingTime(), 5000)),
                            mode == Mode::ReadOnly))
            return true;
        QThread::msleep(100);
    }
    if (error)
        *error = QStringLiteral("server %1 of the ensemble did not serve %2 sessions:\n%3")
                     .arg(index + 1)
                     .arg(mode == Mode::ReadOnly ? QStringLiteral("read-only")
                                                 : QStringLiteral("read-write"),
                          d->logTails(index));
    return false;
}

int ZkEnsembleFixture::size() const
{
    return int(d->servers.size());
}

quint16 ZkEnsembleFixture::clientPort(int index) const
{
    return d->servers.at(size_t(index)).clientPort;
}

QString ZkEnsembleFixture::connectString() const
{
    QStringList hosts;
    for (int i = 0; i < size(); ++i)
        hosts.append(connectString(i));
    return hosts.join(QLatin1Char(','));
}

QString ZkEnsembleFixture::connectString(int index) const
{
    return QStringLiteral("127.0.0.1:%1").arg(clientPort(index));
}

QString ZkEnsembleFixture::directory() const
{
    return d->dir ? d->dir->path() : QString();
}

} // namespace Portier::Test
