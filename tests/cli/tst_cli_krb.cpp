// SPDX-License-Identifier: GPL-3.0-or-later
// The built portier-cli against a real MIT KDC (tests/support/kdc_fixture.h): its --json output
// compared with MIT klist parsed by an independent oracle, its exit codes, and the rule that a
// password travels on stdin only.
#include "tests/support/kdc_fixture.h"
#include "tests/support/klist_oracle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace Portier::Test;
using Account = KdcFixture::Account;

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
            .arg(out, err);
    }
};

QDateTime jsonTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

/// Every process's command line on the machine, NUL separators turned into spaces.
QStringList allCommandLines()
{
    QStringList lines;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (file.open(QIODevice::ReadOnly))
            lines.append(QString::fromLocal8Bit(file.readAll().replace('\0', ' ')));
    }
    return lines;
}

} // namespace

class TestCliKrb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void version();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void kinitReadsPasswordFromStdinOnly();
    void cachesJsonMatchesKlist();
    void cachesHumanOutput();
    void keytabJsonMatchesKlist();
    void keytabHumanOutput();
    void authenticationFailuresExitThree_data();
    void authenticationFailuresExitThree();
    void kdcUnreachableExitsThree();
    void traceShowsEvidence();
    void renew();
    void renewNotRenewableExitsOne();
    void destroy();
    void switchPrimaryMatchesKlist();
    void testKeytabLeavesCachesAlone();
    void testKeytabWithoutKeyExitsOne();
    void pkexecRefusesStateChanges();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                  const QStringList &environment = {}) const;
    /// kinit with the account's password on stdin; returns the cache it used.
    QString kinit(Account account, const QStringList &extra = {});

    KdcFixture m_kdc;
    std::unique_ptr<KlistOracle> m_klist;
};

void TestCliKrb::initTestCase()
{
    QVERIFY2(QFileInfo(CliPath).isExecutable(), qPrintable(CliPath + QStringLiteral(" missing")));
    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(QStringLiteral("the test KDC did not start: ") +
                                             error + QStringLiteral(" (run installer/setup.sh)")));
    m_klist = std::make_unique<KlistOracle>(m_kdc.processEnvironment());
}

void TestCliKrb::init()
{
    // Every test starts with an empty cache collection (the directory stays: DIR: needs it).
    QDir dir(m_kdc.ccacheCollectionDir());
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &file : files)
        QVERIFY(dir.remove(file));
}

void TestCliKrb::cleanupTestCase()
{
    m_kdc.stop();
}

CliRun TestCliKrb::runCli(const QStringList &arguments, const QByteArray &stdinData,
                          const QStringList &environment) const
{
    QProcess process;
    process.setProgram(CliPath);
    process.setArguments(arguments);
    process.setEnvironment(environment.isEmpty() ? m_kdc.processEnvironment() : environment);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("portier-cli did not finish within 60 s");
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

QString TestCliKrb::kinit(Account account, const QStringList &extra)
{
    const CliRun run = runCli(
        QStringList{QStringLiteral("krb"), QStringLiteral("kinit"), KdcFixture::principal(account),
                    QStringLiteral("--password-stdin"), QStringLiteral("--json")} +
            extra,
        KdcFixture::password(account).toUtf8() + '\n');
    if (run.exitCode != 0)
        qWarning().noquote() << run.describe();
    return run.exitCode == 0 ? run.json.value(QStringLiteral("cache")).toString() : QString();
}

void TestCliKrb::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("portier-cli " PORTIER_VERSION "\n"));
}

void TestCliKrb::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    const QString alice = KdcFixture::principal(Account::Alice);
    const QByteArray password = KdcFixture::password(Account::Alice).toUtf8() + '\n';
    QTest::newRow("no arguments") << QStringList() << QByteArray();
    QTest::newRow("vault is not available yet")
        << QStringList{QStringLiteral("vault"), QStringLiteral("ls")} << QByteArray();
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("krb"), QStringLiteral("frob")}
                                  << QByteArray();
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("krb"), QStringLiteral("caches"), QStringLiteral("--frob")}
        << QByteArray();
    QTest::newRow("kinit without a password source on a pipe")
        << QStringList{QStringLiteral("krb"), QStringLiteral("kinit"), alice} << password;
    QTest::newRow("kinit with nothing on stdin")
        << QStringList{QStringLiteral("krb"), QStringLiteral("kinit"), alice,
                       QStringLiteral("--password-stdin")}
        << QByteArray();
    QTest::newRow("password and keytab") << QStringList{QStringLiteral("krb"),
                                                        QStringLiteral("kinit"),
                                                        alice,
                                                        QStringLiteral("--password-stdin"),
                                                        QStringLiteral("--keytab"),
                                                        m_kdc.keytabPath()}
                                         << password;
    QTest::newRow("cache and new cache") << QStringList{QStringLiteral("krb"),
                                                        QStringLiteral("kinit"),
                                                        alice,
                                                        QStringLiteral("--password-stdin"),
                                                        QStringLiteral("--cache"),
                                                        QStringLiteral("FILE:/tmp/x"),
                                                        QStringLiteral("--new-cache")}
                                         << password;
    QTest::newRow("lifetime that does not parse") << QStringList{QStringLiteral("krb"),
                                                                 QStringLiteral("kinit"),
                                                                 alice,
                                                                 QStringLiteral("--password-stdin"),
                                                                 QStringLiteral("--lifetime"),
                                                                 QStringLiteral("forever")}
                                                  << password;
}

