// SPDX-License-Identifier: GPL-3.0-or-later
// The KDC fixture and the klist oracle themselves, checked with MIT's own command-line tools,
// so that a failure in the backend tests can be told apart from a broken fixture.
#include "tests/support/kdc_fixture.h"
#include "tests/support/klist_oracle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace Portier::Test;
using Account = KdcFixture::Account;

class TestKerberosFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void environmentIsIsolated();
    void accountsHaveTheirPolicies_data();
    void accountsHaveTheirPolicies();
    void kinitAndKlistAgree();
    void keytabHoldsServiceAndAlice();
    void kadminReportsFailures();
    void alternateConfigPointsElsewhere();
    void oracleParsesKlistOutput();
    void stopKillsTheKdc();

private:
    bool runKinit(const QStringList &args, const QByteArray &password, QString *output,
                  const QStringList &environment = {});

    KdcFixture m_kdc;
};

bool TestKerberosFixture::runKinit(const QStringList &args, const QByteArray &password,
                                   QString *output, const QStringList &environment)
{
    QProcess p;
    p.setEnvironment(environment.isEmpty() ? m_kdc.processEnvironment() : environment);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/kinit"), args);
    if (!p.waitForStarted())
        return false;
    p.write(password + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return false;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestKerberosFixture::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(error));
    QVERIFY(m_kdc.isRunning());
    QVERIFY(m_kdc.port() > 0);
    qInfo("KDC started on port %d in %lld ms", m_kdc.port(), timer.elapsed());
}

void TestKerberosFixture::environmentIsIsolated()
{
    QCOMPARE(qEnvironmentVariable("KRB5_CONFIG"), m_kdc.krb5ConfPath());
    QCOMPARE(qEnvironmentVariable("KRB5CCNAME"),
             QStringLiteral("DIR:") + m_kdc.ccacheCollectionDir());
    QCOMPARE(qEnvironmentVariable("KRB5_CLIENT_KTNAME"),
             QStringLiteral("FILE:") + m_kdc.keytabPath());
    QVERIFY(!qEnvironmentVariableIsSet("KRB5_TRACE"));
    QVERIFY(m_kdc.processEnvironment().contains(QStringLiteral("KRB5_KDC_PROFILE=") +
                                                m_kdc.directory() + QStringLiteral("/kdc.conf")));
    QVERIFY(QFileInfo(m_kdc.ccacheCollectionDir()).isDir());
    QCOMPARE(KdcFixture::principal(Account::Service),
             QStringLiteral("host/portier-test.test.local@TEST.LOCAL"));
}

void TestKerberosFixture::accountsHaveTheirPolicies_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alice renewable 7 days") << KdcFixture::principal(Account::Alice)
                                            << QStringLiteral("Maximum renewable life: 7 days");
    QTest::newRow("bob not renewable") << KdcFixture::principal(Account::Bob)
                                       << QStringLiteral("Maximum renewable life: 0 days 00:00:00");
    QTest::newRow("shorty 5 minutes") << KdcFixture::principal(Account::Shorty)
                                      << QStringLiteral("Maximum ticket life: 0 days 00:05:00");
    QTest::newRow("disabled") << KdcFixture::principal(Account::Disabled)
                              << QStringLiteral("DISALLOW_ALL_TIX");
    QTest::newRow("preauth") << KdcFixture::principal(Account::Preauth)
                             << QStringLiteral("REQUIRES_PRE_AUTH");
    QTest::newRow("expired password") << KdcFixture::principal(Account::Expired)
                                      << QStringLiteral("Password expiration date: Sat Jan 01");
    QTest::newRow("krbtgt renewable 7 days") << QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL")
                                             << QStringLiteral("Maximum renewable life: 7 days");
}

