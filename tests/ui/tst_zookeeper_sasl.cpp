// SPDX-License-Identifier: GPL-3.0-or-later
// SASL GSSAPI connections made the way an admin makes them: through the connection dialog, with
// a keytab and principal or with a credential cache, against the ZooKeeper fixture secured by the
// KDC fixture. A node only sasl:alice may read is readable in such a tab and locked in an
// anonymous one; without a ticket the tab says what failed, with the client log and the known
// problem, and the profile never stores a secret.
#include "backends/core/backend_context.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_session.h"
#include "models/log_excerpt_model.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/test_util.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/banner_widget.h"
#include "ui/main_window.h"
#include "ui/result_evidence_view.h"
#include "ui/zookeeper/connection_dialog.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Portier;
using namespace Portier::Test;

namespace {

const QString SaslNode = QStringLiteral("/kerberos-only");

} // namespace

class TestZooKeeperSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void keytabAndPrincipal();
    void credentialCache();
    void noTicketSaysWhatFailed();
    void anonymousTabSeesTheNodeLocked();

private:
    struct SaslForm
    {
        QString name;
        QString host;
        QString ccache; ///< used when keytab is empty
        QString keytab; ///< with principal
        QString principal;
        bool anonymous = false; ///< no authentication: the SASL fields are not used
    };
    /// Fills a new profile in the dialog as a person would, saves and connects it; returns the
    /// tab that opened.
    ConnectionTab *connectThroughDialog(const SaslForm &form);
    static bool fillSasl(ConnectionDialog *dialog, const SaslForm &form);
    bool waitForNode(ConnectionTab *tab, const QString &path);

    std::unique_ptr<KdcFixture> m_kdc;
    std::unique_ptr<ZkFixture> m_zk;
    std::unique_ptr<ZkOracle> m_oracle;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestZooKeeperSasl::initTestCase()
{
    if (!ZkSession::saslSupported())
        QSKIP(qPrintable(ZkSession::saslUnavailableReason()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    m_kdc = std::make_unique<KdcFixture>();
    QVERIFY2(m_kdc->start(&error), qPrintable(error));
    m_zk = std::make_unique<ZkFixture>(ZkFixture::Options{m_kdc.get(), true});
    QVERIFY2(m_zk->start(&error), qPrintable(error));
    // Every ticket must come from what the dialog was told, never from the fixture's keytab.
    m_kdc->withholdClientKeytab();

    m_oracle = std::make_unique<ZkOracle>(m_zk->connectString(),
                                          QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_oracle->isConnected(), qPrintable(m_oracle->lastError()));
    // The fixture's server strips host and realm: alice@TEST.LOCAL is sasl:alice.
    QVERIFY(
        m_oracle->create(SaslNode, "for alice's ticket only",
                         {AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All}}));
    QVERIFY(m_oracle->create(
        SaslNode + QStringLiteral("/inside"), "i",
        {AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read}}));

    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setCurrentPane(m_window->zookeeperPane());
}

void TestZooKeeperSasl::cleanupTestCase()
{
    m_window.reset();
    if (m_context)
        m_context->shutdown();
    m_oracle.reset();
    m_zk.reset();
    m_kdc.reset();
}

void TestZooKeeperSasl::cleanup()
{
    ZooKeeperPane *pane = m_window->zookeeperPane();
    const QList<ConnectionTab *> tabs = pane->connectionTabs();
    for (ConnectionTab *tab : tabs)
        pane->closeTab(tab);
    QTRY_VERIFY(pane->connectionTabs().isEmpty());
}

