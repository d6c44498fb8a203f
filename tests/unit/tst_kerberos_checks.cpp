// SPDX-License-Identifier: GPL-3.0-or-later
// The pure rules of the Kerberos backend (warnings, flag letters, enctypes, error mapping) and
// the offline readers (a FILE cache written with libkrb5, no KDC needed).
#include "backends/kerberos/cache_reader.h"
#include "backends/kerberos/kerberos_backend.h"
#include "backends/kerberos/kerberos_checks.h"
#include "backends/kerberos/keytab_reader.h"
#include "backends/kerberos/krb5_errors.h"
#include "backends/kerberos/krb5_handles.h"
#include "backends/kerberos/krb5_trace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <krb5.h>

#include <cerrno>

using namespace Portier;
using namespace Portier::KerberosChecks;

Q_DECLARE_METATYPE(Warning::Severity)

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0, 0), QTimeZone::utc());

Credential ticket(const QString &server, qint64 startOffset, qint64 endOffset,
                  std::optional<qint64> renewOffset, quint32 flags)
{
    Credential c;
    c.client = QStringLiteral("alice@TEST.LOCAL");
    c.server = server;
    c.authTime = Now.addSecs(startOffset);
    c.startTime = c.authTime;
    c.endTime = Now.addSecs(endOffset);
    if (renewOffset)
        c.renewTill = Now.addSecs(*renewOffset);
    c.flagBits = flags;
    c.flags = flagLetters(flags);
    c.sessionEnctype = QStringLiteral("aes256-cts-hmac-sha1-96");
    c.ticketEnctype = QStringLiteral("aes256-cts-hmac-sha1-96");
    return c;
}

QStringList codes(const QList<Warning> &warnings)
{
    QStringList out;
    for (const Warning &w : warnings)
        out << w.code;
    return out;
}

const QString Tgt = QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL");
const QString Service = QStringLiteral("HTTP/www.test.local@TEST.LOCAL");
constexpr quint32 RI = TKT_FLG_RENEWABLE | TKT_FLG_INITIAL;

} // namespace

class TestKerberosChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagLetters_data();
    void flagLetters();
    void weakEnctype_data();
    void weakEnctype();
    void enctypeNames_data();
    void enctypeNames();
    void credentialWarnings_data();
    void credentialWarnings();
    void cacheWarnings();
    void keytabAnnotations();
    void keytabAccess_data();
    void keytabAccess();
    void configMeaning_data();
    void configMeaning();
    void printableConfigValue_data();
    void printableConfigValue();
    void errorMapping_data();
    void errorMapping();
    void errorMessages();
    void shellCommands_data();
    void shellCommands();
    void traceLineTime_data();
    void traceLineTime();
    void readsCacheWrittenByLibkrb5();
    void keytabNames();
};

void TestKerberosChecks::flagLetters_data()
{
    QTest::addColumn<quint32>("bits");
    QTest::addColumn<QString>("letters");
    QTest::newRow("none") << quint32(0) << QString();
    QTest::newRow("kinit -f -r") << quint32(TKT_FLG_FORWARDABLE | TKT_FLG_RENEWABLE |
                                            TKT_FLG_INITIAL | TKT_FLG_PRE_AUTH)
                                 << QStringLiteral("FRIA");
    QTest::newRow("service ticket")
        << quint32(TKT_FLG_PRE_AUTH | TKT_FLG_TRANSIT_POLICY_CHECKED | TKT_FLG_OK_AS_DELEGATE)
        << QStringLiteral("ATO");
    QTest::newRow("all, in klist order") << quint32(0x7fffffff) << QStringLiteral("FfPpDdiRIHATOa");
    QTest::newRow("postdated invalid")
        << quint32(TKT_FLG_MAY_POSTDATE | TKT_FLG_POSTDATED | TKT_FLG_INVALID)
        << QStringLiteral("Ddi");
    QTest::newRow("enc-pa-rep has no letter") << quint32(TKT_FLG_ENC_PA_REP) << QString();
}

void TestKerberosChecks::flagLetters()
{
    QFETCH(quint32, bits);
    QFETCH(QString, letters);
    QCOMPARE(KerberosChecks::flagLetters(bits), letters);
}

