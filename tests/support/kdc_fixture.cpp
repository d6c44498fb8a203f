// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/kdc_fixture.h"

#include "tests/support/fixture_process.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <krb5.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace Portier::Test {

namespace {

const QString Krb5kdc = QStringLiteral("/usr/sbin/krb5kdc");
const QString Kdb5Util = QStringLiteral("/usr/sbin/kdb5_util");
const QString KadminLocal = QStringLiteral("/usr/sbin/kadmin.local");
const QString MasterPassword = QStringLiteral("portier-master-key");
constexpr int StartAttempts = 5;
constexpr int ReadyTimeoutMs = 15000;

struct Account
{
    const char *name;
    const char *password;
    const char *options; // kadmin addprinc options besides the key
};

Account accountData(KdcFixture::Account account)
{
    switch (account) {
    case KdcFixture::Account::Alice:
        return {"alice", "alice-pw-1", "-maxrenewlife 7d"};
    case KdcFixture::Account::Bob:
        return {"bob", "bob-pw-1", "-maxrenewlife 0"};
    case KdcFixture::Account::Shorty:
        return {"shorty", "shorty-pw-1", "-maxlife 5m"};
    case KdcFixture::Account::Disabled:
        return {"disabled", "disabled-pw-1", "-allow_tix"};
    case KdcFixture::Account::Preauth:
        return {"preauth", "preauth-pw-1", "+requires_preauth"};
    case KdcFixture::Account::Expired:
        return {"expired", "expired-pw-1", "-pwexpire 2000-01-01"};
    case KdcFixture::Account::Service:
        return {"host/portier-test.test.local", "", ""};
    }
    return {"", "", ""};
}

// Binds UDP and TCP on the same ephemeral loopback port and releases both, so that the port
// was free for both protocols a moment ago.
int freePortForUdpAndTcp()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (udp < 0)
            return 0;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        if (::bind(udp, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
            ::getsockname(udp, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
            ::close(udp);
            return 0;
        }
        const int tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const bool tcpFree =
            tcp >= 0 && ::bind(tcp, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        const int port = ntohs(addr.sin_port);
        if (tcp >= 0)
            ::close(tcp);
        ::close(udp);
        if (tcpFree)
            return port;
    }
    return 0;
}

} // namespace

KdcFixture::KdcFixture() = default;

KdcFixture::~KdcFixture()
{
    stop();
}

QString KdcFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString KdcFixture::krb5ConfPath() const
{
    return directory() + QStringLiteral("/krb5.conf");
}

QString KdcFixture::ccacheCollectionDir() const
{
    return directory() + QStringLiteral("/ccache");
}

QString KdcFixture::keytabPath() const
{
    return directory() + QStringLiteral("/test.keytab");
}

QString KdcFixture::principal(Account account)
{
    return QString::fromLatin1(accountData(account).name) + QStringLiteral("@TEST.LOCAL");
}

QString KdcFixture::password(Account account)
{
    return QString::fromLatin1(accountData(account).password);
}

static QString krb5ConfText(const QString &dir, const QString &kdcHostPort)
{
    // rdns/dns_canonicalize_hostname off: service names are used as written; no DNS traffic.
    return QStringLiteral("[libdefaults]\n"
                          " default_realm = TEST.LOCAL\n"
                          " dns_lookup_kdc = false\n"
                          " dns_lookup_realm = false\n"
                          " dns_canonicalize_hostname = false\n"
                          " rdns = false\n"
                          " ignore_acceptor_hostname = true\n"
                          " default_ccache_name = DIR:%1/ccache\n"
                          " default_keytab_name = FILE:%1/test.keytab\n"
                          " default_client_keytab_name = FILE:%1/test.keytab\n"
                          "\n"
                          "[realms]\n"
                          " TEST.LOCAL = {\n"
                          "  kdc = %2\n"
                          "  admin_server = %2\n"
                          " }\n"
                          "\n"
                          "[domain_realm]\n"
                          " .test.local = TEST.LOCAL\n"
                          " test.local = TEST.LOCAL\n")
        .arg(dir, kdcHostPort);
}

static QString kdcConfText(const QString &dir, int port)
{
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    // Both [kdcdefaults] and the realm name the port, so that krb5kdc never falls back to
    // binding port 88 on every address.
    return QStringLiteral("[kdcdefaults]\n"
                          " kdc_listen = %2\n"
                          " kdc_tcp_listen = %2\n"
                          " kdc_ports = %3\n"
                          " kdc_tcp_ports = %3\n"
                          "\n"
                          "[realms]\n"
                          " TEST.LOCAL = {\n"
                          "  database_name = %1/principal\n"
                          "  key_stash_file = %1/stash\n"
                          "  acl_file = %1/kadm5.acl\n"
                          "  kdc_listen = %2\n"
                          "  kdc_tcp_listen = %2\n"
                          "  max_life = 1d\n"
                          "  max_renewable_life = 7d\n"
                          "  supported_enctypes = aes256-cts-hmac-sha1-96:normal "
                          "aes128-cts-hmac-sha1-96:normal\n"
                          " }\n"
                          "\n"
                          "[logging]\n"
                          " kdc = FILE:%1/kdc.log\n"
                          " admin_server = FILE:%1/kadmin.log\n"
                          " default = FILE:%1/krb5lib.log\n")
        .arg(dir, listen, QString::number(port));
}

QStringList KdcFixture::processEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KRB5_CONFIG"), krb5ConfPath());
    env.insert(QStringLiteral("KRB5_KDC_PROFILE"), directory() + QStringLiteral("/kdc.conf"));
    env.insert(QStringLiteral("KRB5CCNAME"), QStringLiteral("DIR:") + ccacheCollectionDir());
    env.insert(QStringLiteral("KRB5_KTNAME"), QStringLiteral("FILE:") + keytabPath());
    env.insert(QStringLiteral("KRB5_CLIENT_KTNAME"), QStringLiteral("FILE:") + keytabPath());
    env.remove(QStringLiteral("KRB5_TRACE"));
    return env.toStringList();
}

