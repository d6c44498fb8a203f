// SPDX-License-Identifier: GPL-3.0-or-later
// The ZooKeeper pane against a real ZooKeeper 3.8 server (tests/support/zk_fixture), seeded with
// the raw C API (tests/support/zk_oracle): connecting through the pane, the lazy tree against
// the oracle, node details, saving data with a version conflict, create and delete (also
// recursive), a locked NOAUTH node, a read-only profile, and the banner of an expired session.
#include "backends/core/backend_context.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/znode_filter_proxy_model.h"
#include "models/zookeeper/znode_stat_model.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/banner_widget.h"
#include "ui/main_window.h"
#include "ui/result_evidence_view.h"
#include "ui/zookeeper/connection_dialog.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/create_node_dialog.h"
#include "ui/zookeeper/node_details_widget.h"
#include "ui/zookeeper/recursive_delete_dialog.h"
#include "ui/zookeeper/tree_search_widget.h"
#include "ui/zookeeper/znode_data_view.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Portier;
using Portier::Test::ZkFixture;
using Portier::Test::ZkOracle;

namespace {

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    QFutureWatcher<Result<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30000);
    if (!future.isFinished() || future.resultCount() == 0)
        return Error(CoreError::Timeout, QStringLiteral("no answer"));
    return future.result();
}

Acl acl(const QString &text)
{
    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    if (!parsed)
        qFatal("bad ACL %s", qPrintable(text));
    return parsed.value();
}

} // namespace

class TestZooKeeperPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void windowHasThePane();
    void connectionDialogSavesProfiles();
    void connectThroughThePane();
    void treeMatchesTheOracle();
    void nodeDetailsShowDataAndStat();
    void noAuthNodeIsLocked();
    void filterAndSearch();
    void saveDataWithVersionConflict();
    void createAndDelete();
    void recursiveDelete();
    void refreshKeepsExpansionAndSelection();
    void watchesFollowExpandedNodes();
    void readOnlyProfileShowsNoWriteActions();
    void expiredSessionBannerAndReconnect();

private:
    ConnectionProfile profile(const QString &name, bool readOnly = false) const;
    /// Waits until @p path is in the tab's model with its children loaded.
    bool expand(ConnectionTab *tab, const QString &path);
    bool select(ConnectionTab *tab, const QString &path);
    QStringList childNames(ConnectionTab *tab, const QString &path) const;

    ZkFixture m_zk;
    std::unique_ptr<ZkOracle> m_oracle;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    ZooKeeperPane *m_pane = nullptr;
    ConnectionTab *m_tab = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

ConnectionProfile TestZooKeeperPane::profile(const QString &name, bool readOnly) const
{
    ConnectionProfile p;
    p.id = name;
    p.name = name;
    p.connectString = m_zk.connectString();
    p.sessionTimeoutMs = 10000;
    p.readOnly = readOnly;
    return p;
}

bool TestZooKeeperPane::expand(ConnectionTab *tab, const QString &path)
{
    ZnodeTreeModel *model = tab->model();
    if (!QTest::qWaitFor([&] { return model->indexForPath(path).isValid(); }, 20000))
        return false;
    const QModelIndex index = tab->viewIndex(path);
    if (!index.isValid())
        return false;
    tab->treeView()->expand(index);
    return QTest::qWaitFor(
        [&] {
            const QModelIndex source = model->indexForPath(path);
            const int state = source.data(ZnodeTreeModel::ChildStateRole).toInt();
            return (state == int(ZnodeTreeModel::ChildState::Loaded) ||
                    state == int(ZnodeTreeModel::ChildState::Denied)) &&
                   !model->isInserting();
        },
        20000);
}

bool TestZooKeeperPane::select(ConnectionTab *tab, const QString &path)
{
    QSignalSpy revealed(tab, &ConnectionTab::revealed);
    tab->selectPath(path);
    if (revealed.isEmpty() && !revealed.wait(20000))
        return false;
    return tab->selectedPath() == path;
}

