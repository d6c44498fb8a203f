// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot dialog against a real ZooKeeper (tests/support/zk_fixture): export a subtree
// (with data) to a file that equals the oracle's walk, then compare it with the live tree and
// with a second snapshot after ACL changes, additions and removals; unreadable files are
// reported.
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_snapshot.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "tests/ui/zk_dialog_test_support.h"
#include "ui/banner_widget.h"
#include "ui/zookeeper/snapshot_dialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Portier;
using namespace Portier::Test;

namespace {

using Kind = SnapshotDiff::Change::Kind;

const SnapshotDiff::Change *find(const SnapshotDiff &diff, Kind kind, const QString &path)
{
    for (const SnapshotDiff::Change &change : diff.changes) {
        if (change.kind == kind && change.path == path)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestSnapshotDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exportWritesTheSubtree();
    void compareWithTheLiveTree();
    void compareTwoSnapshotFiles();
    void unreadableSnapshotIsReported();

private:
    bool exportTo(SnapshotDialog *dialog, const QString &file);
    bool compare(SnapshotDialog *dialog);

    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;
    std::shared_ptr<ZkSession> m_session;
    QTemporaryDir m_dir;
    QString m_root = QStringLiteral("/snap");
};

void TestSnapshotDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ZkFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
    const Acl all = parseAclOrDie(QStringLiteral("world:anyone:cdrwa"));
    QVERIFY(m_super->create(m_root, QByteArray("root"), all));
    QVERIFY(m_super->createTree(m_root + QLatin1String("/t"), 12, 3));
    QVERIFY(m_super->create(m_root + QLatin1String("/acl"), QByteArray("a"), all));
    QVERIFY(m_super->create(m_root + QLatin1String("/gone"), QByteArray("g"), all));
    m_session =
        openZkSession(m_server->connectString(),
                      {DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}});
    QVERIFY(m_session);
}

void TestSnapshotDialog::cleanupTestCase()
{
    m_session.reset();
    m_super.reset();
    m_server.reset();
}

bool TestSnapshotDialog::exportTo(SnapshotDialog *dialog, const QString &file)
{
    dialog->setExportFile(file);
    QSignalSpy exported(dialog, &SnapshotDialog::exported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("snapshotExport")),
                      Qt::LeftButton);
    if (!waitForSignals(exported, 1, 60000))
        return false;
    return exported.constFirst().at(0).toBool();
}

bool TestSnapshotDialog::compare(SnapshotDialog *dialog)
{
    QSignalSpy compared(dialog, &SnapshotDialog::compared);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("snapshotCompare")),
                      Qt::LeftButton);
    if (!waitForSignals(compared, 1, 60000))
        return false;
    return compared.constFirst().at(0).toBool();
}

void TestSnapshotDialog::exportWritesTheSubtree()
{
    SnapshotDialog dialog(m_session, m_root);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.root(), m_root);
    dialog.setWithData(true);
    const QString file = m_dir.filePath(QStringLiteral("out/before.json"));
    QVERIFY2(exportTo(&dialog, file), qPrintable(dialog.banner()->text()));
    QCOMPARE(dialog.banner()->kind(), BannerWidget::Kind::Positive);

    const Result<ZkSnapshot> snapshot = ZkSnapshot::load(file);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->root, m_root);
    QVERIFY(snapshot->withData);
    const QList<ZnodeRecord> oracle = m_super->walk(m_root, true);
    QCOMPARE(snapshot->nodes.size(), oracle.size());
    for (qsizetype i = 0; i < oracle.size(); ++i) {
        QCOMPARE(snapshot->nodes.at(i).path, oracle.at(i).path);
        QCOMPARE(snapshot->nodes.at(i).acl, oracle.at(i).acl);
        QCOMPARE(snapshot->nodes.at(i).data.value_or(QByteArray()),
                 oracle.at(i).data.value_or(QByteArray()));
    }
}

void TestSnapshotDialog::compareWithTheLiveTree()
{
    const QString before = m_dir.filePath(QStringLiteral("out/before.json"));
    QVERIFY(QFile::exists(before));
    const Acl readOnly = parseAclOrDie(QStringLiteral("world:anyone:r"));
    QVERIFY(m_super->setAcl(m_root + QLatin1String("/acl"), readOnly));
    QVERIFY(m_super->create(m_root + QLatin1String("/new"), QByteArray(),
                            parseAclOrDie(QStringLiteral("world:anyone:cdrwa"))));
    QVERIFY(m_super->remove(m_root + QLatin1String("/gone")));

    SnapshotDialog dialog(m_session, m_root);
    QAbstractItemModelTester tester(dialog.changesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    dialog.setBeforeFile(before);
    dialog.setCompareWithLive(true);
    QVERIFY2(compare(&dialog), qPrintable(dialog.banner()->text()));
    const SnapshotDiff &diff = dialog.diff();
    const SnapshotDiff::Change *acl = find(diff, Kind::AclChanged, m_root + QLatin1String("/acl"));
    QVERIFY(acl);
    QCOMPARE(AclSyntax::formatAcl(acl->aclBefore), QStringLiteral("world:anyone:cdrwa"));
    QCOMPARE(acl->aclAfter, readOnly);
    QVERIFY(find(diff, Kind::Added, m_root + QLatin1String("/new")));
    QVERIFY(find(diff, Kind::Removed, m_root + QLatin1String("/gone")));
    QCOMPARE(dialog.changesModel()->rowCount(), static_cast<int>(diff.changes.size()));
    QVERIFY2(dialog.diffSummary().contains(QStringLiteral("1 ACL")),
             qPrintable(dialog.diffSummary()));

    auto *view = dialog.findChild<QTableView *>(QStringLiteral("snapshotChanges"));
    dialog.findChild<QCheckBox *>(QStringLiteral("snapshotAclOnly"))->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), m_root + QLatin1String("/acl"));
}

void TestSnapshotDialog::compareTwoSnapshotFiles()
{
    const QString before = m_dir.filePath(QStringLiteral("out/before.json"));
    const QString after = m_dir.filePath(QStringLiteral("after.json"));
    SnapshotDialog dialog(m_session, m_root);
    dialog.setWithData(true);
    QVERIFY(exportTo(&dialog, after));
    dialog.setBeforeFile(before);
    dialog.setAfterFile(after);
    QVERIFY2(compare(&dialog), qPrintable(dialog.banner()->text()));
    QVERIFY(find(dialog.diff(), Kind::AclChanged, m_root + QLatin1String("/acl")));
    QVERIFY(find(dialog.diff(), Kind::Added, m_root + QLatin1String("/new")));
    QVERIFY(find(dialog.diff(), Kind::Removed, m_root + QLatin1String("/gone")));

    // A snapshot compared with itself: nothing.
    dialog.setAfterFile(before);
    QVERIFY(compare(&dialog));
    QVERIFY(dialog.diff().isEmpty());
    QCOMPARE(dialog.changesModel()->rowCount(), 0);
}

void TestSnapshotDialog::unreadableSnapshotIsReported()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.json"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    SnapshotDialog dialog(m_session, m_root);
    dialog.setBeforeFile(bogus);
    dialog.setCompareWithLive(true);
    QVERIFY(!compare(&dialog));
    QCOMPARE(dialog.banner()->kind(), BannerWidget::Kind::Error);
    QVERIFY(dialog.banner()->text().contains(bogus));
    QVERIFY(!dialog.hasDiff());
}

QTEST_MAIN(TestSnapshotDialog)
#include "tst_snapshot_dialog.moc"
