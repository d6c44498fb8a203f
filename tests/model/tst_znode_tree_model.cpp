// SPDX-License-Identifier: GPL-3.0-or-later
// The lazy znode tree, its path filter and the stat table, with a fake fetcher in place of a
// ZooKeeper session: every model runs under QAbstractItemModelTester (Fatal).
#include "backends/zookeeper/acl_syntax.h"
#include "models/zookeeper/znode_filter_proxy_model.h"
#include "models/zookeeper/znode_stat_model.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/model/model_dump.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Portier;
using Portier::Test::dumpModel;
using Portier::Test::matchesFixture;

namespace {

ZnodeStat stat(int numChildren, int dataLength = 0, qint64 owner = 0)
{
    ZnodeStat s;
    s.czxid = 0x1a;
    s.mzxid = 0x2b;
    s.pzxid = 0x3c;
    s.ctime = 1700000000000;
    s.mtime = 1700000360000;
    s.version = 2;
    s.cversion = numChildren;
    s.aversion = 1;
    s.ephemeralOwner = owner;
    s.dataLength = dataLength;
    s.numChildren = numChildren;
    return s;
}

ZnodeChildren childList(const QStringList &names)
{
    ZnodeChildren c;
    c.children = names;
    c.stat = stat(int(names.size()));
    return c;
}

ZnodeAcl znodeAcl(const QString &zkCliAcl, const ZnodeStat &s)
{
    ZnodeAcl a;
    const Result<Acl> parsed = AclSyntax::parseAcl(zkCliAcl);
    if (parsed)
        a.acl = parsed.value();
    a.stat = s;
    return a;
}

QStringList numbered(int count, const QString &prefix = QStringLiteral("n"))
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names.append(prefix + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0')));
    return names;
}

} // namespace

class TestZnodeTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void startsWithTheRootOnly();
    void fetchMoreAsksTheFetcher();
    void childrenAreSortedAndUnique();
    void detailsAreFetchedForShownRowsOnly();
    void detailsFillTheColumns();
    void largeChildListIsInsertedInBatches();
    void refreshMergesInPlace();
    void refreshWhileBatchesAreRunning();
    void refreshMarksFoldedNodesStale();
    void noAuthNodeIsLockedNotAnError();
    void noAuthDetailsKeepTheStat();
    void vanishedNodeIsRemoved();
    void otherFetchErrorsAreReported();
    void dumpMatchesFixture();
    void filterKeepsAncestorsOfMatches();
    void filterRegexAndErrors();
    void statModelShowsEveryField();

private:
    void loadSample();
    /// The testers fetch whatever can be fetched whenever rows come or go; tests of exactly
    /// which fetches happen run without them.
    void withoutTesters()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_childRequests.clear();
        m_detailRequests.clear();
    }
    QModelIndex at(const QString &path, int column = 0) const
    {
        return m_model->indexForPath(path, column);
    }

    std::unique_ptr<ZnodeTreeModel> m_model;
    std::unique_ptr<ZnodeFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QStringList m_childRequests;
    QStringList m_detailRequests;
};

void TestZnodeTreeModel::init()
{
    m_childRequests.clear();
    m_detailRequests.clear();
    m_model = std::make_unique<ZnodeTreeModel>();
    m_model->setChildrenFetcher([this](const QString &path) { m_childRequests.append(path); });
    m_model->setDetailsFetcher([this](const QString &path) { m_detailRequests.append(path); });
    m_proxy = std::make_unique<ZnodeFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The testers fetch "/" while they look around; start from a clean request log.
    m_childRequests.clear();
    m_detailRequests.clear();
}

void TestZnodeTreeModel::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestZnodeTreeModel::loadSample()
{
    const QModelIndex root = at(QStringLiteral("/"));
    if (m_model->canFetchMore(root))
        m_model->fetchMore(root);
    m_model->setChildren(QStringLiteral("/"),
                         childList({QStringLiteral("brokers"), QStringLiteral("config"),
                                    QStringLiteral("hbase"), QStringLiteral("zookeeper")}));
    m_model->fetchMore(at(QStringLiteral("/brokers")));
    m_model->setChildren(QStringLiteral("/brokers"),
                         childList({QStringLiteral("ids"), QStringLiteral("topics")}));
    m_model->fetchMore(at(QStringLiteral("/brokers/ids")));
    m_model->setChildren(QStringLiteral("/brokers/ids"),
                         childList({QStringLiteral("1"), QStringLiteral("2")}));
}

