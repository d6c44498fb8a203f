// SPDX-License-Identifier: GPL-3.0-or-later
// A server cut off from its quorum, as the pane shows it: a two-server ensemble with read-only
// mode enabled (tests/support/zk_fixture.h, ZkEnsembleFixture) loses one server. A connection
// whose profile allows read-only servers goes on reading, with a banner that says why nothing
// can be written; one that does not is told it is reconnecting. When the quorum is back, both
// are read-write again and the banners go.
#include "backends/core/backend_context.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/test_util.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/banner_widget.h"
#include "ui/main_window.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QAction>
#include <QFutureWatcher>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <optional>

using namespace Portier;
using namespace Portier::Test;

namespace {

/// With PORTIER_SCREENSHOT_DIR set, saves the window as NAME.png there (to look at the banners
/// as a user would, e.g. under xvfb-run with QT_QPA_PLATFORM=xcb).
void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTIER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString describe(ConnectionTab *tab)
{
    return QStringLiteral("state %1, banner (%2): %3")
        .arg(QString::fromLatin1(
            QMetaEnum::fromType<ZkSession::State>().valueToKey(int(tab->state()))))
        .arg(tab->banner()->isHidden() ? QStringLiteral("hidden") : QStringLiteral("shown"),
             tab->banner()->text());
}

} // namespace

class TestZooKeeperReadOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void quorumLostAndBack();

private:
    ConnectionProfile profile(const QString &name, bool readOnly) const;

    ZkEnsembleFixture m_ensemble{2};
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestZooKeeperReadOnly::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QVERIFY2(m_ensemble.start(&error), qPrintable(error));
    ZkOracle oracle(m_ensemble.connectString(), {ZkFixture::superCredential()});
    QVERIFY2(oracle.isConnected(), qPrintable(oracle.lastError()));
    const Acl open{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}};
    QVERIFY(oracle.create(QStringLiteral("/app"), "a", open));
    QVERIFY(oracle.create(QStringLiteral("/app/config"), "{\"replicas\":3}", open));

    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setCurrentPane(m_window->zookeeperPane());
}

void TestZooKeeperReadOnly::cleanupTestCase()
{
    m_window.reset();
    if (m_context)
        m_context->shutdown();
}

ConnectionProfile TestZooKeeperReadOnly::profile(const QString &name, bool readOnly) const
{
    ConnectionProfile p;
    p.id = name;
    p.name = name;
    // Both tabs talk to the server that stays: the first one.
    p.connectString = m_ensemble.connectString(0);
    p.sessionTimeoutMs = 30000;
    p.readOnly = readOnly;
    return p;
}

