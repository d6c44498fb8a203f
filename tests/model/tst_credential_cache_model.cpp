// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credential_cache_model.h"
#include "models/credential_cache_proxy_model.h"
#include "models/status_palette.h"
#include "tests/model/model_dump.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Portier;
using Portier::Test::dumpModel;
using Portier::Test::matchesFixture;

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

Credential ticket(const QString &client, const QString &server, qint64 startOffset,
                  qint64 endOffset, std::optional<qint64> renewOffset = std::nullopt,
                  const QString &flags = QStringLiteral("FRIA"),
                  const QString &enctype = QStringLiteral("aes256-cts-hmac-sha1-96"))
{
    Credential c;
    c.client = client;
    c.server = server;
    c.authTime = Now.addSecs(startOffset);
    c.startTime = Now.addSecs(startOffset);
    c.endTime = Now.addSecs(endOffset);
    if (renewOffset)
        c.renewTill = Now.addSecs(*renewOffset);
    c.flags = flags;
    c.sessionEnctype = enctype;
    c.ticketEnctype = enctype;
    c.ticketSize = 1024;
    return c;
}

Credential config(const QString &key, const QString &value, const QString &meaning)
{
    Credential c;
    c.isConfig = true;
    c.client = QStringLiteral("alice@TEST.LOCAL");
    c.server = QStringLiteral("X-CACHECONF:/%1/krbtgt/TEST.LOCAL@TEST.LOCAL").arg(key);
    c.configKey = key;
    c.configValue = value;
    c.configMeaning = meaning;
    return c;
}

Warning warning(const QString &code, const QString &message, Warning::Severity severity)
{
    Warning w;
    w.code = code;
    w.message = message;
    w.severity = severity;
    return w;
}

constexpr qint64 H = 3600;
constexpr qint64 D = 24 * H;

const QString AliceCache = QStringLiteral("DIR::/tmp/portier/cc/tkt");
const QString BobCache = QStringLiteral("DIR::/tmp/portier/cc/tktbob");
const QString KeyringCache = QStringLiteral("KEYRING:persistent:1000:1000");
const QString BrokenCache = QStringLiteral("FILE:/tmp/krb5cc_broken");

