// SPDX-License-Identifier: GPL-3.0-or-later
// The audit widget against a real ZooKeeper with SASL enabled (tests/support/zk_fixture through
// the KDC fixture, so that sasl: ACLs are accepted), seeded from the component profiles
// (tests/support/zk_audit_seed) with one deviation: the finding appears with its details and
// fix command, the report exports to JSON and HTML files, and the one-click fix goes through
// the recursive dialog (dry run, confirmation, journal) and makes the finding go away.
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/audit.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/zk_audit_seed.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "tests/ui/zk_dialog_test_support.h"
#include "ui/banner_widget.h"
#include "ui/zookeeper/audit_widget.h"
#include "ui/zookeeper/recursive_acl_dialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Portier;
using namespace Portier::Test;

namespace {

const QString Deviation = QStringLiteral("/brokers");

QStringList findingPaths(const AuditReport &report)
{
    QStringList paths;
    for (const AuditFinding &finding : report.findings)
        paths.append(finding.path);
    return paths;
}

} // namespace

class TestAuditWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void findsTheSeededDeviation();
    void exportWritesJsonAndHtml();
    void showNodeAsksForThePath();
    void fixGoesThroughTheRecursiveDialog();
    void badRootIsRefused();

private:
    bool runAudit(AuditWidget *widget);

    std::unique_ptr<KdcFixture> m_kdc;
    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;
    std::shared_ptr<ZkSession> m_session;
    std::unique_ptr<AuditWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
};

void TestAuditWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    m_kdc = std::make_unique<KdcFixture>();
    QVERIFY2(m_kdc->start(&error), qPrintable(error));
    m_server = std::make_unique<ZkFixture>(ZkFixture::Options{m_kdc.get(), true});
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));

    // A secured cluster as the profiles describe it, then one deviation: the Kafka brokers
    // znode writable by anyone.
    const QList<ZkAuditSeedNode> seed =
        auditSeed(AuditProfiles::builtIn(), AuditOptions::Mode::Secure);
    QVERIFY(!seed.isEmpty());
    QVERIFY2(applyAuditSeed(*m_super, seed, &error), qPrintable(error));
    QVERIFY2(m_super->setAcl(Deviation, parseAclOrDie(QStringLiteral("world:anyone:cdrwa"))),
             qPrintable(m_super->lastError()));

    m_session =
        openZkSession(m_server->connectString(),
                      {DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}});
    QVERIFY(m_session);
    m_widget = std::make_unique<AuditWidget>(m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_widget->findingsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestAuditWidget::cleanupTestCase()
{
    m_tester.reset();
    m_widget.reset();
    m_session.reset();
    m_super.reset();
    m_server.reset();
    m_kdc.reset();
}

bool TestAuditWidget::runAudit(AuditWidget *widget)
{
    QSignalSpy finished(widget, &AuditWidget::auditFinished);
    QTest::mouseClick(widget->findChild<QPushButton *>(QStringLiteral("auditRun")), Qt::LeftButton);
    if (!waitForSignals(finished, 1, 60000))
        return false;
    return finished.constFirst().at(0).toBool();
}

void TestAuditWidget::findsTheSeededDeviation()
{
    QVERIFY(!m_widget->findChild<QPushButton *>(QStringLiteral("auditExportJson"))->isEnabled());
    m_widget->setRoot(QStringLiteral("/"));
    m_widget->setMode(AuditOptions::Mode::Secure);
    QVERIFY(runAudit(m_widget.get()));
    QVERIFY(m_widget->hasReport());
    const AuditReport &report = m_widget->report();
    QVERIFY(!report.partial);
    QVERIFY(report.nodesScanned > 40);
    // Exactly the seeded deviation.
    QCOMPARE(findingPaths(report), QStringList{Deviation});
    const AuditFinding &finding = report.findings.constFirst();
    QVERIFY(finding.severity >= AuditSeverity::High);
    QCOMPARE(finding.component, QStringLiteral("kafka"));
    QVERIFY(!finding.recommended.isEmpty());

    QVERIFY(report.components.contains(QStringLiteral("kafka")));
    QVERIFY2(m_widget->componentsText().contains(QStringLiteral("Kafka")),
             qPrintable(m_widget->componentsText()));

    // The table, its badge, the details and the command.
    QCOMPARE(m_widget->findingsModel()->rowCount(), static_cast<int>(report.findings.size()));
    const QModelIndex severity = m_widget->findingsModel()->index(0, 0);
    QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(severity.data(Qt::ForegroundRole).value<QColor>().isValid());
    m_widget->selectFinding(Deviation);
    QCOMPARE(m_widget->selectedFindings().size(), qsizetype(1));
    QVERIFY(m_widget->detailsText().contains(Deviation));
    QVERIFY(m_widget->detailsText().contains(AclSyntax::formatAcl(finding.recommended)));
    QVERIFY(m_widget->detailsText().contains(QStringLiteral("world:anyone:cdrwa")));
    QCOMPARE(m_widget->fixCommandText(), finding.fixCommand);
    QVERIFY(m_widget->fixCommandText().startsWith(QStringLiteral("setAcl")));
    QVERIFY(m_widget->findChild<QPushButton *>(QStringLiteral("auditFix"))->isEnabled());
    QVERIFY(m_widget->findChild<QPushButton *>(QStringLiteral("auditExportJson"))->isEnabled());
}

void TestAuditWidget::exportWritesJsonAndHtml()
{
    QVERIFY(m_widget->hasReport());
    const QString json = m_dir.filePath(QStringLiteral("reports/audit.json"));
    const QString html = m_dir.filePath(QStringLiteral("audit.html"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("reports"))));

    QSignalSpy exported(m_widget.get(), &AuditWidget::exported);
    m_widget->exportReport(json, AuditWidget::ExportFormat::Json);
    QVERIFY(waitForSignals(exported, 1));
    QVERIFY(exported.constFirst().at(1).toBool());
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), qsizetype(1));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("path")).toString(), Deviation);
    QVERIFY(object.value(QStringLiteral("components")).toArray().contains(QStringLiteral("kafka")));

    m_widget->exportReport(html, AuditWidget::ExportFormat::Html);
    QVERIFY(waitForSignals(exported, 2));
    QVERIFY(exported.at(1).at(1).toBool());
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    QVERIFY(page.contains(Deviation));
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Positive);

    // A file that cannot be written is reported, not silently dropped.
    m_widget->exportReport(m_dir.filePath(QStringLiteral("no/such/dir/audit.json")),
                           AuditWidget::ExportFormat::Json);
    QVERIFY(waitForSignals(exported, 3));
    QVERIFY(!exported.at(2).at(1).toBool());
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Error);
}