void TestKerberosFixture::accountsHaveTheirPolicies()
{
    QFETCH(QString, principal);
    QFETCH(QString, expected);
    QString out;
    QVERIFY2(m_kdc.kadmin(QStringLiteral("getprinc ") + principal, &out), qPrintable(out));
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestKerberosFixture::kinitAndKlistAgree()
{
    const QString cache =
        QStringLiteral("FILE:") + m_kdc.directory() + QStringLiteral("/oracle-cc");
    QString out;
    QVERIFY2(runKinit({QStringLiteral("-r"), QStringLiteral("2d"), QStringLiteral("-f"),
                       QStringLiteral("-c"), cache, KdcFixture::principal(Account::Alice)},
                      KdcFixture::password(Account::Alice).toUtf8(), &out),
             qPrintable(out));

    KlistOracle klist(m_kdc.processEnvironment());
    QString error;
    const auto listed = klist.cache(cache, &error, true);
    QVERIFY2(listed, qPrintable(error));
    QCOMPARE(listed->name, cache);
    QCOMPARE(listed->defaultPrincipal, KdcFixture::principal(Account::Alice));
    QList<KlistTicket> tickets;
    for (const KlistTicket &t : listed->tickets) {
        if (!t.isConfig)
            tickets.append(t);
    }
    QCOMPARE(tickets.size(), 1);
    const KlistTicket &tgt = tickets.first();
    QCOMPARE(tgt.server, QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    QVERIFY2(tgt.flags.contains(QLatin1Char('F')) && tgt.flags.contains(QLatin1Char('R')) &&
                 tgt.flags.contains(QLatin1Char('I')),
             qPrintable(tgt.flags));
    QCOMPARE(tgt.sessionEnctype, QStringLiteral("aes256-cts-hmac-sha1-96"));
    QCOMPARE(tgt.ticketEnctype, QStringLiteral("aes256-cts-hmac-sha1-96"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(tgt.start.secsTo(now)) < 120);
    QCOMPARE(tgt.start.secsTo(tgt.end), 86400); // the realm's max_life
    QCOMPARE(tgt.start.secsTo(tgt.renewTill), 2 * 86400);
    QVERIFY(klist.hasValidTickets(cache));

    bool fastAvail = false;
    for (const KlistTicket &t : listed->tickets)
        fastAvail |= t.isConfig && t.configKey == QLatin1StringView("fast_avail");
    QVERIFY2(fastAvail, "MIT kinit records fast_avail for a KDC that offers FAST");
}

void TestKerberosFixture::keytabHoldsServiceAndAlice()
{
    KlistOracle klist(m_kdc.processEnvironment());
    QString error;
    const auto entries = klist.keytab(m_kdc.keytabPath(), &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList seen;
    for (const KlistKeytabEntry &e : *entries) {
        seen << QStringLiteral("%1 %2 %3").arg(e.principal).arg(e.kvno).arg(e.enctype);
        QVERIFY(e.timestamp.isValid());
    }
    QCOMPARE(
        seen,
        (QStringList{
            QStringLiteral("host/portier-test.test.local@TEST.LOCAL 2 aes256-cts-hmac-sha1-96"),
            QStringLiteral("host/portier-test.test.local@TEST.LOCAL 2 aes128-cts-hmac-sha1-96"),
            QStringLiteral("alice@TEST.LOCAL 1 aes256-cts-hmac-sha1-96"),
            QStringLiteral("alice@TEST.LOCAL 1 aes128-cts-hmac-sha1-96"),
        }));

    // Alice's keytab keys are her current keys: kinit -k works.
    const QString cache = QStringLiteral("FILE:") + m_kdc.directory() + QStringLiteral("/kt-cc");
    QString out;
    QVERIFY2(runKinit({QStringLiteral("-k"), QStringLiteral("-t"), m_kdc.keytabPath(),
                       QStringLiteral("-c"), cache, KdcFixture::principal(Account::Alice)},
                      {}, &out),
             qPrintable(out));
}

void TestKerberosFixture::kadminReportsFailures()
{
    QString out;
    QVERIFY(!m_kdc.kadmin(QStringLiteral("getprinc nosuch@TEST.LOCAL"), &out));
    QVERIFY2(out.contains(QLatin1StringView("does not exist")), qPrintable(out));
    QVERIFY(!m_kdc.kadmin(QStringLiteral("frobnicate"), &out));
}

void TestKerberosFixture::alternateConfigPointsElsewhere()
{
    const int dead = unusedLoopbackPort();
    QVERIFY(dead > 0 && dead != m_kdc.port());
    const QString path = m_kdc.writeAlternateConfig(QStringLiteral("dead"),
                                                    QStringLiteral("127.0.0.1:%1").arg(dead));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("kdc = 127.0.0.1:%1").arg(dead)));

    QStringList env = m_kdc.processEnvironment();
    env.replaceInStrings(QRegularExpression(QStringLiteral("^KRB5_CONFIG=.*")),
                         QStringLiteral("KRB5_CONFIG=") + path);
    QString out;
    QVERIFY(!runKinit({QStringLiteral("-c"),
                       QStringLiteral("FILE:") + m_kdc.directory() + QStringLiteral("/dead-cc"),
                       KdcFixture::principal(Account::Alice)},
                      KdcFixture::password(Account::Alice).toUtf8(), &out, env));
    QVERIFY2(out.contains(QLatin1StringView("Cannot contact any KDC")), qPrintable(out));

    SilentUdpPort silent;
    QVERIFY(silent.port() > 0);
}

void TestKerberosFixture::oracleParsesKlistOutput()
{
    // Captured from MIT klist 1.20 with LC_ALL=C TZ=UTC.
    const QString output =
        QStringLiteral("Ticket cache: DIR::/tmp/x/ccache/tkt2\n"
                       "Default principal: preauth@TEST.LOCAL\n"
                       "\n"
                       "Valid starting     Expires            Service principal\n"
                       "config: fast_avail(krbtgt/TEST.LOCAL@TEST.LOCAL) = yes\n"
                       "config: refresh_time = 1795334400\n"
                       "11/22/26 07:50:13  11/23/26 07:50:13  krbtgt/TEST.LOCAL@TEST.LOCAL\n"
                       "\trenew until 11/29/26 07:50:13, Flags: FRIA\n"
                       "\tEtype (skey, tkt): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96 \n"
                       "01/01/70 00:00:00  01/01/70 00:00:00  HTTP/web.test.local@TEST.LOCAL\n"
                       "\tfor client bob@TEST.LOCAL, Etype (skey, tkt): DEPRECATED:arcfour-hmac, "
                       "aes128-cts-hmac-sha1-96 \n"
                       "\n"
                       "Ticket cache: FILE:/tmp/cc\n"
                       "Default principal: alice@TEST.LOCAL\n"
                       "\n"
                       "Valid starting     Expires            Service principal\n");
    QString error;
    const auto caches = KlistOracle::parseCaches(output, &error);
    QVERIFY2(caches, qPrintable(error));
    QCOMPARE(caches->size(), 2);
    const KlistCache &c = caches->first();
    QCOMPARE(c.name, QStringLiteral("DIR::/tmp/x/ccache/tkt2"));
    QCOMPARE(c.defaultPrincipal, QStringLiteral("preauth@TEST.LOCAL"));
    QCOMPARE(c.tickets.size(), 4);
    QVERIFY(c.tickets.at(0).isConfig);
    QCOMPARE(c.tickets.at(0).configPrincipal, QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    QCOMPARE(c.tickets.at(1).configKey, QStringLiteral("refresh_time"));
    QCOMPARE(c.tickets.at(1).configPrincipal, QString());
    QCOMPARE(c.tickets.at(1).configValue, QStringLiteral("1795334400"));
    const KlistTicket &tgt = c.tickets.at(2);
    QCOMPARE(tgt.start, QDateTime(QDate(2026, 11, 22), QTime(7, 50, 13), QTimeZone::utc()));
    QCOMPARE(tgt.renewTill, QDateTime(QDate(2026, 11, 29), QTime(7, 50, 13), QTimeZone::utc()));
    QCOMPARE(tgt.flags, QStringLiteral("FRIA"));
    QCOMPARE(tgt.ticketEnctype, QStringLiteral("aes256-cts-hmac-sha1-96"));
    const KlistTicket &svc = c.tickets.at(3);
    QCOMPARE(svc.end, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
    QCOMPARE(svc.client, QStringLiteral("bob@TEST.LOCAL"));
    QCOMPARE(svc.sessionEnctype, QStringLiteral("DEPRECATED:arcfour-hmac"));
    QVERIFY(svc.flags.isEmpty());
    QVERIFY(!svc.renewTill.isValid());
    QCOMPARE(caches->at(1).tickets.size(), 0);

    QVERIFY(!KlistOracle::parseCaches(QStringLiteral("garbage\n"), &error));
    QVERIFY(error.contains(QStringLiteral("garbage")));

    const auto keytab = KlistOracle::parseKeytab(
        QStringLiteral(
            "Keytab name: FILE:/tmp/k\nKVNO Timestamp         Principal\n"
            "---- ----------------- ------\n"
            " 300 11/22/26 08:10:52 host/fuzz.test@FUZZ.TEST (aes256-cts-hmac-sha384-192) \n"),
        &error);
    QVERIFY2(keytab, qPrintable(error));
    QCOMPARE(keytab->size(), 1);
    QCOMPARE(keytab->first().kvno, 300);
    QCOMPARE(keytab->first().enctype, QStringLiteral("aes256-cts-hmac-sha384-192"));
    QCOMPARE(KlistOracle::parseTime(QStringLiteral("12/31/69 23:59:59")).date().year(), 1969);
    QCOMPARE(KlistOracle::parseTime(QStringLiteral("02/30/26 00:00:00")), QDateTime());
}

void TestKerberosFixture::stopKillsTheKdc()
{
    m_kdc.stop();
    QVERIFY(!m_kdc.isRunning());
}

QTEST_GUILESS_MAIN(TestKerberosFixture)
#include "tst_kerberos_fixture.moc"