CredentialCache aliceCache()
{
    CredentialCache cache;
    cache.name = AliceCache;
    cache.type = QStringLiteral("DIR");
    cache.primary = true;
    cache.principal = QStringLiteral("alice@TEST.LOCAL");
    cache.location = QStringLiteral("/tmp/portier/cc/tkt");
    cache.credentials = {
        ticket(cache.principal, QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"), -H, 9 * H, 7 * D),
        ticket(cache.principal, QStringLiteral("HTTP/web.test.local@TEST.LOCAL"), -H / 2, 9 * H,
               7 * D, QStringLiteral("FRAO")),
        config(QStringLiteral("pa_type"), QStringLiteral("2"),
               QStringLiteral("Preauthentication used: encrypted timestamp")),
        config(QStringLiteral("fast_avail"), QStringLiteral("yes"),
               QStringLiteral("The KDC offers FAST armoring")),
    };
    return cache;
}

CredentialCache bobCache()
{
    CredentialCache cache;
    cache.name = BobCache;
    cache.type = QStringLiteral("DIR");
    cache.principal = QStringLiteral("bob@TEST.LOCAL");
    cache.location = QStringLiteral("/tmp/portier/cc/tktbob");
    Credential tgt = ticket(cache.principal, QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"),
                            -12 * H, -2 * H, std::nullopt, QStringLiteral("FIA"));
    tgt.warnings = {warning(QStringLiteral("expired"),
                            QStringLiteral("Expired 2 h ago: run kinit again"),
                            Warning::Severity::Critical)};
    Credential legacy =
        ticket(cache.principal, QStringLiteral("host/legacy.test.local@TEST.LOCAL"), -11 * H,
               -2 * H, std::nullopt, QStringLiteral("F"), QStringLiteral("arcfour-hmac"));
    legacy.warnings = {warning(QStringLiteral("weak-enctype"),
                               QStringLiteral("Weak enctype arcfour-hmac"),
                               Warning::Severity::Warning)};
    cache.credentials = {tgt, legacy};
    return cache;
}

CredentialCache keyringCache()
{
    CredentialCache cache;
    cache.name = KeyringCache;
    cache.type = QStringLiteral("KEYRING");
    return cache;
}

CredentialCache brokenCache()
{
    CredentialCache cache;
    cache.name = BrokenCache;
    cache.type = QStringLiteral("FILE");
    cache.location = QStringLiteral("/tmp/krb5cc_broken");
    cache.readError =
        Error(KrbError::Library,
              QStringLiteral("Could not read the cache /tmp/krb5cc_broken: bad format"),
              QStringLiteral("Destroy it with kdestroy."));
    return cache;
}

CacheCollection sampleCollection()
{
    CacheCollection collection;
    collection.caches = {aliceCache(), bobCache(), keyringCache(), brokenCache()};
    collection.defaultCacheName = AliceCache;
    return collection;
}

/// Counts the structural signals of a model: the in-place contract is about these.
struct SignalCounter
{
    explicit SignalCounter(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

} // namespace

class TestCredentialCacheModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void dump_data();
    void dump();
    void roles();
    void tooltipsExplainFlagsAndWarnings();
    void addingCredentialInsertsRows();
    void removingCredentialRemovesRows();
    void changedCredentialEmitsDataChanged();
    void unchangedRefreshEmitsNothing();
    void addingAndRemovingCaches();
    void reorderingMovesRows();
    void configGroupComesAndGoes();
    void duplicateCredentialsGetRowsOfTheirOwn();
    void primarySwitchUpdatesDescendants();
    void reloadResets();
    void refreshTimesMovesRelativeTexts();
    void randomRefreshesKeepTheModelConsistent();

    void proxySortsByRawValues();
    void proxyKeepsConfigurationLast();
    void proxyFilters();
    void proxyFollowsInPlaceUpdates();

private:
    CredentialCacheModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCredentialCacheModel::init()
{
    m_model = new CredentialCacheModel(this);
    m_model->setReferenceTime(Now);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestCredentialCacheModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestCredentialCacheModel::dump_data()
{
    QTest::addColumn<CacheCollection>("collection");
    QTest::addColumn<QString>("fixture");

    QTest::newRow("sample") << sampleCollection() << QStringLiteral("credential_cache_sample.txt");
    QTest::newRow("empty") << CacheCollection() << QStringLiteral("credential_cache_empty.txt");

    CacheCollection soon;
    CredentialCache cache = aliceCache();
    cache.credentials[0].endTime = Now.addSecs(10 * 60);
    cache.credentials[1].startTime = Now.addSecs(2 * H);
    cache.credentials[1].flags = QStringLiteral("FRd");
    cache.credentials.removeLast();
    soon.caches = {cache};
    QTest::newRow("expires-soon-and-postdated")
        << soon << QStringLiteral("credential_cache_soon.txt");
}

void TestCredentialCacheModel::dump()
{
    QFETCH(CacheCollection, collection);
    QFETCH(QString, fixture);
    m_model->setCollection(collection);
    QString message;
    QVERIFY2(matchesFixture(dumpModel(m_model), fixture, &message), qPrintable(message));
}

void TestCredentialCacheModel::roles()
{
    m_model->setCollection(sampleCollection());
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    QVERIFY(alice.isValid());
    QCOMPARE(alice.data(CredentialCacheModel::CacheNameRole).toString(), AliceCache);
    QCOMPARE(alice.data(CredentialCacheModel::IsPrimaryRole).toBool(), true);
    QCOMPARE(alice.data(CredentialCacheModel::ItemKindRole).value<CredentialCacheModel::ItemKind>(),
             CredentialCacheModel::ItemKind::Cache);
    QVERIFY(alice.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(alice.data(CredentialCacheModel::CacheRole).value<CredentialCache>(), aliceCache());
    QCOMPARE(m_model->rowCount(alice), 3); // two tickets and the configuration group

    const Credential tgt = aliceCache().credentials.at(0);
    const QModelIndex tgtIndex = m_model->indexForCredential(AliceCache, tgt.key());
    QCOMPARE(tgtIndex.parent(), alice);
    QCOMPARE(tgtIndex.data(CredentialCacheModel::CredentialKeyRole).toString(), tgt.key());
    QCOMPARE(tgtIndex.data(CredentialCacheModel::CredentialRole).value<Credential>(), tgt);
    QCOMPARE(tgtIndex.data(CredentialCacheModel::CacheNameRole).toString(), AliceCache);
    QCOMPARE(tgtIndex.data(CredentialCacheModel::IsPrimaryRole).toBool(), true);
    QCOMPARE(tgtIndex.data(CredentialCacheModel::IsConfigRole).toBool(), false);
    QCOMPARE(tgtIndex.data(CredentialCacheModel::EndTimeRole).toDateTime(), tgt.endTime);
    QCOMPARE(tgtIndex.siblingAtColumn(CredentialCacheModel::EndColumn)
                 .data(CredentialCacheModel::SortRole)
                 .toDateTime(),
             tgt.endTime);
    QCOMPARE(tgtIndex.siblingAtColumn(CredentialCacheModel::EndColumn).data().toString(),
             QStringLiteral("in 9 h"));
    QCOMPARE(tgtIndex.siblingAtColumn(CredentialCacheModel::StartColumn).data().toString(),
             QStringLiteral("1 h ago"));
    QCOMPARE(tgtIndex.data(CredentialCacheModel::StatusLevelRole).toInt(),
             int(StatusPalette::Level::Ok));

    const QModelIndex group = m_model->index(2, 0, alice);
    QCOMPARE(group.data(CredentialCacheModel::ItemKindRole).value<CredentialCacheModel::ItemKind>(),
             CredentialCacheModel::ItemKind::ConfigGroup);
    QCOMPARE(group.data(CredentialCacheModel::IsConfigRole).toBool(), true);
    QVERIFY(group.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(m_model->rowCount(group), 2);
    const QModelIndex paType = m_model->index(0, 0, group);
    QCOMPARE(paType.data().toString(), QStringLiteral("pa_type"));
    QCOMPARE(paType.data(CredentialCacheModel::IsConfigRole).toBool(), true);
    QCOMPARE(paType.data(CredentialCacheModel::CacheNameRole).toString(), AliceCache);
    QVERIFY(paType.flags() & Qt::ItemNeverHasChildren);

    const QModelIndex bobTgt = m_model->index(0, 0, m_model->indexForCache(BobCache));
    QCOMPARE(bobTgt.data(CredentialCacheModel::IsExpiredRole).toBool(), true);
    QCOMPARE(bobTgt.data(CredentialCacheModel::WarningCodesRole).toStringList(),
             QStringList{QStringLiteral("expired")});
    QCOMPARE(bobTgt.data(CredentialCacheModel::WarningsRole).value<QList<Warning>>().size(), 1);
    QCOMPARE(bobTgt.siblingAtColumn(CredentialCacheModel::EndColumn).data().toString(),
             QStringLiteral("expired 2 h ago"));
    QCOMPARE(bobTgt.siblingAtColumn(CredentialCacheModel::EndColumn)
                 .data(Qt::ForegroundRole)
                 .value<QColor>(),
             StatusPalette::foreground(StatusPalette::Level::Critical));
    QCOMPARE(bobTgt.data(CredentialCacheModel::StatusLevelRole).toInt(),
             int(StatusPalette::Level::Critical));
    QCOMPARE(m_model->indexForCache(BobCache).data(CredentialCacheModel::IsExpiredRole).toBool(),
             true);

    const QModelIndex broken =
        m_model->indexForCache(BrokenCache, CredentialCacheModel::StatusColumn);
    QVERIFY(broken.data().toString().contains(QStringLiteral("bad format")));
    QCOMPARE(broken.data(CredentialCacheModel::StatusLevelRole).toInt(),
             int(StatusPalette::Level::Critical));

    QVERIFY(m_model->roleNames().contains(CredentialCacheModel::CacheNameRole));
}

void TestCredentialCacheModel::tooltipsExplainFlagsAndWarnings()
{
    m_model->setCollection(sampleCollection());
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    const QString flags = m_model->index(1, CredentialCacheModel::FlagsColumn, alice)
                              .data(Qt::ToolTipRole)
                              .toString();
    for (const char *expected :
         {"F  forwardable", "R  renewable", "A  pre-authenticated", "O  ok-as-delegate"})
        QVERIFY2(flags.contains(QLatin1String(expected)), qPrintable(flags));

    const QModelIndex bob = m_model->indexForCache(BobCache);
    const QString weak =
        m_model->index(1, CredentialCacheModel::StatusColumn, bob).data(Qt::ToolTipRole).toString();
    QVERIFY2(weak.contains(QStringLiteral("weak-enctype")), qPrintable(weak));
    QVERIFY2(weak.contains(QStringLiteral("Weak enctype arcfour-hmac")), qPrintable(weak));
    const QString enctypes = m_model->index(1, CredentialCacheModel::EnctypesColumn, bob)
                                 .data(Qt::ToolTipRole)
                                 .toString();
    QVERIFY2(enctypes.contains(QStringLiteral("arcfour-hmac")), qPrintable(enctypes));
    QVERIFY2(enctypes.contains(QStringLiteral("RFC 6649")), qPrintable(enctypes));

    const QString end =
        m_model->index(0, CredentialCacheModel::EndColumn, alice).data(Qt::ToolTipRole).toString();
    QCOMPARE(end, QStringLiteral("Expires at 2026-11-22 17:00:00 UTC"));
    const QString renew = m_model->index(0, CredentialCacheModel::RenewTillColumn, bob)
                              .data(Qt::ToolTipRole)
                              .toString();
    QVERIFY2(renew.startsWith(QStringLiteral("Not renewable")), qPrintable(renew));
}

void TestCredentialCacheModel::addingCredentialInsertsRows()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    const QPersistentModelIndex tgt = m_model->index(0, 0, alice);
    const QPersistentModelIndex group = m_model->index(2, 0, alice);
    const QPersistentModelIndex bob = m_model->indexForCache(BobCache);

    collection.caches[0].credentials.insert(
        2, ticket(QStringLiteral("alice@TEST.LOCAL"),
                  QStringLiteral("ldap/dc.test.local@TEST.LOCAL"), 0, 9 * H, 7 * D));
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);

    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.removed.count(), 0);
    QCOMPARE(signals_.moved.count(), 0);
    QCOMPARE(signals_.inserted.count(), 1);
    const QList<QVariant> args = signals_.inserted.first();
    QCOMPARE(args.at(0).toModelIndex(), QModelIndex(alice));
    QCOMPARE(args.at(1).toInt(), 2);
    QCOMPARE(args.at(2).toInt(), 2);
    // The cache row itself changed (it holds one more credential).
    QVERIFY(signals_.changed.count() >= 1);

    QVERIFY(tgt.isValid());
    QCOMPARE(tgt.row(), 0);
    QCOMPARE(tgt.data().toString(), QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    QCOMPARE(group.row(), 3);
    QCOMPARE(bob.row(), 1);
    QCOMPARE(m_model->index(2, 0, alice).data().toString(),
             QStringLiteral("ldap/dc.test.local@TEST.LOCAL"));
}

void TestCredentialCacheModel::removingCredentialRemovesRows()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    const QPersistentModelIndex tgt = m_model->index(0, CredentialCacheModel::EndColumn, alice);
    const QPersistentModelIndex http = m_model->index(1, 0, alice);

    collection.caches[0].credentials.removeAt(1);
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);

    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 0);
    QCOMPARE(signals_.removed.count(), 1);
    QCOMPARE(signals_.removed.first().at(1).toInt(), 1);
    QCOMPARE(signals_.removed.first().at(2).toInt(), 1);
    QVERIFY(!http.isValid());
    QVERIFY(tgt.isValid());
    QCOMPARE(tgt.column(), int(CredentialCacheModel::EndColumn));
    QCOMPARE(m_model->rowCount(alice), 2);
}