void TestZooKeeperReadOnly::quorumLostAndBack()
{
    ZooKeeperPane *pane = m_window->zookeeperPane();
    ConnectionTab *reader = pane->openConnection(profile(QStringLiteral("reader"), true));
    ConnectionTab *writer = pane->openConnection(profile(QStringLiteral("writer"), false));
    QTRY_VERIFY_WITH_TIMEOUT(reader->isConnected() && writer->isConnected(), 30000);
    QCOMPARE(reader->state(), ZkSession::State::Connected);
    QTRY_VERIFY(reader->model()->indexForPath(QStringLiteral("/app")).isValid());
    QTRY_VERIFY(reader->banner()->isHidden() && writer->banner()->isHidden());
    // The ensemble runs local sessions (what read-only mode needs); the writer's becomes a
    // global one, kept by the quorum, by owning an ephemeral znode.
    const auto lock = await(writer->session()->create(
        QStringLiteral("/app/writer-lock"), "w",
        {AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}},
        ZkSession::CreateMode::Ephemeral));
    QVERIFY(lock.has_value());
    QVERIFY2(lock->ok(), qPrintable(lock->ok() ? QString() : lock->error().message));

    // The second server goes: the first has no quorum and, after a moment, serves read-only.
    m_ensemble.kill(1);
    QString error;
    QVERIFY2(m_ensemble.waitForMode(0, ZkEnsembleFixture::Mode::ReadOnly, 60000, &error),
             qPrintable(error));

    // The reader's session was opened while the quorum was healthy; a read-only server serves
    // only sessions it opens itself, so that one ends, and the banner says what Reconnect does.
    QTRY_VERIFY2_WITH_TIMEOUT(reader->state() == ZkSession::State::Expired,
                              qPrintable(describe(reader)), 60000);
    QTRY_VERIFY2(!reader->banner()->isHidden() &&
                     reader->banner()->text().contains(QStringLiteral("read-only mode")),
                 qPrintable(describe(reader)));
    QVERIFY(reader->banner()->text().contains(QStringLiteral("Reconnect")));
    reader->reconnectAction()->trigger();

    // The new session is served read-only, and the banner says why nothing can be written.
    QTRY_VERIFY2_WITH_TIMEOUT(reader->state() == ZkSession::State::ConnectedReadOnly,
                              qPrintable(describe(reader)), 60000);
    QTRY_VERIFY2(!reader->banner()->isHidden() &&
                     reader->banner()->text().contains(QStringLiteral("read-only server")),
                 qPrintable(describe(reader)));
    QCOMPARE(reader->banner()->kind(), BannerWidget::Kind::Information);
    QVERIFY(reader->isReadOnly());
    QVERIFY(reader->isConnected());
    // Reads go on; the tree is there again.
    const auto data = await(reader->session()->getData(QStringLiteral("/app/config")));
    QVERIFY(data.has_value());
    QVERIFY2(data->ok(), qPrintable(data->ok() ? QString() : data->error().message));
    QCOMPARE(data->value().data, QByteArray("{\"replicas\":3}"));
    QTRY_VERIFY_WITH_TIMEOUT(reader->model()->indexForPath(QStringLiteral("/app")).isValid(),
                             20000);
    pane->tabWidget()->setCurrentWidget(reader);
    QVERIFY(!pane->action(ZooKeeperPane::Action::NewNode)->isVisible());
    saveScreenshot(m_window.get(), QStringLiteral("zookeeper-read-only-server"));

    // The profile that does not allow read-only servers cannot have a session there: it is
    // told it is reconnecting, not shown a tree as if it could write.
    QTRY_VERIFY2_WITH_TIMEOUT(!writer->isConnected() && !writer->banner()->isHidden() &&
                                  writer->banner()->kind() == BannerWidget::Kind::Warning,
                              qPrintable(describe(writer)), 30000);

    // The quorum comes back. The writer's session was held by the quorum and carries on.
    QVERIFY2(m_ensemble.restart(1, &error), qPrintable(error));
    QVERIFY2(m_ensemble.waitForMode(0, ZkEnsembleFixture::Mode::ReadWrite, 90000, &error),
             qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(writer->state() == ZkSession::State::Connected,
                              qPrintable(describe(writer)), 60000);
    QTRY_VERIFY2(writer->banner()->isHidden(), qPrintable(describe(writer)));
    // Same session: its ephemeral znode is still there.
    const auto held = await(writer->session()->exists(QStringLiteral("/app/writer-lock")));
    QVERIFY(held.has_value());
    QVERIFY2(held->ok(), qPrintable(held->ok() ? QString() : held->error().message));
    QCOMPARE(held->value().ephemeralOwner, writer->session()->sessionId());

    // The reader's read-only session does not carry over to the quorum: the banner says so,
    // and Reconnect brings a read-write session (still without write actions: the profile is
    // read-only).
    QTRY_VERIFY2_WITH_TIMEOUT(reader->state() != ZkSession::State::ConnectedReadOnly,
                              qPrintable(describe(reader)), 90000);
    if (reader->state() != ZkSession::State::Connected) {
        QTRY_VERIFY2_WITH_TIMEOUT(reader->state() == ZkSession::State::Expired,
                                  qPrintable(describe(reader)), 60000);
        QTRY_VERIFY2(reader->banner()->text().contains(QStringLiteral("read-only session")),
                     qPrintable(describe(reader)));
        QCOMPARE(reader->banner()->kind(), BannerWidget::Kind::Information);
        pane->tabWidget()->setCurrentWidget(reader);
        saveScreenshot(m_window.get(), QStringLiteral("zookeeper-read-only-session-ended"));
        reader->reconnectAction()->trigger();
    }
    QTRY_VERIFY2_WITH_TIMEOUT(reader->state() == ZkSession::State::Connected,
                              qPrintable(describe(reader)), 60000);
    QTRY_VERIFY2(reader->banner()->isHidden(), qPrintable(describe(reader)));
    QVERIFY(reader->isReadOnly());
    pane->tabWidget()->setCurrentWidget(writer);
    QVERIFY(pane->action(ZooKeeperPane::Action::NewNode)->isVisible());
}

QTEST_MAIN(TestZooKeeperReadOnly)
#include "tst_zookeeper_read_only.moc"
