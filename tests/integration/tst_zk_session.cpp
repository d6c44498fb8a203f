// SPDX-License-Identifier: GPL-3.0-or-later
// ZkSession against a real ZooKeeper 3.8 server (ZkFixture) with SASL through a real MIT KDC
// (KdcFixture); every read is compared with the raw C API oracle (ZkOracle).
#include "backends/core/error_codes.h"
#include "backends/logs/signature_catalogue.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <krb5.h>

#include <atomic>
#include <memory>

using namespace Portier;
using namespace Portier::Test;
using Portier::Test::KdcFixture;

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(2);
    if (!future.isFinished())
        return T(); // an Internal "No result was produced" error: the comparison fails
    return future.result();
}

const Acl &openAcl()
{
    static const Acl acl{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}};
    return acl;
}

QString errorText(const Error &e)
{
    return e.codeName() + QStringLiteral(": ") + e.message + QStringLiteral(" / ") + e.detail;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : errorText(r.error());
}

// False (not an exception) when the result holds a value.
template<typename T>
bool failsWith(const Result<T> &r, ZkError code)
{
    return !r.ok() && r.error().is(code);
}

QStringList diagnosisIds(const Error &e)
{
    QStringList ids;
    for (const Diagnosis &d : e.diagnoses)
        ids.append(d.id);
    return ids;
}

// kinit with a password into a FILE cache of our own, through libkrb5 (the KDC fixture's
// environment points libkrb5 at the test realm).
bool kinitPassword(const QString &principal, const QString &password, const QString &cacheName,
                   QString *error)
{
    krb5_context ctx = nullptr;
    if (krb5_init_context(&ctx)) {
        *error = QStringLiteral("krb5_init_context failed");
        return false;
    }
    krb5_principal client = nullptr;
    krb5_ccache cache = nullptr;
    krb5_creds creds{};
    krb5_error_code ret = krb5_parse_name(ctx, principal.toUtf8().constData(), &client);
    QByteArray pw = password.toUtf8();
    if (!ret)
        ret = krb5_get_init_creds_password(ctx, &creds, client, pw.data(), nullptr, nullptr, 0,
                                           nullptr, nullptr);
    if (!ret)
        ret = krb5_cc_resolve(ctx, cacheName.toUtf8().constData(), &cache);
    if (!ret)
        ret = krb5_cc_initialize(ctx, cache, client);
    if (!ret)
        ret = krb5_cc_store_cred(ctx, cache, &creds);
    if (ret) {
        const char *msg = krb5_get_error_message(ctx, ret);
        *error = QString::fromUtf8(msg);
        krb5_free_error_message(ctx, msg);
    }
    krb5_free_cred_contents(ctx, &creds);
    if (cache)
        krb5_cc_close(ctx, cache);
    if (client)
        krb5_free_principal(ctx, client);
    krb5_free_context(ctx);
    return ret == 0;
}

} // namespace

class TestZkSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void readsEqualOracle();
    void createModes();
    void setDataWithVersion();
    void setAclWithStaleAversionChangesNothing();
    void unreadableNodeIsNoAuth();
    void digestSessionReadsDigestNode();
    void saslSessionReadsSaslNode();
    void saslWithoutTicketFailsWithEvidence();
    void saslWrongServerHost();
    void twoSaslSessionsHaveTheirOwnIdentity();
    void closedPortIsConnectionLoss();
    void badConnectString();
    void readOnlyProfileRefusesWrites();
    void watchesFire();
    void closeCompletesOutstandingRequests();
    void sessionExpiryAndReopen();
    void clientLogIsCaptured();
    void catalogueMatchesClientLogLines_data();
    void catalogueMatchesClientLogLines();

private:
    std::unique_ptr<ZkSession> connect(SessionOptions options);
    SessionOptions plain() const
    {
        SessionOptions o;
        o.connectString = m_zk->connectString();
        o.sessionTimeoutMs = 10000;
        return o;
    }
    SessionOptions sasl(const QString &ccache) const
    {
        SessionOptions o = plain();
        o.sasl = true;
        o.saslOptions.host = QStringLiteral("localhost");
        o.saslOptions.ccache = ccache;
        return o;
    }

    std::unique_ptr<KdcFixture> m_kdc;
    std::unique_ptr<ZkFixture> m_zk;
    std::unique_ptr<ZkOracle> m_super;
};