void TestCliKrb::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliRun run = runCli(arguments, input);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(m_klist->collection(nullptr).value_or(QList<KlistCollectionEntry>()).isEmpty(),
             "a usage error must not obtain a ticket");
}

void TestCliKrb::kinitReadsPasswordFromStdinOnly()
{
    const QString password = KdcFixture::password(Account::Alice);
    const QStringList arguments{QStringLiteral("krb"), QStringLiteral("kinit"),
                                KdcFixture::principal(Account::Alice),
                                QStringLiteral("--password-stdin"), QStringLiteral("--trace")};
    QVERIFY(!arguments.join(QLatin1Char(' ')).contains(password));

    // While portier-cli runs, no process on the machine (portier-cli, or anything it might
    // start) may carry the password in its command line.
    QProcess process;
    process.setProgram(CliPath);
    process.setArguments(arguments);
    process.setEnvironment(m_kdc.processEnvironment());
    process.start();
    QVERIFY(process.waitForStarted());
    int scans = 0;
    const auto scan = [&] {
        ++scans;
        const QStringList lines = allCommandLines();
        for (const QString &line : lines)
            QVERIFY2(!line.contains(password), qPrintable(QStringLiteral("in argv: ") + line));
    };
    scan(); // portier-cli now waits for stdin
    QFile environ(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(!environ.readAll().contains(password.toUtf8()));
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(5) && timer.elapsed() < 60000) {
        scan();
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(process.state(), QProcess::NotRunning);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(scans >= 1, "the command lines were never scanned");
    QVERIFY2(!out.contains(password) && !err.contains(password), "the password was printed");
    QVERIFY2(out.contains(KdcFixture::principal(Account::Alice)), qPrintable(out));

    QString error;
    const auto caches = m_klist->caches(&error);
    QVERIFY2(caches, qPrintable(error));
    QCOMPARE(caches->size(), 1);
    QCOMPARE(caches->first().defaultPrincipal, KdcFixture::principal(Account::Alice));
}

void TestCliKrb::cachesJsonMatchesKlist()
{
    QVERIFY(!kinit(Account::Alice, {QStringLiteral("--forwardable"), QStringLiteral("--renewable"),
                                    QStringLiteral("2d")})
                 .isEmpty());
    QVERIFY(!kinit(Account::Bob, {QStringLiteral("--new-cache")}).isEmpty());

    const CliRun run =
        runCli({QStringLiteral("krb"), QStringLiteral("caches"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const auto klist = m_klist->cachesWithConfig(&error);
    QVERIFY2(klist, qPrintable(error));

    const QJsonArray caches = run.json.value(QStringLiteral("caches")).toArray();
    QCOMPARE(caches.size(), klist->size());
    QCOMPARE(caches.size(), 2);
    int primaries = 0;
    for (const KlistCache &expected : *klist) {
        const auto found = std::find_if(caches.begin(), caches.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("name")).toString() == expected.name;
        });
        QVERIFY2(found != caches.end(), qPrintable(expected.name + QStringLiteral(" not listed")));
        const QJsonObject cache = found->toObject();
        QCOMPARE(cache.value(QStringLiteral("principal")).toString(), expected.defaultPrincipal);
        QCOMPARE(cache.value(QStringLiteral("type")).toString(), QStringLiteral("DIR"));
        primaries += cache.value(QStringLiteral("primary")).toBool() ? 1 : 0;

        // portier lists tickets first, then configuration entries; klist -C in cache order.
        QList<QJsonObject> tickets;
        QStringList configKeys;
        const QJsonArray credentials = cache.value(QStringLiteral("credentials")).toArray();
        for (const QJsonValue &v : credentials) {
            const QJsonObject credential = v.toObject();
            QVERIFY(credential.value(QStringLiteral("warnings")).isArray());
            if (credential.value(QStringLiteral("is_config")).toBool())
                configKeys.append(credential.value(QStringLiteral("config_key")).toString());
            else
                tickets.append(credential);
        }
        QStringList expectedConfigKeys;
        QList<KlistTicket> expectedTickets;
        for (const KlistTicket &ticket : expected.tickets) {
            if (ticket.isConfig)
                expectedConfigKeys.append(ticket.configKey);
            else
                expectedTickets.append(ticket);
        }
        configKeys.sort();
        expectedConfigKeys.sort();
        QCOMPARE(configKeys, expectedConfigKeys);
        QCOMPARE(tickets.size(), expectedTickets.size());
        QVERIFY(!tickets.isEmpty());
        for (qsizetype i = 0; i < expectedTickets.size(); ++i) {
            const KlistTicket &ticket = expectedTickets[i];
            const QJsonObject &credential = tickets[i];
            QCOMPARE(credential.value(QStringLiteral("server")).toString(), ticket.server);
            QCOMPARE(jsonTime(credential.value(QStringLiteral("start_time"))), ticket.start);
            QCOMPARE(jsonTime(credential.value(QStringLiteral("end_time"))), ticket.end);
            QCOMPARE(jsonTime(credential.value(QStringLiteral("renew_till"))), ticket.renewTill);
            QCOMPARE(credential.value(QStringLiteral("flags")).toString(), ticket.flags);
            QCOMPARE(credential.value(QStringLiteral("session_enctype")).toString(),
                     ticket.sessionEnctype);
            QCOMPARE(credential.value(QStringLiteral("ticket_enctype")).toString(),
                     ticket.ticketEnctype);
        }
    }
    QCOMPARE(primaries, 1);

    // Alice asked for forwardable and renewable; Bob's policy allows no renewal.
    const auto aliceCache = std::find_if(klist->begin(), klist->end(), [](const KlistCache &c) {
        return c.defaultPrincipal == KdcFixture::principal(Account::Alice);
    });
    QVERIFY(aliceCache != klist->end());
    const auto aliceTgt = std::find_if(aliceCache->tickets.begin(), aliceCache->tickets.end(),
                                       [](const KlistTicket &t) { return !t.isConfig; });
    QVERIFY(aliceTgt != aliceCache->tickets.end());
    QVERIFY2(aliceTgt->flags.contains(QLatin1Char('F')), qPrintable(aliceTgt->flags));
    QVERIFY2(aliceTgt->flags.contains(QLatin1Char('R')), qPrintable(aliceTgt->flags));
    QVERIFY(aliceTgt->renewTill.isValid());
}

void TestCliKrb::cachesHumanOutput()
{
    QVERIFY(!kinit(Account::Alice).isEmpty());
    const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("caches")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("Default principal: alice@TEST.LOCAL")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Valid for another")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("\nFlags: ")), qPrintable(run.out));
}

void TestCliKrb::keytabJsonMatchesKlist()
{
    QString error;
    const auto expected = m_klist->keytab(m_kdc.keytabPath(), &error);
    QVERIFY2(expected, qPrintable(error));
    QVERIFY(!expected->isEmpty());

    // Once with the path, once through KRB5_KTNAME (the fixture points it at the same file).
    const QList<QStringList> invocations{
        {QStringLiteral("krb"), QStringLiteral("keytab"), m_kdc.keytabPath(),
         QStringLiteral("--json")},
        {QStringLiteral("krb"), QStringLiteral("keytab"), QStringLiteral("--json")}};
    for (const QStringList &arguments : invocations) {
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json.value(QStringLiteral("path")).toString(), m_kdc.keytabPath());
        QVERIFY(run.json.value(QStringLiteral("warnings")).isArray());
        const QJsonArray entries = run.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), expected->size());
        for (qsizetype i = 0; i < expected->size(); ++i) {
            const QJsonObject entry = entries[i].toObject();
            QCOMPARE(entry.value(QStringLiteral("principal")).toString(),
                     expected->at(i).principal);
            QCOMPARE(entry.value(QStringLiteral("kvno")).toInt(), expected->at(i).kvno);
            QCOMPARE(entry.value(QStringLiteral("enctype")).toString(), expected->at(i).enctype);
            QCOMPARE(jsonTime(entry.value(QStringLiteral("timestamp"))), expected->at(i).timestamp);
        }
    }
}