void TestKerberosChecks::weakEnctype_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("weak");
    QTest::newRow("aes256") << 18 << QStringLiteral("aes256-cts-hmac-sha1-96") << false;
    QTest::newRow("aes128") << 17 << QStringLiteral("aes128-cts-hmac-sha1-96") << false;
    QTest::newRow("aes256-sha384") << 20 << QStringLiteral("aes256-cts-hmac-sha384-192") << false;
    QTest::newRow("camellia") << 26 << QStringLiteral("camellia256-cts-cmac") << false;
    QTest::newRow("des-cbc-crc") << 1 << QStringLiteral("etype 1") << true;
    QTest::newRow("des-cbc-md5 by name") << 0 << QStringLiteral("des-cbc-md5") << true;
    QTest::newRow("des3") << 16 << QStringLiteral("DEPRECATED:des3-cbc-sha1") << true;
    QTest::newRow("rc4 by id") << 23 << QStringLiteral("arcfour-hmac") << true;
    QTest::newRow("rc4 by name") << 0 << QStringLiteral("rc4-hmac") << true;
    QTest::newRow("export grade") << 0 << QStringLiteral("arcfour-hmac-exp") << true;
    QTest::newRow("unknown") << 999 << QStringLiteral("etype 999") << false;
}

void TestKerberosChecks::weakEnctype()
{
    QFETCH(int, id);
    QFETCH(QString, name);
    QFETCH(bool, weak);
    QCOMPARE(isWeakEnctype(id, name), weak);
}

void TestKerberosChecks::enctypeNames_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("aes256") << int(ENCTYPE_AES256_CTS_HMAC_SHA1_96)
                            << QStringLiteral("aes256-cts-hmac-sha1-96");
    QTest::newRow("aes256-sha384")
        << int(ENCTYPE_AES256_CTS_HMAC_SHA384_192) << QStringLiteral("aes256-cts-hmac-sha384-192");
    QTest::newRow("rc4, as klist -e prints it")
        << int(ENCTYPE_ARCFOUR_HMAC) << QStringLiteral("DEPRECATED:arcfour-hmac");
    QTest::newRow("des3") << int(ENCTYPE_DES3_CBC_SHA1)
                          << QStringLiteral("DEPRECATED:des3-cbc-sha1");
    QTest::newRow("unknown") << 4711 << QStringLiteral("etype 4711");
}

void TestKerberosChecks::enctypeNames()
{
    QFETCH(int, id);
    QFETCH(QString, name);
    QCOMPARE(enctypeName(id), name);
}

void TestKerberosChecks::credentialWarnings_data()
{
    QTest::addColumn<Credential>("credential");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<Warning::Severity>("firstSeverity");

    Credential placeholder;
    placeholder.client = QStringLiteral("alice@CORP.EXAMPLE.COM");
    placeholder.server = QStringLiteral("krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM");
    QTest::newRow("SSSD offline placeholder")
        << placeholder << QStringList{QStringLiteral("placeholder-offline")}
        << Warning::Severity::Warning;
    QTest::newRow("healthy renewable TGT")
        << ticket(Tgt, -3600, 9 * 3600, 6 * 86400, RI) << QStringList() << Warning::Severity::Info;
    QTest::newRow("healthy service ticket")
        << ticket(Service, -3600, 9 * 3600, {}, TKT_FLG_PRE_AUTH) << QStringList()
        << Warning::Severity::Info;
    QTest::newRow("expired TGT") << ticket(Tgt, -11 * 3600, -3600, {}, TKT_FLG_INITIAL)
                                 << QStringList{QStringLiteral("expired")}
                                 << Warning::Severity::Critical;
    QTest::newRow("expired service ticket")
        << ticket(Service, -11 * 3600, -1, {}, 0) << QStringList{QStringLiteral("expired")}
        << Warning::Severity::Warning;
    QTest::newRow("expired at this second")
        << ticket(Service, -11 * 3600, 0, {}, 0) << QStringList{QStringLiteral("expired")}
        << Warning::Severity::Warning;
    QTest::newRow("expired, past renew-till")
        << ticket(Tgt, -8 * 86400, -86400, -3600, RI)
        << QStringList{QStringLiteral("expired"), QStringLiteral("renew-expired")}
        << Warning::Severity::Critical;
    QTest::newRow("not yet valid (clock)")
        << ticket(Service, 3600, 10 * 3600, {}, 0) << QStringList{QStringLiteral("not-yet-valid")}
        << Warning::Severity::Warning;
    QTest::newRow("start within tolerance")
        << ticket(Service, 30, 10 * 3600, {}, 0) << QStringList() << Warning::Severity::Info;
    QTest::newRow("expiring within 30 minutes, renewable")
        << ticket(Tgt, -9 * 3600, 20 * 60, 5 * 86400, RI)
        << QStringList{QStringLiteral("expiring-soon")} << Warning::Severity::Warning;
    QTest::newRow("expiring: under 10% of a 10h lifetime")
        << ticket(Tgt, -(10 * 3600 - 50 * 60), 50 * 60, 5 * 86400, RI)
        << QStringList{QStringLiteral("expiring-soon")} << Warning::Severity::Warning;
    QTest::newRow("service ticket expiring is info")
        << ticket(Service, -3600, 60, {}, 0) << QStringList{QStringLiteral("expiring-soon")}
        << Warning::Severity::Info;
    QTest::newRow("not renewable TGT")
        << ticket(Tgt, -3600, 9 * 3600, {}, TKT_FLG_INITIAL)
        << QStringList{QStringLiteral("not-renewable")} << Warning::Severity::Info;
    QTest::newRow("renewable flag, zero renew life")
        << ticket(Tgt, -3600, 9 * 3600, -3600, RI) << QStringList{QStringLiteral("not-renewable")}
        << Warning::Severity::Info;
    Credential weak = ticket(Service, -3600, 9 * 3600, {}, 0);
    weak.sessionEnctype = QStringLiteral("DEPRECATED:arcfour-hmac");
    QTest::newRow("weak session key")
        << weak << QStringList{QStringLiteral("weak-enctype")} << Warning::Severity::Warning;
    Credential config;
    config.isConfig = true;
    config.configKey = QStringLiteral("fast_avail");
    QTest::newRow("config entry") << config << QStringList() << Warning::Severity::Info;
}