void TestCredentialCacheModel::changedCredentialEmitsDataChanged()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    const QPersistentModelIndex http = m_model->index(1, 0, alice);

    collection.caches[0].credentials[1].endTime = Now.addSecs(3 * H);
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);

    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 0);
    QCOMPARE(signals_.removed.count(), 0);
    QCOMPARE(signals_.moved.count(), 0);
    bool sawTicketChange = false;
    for (const QList<QVariant> &args : std::as_const(signals_.changed)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        if (topLeft.parent() == alice && topLeft.row() <= 1 && bottomRight.row() >= 1 &&
            topLeft.column() <= CredentialCacheModel::EndColumn &&
            bottomRight.column() >= CredentialCacheModel::EndColumn)
            sawTicketChange = true;
    }
    QVERIFY(sawTicketChange);
    QVERIFY(http.isValid());
    QCOMPARE(http.sibling(http.row(), CredentialCacheModel::EndColumn).data().toString(),
             QStringLiteral("in 3 h"));
}

void TestCredentialCacheModel::unchangedRefreshEmitsNothing()
{
    m_model->setCollection(sampleCollection());
    SignalCounter signals_(m_model);
    m_model->setCollection(sampleCollection());
    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 0);
    QCOMPARE(signals_.removed.count(), 0);
    QCOMPARE(signals_.moved.count(), 0);
    QCOMPARE(signals_.changed.count(), 0);
}