void KdcFixture::applyEnvironment() const
{
    qputenv("KRB5_CONFIG", QFile::encodeName(krb5ConfPath()));
    qputenv("KRB5_KDC_PROFILE", QFile::encodeName(directory() + QStringLiteral("/kdc.conf")));
    qputenv("KRB5CCNAME", QFile::encodeName(QStringLiteral("DIR:") + ccacheCollectionDir()));
    qputenv("KRB5_KTNAME", QFile::encodeName(QStringLiteral("FILE:") + keytabPath()));
    qputenv("KRB5_CLIENT_KTNAME", QFile::encodeName(QStringLiteral("FILE:") + keytabPath()));
    qunsetenv("KRB5_TRACE");
}

void KdcFixture::withholdClientKeytab() const
{
    qputenv("KRB5_CLIENT_KTNAME",
            QFile::encodeName(QStringLiteral("FILE:%1/no-such-keytab").arg(directory())));
}

static bool runTool(const QString &program, const QStringList &args, const QStringList &env,
                    QString *output, int *exitCode)
{
    QProcess p;
    p.setEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (output)
            *output = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return false;
    }
    const bool finished = p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (output)
        *output = out + err;
    if (!finished) {
        p.kill();
        p.waitForFinished();
        if (output)
            *output += QStringLiteral("\n(%1 timed out)").arg(program);
        return false;
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    // kadmin.local exits 0 even when a query fails ("Principal does not exist while ..."), so
    // the com_err-style lines on stderr decide as well.
    const bool errorLine = err.contains(QLatin1StringView(" while ")) ||
                           err.contains(QLatin1StringView("Command not found")) ||
                           err.contains(QLatin1StringView("usage:"), Qt::CaseInsensitive) ||
                           err.contains(QLatin1StringView("Look at each database"));
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !errorLine;
}

