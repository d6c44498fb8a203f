// SPDX-License-Identifier: GPL-3.0-or-later
// KerberosBackend against a real MIT KDC (tests/support/kdc_fixture), with MIT klist as the
// independent oracle for what libkrb5 stored.
#include "backends/core/backend_context.h"
#include "backends/kerberos/kerberos_backend.h"
#include "backends/kerberos/keytab_reader.h"
#include "backends/logs/signature_catalogue.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/klist_oracle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

#include <krb5.h>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <optional>

using namespace Portier;
using namespace Portier::Test;
using Account = KdcFixture::Account;

namespace {

template<typename T>
std::optional<Result<T>> await(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    QFutureWatcher<Result<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

QString describe(const Error &e)
{
    return QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Indented));
}

QStringList diagnosisIds(const Error &e)
{
    QStringList ids;
    for (const Diagnosis &d : e.diagnoses)
        ids << d.id;
    return ids;
}

QStringList warningCodes(const QList<Warning> &warnings)
{
    QStringList codes;
    for (const Warning &w : warnings)
        codes << w.code;
    return codes;
}

/// Restores an environment variable when the scope ends.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QString &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, QFile::encodeName(value));
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

/// A UDP "KDC" that forwards every request to the real KDC after a delay and relays the reply:
/// slow enough to cancel during an exchange, deterministic enough to know which one.
class DelayingUdpRelay : public QObject
{
public:
    DelayingUdpRelay(int kdcPort, int delayMs)
        : m_kdcPort(quint16(kdcPort))
        , m_delayMs(delayMs)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        m_back.bind(QHostAddress::LocalHost, 0);
        connect(&m_front, &QUdpSocket::readyRead, this, [this] {
            while (m_front.hasPendingDatagrams()) {
                QHostAddress from;
                quint16 fromPort = 0;
                QByteArray request(int(m_front.pendingDatagramSize()), '\0');
                m_front.readDatagram(request.data(), request.size(), &from, &fromPort);
                m_client = from;
                m_clientPort = fromPort;
                ++m_requests;
                QTimer::singleShot(m_delayMs, this, [this, request] {
                    m_back.writeDatagram(request, QHostAddress::LocalHost, m_kdcPort);
                });
            }
        });
        connect(&m_back, &QUdpSocket::readyRead, this, [this] {
            while (m_back.hasPendingDatagrams()) {
                QByteArray reply(int(m_back.pendingDatagramSize()), '\0');
                m_back.readDatagram(reply.data(), reply.size());
                m_front.writeDatagram(reply, m_client, m_clientPort);
            }
        });
    }
    int port() const { return m_front.localPort(); }
    int requests() const { return m_requests; }

private:
    QUdpSocket m_front;
    QUdpSocket m_back;
    quint16 m_kdcPort;
    int m_delayMs;
    QHostAddress m_client;
    quint16 m_clientPort = 0;
    int m_requests = 0;
};

} // namespace

class TestKerberosBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void kinitPasswordMatchesKlist();
    void configEntriesListedApart();
    void ticketWarnings();
    void keytabListingMatchesKlist();
    void keytabWarnings();
    void renewAlice();
    void renewRefusedForBob();
    void destroyCache();
    void switchPrimaryInDirCollection();
    void newInCollectionNeedsCollection();
    void kinitFromKeytab();
    void testKeytabLeavesCachesAlone();
    void seededErrors_data();
    void seededErrors();
    void kdcDown();
    void silentKdcAndCancellation();
    void cancelStopsBetweenKdcExchanges();
    void unreadableKeytab();
    void malformedKeytab();
    void placeholderCredential();
    void keyringPrimaryMissing();

private:
    KinitRequest request(Account account, const QString &cache = {}) const;
    QString fileCache(const QString &name) const;
    void compareWithKlist(const CredentialCache &cache, const KlistCache &oracle);
    QString writeKeytab(const QString &name,
                        const QList<std::tuple<QString, int, krb5_enctype>> &entries);

    KdcFixture m_kdc;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<KerberosBackend> m_backend;
    std::unique_ptr<KlistOracle> m_klist;
};

void TestKerberosBackend::initTestCase()
{
    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(error));
    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    auto catalogue = SignatureCatalogue::loadBuiltin();
    QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message));
    m_backend = std::make_unique<KerberosBackend>(
        *m_context, std::make_shared<const SignatureCatalogue>(catalogue.value()));
    m_klist = std::make_unique<KlistOracle>(m_kdc.processEnvironment());
}

void TestKerberosBackend::init()
{
    // Every test starts with an empty DIR: collection.
    QDir dir(m_kdc.ccacheCollectionDir());
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : files)
        QVERIFY(dir.remove(f));
}

void TestKerberosBackend::cleanupTestCase()
{
    if (m_context)
        m_context->shutdown();
    m_kdc.stop();
}

KinitRequest TestKerberosBackend::request(Account account, const QString &cache) const
{
    KinitRequest r;
    r.principal = KdcFixture::principal(account);
    r.password = KdcFixture::password(account).toUtf8();
    if (!cache.isEmpty()) {
        r.target = KinitRequest::Target::Named;
        r.cacheName = cache;
    }
    return r;
}

QString TestKerberosBackend::fileCache(const QString &name) const
{
    return QStringLiteral("FILE:") + m_kdc.directory() + QStringLiteral("/cc-") + name;
}