void TestZkSession::initTestCase()
{
    QString error;
    m_kdc = std::make_unique<KdcFixture>();
    QVERIFY2(m_kdc->start(&error), qPrintable(error));
    m_zk = std::make_unique<ZkFixture>(ZkFixture::Options{m_kdc.get(), true});
    QVERIFY2(m_zk->start(&error), qPrintable(error));
    // A SASL session authenticates only with the credential cache it was given; the default
    // cache (KRB5CCNAME, empty) is no way around it either.
    m_kdc->withholdClientKeytab();
    m_super = std::make_unique<ZkOracle>(m_zk->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
}

void TestZkSession::cleanupTestCase()
{
    m_super.reset();
    m_zk.reset();
    m_kdc.reset();
}

std::unique_ptr<ZkSession> TestZkSession::connect(SessionOptions options)
{
    auto session = std::make_unique<ZkSession>(std::move(options));
    const Result<void> opened = session->open();
    if (!opened.ok()) {
        qWarning("open: %s", qPrintable(errorText(opened)));
        return nullptr;
    }
    const Result<void> connected = await(session->whenConnected(20000));
    if (!connected.ok()) {
        qWarning("connect: %s\n%s", qPrintable(errorText(connected)),
                 qPrintable(session->clientLog().join(QLatin1Char('\n'))));
        return nullptr;
    }
    return session;
}

void TestZkSession::readsEqualOracle()
{
    QVERIFY(m_super->createTree(QStringLiteral("/oracle"), 300, 6));
    QVERIFY(m_super->create(QStringLiteral("/oracle/data"), QByteArray("payload \0 bytes", 15),
                            openAcl()));
    const Acl mixed{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read},
                    AclEntry{QStringLiteral("digest"), AclSyntax::digestId(u"admin", u"admin-pw"),
                             ZkPerm::All}};
    QVERIFY(m_super->create(QStringLiteral("/oracle/mixed"), "m", mixed));

    auto session = connect(plain());
    QVERIFY(session);
    QVERIFY(session->sessionId() != 0);
    // The oracle with the same (no) identity: the server shows digest hashes only to sessions
    // with ADMIN on the node ("admin:x" to the others).
    ZkOracle oracle(m_zk->connectString());
    const QList<ZnodeRecord> records = oracle.walk(QStringLiteral("/oracle"), true);
    QCOMPARE(records.size(), 303);

    // All requests pipelined at once through the QFuture API, compared afterwards.
    struct Pending
    {
        QFuture<Result<ZnodeChildren>> children;
        QFuture<Result<ZnodeData>> data;
        QFuture<Result<ZnodeAcl>> acl;
        QFuture<Result<ZnodeStat>> stat;
    };
    QList<Pending> pending;
    for (const ZnodeRecord &r : records) {
        pending.append({session->getChildren(r.path), session->getData(r.path),
                        session->getAcl(r.path), session->exists(r.path)});
    }
    for (int i = 0; i < records.size(); ++i) {
        const ZnodeRecord &r = records.at(i);
        const auto children = await(pending[i].children);
        const auto data = await(pending[i].data);
        const auto acl = await(pending[i].acl);
        const auto stat = await(pending[i].stat);
        QVERIFY2(children.ok(), qPrintable(errorText(children)));
        QVERIFY2(data.ok(), qPrintable(errorText(data)));
        QVERIFY2(acl.ok(), qPrintable(errorText(acl)));
        QVERIFY2(stat.ok(), qPrintable(errorText(stat)));
        QCOMPARE(children->stat, r.stat);
        QCOMPARE(data->stat, r.stat);
        QCOMPARE(acl->stat, r.stat);
        QCOMPARE(*stat, r.stat);
        QCOMPARE(AclSyntax::formatAcl(acl->acl), AclSyntax::formatAcl(r.acl));
        QCOMPARE(data->data, r.data.value_or(QByteArray()));
        QCOMPARE(children->children.size(), r.stat.numChildren);
        // The oracle's walk is depth-first with sorted children: the next records of this
        // node's depth + 1 are its children, in the same order.
        QStringList expected;
        const QString prefix = r.path + QLatin1Char('/');
        for (const ZnodeRecord &other : records) {
            if (other.path.startsWith(prefix) && !other.path.mid(prefix.size()).contains(u'/'))
                expected.append(other.path.mid(prefix.size()));
        }
        QCOMPARE(children->children, expected);
    }

    const auto masked = await(session->getAcl(QStringLiteral("/oracle/mixed")));
    QVERIFY(masked.ok());
    // Without ADMIN the server hides digest hashes; the super user sees them.
    QCOMPARE(AclSyntax::formatAcl(masked->acl),
             QStringLiteral("world:anyone:r,digest:admin:x:cdrwa"));
    QCOMPARE(m_super->acl(QStringLiteral("/oracle/mixed")), mixed);

    // The callback flavour gives the same.
    std::atomic<int> done{0};
    Result<ZnodeChildren> viaCallback;
    session->getChildrenAsync(QStringLiteral("/oracle"), [&](Result<ZnodeChildren> r) {
        viaCallback = std::move(r);
        done.store(1);
    });
    QTRY_VERIFY(done.load() == 1);
    QVERIFY(viaCallback.ok());
    QCOMPARE(viaCallback->stat, records.first().stat);
    QVERIFY(viaCallback->children.contains(QStringLiteral("mixed")));
}

void TestZkSession::createModes()
{
    auto session = connect(plain());
    QVERIFY(session);
    QVERIFY(m_super->create(QStringLiteral("/modes"), {}, openAcl()));

    auto created = await(session->create(QStringLiteral("/modes/p"), "p", openAcl(),
                                         ZkSession::CreateMode::Persistent));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(*created, QStringLiteral("/modes/p"));
    auto stat = await(session->exists(QStringLiteral("/modes/p")));
    QVERIFY(stat.ok());
    QCOMPARE(stat->ephemeralOwner, 0);
    QCOMPARE(stat->dataLength, 1);

    created = await(session->create(QStringLiteral("/modes/e"), {}, openAcl(),
                                    ZkSession::CreateMode::Ephemeral));
    QVERIFY(created.ok());
    stat = await(session->exists(QStringLiteral("/modes/e")));
    QVERIFY(stat.ok());
    QCOMPARE(stat->ephemeralOwner, session->sessionId());
    QVERIFY(stat->isEphemeral());

    created = await(session->create(QStringLiteral("/modes/s-"), {}, openAcl(),
                                    ZkSession::CreateMode::PersistentSequential));
    QVERIFY(created.ok());
    QVERIFY2(QRegularExpression(QStringLiteral("^/modes/s-\\d{10}$")).match(*created).hasMatch(),
             qPrintable(*created));
    created = await(session->create(QStringLiteral("/modes/es-"), {}, openAcl(),
                                    ZkSession::CreateMode::EphemeralSequential));
    QVERIFY(created.ok());
    QVERIFY(created->startsWith(QStringLiteral("/modes/es-")));
    stat = await(session->exists(*created));
    QVERIFY(stat.ok());
    QCOMPARE(stat->ephemeralOwner, session->sessionId());

    created = await(session->create(QStringLiteral("/modes/c"), {}, openAcl(),
                                    ZkSession::CreateMode::Container));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    stat = await(session->exists(QStringLiteral("/modes/c")));
    QVERIFY(stat.ok());
    // Containers look like persistent nodes in their stat.
    QCOMPARE(stat->ephemeralOwner, 0);

    // Existing node, missing parent, empty ACL.
    created = await(session->create(QStringLiteral("/modes/p"), {}, openAcl(),
                                    ZkSession::CreateMode::Persistent));
    QVERIFY(failsWith(created, ZkError::NodeExists));
    QVERIFY(created.error().message.contains(QStringLiteral("/modes/p")));
    created = await(session->create(QStringLiteral("/modes/missing/x"), {}, openAcl(),
                                    ZkSession::CreateMode::Persistent));
    QVERIFY(failsWith(created, ZkError::NoNode));
    created = await(
        session->create(QStringLiteral("/modes/noacl"), {}, {}, ZkSession::CreateMode::Persistent));
    QVERIFY2(failsWith(created, ZkError::InvalidAcl), qPrintable(errorText(created)));

    // Ephemerals go with the session; persistent nodes stay.
    session->close();
    QCOMPARE(session->state(), ZkSession::State::Closed);
    const QList<ZnodeRecord> left = m_super->walk(QStringLiteral("/modes"));
    QStringList paths;
    for (const ZnodeRecord &r : left)
        paths.append(r.path);
    QVERIFY(paths.contains(QStringLiteral("/modes/p")));
    QVERIFY(!paths.contains(QStringLiteral("/modes/e")));

    // remove, with version check
    session = connect(plain());
    QVERIFY(session);
    auto removed = await(session->remove(QStringLiteral("/modes/p"), 5));
    QVERIFY(failsWith(removed, ZkError::BadVersion));
    removed = await(session->remove(QStringLiteral("/modes/p"), 0));
    QVERIFY2(removed.ok(), qPrintable(errorText(removed)));
    removed = await(session->remove(QStringLiteral("/modes")));
    QVERIFY(failsWith(removed, ZkError::NotEmpty));
}

