// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"
#include "backends/kerberos/kinit_request.h"
#include "backends/kerberos/shell_quote.h"

#include <QJsonDocument>
#include <QTest>

using namespace Portier;

class TestKerberosValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void collectionRoundTrip();
    void collectionJsonFollowsCliContract();
    void keytabRoundTrip();
    void outcomeRoundTrip();
    void malformedCollection_data();
    void malformedCollection();
    void shellCommand_data();
    void shellCommand();
    void shellQuote_data();
    void shellQuote();
    void tgtLookup();
};

static QDateTime utc(int h, int m = 0)
{
    return QDateTime(QDate(2026, 11, 22), QTime(h, m), Qt::UTC);
}

static CacheCollection sampleCollection()
{
    Credential tgt;
    tgt.client = QStringLiteral("alice@TEST.LOCAL");
    tgt.server = QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL");
    tgt.authTime = utc(7);
    tgt.startTime = utc(7);
    tgt.endTime = utc(17);
    tgt.renewTill = utc(7).addDays(7);
    tgt.flagBits = 0x40e10000;
    tgt.flags = QStringLiteral("FRIA");
    tgt.sessionEnctype = QStringLiteral("aes256-cts-hmac-sha1-96");
    tgt.ticketEnctype = QStringLiteral("aes256-cts-hmac-sha1-96");
    tgt.ticketSize = 321;

    Credential placeholder;
    placeholder.client = QStringLiteral("adm.bob@CORPO.LOCAL");
    placeholder.server = QStringLiteral("krbtgt/CORPO.LOCAL@CORPO.LOCAL");
    placeholder.warnings = {Warning{QStringLiteral("placeholder-offline"),
                                    QStringLiteral("SSSD could not reach a KDC."),
                                    Warning::Severity::Critical}};

    Credential config;
    config.isConfig = true;
    config.client = QStringLiteral("alice@TEST.LOCAL");
    config.server = QStringLiteral(
        "X-CACHECONF:/krb5_ccache_conf_data/pa_type/krbtgt\\/TEST.LOCAL\\@TEST.LOCAL@X-CACHECONF:");
    config.configKey = QStringLiteral("pa_type");
    config.configValue = QStringLiteral("2");
    config.configMeaning = QStringLiteral("encrypted timestamp");

    CredentialCache a;
    a.name = QStringLiteral("DIR::/tmp/cc/tkt");
    a.type = QStringLiteral("DIR");
    a.primary = true;
    a.principal = tgt.client;
    a.location = QStringLiteral("/tmp/cc/tkt");
    a.credentials = {tgt, config};

    CredentialCache b;
    b.name = QStringLiteral("FILE:/tmp/krb5cc_62402728_D7ksT4");
    b.type = QStringLiteral("FILE");
    b.principal = placeholder.client;
    b.credentials = {placeholder};
    b.readError = Error(CoreError::NeedsPrivilege, QStringLiteral("unreadable"));

    return CacheCollection{{a, b}, a.name, {}};
}

void TestKerberosValues::collectionRoundTrip()
{
    const CacheCollection c = sampleCollection();
    const QByteArray text = QJsonDocument(c.toJson()).toJson();
    QString error;
    auto back = CacheCollection::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, c);
    QVERIFY(back->caches[1].credentials[0].hasAllZeroTimes());
    QVERIFY(!back->caches[0].credentials[0].hasAllZeroTimes());
}

void TestKerberosValues::collectionJsonFollowsCliContract()
{
    const QJsonObject json = sampleCollection().toJson();
    const QJsonObject cache = json[QLatin1StringView("caches")][0].toObject();
    for (const char *key : {"name", "type", "primary", "principal", "credentials"})
        QVERIFY2(cache.contains(QLatin1StringView(key)), key);
    const QJsonObject cred = cache[QLatin1StringView("credentials")][0].toObject();
    for (const char *key : {"client", "server", "auth_time", "start_time", "end_time", "renew_till",
                            "flags", "session_enctype", "ticket_enctype", "is_config", "warnings"})
        QVERIFY2(cred.contains(QLatin1StringView(key)), key);
    QCOMPARE(cred[QLatin1StringView("end_time")].toString(),
             QStringLiteral("2026-11-22T17:00:00Z"));
    const QJsonObject placeholder =
        json[QLatin1StringView("caches")][1][QLatin1StringView("credentials")][0].toObject();
    QVERIFY(placeholder[QLatin1StringView("start_time")].isNull());
    QVERIFY(placeholder[QLatin1StringView("renew_till")].isNull());
}

void TestKerberosValues::keytabRoundTrip()
{
    KeytabListing k;
    k.path = QStringLiteral("/etc/krb5.keytab");
    k.entries = {KeytabEntry{QStringLiteral("host/web1.corp.test@CORP.TEST"),
                             3,
                             QStringLiteral("aes256-cts-hmac-sha1-96"),
                             18,
                             utc(3),
                             {}},
                 KeytabEntry{QStringLiteral("WEB1$@CORP.TEST"),
                             2,
                             QStringLiteral("arcfour-hmac"),
                             23,
                             utc(2),
                             {Warning{QStringLiteral("weak-enctype"), QStringLiteral("RC4"),
                                      Warning::Severity::Warning}}}};
    QString error;
    auto back = KeytabListing::fromJson(k.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, k);
    QCOMPARE(back->principals(), (QStringList{QStringLiteral("host/web1.corp.test@CORP.TEST"),
                                              QStringLiteral("WEB1$@CORP.TEST")}));
}