void TestKerberosBackend::compareWithKlist(const CredentialCache &cache, const KlistCache &oracle)
{
    QCOMPARE(cache.name, oracle.name);
    QCOMPARE(cache.principal, oracle.defaultPrincipal);
    QList<Credential> tickets;
    QList<Credential> config;
    for (const Credential &c : cache.credentials)
        (c.isConfig ? config : tickets).append(c);
    // Tickets first, then configuration entries.
    QCOMPARE(cache.credentials, tickets + config);

    QList<KlistTicket> oracleTickets;
    QList<KlistTicket> oracleConfig;
    for (const KlistTicket &t : oracle.tickets)
        (t.isConfig ? oracleConfig : oracleTickets).append(t);
    QCOMPARE(tickets.size(), oracleTickets.size());
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Credential &c = tickets.at(i);
        const KlistTicket &k = oracleTickets.at(i);
        QCOMPARE(c.server, k.server);
        QCOMPARE(c.client, k.client.isEmpty() ? oracle.defaultPrincipal : k.client);
        QCOMPARE(c.startTime, k.start);
        QCOMPARE(c.endTime, k.end);
        QCOMPARE(c.renewTill, k.renewTill);
        QCOMPARE(c.flags, k.flags);
        QCOMPARE(c.sessionEnctype, k.sessionEnctype);
        QCOMPARE(c.ticketEnctype, k.ticketEnctype);
        QVERIFY(c.ticketSize > 0);
        QVERIFY(c.authTime.isValid());
    }
    QCOMPARE(config.size(), oracleConfig.size());
    for (qsizetype i = 0; i < config.size(); ++i) {
        QCOMPARE(config.at(i).configKey, oracleConfig.at(i).configKey);
        QCOMPARE(config.at(i).server, oracleConfig.at(i).configPrincipal);
        QCOMPARE(config.at(i).configValue, oracleConfig.at(i).configValue);
        QVERIFY(!config.at(i).configMeaning.isEmpty());
    }
}

void TestKerberosBackend::kinitPasswordMatchesKlist()
{
    KinitRequest r = request(Account::Alice);
    r.renewableLifetime = QStringLiteral("2d");
    r.lifetime = QStringLiteral("10h");
    r.forwardable = true;
    const auto outcome = await(m_backend->kinit(r));
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(describe(outcome->error())));
    const ActionOutcome &o = outcome->value();
    QCOMPARE(o.cacheName,
             QStringLiteral("DIR::") + m_kdc.ccacheCollectionDir() + QStringLiteral("/tkt"));
    QCOMPARE(o.shellCommand, r.shellCommand());
    QVERIFY2(o.summary.contains(KdcFixture::principal(Account::Alice)), qPrintable(o.summary));
    QVERIFY2(o.summary.contains(o.cacheName), qPrintable(o.summary));
    QCOMPARE(o.trace.source, QStringLiteral("krb5 trace"));
    QVERIFY(o.trace.lines.size() > 3);
    QVERIFY(o.trace.startTime.isValid() && o.trace.endTime >= o.trace.startTime);
    QVERIFY(o.trace.lines.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Getting initial credentials for alice@TEST.LOCAL")));
    QVERIFY2(o.diagnoses.isEmpty(), qPrintable(o.diagnoses.value(0).id));

    const auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    const CacheCollection &collection = listed->value();
    QCOMPARE(collection.defaultCacheName, QStringLiteral("DIR:") + m_kdc.ccacheCollectionDir());
    QCOMPARE(collection.caches.size(), 1);
    const CredentialCache &cache = collection.caches.first();
    QVERIFY(cache.primary);
    QCOMPARE(cache.type, QStringLiteral("DIR"));
    QCOMPARE(cache.location, m_kdc.ccacheCollectionDir());
    QVERIFY(!cache.readError);
    QVERIFY(cache.tgt());
    QCOMPARE(cache.tgt()->flags, QStringLiteral("FRIA").remove(QLatin1Char('A')));
    QCOMPARE(cache.tgt()->startTime.secsTo(cache.tgt()->endTime), 10 * 3600);
    QCOMPARE(cache.tgt()->startTime.secsTo(cache.tgt()->renewTill), 2 * 86400);
    QVERIFY2(cache.tgt()->warnings.isEmpty(), qPrintable(cache.tgt()->warnings.value(0).message));
    QVERIFY(cache.warnings.isEmpty());
    QVERIFY(collection.warnings.isEmpty());

    QString error;
    const auto oracle = m_klist->cachesWithConfig(&error);
    QVERIFY2(oracle, qPrintable(error));
    QCOMPARE(oracle->size(), 1);
    compareWithKlist(cache, oracle->first());
}

void TestKerberosBackend::configEntriesListedApart()
{
    const QString name = fileCache(QStringLiteral("preauth"));
    const auto outcome = await(m_backend->kinit(request(Account::Preauth, name)));
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->value().cacheName, name);

    // The FILE cache is not part of the DIR collection; list it as the default cache.
    ScopedEnv ccname("KRB5CCNAME", name);
    const auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    const CredentialCache *cache = listed->value().find(name);
    QVERIFY(cache);
    QVERIFY(cache->primary);
    QCOMPARE(cache->location, m_kdc.directory() + QStringLiteral("/cc-preauth"));
    QMap<QString, Credential> config;
    for (const Credential &c : cache->credentials) {
        if (c.isConfig)
            config.insert(c.configKey, c);
    }
    // MIT libkrb5 records the preauth mechanism the KDC accepted and that FAST was offered.
    QVERIFY2(config.contains(QStringLiteral("pa_type")), qPrintable(config.keys().join(u',')));
    QCOMPARE(config.value(QStringLiteral("pa_type")).configValue, QStringLiteral("2"));
    QVERIFY2(config.value(QStringLiteral("pa_type"))
                 .configMeaning.contains(QStringLiteral("encrypted timestamp")),
             qPrintable(config.value(QStringLiteral("pa_type")).configMeaning));
    QVERIFY(config.contains(QStringLiteral("fast_avail")));
    QCOMPARE(config.value(QStringLiteral("fast_avail")).configValue, QStringLiteral("yes"));
    QCOMPARE(config.value(QStringLiteral("fast_avail")).server,
             QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    QVERIFY(config.value(QStringLiteral("fast_avail")).warnings.isEmpty());
    QVERIFY(cache->tgt());
    QVERIFY2(cache->tgt()->flags.contains(QLatin1Char('A')), qPrintable(cache->tgt()->flags));

    QString error;
    const auto oracle = m_klist->cache(name, &error, true);
    QVERIFY2(oracle, qPrintable(error));
    compareWithKlist(*cache, *oracle);
}