void TestZkSession::setDataWithVersion()
{
    QVERIFY(m_super->create(QStringLiteral("/versioned"), "v0", openAcl()));
    auto session = connect(plain());
    QVERIFY(session);
    auto stat = await(session->setData(QStringLiteral("/versioned"), "v1", 0));
    QVERIFY2(stat.ok(), qPrintable(errorText(stat)));
    QCOMPARE(stat->version, 1);
    QCOMPARE(stat->dataLength, 2);
    stat = await(session->setData(QStringLiteral("/versioned"), "stale", 0));
    QVERIFY(!stat.ok());
    QVERIFY(failsWith(stat, ZkError::BadVersion));
    QCOMPARE(stat.error().libraryCode, -103); // ZBADVERSION
    QVERIFY(stat.error().message.contains(QStringLiteral("/versioned")));
    QVERIFY(!stat.error().hint.isEmpty());
    const auto data = await(session->getData(QStringLiteral("/versioned")));
    QVERIFY(data.ok());
    QCOMPARE(data->data, QByteArray("v1"));
    stat = await(session->setData(QStringLiteral("/versioned"), "any", -1));
    QVERIFY(stat.ok());
    QCOMPARE(stat->version, 2);
}

void TestZkSession::setAclWithStaleAversionChangesNothing()
{
    QVERIFY(m_super->create(QStringLiteral("/acl-race"), {}, openAcl()));
    auto session = connect(plain());
    QVERIFY(session);
    const auto read = await(session->getAcl(QStringLiteral("/acl-race")));
    QVERIFY(read.ok());
    QCOMPARE(read->stat.aversion, 0);

    // Someone else changes the ACL meanwhile.
    const Acl theirs{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"),
                              ZkPerm::Read | ZkPerm::Write | ZkPerm::Admin}};
    QVERIFY(m_super->setAcl(QStringLiteral("/acl-race"), theirs));

    const Acl mine{
        AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read | ZkPerm::Admin}};
    const auto stale =
        await(session->setAcl(QStringLiteral("/acl-race"), mine, read->stat.aversion));
    QVERIFY(!stale.ok());
    QVERIFY(failsWith(stale, ZkError::BadVersion));
    QVERIFY(stale.error().message.contains(QStringLiteral("aversion")));
    int aversion = -1;
    QCOMPARE(m_super->acl(QStringLiteral("/acl-race"), &aversion), theirs);
    QCOMPARE(aversion, 1);

    // With the current aversion it applies, and the returned stat has the new aversion.
    const auto applied = await(session->setAcl(QStringLiteral("/acl-race"), mine, 1));
    QVERIFY2(applied.ok(), qPrintable(errorText(applied)));
    QCOMPARE(applied->aversion, 2);
    QCOMPARE(m_super->acl(QStringLiteral("/acl-race"), &aversion), mine);
    QCOMPARE(aversion, 2);

    // The callback flavour.
    std::atomic<int> done{0};
    Result<ZnodeStat> viaCallback;
    session->setAclAsync(QStringLiteral("/acl-race"), theirs, 0, [&](Result<ZnodeStat> r) {
        viaCallback = std::move(r);
        done.store(1);
    });
    QTRY_VERIFY(done.load() == 1);
    QVERIFY(failsWith(viaCallback, ZkError::BadVersion));
    QCOMPARE(m_super->acl(QStringLiteral("/acl-race")), mine);
}