QStringList TestZooKeeperPane::childNames(ConnectionTab *tab, const QString &path) const
{
    QStringList names;
    const QModelIndex parent = tab->model()->indexForPath(path);
    for (int row = 0; row < tab->model()->rowCount(parent); ++row)
        names.append(tab->model()->index(row, 0, parent).data().toString());
    return names;
}

void TestZooKeeperPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QVERIFY2(m_zk.start(&error), qPrintable(error));
    m_oracle =
        std::make_unique<ZkOracle>(m_zk.connectString(), QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_oracle->isConnected(), qPrintable(m_oracle->lastError()));
    const Acl open = acl(QStringLiteral("world:anyone:cdrwa"));
    QVERIFY(m_oracle->create(QStringLiteral("/app"), "app", open));
    QVERIFY(m_oracle->create(QStringLiteral("/app/config"), R"({"brokers":3,"tls":true})", open));
    QVERIFY(m_oracle->create(QStringLiteral("/app/alpha"), "a", open));
    QVERIFY(m_oracle->create(QStringLiteral("/app/beta"), QByteArray("\xff\xfe\x00\x01", 4), open));
    QVERIFY(m_oracle->create(QStringLiteral("/app/public"), "r",
                             acl(QStringLiteral("world:anyone:r"))));
    // Only alice may read /secret: an anonymous session sees it locked.
    const QString alice = AclSyntax::digestId(u"alice", u"alice-pw");
    QVERIFY(m_oracle->create(QStringLiteral("/secret"), "s",
                             {AclEntry{QStringLiteral("digest"), alice, ZkPerm::All}}));
    QVERIFY(m_oracle->create(QStringLiteral("/secret/inner"), "i", open));

    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_pane = m_window->zookeeperPane();
    QVERIFY(m_pane);
    m_window->setCurrentPane(m_pane);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestZooKeeperPane::cleanupTestCase()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_window.reset();
    if (m_context)
        m_context->shutdown();
    m_oracle.reset();
}

void TestZooKeeperPane::windowHasThePane()
{
    QVERIFY(m_window->panes().contains(m_pane));
    QCOMPARE(m_window->currentPane(), m_pane);
    QCOMPARE(m_pane->title(), QStringLiteral("ZooKeeper"));
    QVERIFY(!m_pane->icon().isNull());
    QVERIFY(m_pane->menuActions().contains(m_pane->action(ZooKeeperPane::Action::Connect)));
    QVERIFY(m_pane->connectionTabs().isEmpty());
    QVERIFY(m_pane->action(ZooKeeperPane::Action::Connect)->isEnabled());
    QVERIFY(!m_pane->action(ZooKeeperPane::Action::Refresh)->isEnabled());
}

void TestZooKeeperPane::connectionDialogSavesProfiles()
{
    m_pane->action(ZooKeeperPane::Action::Connect)->trigger();
    ConnectionDialog *dialog = m_pane->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // SASL is either available or says why not.
    auto *sasl = dialog->findChild<QWidget *>(QStringLiteral("authSasl"));
    QCOMPARE(sasl->isEnabled(), ZkSession::saslSupported());

    dialog->newProfile();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
    auto *connectString = dialog->findChild<QLineEdit *>(QStringLiteral("connectString"));
    name->setText(QStringLiteral("Fixture"));
    connectString->setText(QStringLiteral("127.0.0.1:2181 oops"));
    QVERIFY(!dialog->saveCurrent());
    QVERIFY(dialog->messageText().contains(QStringLiteral("spaces")));
    connectString->setText(m_zk.connectString() + QStringLiteral("/app"));
    QVERIFY(dialog->saveCurrent());
    QCOMPARE(dialog->profiles().size(), 1);
    QCOMPARE(dialog->profiles().first().connectString,
             m_zk.connectString() + QStringLiteral("/app"));
    {
        QSettings settings;
        const QList<ConnectionProfile> stored = ConnectionProfileStore(settings).load();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Fixture"));
    }

    // Connect through the dialog: a tab on the chroot /app.
    QSignalSpy opened(m_pane, &ZooKeeperPane::connectionOpened);
    dialog->connectCurrent();
    QTRY_COMPARE(opened.size(), 1);
    auto *tab = opened.first().first().value<ConnectionTab *>();
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 20000);
    QVERIFY(expand(tab, QStringLiteral("/")));
    QCOMPARE(childNames(tab, QStringLiteral("/")),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("config"),
                          QStringLiteral("public")}));
    m_pane->closeTab(tab);
    QTRY_VERIFY(m_pane->connectionTabs().isEmpty());

    dialog = nullptr;
    m_pane->showConnectionDialog();
    dialog = m_pane->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(dialog->profiles().first().id));
    dialog->removeCurrent();
    QVERIFY(dialog->profiles().isEmpty());
    dialog->reject();
}