ConnectionTab *TestZooKeeperSasl::connectThroughDialog(const SaslForm &form)
{
    ZooKeeperPane *pane = m_window->zookeeperPane();
    pane->showConnectionDialog();
    ConnectionDialog *dialog = pane->connectionDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->newProfile();
    dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(form.name);
    dialog->findChild<QLineEdit *>(QStringLiteral("connectString"))->setText(m_zk->connectString());
    if (form.anonymous) {
        dialog->findChild<QRadioButton *>(QStringLiteral("authNone"))->setChecked(true);
    } else if (!fillSasl(dialog, form)) {
        return nullptr;
    }
    if (!dialog->saveCurrent()) {
        qWarning() << "saving the profile failed:" << dialog->messageText();
        return nullptr;
    }
    QSignalSpy opened(pane, &ZooKeeperPane::connectionOpened);
    dialog->connectCurrent();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30000))
        return nullptr;
    return opened.first().first().value<ConnectionTab *>();
}

bool TestZooKeeperSasl::fillSasl(ConnectionDialog *dialog, const SaslForm &form)
{
    auto *sasl = dialog->findChild<QRadioButton *>(QStringLiteral("authSasl"));
    if (!sasl || !sasl->isEnabled())
        return false;
    sasl->setChecked(true);
    // The service stays at its default, "zookeeper"; the SPN host is the fixture's.
    dialog->findChild<QLineEdit *>(QStringLiteral("saslHost"))->setText(form.host);
    if (form.keytab.isEmpty()) {
        dialog->findChild<QRadioButton *>(QStringLiteral("saslCache"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("saslCcache"))->setText(form.ccache);
        return true;
    }
    dialog->findChild<QRadioButton *>(QStringLiteral("saslKeytab"))->setChecked(true);
    auto *keytab = dialog->findChild<QLineEdit *>(QStringLiteral("saslKeytabPath"));
    auto *principal = dialog->findChild<QLineEdit *>(QStringLiteral("saslPrincipal"));
    if (!keytab->isEnabled() || !principal->isEnabled())
        return false;
    keytab->setText(form.keytab);
    principal->setText(form.principal);
    return true;
}

bool TestZooKeeperSasl::waitForNode(ConnectionTab *tab, const QString &path)
{
    ZnodeTreeModel *model = tab->model();
    if (!QTest::qWaitFor([&] { return model->indexForPath(path).isValid(); }, 20000))
        return false;
    model->requestDetails(path);
    return QTest::qWaitFor(
        [&] { return model->indexForPath(path).data(ZnodeTreeModel::HasStatRole).toBool(); },
        20000);
}

void TestZooKeeperSasl::keytabAndPrincipal()
{
    ConnectionTab *tab = connectThroughDialog(
        {QStringLiteral("Alice by keytab"), QStringLiteral("localhost"), QString(),
         m_kdc->keytabPath(), KdcFixture::principal(KdcFixture::Account::Alice)});
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 30000);
    // The "Connecting…" banner goes once the queued state change arrives.
    QTRY_VERIFY2(!tab->banner()->isVisible(), qPrintable(tab->banner()->text()));
    const Acl ids = tab->session()->identities();
    QVERIFY(ids.contains(AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), 0}));

    // The profile keeps where the credentials are, never a secret.
    const ConnectionProfile saved = tab->profile();
    QCOMPARE(saved.auth, ConnectionProfile::Auth::SaslGssapi);
    QCOMPARE(saved.sasl.service, QStringLiteral("zookeeper"));
    QCOMPARE(saved.sasl.host, QStringLiteral("localhost"));
    QCOMPARE(saved.sasl.keytab, m_kdc->keytabPath());
    QCOMPARE(saved.sasl.principal, KdcFixture::principal(KdcFixture::Account::Alice));
    QSettings().sync();
    const QString settingsDir = QFileInfo(QSettings().fileName()).absolutePath();
    QVERIFY(foundInFiles(settingsDir, m_kdc->keytabPath().toUtf8()));
    QVERIFY(!foundInFiles(settingsDir, KdcFixture::password(KdcFixture::Account::Alice).toUtf8()));

    // The node only alice may read is readable in the tree: not locked, its children listed.
    QVERIFY(waitForNode(tab, SaslNode));
    const QModelIndex node = tab->model()->indexForPath(SaslNode);
    QTRY_VERIFY(node.data(ZnodeTreeModel::HasAclRole).toBool());
    QCOMPARE(node.data(ZnodeTreeModel::AclRole).value<Acl>(),
             (Acl{AclEntry{QStringLiteral("sasl"), QStringLiteral("alice"), ZkPerm::All}}));
    tab->treeView()->expand(tab->viewIndex(SaslNode));
    QVERIFY(waitForNode(tab, SaslNode + QStringLiteral("/inside")));
    QVERIFY(!node.data(ZnodeTreeModel::LockedRole).toBool());
}