void TestKerberosValues::outcomeRoundTrip()
{
    ActionOutcome o;
    o.summary = QStringLiteral("Obtained a ticket.");
    o.cacheName = QStringLiteral("DIR::/tmp/cc/tkt");
    o.shellCommand = QStringLiteral("kinit alice@TEST.LOCAL");
    o.trace.source = QStringLiteral("krb5 trace");
    o.trace.lines = {QStringLiteral("line")};
    QString error;
    auto back = ActionOutcome::fromJson(o.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, o);
}

void TestKerberosValues::malformedCollection_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("no caches") << QByteArray("{}") << QStringLiteral("missing field \"caches\"");
    QTest::newRow("cache not object")
        << QByteArray(R"({"caches":[1]})") << QStringLiteral("expected an object in the list");
    QTest::newRow("bad time")
        << QByteArray(
               R"({"caches":[{"name":"n","type":"FILE","credentials":[{"client":"c","server":"s","end_time":"tomorrow"}]}]})")
        << QStringLiteral("field \"end_time\" is not an ISO 8601 time");
    QTest::newRow("negative size")
        << QByteArray(
               R"({"caches":[{"name":"n","type":"FILE","credentials":[{"client":"c","server":"s","ticket_size":-1}]}]})")
        << QStringLiteral("credential for \"s\" has out-of-range numbers");
    QTest::newRow("error not object")
        << QByteArray(R"({"caches":[{"name":"n","type":"FILE","error":"x"}]})")
        << QStringLiteral("field \"error\" of cache \"n\" is not an object");
}

void TestKerberosValues::malformedCollection()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!CacheCollection::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QCOMPARE(error, expectedError);
}

void TestKerberosValues::shellCommand_data()
{
    QTest::addColumn<KinitRequest>("request");
    QTest::addColumn<QString>("command");
    KinitRequest plain;
    plain.principal = QStringLiteral("alice@TEST.LOCAL");
    QTest::newRow("plain") << plain << QStringLiteral("kinit alice@TEST.LOCAL");
    KinitRequest full = plain;
    full.lifetime = QStringLiteral("10h");
    full.renewableLifetime = QStringLiteral("7d");
    full.forwardable = true;
    full.proxiable = true;
    full.target = KinitRequest::Target::Named;
    full.cacheName = QStringLiteral("FILE:/tmp/my cache");
    full.password = "secret";
    QTest::newRow("all options")
        << full
        << QStringLiteral("kinit -l 10h -r 7d -f -p -c 'FILE:/tmp/my cache' alice@TEST.LOCAL");
    KinitRequest keytab;
    keytab.principal = QStringLiteral("host/web1.corp.test@CORP.TEST");
    keytab.source = KinitRequest::Source::Keytab;
    keytab.keytabPath = QStringLiteral("/etc/krb5.keytab");
    QTest::newRow("keytab") << keytab
                            << QStringLiteral(
                                   "kinit -k -t /etc/krb5.keytab host/web1.corp.test@CORP.TEST");
    KinitRequest machine;
    machine.principal = QStringLiteral("WEB1$@CORP.TEST");
    machine.source = KinitRequest::Source::Keytab;
    QTest::newRow("dollar is quoted") << machine << QStringLiteral("kinit -k -i 'WEB1$@CORP.TEST'");
}

void TestKerberosValues::shellCommand()
{
    QFETCH(KinitRequest, request);
    QFETCH(QString, command);
    QCOMPARE(request.shellCommand(), command);
    QVERIFY(!request.shellCommand().contains(QStringLiteral("secret")));
}

void TestKerberosValues::shellQuote_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("safe") << QStringLiteral("DIR::/run/user/1000/krb5cc")
                          << QStringLiteral("DIR::/run/user/1000/krb5cc");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("command substitution")
        << QStringLiteral("$(rm -rf /)") << QStringLiteral("'$(rm -rf /)'");
    QTest::newRow("non-ascii") << QStringLiteral("héloïse@TEST")
                               << QStringLiteral("'héloïse@TEST'");
}

void TestKerberosValues::shellQuote()
{
    QFETCH(QString, arg);
    QFETCH(QString, quoted);
    QCOMPARE(Portier::shellQuote(arg), quoted);
}

void TestKerberosValues::tgtLookup()
{
    const CacheCollection c = sampleCollection();
    QVERIFY(c.caches[0].tgt());
    QCOMPARE(c.caches[0].tgt()->endTime, utc(17));
    QCOMPARE(c.primary()->name, QStringLiteral("DIR::/tmp/cc/tkt"));
    QVERIFY(c.find(QStringLiteral("FILE:/tmp/krb5cc_62402728_D7ksT4")));
    QVERIFY(!c.find(QStringLiteral("KEYRING:persistent:0")));
}

QTEST_GUILESS_MAIN(TestKerberosValues)
#include "tst_kerberos_values.moc"
