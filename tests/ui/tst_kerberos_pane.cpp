// SPDX-License-Identifier: GPL-3.0-or-later
// The Kerberos pane against a real MIT KDC (tests/support/kdc_fixture): listing, kinit through
// the dialog, in-place refreshes (also from outside the program), the actions, evidence on
// failure, keytabs by drag and drop, and Cancel while a KDC never answers.
#include "backends/core/backend_context.h"
#include "models/credential_cache_model.h"
#include "models/credential_cache_proxy_model.h"
#include "models/keytab_model.h"
#include "models/log_excerpt_model.h"
#include "tests/support/event_loop_latency_probe.h"
#include "tests/support/kdc_fixture.h"
#include "tests/support/klist_oracle.h"
#include "ui/banner_widget.h"
#include "ui/kerberos_pane.h"
#include "ui/kinit_dialog.h"
#include "ui/main_window.h"
#include "ui/operation_widget.h"
#include "ui/result_evidence_view.h"
#include "ui/ticket_timeline_widget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QUrl>

using namespace Portier;
using namespace Portier::Test;
using Account = KdcFixture::Account;

class TestKerberosPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void windowHasThePane();
    void listsTheFixtureCaches();
    void kinitThroughTheDialogAddsRowsInPlace();
    void outsideChangesRefreshInPlace();
    void actionsFollowTheSelection();
    void renewSelectedCache();
    void makePrimary();
    void wrongPasswordShowsEvidence();
    void kinitDialogPicksPrincipalsFromTheKeytab();
    void droppedKeytabOpensAndTests();
    void destroyAfterConfirmation();
    void cancelWhileTheKdcIsSilent();

private:
    bool runKinit(const QStringList &args, const QString &password, QString *output);
    const CredentialCache *cacheOf(const QString &principal) const;
    KinitDialog *openKinitDialog();
    void fillAndAccept(KinitDialog *dialog, const QString &principal, const QString &password,
                       KinitRequest::Target target = KinitRequest::Target::Default);

    KdcFixture m_kdc;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    KerberosPane *m_pane = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

bool TestKerberosPane::runKinit(const QStringList &args, const QString &password, QString *output)
{
    QProcess kinit;
    kinit.setEnvironment(m_kdc.processEnvironment());
    kinit.setProcessChannelMode(QProcess::MergedChannels);
    kinit.start(QStringLiteral("/usr/bin/kinit"), args);
    if (!kinit.waitForStarted())
        return false;
    kinit.write(password.toUtf8() + '\n');
    kinit.closeWriteChannel();
    const bool done = kinit.waitForFinished(30000);
    *output = QString::fromUtf8(kinit.readAll());
    return done && kinit.exitStatus() == QProcess::NormalExit && kinit.exitCode() == 0;
}

const CredentialCache *TestKerberosPane::cacheOf(const QString &principal) const
{
    for (const CredentialCache &cache : m_pane->cacheModel()->collection().caches) {
        if (cache.principal == principal)
            return &cache;
    }
    return nullptr;
}

KinitDialog *TestKerberosPane::openKinitDialog()
{
    m_pane->action(KerberosPane::Action::GetTicket)->trigger();
    KinitDialog *dialog = m_pane->kinitDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestKerberosPane::fillAndAccept(KinitDialog *dialog, const QString &principal,
                                     const QString &password, KinitRequest::Target target)
{
    auto *principalBox = dialog->findChild<QComboBox *>(QStringLiteral("principal"));
    principalBox->lineEdit()->clear();
    QTest::keyClicks(principalBox->lineEdit(), principal);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(passwordEdit, password);
    auto *targetBox = dialog->findChild<QComboBox *>(QStringLiteral("target"));
    targetBox->setCurrentIndex(targetBox->findData(int(target)));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestKerberosPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_kdc.start(&error), qPrintable(error));

    // A renewable, forwardable TGT for alice before the window opens.
    QString output;
    QVERIFY2(runKinit({QStringLiteral("-r"), QStringLiteral("2d"), QStringLiteral("-f"),
                       KdcFixture::principal(Account::Alice)},
                      KdcFixture::password(Account::Alice), &output),
             qPrintable(output));

    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_pane = m_window->kerberosPane();
    QVERIFY(m_pane);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->cacheModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(m_pane, &KerberosPane::collectionRefreshed);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
    QCOMPARE(refreshed.first().first().toBool(), true);
}