void TestCliKrb::keytabHumanOutput()
{
    const CliRun run =
        runCli({QStringLiteral("krb"), QStringLiteral("keytab"), m_kdc.keytabPath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(QStringLiteral("Keytab: ") + m_kdc.keytabPath()),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(KdcFixture::principal(Account::Service)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("aes256-cts-hmac-sha1-96")), qPrintable(run.out));

    const CliRun missing = runCli({QStringLiteral("krb"), QStringLiteral("keytab"),
                                   m_kdc.directory() + QStringLiteral("/no-such.keytab")});
    QVERIFY2(missing.exitCode == 1, qPrintable(missing.describe()));
    QVERIFY2(missing.err.contains(QStringLiteral("no-such.keytab")),
             qPrintable(missing.describe()));
}

void TestCliKrb::authenticationFailuresExitThree_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong password")
        << KdcFixture::principal(Account::Alice) << QStringLiteral("not-the-password")
        << QStringLiteral("Kerberos.PreauthFailed");
    QTest::newRow("unknown principal")
        << QStringLiteral("nobody@TEST.LOCAL") << QStringLiteral("whatever")
        << QStringLiteral("Kerberos.ClientUnknown");
    QTest::newRow("disabled principal")
        << KdcFixture::principal(Account::Disabled) << KdcFixture::password(Account::Disabled)
        << QStringLiteral("Kerberos.ClientRevoked");
    QTest::newRow("expired password")
        << KdcFixture::principal(Account::Expired) << KdcFixture::password(Account::Expired)
        << QStringLiteral("Kerberos.PasswordExpired");
}