void TestKerberosBackend::ticketWarnings()
{
    // shorty's 5-minute ticket is expiring soon; as the client asked for 1 day (the default)
    // with renewable-ok, the KDC made it renewable instead. bob's TGT is not renewable (info).
    const QString shorty = fileCache(QStringLiteral("shorty"));
    const QString bob = fileCache(QStringLiteral("bob"));
    QVERIFY(await(m_backend->kinit(request(Account::Shorty, shorty)))->ok());
    KinitRequest b = request(Account::Bob, bob);
    b.renewableLifetime = QStringLiteral("7d"); // asked for, refused by bob's policy
    QVERIFY(await(m_backend->kinit(b))->ok());

    for (const auto &[name, expected] :
         {std::pair{shorty, QStringList{QStringLiteral("expiring-soon")}},
          std::pair{bob, QStringList{QStringLiteral("not-renewable")}}}) {
        ScopedEnv ccname("KRB5CCNAME", name);
        const auto listed = await(m_backend->listCaches());
        QVERIFY(listed && listed->ok());
        const CredentialCache *cache = listed->value().find(name);
        QVERIFY(cache && cache->tgt());
        QVERIFY2(warningCodes(cache->tgt()->warnings) == expected,
                 qPrintable(warningCodes(cache->tgt()->warnings).join(u',') + u' ' +
                            cache->tgt()->flags));
        if (name == bob) {
            // MIT's KDC sets the renewable flag for bob's request, renew-till = start time.
            QVERIFY(cache->tgt()->flags.contains(QLatin1Char('R')));
            QCOMPARE(cache->tgt()->renewTill, cache->tgt()->startTime);
            QVERIFY2(cache->tgt()->warnings.first().message.contains(QStringLiteral("is 0")),
                     qPrintable(cache->tgt()->warnings.first().message));
        } else {
            QVERIFY(cache->tgt()->flags.contains(QLatin1Char('R')));
            QCOMPARE(cache->tgt()->startTime.secsTo(cache->tgt()->endTime), 5 * 60);
            QVERIFY2(cache->tgt()->warnings.first().message.contains(QStringLiteral("kinit -R")),
                     qPrintable(cache->tgt()->warnings.first().message));
        }
    }
}

void TestKerberosBackend::keytabListingMatchesKlist()
{
    QString error;
    const auto oracle = m_klist->keytab(m_kdc.keytabPath(), &error);
    QVERIFY2(oracle, qPrintable(error));
    for (const QString &path :
         QStringList{m_kdc.keytabPath(), QStringLiteral("FILE:") + m_kdc.keytabPath(),
                     QString() /* KRB5_KTNAME */}) {
        const auto listed = await(m_backend->listKeytab(path));
        QVERIFY(listed);
        QVERIFY2(listed->ok(), listed->ok() ? "" : qPrintable(describe(listed->error())));
        const KeytabListing &l = listed->value();
        QCOMPARE(l.path, m_kdc.keytabPath());
        QCOMPARE(l.entries.size(), oracle->size());
        for (qsizetype i = 0; i < l.entries.size(); ++i) {
            QCOMPARE(l.entries.at(i).principal, oracle->at(i).principal);
            QCOMPARE(l.entries.at(i).kvno, oracle->at(i).kvno);
            QCOMPARE(l.entries.at(i).enctype, oracle->at(i).enctype);
            QCOMPARE(l.entries.at(i).timestamp, oracle->at(i).timestamp);
            QVERIFY(l.entries.at(i).warnings.isEmpty());
        }
        QCOMPARE(l.entries.first().enctypeId, ENCTYPE_AES256_CTS_HMAC_SHA1_96);
        QVERIFY(l.warnings.isEmpty());
        QCOMPARE(l.principals(), (QStringList{KdcFixture::principal(Account::Service),
                                              KdcFixture::principal(Account::Alice)}));
    }
}

QString
TestKerberosBackend::writeKeytab(const QString &name,
                                 const QList<std::tuple<QString, int, krb5_enctype>> &entries)
{
    const QString path = m_kdc.directory() + QLatin1Char('/') + name;
    QFile::remove(path);
    krb5_context ctx = nullptr;
    if (krb5_init_context(&ctx))
        return {};
    krb5_keytab kt = nullptr;
    const QByteArray ktName = QStringLiteral("WRFILE:%1").arg(path).toUtf8();
    bool ok = krb5_kt_resolve(ctx, ktName.constData(), &kt) == 0;
    for (const auto &[principal, kvno, enctype] : entries) {
        krb5_keytab_entry entry{};
        const QByteArray p = principal.toUtf8();
        ok = ok && krb5_parse_name(ctx, p.constData(), &entry.principal) == 0;
        ok = ok && krb5_c_make_random_key(ctx, enctype, &entry.key) == 0;
        entry.vno = krb5_kvno(kvno);
        entry.timestamp = krb5_timestamp(1795334400);
        ok = ok && krb5_kt_add_entry(ctx, kt, &entry) == 0;
        krb5_free_keytab_entry_contents(ctx, &entry);
    }
    if (kt)
        krb5_kt_close(ctx, kt);
    krb5_free_context(ctx);
    return ok ? path : QString();
}

