// SPDX-License-Identifier: GPL-3.0-or-later
// Test-support tool for the README screenshot of the ZooKeeper pane: starts the real ZooKeeper
// server of tests/support/zk_fixture, seeds a Kafka-like tree with the raw C API (a locked
// node, an ephemeral controller, world-writable corners), opens the console's main window on
// it in this process, expands a few nodes, selects a broker registration and writes the window
// to a PNG. Run it under Xvfb so that it renders as on a desktop:
//
//   xvfb-run -a -s "-screen 0 1400x900x24"
//       build/dev/tests/ui/portier_zookeeper_screenshot docs/screenshots/zookeeper-pane.png
//
// Nothing here is part of the product: the pane shows whatever the server holds.
#include "backends/core/backend_context.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/main_window.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/node_details_widget.h"
#include "ui/zookeeper/tree_search_widget.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <cstdio>

using namespace Portier;
using Portier::Test::ZkFixture;
using Portier::Test::ZkOracle;

namespace {

Acl acl(const QString &text)
{
    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    if (!parsed)
        qFatal("bad ACL %s", qPrintable(text));
    return parsed.value();
}

bool seed(ZkOracle &oracle)
{
    const Acl open = acl(QStringLiteral("world:anyone:cdrwa"));
    const Acl kafka = acl(QStringLiteral("world:anyone:r,digest:") +
                          AclSyntax::digestId(u"kafka", u"kafka-pw") + QStringLiteral(":cdrwa"));
    // The fixture runs without SASL (sasl: ids need it): digest identities stand in.
    const QString hbase = QStringLiteral("digest:") + AclSyntax::digestId(u"hbase", u"hbase-pw");
    const Acl hbaseOnly = acl(hbase + QStringLiteral(":cdrwa"));
    const Acl hbaseReadable = acl(hbase + QStringLiteral(":cdrwa,world:anyone:r"));
    bool ok = true;
    auto create = [&](const char *path, const QByteArray &data, const Acl &nodeAcl) {
        ok = ok && oracle.create(QString::fromLatin1(path), data, nodeAcl);
    };
    for (int id = 1; id <= 3; ++id) {
        create(qPrintable(QStringLiteral("/brokers/ids/%1").arg(id)),
               QStringLiteral(R"({"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},)"
                              R"("endpoints":["PLAINTEXT://kafka-%1.example.com:9092"],)"
                              R"("jmx_port":9999,"features":{},"host":"kafka-%1.example.com",)"
                              R"("timestamp":"1763798400000","port":9092,"version":5})")
                   .arg(id)
                   .toUtf8(),
               kafka);
    }
    const char *topics[] = {"audit-log", "clicks", "invoices", "orders", "payments", "sessions"};
    for (const char *topic : topics) {
        create(
            qPrintable(
                QStringLiteral("/brokers/topics/%1/partitions/0/state").arg(QLatin1String(topic))),
            R"({"controller_epoch":3,"leader":1,"version":1,"leader_epoch":7,"isr":[1,2,3]})",
            kafka);
        create(qPrintable(QStringLiteral("/config/topics/%1").arg(QLatin1String(topic))),
               R"({"version":1,"config":{"retention.ms":"604800000"}})", kafka);
    }
    create("/brokers/seqid", QByteArray(), kafka);
    create("/admin/delete_topics", QByteArray(), kafka);
    create("/config/changes", QByteArray(), kafka);
    create("/consumers", QByteArray(), open);
    create("/isr_change_notification", QByteArray(), open);
    create("/latest_producer_id_block", R"({"version":1,"broker":1,"block_start":"0"})", kafka);
    create("/hbase/master", QByteArray("\x00\x00\x00\x0cPBUF\x0a\x1b", 11), hbaseReadable);
    create("/hbase/acl", QByteArray(), hbaseOnly);
    create("/hbase/tokenauth", QByteArray(), hbaseOnly);
    ok = ok && oracle.setAcl(QStringLiteral("/hbase"), hbaseReadable);
    // Kafka's own nodes are world-readable; /consumers and /isr_change_notification stay open
    // to everybody, the kind of corner the ACL column makes visible.
    for (const char *path :
         {"/admin", "/brokers", "/brokers/ids", "/brokers/topics", "/config", "/config/topics"})
        ok = ok && oracle.setAcl(QString::fromLatin1(path), kafka);
    ok = ok && oracle.createChildren(QStringLiteral("/consumers"), 240, QStringLiteral("group-"));
    return ok;
}

template<typename T>
bool await(const QFuture<Result<T>> &future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, 20000) &&
           future.resultCount() > 0 && future.result().ok();
}