void TestKerberosPane::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    if (m_context)
        m_context->shutdown();
    m_kdc.stop();
}

void TestKerberosPane::windowHasThePane()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Portier"));
    QVERIFY(m_window->panes().contains(m_pane)); // beside the ZooKeeper pane
    QCOMPARE(m_window->currentPane(), m_pane);
    QCOMPARE(m_pane->title(), QStringLiteral("Kerberos"));
    QVERIFY(!m_pane->icon().isNull());
    QCOMPARE(m_pane->menuActions().size(), 7);
}

void TestKerberosPane::listsTheFixtureCaches()
{
    KlistOracle klist(m_kdc.processEnvironment());
    QString error;
    const auto expected = klist.collection(&error);
    QVERIFY2(expected, qPrintable(error));
    const CacheCollection &shown = m_pane->cacheModel()->collection();
    QCOMPARE(shown.caches.size(), expected->size());
    for (const KlistCollectionEntry &entry : *expected) {
        const CredentialCache *cache = shown.find(entry.cacheName);
        QVERIFY2(cache, qPrintable(entry.cacheName));
        QCOMPARE(cache->principal, entry.principal);
    }

    const CredentialCache *alice = cacheOf(KdcFixture::principal(Account::Alice));
    QVERIFY(alice);
    QVERIFY(alice->tgt());
    QVERIFY(alice->tgt()->flags.contains(QLatin1Char('R')));
    const QModelIndex aliceIndex =
        m_pane->cacheProxy()->mapFromSource(m_pane->cacheModel()->indexForCache(alice->name));
    QVERIFY(aliceIndex.isValid());
    QVERIFY(m_pane->cacheView()->isExpanded(aliceIndex));
    QVERIFY(m_pane->cacheProxy()->rowCount(aliceIndex) >= 1);
    // The primary cache is selected on first sight and the timeline shows its tickets.
    QCOMPARE(m_pane->selectedCacheName(), shown.primary()->name);
    QCOMPARE(m_pane->timeline()->cacheName(), shown.primary()->name);
    QVERIFY(m_pane->timeline()->barCount() >= 1);
    QVERIFY(!m_pane->banner()->isVisible());
}

void TestKerberosPane::kinitThroughTheDialogAddsRowsInPlace()
{
    QSignalSpy resets(m_pane->cacheModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_pane->cacheModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);

    KinitDialog *dialog = openKinitDialog();
    QVERIFY(dialog);
    QPointer<QLineEdit> password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *principalBox = dialog->findChild<QComboBox *>(QStringLiteral("principal"));
    principalBox->lineEdit()->clear();
    QTest::keyClicks(principalBox->lineEdit(), KdcFixture::principal(Account::Bob));
    QTest::keyClicks(password, KdcFixture::password(Account::Bob));
    auto *lifetime = dialog->findChild<QLineEdit *>(QStringLiteral("lifetime"));
    QTest::keyClicks(lifetime, QStringLiteral("4h"));
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("target"));
    target->setCurrentIndex(target->findData(int(KinitRequest::Target::NewInCollection)));

    // The command line follows the fields and never shows the password.
    const QString preview = dialog->commandPreview();
    QVERIFY2(preview.startsWith(QStringLiteral("kinit")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("4h")), qPrintable(preview));
    QVERIFY2(preview.contains(KdcFixture::principal(Account::Bob)), qPrintable(preview));
    QVERIFY(!preview.contains(KdcFixture::password(Account::Bob)));

    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(password.isNull() || password->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(cacheOf(KdcFixture::principal(Account::Bob)), 10000);

    QCOMPARE(resets.count(), 0);
    QVERIFY(inserted.count() > 0);
    QVERIFY(m_pane->evidenceView()->isVisible());
    QVERIFY(!m_pane->evidenceView()->isFailure());
    QVERIFY2(m_pane->evidenceView()->titleText().startsWith(QStringLiteral("Get ticket: ")),
             qPrintable(m_pane->evidenceView()->titleText()));
    QVERIFY(m_pane->evidenceView()->commandText().startsWith(QStringLiteral("kinit")));
    QVERIFY(m_pane->operationWidget()->isHidden());
    QVERIFY(!m_pane->isBusy());
    // Alice's cache is still there, untouched by the reset-free update.
    QVERIFY(cacheOf(KdcFixture::principal(Account::Alice)));
}