void TestKerberosChecks::credentialWarnings()
{
    QFETCH(Credential, credential);
    QFETCH(QStringList, expected);
    QFETCH(Warning::Severity, firstSeverity);
    const QList<Warning> warnings = KerberosChecks::credentialWarnings(credential, Now);
    QCOMPARE(codes(warnings), expected);
    if (!warnings.isEmpty()) {
        QCOMPARE(warnings.first().severity, firstSeverity);
        for (const Warning &w : warnings)
            QVERIFY2(w.message.size() > 40, qPrintable(w.message));
    }
    if (expected.value(0) == QLatin1StringView("placeholder-offline")) {
        QVERIFY(warnings.first().message.contains(QStringLiteral("sssctl domain-status")));
        QVERIFY(warnings.first().message.contains(QStringLiteral("offline")));
    }
}

void TestKerberosChecks::cacheWarnings()
{
    CredentialCache cache;
    cache.name = QStringLiteral("FILE:/tmp/cc");
    cache.principal = QStringLiteral("alice@TEST.LOCAL");
    QCOMPARE(codes(KerberosChecks::cacheWarnings(cache)), QStringList{QStringLiteral("empty")});
    Credential conf;
    conf.isConfig = true;
    cache.credentials = {conf};
    QCOMPARE(codes(KerberosChecks::cacheWarnings(cache)), QStringList{QStringLiteral("empty")});
    cache.credentials = {ticket(Service, -60, 3600, {}, 0)};
    QCOMPARE(codes(KerberosChecks::cacheWarnings(cache)), QStringList{QStringLiteral("no-tgt")});
    cache.credentials.append(ticket(Tgt, -60, 3600, {}, 0));
    QCOMPARE(codes(KerberosChecks::cacheWarnings(cache)), QStringList());
    cache.readError = Error(CoreError::Io, QStringLiteral("x"));
    cache.credentials.clear();
    QCOMPARE(codes(KerberosChecks::cacheWarnings(cache)), QStringList());
}