void TestAuditWidget::showNodeAsksForThePath()
{
    m_widget->selectFinding(Deviation);
    QSignalSpy show(m_widget.get(), &AuditWidget::showNode);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(QStringLiteral("auditShowNode")),
                      Qt::LeftButton);
    QCOMPARE(show.count(), 1);
    QCOMPARE(show.constFirst().at(0).toString(), Deviation);
}

void TestAuditWidget::fixGoesThroughTheRecursiveDialog()
{
    m_widget->selectFinding(Deviation);
    const AuditFinding finding = m_widget->selectedFindings().constFirst();
    const AclChangePlan plan = m_widget->fixPlan({finding});
    QVERIFY(!plan.items.isEmpty());
    QCOMPARE(plan.items.constFirst().path, Deviation);

    QTest::mouseClick(m_widget->findChild<QPushButton *>(QStringLiteral("auditFix")),
                      Qt::LeftButton);
    RecursiveAclDialog *dialog = m_widget->fixDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->purpose(), RecursiveAclDialog::Purpose::Fix);
    QSignalSpy dryRun(dialog, &RecursiveAclDialog::dryRunFinished);
    QVERIFY(waitForSignals(dryRun, 1, 30000));
    QVERIFY(dryRun.constFirst().at(0).toBool());
    QVERIFY(dialog->plan().changeCount() >= 1);
    QCOMPARE(dialog->plan().items.constFirst().path, Deviation);
    QCOMPARE(AclSyntax::formatAcl(dialog->plan().items.constFirst().before),
             QStringLiteral("world:anyone:cdrwa"));
    // Nothing is written before the admin confirms.
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(Deviation)), QStringLiteral("world:anyone:cdrwa"));

    dialog->setJournalFile(m_dir.filePath(QStringLiteral("fix-journal.json")));
    QSignalSpy applied(dialog, &RecursiveAclDialog::applyFinished);
    dialog->apply();
    QMessageBox *box = waitForMessageBox(dialog, QStringLiteral("applyConfirmation"));
    QVERIFY(box);
    QVERIFY(answerMessageBox(box, QStringLiteral("confirm")));
    QVERIFY(waitForSignals(applied, 1, 60000));
    QVERIFY2(applied.constFirst().at(0).toBool(), qPrintable(dialog->reportText()));
    QCOMPARE(m_super->acl(Deviation), finding.recommended);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("fix-journal.json"))));
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Positive);
    dialog->close();
    QTRY_VERIFY(!m_widget->fixDialog());

    QVERIFY(runAudit(m_widget.get()));
    QCOMPARE(findingPaths(m_widget->report()), QStringList());
    QVERIFY(!m_widget->findChild<QPushButton *>(QStringLiteral("auditFix"))->isEnabled());
}

void TestAuditWidget::badRootIsRefused()
{
    m_widget->setRoot(QStringLiteral("brokers"));
    QSignalSpy finished(m_widget.get(), &AuditWidget::auditFinished);
    m_widget->run();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Error);
    m_widget->setRoot(QStringLiteral("/"));
}

QTEST_MAIN(TestAuditWidget)
#include "tst_audit_widget.moc"