void TestZkSession::unreadableNodeIsNoAuth()
{
    const Acl closed{AclEntry{QStringLiteral("digest"), AclSyntax::digestId(u"owner", u"owner-pw"),
                              ZkPerm::All}};
    QVERIFY(m_super->create(QStringLiteral("/locked"), "secret", closed));
    QVERIFY(m_super->create(QStringLiteral("/locked-parent"), {}, openAcl()));
    auto session = connect(plain());
    QVERIFY(session);

    const auto children = await(session->getChildren(QStringLiteral("/locked")));
    QVERIFY(!children.ok());
    QVERIFY2(failsWith(children, ZkError::NoAuth), qPrintable(errorText(children)));
    QVERIFY(children.error().message.contains(QStringLiteral("/locked")));
    QVERIFY(children.error().message.contains(QStringLiteral("READ")));
    QCOMPARE(children.error().libraryCode, -102); // ZNOAUTH
    const auto data = await(session->getData(QStringLiteral("/locked")));
    QVERIFY(failsWith(data, ZkError::NoAuth));
    const auto acl = await(session->getAcl(QStringLiteral("/locked")));
    QVERIFY(failsWith(acl, ZkError::NoAuth));
    // exists needs no permission
    const auto stat = await(session->exists(QStringLiteral("/locked")));
    QVERIFY(stat.ok());
    QCOMPARE(stat->dataLength, 6);
    const auto write = await(session->setData(QStringLiteral("/locked"), "x", -1));
    QVERIFY(failsWith(write, ZkError::NoAuth));
    QVERIFY(write.error().message.contains(QStringLiteral("WRITE")));

    // The oracle agrees.
    QCOMPARE(ZkOracle(m_zk->connectString()).walk(QStringLiteral("/locked")).first().error,
             QStringLiteral("NOAUTH"));
    // The session is still fine afterwards.
    QVERIFY(await(session->getChildren(QStringLiteral("/"))).ok());
}

void TestZkSession::digestSessionReadsDigestNode()
{
    const Acl onlyCarol{AclEntry{QStringLiteral("digest"),
                                 AclSyntax::digestId(u"carol", u"carol-pw"), ZkPerm::All}};
    QVERIFY(m_super->create(QStringLiteral("/carol"), "for carol", onlyCarol));

    SessionOptions options = plain();
    options.digests = {DigestCredential{QStringLiteral("carol"), QStringLiteral("carol-pw")}};
    auto carol = connect(options);
    QVERIFY(carol);
    // The digest identity, and the address the server sees the connection come from.
    const Acl ids = carol->identities();
    QCOMPARE(ids,
             (Acl{AclEntry{QStringLiteral("digest"), AclSyntax::digestId(u"carol", u"carol-pw"), 0},
                  AclEntry{QStringLiteral("ip"), QStringLiteral("127.0.0.1"), 0}}));
    // An ip ACL for that address lets the session in, as the identity says.
    const AclEntry loopbackOnly{QStringLiteral("ip"), QStringLiteral("127.0.0.0/8"), ZkPerm::All};
    QVERIFY(AclSyntax::appliesTo(loopbackOnly, ids.last()));
    QVERIFY(m_super->create(QStringLiteral("/loopback-only"), "local", Acl{loopbackOnly}));
    QVERIFY(await(carol->getData(QStringLiteral("/loopback-only"))).ok());
    const AclEntry elsewhere{QStringLiteral("ip"), QStringLiteral("192.0.2.0/24"), ZkPerm::All};
    QVERIFY(!AclSyntax::appliesTo(elsewhere, ids.last()));
    QVERIFY(m_super->create(QStringLiteral("/elsewhere-only"), "remote", Acl{elsewhere}));
    QVERIFY(failsWith(await(carol->getData(QStringLiteral("/elsewhere-only"))), ZkError::NoAuth));
    const auto data = await(carol->getData(QStringLiteral("/carol")));
    QVERIFY2(data.ok(), qPrintable(errorText(data)));
    QCOMPARE(data->data, QByteArray("for carol"));

    options.digests = {DigestCredential{QStringLiteral("carol"), QStringLiteral("wrong")}};
    auto impostor = connect(options);
    QVERIFY(impostor);
    QVERIFY(failsWith(await(impostor->getData(QStringLiteral("/carol"))), ZkError::NoAuth));

    // super reads everything
    options.digests = {DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}};
    auto super = connect(options);
    QVERIFY(super);
    QVERIFY(await(super->getData(QStringLiteral("/carol"))).ok());
    QVERIFY(super->identities().contains(AclEntry{QStringLiteral("super"), QString(), 0}));
}

void TestZkSession::saslSessionReadsSaslNode()
{
    if (!ZkSession::saslSupported())
        QSKIP(qPrintable(ZkSession::saslUnavailableReason()));
    // The fixture's server strips host and realm: alice@TEST.LOCAL is sasl:alice.
    const Acl onlyAlice{AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All}};
    QVERIFY(m_super->create(QStringLiteral("/sasl-only"), "kerberos", onlyAlice));

    const QString cache = QStringLiteral("FILE:%1/alice.cc").arg(m_zk->directory());
    QString error;
    QVERIFY2(kinitPassword(KdcFixture::principal(KdcFixture::Account::Alice),
                           KdcFixture::password(KdcFixture::Account::Alice), cache, &error),
             qPrintable(error));
    auto alice = connect(sasl(cache));
    QVERIFY(alice);
    const auto data = await(alice->getData(QStringLiteral("/sasl-only")));
    QVERIFY2(data.ok(), qPrintable(errorText(data)));
    QCOMPARE(data->data, QByteArray("kerberos"));
    const Acl ids = alice->identities();
    QVERIFY(ids.contains(AclEntry{QStringLiteral("sasl"), QStringLiteral("alice@TEST.LOCAL"), 0}));
    QVERIFY(ids.contains(AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), 0}));

    auto anonymous = connect(plain());
    QVERIFY(anonymous);
    QVERIFY(failsWith(await(anonymous->getData(QStringLiteral("/sasl-only"))), ZkError::NoAuth));
}