void TestKerberosBackend::keytabWarnings()
{
    const QString p = QStringLiteral("svc/old.test.local@TEST.LOCAL");
    const QString path =
        writeKeytab(QStringLiteral("warnings.keytab"), {{p, 1, ENCTYPE_AES256_CTS_HMAC_SHA1_96},
                                                        {p, 2, ENCTYPE_AES256_CTS_HMAC_SHA1_96},
                                                        {p, 2, ENCTYPE_AES256_CTS_HMAC_SHA1_96},
                                                        {p, 2, ENCTYPE_ARCFOUR_HMAC},
                                                        {p, 300, ENCTYPE_AES128_CTS_HMAC_SHA1_96}});
    QVERIFY(!path.isEmpty());
    const auto listed = await(m_backend->listKeytab(path));
    QVERIFY(listed && listed->ok());
    const KeytabListing &l = listed->value();
    QCOMPARE(l.entries.size(), 5);
    QCOMPARE(warningCodes(l.entries.at(0).warnings), QStringList{QStringLiteral("old-kvno")});
    QVERIFY(l.entries.at(1).warnings.isEmpty());
    QCOMPARE(warningCodes(l.entries.at(2).warnings), QStringList{QStringLiteral("duplicate")});
    QCOMPARE(warningCodes(l.entries.at(3).warnings), QStringList{QStringLiteral("weak-enctype")});
    QCOMPARE(l.entries.at(4).kvno, 300); // needs the 32-bit kvno field
    QVERIFY(l.entries.at(4).warnings.isEmpty());
    QCOMPARE(warningCodes(l.warnings),
             (QStringList{QStringLiteral("weak-enctype"), QStringLiteral("duplicate"),
                          QStringLiteral("old-kvno")}));

    QString error;
    const auto oracle = m_klist->keytab(path, &error);
    QVERIFY2(oracle, qPrintable(error));
    QCOMPARE(oracle->size(), l.entries.size());
    for (qsizetype i = 0; i < l.entries.size(); ++i) {
        QCOMPARE(l.entries.at(i).kvno, oracle->at(i).kvno);
        QCOMPARE(l.entries.at(i).enctype, oracle->at(i).enctype);
        QCOMPARE(l.entries.at(i).timestamp, oracle->at(i).timestamp);
    }
}

void TestKerberosBackend::renewAlice()
{
    const QString name = fileCache(QStringLiteral("renew"));
    KinitRequest r = request(Account::Alice, name);
    r.renewableLifetime = QStringLiteral("3d");
    r.lifetime = QStringLiteral("1h");
    QVERIFY(await(m_backend->kinit(r))->ok());
    QString error;
    const auto before = m_klist->cache(name, &error);
    QVERIFY2(before, qPrintable(error));
    QTest::qWait(1100); // a renewed ticket starts at least a second later

    const auto renewed = await(m_backend->renew(name));
    QVERIFY(renewed);
    QVERIFY2(renewed->ok(), renewed->ok() ? "" : qPrintable(describe(renewed->error())));
    QCOMPARE(renewed->value().cacheName, name);
    QCOMPARE(renewed->value().shellCommand, QStringLiteral("kinit -R -c ") + name);
    QVERIFY(renewed->value().summary.contains(QStringLiteral("Renewed")));

    const auto after = m_klist->cache(name, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->tickets.size(), 1);
    const KlistTicket &a = after->tickets.first();
    const KlistTicket &b = before->tickets.first();
    QVERIFY(a.start > b.start);
    QCOMPARE(a.start.secsTo(a.end), 3600);
    QCOMPARE(a.renewTill, b.renewTill); // renewal never extends renew-till

    ScopedEnv ccname("KRB5CCNAME", name);
    const auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    compareWithKlist(*listed->value().find(name), *after);
}

void TestKerberosBackend::renewRefusedForBob()
{
    const QString name = fileCache(QStringLiteral("bob-renew"));
    KinitRequest r = request(Account::Bob, name);
    r.renewableLifetime = QStringLiteral("7d");
    QVERIFY(await(m_backend->kinit(r))->ok());
    const auto renewed = await(m_backend->renew(name));
    QVERIFY(renewed);
    QVERIFY(!renewed->ok());
    const Error &e = renewed->error();
    QVERIFY2(e.is(KrbError::NotRenewable), qPrintable(describe(e)));
    QVERIFY2(e.message.contains(QStringLiteral("not renewable")), qPrintable(e.message));
    QVERIFY2(e.message.contains(KdcFixture::principal(Account::Bob)), qPrintable(e.message));
    QVERIFY(!e.hint.isEmpty());
    QVERIFY2(diagnosisIds(e).contains(QStringLiteral("krb5.not-renewable")),
             qPrintable(describe(e)));

    // Renewing a cache that does not exist.
    const auto missing = await(m_backend->renew(fileCache(QStringLiteral("nothing-here"))));
    QVERIFY(missing && !missing->ok());
    QVERIFY2(missing->error().is(KrbError::CacheNotFound), qPrintable(describe(missing->error())));
}

void TestKerberosBackend::destroyCache()
{
    const QString name = fileCache(QStringLiteral("destroy"));
    QVERIFY(await(m_backend->kinit(request(Account::Alice, name)))->ok());
    QVERIFY(m_klist->hasValidTickets(name));
    const auto destroyed = await(m_backend->destroy(name));
    QVERIFY(destroyed && destroyed->ok());
    QCOMPARE(destroyed->value().shellCommand, QStringLiteral("kdestroy -c ") + name);
    QVERIFY(!m_klist->hasValidTickets(name));
    QVERIFY(!QFile::exists(name.mid(5)));

    const auto again = await(m_backend->destroy(name));
    QVERIFY(again && !again->ok());
    QVERIFY2(again->error().is(KrbError::CacheNotFound), qPrintable(describe(again->error())));
    QVERIFY2(diagnosisIds(again->error()).contains(QStringLiteral("krb5.cache-not-found")),
             qPrintable(describe(again->error())));
}