void TestKerberosChecks::keytabAnnotations()
{
    auto entry = [](const QString &p, int kvno, int id) {
        KeytabEntry e;
        e.principal = p;
        e.kvno = kvno;
        e.enctypeId = id;
        e.enctype = enctypeName(id);
        return e;
    };
    const QString host = QStringLiteral("host/a.test.local@TEST.LOCAL");
    KeytabListing l;
    l.path = QStringLiteral("/etc/krb5.keytab");
    l.entries = {entry(host, 3, 18), entry(host, 4, 18),
                 entry(host, 4, 17), entry(host, 4, 18),
                 entry(host, 4, 23), entry(QStringLiteral("HOST$@TEST.LOCAL"), 3, 18)};
    annotateKeytab(l);
    QCOMPARE(codes(l.entries.at(0).warnings), QStringList{QStringLiteral("old-kvno")});
    QCOMPARE(codes(l.entries.at(1).warnings), QStringList());
    QCOMPARE(codes(l.entries.at(2).warnings), QStringList());
    QCOMPARE(codes(l.entries.at(3).warnings), QStringList{QStringLiteral("duplicate")});
    QCOMPARE(codes(l.entries.at(4).warnings), QStringList{QStringLiteral("weak-enctype")});
    QCOMPARE(codes(l.entries.at(5).warnings), QStringList()); // another principal: its own kvno
    QCOMPARE(codes(l.warnings),
             (QStringList{QStringLiteral("weak-enctype"), QStringLiteral("duplicate"),
                          QStringLiteral("old-kvno")}));
    QVERIFY(l.entries.at(0).warnings.first().message.contains(QStringLiteral("version 4")));

    KeytabListing empty;
    empty.path = QStringLiteral("/tmp/empty");
    annotateKeytab(empty);
    QCOMPARE(codes(empty.warnings), QStringList{QStringLiteral("empty")});
}

void TestKerberosChecks::keytabAccess_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("isDir");
    QTest::addColumn<int>("accessErrno");
    QTest::addColumn<int>("expected"); // -1: no error, else CoreError
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("readable") << true << false << 0 << -1 << QString();
    QTest::newRow("missing") << false << false << int(ENOENT) << int(CoreError::NotFound)
                             << QStringLiteral("does not exist");
    QTest::newRow("root-only file")
        << true << false << int(EACCES) << int(CoreError::NeedsPrivilege)
        << QStringLiteral("belongs to root (group root) with mode 0600");
    QTest::newRow("EPERM") << true << false << int(EPERM) << int(CoreError::NeedsPrivilege)
                           << QStringLiteral("cannot be read without privilege");
    QTest::newRow("directory on path not searchable")
        << false << false << int(EACCES) << int(CoreError::NeedsPrivilege)
        << QStringLiteral("a directory on its path is not accessible");
    QTest::newRow("a directory") << true << true << 0 << int(CoreError::InvalidInput)
                                 << QStringLiteral("is a directory");
    QTest::newRow("I/O error") << true << false << int(EIO) << int(CoreError::Io)
                               << QStringLiteral("cannot be read");
}

void TestKerberosChecks::keytabAccess()
{
    QFETCH(bool, exists);
    QFETCH(bool, isDir);
    QFETCH(int, accessErrno);
    QFETCH(int, expected);
    QFETCH(QString, messagePart);
    const QString path = QStringLiteral("/etc/krb5 keytab");
    const auto error = keytabAccessError(path, exists, isDir, accessErrno, QStringLiteral("root"),
                                         QStringLiteral("root"), 0100600);
    if (expected < 0) {
        QVERIFY(!error);
        return;
    }
    QVERIFY(error);
    QVERIFY2(error->is(CoreError(expected)), qPrintable(error->codeName()));
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
    QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
    if (expected == int(CoreError::NeedsPrivilege)) {
        QVERIFY2(error->hint.contains(QStringLiteral("portier-cli krb keytab '/etc/krb5 keytab'")),
                 qPrintable(error->hint));
        QVERIFY(error->hint.contains(QStringLiteral("pkexec or sudo")));
        QCOMPARE(error->libraryCode, qint64(accessErrno));
    }
}