void TestZooKeeperPane::connectThroughThePane()
{
    QSignalSpy opened(m_pane, &ZooKeeperPane::connectionOpened);
    m_tab = m_pane->openConnection(profile(QStringLiteral("main")));
    QVERIFY(m_tab);
    QCOMPARE(opened.size(), 1);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_tab->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(m_pane->currentTab(), m_tab);
    QCOMPARE(m_pane->tabWidget()->tabText(0), QStringLiteral("main"));
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->isConnected(), 20000);
    QCOMPARE(m_tab->state(), ZkSession::State::Connected);
    // The state signals are queued: the banner follows once they are delivered.
    QTRY_VERIFY2(!m_tab->banner()->isVisible(), qPrintable(m_tab->banner()->text()));
    // Connected: the root is expanded and its children are there. The model testers fetch
    // children on their own, so /app may be there before the tab has handled the connection
    // (a queued continuation): wait for the expansion too.
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->model()->indexForPath(QStringLiteral("/app")).isValid(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->treeView()->isExpanded(m_tab->viewIndex(QStringLiteral("/"))),
                             20000);
    QVERIFY(m_pane->action(ZooKeeperPane::Action::Refresh)->isEnabled());
    QVERIFY(m_pane->action(ZooKeeperPane::Action::NewNode)->isVisible());
}

void TestZooKeeperPane::treeMatchesTheOracle()
{
    QVERIFY(expand(m_tab, QStringLiteral("/")));
    QVERIFY(expand(m_tab, QStringLiteral("/app")));
    const QList<ZnodeRecord> walk = m_oracle->walk(QStringLiteral("/app"));
    QStringList expected;
    for (const ZnodeRecord &record : walk) {
        if (ZnodeTreeModel::parentPath(record.path) == QLatin1String("/app"))
            expected.append(record.path.mid(5));
    }
    expected.sort();
    QCOMPARE(childNames(m_tab, QStringLiteral("/app")), expected);

    // The shown rows fill in their stat and ACL columns.
    ZnodeTreeModel *model = m_tab->model();
    const QString config = QStringLiteral("/app/config");
    model->requestDetails(config);
    QTRY_VERIFY(model->indexForPath(config).data(ZnodeTreeModel::HasAclRole).toBool());
    const ZnodeRecord *oracleConfig = nullptr;
    for (const ZnodeRecord &record : walk) {
        if (record.path == config)
            oracleConfig = &record;
    }
    QVERIFY(oracleConfig);
    QCOMPARE(*model->stat(config), oracleConfig->stat);
    QCOMPARE(*model->acl(config), oracleConfig->acl);
    QCOMPARE(model->indexForPath(config, ZnodeTreeModel::AclColumn).data().toString(),
             QStringLiteral("world-admin"));
    model->requestDetails(QStringLiteral("/app/public"));
    QTRY_COMPARE(model->indexForPath(QStringLiteral("/app/public"), ZnodeTreeModel::AclColumn)
                     .data()
                     .toString(),
                 QStringLiteral("world-readable"));
}