void TestKerberosPane::outsideChangesRefreshInPlace()
{
    const CredentialCache *alice = cacheOf(KdcFixture::principal(Account::Alice));
    QVERIFY(alice && alice->tgt());
    const QString name = alice->name;
    const QPersistentModelIndex aliceIndex = m_pane->cacheModel()->indexForCache(name);
    QSignalSpy resets(m_pane->cacheModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_pane->cacheModel(), &QAbstractItemModel::dataChanged);

    // kinit from a terminal, twice: the second change is seen only if the watch survived the
    // first rewrite of the cache file.
    for (const QString &lifetime : {QStringLiteral("2h"), QStringLiteral("3h")}) {
        const QDateTime before = cacheOf(KdcFixture::principal(Account::Alice))->tgt()->authTime;
        QTest::qWait(1100); // kinit's times have second resolution
        QString output;
        QVERIFY2(runKinit({QStringLiteral("-c"), name, QStringLiteral("-l"), lifetime,
                           QStringLiteral("-r"), QStringLiteral("1d"),
                           KdcFixture::principal(Account::Alice)},
                          KdcFixture::password(Account::Alice), &output),
                 qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(
            cacheOf(KdcFixture::principal(Account::Alice)) &&
                cacheOf(KdcFixture::principal(Account::Alice))->tgt() &&
                cacheOf(KdcFixture::principal(Account::Alice))->tgt()->authTime > before,
            10000);
    }
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() > 0);
    QVERIFY(aliceIndex.isValid());
    const Credential *tgt = cacheOf(KdcFixture::principal(Account::Alice))->tgt();
    QVERIFY(qAbs(tgt->startTime.secsTo(tgt->endTime) - 3 * 3600) <= 5);
}

void TestKerberosPane::actionsFollowTheSelection()
{
    const CredentialCache *alice = cacheOf(KdcFixture::principal(Account::Alice));
    const CredentialCache *bob = cacheOf(KdcFixture::principal(Account::Bob));
    QVERIFY(alice && bob);
    QAction *renew = m_pane->action(KerberosPane::Action::Renew);
    QAction *destroy = m_pane->action(KerberosPane::Action::Destroy);
    QAction *primary = m_pane->action(KerberosPane::Action::MakePrimary);

    m_pane->selectCache(alice->name);
    QVERIFY(renew->isEnabled());
    QVERIFY(destroy->isEnabled());
    QCOMPARE(primary->isEnabled(), !alice->primary);
    QCOMPARE(m_pane->timeline()->cacheName(), alice->name);

    // Bob's policy allows no renewal: the action is off and says why.
    m_pane->selectCache(bob->name);
    QVERIFY(!renew->isEnabled());
    QVERIFY2(renew->toolTip().contains(QStringLiteral("not renewable")),
             qPrintable(renew->toolTip()));
    QCOMPARE(primary->isEnabled(), !bob->primary);

    // A ticket row counts as its cache.
    const QModelIndex aliceTgt = m_pane->cacheProxy()->mapFromSource(
        m_pane->cacheModel()->indexForCredential(alice->name, alice->tgt()->key()));
    m_pane->cacheView()->setCurrentIndex(aliceTgt);
    QCOMPARE(m_pane->selectedCacheName(), alice->name);
    QVERIFY(renew->isEnabled());

    m_pane->cacheView()->setCurrentIndex(QModelIndex());
    QVERIFY(!destroy->isEnabled());
    QVERIFY(!renew->isEnabled());
    QVERIFY(!primary->isEnabled());
    QVERIFY(m_pane->action(KerberosPane::Action::GetTicket)->isEnabled());
    QVERIFY(!m_pane->action(KerberosPane::Action::TestKeytab)->isEnabled()); // no keytab yet
}

