// SPDX-License-Identifier: GPL-3.0-or-later
// The recursive ACL change dialog against the real server (tests/support/zk_fixture), judged by
// the raw C API oracle (tests/support/zk_oracle): the dry run lists every node of the subtree,
// apply needs a current dry run and a confirmation and writes the journal, rollback restores
// byte-identical ACLs, conflicts are left alone unless forced, journals roll back from a file,
// and the audit's fix re-reads its nodes before applying.
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/acl_syntax.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "tests/ui/zk_dialog_test_support.h"
#include "ui/banner_widget.h"
#include "ui/zookeeper/acl_table_editor.h"
#include "ui/zookeeper/recursive_acl_dialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Portier;
using namespace Portier::Test;

namespace {

/// Path → serialized ACL of every node under @p root, as the server holds it.
QMap<QString, QByteArray> aclSnapshot(ZkOracle &oracle, const QString &root)
{
    QMap<QString, QByteArray> out;
    const QList<ZnodeRecord> nodes = oracle.walk(root);
    for (const ZnodeRecord &r : nodes)
        out.insert(r.path, QJsonDocument(aclToJson(r.acl)).toJson(QJsonDocument::Compact));
    return out;
}

/// "digest:<user>:<hash>": this fixture has no SASL provider, so service identities in these
/// ACLs are digest ids.
QString digestOf(const char *user)
{
    const QString name = QString::fromLatin1(user);
    return QStringLiteral("digest:") +
           AclSyntax::digestId(name, QString(name + QStringLiteral("-secret")));
}

QString firstDifference(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    if (a.keys() != b.keys())
        return QStringLiteral("different node sets: %1 vs %2 nodes").arg(a.size()).arg(b.size());
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.value(it.key()) != it.value())
            return QStringLiteral("%1: %2 vs %3")
                .arg(it.key(), QString::fromUtf8(it.value()), QString::fromUtf8(b.value(it.key())));
    }
    return {};
}

} // namespace

class TestRecursiveAclDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void defaultJournalIsUnderAppData();
    void dryRunListsEveryNode();
    void applyThenRollbackRestoresAcls();
    void cancelledConfirmationChangesNothing();
    void changedSettingsNeedANewDryRun();
    void addAndRemoveModes();
    void rollbackConflictIsLeftAloneUnlessForced();
    void rollbackFromAJournalFile();
    void fixReadsTheNodesAgainAndApplies();

private:
    void seed(const QString &root);
    bool runDryRun(RecursiveAclDialog *dialog);
    bool confirmAndWait(RecursiveAclDialog *dialog, const QString &box, QSignalSpy &spy);

    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;
    std::shared_ptr<ZkSession> m_session; ///< super user: keeps every right after a change
    QTemporaryDir m_dir;
};

void TestRecursiveAclDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ZkFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
    m_session =
        openZkSession(m_server->connectString(),
                      {DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}});
    QVERIFY(m_session);
}

void TestRecursiveAclDialog::cleanupTestCase()
{
    m_session.reset();
    m_super.reset();
    m_server.reset();
}

void TestRecursiveAclDialog::seed(const QString &root)
{
    ZkOracle &o = *m_super;
    QVERIFY2(o.create(root, QByteArray(), parseAclOrDie(QStringLiteral("world:anyone:cdrwa"))),
             qPrintable(o.lastError()));
    QVERIFY2(o.createTree(root + QLatin1String("/t"), 25, 4), qPrintable(o.lastError()));
    QVERIFY(o.create(root + QLatin1String("/mixed"), QByteArray("m"),
                     parseAclOrDie(QStringLiteral("world:anyone:r,ip:127.0.0.1:cdrwa"))));
    QVERIFY(o.create(root + QLatin1String("/already"), QByteArray(),
                     parseAclOrDie(digestOf("kafka") + QStringLiteral(":cdrwa,world:anyone:r"))));
}