void TestCredentialCacheModel::addingAndRemovingCaches()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QPersistentModelIndex keyring = m_model->indexForCache(KeyringCache);
    QCOMPARE(keyring.row(), 2);

    // Bob's cache goes (kdestroy), a new one comes at the end.
    collection.caches.removeAt(1);
    CredentialCache fresh = bobCache();
    fresh.name = QStringLiteral("DIR::/tmp/portier/cc/tktcarol");
    fresh.principal = QStringLiteral("carol@TEST.LOCAL");
    collection.caches.append(fresh);

    SignalCounter signals_(m_model);
    m_model->setCollection(collection);
    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.removed.count(), 1);
    QCOMPARE(signals_.removed.first().at(0).toModelIndex(), QModelIndex());
    QCOMPARE(signals_.inserted.count(), 1);
    QCOMPARE(signals_.inserted.first().at(0).toModelIndex(), QModelIndex());
    QCOMPARE(signals_.inserted.first().at(1).toInt(), 3);
    QCOMPARE(keyring.row(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    // The new cache arrived with its tickets.
    QCOMPARE(m_model->rowCount(m_model->indexForCache(fresh.name)), 2);
}

void TestCredentialCacheModel::reorderingMovesRows()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QPersistentModelIndex broken = m_model->indexForCache(BrokenCache);
    const QPersistentModelIndex aliceTgt = m_model->index(0, 0, m_model->indexForCache(AliceCache));

    std::reverse(collection.caches.begin(), collection.caches.end());
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);
    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 0);
    QCOMPARE(signals_.removed.count(), 0);
    QVERIFY(signals_.moved.count() > 0);
    QCOMPARE(broken.row(), 0);
    QVERIFY(aliceTgt.isValid());
    QCOMPARE(aliceTgt.parent().row(), 3);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(m_model->index(row, 0).data(CredentialCacheModel::CacheNameRole).toString(),
                 collection.caches.at(row).name);
}