void TestKerberosChecks::configMeaning_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("part");
    QTest::newRow("pa_type 2") << QStringLiteral("pa_type") << QStringLiteral("2")
                               << QStringLiteral("encrypted timestamp");
    QTest::newRow("pa_type 138") << QStringLiteral("pa_type") << QStringLiteral("138")
                                 << QStringLiteral("encrypted challenge");
    QTest::newRow("pa_type 16") << QStringLiteral("pa_type") << QStringLiteral("16")
                                << QStringLiteral("PKINIT");
    QTest::newRow("pa_type 17") << QStringLiteral("pa_type") << QStringLiteral("17")
                                << QStringLiteral("PKINIT");
    QTest::newRow("pa_type 141") << QStringLiteral("pa_type") << QStringLiteral("141")
                                 << QStringLiteral("OTP");
    QTest::newRow("pa_type 151") << QStringLiteral("pa_type") << QStringLiteral("151")
                                 << QStringLiteral("SPAKE");
    QTest::newRow("pa_type other")
        << QStringLiteral("pa_type") << QStringLiteral("4711") << QStringLiteral("type 4711");
    QTest::newRow("fast_avail") << QStringLiteral("fast_avail") << QStringLiteral("yes")
                                << QStringLiteral("FAST");
    QTest::newRow("refresh_time") << QStringLiteral("refresh_time")
                                  << QString::number(Now.toSecsSinceEpoch())
                                  << QStringLiteral("2026-11-22 12:00:00");
    QTest::newRow("proxy_impersonator")
        << QStringLiteral("proxy_impersonator") << QStringLiteral("HTTP/web@TEST.LOCAL")
        << QStringLiteral("HTTP/web@TEST.LOCAL");
    QTest::newRow("start_realm") << QStringLiteral("start_realm") << QStringLiteral("CORP")
                                 << QStringLiteral("(CORP)");
    QTest::newRow("pa_config_data") << QStringLiteral("pa_config_data") << QStringLiteral("{}")
                                    << QStringLiteral("Preauthentication state");
    QTest::newRow("unknown key") << QStringLiteral("frobnicate") << QStringLiteral("1")
                                 << QStringLiteral("unknown");
}

void TestKerberosChecks::configMeaning()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, part);
    const QString meaning = KerberosChecks::configMeaning(key, value);
    QVERIFY2(meaning.contains(part), qPrintable(meaning));
}

void TestKerberosChecks::printableConfigValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("printable");
    QTest::newRow("text") << QByteArray("yes") << QStringLiteral("yes");
    QTest::newRow("utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f") << QStringLiteral("Grüß");
    QTest::newRow("binary") << QByteArray("a\x00\xff\\", 4) << QStringLiteral("a\\x00\\xff\\x5c");
    QTest::newRow("newline") << QByteArray("a\nb") << QStringLiteral("a\\x0ab");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("long") << QByteArray(600, 'x') << QString(512, QLatin1Char('x')) + u'…';
}

void TestKerberosChecks::printableConfigValue()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, printable);
    QCOMPARE(KerberosChecks::printableConfigValue(value), printable);
}

void TestKerberosChecks::errorMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("expected");
    using Krb5::Operation;
    const int kinit = int(Operation::Kinit);
    QTest::newRow("KDC unreachable")
        << int(KRB5_KDC_UNREACH) << kinit << int(KrbError::KdcUnreachable);
    QTest::newRow("realm unknown")
        << int(KRB5_REALM_UNKNOWN) << kinit << int(KrbError::RealmUnknown);
    QTest::newRow("realm cant resolve")
        << int(KRB5_REALM_CANT_RESOLVE) << kinit << int(KrbError::RealmUnknown);
    QTest::newRow("skew") << int(KRB5KRB_AP_ERR_SKEW) << kinit << int(KrbError::ClockSkew);
    QTest::newRow("preauth failed")
        << int(KRB5KDC_ERR_PREAUTH_FAILED) << kinit << int(KrbError::PreauthFailed);
    QTest::newRow("bad integrity")
        << int(KRB5KRB_AP_ERR_BAD_INTEGRITY) << kinit << int(KrbError::PreauthFailed);
    QTest::newRow("client unknown")
        << int(KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN) << kinit << int(KrbError::ClientUnknown);
    QTest::newRow("server unknown")
        << int(KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN) << kinit << int(KrbError::ServerUnknown);
    QTest::newRow("key expired") << int(KRB5KDC_ERR_KEY_EXP) << kinit
                                 << int(KrbError::PasswordExpired);
    QTest::newRow("revoked") << int(KRB5KDC_ERR_CLIENT_REVOKED) << kinit
                             << int(KrbError::ClientRevoked);
    QTest::newRow("etype nosupp") << int(KRB5KDC_ERR_ETYPE_NOSUPP) << kinit
                                  << int(KrbError::EnctypeUnsupported);
    QTest::newRow("config etype") << int(KRB5_CONFIG_ETYPE_NOSUPP) << kinit
                                  << int(KrbError::EnctypeUnsupported);
    QTest::newRow("kt notfound") << int(KRB5_KT_NOTFOUND) << int(Operation::KinitKeytab)
                                 << int(KrbError::KeytabNoKey);
    QTest::newRow("kt kvno") << int(KRB5_KT_KVNONOTFOUND) << int(Operation::KinitKeytab)
                             << int(KrbError::KeytabNoKey);
    QTest::newRow("fcc nofile") << int(KRB5_FCC_NOFILE) << int(Operation::Renew)
                                << int(KrbError::CacheNotFound);
    QTest::newRow("cc notfound") << int(KRB5_CC_NOTFOUND) << int(Operation::Destroy)
                                 << int(KrbError::CacheNotFound);
    QTest::newRow("ticket expired")
        << int(KRB5KRB_AP_ERR_TKT_EXPIRED) << int(Operation::Renew) << int(KrbError::TicketExpired);
    QTest::newRow("badoption on renew")
        << int(KRB5KDC_ERR_BADOPTION) << int(Operation::Renew) << int(KrbError::NotRenewable);
    QTest::newRow("badoption on kinit")
        << int(KRB5KDC_ERR_BADOPTION) << kinit << int(KrbError::Library);
    QTest::newRow("other") << int(KRB5_GET_IN_TKT_LOOP) << kinit << int(KrbError::Library);
}