void TestZkSession::saslWithoutTicketFailsWithEvidence()
{
    if (!ZkSession::saslSupported())
        QSKIP(qPrintable(ZkSession::saslUnavailableReason()));
    ZkSession session(sasl(QStringLiteral("FILE:%1/no-such-cache").arg(m_zk->directory())));
    QVERIFY(session.open().ok());
    QSignalSpy states(&session, &ZkSession::stateChanged);
    const Result<void> connected = await(session.whenConnected(15000));
    QVERIFY(!connected.ok());
    const Error &e = connected.error();
    if (!e.is(ZkError::SaslFailed) && !e.is(ZkError::AuthFailed))
        qWarning("%s", qPrintable(session.clientLog().join(QLatin1Char('\n'))));
    QVERIFY2(e.is(ZkError::SaslFailed) || e.is(ZkError::AuthFailed), qPrintable(errorText(e)));
    QCOMPARE(session.state(), ZkSession::State::AuthFailed);
    QTRY_VERIFY(!states.isEmpty() &&
                states.last().first().value<ZkSession::State>() == ZkSession::State::AuthFailed);
    QVERIFY(!e.evidence.isEmpty());
    QCOMPARE(e.evidence.first().source, QStringLiteral("ZooKeeper client log"));
    QVERIFY(!e.evidence.first().highlighted.isEmpty());
    const QStringList ids = diagnosisIds(e);
    QVERIFY2(ids.contains(QStringLiteral("zk.sasl-no-credentials")),
             qPrintable(ids.join(QLatin1Char(',')) + QLatin1Char('\n') +
                        e.evidence.first().lines.join(QLatin1Char('\n'))));
    // Requests on the failed session fail at once with the reason.
    const auto children = await(session.getChildren(QStringLiteral("/")));
    QVERIFY2(failsWith(children, ZkError::AuthFailed), qPrintable(errorText(children)));
}

void TestZkSession::saslWrongServerHost()
{
    if (!ZkSession::saslSupported())
        QSKIP(qPrintable(ZkSession::saslUnavailableReason()));
    const QString cache = QStringLiteral("FILE:%1/alice-host.cc").arg(m_zk->directory());
    QString error;
    QVERIFY2(kinitPassword(KdcFixture::principal(KdcFixture::Account::Alice),
                           KdcFixture::password(KdcFixture::Account::Alice), cache, &error),
             qPrintable(error));
    SessionOptions options = sasl(cache);
    options.saslOptions.host.clear(); // defaults to 127.0.0.1: zookeeper/127.0.0.1 is unknown
    ZkSession session(options);
    QVERIFY(session.open().ok());
    const Result<void> connected = await(session.whenConnected(15000));
    QVERIFY(!connected.ok());
    const QStringList ids = diagnosisIds(connected.error());
    QVERIFY2(ids.contains(QStringLiteral("zk.sasl-server-principal-unknown")),
             qPrintable(ids.join(QLatin1Char(',')) + QLatin1Char('\n') +
                        session.clientLog().join(QLatin1Char('\n'))));
}

void TestZkSession::twoSaslSessionsHaveTheirOwnIdentity()
{
    if (!ZkSession::saslSupported())
        QSKIP(qPrintable(ZkSession::saslUnavailableReason()));
    QVERIFY(
        m_super->create(QStringLiteral("/who/alice"), "a",
                        {AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All}}));
    QVERIFY(
        m_super->create(QStringLiteral("/who/bob"), "b",
                        {AclEntry{QStringLiteral("sasl"), QStringLiteral("bob"), ZkPerm::All}}));

    // Alice from the KDC fixture's keytab into a private MEMORY cache; Bob from a FILE cache.
    // The process's default cache (KRB5CCNAME) holds neither.
    SessionOptions aliceOptions = sasl({});
    aliceOptions.saslOptions.keytab = m_kdc->keytabPath();
    aliceOptions.saslOptions.principal = KdcFixture::principal(KdcFixture::Account::Alice);
    const QString bobCache = QStringLiteral("FILE:%1/bob.cc").arg(m_zk->directory());
    QString error;
    QVERIFY2(kinitPassword(KdcFixture::principal(KdcFixture::Account::Bob),
                           KdcFixture::password(KdcFixture::Account::Bob), bobCache, &error),
             qPrintable(error));

    // Opened together, so that both SASL exchanges overlap.
    ZkSession alice(aliceOptions);
    ZkSession bob(sasl(bobCache));
    QVERIFY(alice.open().ok());
    QVERIFY(bob.open().ok());
    auto aliceUp = alice.whenConnected(20000);
    auto bobUp = bob.whenConnected(20000);
    QVERIFY2(await(aliceUp).ok(), qPrintable(alice.clientLog().join(QLatin1Char('\n'))));
    QVERIFY2(await(bobUp).ok(), qPrintable(bob.clientLog().join(QLatin1Char('\n'))));

    QVERIFY(await(alice.getData(QStringLiteral("/who/alice"))).ok());
    QVERIFY(failsWith(await(alice.getData(QStringLiteral("/who/bob"))), ZkError::NoAuth));
    QVERIFY(await(bob.getData(QStringLiteral("/who/bob"))).ok());
    QVERIFY(failsWith(await(bob.getData(QStringLiteral("/who/alice"))), ZkError::NoAuth));
    QVERIFY(alice.identities().contains(
        AclEntry{QStringLiteral("sasl"), QStringLiteral("alice@TEST.LOCAL"), 0}));
    QVERIFY(bob.identities().contains(
        AclEntry{QStringLiteral("sasl"), QStringLiteral("bob@TEST.LOCAL"), 0}));

    // A reconnection (server restart) authenticates each again with its own cache.
    // (Covered by sessionExpiryAndReopen for digest; here only the identities are checked.)

    // A bad keytab principal fails in open(), before any traffic.
    SessionOptions bad = aliceOptions;
    bad.saslOptions.principal = QStringLiteral("nobody-here@TEST.LOCAL");
    ZkSession nobody(bad);
    const Result<void> opened = nobody.open();
    QVERIFY(!opened.ok());
    QVERIFY2(failsWith(opened, ZkError::SaslFailed), qPrintable(errorText(opened)));
}