void TestCliKrb::authenticationFailuresExitThree()
{
    QFETCH(QString, principal);
    QFETCH(QString, password);
    QFETCH(QString, code);
    const QStringList arguments{QStringLiteral("krb"), QStringLiteral("kinit"), principal,
                                QStringLiteral("--password-stdin")};

    const CliRun human = runCli(arguments, password.toUtf8() + '\n');
    QVERIFY2(human.exitCode == 3, qPrintable(human.describe()));
    QVERIFY2(human.out.isEmpty(), qPrintable(human.describe()));
    QVERIFY2(human.err.startsWith(QStringLiteral("portier-cli krb kinit: ")),
             qPrintable(human.describe()));
    QVERIFY2(human.err.contains(QStringLiteral("Error code: ") + code),
             qPrintable(human.describe()));
    QVERIFY2(!human.err.contains(password), "the password was printed");

    const CliRun json =
        runCli(arguments + QStringList{QStringLiteral("--json")}, password.toUtf8() + '\n');
    QVERIFY2(json.exitCode == 3, qPrintable(json.describe()));
    const QJsonObject error = json.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!json.out.contains(password));

    QVERIFY2(m_klist->collection(nullptr).value_or(QList<KlistCollectionEntry>()).isEmpty(),
             "a failed kinit must not leave a cache behind");
}

void TestCliKrb::kdcUnreachableExitsThree()
{
    const QString config = m_kdc.writeAlternateConfig(
        QStringLiteral("dead"), QStringLiteral("127.0.0.1:%1").arg(unusedLoopbackPort()));
    QStringList environment = m_kdc.processEnvironment();
    environment.replaceInStrings(QRegularExpression(QStringLiteral("^KRB5_CONFIG=.*")),
                                 QStringLiteral("KRB5_CONFIG=") + config);
    const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("kinit"),
                               KdcFixture::principal(Account::Alice),
                               QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                              KdcFixture::password(Account::Alice).toUtf8() + '\n', environment);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(
        run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("Kerberos.KdcUnreachable"));
}

void TestCliKrb::traceShowsEvidence()
{
    const QStringList arguments{QStringLiteral("krb"), QStringLiteral("kinit"),
                                KdcFixture::principal(Account::Alice),
                                QStringLiteral("--password-stdin")};
    const QByteArray wrong("wrong-password\n");

    const CliRun json = runCli(arguments + QStringList{QStringLiteral("--json")}, wrong);
    const QJsonArray evidence = json.json.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("evidence"))
                                    .toArray();
    QVERIFY2(!evidence.isEmpty(), qPrintable(json.describe()));
    const QString source = evidence.first().toObject().value(QStringLiteral("source")).toString();

    const CliRun plain = runCli(arguments, wrong);
    QCOMPARE(plain.exitCode, 3);
    QVERIFY2(plain.err.contains(QStringLiteral("run again with --trace")), qPrintable(plain.err));
    QVERIFY(!plain.err.contains(QStringLiteral("Evidence from")));

    const CliRun traced = runCli(arguments + QStringList{QStringLiteral("--trace")}, wrong);
    QCOMPARE(traced.exitCode, 3);
    QVERIFY2(traced.err.contains(QStringLiteral("Evidence from ") + source),
             qPrintable(traced.err));
    QVERIFY2(traced.err.contains(QStringLiteral("Sending request")), qPrintable(traced.err));
    QVERIFY(traced.err.count(QLatin1Char('\n')) > plain.err.count(QLatin1Char('\n')));
}