void TestKerberosChecks::errorMapping()
{
    QFETCH(int, code);
    QFETCH(int, operation);
    QFETCH(int, expected);
    QCOMPARE(int(Krb5::classify(code, Krb5::Operation(operation))), expected);
    QVERIFY(!Krb5::codeName(code).isEmpty());
    QCOMPARE(Krb5::catalogueCodes(code).value(0), Krb5::codeName(code));
    QCOMPARE(Krb5::catalogueCodes(code).value(1), QString::number(code));
}

void TestKerberosChecks::errorMessages()
{
    Krb5::Context ctx;
    QCOMPARE(ctx.initError(), 0);
    const Error preauth = Krb5::makeError(ctx, KRB5KDC_ERR_PREAUTH_FAILED, Krb5::Operation::Kinit,
                                          QStringLiteral("alice@TEST.LOCAL"));
    QVERIFY(preauth.is(KrbError::PreauthFailed));
    QCOMPARE(
        preauth.message,
        QStringLiteral("Could not get a ticket for alice@TEST.LOCAL: the password is incorrect."));
    QCOMPARE(preauth.detail, QStringLiteral("Preauthentication failed"));
    QCOMPARE(preauth.libraryCode, qint64(KRB5KDC_ERR_PREAUTH_FAILED));
    QVERIFY(!preauth.hint.isEmpty());

    const Error keytab =
        Krb5::makeError(ctx, KRB5KDC_ERR_PREAUTH_FAILED, Krb5::Operation::TestKeytab,
                        QStringLiteral("host/a@TEST.LOCAL"));
    QVERIFY2(keytab.message.contains(QStringLiteral("key in the keytab")),
             qPrintable(keytab.message));

    const Error unreachable = Krb5::makeError(ctx, KRB5_KDC_UNREACH, Krb5::Operation::Kinit,
                                              QStringLiteral("bob@CORP.EXAMPLE.COM"));
    QVERIFY2(unreachable.message.contains(QStringLiteral("no KDC for CORP.EXAMPLE.COM answered")),
             qPrintable(unreachable.message));

    const Error cancelled =
        Krb5::makeError(ctx, ECANCELED, Krb5::Operation::Kinit, QStringLiteral("x"));
    QVERIFY(cancelled.isCancelled());
    const Error noSwitch = Krb5::makeError(ctx, KRB5_CC_NOSUPP, Krb5::Operation::Switch,
                                           QStringLiteral("FILE:/tmp/x"));
    QVERIFY(noSwitch.is(CoreError::Unsupported));
    const Error perm = Krb5::makeError(ctx, KRB5_FCC_PERM, Krb5::Operation::ListCaches,
                                       QStringLiteral("FILE:/tmp/x"));
    QVERIFY(perm.is(CoreError::NeedsPrivilege));
    const Error format = Krb5::makeError(ctx, KRB5_KEYTAB_BADVNO, Krb5::Operation::ListKeytab,
                                         QStringLiteral("/tmp/x"));
    QVERIFY(format.is(CoreError::InvalidInput));
    const Error other =
        Krb5::makeError(ctx, KRB5_GET_IN_TKT_LOOP, Krb5::Operation::Kinit, QStringLiteral("x@Y"));
    QVERIFY(other.is(KrbError::Library));
    QVERIFY(other.message.contains(other.detail));
}