void TestZkSession::closedPortIsConnectionLoss()
{
    SessionOptions options;
    options.connectString = QStringLiteral("127.0.0.1:%1").arg(Portier::Test::unusedLoopbackPort());
    ZkSession session(options);
    QVERIFY(session.open().ok());
    QCOMPARE(session.state(), ZkSession::State::Connecting);
    const Result<void> connected = await(session.whenConnected(1500));
    QVERIFY(!connected.ok());
    const Error &e = connected.error();
    QVERIFY2(e.is(ZkError::ConnectionLoss), qPrintable(errorText(e)));
    QVERIFY(e.message.contains(options.connectString));
    QVERIFY(!e.hint.isEmpty());
    QCOMPARE(e.evidence.size(), 1);
    QVERIFY(e.evidence.first()
                .lines.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Connection refused")));
    QVERIFY2(diagnosisIds(e).contains(QStringLiteral("zk.connection-refused")),
             qPrintable(diagnosisIds(e).join(QLatin1Char(','))));
    // A request made while no server answers is queued; the C client fails the queue with
    // CONNECTIONLOSS at its next failed connection attempt (every few hundred ms), and close()
    // fails what is still queued with Closing. Either way it completes, with no crash.
    auto pending = session.getChildren(QStringLiteral("/"));
    session.close();
    const auto result = await(pending);
    QVERIFY2(failsWith(result, ZkError::Closing) || failsWith(result, ZkError::ConnectionLoss),
             qPrintable(errorText(result)));
}

void TestZkSession::badConnectString()
{
    SessionOptions options;
    options.connectString = QString();
    QVERIFY(failsWith(ZkSession(options).open(), ZkError::BadConnectString));
    options.connectString = ZkFixture::unresolvableHost() + QStringLiteral(":2181");
    ZkSession session(options);
    const Result<void> opened = session.open();
    QVERIFY(!opened.ok());
    QVERIFY2(failsWith(opened, ZkError::HostUnresolved), qPrintable(errorText(opened)));
    QCOMPARE(opened.error().message,
             QStringLiteral("Could not connect to %1: none of its host names resolves.")
                 .arg(options.connectString));
    QCOMPARE(session.state(), ZkSession::State::Closed);
    options.connectString = QStringLiteral("localhost:notaport");
    const Result<void> malformed = ZkSession(options).open();
    QVERIFY2(failsWith(malformed, ZkError::BadConnectString), qPrintable(errorText(malformed)));
    QCOMPARE(malformed.error().message,
             QStringLiteral("Could not connect to localhost:notaport: the connect string is "
                            "malformed."));
    // A request on a session that is not open fails at once.
    QVERIFY(failsWith(await(session.getData(QStringLiteral("/"))), ZkError::Closing));
}

void TestZkSession::readOnlyProfileRefusesWrites()
{
    QVERIFY(m_super->create(QStringLiteral("/ro"), "ro", openAcl()));
    SessionOptions options = plain();
    options.readOnly = true;
    auto session = connect(options);
    QVERIFY(session);
    QVERIFY(session->isReadOnly());
    QVERIFY(await(session->getData(QStringLiteral("/ro"))).ok());
    auto created = await(
        session->create(QStringLiteral("/ro/x"), {}, openAcl(), ZkSession::CreateMode::Persistent));
    QVERIFY(failsWith(created, ZkError::ReadOnly));
    QVERIFY(created.error().message.contains(QStringLiteral("read-only")));
    QVERIFY(failsWith(await(session->setData(QStringLiteral("/ro"), "x", -1)), ZkError::ReadOnly));
    QVERIFY(
        failsWith(await(session->setAcl(QStringLiteral("/ro"), openAcl(), -1)), ZkError::ReadOnly));
    QVERIFY(failsWith(await(session->remove(QStringLiteral("/ro"))), ZkError::ReadOnly));
    std::atomic<int> done{0};
    Result<ZnodeStat> viaCallback;
    session->setAclAsync(QStringLiteral("/ro"), openAcl(), -1, [&](Result<ZnodeStat> r) {
        viaCallback = std::move(r);
        done.store(1);
    });
    QCOMPARE(done.load(), 1); // refused at once, in this thread
    QVERIFY(failsWith(viaCallback, ZkError::ReadOnly));
    // Nothing changed.
    const QList<ZnodeRecord> records = m_super->walk(QStringLiteral("/ro"), true);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().data.value_or(QByteArray()), QByteArray("ro"));
    QCOMPARE(records.first().stat.version, 0);
}

void TestZkSession::watchesFire()
{
    QVERIFY(m_super->create(QStringLiteral("/watched"), "0", openAcl()));
    auto watcher = connect(plain());
    auto writer = connect(plain());
    QVERIFY(watcher && writer);
    QSignalSpy spy(watcher.get(), &ZkSession::watchTriggered);
    QVERIFY(await(watcher->getData(QStringLiteral("/watched"), true)).ok());
    QVERIFY(await(watcher->getChildren(QStringLiteral("/watched"), true)).ok());
    QVERIFY(await(writer->setData(QStringLiteral("/watched"), "1", -1)).ok());
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/watched"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("changed"));
    QVERIFY(await(writer->create(QStringLiteral("/watched/kid"), {}, openAcl(),
                                 ZkSession::CreateMode::Persistent))
                .ok());
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("child"));
    // Watches are one-shot: a second change without a new watch fires nothing.
    QVERIFY(await(writer->setData(QStringLiteral("/watched"), "2", -1)).ok());
    QVERIFY(await(watcher->getData(QStringLiteral("/watched"))).ok()); // a round trip later
    QTest::qWait(100);
    QCOMPARE(spy.size(), 2);
    // A deletion fires the data watch as "deleted".
    QVERIFY(await(watcher->getData(QStringLiteral("/watched/kid"), true)).ok());
    QVERIFY(await(writer->remove(QStringLiteral("/watched/kid"))).ok());
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("/watched/kid"));
    QCOMPARE(spy.at(2).at(1).toString(), QStringLiteral("deleted"));
}