void TestKerberosBackend::switchPrimaryInDirCollection()
{
    const QString dir = m_kdc.ccacheCollectionDir();
    QVERIFY(await(m_backend->kinit(request(Account::Alice)))->ok());
    KinitRequest bob = request(Account::Bob);
    bob.target = KinitRequest::Target::NewInCollection;
    const auto created = await(m_backend->kinit(bob));
    QVERIFY(created);
    QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(describe(created->error())));
    const QString bobCache = created->value().cacheName;
    QVERIFY2(bobCache.startsWith(QStringLiteral("DIR::") + dir + QStringLiteral("/tkt")),
             qPrintable(bobCache));
    QVERIFY(bobCache != QStringLiteral("DIR::") + dir + QStringLiteral("/tkt"));

    auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().caches.size(), 2);
    QVERIFY(listed->value().primary());
    QCOMPARE(listed->value().primary()->principal, KdcFixture::principal(Account::Alice));
    QCOMPARE(listed->value().caches.first().primary, true); // primary first

    QString error;
    auto oracle = m_klist->collection(&error);
    QVERIFY2(oracle, qPrintable(error));
    QCOMPARE(oracle->size(), 2);

    const auto switched = await(m_backend->switchPrimary(bobCache));
    QVERIFY(switched);
    QVERIFY2(switched->ok(), switched->ok() ? "" : qPrintable(describe(switched->error())));
    QCOMPARE(switched->value().shellCommand, QStringLiteral("kswitch -c ") + bobCache);

    listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    QCOMPARE(listed->value().primary()->name, bobCache);
    QCOMPARE(listed->value().caches.first().name, bobCache);
    QFile primary(dir + QStringLiteral("/primary"));
    QVERIFY(primary.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(primary.readAll()).trimmed(), bobCache.section(u'/', -1));
    const auto current = m_klist->cache(QStringLiteral("DIR:") + dir, &error);
    QVERIFY2(current, qPrintable(error));
    QCOMPARE(current->defaultPrincipal, KdcFixture::principal(Account::Bob));

    // Every cache the oracle sees, we see with the same content.
    const auto all = m_klist->caches(&error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), listed->value().caches.size());
    for (const KlistCache &k : *all) {
        const CredentialCache *c = listed->value().find(k.name);
        QVERIFY2(c, qPrintable(k.name));
        KlistCache withoutConfig = k;
        CredentialCache ticketsOnly = *c;
        ticketsOnly.credentials.removeIf([](const Credential &x) { return x.isConfig; });
        compareWithKlist(ticketsOnly, withoutConfig);
    }

    // A FILE cache has no collection to switch in.
    const QString file = fileCache(QStringLiteral("switch"));
    QVERIFY(await(m_backend->kinit(request(Account::Alice, file)))->ok());
    const auto refused = await(m_backend->switchPrimary(file));
    QVERIFY(refused && !refused->ok());
    QVERIFY2(refused->error().is(CoreError::Unsupported), qPrintable(describe(refused->error())));
}

void TestKerberosBackend::newInCollectionNeedsCollection()
{
    ScopedEnv ccname("KRB5CCNAME", fileCache(QStringLiteral("not-a-collection")));
    KinitRequest r = request(Account::Alice);
    r.target = KinitRequest::Target::NewInCollection;
    const auto outcome = await(m_backend->kinit(r));
    QVERIFY(outcome && !outcome->ok());
    QVERIFY2(outcome->error().is(CoreError::Unsupported), qPrintable(describe(outcome->error())));
    QVERIFY(outcome->error().message.contains(QStringLiteral("FILE")));
    QVERIFY(!outcome->error().hint.isEmpty());
}

void TestKerberosBackend::kinitFromKeytab()
{
    const QString name = fileCache(QStringLiteral("keytab"));
    KinitRequest r;
    r.source = KinitRequest::Source::Keytab;
    r.keytabPath = m_kdc.keytabPath();
    r.principal = KdcFixture::principal(Account::Service);
    r.target = KinitRequest::Target::Named;
    r.cacheName = name;
    const auto outcome = await(m_backend->kinit(r));
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(describe(outcome->error())));
    QString error;
    const auto oracle = m_klist->cache(name, &error);
    QVERIFY2(oracle, qPrintable(error));
    QCOMPARE(oracle->defaultPrincipal, KdcFixture::principal(Account::Service));

    // Empty keytab path: the default client keytab (KRB5_CLIENT_KTNAME), alice's keys.
    r.keytabPath.clear();
    r.principal = KdcFixture::principal(Account::Alice);
    const auto fromDefault = await(m_backend->kinit(r));
    QVERIFY(fromDefault);
    QVERIFY2(fromDefault->ok(),
             fromDefault->ok() ? "" : qPrintable(describe(fromDefault->error())));
}

void TestKerberosBackend::testKeytabLeavesCachesAlone()
{
    QVERIFY(await(m_backend->kinit(request(Account::Bob)))->ok());
    const auto before = await(m_backend->listCaches());
    QVERIFY(before && before->ok());

    const auto tested =
        await(m_backend->testKeytab(m_kdc.keytabPath(), KdcFixture::principal(Account::Alice)));
    QVERIFY(tested);
    QVERIFY2(tested->ok(), tested->ok() ? "" : qPrintable(describe(tested->error())));
    QVERIFY(tested->value().cacheName.isEmpty());
    QCOMPARE(tested->value().shellCommand,
             KerberosBackend::testKeytabCommand(m_kdc.keytabPath(),
                                                KdcFixture::principal(Account::Alice)));
    // Empty principal: the keytab's first one.
    const auto first = await(m_backend->testKeytab(m_kdc.keytabPath(), {}));
    QVERIFY(first && first->ok());
    QVERIFY2(first->value().summary.contains(KdcFixture::principal(Account::Service)),
             qPrintable(first->value().summary));

    const auto after = await(m_backend->listCaches());
    QVERIFY(after && after->ok());
    QCOMPARE(after->value(), before->value());

    const auto noKey =
        await(m_backend->testKeytab(m_kdc.keytabPath(), KdcFixture::principal(Account::Bob)));
    QVERIFY(noKey && !noKey->ok());
    QVERIFY2(noKey->error().is(KrbError::KeytabNoKey), qPrintable(describe(noKey->error())));
    QVERIFY2(diagnosisIds(noKey->error()).contains(QStringLiteral("krb5.keytab-kvno-mismatch")),
             qPrintable(describe(noKey->error())));
}