void TestZnodeTreeModel::startsWithTheRootOnly()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex root = at(QStringLiteral("/"));
    QVERIFY(root.isValid());
    QCOMPARE(root.data().toString(), QStringLiteral("/"));
    QCOMPARE(root.data(ZnodeTreeModel::PathRole).toString(), QStringLiteral("/"));
    QVERIFY(m_model->hasChildren(root));
    QCOMPARE(m_model->columnCount(), int(ZnodeTreeModel::ColumnCount));
    QCOMPARE(ZnodeTreeModel::childPath(QStringLiteral("/"), QStringLiteral("a")),
             QStringLiteral("/a"));
    QCOMPARE(ZnodeTreeModel::childPath(QStringLiteral("/a"), QStringLiteral("b")),
             QStringLiteral("/a/b"));
    QCOMPARE(ZnodeTreeModel::parentPath(QStringLiteral("/a/b")), QStringLiteral("/a"));
    QCOMPARE(ZnodeTreeModel::parentPath(QStringLiteral("/a")), QStringLiteral("/"));
    QCOMPARE(ZnodeTreeModel::parentPath(QStringLiteral("/")), QString());
}

void TestZnodeTreeModel::fetchMoreAsksTheFetcher()
{
    const QModelIndex root = at(QStringLiteral("/"));
    // The testers may have fetched already; an answer is what matters.
    if (m_model->canFetchMore(root)) {
        m_model->fetchMore(root);
        QVERIFY(m_childRequests.isEmpty()); // asked on the next turn, never inside fetchMore
        QTRY_COMPARE(m_childRequests, QStringList{QStringLiteral("/")});
    }
    QVERIFY(!m_model->canFetchMore(root)); // one request at a time
    QCOMPARE(root.data(ZnodeTreeModel::ChildStateRole).toInt(),
             int(ZnodeTreeModel::ChildState::Loading));

    QSignalSpy loaded(m_model.get(), &ZnodeTreeModel::childrenLoaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setChildren(QStringLiteral("/"),
                         childList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(m_model->rowCount(root), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), QStringLiteral("/"));
    QCOMPARE(at(QStringLiteral("/b")).data().toString(), QStringLiteral("b"));
    QCOMPARE(at(QStringLiteral("/b")).data(ZnodeTreeModel::PathRole).toString(),
             QStringLiteral("/b"));
    QVERIFY(!m_model->canFetchMore(root));
    // Not fetched yet: the expander is shown and the fetch happens on expand.
    QVERIFY(m_model->hasChildren(at(QStringLiteral("/a"))));
    if (m_model->canFetchMore(at(QStringLiteral("/a"))))
        m_model->fetchMore(at(QStringLiteral("/a")));
    QTRY_VERIFY(m_childRequests.contains(QStringLiteral("/a")));
    QCOMPARE(at(QStringLiteral("/a")).data(ZnodeTreeModel::ChildStateRole).toInt(),
             int(ZnodeTreeModel::ChildState::Loading));
    QVERIFY(!m_model->canFetchMore(at(QStringLiteral("/a"))));
    m_model->setChildren(QStringLiteral("/a"), childList({}));
    QVERIFY(!m_model->hasChildren(at(QStringLiteral("/a"))));
    QVERIFY(!m_model->canFetchMore(at(QStringLiteral("/a"))));
    QCOMPARE(m_model->loadedPaths(), (QStringList{QStringLiteral("/"), QStringLiteral("/a")}));
}

void TestZnodeTreeModel::childrenAreSortedAndUnique()
{
    m_model->setChildren(QStringLiteral("/"),
                         childList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"),
                                    QStringLiteral("a")}));
    const QModelIndex root = at(QStringLiteral("/"));
    QCOMPARE(m_model->rowCount(root), 3);
    QCOMPARE(m_model->index(0, 0, root).data().toString(), QStringLiteral("a"));
    QCOMPARE(m_model->index(2, 0, root).data().toString(), QStringLiteral("c"));
    QCOMPARE(m_model->parent(at(QStringLiteral("/c"))), root);
    QCOMPARE(at(QStringLiteral("/c")).row(), 2);
    QVERIFY(!at(QStringLiteral("/d")).isValid());
    QVERIFY(!at(QStringLiteral("relative")).isValid());
}