void TestZkSession::closeCompletesOutstandingRequests()
{
    QVERIFY(m_super->createChildren(QStringLiteral("/many"), 2000));
    auto session = connect(plain());
    QVERIFY(session);
    constexpr int Requests = 3000;
    std::atomic<int> completed{0};
    std::atomic<int> closing{0};
    std::atomic<int> ok{0};
    for (int i = 0; i < Requests; ++i) {
        session->getChildrenAsync(QStringLiteral("/many"), [&](Result<ZnodeChildren> r) {
            if (r.ok())
                ok.fetch_add(1);
            else if (failsWith(r, ZkError::Closing))
                closing.fetch_add(1);
            completed.fetch_add(1);
        });
    }
    auto future = session->getAcl(QStringLiteral("/many"));
    session->close();
    // Every callback ran, before close() returned.
    QCOMPARE(completed.load(), Requests);
    QVERIFY2(closing.load() > 0, qPrintable(QStringLiteral("%1 ok").arg(ok.load())));
    QCOMPARE(ok.load() + closing.load(), Requests);
    QVERIFY(future.isFinished());
    QVERIFY(failsWith(future.result(), ZkError::Closing));
    QCOMPARE(session->state(), ZkSession::State::Closed);
    // After close, requests fail at once.
    QVERIFY(failsWith(await(session->getData(QStringLiteral("/many"))), ZkError::Closing));
    // and the session can be opened again
    QVERIFY(session->reopen().ok());
    QVERIFY(await(session->whenConnected()).ok());
    QVERIFY(await(session->getAcl(QStringLiteral("/many"))).ok());
}

void TestZkSession::sessionExpiryAndReopen()
{
    // A server of its own: its data is wiped to make it forget the session.
    ZkFixture zk;
    QString error;
    QVERIFY2(zk.start(&error), qPrintable(error));
    {
        ZkOracle seed(zk.connectString());
        QVERIFY(seed.create(QStringLiteral("/dave"), "d",
                            {AclEntry{QStringLiteral("digest"),
                                      AclSyntax::digestId(u"dave", u"dave-pw"), ZkPerm::All}}));
    }
    SessionOptions options;
    options.connectString = zk.connectString();
    options.sessionTimeoutMs = 4000;
    options.digests = {DigestCredential{QStringLiteral("dave"), QStringLiteral("dave-pw")}};
    ZkSession session(options);
    QSignalSpy states(&session, &ZkSession::stateChanged);
    QVERIFY(session.open().ok());
    QVERIFY(await(session.whenConnected()).ok());
    QVERIFY(await(session.getData(QStringLiteral("/dave"))).ok());
    const qint64 firstId = session.sessionId();

    zk.kill();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ZkSession::State::Connecting, 15000);
    QVERIFY(QDir(zk.directory() + QStringLiteral("/data/version-2")).removeRecursively());
    QVERIFY2(zk.restart(&error), qPrintable(error));
    {
        // The new server must have seen more transactions than the client, or it refuses the
        // client ("has seen zxid ... our last zxid is ...") instead of expiring its session.
        ZkOracle seed(zk.connectString());
        QVERIFY(seed.create(QStringLiteral("/dave"), "again",
                            {AclEntry{QStringLiteral("digest"),
                                      AclSyntax::digestId(u"dave", u"dave-pw"), ZkPerm::All}}));
        QVERIFY(seed.createChildren(QStringLiteral("/filler"), 50));
    }
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ZkSession::State::Expired, 30000);
    QTRY_VERIFY(!states.isEmpty() &&
                states.last().first().value<ZkSession::State>() == ZkSession::State::Expired);
    const auto expired = await(session.getData(QStringLiteral("/dave")));
    QVERIFY2(failsWith(expired, ZkError::SessionExpired), qPrintable(errorText(expired)));
    const Result<void> waited = await(session.whenConnected());
    QVERIFY(failsWith(waited, ZkError::SessionExpired));
    QVERIFY(diagnosisIds(waited.error()).contains(QStringLiteral("zk.session-expired")));

    QVERIFY(session.reopen().ok());
    QVERIFY(await(session.whenConnected()).ok());
    QVERIFY(session.sessionId() != firstId);
    const auto data = await(session.getData(QStringLiteral("/dave")));
    QVERIFY2(data.ok(), qPrintable(errorText(data))); // digest added again
    QCOMPARE(data->data, QByteArray("again"));
}

void TestZkSession::clientLogIsCaptured()
{
    auto a = connect(plain());
    SessionOptions other;
    other.connectString = QStringLiteral("127.0.0.1:%1").arg(Portier::Test::unusedLoopbackPort());
    ZkSession b(other);
    QVERIFY(a);
    QVERIFY(b.open().ok());
    QTRY_VERIFY(b.clientLog().join(QLatin1Char('\n')).contains(QStringLiteral("refused")));
    // Each session has only its own lines.
    const QString aLog = a->clientLog().join(QLatin1Char('\n'));
    QVERIFY(aLog.contains(m_zk->connectString()));
    QVERIFY(!aLog.contains(other.connectString));
    QVERIFY(aLog.contains(QStringLiteral("session establishment complete")));
    const LogExcerpt excerpt = a->clientLogExcerpt(5);
    QCOMPARE(excerpt.lines.size(), 5);
    QVERIFY(excerpt.firstLine > 1);
    QVERIFY(excerpt.startTime.isValid());
    QVERIFY(ZkSession::clientDescription().contains(QStringLiteral("3.8")));
    QCOMPARE(ZkSession::saslUnavailableReason().isEmpty(), ZkSession::saslSupported());
}