bool expand(ConnectionTab *tab, const QString &path)
{
    if (!QTest::qWaitFor([&] { return tab->model()->indexForPath(path).isValid(); }, 20000))
        return false;
    tab->treeView()->expand(tab->viewIndex(path));
    return QTest::qWaitFor(
        [&] {
            return tab->model()->indexForPath(path).data(ZnodeTreeModel::ChildStateRole).toInt() ==
                   int(ZnodeTreeModel::ChildState::Loaded);
        },
        20000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portier"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portier"));
    QApplication::setOrganizationName(QStringLiteral("Portier"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.portier.Portier.svg")));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString output =
        QFileInfo(app.arguments().value(
                      1, QStringLiteral(PORTIER_SOURCE_DIR "/docs/screenshots/zookeeper-pane.png")))
            .absoluteFilePath();

    ZkFixture zk;
    QString error;
    if (!zk.start(&error)) {
        std::fprintf(stderr, "ZooKeeper fixture: %s\n", qPrintable(error));
        return 3;
    }
    ZkOracle oracle(zk.connectString(), {ZkFixture::superCredential()});
    if (!oracle.isConnected() || !seed(oracle)) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(oracle.lastError()));
        return 3;
    }
    // A live controller: an ephemeral node owned by a session of its own.
    SessionOptions controllerOptions;
    controllerOptions.connectString = zk.connectString();
    ZkSession controller(controllerOptions);
    if (!controller.open().ok() || !await(controller.whenConnected()) ||
        !await(controller.create(QStringLiteral("/controller"),
                                 R"({"version":2,"brokerid":1,"timestamp":"1763798400000"})",
                                 acl(QStringLiteral("world:anyone:r,digest:") +
                                     AclSyntax::digestId(u"kafka", u"kafka-pw") +
                                     QStringLiteral(":cdrwa")),
                                 ZkSession::CreateMode::Ephemeral))) {
        std::fprintf(stderr, "could not create the ephemeral /controller\n");
        return 3;
    }

    ConnectionProfile profile;
    profile.id = QStringLiteral("b1946ac9-2a0c-4f49-9e1f-5e2c3a6f3c10");
    profile.name = QStringLiteral("kafka-prod");
    profile.connectString = zk.connectString();
    {
        QSettings settings;
        ConnectionProfileStore(settings).save(profile);
    }

    QThreadPool pool;
    pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    BackendContext context(&pool);
    int status = 0;
    {
        MainWindow window(context);
        ZooKeeperPane *pane = window.zookeeperPane();
        window.setCurrentPane(pane);
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 3;
        ConnectionTab *tab = pane->openConnection(profile);
        const bool ready =
            QTest::qWaitFor([&] { return tab->isConnected(); }, 20000) &&
            expand(tab, QStringLiteral("/")) && expand(tab, QStringLiteral("/brokers")) &&
            expand(tab, QStringLiteral("/brokers/ids")) && expand(tab, QStringLiteral("/config")) &&
            expand(tab, QStringLiteral("/config/topics")) && expand(tab, QStringLiteral("/hbase"));
        if (!ready) {
            std::fprintf(stderr, "the tree did not load\n");
            return 3;
        }
        // The tree takes the left three fifths, the details the rest.
        if (auto *splitter = tab->findChild<QSplitter *>(QStringLiteral("treeSplitter")))
            splitter->setSizes({780, 560});
        QSignalSpy loaded(tab->details(), &NodeDetailsWidget::loaded);
        tab->selectPath(QStringLiteral("/brokers/ids/1"));
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000))
            std::fprintf(stderr, "the node details did not load\n");
        // Let the shown rows' stat and ACL requests come back and the view settle.
        QTest::qWait(1500);
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (!window.grab().save(output)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(output));
            status = 1;
        } else {
            std::printf("Screenshot written to %s\n", qPrintable(output));
        }
        // With PORTIER_SCREENSHOT_MORE=1, the other pages too (for a look, not for the README):
        // OUTPUT-stat.png, -acl.png, -locked.png, -search.png, -connections.png.
        if (qEnvironmentVariableIntValue("PORTIER_SCREENSHOT_MORE") == 1) {
            const QString stem = output.left(output.size() - 4);
            QTabWidget *detailTabs = tab->details()->tabs();
            detailTabs->setCurrentIndex(1);
            QTest::qWait(300);
            window.grab().save(stem + QStringLiteral("-stat.png"));
            detailTabs->setCurrentIndex(2);
            QTest::qWait(1000);
            window.grab().save(stem + QStringLiteral("-acl.png"));
            detailTabs->setCurrentIndex(0);
            tab->selectPath(QStringLiteral("/hbase/acl"));
            QTest::qWait(1000);
            window.grab().save(stem + QStringLiteral("-locked.png"));
            tab->showSearch();
            tab->searchWidget()->setRoot(QStringLiteral("/"));
            tab->searchWidget()->setPattern(QStringLiteral("orders"));
            tab->searchWidget()->search();
            if (!QTest::qWaitFor([&] { return !tab->searchWidget()->isRunning(); }, 20000))
                std::fprintf(stderr, "the search did not finish\n");
            QTest::qWait(300);
            window.grab().save(stem + QStringLiteral("-search.png"));
            pane->showConnectionDialog();
            QTest::qWait(500);
            if (QWidget *dialog = pane->findChild<QDialog *>(QStringLiteral("zkConnectionDialog")))
                dialog->grab().save(stem + QStringLiteral("-connections.png"));
        }
        context.shutdown();
    }
    controller.close();
    return status;
}