void TestZnodeTreeModel::detailsAreFetchedForShownRowsOnly()
{
    // No tester here: it would look at every cell.
    m_proxyTester.reset();
    m_tester.reset();
    m_detailRequests.clear();
    m_model->setChildren(QStringLiteral("/"), childList(numbered(50)));
    QCoreApplication::processEvents();
    QVERIFY(m_detailRequests.isEmpty());

    // Names and paths cost nothing; a shown detail column does.
    const QModelIndex first = m_model->index(0, 0, at(QStringLiteral("/")));
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(!first.data(ZnodeTreeModel::PathRole).toString().isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(m_detailRequests.isEmpty());

    const QString third = ZnodeTreeModel::childPath(QStringLiteral("/"), numbered(50).at(2));
    at(third, ZnodeTreeModel::ChildrenColumn).data();
    at(third, ZnodeTreeModel::AclColumn).data(); // same row: one request
    QVERIFY(m_detailRequests.isEmpty());         // queued, sent on the next turn
    QTRY_COMPARE(m_detailRequests, QStringList{third});

    // Answered: no new request until a refresh.
    m_model->setDetails(third, znodeAcl(QStringLiteral("world:anyone:r"), stat(0)));
    m_detailRequests.clear();
    at(third, ZnodeTreeModel::ChildrenColumn).data();
    QCoreApplication::processEvents();
    QVERIFY(m_detailRequests.isEmpty());

    m_model->refresh({});
    at(third, ZnodeTreeModel::ChildrenColumn).data();
    QTRY_COMPARE(m_detailRequests, QStringList{third});
    // Stale values stay on screen until the answer comes.
    QCOMPARE(at(third, ZnodeTreeModel::AclColumn).data().toString(),
             QStringLiteral("world-readable"));
}

void TestZnodeTreeModel::detailsFillTheColumns()
{
    loadSample();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setDetails(
        QStringLiteral("/brokers/ids/1"),
        znodeAcl(QStringLiteral("world:anyone:cdrwa"), stat(0, 1536, 0x100000abcdefLL)));
    QCOMPARE(changed.size(), 1);
    const QString path = QStringLiteral("/brokers/ids/1");
    QCOMPARE(at(path, ZnodeTreeModel::ChildrenColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(at(path, ZnodeTreeModel::DataSizeColumn).data().toString(), QStringLiteral("1.5 KiB"));
    QCOMPARE(at(path, ZnodeTreeModel::DataSizeColumn).data(ZnodeTreeModel::SortRole).toInt(), 1536);
    QCOMPARE(at(path, ZnodeTreeModel::EphemeralColumn).data().toString(),
             QStringLiteral("ephemeral"));
    QVERIFY(at(path, ZnodeTreeModel::EphemeralColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("0x100000abcdef")));
    QCOMPARE(at(path, ZnodeTreeModel::AclColumn).data().toString(), QStringLiteral("world-admin"));
    QCOMPARE(at(path).data(ZnodeTreeModel::RiskRole).toInt(), int(AclSyntax::Risk::WorldAdmin));
    QVERIFY(at(path).data(ZnodeTreeModel::IsEphemeralRole).toBool());
    QVERIFY(at(path, ZnodeTreeModel::AclColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(at(path, ZnodeTreeModel::AclColumn).data(Qt::ForegroundRole).isValid());
    // A leaf by its stat: no expander, nothing to fetch.
    QVERIFY(!m_model->hasChildren(at(path)));
    QCOMPARE(m_model->stat(path)->dataLength, 1536);
    QCOMPARE(m_model->acl(path)->size(), 1);

    m_model->setDetails(QStringLiteral("/hbase"),
                        znodeAcl(QStringLiteral("sasl:hbase:cdrwa"), stat(3)));
    QCOMPARE(at(QStringLiteral("/hbase"), ZnodeTreeModel::AclColumn).data().toString(),
             QStringLiteral("restricted"));
    QVERIFY(m_model->hasChildren(at(QStringLiteral("/hbase"))));
}

void TestZnodeTreeModel::largeChildListIsInsertedInBatches()
{
    m_model->setBatchSize(100);
    const QStringList names = numbered(1050);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy progress(m_model.get(), &ZnodeTreeModel::loadProgress);
    QSignalSpy loaded(m_model.get(), &ZnodeTreeModel::childrenLoaded);
    const QModelIndex root = at(QStringLiteral("/"));
    const QPersistentModelIndex rootKept(root);
    m_model->setChildren(QStringLiteral("/"), childList(names));

    // Nothing inserted in the caller's turn: the batches come one per event-loop turn.
    QCOMPARE(m_model->rowCount(root), 0);
    QVERIFY(m_model->isInserting());
    QCOMPARE(m_model->pendingRowCount(), 1050);
    QVERIFY(m_model->hasChildren(root));
    QCOMPARE(root.data(ZnodeTreeModel::ExpectedChildrenRole).toInt(), 1050);

    QCoreApplication::processEvents();
    QVERIFY(m_model->rowCount(root) <= 200);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_model->rowCount(root), 1050);
    QCOMPARE(inserted.size(), 11);
    QVERIFY(!m_model->isInserting());
    QCOMPARE(m_model->pendingRowCount(), 0);
    QVERIFY(progress.size() >= 11);
    QCOMPARE(progress.last().at(1).toInt(), 1050);
    QCOMPARE(progress.last().at(2).toInt(), 1050);
    for (int row = 0; row < 1050; row += 97)
        QCOMPARE(m_model->index(row, 0, root).data().toString(), names.at(row));
    QCOMPARE(QModelIndex(rootKept), root);
}

void TestZnodeTreeModel::refreshMergesInPlace()
{
    loadSample();
    const QPersistentModelIndex brokers = at(QStringLiteral("/brokers"));
    const QPersistentModelIndex hbase = at(QStringLiteral("/hbase"));
    const QPersistentModelIndex broker2 = at(QStringLiteral("/brokers/ids/2"));
    const QPersistentModelIndex config = at(QStringLiteral("/config"));
    QCOMPARE(hbase.row(), 2);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_childRequests.clear();
    m_model->refresh(
        {QStringLiteral("/"), QStringLiteral("/brokers"), QStringLiteral("/brokers/ids")});
    // (The testers fetch the folded nodes too.)
    QTRY_VERIFY(m_childRequests.contains(QStringLiteral("/")));
    QVERIFY(m_childRequests.contains(QStringLiteral("/brokers")));
    QVERIFY(m_childRequests.contains(QStringLiteral("/brokers/ids")));

    // /config went away, /admin and /controller appeared; the rest stays put.
    m_model->setChildren(
        QStringLiteral("/"),
        childList({QStringLiteral("admin"), QStringLiteral("brokers"), QStringLiteral("controller"),
                   QStringLiteral("hbase"), QStringLiteral("zookeeper")}));
    m_model->setChildren(QStringLiteral("/brokers"),
                         childList({QStringLiteral("ids"), QStringLiteral("topics")}));
    m_model->setChildren(QStringLiteral("/brokers/ids"),
                         childList({QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 2);  // /config, /brokers/ids/1
    QCOMPARE(inserted.size(), 3); // /admin, /controller, /brokers/ids/3
    QVERIFY(!config.isValid());
    QVERIFY(brokers.isValid());
    QCOMPARE(brokers.row(), 1);
    QCOMPARE(hbase.row(), 3);
    QVERIFY(broker2.isValid());
    QCOMPARE(broker2.row(), 0);
    QCOMPARE(broker2.data(ZnodeTreeModel::PathRole).toString(), QStringLiteral("/brokers/ids/2"));
    QCOMPARE(m_model->rowCount(at(QStringLiteral("/brokers/ids"))), 2);
}

void TestZnodeTreeModel::refreshWhileBatchesAreRunning()
{
    m_model->setBatchSize(100);
    QSignalSpy loaded(m_model.get(), &ZnodeTreeModel::childrenLoaded);
    m_model->setChildren(QStringLiteral("/"), childList(numbered(600)));
    while (m_model->rowCount(at(QStringLiteral("/"))) < 200)
        QCoreApplication::processEvents();
    QVERIFY(m_model->isInserting());
    QVERIFY(loaded.isEmpty());

    // A newer answer: the first ten gone, 300 more at the end.
    QStringList names = numbered(900).mid(10);
    m_model->setChildren(QStringLiteral("/"), childList(names));
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_VERIFY(!m_model->isInserting());
    const QModelIndex root = at(QStringLiteral("/"));
    QCOMPARE(m_model->rowCount(root), 890);
    for (int row = 0; row < 890; ++row)
        QCOMPARE(m_model->index(row, 0, root).data().toString(), names.at(row));
}

void TestZnodeTreeModel::refreshMarksFoldedNodesStale()
{
    withoutTesters();
    loadSample();
    m_childRequests.clear();
    // Only "/" is expanded: /brokers and /brokers/ids are fetched again when next expanded.
    m_model->refresh({QStringLiteral("/")});
    QTRY_COMPARE(m_childRequests, QStringList{QStringLiteral("/")});
    const QModelIndex brokers = at(QStringLiteral("/brokers"));
    QCOMPARE(brokers.data(ZnodeTreeModel::ChildStateRole).toInt(),
             int(ZnodeTreeModel::ChildState::Stale));
    QVERIFY(m_model->canFetchMore(brokers));
    QCOMPARE(m_model->rowCount(brokers), 2); // still shown meanwhile
    m_model->fetchMore(brokers);
    QTRY_COMPARE(m_childRequests.last(), QStringLiteral("/brokers"));
}

void TestZnodeTreeModel::noAuthNodeIsLockedNotAnError()
{
    loadSample();
    QSignalSpy failed(m_model.get(), &ZnodeTreeModel::fetchFailed);
    const QModelIndex hbase = at(QStringLiteral("/hbase"));
    m_model->fetchMore(hbase);
    m_model->setChildrenError(QStringLiteral("/hbase"),
                              Error(ZkError::NoAuth, QStringLiteral("Not authorized")));
    QVERIFY(failed.isEmpty());
    QVERIFY(hbase.data(ZnodeTreeModel::LockedRole).toBool());
    QVERIFY(
        hbase.data(ZnodeTreeModel::LockReasonRole).toString().contains(QStringLiteral("NOAUTH")));
    QVERIFY(hbase.data(Qt::ToolTipRole).toString().contains(QStringLiteral("NOAUTH")));
    QVERIFY(hbase.data(Qt::DecorationRole).isValid());
    QVERIFY(!m_model->hasChildren(hbase));
    QVERIFY(!m_model->canFetchMore(hbase));
    // The rest of the tree is untouched.
    QCOMPARE(m_model->rowCount(at(QStringLiteral("/"))), 4);
    QVERIFY(!at(QStringLiteral("/brokers")).data(ZnodeTreeModel::LockedRole).toBool());

    // A refresh tries again (the ACL may have changed); success unlocks.
    m_model->refresh({QStringLiteral("/"), QStringLiteral("/hbase")});
    m_model->setChildren(QStringLiteral("/hbase"), childList({QStringLiteral("master")}));
    QVERIFY(!at(QStringLiteral("/hbase")).data(ZnodeTreeModel::LockedRole).toBool());
    QCOMPARE(m_model->rowCount(at(QStringLiteral("/hbase"))), 1);
}

void TestZnodeTreeModel::noAuthDetailsKeepTheStat()
{
    loadSample();
    const QString path = QStringLiteral("/config");
    m_model->setDetailsError(path, Error(ZkError::NoAuth, QStringLiteral("Not authorized")));
    m_model->setStat(path, stat(7, 12));
    const QModelIndex config = at(path);
    QVERIFY(config.data(ZnodeTreeModel::LockedRole).toBool());
    QCOMPARE(at(path, ZnodeTreeModel::ChildrenColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(at(path, ZnodeTreeModel::AclColumn).data().toString(), QStringLiteral("not readable"));
    QCOMPARE(config.data(ZnodeTreeModel::RiskRole).toInt(), -1);
}

void TestZnodeTreeModel::vanishedNodeIsRemoved()
{
    loadSample();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->fetchMore(at(QStringLiteral("/config")));
    m_model->setChildrenError(QStringLiteral("/config"),
                              Error(ZkError::NoNode, QStringLiteral("No node")));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!at(QStringLiteral("/config")).isValid());
    m_model->setDetailsError(QStringLiteral("/brokers/ids/2"),
                             Error(ZkError::NoNode, QStringLiteral("No node")));
    QVERIFY(!at(QStringLiteral("/brokers/ids/2")).isValid());
    // The root cannot vanish: with a chroot that does not exist it is locked with the reason.
    m_model->setChildrenError(QStringLiteral("/"), Error(ZkError::NoNode, QStringLiteral("x")));
    QVERIFY(at(QStringLiteral("/")).isValid());
    QVERIFY(at(QStringLiteral("/")).data(ZnodeTreeModel::LockedRole).toBool());
    QCOMPARE(m_model->rowCount(at(QStringLiteral("/"))), 0);
}

void TestZnodeTreeModel::otherFetchErrorsAreReported()
{
    withoutTesters();
    loadSample();
    QSignalSpy failed(m_model.get(), &ZnodeTreeModel::fetchFailed);
    const QModelIndex hbase = at(QStringLiteral("/hbase"));
    m_model->fetchMore(hbase);
    QVERIFY(!m_model->canFetchMore(hbase));
    m_model->setChildrenError(QStringLiteral("/hbase"),
                              Error(ZkError::ConnectionLoss, QStringLiteral("Connection lost")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("/hbase"));
    QVERIFY(!hbase.data(ZnodeTreeModel::LockedRole).toBool());
    QCOMPARE(hbase.data(ZnodeTreeModel::ChildStateRole).toInt(),
             int(ZnodeTreeModel::ChildState::Failed));
    // Not at once (a view would retry in a loop), but with the next refresh.
    QVERIFY(!m_model->canFetchMore(hbase));
    QVERIFY(m_model->hasChildren(hbase));
    m_childRequests.clear();
    m_model->refresh({QStringLiteral("/"), QStringLiteral("/hbase")});
    QTRY_VERIFY(m_childRequests.contains(QStringLiteral("/hbase")));
    m_model->setChildren(QStringLiteral("/hbase"), childList({QStringLiteral("master")}));
    QCOMPARE(m_model->rowCount(hbase), 1);
}

void TestZnodeTreeModel::dumpMatchesFixture()
{
    loadSample();
    m_model->setDetails(QStringLiteral("/"),
                        znodeAcl(QStringLiteral("world:anyone:cdrwa"), stat(4)));
    m_model->setDetails(QStringLiteral("/brokers"),
                        znodeAcl(QStringLiteral("sasl:kafka:cdrwa,world:anyone:r"), stat(2)));
    m_model->setDetails(QStringLiteral("/brokers/ids/1"),
                        znodeAcl(QStringLiteral("sasl:kafka:cdrwa"), stat(0, 230, 0x7f01)));
    m_model->setDetails(QStringLiteral("/config"),
                        znodeAcl(QStringLiteral("world:anyone:rw"), stat(0, 5)));
    m_model->setChildrenError(QStringLiteral("/hbase"),
                              Error(ZkError::NoAuth, QStringLiteral("Not authorized")));
    m_model->setStat(QStringLiteral("/hbase"), stat(12));
    QString message;
    QVERIFY2(
        matchesFixture(dumpModel(m_model.get()), QStringLiteral("znode_tree_sample.txt"), &message),
        qPrintable(message));
}

void TestZnodeTreeModel::filterKeepsAncestorsOfMatches()
{
    loadSample();
    QVERIFY(m_proxy->setPathFilter(QStringLiteral("IDS/2")));
    QVERIFY(m_proxy->isFiltering());
    const QModelIndex root = m_proxy->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("/"));
    QCOMPARE(m_proxy->rowCount(root), 1);
    const QModelIndex brokers = m_proxy->index(0, 0, root);
    QCOMPARE(brokers.data().toString(), QStringLiteral("brokers"));
    QCOMPARE(m_proxy->rowCount(brokers), 1);
    const QModelIndex ids = m_proxy->index(0, 0, brokers);
    QCOMPARE(m_proxy->rowCount(ids), 1);
    QCOMPARE(m_proxy->index(0, 0, ids).data(ZnodeTreeModel::PathRole).toString(),
             QStringLiteral("/brokers/ids/2"));

    // New loaded nodes are filtered as they arrive.
    m_model->setChildren(QStringLiteral("/hbase"),
                         childList({QStringLiteral("ids"), QStringLiteral("master")}));
    QCOMPARE(m_proxy->rowCount(root), 1);
    m_model->setChildren(QStringLiteral("/hbase/ids"), childList({QStringLiteral("2")}));
    QCOMPARE(m_proxy->rowCount(root), 2);

    // Nothing matches: the root stays, alone.
    QVERIFY(m_proxy->setPathFilter(QStringLiteral("no-such-node")));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 0);

    QVERIFY(m_proxy->setPathFilter(QString()));
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 4);
}

void TestZnodeTreeModel::filterRegexAndErrors()
{
    loadSample();
    using Syntax = ZnodeFilterProxyModel::Syntax;
    QVERIFY(m_proxy->setPathFilter(QStringLiteral("^/(config|zookeeper)$"), Syntax::Regex));
    const QModelIndex root = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->rowCount(root), 2);
    QCOMPARE(m_proxy->index(1, 0, root).data().toString(), QStringLiteral("zookeeper"));

    // A substring is taken literally, regex characters included.
    QVERIFY(m_proxy->setPathFilter(QStringLiteral("(config"), Syntax::Substring));
    QCOMPARE(m_proxy->rowCount(root), 0);

    QVERIFY(!m_proxy->setPathFilter(QStringLiteral("(config"), Syntax::Regex));
    QVERIFY(!m_proxy->errorString().isEmpty());
    QCOMPARE(m_proxy->pathFilter(), QStringLiteral("(config")); // the previous filter stays
    QCOMPARE(m_proxy->syntax(), Syntax::Substring);
}

void TestZnodeTreeModel::statModelShowsEveryField()
{
    ZnodeStatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), int(ZnodeStatModel::FieldCount));
    QVERIFY(model.valueText(ZnodeStatModel::Czxid).isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(QDateTime::fromMSecsSinceEpoch(1700003960000, Qt::UTC));
    model.setOwnSessionId(0x100000abcdefLL);
    model.setStat(stat(3, 17, 0x100000abcdefLL));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(model.valueText(ZnodeStatModel::Czxid), QStringLiteral("0x1a"));
    QCOMPARE(model.valueText(ZnodeStatModel::Mzxid), QStringLiteral("0x2b"));
    QCOMPARE(model.valueText(ZnodeStatModel::Pzxid), QStringLiteral("0x3c"));
    QVERIFY(model.valueText(ZnodeStatModel::Ctime).contains(QStringLiteral("2023-11-14")));
    QVERIFY(model.valueText(ZnodeStatModel::Ctime).contains(QStringLiteral("ago")));
    QCOMPARE(model.valueText(ZnodeStatModel::Version), QStringLiteral("2"));
    QCOMPARE(model.valueText(ZnodeStatModel::Aversion), QStringLiteral("1"));
    QCOMPARE(model.valueText(ZnodeStatModel::EphemeralOwner),
             QStringLiteral("0x100000abcdef (this session)"));
    QCOMPARE(model.valueText(ZnodeStatModel::DataLength), QStringLiteral("17 bytes"));
    QCOMPARE(model.valueText(ZnodeStatModel::NumChildren), QStringLiteral("3"));
    QCOMPARE(model.index(ZnodeStatModel::Mzxid, ZnodeStatModel::ValueColumn)
                 .data(ZnodeStatModel::RawValueRole)
                 .toLongLong(),
             0x2bLL);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, ZnodeStatModel::FieldColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, ZnodeStatModel::ValueColumn).data().toString().isEmpty());
    }
    model.setStat(stat(0));
    QCOMPARE(model.valueText(ZnodeStatModel::EphemeralOwner),
             QStringLiteral("none (persistent node)"));
    model.setStat(std::nullopt);
    QVERIFY(model.valueText(ZnodeStatModel::Version).isEmpty());
}

QTEST_MAIN(TestZnodeTreeModel)
#include "tst_znode_tree_model.moc"