void TestKerberosChecks::shellCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("renew default")
        << KerberosBackend::renewCommand({}) << QStringLiteral("kinit -R");
    QTest::newRow("renew named") << KerberosBackend::renewCommand(
                                        QStringLiteral("FILE:/tmp/krb5cc_0"))
                                 << QStringLiteral("kinit -R -c FILE:/tmp/krb5cc_0");
    QTest::newRow("destroy with space")
        << KerberosBackend::destroyCommand(QStringLiteral("FILE:/tmp/my cc"))
        << QStringLiteral("kdestroy -c 'FILE:/tmp/my cc'");
    QTest::newRow("switch") << KerberosBackend::switchCommand(
                                   QStringLiteral("DIR::/run/user/1000/krb5cc/tkt"))
                            << QStringLiteral("kswitch -c DIR::/run/user/1000/krb5cc/tkt");
    QTest::newRow("switch with metacharacters")
        << KerberosBackend::switchCommand(QStringLiteral("FILE:/tmp/a;rm -rf ~"))
        << QStringLiteral("kswitch -c 'FILE:/tmp/a;rm -rf ~'");
    QTest::newRow("test keytab")
        << KerberosBackend::testKeytabCommand(QStringLiteral("/etc/krb5.keytab"),
                                              QStringLiteral("host/a.example.com@EXAMPLE.COM"))
        << QStringLiteral("kinit -k -t /etc/krb5.keytab -c MEMORY:portier-keytab-test "
                          "host/a.example.com@EXAMPLE.COM");
    QTest::newRow("test default keytab")
        << KerberosBackend::testKeytabCommand({}, QStringLiteral("HOST$@EXAMPLE.COM"))
        << QStringLiteral("kinit -k -c MEMORY:portier-keytab-test 'HOST$@EXAMPLE.COM'");
}

void TestKerberosChecks::shellCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

void TestKerberosChecks::traceLineTime_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("trace line") << QStringLiteral(
                                       "[9552] 1795334017.673096: Getting initial credentials")
                                << QDateTime::fromMSecsSinceEpoch(1795334017673LL,
                                                                  QTimeZone::utc());
    QTest::newRow("short fraction")
        << QStringLiteral("[1] 10.5: x") << QDateTime::fromMSecsSinceEpoch(10500, QTimeZone::utc());
    QTest::newRow("no prefix") << QStringLiteral("Getting initial credentials") << QDateTime();
}

void TestKerberosChecks::traceLineTime()
{
    QFETCH(QString, line);
    QFETCH(QDateTime, time);
    QCOMPARE(Krb5::TraceCapture::lineTime(line), time);
}