void TestZooKeeperSasl::credentialCache()
{
    // A ticket obtained by kinit into a cache of its own: the profile names the cache.
    const QString cache = QStringLiteral("FILE:%1/alice-for-zk.cc").arg(m_zk->directory());
    QProcess kinit;
    kinit.setEnvironment(m_kdc->processEnvironment());
    kinit.start(QStringLiteral("kinit"),
                {QStringLiteral("-c"), cache, KdcFixture::principal(KdcFixture::Account::Alice)});
    QVERIFY(kinit.waitForStarted());
    kinit.write(KdcFixture::password(KdcFixture::Account::Alice).toUtf8() + '\n');
    kinit.closeWriteChannel();
    QVERIFY(kinit.waitForFinished(30000));
    QVERIFY2(kinit.exitCode() == 0, kinit.readAllStandardError().constData());

    ConnectionTab *tab = connectThroughDialog(
        {QStringLiteral("Alice by cache"), QStringLiteral("localhost"), cache, {}, {}});
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 30000);
    QCOMPARE(tab->profile().sasl.ccache, cache);
    QVERIFY(tab->profile().sasl.keytab.isEmpty());
    QVERIFY(waitForNode(tab, SaslNode));
    QVERIFY(!tab->model()->indexForPath(SaslNode).data(ZnodeTreeModel::LockedRole).toBool());
}

void TestZooKeeperSasl::noTicketSaysWhatFailed()
{
    // A cache that holds no ticket: the tab says the connection failed, shows the client log
    // and names the known problem; no tree is shown as if the session were fine.
    const QString empty = QStringLiteral("FILE:%1/never-filled.cc").arg(m_zk->directory());
    ConnectionTab *tab = connectThroughDialog(
        {QStringLiteral("No ticket"), QStringLiteral("localhost"), empty, {}, {}});
    QVERIFY(tab);
    BannerWidget *banner = tab->banner();
    QTRY_VERIFY2_WITH_TIMEOUT(
        banner->isVisible() && banner->kind() == BannerWidget::Kind::Error,
        qPrintable(
            QStringLiteral("state %1, banner: %2").arg(int(tab->state())).arg(banner->text())),
        30000);
    QVERIFY(!tab->isConnected());
    QVERIFY2(banner->text().contains(QStringLiteral("failed")), qPrintable(banner->text()));
    ResultEvidenceView *evidence = tab->evidenceView();
    QTRY_VERIFY(evidence->isFailure());
    QVERIFY(evidence->traceModel()->rowCount() > 0);
    QVERIFY2(evidence->detailsText().contains(QStringLiteral("no ticket in the credential cache")),
             qPrintable(evidence->detailsText()));
    QVERIFY(!tab->model()->indexForPath(SaslNode).isValid());
}

void TestZooKeeperSasl::anonymousTabSeesTheNodeLocked()
{
    SaslForm form;
    form.name = QStringLiteral("Anon");
    form.anonymous = true;
    ConnectionTab *tab = connectThroughDialog(form);
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 30000);
    QVERIFY(waitForNode(tab, SaslNode));
    const QModelIndex node = tab->model()->indexForPath(SaslNode);
    tab->treeView()->expand(tab->viewIndex(SaslNode));
    QTRY_VERIFY_WITH_TIMEOUT(node.data(ZnodeTreeModel::LockedRole).toBool(), 20000);
    QVERIFY(
        node.data(ZnodeTreeModel::LockReasonRole).toString().contains(QStringLiteral("NOAUTH")));
}

QTEST_MAIN(TestZooKeeperSasl)
#include "tst_zookeeper_sasl.moc"