void TestCredentialCacheModel::configGroupComesAndGoes()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    const QPersistentModelIndex group = m_model->index(2, 0, alice);

    collection.caches[0].credentials.removeIf([](const Credential &c) { return c.isConfig; });
    m_model->setCollection(collection);
    QVERIFY(!group.isValid());
    QCOMPARE(m_model->rowCount(alice), 2);

    SignalCounter signals_(m_model);
    collection.caches[0].credentials.append(
        config(QStringLiteral("refresh_time"), QStringLiteral("1795338000"),
               QStringLiteral("When libkrb5 refreshes the tickets")));
    m_model->setCollection(collection);
    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 1);
    const QModelIndex newGroup = m_model->index(2, 0, alice);
    QCOMPARE(newGroup.data().toString(), QStringLiteral("Configuration (1)"));
    QCOMPARE(m_model->index(0, 0, newGroup).data().toString(), QStringLiteral("refresh_time"));

    // One more entry: inserted under the group, and the group's count changes.
    collection.caches[0].credentials.append(
        config(QStringLiteral("pa_type"), QStringLiteral("2"), QString()));
    SignalCounter more(m_model);
    m_model->setCollection(collection);
    QCOMPARE(more.inserted.count(), 1);
    QCOMPARE(more.inserted.first().at(0).toModelIndex(), newGroup);
    QCOMPARE(newGroup.data().toString(), QStringLiteral("Configuration (2)"));
}