void TestCliKrb::renew()
{
    const QString cache =
        kinit(Account::Alice, {QStringLiteral("--renewable"), QStringLiteral("2d")});
    QVERIFY(!cache.isEmpty());
    QString error;
    const auto before = m_klist->cache(cache, &error);
    QVERIFY2(before, qPrintable(error));
    QTest::qWait(1100); // klist prints seconds: a renewal must move the start time

    const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("renew"),
                               QStringLiteral("--cache"), cache, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json.value(QStringLiteral("cache")).toString(), cache);
    const auto after = m_klist->cache(cache, &error);
    QVERIFY2(after, qPrintable(error));
    QVERIFY(after->tickets.first().start > before->tickets.first().start);
}

void TestCliKrb::renewNotRenewableExitsOne()
{
    const QString cache = kinit(Account::Bob);
    QVERIFY(!cache.isEmpty());
    const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("renew"),
                               QStringLiteral("--cache"), cache, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(
        run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("Kerberos.NotRenewable"));
}

void TestCliKrb::destroy()
{
    const QString cache = kinit(Account::Alice);
    QVERIFY(!cache.isEmpty());
    QVERIFY(m_klist->hasValidTickets(cache));
    const CliRun run = runCli(
        {QStringLiteral("krb"), QStringLiteral("destroy"), QStringLiteral("--cache"), cache});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!m_klist->hasValidTickets(cache));
}

void TestCliKrb::switchPrimaryMatchesKlist()
{
    const QString alice = kinit(Account::Alice);
    const QString bob = kinit(Account::Bob, {QStringLiteral("--new-cache")});
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    QVERIFY(alice != bob);

    for (const QString &target : {alice, bob}) {
        const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("switch"), target});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QString error;
        const auto collection = m_klist->collection(&error);
        QVERIFY2(collection && !collection->isEmpty(), qPrintable(error));
        QCOMPARE(collection->first().cacheName, target); // klist -l lists the primary first

        const CliRun caches =
            runCli({QStringLiteral("krb"), QStringLiteral("caches"), QStringLiteral("--json")});
        const QJsonArray list = caches.json.value(QStringLiteral("caches")).toArray();
        for (const QJsonValue &cache : list) {
            const QJsonObject o = cache.toObject();
            QCOMPARE(o.value(QStringLiteral("primary")).toBool(),
                     o.value(QStringLiteral("name")).toString() == target);
        }
    }
}

void TestCliKrb::testKeytabLeavesCachesAlone()
{
    const CliRun run =
        runCli({QStringLiteral("krb"), QStringLiteral("test-keytab"), m_kdc.keytabPath(),
                QStringLiteral("--principal"), KdcFixture::principal(Account::Service)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(m_klist->collection(nullptr).value_or(QList<KlistCollectionEntry>()).isEmpty(),
             "test-keytab must not create a cache in the collection");
}

void TestCliKrb::testKeytabWithoutKeyExitsOne()
{
    const CliRun run = runCli({QStringLiteral("krb"), QStringLiteral("test-keytab"),
                               m_kdc.keytabPath(), QStringLiteral("--principal"),
                               QStringLiteral("nobody@TEST.LOCAL"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(
        run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("Kerberos.KeytabNoKey"));
}

void TestCliKrb::pkexecRefusesStateChanges()
{
    if (::geteuid() != 0)
        QSKIP("pkexec runs portier-cli as root; this test needs root to reproduce that");
    QVERIFY(!kinit(Account::Alice).isEmpty());
    QStringList environment = m_kdc.processEnvironment();
    environment.append(QStringLiteral("PKEXEC_UID=1000"));

    const CliRun destroy =
        runCli({QStringLiteral("krb"), QStringLiteral("destroy")}, {}, environment);
    QVERIFY2(destroy.exitCode == 2, qPrintable(destroy.describe()));
    QVERIFY2(destroy.err.contains(QStringLiteral("pkexec")), qPrintable(destroy.describe()));
    QVERIFY(m_klist->hasValidTickets());

    const CliRun caches =
        runCli({QStringLiteral("krb"), QStringLiteral("caches"), QStringLiteral("--json")}, {},
               environment);
    QVERIFY2(caches.exitCode == 0, qPrintable(caches.describe()));
}

QTEST_GUILESS_MAIN(TestCliKrb)
#include "tst_cli_krb.moc"