void TestZooKeeperPane::nodeDetailsShowDataAndStat()
{
    NodeDetailsWidget *details = m_tab->details();
    QSignalSpy loaded(details, &NodeDetailsWidget::loaded);
    QVERIFY(select(m_tab, QStringLiteral("/app/config")));
    QCOMPARE(details->path(), QStringLiteral("/app/config"));
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(1).toBool(), true);
    ZnodeDataView *data = details->dataView();
    QCOMPARE(data->format(), ZnodeDataView::Format::Json);
    QVERIFY(data->editor()->toPlainText().contains(QStringLiteral("\"brokers\": 3")));
    data->setFormat(ZnodeDataView::Format::Hex);
    QVERIFY(data->editor()->toPlainText().startsWith(QStringLiteral("00000000  7b 22 62")));
    data->setFormat(ZnodeDataView::Format::Base64);
    QCOMPARE(data->editor()->toPlainText(),
             QString::fromLatin1(QByteArray(R"({"brokers":3,"tls":true})").toBase64()));
    data->setFormat(ZnodeDataView::Format::Text);
    QCOMPARE(data->editor()->toPlainText(), QStringLiteral(R"({"brokers":3,"tls":true})"));

    // The stat view shows every field; zxids in hex as zkCli does.
    int aversion = -1;
    const Acl oracleAcl = m_oracle->acl(QStringLiteral("/app/config"), &aversion);
    QCOMPARE(details->statModel()->stat()->aversion, aversion);
    ZnodeStat expected;
    const QList<ZnodeRecord> records = m_oracle->walk(QStringLiteral("/app/config"));
    for (const ZnodeRecord &record : records) {
        if (record.path == QLatin1String("/app/config"))
            expected = record.stat;
    }
    QCOMPARE(*details->statModel()->stat(), expected);
    QCOMPARE(details->statModel()->valueText(ZnodeStatModel::Czxid),
             ZnodeStat::hex(expected.czxid));
    QCOMPARE(details->statModel()->rowCount(), int(ZnodeStatModel::FieldCount));

    // Binary data opens as hex and says so when shown as text.
    QVERIFY(select(m_tab, QStringLiteral("/app/beta")));
    QTRY_COMPARE(data->path(), QStringLiteral("/app/beta"));
    QCOMPARE(data->format(), ZnodeDataView::Format::Hex);
    data->setFormat(ZnodeDataView::Format::Text);
    QVERIFY(data->noticeText().contains(QStringLiteral("UTF-8")));
}

void TestZooKeeperPane::noAuthNodeIsLocked()
{
    QVERIFY(expand(m_tab, QStringLiteral("/secret")));
    const QModelIndex secret = m_tab->model()->indexForPath(QStringLiteral("/secret"));
    QTRY_VERIFY(secret.data(ZnodeTreeModel::LockedRole).toBool());
    QVERIFY(
        secret.data(ZnodeTreeModel::LockReasonRole).toString().contains(QStringLiteral("NOAUTH")));
    QCOMPARE(m_tab->model()->rowCount(secret), 0);
    // Its stat still shows (exists needs no permission), and the rest of the tree is fine.
    m_tab->model()->requestDetails(QStringLiteral("/secret"));
    QTRY_VERIFY(secret.data(ZnodeTreeModel::HasStatRole).toBool());
    QCOMPARE(m_tab->model()->stat(QStringLiteral("/secret"))->numChildren, 1);
    QVERIFY(m_tab->model()->indexForPath(QStringLiteral("/app/config")).isValid());
    QVERIFY(!m_tab->banner()->isVisible());

    QVERIFY(select(m_tab, QStringLiteral("/secret")));
    QTRY_VERIFY(!m_tab->details()->isLoading());
    QVERIFY(m_tab->details()->dataView()->editor()->placeholderText().contains(
        QStringLiteral("NOAUTH")));
}

