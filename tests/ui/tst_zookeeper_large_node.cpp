// SPDX-License-Identifier: GPL-3.0-or-later
// A znode with 300,000 children expands in the ZooKeeper pane without freezing the window: the
// children arrive with one getChildren and go into the tree in batches, one per event-loop turn,
// while a progress bar shows how far it got. The event loop's worst latency during the whole
// expansion stays under 100 ms, and every child is in the tree at the end.
#include "backends/core/backend_context.h"
#include "models/zookeeper/znode_filter_proxy_model.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/event_loop_latency_probe.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/main_window.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <ctime>

using namespace Portier;
using Portier::Test::EventLoopLatencyProbe;
using Portier::Test::ZkFixture;
using Portier::Test::ZkOracle;

namespace {

constexpr int ChildCount = 300000;

qint64 threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000 + time.tv_nsec / 1000000;
}

constexpr qint64 LatencyLimitMs = 100;

} // namespace

class TestZooKeeperLargeNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expandsWithoutFreezing();
    void filterOverTheLargeNode();

private:
    ZkFixture m_zk;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ConnectionTab *m_tab = nullptr;
};

void TestZooKeeperLargeNode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QVERIFY2(m_zk.start(&error), qPrintable(error));
    {
        ZkOracle oracle(m_zk.connectString());
        QVERIFY2(oracle.isConnected(), qPrintable(oracle.lastError()));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(oracle.createChildren(QStringLiteral("/big"), ChildCount),
                 qPrintable(oracle.lastError()));
        qInfo("seeded %d children in %lld ms", ChildCount, clock.elapsed());
        QVERIFY(oracle.createChildren(QStringLiteral("/small"), 3));
    }

    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    ZooKeeperPane *pane = m_window->zookeeperPane();
    m_window->setCurrentPane(pane);
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    ConnectionProfile profile;
    profile.id = QStringLiteral("large");
    profile.name = QStringLiteral("large");
    profile.connectString = m_zk.connectString();
    m_tab = pane->openConnection(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->isConnected(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->model()->indexForPath(QStringLiteral("/big")).isValid(), 20000);
}

void TestZooKeeperLargeNode::cleanupTestCase()
{
    m_window.reset();
    if (m_context)
        m_context->shutdown();
}

void TestZooKeeperLargeNode::expandsWithoutFreezing()
{
    ZnodeTreeModel *model = m_tab->model();
    const QModelIndex big = model->indexForPath(QStringLiteral("/big"));
    QVERIFY(big.isValid());
    QSignalSpy loaded(model, &ZnodeTreeModel::childrenLoaded);
    QSignalSpy progress(model, &ZnodeTreeModel::loadProgress);
    bool progressShown = false;
    connect(model, &ZnodeTreeModel::loadProgress, this,
            [&] { progressShown = progressShown || m_tab->loadProgressBar()->isVisible(); });

    EventLoopLatencyProbe probe;
    // For the log only: how much of the worst gap was this thread's own work (CPU time), and
    // how much waiting for a core another process had.
    qint64 lastCpu = threadCpuMs();
    qint64 worstCpu = 0;
    QTimer cpuProbe;
    cpuProbe.setInterval(1);
    connect(&cpuProbe, &QTimer::timeout, this, [&] {
        const qint64 now = threadCpuMs();
        worstCpu = std::max(worstCpu, now - lastCpu);
        lastCpu = now;
    });
    cpuProbe.start();
    probe.start();
    // What a click on the expander does.
    m_tab->treeView()->expand(m_tab->viewIndex(QStringLiteral("/big")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !loaded.isEmpty() && loaded.last().first().toString() == QLatin1String("/big"), 120000);
    // Let the view lay out the last batch while the probe still runs.
    QTest::qWait(200);
    probe.stop();
    cpuProbe.stop();

    qInfo("expanded %d children: %d progress signals, %d probe ticks, worst latency %lld ms "
          "(of which CPU time of this thread %lld ms)",
          model->rowCount(big), int(progress.size()), probe.ticks(), probe.worstMs(), worstCpu);
    QCOMPARE(model->rowCount(big), ChildCount);
    QCOMPARE(m_tab->treeView()->model()->rowCount(m_tab->viewIndex(QStringLiteral("/big"))),
             ChildCount);
    QCOMPARE(model->index(0, 0, big).data().toString(), QStringLiteral("n0000000"));
    QCOMPARE(model->index(ChildCount - 1, 0, big).data().toString(), QStringLiteral("n0299999"));
    QVERIFY(m_tab->treeView()->isExpanded(m_tab->viewIndex(QStringLiteral("/big"))));
    QVERIFY2(progress.size() > 10, "inserted in batches");
    QVERIFY(progressShown);
    QVERIFY(!m_tab->loadProgressBar()->isVisible());
    QVERIFY2(probe.worstMs() < LatencyLimitMs,
             qPrintable(QStringLiteral("worst event-loop latency %1 ms").arg(probe.worstMs())));

    // The window still answers: the last child can be selected and shown.
    QSignalSpy revealed(m_tab, &ConnectionTab::revealed);
    m_tab->selectPath(QStringLiteral("/big/n0299999"));
    QVERIFY(revealed.wait(20000) || !revealed.isEmpty());
    QCOMPARE(m_tab->selectedPath(), QStringLiteral("/big/n0299999"));
}

void TestZooKeeperLargeNode::filterOverTheLargeNode()
{
    // A path filter over the 300,000 loaded children finds one of them; the expansion of /big
    // survives the view's switch to the filter and back.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_tab->model()->rowCount(m_tab->model()->indexForPath(QStringLiteral("/big"))), ChildCount,
        120000);
    ZnodeFilterProxyModel *proxy = m_tab->proxy();
    m_tab->setPathFilter(QStringLiteral("/big/n0123456"));
    QCOMPARE(m_tab->treeView()->model(), proxy);
    const QModelIndex root = proxy->index(0, 0);
    QCOMPARE(proxy->rowCount(root), 1);
    const QModelIndex big = proxy->index(0, 0, root);
    QCOMPARE(proxy->rowCount(big), 1);
    QCOMPARE(proxy->index(0, 0, big).data(ZnodeTreeModel::PathRole).toString(),
             QStringLiteral("/big/n0123456"));
    QVERIFY(m_tab->treeView()->isExpanded(big));

    m_tab->setPathFilter(QString());
    QCOMPARE(m_tab->treeView()->model(), m_tab->model());
    const QModelIndex bigAgain = m_tab->viewIndex(QStringLiteral("/big"));
    QVERIFY(m_tab->treeView()->isExpanded(bigAgain));
    QCOMPARE(m_tab->treeView()->model()->rowCount(bigAgain), ChildCount);
}

QTEST_MAIN(TestZooKeeperLargeNode)
#include "tst_zookeeper_large_node.moc"