// Lines the 3.8 C client and Cyrus SASL wrote in these tests (and the C client's sources), and
// the diagnoses the built-in catalogue gives for each.
void TestZkSession::catalogueMatchesClientLogLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    const QString prefix = QStringLiteral("2026-11-22 12:27:25,543:31693(0x7f5d6affd6c0):");
    QTest::newRow("refused") << prefix +
                                    QStringLiteral(
                                        "ZOO_ERROR@check_events@2985: Socket 127.0.0.1:49560 zk "
                                        "retcode=-4, errno=111(Connection refused): server refused "
                                        "to accept the client")
                             << QStringList{QStringLiteral("zk.connection-refused")};
    QTest::newRow("all servers tried")
        << prefix + QStringLiteral("ZOO_WARN@zookeeper_interest@2561: Delaying connection after "
                                   "exhaustively trying all servers [127.0.0.1:49560]")
        << QStringList{QStringLiteral("zk.no-server-reachable")};
    QTest::newRow("no route")
        << prefix + QStringLiteral("ZOO_ERROR@check_events@2985: Socket 10.1.2.3:2181 zk "
                                   "retcode=-4, errno=113(No route to host): server refused to "
                                   "accept the client")
        << QStringList{QStringLiteral("zk.no-server-reachable")};
    QTest::newRow("unresolvable")
        << prefix + QStringLiteral("ZOO_ERROR@resolve_hosts@947: getaddrinfo: Name or service "
                                   "not known")
        << QStringList{QStringLiteral("zk.host-unresolvable")};
    QTest::newRow("timeout")
        << prefix + QStringLiteral("ZOO_ERROR@zookeeper_interest@2647: Socket 127.0.0.1:2181 zk "
                                   "retcode=-7, errno=110(Connection timed out): connection to "
                                   "127.0.0.1:2181 timed out (exceeded timeout by 3ms)")
        << QStringList{QStringLiteral("zk.no-server-reachable"),
                       QStringLiteral("zk.operation-timeout")};
    QTest::newRow("closed by server")
        << prefix + QStringLiteral("ZOO_ERROR@check_events@3011: Socket 127.0.0.1:50881 zk "
                                   "retcode=-4, errno=112(Host is down): failed while receiving "
                                   "a server response")
        << QStringList{QStringLiteral("zk.server-closed-connection")};
    QTest::newRow("expired") << prefix +
                                    QStringLiteral(
                                        "ZOO_ERROR@check_events@3048: Socket 127.0.0.1:50881 zk "
                                        "retcode=-112, errno=116(Stale file handle): "
                                        "sessionId=0x1000104e1c60002 has expired.")
                             << QStringList{QStringLiteral("zk.session-expired")};
    QTest::newRow("no ticket") << prefix +
                                      QStringLiteral(
                                          "ZOO_ERROR@zoo_sasl_client_start@284: Starting SASL "
                                          "negotiation: generic failure SASL(-1): generic failure: "
                                          "GSSAPI Error: No credentials were supplied, or the "
                                          "credentials were unavailable or inaccessible (No "
                                          "credentials cache found)")
                               << QStringList{QStringLiteral("zk.sasl-no-credentials"),
                                              QStringLiteral("zk.sasl-negotiation-failed")};
    QTest::newRow("unknown SPN")
        << prefix + QStringLiteral("ZOO_ERROR@zoo_sasl_client_start@284: Starting SASL "
                                   "negotiation: generic failure SASL(-1): generic failure: "
                                   "GSSAPI Error: Unspecified GSS failure.  Minor code may "
                                   "provide more information (Server "
                                   "zookeeper/127.0.0.1@TEST.LOCAL not found in Kerberos "
                                   "database)")
        << QStringList{QStringLiteral("zk.sasl-server-principal-unknown"),
                       QStringLiteral("zk.sasl-negotiation-failed")};
    QTest::newRow("ticket expired")
        << prefix + QStringLiteral("ZOO_ERROR@zoo_sasl_client_start@284: Starting SASL "
                                   "negotiation: generic failure SASL(-1): generic failure: "
                                   "GSSAPI Error: Unspecified GSS failure.  Minor code may "
                                   "provide more information (Ticket expired)")
        << QStringList{QStringLiteral("zk.sasl-ticket-expired"),
                       QStringLiteral("zk.sasl-negotiation-failed")};
    QTest::newRow("no GSSAPI plugin")
        << prefix + QStringLiteral("ZOO_ERROR@zoo_sasl_client_start@284: Starting SASL "
                                   "negotiation: no mechanism available No worthy mechs found")
        << QStringList{QStringLiteral("zk.sasl-no-gssapi-plugin"),
                       QStringLiteral("zk.sasl-negotiation-failed")};
    QTest::newRow("sasl failed")
        << prefix + QStringLiteral("ZOO_ERROR@_zsasl_fail@148: SASL authentication failed. rc=-1")
        << QStringList{QStringLiteral("zk.sasl-negotiation-failed")};
    QTest::newRow("auth failed")
        << prefix + QStringLiteral("ZOO_ERROR@auth_completion_func@2071: Authentication scheme "
                                   "digest failed. Connection closed.")
        << QStringList{QStringLiteral("zk.auth-failed")};
    QTest::newRow("read-only server")
        << prefix + QStringLiteral("ZOO_INFO@finalize_session_establishment@2866: session "
                                   "establishment complete on server 10.0.0.1:2181, "
                                   "sessionId=0x1000104e1c60002, negotiated timeout=10000 "
                                   "(READ-ONLY mode)")
        << QStringList{QStringLiteral("zk.read-only-server")};
    QTest::newRow("healthy") << prefix +
                                    QStringLiteral(
                                        "ZOO_INFO@finalize_session_establishment@2866: session "
                                        "establishment complete on server 127.0.0.1:2181, "
                                        "sessionId=0x1000104e1c60002, negotiated timeout=10000 ")
                             << QStringList{};
}

void TestZkSession::catalogueMatchesClientLogLines()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    LogExcerpt excerpt;
    excerpt.source = QStringLiteral("ZooKeeper client log");
    excerpt.firstLine = 1;
    excerpt.lines = {line};
    QStringList ids;
    for (const Diagnosis &d : SignatureCatalogue::builtin().diagnose(excerpt))
        ids.append(d.id);
    // Kerberos signatures may match the GSSAPI part too; only the zk.* ones are checked here.
    ids.removeIf([](const QString &id) { return !id.startsWith(QLatin1StringView("zk.")); });
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestZkSession)
#include "tst_zk_session.moc"