void TestZooKeeperPane::filterAndSearch()
{
    QLineEdit *filter = m_tab->filterEdit();
    filter->setText(QStringLiteral("app/conf"));
    QTRY_COMPARE(m_tab->proxy()->pathFilter(), QStringLiteral("app/conf"));
    const QModelIndex root = m_tab->proxy()->index(0, 0);
    QCOMPARE(m_tab->proxy()->rowCount(root), 1); // /app, leading to /app/config
    filter->clear();
    QTRY_VERIFY(!m_tab->proxy()->isFiltering());

    // The full-tree search finds what was never loaded.
    QVERIFY(m_oracle->create(QStringLiteral("/deep/down/below/needle"), "n",
                             acl(QStringLiteral("world:anyone:cdrwa"))));
    TreeSearchWidget *search = m_tab->searchWidget();
    QSignalSpy finished(search, &TreeSearchWidget::finished);
    search->setRoot(QStringLiteral("/"));
    search->setPattern(QStringLiteral("needle"));
    search->search();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(search->results(), QStringList{QStringLiteral("/deep/down/below/needle")});

    // Showing a result loads the way to it.
    QSignalSpy revealed(m_tab, &ConnectionTab::revealed);
    Q_EMIT search->showNode(QStringLiteral("/deep/down/below/needle"));
    QVERIFY(revealed.wait(20000));
    QCOMPARE(m_tab->selectedPath(), QStringLiteral("/deep/down/below/needle"));
    QCOMPARE(m_tab->pages()->currentIndex(), 0);
}

void TestZooKeeperPane::saveDataWithVersionConflict()
{
    NodeDetailsWidget *details = m_tab->details();
    ZnodeDataView *data = details->dataView();
    QVERIFY(select(m_tab, QStringLiteral("/app/alpha")));
    QTRY_COMPARE(data->path(), QStringLiteral("/app/alpha"));
    QTRY_VERIFY(!details->isLoading());
    const int readVersion = data->version();
    QVERIFY(data->canEdit());
    data->startEditing();
    QVERIFY(data->isEditing());
    data->editor()->setPlainText(QStringLiteral("mine"));

    // Someone else saves first.
    SessionOptions options;
    options.connectString = m_zk.connectString();
    ZkSession other(options);
    QVERIFY(other.open().ok());
    QVERIFY(await(other.whenConnected()).ok());
    QVERIFY(await(other.setData(QStringLiteral("/app/alpha"), "theirs", readVersion)).ok());

    QSignalSpy saved(details, &NodeDetailsWidget::saveFinished);
    QVERIFY(data->save());
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toBool(), false);
    QVERIFY(data->isConflictShown());
    QCOMPARE(data->theirData(), QByteArray("theirs"));
    QCOMPARE(data->theirVersion(), readVersion + 1);
    QVERIFY(data->isEditing()); // the edit is kept
    // Nothing was overwritten.
    QCOMPARE(await(other.getData(QStringLiteral("/app/alpha")))->data, QByteArray("theirs"));

    // The admin decides: save over theirs (still with a version check, against theirs).
    saved.clear();
    QTest::mouseClick(data->findChild<QPushButton *>(QStringLiteral("saveMine")), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toBool(), true);
    QVERIFY(!data->isConflictShown());
    QVERIFY(!data->isEditing());
    const Result<ZnodeData> now = await(other.getData(QStringLiteral("/app/alpha")));
    QCOMPARE(now->data, QByteArray("mine"));
    QCOMPARE(now->stat.version, readVersion + 2);
    QCOMPARE(data->version(), readVersion + 2);
    other.close();
}