void TestCredentialCacheModel::duplicateCredentialsGetRowsOfTheirOwn()
{
    CacheCollection collection = sampleCollection();
    const Credential copy = collection.caches[0].credentials.at(1);
    collection.caches[0].credentials.insert(2, copy);
    m_model->setCollection(collection);
    const QModelIndex alice = m_model->indexForCache(AliceCache);
    QCOMPARE(m_model->rowCount(alice), 4);
    QCOMPARE(m_model->index(1, 0, alice).data(), m_model->index(2, 0, alice).data());

    const QPersistentModelIndex first = m_model->index(1, 0, alice);
    collection.caches[0].credentials.removeAt(2);
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);
    QCOMPARE(signals_.removed.count(), 1);
    QCOMPARE(signals_.removed.first().at(1).toInt(), 2);
    QVERIFY(first.isValid());
    QCOMPARE(first.row(), 1);
}

void TestCredentialCacheModel::primarySwitchUpdatesDescendants()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    collection.caches[0].primary = false;
    collection.caches[1].primary = true;
    SignalCounter signals_(m_model);
    m_model->setCollection(collection);
    QCOMPARE(signals_.reset.count(), 0);
    QCOMPARE(signals_.inserted.count(), 0);
    QCOMPARE(signals_.removed.count(), 0);
    const QModelIndex bob = m_model->indexForCache(BobCache);
    QVERIFY(bob.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model->indexForCache(AliceCache).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_model->index(0, 0, bob).data(CredentialCacheModel::IsPrimaryRole).toBool(), true);
    bool sawBobTicket = false;
    for (const QList<QVariant> &args : std::as_const(signals_.changed))
        sawBobTicket |= args.at(0).toModelIndex().parent() == bob;
    QVERIFY(sawBobTicket);
}

void TestCredentialCacheModel::reloadResets()
{
    m_model->setCollection(sampleCollection());
    SignalCounter signals_(m_model);
    m_model->reload(sampleCollection());
    QCOMPARE(signals_.reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->collection(), sampleCollection());
}