bool KdcFixture::kadmin(const QString &query, QString *output) const
{
    if (!m_dir) {
        if (output)
            *output = QStringLiteral("the KDC fixture has no realm yet");
        return false;
    }
    // -p: kadmin.local would otherwise name a principal derived from the default cache.
    return runTool(KadminLocal,
                   {QStringLiteral("-r"), realm(), QStringLiteral("-p"),
                    QStringLiteral("portier/admin"), QStringLiteral("-q"), query},
                   processEnvironment(), output, nullptr);
}

QString KdcFixture::writeAlternateConfig(const QString &name, const QString &kdcHostPort) const
{
    const QString path = directory() + QStringLiteral("/krb5-%1.conf").arg(name);
    QString error;
    if (!FixtureProcess::writeFile(path, krb5ConfText(directory(), kdcHostPort), &error))
        qWarning("%s", qPrintable(error));
    return path;
}

static bool createRealm(const KdcFixture &kdc, const QStringList &env, QString *error)
{
    QString out;
    int code = 0;
    if (!runTool(Kdb5Util,
                 {QStringLiteral("-r"), kdc.realm(), QStringLiteral("create"), QStringLiteral("-s"),
                  QStringLiteral("-P"), MasterPassword},
                 env, &out, &code)) {
        *error = QStringLiteral("kdb5_util create failed (exit %1): %2").arg(code).arg(out);
        return false;
    }
    QStringList queries{QStringLiteral("modprinc -maxrenewlife 7d krbtgt/TEST.LOCAL")};
    using A = KdcFixture::Account;
    for (A account : {A::Alice, A::Bob, A::Shorty, A::Disabled, A::Preauth, A::Expired}) {
        const Account a = accountData(account);
        queries << QStringLiteral("addprinc -pw %1 %2 %3")
                       .arg(QLatin1StringView(a.password), QLatin1StringView(a.options),
                            QLatin1StringView(a.name));
    }
    const QString keytab = kdc.keytabPath();
    const QString service = QString::fromLatin1(accountData(A::Service).name);
    queries << QStringLiteral("addprinc -randkey %1").arg(service)
            << QStringLiteral("ktadd -k %1 %2").arg(keytab, service)
            << QStringLiteral("ktadd -k %1 -norandkey %2")
                   .arg(keytab, QLatin1StringView(accountData(A::Alice).name));
    for (const QString &q : std::as_const(queries)) {
        if (!kdc.kadmin(q, &out)) {
            *error = QStringLiteral("kadmin.local \"%1\" failed: %2").arg(q, out);
            return false;
        }
    }
    return true;
}

// The KDC answers when an AS-REQ for an unknown principal comes back with
// KDC_ERR_C_PRINCIPAL_UNKNOWN: only a running KDC with the realm's database says that.
static krb5_error_code probeKdc()
{
    krb5_context ctx = nullptr;
    krb5_error_code ret = krb5_init_context(&ctx); // reads KRB5_CONFIG set by applyEnvironment()
    if (ret)
        return ret;
    krb5_principal client = nullptr;
    ret = krb5_parse_name(ctx, "portier-probe@TEST.LOCAL", &client);
    if (!ret) {
        krb5_creds creds{};
        char password[] = "x";
        ret = krb5_get_init_creds_password(ctx, &creds, client, password, nullptr, nullptr, 0,
                                           nullptr, nullptr);
        if (!ret)
            krb5_free_cred_contents(ctx, &creds);
        krb5_free_principal(ctx, client);
    }
    krb5_free_context(ctx);
    return ret;
}