void TestZooKeeperPane::createAndDelete()
{
    QVERIFY(select(m_tab, QStringLiteral("/app")));
    QSignalSpy writes(m_tab, &ConnectionTab::writeFinished);
    m_pane->action(ZooKeeperPane::Action::NewNode)->trigger();
    CreateNodeDialog *dialog = m_tab->createDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->parentPath(), QStringLiteral("/app"));
    QTRY_VERIFY(dialog->parentAclAnswered());
    // The parent's ACL is the default.
    QCOMPARE(*dialog->acl(), acl(QStringLiteral("world:anyone:cdrwa")));
    dialog->setName(QStringLiteral("created"));
    dialog->setData(QStringLiteral("hello"));
    dialog->setAclText(QStringLiteral("world:anyone:r,digest:super:")); // not valid
    QVERIFY(!dialog->acl());
    dialog->setAclPreset(CreateNodeDialog::AclPreset::Open);
    QCOMPARE(dialog->command(), QStringLiteral("create /app/created 'hello' world:anyone:cdrwa"));
    dialog->create();
    QVERIFY(writes.wait(20000));
    QCOMPARE(writes.first().first().toBool(), true);
    QTRY_COMPARE(m_tab->selectedPath(), QStringLiteral("/app/created"));
    QTRY_COMPARE(m_tab->details()->dataView()->data(), QByteArray("hello"));
    QCOMPARE(m_oracle->acl(QStringLiteral("/app/created")),
             acl(QStringLiteral("world:anyone:cdrwa")));

    // A second create with the same name fails in the dialog, which stays open.
    m_tab->createNode();
    dialog = m_tab->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->parentAclAnswered());
    QCOMPARE(dialog->parentPath(), QStringLiteral("/app/created"));
    dialog->setName(QStringLiteral("child"));
    dialog->setMode(ZkSession::CreateMode::Ephemeral);
    writes.clear();
    dialog->create();
    QVERIFY(writes.wait(20000));
    QTRY_COMPARE(m_tab->selectedPath(), QStringLiteral("/app/created/child"));
    m_tab->model()->requestDetails(QStringLiteral("/app/created/child"));
    QTRY_VERIFY(m_tab->model()
                    ->indexForPath(QStringLiteral("/app/created/child"))
                    .data(ZnodeTreeModel::IsEphemeralRole)
                    .toBool());

    // Deleting a node with children is refused by the server; the banner offers the way.
    QVERIFY(select(m_tab, QStringLiteral("/app/created")));
    m_tab->model()->requestDetails(QStringLiteral("/app/created"));
    QTRY_VERIFY(m_tab->model()
                    ->indexForPath(QStringLiteral("/app/created"))
                    .data(ZnodeTreeModel::HasStatRole)
                    .toBool());
    writes.clear();
    m_pane->action(ZooKeeperPane::Action::Delete)->trigger();
    QMessageBox *box = m_tab->deleteConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Delete Recursively")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    QVERIFY(writes.wait(20000));
    QCOMPARE(writes.first().first().toBool(), false);
    QVERIFY(m_tab->banner()->isVisible());
    QVERIFY(m_tab->banner()->text().contains(QStringLiteral("/app/created")));

    // A leaf goes at once.
    QVERIFY(select(m_tab, QStringLiteral("/app/created/child")));
    writes.clear();
    m_tab->deleteSelected();
    box = m_tab->deleteConfirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")),
                      Qt::LeftButton);
    QVERIFY(writes.wait(20000));
    QCOMPARE(writes.first().first().toBool(), true);
    QTRY_VERIFY(!m_tab->model()->indexForPath(QStringLiteral("/app/created/child")).isValid());
    QVERIFY(m_oracle->walk(QStringLiteral("/app/created/child")).value(0).error ==
                QLatin1String("NONODE") ||
            m_oracle->walk(QStringLiteral("/app/created/child")).isEmpty());
}

void TestZooKeeperPane::recursiveDelete()
{
    QVERIFY(m_oracle->createTree(QStringLiteral("/app/tree"), 40, 4));
    const int total = int(m_oracle->walk(QStringLiteral("/app/tree")).size());
    QVERIFY(total >= 40);
    QVERIFY(expand(m_tab, QStringLiteral("/app")));
    m_tab->model()->reloadChildren(QStringLiteral("/app"));
    QVERIFY(select(m_tab, QStringLiteral("/app/tree")));
    m_pane->action(ZooKeeperPane::Action::DeleteRecursively)->trigger();
    RecursiveDeleteDialog *dialog = m_tab->recursiveDeleteDialog();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), RecursiveDeleteDialog::Stage::Confirm, 20000);
    QCOMPARE(dialog->preview().size(), total);
    QVERIFY(dialog->summaryText().contains(QString::number(total)));
    // Nothing happens without the explicit confirmation.
    dialog->startDeleting();
    QCOMPARE(dialog->stage(), RecursiveDeleteDialog::Stage::Confirm);
    QCOMPARE(m_oracle->walk(QStringLiteral("/app/tree")).size(), total);

    QSignalSpy writes(m_tab, &ConnectionTab::writeFinished);
    dialog->confirmAndDelete();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), RecursiveDeleteDialog::Stage::Done, 30000);
    QCOMPARE(dialog->deletedCount(), total);
    QVERIFY(dialog->failures().isEmpty());
    QVERIFY(writes.wait(5000) || !writes.isEmpty());
    const QList<ZnodeRecord> after = m_oracle->walk(QStringLiteral("/app/tree"));
    QVERIFY(after.isEmpty() || after.first().error == QLatin1String("NONODE"));
    QTRY_VERIFY(!m_tab->model()->indexForPath(QStringLiteral("/app/tree")).isValid());
    dialog->accept();
}