void TestKerberosPane::renewSelectedCache()
{
    const CredentialCache *alice = cacheOf(KdcFixture::principal(Account::Alice));
    QVERIFY(alice);
    m_pane->selectCache(alice->name);
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);
    m_pane->action(KerberosPane::Action::Renew)->trigger();
    QVERIFY(m_pane->isBusy());
    QVERIFY(!m_pane->action(KerberosPane::Action::Renew)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(m_pane->evidenceView()->titleText().startsWith(QStringLiteral("Renew: ")),
             qPrintable(m_pane->evidenceView()->titleText()));
    QVERIFY2(m_pane->evidenceView()->commandText().contains(QStringLiteral("-R")),
             qPrintable(m_pane->evidenceView()->commandText()));
    QVERIFY(!m_pane->isBusy());
}

void TestKerberosPane::makePrimary()
{
    const CredentialCache *bob = cacheOf(KdcFixture::principal(Account::Bob));
    QVERIFY(bob);
    if (bob->primary) {
        const CredentialCache *alice = cacheOf(KdcFixture::principal(Account::Alice));
        QVERIFY(alice);
        bob = alice; // make the other one primary instead
    }
    const QString name = bob->name;
    QSignalSpy resets(m_pane->cacheModel(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);
    m_pane->selectCache(name);
    QVERIFY(m_pane->action(KerberosPane::Action::MakePrimary)->isEnabled());
    m_pane->action(KerberosPane::Action::MakePrimary)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->cacheModel()->collection().find(name) &&
                                 m_pane->cacheModel()->collection().find(name)->primary,
                             10000);
    QVERIFY(m_pane->cacheModel()
                ->indexForCache(name)
                .data(CredentialCacheModel::IsPrimaryRole)
                .toBool());
    QCOMPARE(resets.count(), 0);
    QVERIFY(!m_pane->action(KerberosPane::Action::MakePrimary)->isEnabled());
}

void TestKerberosPane::wrongPasswordShowsEvidence()
{
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);
    KinitDialog *dialog = openKinitDialog();
    QVERIFY(dialog);
    fillAndAccept(dialog, KdcFixture::principal(Account::Alice), QStringLiteral("not-the-password"),
                  KinitRequest::Target::NewInCollection);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toBool(), false);

    ResultEvidenceView *evidence = m_pane->evidenceView();
    QVERIFY(evidence->isVisible());
    QVERIFY(evidence->isFailure());
    QVERIFY2(evidence->titleText().startsWith(QStringLiteral("Get ticket failed: ")),
             qPrintable(evidence->titleText()));
    QVERIFY(evidence->commandText().startsWith(QStringLiteral("kinit")));
    QVERIFY2(evidence->traceModel()->rowCount() > 0, "the failure carries no trace");
    QVERIFY(m_pane->banner()->isVisible());
    QCOMPARE(m_pane->banner()->kind(), BannerWidget::Kind::Error);
    QVERIFY(!m_pane->isBusy());
}

void TestKerberosPane::kinitDialogPicksPrincipalsFromTheKeytab()
{
    KinitDialog *dialog = openKinitDialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &KinitDialog::keytabPrincipalsLoaded);
    dialog->findChild<QRadioButton *>(QStringLiteral("useKeytab"))->setChecked(true);
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("keytabPath"));
    path->clear();
    QTest::keyClicks(path, m_kdc.keytabPath());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(dialog->keytabPrincipals().contains(KdcFixture::principal(Account::Service)));
    QVERIFY(dialog->keytabPrincipals().contains(KdcFixture::principal(Account::Alice)));
    auto *principal = dialog->findChild<QComboBox *>(QStringLiteral("principal"));
    QCOMPARE(principal->count(), dialog->keytabPrincipals().size());
    QVERIFY2(dialog->commandPreview().contains(QStringLiteral("-k")),
             qPrintable(dialog->commandPreview()));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!m_pane->kinitDialog());
}