void TestKerberosBackend::seededErrors_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("lifetime");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("diagnosis");

    const auto p = [](Account a) { return KdcFixture::principal(a); };
    QTest::newRow("wrong password")
        << p(Account::Alice) << QByteArray("wrong") << QString() << int(KrbError::PreauthFailed)
        << QStringLiteral("krb5.preauth-failed");
    QTest::newRow("wrong password, preauth required")
        << p(Account::Preauth) << QByteArray("wrong") << QString() << int(KrbError::PreauthFailed)
        << QStringLiteral("krb5.preauth-failed");
    QTest::newRow("unknown principal")
        << QStringLiteral("nobody-here@TEST.LOCAL") << QByteArray("x") << QString()
        << int(KrbError::ClientUnknown) << QStringLiteral("krb5.client-unknown");
    QTest::newRow("disabled principal")
        << p(Account::Disabled) << KdcFixture::password(Account::Disabled).toUtf8() << QString()
        << int(KrbError::ClientRevoked) << QStringLiteral("krb5.client-revoked");
    QTest::newRow("expired password")
        << p(Account::Expired) << KdcFixture::password(Account::Expired).toUtf8() << QString()
        << int(KrbError::PasswordExpired) << QStringLiteral("krb5.password-expired");
    QTest::newRow("malformed principal") << QStringLiteral("alice@TEST@LOCAL") << QByteArray("x")
                                         << QString() << int(KrbError::BadPrincipal) << QString();
    QTest::newRow("malformed lifetime")
        << p(Account::Alice) << QByteArray("x") << QStringLiteral("forever")
        << int(KrbError::BadLifetime) << QString();
    QTest::newRow("unknown realm")
        << QStringLiteral("alice@NOWHERE.INVALID") << QByteArray("x") << QString()
        << int(KrbError::RealmUnknown) << QStringLiteral("krb5.realm-unknown");
}

void TestKerberosBackend::seededErrors()
{
    QFETCH(QString, principal);
    QFETCH(QByteArray, password);
    QFETCH(QString, lifetime);
    QFETCH(int, expected);
    QFETCH(QString, diagnosis);

    KinitRequest r;
    r.principal = principal;
    r.password = password;
    r.lifetime = lifetime;
    r.target = KinitRequest::Target::Named;
    r.cacheName = fileCache(QStringLiteral("error"));
    const auto outcome = await(m_backend->kinit(r));
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    const Error &e = outcome->error();
    QVERIFY2(e.is(KrbError(expected)), qPrintable(describe(e)));
    QVERIFY(!e.message.isEmpty());
    QVERIFY(!e.hint.isEmpty());
    if (!diagnosis.isEmpty()) {
        QVERIFY2(e.message.contains(principal), qPrintable(e.message));
        QVERIFY(e.libraryCode != 0);
        QVERIFY(!e.detail.isEmpty());
        QVERIFY2(diagnosisIds(e).contains(diagnosis), qPrintable(describe(e)));
        QCOMPARE(e.diagnoses.first().id, diagnosis);
        QVERIFY(!e.diagnoses.first().cause.isEmpty() && !e.diagnoses.first().fix.isEmpty());
        QVERIFY(!e.evidence.isEmpty());
        QCOMPARE(e.evidence.first().source, QStringLiteral("krb5 trace"));
    }
    // Nothing was stored for a failed kinit.
    QVERIFY(!QFile::exists(r.cacheName.mid(5)) || !m_klist->hasValidTickets(r.cacheName));
}

void TestKerberosBackend::kdcDown()
{
    const int dead = unusedLoopbackPort();
    QVERIFY(dead > 0);
    const QString conf = m_kdc.writeAlternateConfig(QStringLiteral("down"),
                                                    QStringLiteral("127.0.0.1:%1").arg(dead));
    ScopedEnv config("KRB5_CONFIG", conf);
    QElapsedTimer timer;
    timer.start();
    const auto outcome =
        await(m_backend->kinit(request(Account::Alice, fileCache(QStringLiteral("down")))));
    const qint64 ms = timer.elapsed();
    qInfo("kinit against a dead port failed after %lld ms", ms);
    QVERIFY(outcome && !outcome->ok());
    const Error &e = outcome->error();
    QVERIFY2(e.is(KrbError::KdcUnreachable), qPrintable(describe(e)));
    QCOMPARE(e.libraryCode, qint64(KRB5_KDC_UNREACH));
    QVERIFY2(e.message.contains(QStringLiteral("TEST.LOCAL")), qPrintable(e.message));
    QCOMPARE(diagnosisIds(e).value(0), QStringLiteral("krb5.kdc-unreachable"));
    QVERIFY(
        e.evidence.first().lines.join(u'\n').contains(QStringLiteral("127.0.0.1:%1").arg(dead)));
}

void TestKerberosBackend::silentKdcAndCancellation()
{
    SilentUdpPort silent;
    QVERIFY(silent.port() > 0);
    const QString conf = m_kdc.writeAlternateConfig(
        QStringLiteral("silent"), QStringLiteral("127.0.0.1:%1").arg(silent.port()));
    ScopedEnv config("KRB5_CONFIG", conf);

    QElapsedTimer timer;
    timer.start();
    auto waited = m_backend->kinit(request(Account::Alice, fileCache(QStringLiteral("silent-1"))));
    auto cancelled =
        m_backend->kinit(request(Account::Alice, fileCache(QStringLiteral("silent-2"))));
    QFutureWatcher<Result<ActionOutcome>> cancelledWatcher;
    QSignalSpy cancelledFinished(&cancelledWatcher, &QFutureWatcherBase::finished);
    cancelledWatcher.setFuture(cancelled);

    QTest::qWait(500);
    cancelled.cancel();
    QVERIFY(cancelled.isCanceled()); // the caller sees the cancellation at once

    const auto outcome = await(waited, 60000);
    const qint64 silentMs = timer.elapsed();
    QVERIFY(outcome && !outcome->ok());
    QVERIFY2(outcome->error().is(KrbError::KdcUnreachable), qPrintable(describe(outcome->error())));
    QCOMPARE(diagnosisIds(outcome->error()).value(0), QStringLiteral("krb5.kdc-unreachable"));
    QVERIFY(outcome->error().evidence.first().lines.join(u'\n').contains(
        QStringLiteral("Sending initial UDP request to dgram 127.0.0.1:%1").arg(silent.port())));

    // The cancelled worker ends when libkrb5 gives up on the exchange it is in; no result.
    QVERIFY(cancelledFinished.count() > 0 || cancelledFinished.wait(60000));
    const qint64 cancelledMs = timer.elapsed();
    QCOMPARE(cancelled.resultCount(), 0);
    qInfo("kinit against a silent UDP port failed after %lld ms; the cancelled kinit's worker "
          "returned after %lld ms",
          silentMs, cancelledMs);
}