bool TestRecursiveAclDialog::runDryRun(RecursiveAclDialog *dialog)
{
    QSignalSpy finished(dialog, &RecursiveAclDialog::dryRunFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dryRun")), Qt::LeftButton);
    if (!waitForSignals(finished, 1, 60000))
        return false;
    return finished.constFirst().at(0).toBool();
}

bool TestRecursiveAclDialog::confirmAndWait(RecursiveAclDialog *dialog, const QString &box,
                                            QSignalSpy &spy)
{
    const int before = static_cast<int>(spy.count());
    QMessageBox *message = waitForMessageBox(dialog, box);
    if (!message || !answerMessageBox(message, QStringLiteral("confirm")))
        return false;
    return waitForSignals(spy, before + 1, 60000);
}

void TestRecursiveAclDialog::defaultJournalIsUnderAppData()
{
    const QString journal = RecursiveAclDialog::defaultJournalFile();
    QVERIFY(journal.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/zookeeper-journals/")));
    QVERIFY(journal.endsWith(QStringLiteral(".json")));
    RecursiveAclDialog dialog(m_session, QStringLiteral("/"));
    QVERIFY(dialog.journalFile().contains(QStringLiteral("/zookeeper-journals/")));
}

void TestRecursiveAclDialog::dryRunListsEveryNode()
{
    const QString root = QStringLiteral("/rec-dry");
    seed(root);
    const QMap<QString, QByteArray> before = aclSnapshot(*m_super, root);
    QVERIFY(before.size() > 25);

    RecursiveAclDialog dialog(m_session, root);
    QAbstractItemModelTester planTester(dialog.planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
    QVERIFY(!apply->isEnabled()); // no dry run yet
    dialog.setAcl(parseAclOrDie(digestOf("kafka") + QStringLiteral(":cdrwa,world:anyone:r")));
    QVERIFY(runDryRun(&dialog));

    // Every node of the subtree, in the oracle's order, with its ACL before and after.
    QStringList planned;
    for (const AclChangeItem &item : dialog.plan().items)
        planned.append(item.path);
    QCOMPARE(planned, before.keys());
    QCOMPARE(dialog.planModel()->rowCount(), static_cast<int>(before.size()));
    for (const AclChangeItem &item : dialog.plan().items)
        QCOMPARE(QJsonDocument(aclToJson(item.before)).toJson(QJsonDocument::Compact),
                 before.value(item.path));
    const int changes = dialog.plan().changeCount();
    QCOMPARE(changes, static_cast<int>(before.size()) - 1); // /already is as wanted
    QVERIFY2(dialog.countsText().contains(QString::number(before.size())),
             qPrintable(dialog.countsText()));
    QVERIFY(dialog.countsText().contains(QStringLiteral("1 unchanged")));
    QVERIFY(apply->isEnabled());

    auto *view = dialog.findChild<QTableView *>(QStringLiteral("planView"));
    QCOMPARE(view->model()->rowCount(), static_cast<int>(before.size()));
    dialog.findChild<QCheckBox *>(QStringLiteral("onlyChanges"))->setChecked(true);
    QCOMPARE(view->model()->rowCount(), changes);

    // A dry run writes nothing.
    QCOMPARE(firstDifference(aclSnapshot(*m_super, root), before), QString());
}

void TestRecursiveAclDialog::applyThenRollbackRestoresAcls()
{
    const QString root = QStringLiteral("/rec-apply");
    seed(root);
    const QMap<QString, QByteArray> before = aclSnapshot(*m_super, root);
    const QString journal = m_dir.filePath(QStringLiteral("journals/apply.json"));

    RecursiveAclDialog dialog(m_session, root);
    QAbstractItemModelTester failureTester(dialog.failureModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString target = digestOf("kafka") + QStringLiteral(":cdrwa,world:anyone:r");
    dialog.setAcl(parseAclOrDie(target));
    dialog.setJournalFile(journal);
    QVERIFY(runDryRun(&dialog));

    QSignalSpy applied(&dialog, &RecursiveAclDialog::applyFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
    QMessageBox *box = waitForMessageBox(&dialog, QStringLiteral("applyConfirmation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(journal));
    QVERIFY(answerMessageBox(box, QStringLiteral("confirm")));
    QVERIFY(waitForSignals(applied, 1, 60000));
    QVERIFY2(applied.constFirst().at(0).toBool(), qPrintable(dialog.reportText()));
    QVERIFY(QFile::exists(journal));
    QCOMPARE(dialog.lastJournal(), journal);
    QCOMPARE(dialog.lastReport().changed, static_cast<int>(before.size()) - 1);
    QVERIFY(dialog.reportText().contains(journal));

    const QList<ZnodeRecord> after = m_super->walk(root);
    QCOMPARE(after.size(), before.size());
    for (const ZnodeRecord &node : after)
        QCOMPARE(AclSyntax::formatAcl(node.acl), target);

    // The plan's versions are spent: Apply waits for a new dry run; the journal field moved on.
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
    QVERIFY(dialog.journalFile() != journal);

    auto *rollback = dialog.findChild<QPushButton *>(QStringLiteral("rollback"));
    QVERIFY(rollback->isVisible() && rollback->isEnabled());
    QSignalSpy rolledBack(&dialog, &RecursiveAclDialog::rollbackFinished);
    QTest::mouseClick(rollback, Qt::LeftButton);
    QVERIFY(confirmAndWait(&dialog, QStringLiteral("rollbackConfirmation"), rolledBack));
    QVERIFY2(rolledBack.constFirst().at(0).toBool(), qPrintable(dialog.reportText()));
    QCOMPARE(firstDifference(aclSnapshot(*m_super, root), before), QString());
}

void TestRecursiveAclDialog::cancelledConfirmationChangesNothing()
{
    const QString root = QStringLiteral("/rec-cancel");
    seed(root);
    const QMap<QString, QByteArray> before = aclSnapshot(*m_super, root);
    const QString journal = m_dir.filePath(QStringLiteral("cancel.json"));
    RecursiveAclDialog dialog(m_session, root);
    dialog.show();
    dialog.setAcl(parseAclOrDie(QStringLiteral("world:anyone:r")));
    dialog.setJournalFile(journal);
    QVERIFY(runDryRun(&dialog));
    QSignalSpy applied(&dialog, &RecursiveAclDialog::applyFinished);
    dialog.apply();
    QMessageBox *box = waitForMessageBox(&dialog, QStringLiteral("applyConfirmation"));
    QVERIFY(box);
    QVERIFY(answerMessageBox(box, QString()));
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY(!applied.constFirst().at(0).toBool());
    QVERIFY(!QFile::exists(journal));
    QCOMPARE(firstDifference(aclSnapshot(*m_super, root), before), QString());
}

void TestRecursiveAclDialog::changedSettingsNeedANewDryRun()
{
    const QString root = QStringLiteral("/rec-stale");
    seed(root);
    RecursiveAclDialog dialog(m_session, root);
    dialog.setAcl(parseAclOrDie(QStringLiteral("world:anyone:r")));
    QVERIFY(runDryRun(&dialog));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
    QVERIFY(apply->isEnabled());
    QVERIFY(dialog.isPlanCurrent());
    dialog.setMode(AclChangeMode::AddEntry);
    QVERIFY(!dialog.isPlanCurrent());
    QVERIFY(!apply->isEnabled());
    dialog.apply();
    QVERIFY(!dialog.confirmation());
    QVERIFY(runDryRun(&dialog));
    QVERIFY(apply->isEnabled());
    dialog.setAcl(parseAclOrDie(QStringLiteral("world:anyone:rw")));
    QVERIFY(!apply->isEnabled());

    // An invalid ACL cannot be dry-run.
    dialog.setAcl({AclEntry{QStringLiteral("ip"), QStringLiteral("300.0.0.1"), ZkPerm::Read}});
    QSignalSpy finished(&dialog, &RecursiveAclDialog::dryRunFinished);
    dialog.dryRun();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(dialog.banner()->kind(), BannerWidget::Kind::Error);
}

void TestRecursiveAclDialog::addAndRemoveModes()
{
    const QString root = QStringLiteral("/rec-modes");
    seed(root);
    RecursiveAclDialog dialog(m_session, root);
    dialog.setMode(AclChangeMode::AddEntry);
    dialog.setAcl({AclEntry{QStringLiteral("ip"), QStringLiteral("127.0.0.1"), ZkPerm::Read}});
    QVERIFY(runDryRun(&dialog));
    QCOMPARE(dialog.plan().mode, AclChangeMode::AddEntry);
    for (const AclChangeItem &item : dialog.plan().items) {
        const bool hasIp =
            std::any_of(item.after.cbegin(), item.after.cend(), [](const AclEntry &e) {
                return e.scheme == QLatin1String("ip") && e.id == QLatin1String("127.0.0.1");
            });
        QVERIFY2(hasIp || !item.willChange(), qPrintable(item.path));
    }

    // Remove: permissions do not matter (and are not required).
    dialog.setMode(AclChangeMode::RemoveEntry);
    dialog.setAcl({AclEntry{QStringLiteral("ip"), QStringLiteral("127.0.0.1"), 0}});
    QVERIFY(dialog.editor()->isValid());
    QVERIFY(runDryRun(&dialog));
    const auto mixed = std::find_if(
        dialog.plan().items.cbegin(), dialog.plan().items.cend(),
        [&root](const AclChangeItem &item) { return item.path == root + QLatin1String("/mixed"); });
    QVERIFY(mixed != dialog.plan().items.cend());
    QVERIFY(mixed->willChange());
    QCOMPARE(AclSyntax::formatAcl(mixed->after), QStringLiteral("world:anyone:r"));
}

void TestRecursiveAclDialog::rollbackConflictIsLeftAloneUnlessForced()
{
    const QString root = QStringLiteral("/rec-conflict");
    seed(root);
    const QMap<QString, QByteArray> before = aclSnapshot(*m_super, root);
    RecursiveAclDialog dialog(m_session, root);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAcl(parseAclOrDie(QStringLiteral("world:anyone:r,") + digestOf("hbase") +
                                QStringLiteral(":cdrwa")));
    dialog.setJournalFile(m_dir.filePath(QStringLiteral("conflict.json")));
    QVERIFY(runDryRun(&dialog));
    QSignalSpy applied(&dialog, &RecursiveAclDialog::applyFinished);
    dialog.apply();
    QVERIFY(confirmAndWait(&dialog, QStringLiteral("applyConfirmation"), applied));
    QVERIFY(applied.constFirst().at(0).toBool());

    // Someone else changes one node after the apply.
    const QString touched = root + QLatin1String("/mixed");
    QVERIFY(m_super->setAcl(touched, parseAclOrDie(digestOf("solr") + QStringLiteral(":cdrwa"))));

    QSignalSpy rolledBack(&dialog, &RecursiveAclDialog::rollbackFinished);
    dialog.rollback();
    QVERIFY(confirmAndWait(&dialog, QStringLiteral("rollbackConfirmation"), rolledBack));
    QVERIFY(!rolledBack.constFirst().at(0).toBool());
    QCOMPARE(dialog.failureModel()->rowCount(), 1);
    QCOMPARE(dialog.failureModel()->index(0, 0).data().toString(), touched);
    QVERIFY(dialog.findChild<QTableView *>(QStringLiteral("failureView"))->isVisible());
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(touched)),
             digestOf("solr") + QStringLiteral(":cdrwa"));
    auto *force = dialog.findChild<QPushButton *>(QStringLiteral("forceRollback"));
    QVERIFY(force->isVisible() && force->isEnabled());
    QCOMPARE(dialog.banner()->kind(), BannerWidget::Kind::Warning);

    rolledBack.clear();
    QTest::mouseClick(force, Qt::LeftButton);
    QVERIFY(confirmAndWait(&dialog, QStringLiteral("rollbackConfirmation"), rolledBack));
    QVERIFY2(rolledBack.constFirst().at(0).toBool(), qPrintable(dialog.reportText()));
    QCOMPARE(firstDifference(aclSnapshot(*m_super, root), before), QString());
}

void TestRecursiveAclDialog::rollbackFromAJournalFile()
{
    const QString root = QStringLiteral("/rec-journal");
    seed(root);
    const QMap<QString, QByteArray> before = aclSnapshot(*m_super, root);
    const QString journal = m_dir.filePath(QStringLiteral("from-file.json"));
    {
        RecursiveAclDialog dialog(m_session, root);
        dialog.setAcl(parseAclOrDie(digestOf("yarn") + QStringLiteral(":cdrwa")));
        dialog.setJournalFile(journal);
        QVERIFY(runDryRun(&dialog));
        QSignalSpy applied(&dialog, &RecursiveAclDialog::applyFinished);
        dialog.apply();
        QVERIFY(confirmAndWait(&dialog, QStringLiteral("applyConfirmation"), applied));
        QVERIFY(applied.constFirst().at(0).toBool());
    }
    QVERIFY(firstDifference(aclSnapshot(*m_super, root), before) != QString());

    std::unique_ptr<RecursiveAclDialog> dialog(RecursiveAclDialog::forJournal(m_session, journal));
    QAbstractItemModelTester planTester(dialog->planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(dialog->purpose(), RecursiveAclDialog::Purpose::Rollback);
    dialog->show();
    QTRY_VERIFY(dialog->hasPlan());
    QCOMPARE(dialog->planModel()->rowCount(), static_cast<int>(before.size())); // all changed
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("apply"))->isHidden());
    auto *rollback = dialog->findChild<QPushButton *>(QStringLiteral("rollback"));
    QVERIFY(rollback->isEnabled());
    QSignalSpy rolledBack(dialog.get(), &RecursiveAclDialog::rollbackFinished);
    QTest::mouseClick(rollback, Qt::LeftButton);
    QVERIFY(confirmAndWait(dialog.get(), QStringLiteral("rollbackConfirmation"), rolledBack));
    QVERIFY2(rolledBack.constFirst().at(0).toBool(), qPrintable(dialog->reportText()));
    QCOMPARE(firstDifference(aclSnapshot(*m_super, root), before), QString());

    // A file that is not a journal is reported, nothing else happens.
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.json"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"something else\"}");
    file.close();
    std::unique_ptr<RecursiveAclDialog> bad(RecursiveAclDialog::forJournal(m_session, bogus));
    QTRY_VERIFY(bad->banner()->isVisibleTo(bad.get()));
    QCOMPARE(bad->banner()->kind(), BannerWidget::Kind::Error);
    QVERIFY(!bad->hasPlan());
    QVERIFY(!bad->findChild<QPushButton *>(QStringLiteral("rollback"))->isEnabled());
}

void TestRecursiveAclDialog::fixReadsTheNodesAgainAndApplies()
{
    const QString root = QStringLiteral("/rec-fix");
    seed(root);
    const QString node = root + QLatin1String("/mixed");
    const Acl target = parseAclOrDie(digestOf("kafka") + QStringLiteral(":cdrwa"));
    AclChangePlan plan;
    plan.root = node;
    plan.mode = AclChangeMode::Replace;
    plan.acl = target;
    AclChangeItem item;
    item.path = node;
    item.before = parseAclOrDie(QStringLiteral("world:anyone:cdrwa")); // stale on purpose
    item.after = target;
    plan.items.append(item);

    // The node changed since the audit read it: the dialog's own read must show the truth.
    std::unique_ptr<RecursiveAclDialog> dialog(RecursiveAclDialog::forFix(m_session, plan));
    QSignalSpy dryRun(dialog.get(), &RecursiveAclDialog::dryRunFinished);
    dialog->show();
    QVERIFY(waitForSignals(dryRun, 1, 30000));
    QVERIFY(dryRun.constFirst().at(0).toBool());
    QCOMPARE(dialog->purpose(), RecursiveAclDialog::Purpose::Fix);
    QCOMPARE(dialog->plan().items.size(), qsizetype(1));
    QCOMPARE(AclSyntax::formatAcl(dialog->plan().items.constFirst().before),
             QStringLiteral("world:anyone:r,ip:127.0.0.1:cdrwa"));
    QVERIFY(dialog->plan().items.constFirst().willChange());
    QCOMPARE(dialog->plan().items.constFirst().aversion, 0);

    dialog->setJournalFile(m_dir.filePath(QStringLiteral("fix.json")));
    QSignalSpy applied(dialog.get(), &RecursiveAclDialog::applyFinished);
    dialog->apply();
    QVERIFY(confirmAndWait(dialog.get(), QStringLiteral("applyConfirmation"), applied));
    QVERIFY(applied.constFirst().at(0).toBool());
    QCOMPARE(m_super->acl(node), target);
    // Only the planned node changed.
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(root)), QStringLiteral("world:anyone:cdrwa"));
}

QTEST_MAIN(TestRecursiveAclDialog)
#include "tst_recursive_acl_dialog.moc"