void TestCredentialCacheModel::refreshTimesMovesRelativeTexts()
{
    m_model->setCollection(sampleCollection());
    const QModelIndex end =
        m_model->index(0, CredentialCacheModel::EndColumn, m_model->indexForCache(AliceCache));
    QCOMPARE(end.data().toString(), QStringLiteral("in 9 h"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setReferenceTime(Now.addSecs(10 * H));
    QVERIFY(changed.count() > 0);
    QCOMPARE(end.data().toString(), QStringLiteral("expired 1 h ago"));
    QCOMPARE(end.data(CredentialCacheModel::IsExpiredRole).toBool(), true);
    QCOMPARE(end.siblingAtColumn(CredentialCacheModel::StatusColumn).data().toString(),
             QStringLiteral("Expired"));
}

void TestCredentialCacheModel::randomRefreshesKeepTheModelConsistent()
{
    // Random collections drawn from a small pool: every transition must be expressible in
    // inserts, removes, moves and changes (the Fatal tester checks each signal), must never
    // reset, and must end in exactly the target collection.
    QRandomGenerator random(20261122);
    QList<Credential> pool;
    for (int i = 0; i < 8; ++i)
        pool.append(ticket(QStringLiteral("alice@TEST.LOCAL"),
                           QStringLiteral("svc%1/host.test.local@TEST.LOCAL").arg(i), -H,
                           (i + 1) * H));
    pool.append(config(QStringLiteral("pa_type"), QStringLiteral("2"), QString()));
    pool.append(config(QStringLiteral("fast_avail"), QStringLiteral("yes"), QString()));

    auto randomCollection = [&] {
        CacheCollection c;
        const QStringList names{QStringLiteral("DIR::/c/a"), QStringLiteral("DIR::/c/b"),
                                QStringLiteral("DIR::/c/c"), QStringLiteral("DIR::/c/d")};
        QStringList chosen = names;
        std::shuffle(chosen.begin(), chosen.end(), random);
        chosen = chosen.mid(0, random.bounded(int(names.size()) + 1));
        for (const QString &name : std::as_const(chosen)) {
            CredentialCache cache;
            cache.name = name;
            cache.type = QStringLiteral("DIR");
            cache.principal = QStringLiteral("alice@TEST.LOCAL");
            cache.primary = random.bounded(2) == 0;
            QList<Credential> creds = pool;
            std::shuffle(creds.begin(), creds.end(), random);
            creds = creds.mid(0, random.bounded(int(pool.size()) + 1));
            for (Credential &cred : creds) {
                if (random.bounded(4) == 0)
                    cred.endTime = cred.endTime.addSecs(60);
            }
            if (random.bounded(5) == 0 && !creds.isEmpty())
                creds.append(creds.first());
            // Tickets first, then configuration entries, as libkrb5 lists them.
            std::stable_partition(creds.begin(), creds.end(),
                                  [](const Credential &cred) { return !cred.isConfig; });
            cache.credentials = creds;
            c.caches.append(cache);
        }
        return c;
    };

    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 300; ++round) {
        const CacheCollection target = randomCollection();
        m_model->setCollection(target);
        QCOMPARE(m_model->rowCount(), int(target.caches.size()));
        for (int row = 0; row < target.caches.size(); ++row) {
            const QModelIndex cacheIndex = m_model->index(row, 0);
            QCOMPARE(cacheIndex.data(CredentialCacheModel::CacheRole).value<CredentialCache>(),
                     target.caches.at(row));
            QList<Credential> shown;
            for (int r = 0; r < m_model->rowCount(cacheIndex); ++r) {
                const QModelIndex child = m_model->index(r, 0, cacheIndex);
                if (child.data(CredentialCacheModel::ItemKindRole)
                        .value<CredentialCacheModel::ItemKind>() ==
                    CredentialCacheModel::ItemKind::ConfigGroup) {
                    for (int e = 0; e < m_model->rowCount(child); ++e)
                        shown.append(m_model->index(e, 0, child)
                                         .data(CredentialCacheModel::CredentialRole)
                                         .value<Credential>());
                } else {
                    shown.append(
                        child.data(CredentialCacheModel::CredentialRole).value<Credential>());
                }
            }
            QCOMPARE(shown, target.caches.at(row).credentials);
        }
    }
    QCOMPARE(resets.count(), 0);
}

void TestCredentialCacheModel::proxySortsByRawValues()
{
    m_model->setCollection(sampleCollection());
    CredentialCacheProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);

    // End column: raw times, not the relative texts ("expired 2 h ago" < "in 9 h" as text too,
    // but caches without a TGT have no time at all and must go last).
    proxy.sort(CredentialCacheModel::EndColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(CredentialCacheModel::CacheNameRole).toString());
    QCOMPARE(order, (QStringList{BobCache, AliceCache, KeyringCache, BrokenCache}));

    // Status: by severity, worst last in ascending order.
    proxy.sort(CredentialCacheModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(CredentialCacheModel::StatusLevelRole).toInt(),
             int(StatusPalette::Level::Critical));
    QCOMPARE(proxy.index(3, 0).data(CredentialCacheModel::CacheNameRole).toString(), AliceCache);

    proxy.sort(CredentialCacheModel::NameColumn, Qt::DescendingOrder);
    QString message;
    QVERIFY2(matchesFixture(dumpModel(&proxy),
                            QStringLiteral("credential_cache_proxy_name_desc.txt"), &message),
             qPrintable(message));

    proxy.sort(-1);
    QCOMPARE(proxy.index(0, 0).data(CredentialCacheModel::CacheNameRole).toString(), AliceCache);
}