void TestKerberosPane::droppedKeytabOpensAndTests()
{
    QSignalSpy loaded(m_pane, &KerberosPane::keytabLoaded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_kdc.keytabPath())});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QCOMPARE(loaded.first().first().toBool(), true);

    KeytabModel *keytab = m_pane->keytabModel();
    QCOMPARE(keytab->listing().path, m_kdc.keytabPath());
    QVERIFY(keytab->listing().principals().contains(KdcFixture::principal(Account::Service)));
    QAbstractItemModelTester tester(keytab, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(m_pane->findChild<QTabWidget *>(QStringLiteral("kerberosTabs"))->currentIndex(), 1);
    QVERIFY(m_pane->action(KerberosPane::Action::TestKeytab)->isEnabled());

    // Test the service key: select its row, run the action.
    QTableView *view = m_pane->keytabView();
    QModelIndex serviceRow;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(KeytabModel::PrincipalRole).toString() ==
            KdcFixture::principal(Account::Service))
            serviceRow = index;
    }
    QVERIFY(serviceRow.isValid());
    view->setCurrentIndex(serviceRow);
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);
    const int cachesBefore = int(m_pane->cacheModel()->collection().caches.size());
    m_pane->action(KerberosPane::Action::TestKeytab)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(m_pane->evidenceView()->titleText()));
    QVERIFY2(m_pane->evidenceView()->titleText().startsWith(QStringLiteral("Test keytab: ")),
             qPrintable(m_pane->evidenceView()->titleText()));
    // A memory cache: the user's collection is unchanged.
    QTest::qWait(300);
    QCOMPARE(int(m_pane->cacheModel()->collection().caches.size()), cachesBefore);
}

void TestKerberosPane::destroyAfterConfirmation()
{
    const CredentialCache *bob = cacheOf(KdcFixture::principal(Account::Bob));
    QVERIFY(bob);
    const QString name = bob->name;
    m_pane->selectCache(name);
    QSignalSpy resets(m_pane->cacheModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_pane->cacheModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);
    m_pane->action(KerberosPane::Action::Destroy)->trigger();

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_pane->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(name));
    QAbstractButton *destroyButton = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            destroyButton = button;
    }
    QVERIFY(destroyButton);
    QTest::mouseClick(destroyButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->cacheModel()->collection().find(name), 10000);
    QCOMPARE(resets.count(), 0);
    QVERIFY(removed.count() > 0);
}

void TestKerberosPane::cancelWhileTheKdcIsSilent()
{
    SilentUdpPort silent;
    const QString config = m_kdc.writeAlternateConfig(
        QStringLiteral("silent"), QStringLiteral("127.0.0.1:%1").arg(silent.port()));
    qputenv("KRB5_CONFIG", config.toLocal8Bit());
    const auto restore =
        qScopeGuard([this] { qputenv("KRB5_CONFIG", m_kdc.krb5ConfPath().toLocal8Bit()); });

    QTRY_VERIFY(!m_pane->isBusy());
    const QString titleBefore = m_pane->evidenceView()->titleText();
    const QString bannerBefore =
        m_pane->banner()->isVisible() ? m_pane->banner()->text() : QString();
    const CacheCollection collectionBefore = m_pane->cacheModel()->collection();
    QSignalSpy finished(m_pane, &KerberosPane::commandFinished);

    EventLoopLatencyProbe probe;
    probe.start();
    KinitDialog *dialog = openKinitDialog();
    QVERIFY(dialog);
    fillAndAccept(dialog, KdcFixture::principal(Account::Alice),
                  KdcFixture::password(Account::Alice));
    OperationWidget *operation = m_pane->operationWidget();
    QTRY_VERIFY(operation->isVisible());
    QVERIFY(m_pane->isBusy());
    QVERIFY(!m_pane->action(KerberosPane::Action::GetTicket)->isEnabled());

    // The KDC never answers; the GUI keeps running meanwhile.
    QTest::qWait(1500);
    QVERIFY(operation->isVisible());
    QCOMPARE(finished.count(), 0);
    auto *cancel = operation->findChild<QPushButton *>(QStringLiteral("operationCancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);

    QVERIFY(operation->isHidden());
    QVERIFY(!m_pane->isBusy());
    QVERIFY(m_pane->action(KerberosPane::Action::GetTicket)->isEnabled());
    // Nothing is applied afterwards, whatever the abandoned request ends with.
    QTest::qWait(1500);
    probe.stop();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_pane->evidenceView()->titleText(), titleBefore);
    QCOMPARE(m_pane->banner()->isVisible() ? m_pane->banner()->text() : QString(), bannerBefore);
    QCOMPARE(m_pane->cacheModel()->collection().caches.size(), collectionBefore.caches.size());
    QVERIFY(probe.ticks() > 100);
    QVERIFY2(probe.worstMs() < 50,
             qPrintable(QStringLiteral("worst event loop latency %1 ms").arg(probe.worstMs())));
}

QTEST_MAIN(TestKerberosPane)
#include "tst_kerberos_pane.moc"