void TestKerberosBackend::cancelStopsBetweenKdcExchanges()
{
    // preauth@ needs two AS exchanges (the first is answered with PREAUTH_REQUIRED). Each takes
    // 700 ms through the relay; cancelling during the first must stop kinit when its reply
    // arrives (the receive hook), so the second exchange never happens and nothing is stored.
    DelayingUdpRelay relay(m_kdc.port(), 700);
    QVERIFY(relay.port() > 0);
    const QString conf = m_kdc.writeAlternateConfig(
        QStringLiteral("relay"), QStringLiteral("127.0.0.1:%1").arg(relay.port()));
    ScopedEnv config("KRB5_CONFIG", conf);
    const QString cache = fileCache(QStringLiteral("cancelled"));

    // Uncancelled, the same kinit through the relay succeeds after two exchanges.
    const QString reference = fileCache(QStringLiteral("relayed"));
    QElapsedTimer timer;
    timer.start();
    const auto relayed = await(m_backend->kinit(request(Account::Preauth, reference)));
    QVERIFY(relayed);
    QVERIFY2(relayed->ok(), relayed->ok() ? "" : qPrintable(describe(relayed->error())));
    QCOMPARE(relay.requests(), 2);
    const qint64 fullMs = timer.elapsed();

    timer.restart();
    auto future = m_backend->kinit(request(Account::Preauth, cache));
    QFutureWatcher<Result<ActionOutcome>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    QTRY_COMPARE_WITH_TIMEOUT(relay.requests(), 3, 5000); // the first exchange is under way
    future.cancel();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    const qint64 cancelledMs = timer.elapsed();
    QTest::qWait(1000); // time for a second exchange, had there been one
    QCOMPARE(relay.requests(), 3);
    QVERIFY(!QFile::exists(cache.mid(5)) || !m_klist->hasValidTickets(cache));
    qInfo("two relayed exchanges took %lld ms; the cancelled kinit stopped after %lld ms", fullMs,
          cancelledMs);
}

void TestKerberosBackend::unreadableKeytab()
{
    // A world-traversable directory, so that only the file's own mode stands in the way.
    QTemporaryDir open(QDir::tempPath() + QStringLiteral("/portier-kt-XXXXXX"));
    QVERIFY(open.isValid());
    QVERIFY(QFile::setPermissions(
        open.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup |
                         QFile::ExeOther | QFile::ReadGroup | QFile::ReadOther));
    const QString file = open.path() + QStringLiteral("/locked.keytab");
    QVERIFY(QFile::copy(m_kdc.keytabPath(), file));
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0) == 0);
    const QString hiddenDir = open.path() + QStringLiteral("/hidden");
    QVERIFY(QDir().mkpath(hiddenDir));
    const QString hidden = hiddenDir + QStringLiteral("/x.keytab");
    QVERIFY(QFile::copy(m_kdc.keytabPath(), hidden));
    QVERIFY(::chmod(QFile::encodeName(hiddenDir).constData(), 0) == 0);

    // As root every file is readable, so the listing runs in a child process that has dropped
    // to the unprivileged user "nobody": the same code path an admin's desktop session takes.
    auto listAsUnprivileged = [](const QString &path) -> std::optional<Error> {
        if (::geteuid() != 0) {
            auto r = Krb5::readKeytabFile(path);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        }
        int fds[2];
        if (::pipe(fds) != 0)
            return std::nullopt;
        const passwd *pw = ::getpwnam("nobody");
        const uid_t uid = pw ? pw->pw_uid : 65534;
        const gid_t gid = pw ? pw->pw_gid : 65534;
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(fds[0]);
            QByteArray out("ok");
            // libkrb5 must be able to read its configuration as "nobody" too.
            qputenv("KRB5_CONFIG", "/dev/null");
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                out = "setuid failed";
            } else {
                auto r = Krb5::readKeytabFile(path);
                if (!r.ok())
                    out = QJsonDocument(r.error().toJson()).toJson(QJsonDocument::Compact);
            }
            const ssize_t written = ::write(fds[1], out.constData(), size_t(out.size()));
            ::_exit(written == out.size() ? 0 : 1);
        }
        ::close(fds[1]);
        QByteArray in;
        char buf[4096];
        ssize_t n;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
            in.append(buf, n);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        const auto doc = QJsonDocument::fromJson(in);
        if (!doc.isObject()) {
            qWarning("child said: %s", in.constData());
            return std::nullopt;
        }
        return Error::fromJson(doc.object());
    };

    const auto fileError = listAsUnprivileged(file);
    QVERIFY(fileError);
    QVERIFY2(fileError->is(CoreError::NeedsPrivilege), qPrintable(describe(*fileError)));
    QVERIFY2(fileError->message.contains(file), qPrintable(fileError->message));
    QVERIFY2(fileError->message.contains(QStringLiteral("mode 0000")),
             qPrintable(fileError->message));
    QVERIFY2(fileError->hint.contains(QStringLiteral("portier-cli krb keytab ") + file),
             qPrintable(fileError->hint));

    const auto dirError = listAsUnprivileged(hidden);
    QVERIFY(dirError);
    QVERIFY2(dirError->is(CoreError::NeedsPrivilege), qPrintable(describe(*dirError)));

    QVERIFY(::chmod(QFile::encodeName(hiddenDir).constData(), 0700) == 0);
}