void TestZooKeeperPane::refreshKeepsExpansionAndSelection()
{
    QVERIFY(expand(m_tab, QStringLiteral("/app")));
    QVERIFY(select(m_tab, QStringLiteral("/app/config")));
    const QPersistentModelIndex selected = m_tab->treeView()->currentIndex();
    QVERIFY(m_oracle->create(QStringLiteral("/app/added"), "x",
                             acl(QStringLiteral("world:anyone:cdrwa"))));
    QVERIFY(m_oracle->remove(QStringLiteral("/app/public")));

    QSignalSpy reset(m_tab->model(), &QAbstractItemModel::modelReset);
    m_pane->action(ZooKeeperPane::Action::Refresh)->trigger();
    QTRY_VERIFY(m_tab->model()->indexForPath(QStringLiteral("/app/added")).isValid());
    QTRY_VERIFY(!m_tab->model()->indexForPath(QStringLiteral("/app/public")).isValid());
    QCOMPARE(reset.size(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(m_tab->selectedPath(), QStringLiteral("/app/config"));
    QVERIFY(m_tab->treeView()->isExpanded(m_tab->viewIndex(QStringLiteral("/app"))));
}

void TestZooKeeperPane::watchesFollowExpandedNodes()
{
    QVERIFY(expand(m_tab, QStringLiteral("/app")));
    m_pane->action(ZooKeeperPane::Action::WatchExpanded)->setChecked(true);
    QVERIFY(m_tab->watchesEnabled());
    // Let the re-read that arms the watches finish.
    QTRY_VERIFY(m_tab->model()
                    ->indexForPath(QStringLiteral("/app"))
                    .data(ZnodeTreeModel::ChildStateRole)
                    .toInt() == int(ZnodeTreeModel::ChildState::Loaded));
    QTest::qWait(200);
    QVERIFY(m_oracle->create(QStringLiteral("/app/watched"), "w",
                             acl(QStringLiteral("world:anyone:cdrwa"))));
    // No refresh: the child watch on the expanded /app brings it.
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->model()->indexForPath(QStringLiteral("/app/watched")).isValid(),
                             10000);
    // And again: the watch was re-armed.
    QVERIFY(m_oracle->remove(QStringLiteral("/app/watched")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_tab->model()->indexForPath(QStringLiteral("/app/watched")).isValid(), 10000);
    m_pane->action(ZooKeeperPane::Action::WatchExpanded)->setChecked(false);
    QVERIFY(!m_tab->watchesEnabled());
}

void TestZooKeeperPane::readOnlyProfileShowsNoWriteActions()
{
    ConnectionTab *tab = m_pane->openConnection(profile(QStringLiteral("viewer"), true));
    QCOMPARE(m_pane->currentTab(), tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 20000);
    QVERIFY(tab->isReadOnly());
    QVERIFY(expand(tab, QStringLiteral("/app")));
    QVERIFY(select(tab, QStringLiteral("/app/config")));
    QTRY_VERIFY(!tab->details()->isLoading());

    for (auto write :
         {ZooKeeperPane::Action::NewNode, ZooKeeperPane::Action::Delete,
          ZooKeeperPane::Action::DeleteRecursively, ZooKeeperPane::Action::ChangeAclRecursively,
          ZooKeeperPane::Action::RollBack})
        QVERIFY2(!m_pane->action(write)->isVisible(), qPrintable(m_pane->action(write)->text()));
    QVERIFY(m_pane->action(ZooKeeperPane::Action::Refresh)->isVisible());
    QVERIFY(!tab->details()->dataView()->canEdit());
    QVERIFY(!tab->details()
                 ->dataView()
                 ->findChild<QPushButton *>(QStringLiteral("editData"))
                 ->isVisible());
    // Commands called directly do nothing.
    tab->createNode();
    QVERIFY(!tab->createDialog());
    tab->deleteSelected();
    QVERIFY(!tab->deleteConfirmation());
    const Result<void> refused = await(tab->session()->remove(QStringLiteral("/app/config")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().is(ZkError::ReadOnly));

    // Back on the writable tab the write actions return.
    m_pane->tabWidget()->setCurrentWidget(m_tab);
    QVERIFY(m_pane->action(ZooKeeperPane::Action::NewNode)->isVisible());
    m_pane->closeTab(tab);
}

void TestZooKeeperPane::expiredSessionBannerAndReconnect()
{
    // A server of its own: its data is wiped while it is down so that it forgets the session.
    ZkFixture zk;
    QString error;
    QVERIFY2(zk.start(&error), qPrintable(error));
    ConnectionProfile p = profile(QStringLiteral("expiring"));
    p.connectString = zk.connectString();
    p.sessionTimeoutMs = 4000;
    ConnectionTab *tab = m_pane->openConnection(p);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 20000);
    QVERIFY(expand(tab, QStringLiteral("/")));

    zk.kill();
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), ZkSession::State::Connecting, 15000);
    QTRY_VERIFY(tab->banner()->isVisible());
    QCOMPARE(tab->banner()->kind(), BannerWidget::Kind::Warning);
    QVERIFY(QDir(zk.directory() + QStringLiteral("/data/version-2")).removeRecursively());
    QVERIFY2(zk.restart(&error), qPrintable(error));
    {
        // More transactions than the client saw, so that the server expires the session
        // instead of refusing the client.
        ZkOracle seed(zk.connectString());
        QVERIFY(
            seed.create(QStringLiteral("/reborn"), "r", acl(QStringLiteral("world:anyone:cdrwa"))));
        QVERIFY(seed.createChildren(QStringLiteral("/filler"), 50));
    }
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), ZkSession::State::Expired, 30000);
    QTRY_COMPARE(tab->banner()->kind(), BannerWidget::Kind::Error);
    QVERIFY(tab->banner()->isVisible());
    QVERIFY(tab->banner()->text().contains(QStringLiteral("expired")));
    auto *reconnect = tab->banner()->findChild<QAbstractButton *>();
    QVERIFY(reconnect);
    QVERIFY(tab->reconnectAction()->isEnabled());

    // Reconnect from the banner: a new session, the tree refreshed in place.
    QSignalSpy connected(tab, &ConnectionTab::connectFinished);
    tab->reconnectAction()->trigger();
    QVERIFY(connected.wait(20000));
    QCOMPARE(connected.first().first().toBool(), true);
    QCOMPARE(tab->state(), ZkSession::State::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->indexForPath(QStringLiteral("/reborn")).isValid(),
                             20000);
    QVERIFY(!tab->banner()->isVisible());

    // Disconnect closes the session on the pool; the banner then offers Reconnect again.
    tab->disconnectSession();
    QTRY_COMPARE(tab->state(), ZkSession::State::Closed);
    QTRY_VERIFY(tab->banner()->isVisible());
    QVERIFY(tab->banner()->text().contains(QStringLiteral("Disconnected")));
    QVERIFY(tab->reconnectAction()->isEnabled());
    m_pane->closeTab(tab);
}

QTEST_MAIN(TestZooKeeperPane)
#include "tst_zookeeper_pane.moc"