void TestKerberosChecks::readsCacheWrittenByLibkrb5()
{
    // A FILE cache with a ticket (fake ticket bytes) and configuration entries, written with
    // libkrb5 itself: the reader must list tickets first, then the entries with their meaning.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("FILE:") + dir.filePath(QStringLiteral("cc"));
    {
        Krb5::Context ctx;
        Krb5::Ccache cc(ctx);
        const QByteArray n = name.toUtf8();
        QCOMPARE(krb5_cc_resolve(ctx, n.constData(), cc.out()), 0);
        Krb5::Principal client(ctx), server(ctx);
        QCOMPARE(krb5_parse_name(ctx, "alice@TEST.LOCAL", client.out()), 0);
        QCOMPARE(krb5_parse_name(ctx, "krbtgt/TEST.LOCAL@TEST.LOCAL", server.out()), 0);
        QCOMPARE(krb5_cc_initialize(ctx, cc.get(), client.get()), 0);
        krb5_data value{};
        char spake[] = "151";
        value.data = spake;
        value.length = 3;
        QCOMPARE(krb5_cc_set_config(ctx, cc.get(), server.get(), "pa_type", &value), 0);
        char realm[] = "TEST.LOCAL";
        value.data = realm;
        value.length = 10;
        QCOMPARE(krb5_cc_set_config(ctx, cc.get(), nullptr, "start_realm", &value), 0);

        krb5_creds creds{};
        creds.client = client.get();
        creds.server = server.get();
        creds.times.authtime = krb5_timestamp(Now.toSecsSinceEpoch() - 60);
        creds.times.starttime = 0; // klist then shows authtime
        creds.times.endtime = krb5_timestamp(Now.toSecsSinceEpoch() + 3600);
        creds.ticket_flags = TKT_FLG_INITIAL | TKT_FLG_PRE_AUTH;
        creds.keyblock.enctype = ENCTYPE_AES128_CTS_HMAC_SHA1_96;
        char fakeTicket[] = "not DER";
        creds.ticket.data = fakeTicket;
        creds.ticket.length = 7;
        QCOMPARE(krb5_cc_store_cred(ctx, cc.get(), &creds), 0);
    }
    const auto read = Krb5::readCacheNamed(name, Now);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const CredentialCache &cache = read.value();
    QCOMPARE(cache.name, name);
    QCOMPARE(cache.type, QStringLiteral("FILE"));
    QCOMPARE(cache.location, dir.filePath(QStringLiteral("cc")));
    QCOMPARE(cache.principal, QStringLiteral("alice@TEST.LOCAL"));
    QCOMPARE(cache.credentials.size(), 3);
    const Credential &t = cache.credentials.at(0);
    QVERIFY(!t.isConfig);
    QCOMPARE(t.startTime, Now.addSecs(-60));
    QCOMPARE(t.authTime, t.startTime);
    QCOMPARE(t.endTime, Now.addSecs(3600));
    QVERIFY(!t.renewTill.isValid());
    QCOMPARE(t.flags, QStringLiteral("IA"));
    QCOMPARE(t.sessionEnctype, QStringLiteral("aes128-cts-hmac-sha1-96"));
    QCOMPARE(t.ticketEnctype, QString()); // the fake ticket does not decode
    QCOMPARE(t.ticketSize, 7);
    QCOMPARE(codes(t.warnings), QStringList{QStringLiteral("not-renewable")});

    const Credential &pa = cache.credentials.at(1);
    QVERIFY(pa.isConfig);
    QCOMPARE(pa.configKey, QStringLiteral("pa_type"));
    QCOMPARE(pa.server, QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    QCOMPARE(pa.configValue, QStringLiteral("151"));
    QVERIFY(pa.configMeaning.contains(QStringLiteral("SPAKE")));
    const Credential &sr = cache.credentials.at(2);
    QCOMPARE(sr.configKey, QStringLiteral("start_realm"));
    QCOMPARE(sr.server, QString());
    QCOMPARE(sr.configValue, QStringLiteral("TEST.LOCAL"));

    const auto missing =
        Krb5::readCacheNamed(QStringLiteral("FILE:") + dir.filePath(QStringLiteral("none")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().is(KrbError::CacheNotFound));
}

void TestKerberosChecks::keytabNames()
{
    Krb5::Context ctx;
    const auto file = Krb5::keytabName(ctx, QStringLiteral("FILE:/etc/krb5.keytab"));
    QCOMPARE(file.path, QStringLiteral("/etc/krb5.keytab"));
    QCOMPARE(file.resolvable, QStringLiteral("FILE:/etc/krb5.keytab"));
    const auto wrfile = Krb5::keytabName(ctx, QStringLiteral("WRFILE:/tmp/k"));
    QCOMPARE(wrfile.path, QStringLiteral("/tmp/k"));
    const auto plain = Krb5::keytabName(ctx, QStringLiteral("/tmp/a:b"));
    QCOMPARE(plain.path, QStringLiteral("/tmp/a:b"));
    const auto memory = Krb5::keytabName(ctx, QStringLiteral("MEMORY:x"));
    QCOMPARE(memory.path, QString());
    QCOMPARE(memory.resolvable, QStringLiteral("MEMORY:x"));
    qputenv("KRB5_KTNAME", "FILE:/tmp/portier-default.keytab");
    Krb5::Context fresh;
    QCOMPARE(Krb5::keytabName(fresh, {}).path, QStringLiteral("/tmp/portier-default.keytab"));
    qunsetenv("KRB5_KTNAME");

    // An empty MEMORY keytab lists fine and says it is empty.
    const auto listed = Krb5::readKeytab(ctx, QStringLiteral("MEMORY:portier-unit"));
    QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().message));
    QCOMPARE(listed->warnings.value(0).code, QStringLiteral("empty"));
}

QTEST_GUILESS_MAIN(TestKerberosChecks)
#include "tst_kerberos_checks.moc"