void TestKerberosBackend::malformedKeytab()
{
    const QString garbage = m_kdc.directory() + QStringLiteral("/garbage.keytab");
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a keytab\n");
    }
    auto listed = await(m_backend->listKeytab(garbage));
    QVERIFY(listed && !listed->ok());
    QVERIFY2(listed->error().is(CoreError::InvalidInput), qPrintable(describe(listed->error())));
    QVERIFY(listed->error().message.contains(garbage));
    QVERIFY2(diagnosisIds(listed->error()).contains(QStringLiteral("krb5.keytab-format")),
             qPrintable(describe(listed->error())));

    // A real keytab cut off in its second entry: the first entry is fine, the rest is not.
    QFile real(m_kdc.keytabPath());
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray bytes = real.readAll();
    const QString truncated = m_kdc.directory() + QStringLiteral("/truncated.keytab");
    {
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // version (2) + first entry (4-byte size + size bytes) + 10 bytes of the next one
        const qint32 size = qFromBigEndian<qint32>(bytes.constData() + 2);
        f.write(bytes.left(2 + 4 + size + 10));
    }
    listed = await(m_backend->listKeytab(truncated));
    QVERIFY(listed);
    QString error;
    const auto oracle = m_klist->keytab(truncated, &error);
    if (listed->ok()) {
        // libkrb5 may treat a short tail as the end of the file, as klist does.
        QVERIFY2(oracle, qPrintable(error));
        QCOMPARE(listed->value().entries.size(), oracle->size());
    } else {
        QVERIFY2(listed->error().is(CoreError::InvalidInput),
                 qPrintable(describe(listed->error())));
        QVERIFY(!oracle);
    }

    const auto missing = await(m_backend->listKeytab(m_kdc.directory() + QStringLiteral("/none")));
    QVERIFY(missing && !missing->ok());
    QVERIFY2(missing->error().is(CoreError::NotFound), qPrintable(describe(missing->error())));
}

void TestKerberosBackend::placeholderCredential()
{
    // What SSSD's krb5_child leaves after an offline login: a krbtgt entry with all times zero.
    const QString name = fileCache(QStringLiteral("placeholder"));
    krb5_context ctx = nullptr;
    QCOMPARE(krb5_init_context(&ctx), 0);
    krb5_ccache cc = nullptr;
    krb5_creds creds{};
    const QByteArray ccName = name.toUtf8();
    QCOMPARE(krb5_cc_resolve(ctx, ccName.constData(), &cc), 0);
    QCOMPARE(krb5_parse_name(ctx, "alice@TEST.LOCAL", &creds.client), 0);
    QCOMPARE(krb5_parse_name(ctx, "krbtgt/TEST.LOCAL@TEST.LOCAL", &creds.server), 0);
    QCOMPARE(krb5_cc_initialize(ctx, cc, creds.client), 0);
    QCOMPARE(krb5_cc_store_cred(ctx, cc, &creds), 0);
    krb5_free_cred_contents(ctx, &creds);
    krb5_cc_close(ctx, cc);
    krb5_free_context(ctx);

    ScopedEnv ccname("KRB5CCNAME", name);
    const auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    const CredentialCache *cache = listed->value().find(name);
    QVERIFY(cache);
    QCOMPARE(cache->credentials.size(), 1);
    const Credential &c = cache->credentials.first();
    QVERIFY(c.hasAllZeroTimes());
    QCOMPARE(warningCodes(c.warnings), QStringList{QStringLiteral("placeholder-offline")});
    QVERIFY(c.warnings.first().message.contains(QStringLiteral("SSSD")));
    QVERIFY(c.warnings.first().message.contains(QStringLiteral("sssctl domain-status")));

    QString error;
    const auto oracle = m_klist->cache(name, &error);
    QVERIFY2(oracle, qPrintable(error));
    QCOMPARE(oracle->tickets.size(), 1);
    QCOMPARE(oracle->tickets.first().end, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
    QCOMPARE(c.server, oracle->tickets.first().server);
}

void TestKerberosBackend::keyringPrimaryMissing()
{
    // A KEYRING: collection whose primary cache does not exist while another cache does (what
    // users see after the primary was destroyed): listed with a collection warning, and actions
    // on the default cache explain it.
    const QString collection =
        QStringLiteral("KEYRING:session:portier-test-%1").arg(QCoreApplication::applicationPid());
    ScopedEnv ccname("KRB5CCNAME", collection);
    KinitRequest r = request(Account::Alice);
    r.target = KinitRequest::Target::NewInCollection;
    const auto created = await(m_backend->kinit(r));
    QVERIFY(created);
    if (!created->ok()) {
        // Containers whose seccomp profile forbids keyctl (Docker's default) have no kernel
        // keyrings; then the failure must say that it was creating the cache that failed.
        const Error &e = created->error();
        QVERIFY2(e.libraryCode != 0 && e.message.contains(KdcFixture::principal(Account::Alice)),
                 qPrintable(describe(e)));
        qInfo("kernel keyrings unavailable here: %s", qPrintable(e.detail));
        return;
    }
    const QString cacheName = created->value().cacheName;
    QVERIFY2(cacheName.startsWith(QStringLiteral("KEYRING:session:portier-test-")),
             qPrintable(cacheName));

    const auto listed = await(m_backend->listCaches());
    QVERIFY(listed && listed->ok());
    const CacheCollection &c = listed->value();
    QVERIFY(c.find(cacheName));
    QVERIFY(!c.find(cacheName)->primary);
    QCOMPARE(c.find(cacheName)->location, QString());
    QCOMPARE(c.find(cacheName)->type, QStringLiteral("KEYRING"));
    QCOMPARE(warningCodes(c.warnings), QStringList{QStringLiteral("keyring-primary-missing")});

    const auto renewed = await(m_backend->renew());
    QVERIFY(renewed && !renewed->ok());
    QVERIFY2(renewed->error().is(KrbError::KeyringPrimaryMissing),
             qPrintable(describe(renewed->error())));
    QVERIFY2(
        diagnosisIds(renewed->error()).contains(QStringLiteral("krb5.keyring-primary-missing")),
        qPrintable(describe(renewed->error())));

    const auto destroyed = await(m_backend->destroy(cacheName));
    QVERIFY(destroyed && destroyed->ok());
}

QTEST_GUILESS_MAIN(TestKerberosBackend)
#include "tst_kerberos_backend.moc"