bool KdcFixture::start(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (isRunning())
        return true;
    for (const QString &tool : {Krb5kdc, Kdb5Util, KadminLocal}) {
        if (!QFileInfo(tool).isExecutable()) {
            *error =
                QStringLiteral("%1 is missing; install krb5-kdc and krb5-admin-server").arg(tool);
            return false;
        }
    }
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/portier-kdc-XXXXXX"));
    if (!m_dir->isValid()) {
        *error =
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        m_dir.reset();
        return false;
    }
    const QString dir = m_dir->path();
    if (!QDir().mkpath(ccacheCollectionDir())) {
        *error = QStringLiteral("cannot create %1").arg(ccacheCollectionDir());
        return false;
    }
    if (!FixtureProcess::writeFile(dir + QStringLiteral("/kadm5.acl"),
                                   QStringLiteral("*/admin@TEST.LOCAL *\n"), error))
        return false;

    bool realmCreated = false;
    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        const int port = freePortForUdpAndTcp();
        if (port == 0) {
            *error = QStringLiteral("no free loopback port for the KDC");
            return false;
        }
        if (!FixtureProcess::writeFile(krb5ConfPath(),
                                       krb5ConfText(dir, QStringLiteral("127.0.0.1:%1").arg(port)),
                                       error) ||
            !FixtureProcess::writeFile(dir + QStringLiteral("/kdc.conf"), kdcConfText(dir, port),
                                       error))
            return false;
        m_port = port;
        applyEnvironment();
        if (!realmCreated) {
            if (!createRealm(*this, processEnvironment(), error))
                return false;
            realmCreated = true;
        }

        m_kdc = std::make_unique<QProcess>();
        m_kdc->setEnvironment(processEnvironment());
        m_kdc->setStandardInputFile(QProcess::nullDevice());
        m_kdc->setStandardOutputFile(dir + QStringLiteral("/krb5kdc.out"));
        m_kdc->setStandardErrorFile(dir + QStringLiteral("/krb5kdc.out"), QIODevice::Append);
        FixtureProcess::dieWithParent(&*m_kdc);
        m_kdc->start(Krb5kdc, {QStringLiteral("-n"), QStringLiteral("-r"), realm()});
        if (!m_kdc->waitForStarted(10000)) {
            *error = QStringLiteral("cannot start krb5kdc: %1").arg(m_kdc->errorString());
            m_kdc.reset();
            return false;
        }
        FixtureProcess::track(pid_t(m_kdc->processId()));

        QDeadlineTimer deadline(ReadyTimeoutMs);
        krb5_error_code probe = 0;
        while (!deadline.hasExpired()) {
            if (m_kdc->state() != QProcess::Running || m_kdc->waitForFinished(0))
                break;
            probe = probeKdc();
            if (probe == KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN)
                return true;
            QThread::msleep(30);
        }
        const QString log = FixtureProcess::readFile(dir + QStringLiteral("/krb5kdc.out")) +
                            FixtureProcess::readFile(dir + QStringLiteral("/kdc.log"));
        *error = QStringLiteral("krb5kdc on 127.0.0.1:%1 did not answer (attempt %2, last probe "
                                "error %3): %4")
                     .arg(port)
                     .arg(attempt)
                     .arg(probe)
                     .arg(log);
        // Another process may have taken the port between our check and krb5kdc's bind:
        // try again on a new port with the same database.
        stop();
    }
    return false;
}

void KdcFixture::stop()
{
    if (!m_kdc)
        return;
    const pid_t pid = pid_t(m_kdc->processId());
    if (m_kdc->state() != QProcess::NotRunning) {
        m_kdc->terminate();
        if (!m_kdc->waitForFinished(3000)) {
            m_kdc->kill();
            m_kdc->waitForFinished(3000);
        }
    }
    if (pid > 0)
        FixtureProcess::untrack(pid);
    m_kdc.reset();
}

bool KdcFixture::isRunning() const
{
    return m_kdc && m_kdc->state() == QProcess::Running;
}

SilentUdpPort::SilentUdpPort()
{
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(addr.sin_port);
}

SilentUdpPort::~SilentUdpPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int unusedLoopbackPort()
{
    return freePortForUdpAndTcp();
}

} // namespace Portier::Test