void TestCredentialCacheModel::proxyKeepsConfigurationLast()
{
    m_model->setCollection(sampleCollection());
    CredentialCacheProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int column = 0; column < CredentialCacheModel::ColumnCount; ++column) {
            proxy.sort(column, order);
            const QModelIndex alice = proxy.mapFromSource(m_model->indexForCache(AliceCache));
            const int last = proxy.rowCount(alice) - 1;
            QCOMPARE(proxy.index(last, 0, alice)
                         .data(CredentialCacheModel::ItemKindRole)
                         .value<CredentialCacheModel::ItemKind>(),
                     CredentialCacheModel::ItemKind::ConfigGroup);
        }
    }
}

void TestCredentialCacheModel::proxyFilters()
{
    m_model->setCollection(sampleCollection());
    CredentialCacheProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);

    proxy.setShowConfiguration(false);
    const QModelIndex alice = proxy.mapFromSource(m_model->indexForCache(AliceCache));
    QCOMPARE(proxy.rowCount(alice), 2);
    proxy.setShowConfiguration(true);
    QCOMPARE(proxy.rowCount(alice), 3);

    // A matching ticket keeps its cache; a matching cache keeps its tickets.
    proxy.setFilterFixedString(QStringLiteral("legacy"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CredentialCacheModel::CacheNameRole).toString(), BobCache);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

    proxy.setFilterFixedString(QStringLiteral("bob@"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);

    proxy.setFilterFixedString(QStringLiteral("ALICE"));
    proxy.setShowConfiguration(false);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);

    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

void TestCredentialCacheModel::proxyFollowsInPlaceUpdates()
{
    CacheCollection collection = sampleCollection();
    m_model->setCollection(collection);
    CredentialCacheProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);
    proxy.sort(CredentialCacheModel::EndColumn, Qt::AscendingOrder);

    const QPersistentModelIndex aliceTgt = proxy.mapFromSource(
        m_model->indexForCredential(AliceCache, collection.caches[0].credentials[0].key()));
    QVERIFY(aliceTgt.isValid());
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);

    collection.caches[0].credentials.insert(
        1, ticket(QStringLiteral("alice@TEST.LOCAL"),
                  QStringLiteral("imap/mail.test.local@TEST.LOCAL"), 0, 2 * H));
    m_model->setCollection(collection);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(aliceTgt.isValid());
    QCOMPARE(aliceTgt.data().toString(), QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"));
    // Sorted by end time: the 2 h ticket comes before the 9 h ones.
    const QModelIndex alice = proxy.mapFromSource(m_model->indexForCache(AliceCache));
    QCOMPARE(proxy.index(0, 0, alice).data().toString(),
             QStringLiteral("imap/mail.test.local@TEST.LOCAL"));
}

QTEST_MAIN(TestCredentialCacheModel)
#include "tst_credential_cache_model.moc"
