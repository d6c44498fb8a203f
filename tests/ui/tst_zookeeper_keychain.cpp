// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog keeps digest passwords in the OS keychain, never in the settings, and the
// pane reads them back to connect: a private GNOME Keyring on a private D-Bus session
// (tests/support/with_gnome_keyring.sh under dbus-run-session) and the ZooKeeper fixture.
#include "backends/core/backend_context.h"
#include "backends/core/secret_store.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/znode_tree_model.h"
#include "tests/support/test_util.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "ui/main_window.h"
#include "ui/zookeeper/connection_dialog.h"
#include "ui/zookeeper/connection_tab.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <optional>

using namespace Portier;
using namespace Portier::Test;

namespace {

constexpr char16_t Password[] = u"alice-keychain-pw-7Qe";

} // namespace

class TestZooKeeperKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passwordGoesToTheKeychainAndBack();

private:
    ZkFixture m_zk;
    std::unique_ptr<ZkOracle> m_oracle;
    QThreadPool m_pool;
    std::unique_ptr<BackendContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestZooKeeperKeychain::initTestCase()
{
    const QString privateHome = qEnvironmentVariable("PORTIER_PRIVATE_KEYRING_HOME");
    if (privateHome.isEmpty())
        QSKIP("Run through ctest (dbus-run-session -- tests/support/with_gnome_keyring.sh): "
              "this test never uses the user's own keyring.");
    QCOMPARE(QDir(privateHome).canonicalPath(), QDir::home().canonicalPath());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QVERIFY2(m_zk.start(&error), qPrintable(error));
    m_oracle =
        std::make_unique<ZkOracle>(m_zk.connectString(), QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_oracle->isConnected(), qPrintable(m_oracle->lastError()));
    // Only alice (with the password kept in the keychain) may read /vault-of-alice.
    QVERIFY(m_oracle->create(
        QStringLiteral("/vault-of-alice"), "only alice",
        {AclEntry{QStringLiteral("digest"), AclSyntax::digestId(u"alice", QStringView(Password)),
                  ZkPerm::All}}));
    QVERIFY(m_oracle->create(
        QStringLiteral("/vault-of-alice/inner"), "i",
        {AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::All}}));
    m_pool.setMaxThreadCount(BackendContext::recommendedThreadCount());
    m_context = std::make_unique<BackendContext>(&m_pool);
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestZooKeeperKeychain::cleanupTestCase()
{
    m_window.reset();
    if (m_context)
        m_context->shutdown();
    m_oracle.reset();
}

void TestZooKeeperKeychain::passwordGoesToTheKeychainAndBack()
{
    ZooKeeperPane *pane = m_window->zookeeperPane();
    m_window->setCurrentPane(pane);
    pane->showConnectionDialog();
    ConnectionDialog *dialog = pane->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // A digest profile with one user and a typed password.
    dialog->newProfile();
    dialog->findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Alice"));
    dialog->findChild<QLineEdit *>(QStringLiteral("connectString"))->setText(m_zk.connectString());
    dialog->findChild<QRadioButton *>(QStringLiteral("authDigest"))->setChecked(true);
    auto *users = dialog->findChild<QTableWidget *>(QStringLiteral("digestUsers"));
    QVERIFY(users);
    const auto addUser = dialog->findChildren<QPushButton *>();
    QPushButton *add = nullptr;
    for (QPushButton *button : addUser) {
        if (button->objectName() == QLatin1String("addDigestUser"))
            add = button;
    }
    QVERIFY(add);
    add->click();
    QCOMPARE(users->rowCount(), 1);
    users->item(0, 0)->setText(QStringLiteral("alice"));
    auto *password = qobject_cast<QLineEdit *>(users->cellWidget(0, 1));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QString::fromUtf16(Password));

    QSignalSpy keychain(dialog, &ConnectionDialog::keychainFinished);
    QVERIFY2(dialog->saveCurrent(), qPrintable(dialog->messageText()));
    QVERIFY(keychain.wait(30000));
    QCOMPARE(keychain.first().first().toBool(), true);
    const ConnectionProfile profile = dialog->profiles().first();
    QCOMPARE(profile.digestUsers, QStringList{QStringLiteral("alice")});

    // The password is in the keychain under the profile's key, and nowhere in the settings.
    const auto stored = await(SecretStore().read(profile.keychainKey(QStringLiteral("alice"))));
    QVERIFY(stored.has_value());
    QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().message));
    QCOMPARE(stored->value(), QString::fromUtf16(Password));
    QSettings().sync();
    const QString settingsDir = QFileInfo(QSettings().fileName()).absolutePath();
    QVERIFY(!foundInFiles(settingsDir, QString::fromUtf16(Password).toUtf8()));

    // Reopened, the form shows the user as stored and asks for no password.
    dialog->reject();
    pane->showConnectionDialog();
    dialog = pane->connectionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(profile.id));
    users = dialog->findChild<QTableWidget *>(QStringLiteral("digestUsers"));
    password = qobject_cast<QLineEdit *>(users->cellWidget(0, 1));
    QVERIFY(password && password->text().isEmpty());
    QVERIFY(password->placeholderText().contains(QStringLiteral("keychain")));

    // Connecting without typing it: the pane reads it from the keychain, and the session is
    // alice's: the node only she may read is readable.
    QSignalSpy opened(pane, &ZooKeeperPane::connectionOpened);
    dialog->connectCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    auto *tab = opened.first().first().value<ConnectionTab *>();
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isConnected(), 20000);
    QVERIFY(tab->session()->identities().contains(AclEntry{
        QStringLiteral("digest"), AclSyntax::digestId(u"alice", QStringView(Password)), 0}));
    const auto data = await(tab->session()->getData(QStringLiteral("/vault-of-alice")));
    QVERIFY(data.has_value());
    QVERIFY2(data->ok(), qPrintable(data->ok() ? QString() : data->error().message));
    QCOMPARE(data->value().data, QByteArray("only alice"));
    pane->closeTab(tab);
    QTRY_VERIFY(pane->connectionTabs().isEmpty());

    // Removing the profile removes its password from the keychain.
    pane->showConnectionDialog();
    dialog = pane->connectionDialog();
    QVERIFY(dialog->selectProfile(profile.id));
    QSignalSpy removed(dialog, &ConnectionDialog::keychainFinished);
    dialog->removeCurrent();
    QVERIFY(removed.wait(30000));
    const auto gone = await(SecretStore().read(profile.keychainKey(QStringLiteral("alice"))));
    QVERIFY(gone.has_value());
    QVERIFY(!gone->ok());
    QVERIFY(gone->error().is(CoreError::NotFound));
    dialog->reject();
}

QTEST_MAIN(TestZooKeeperKeychain)
#include "tst_zookeeper_keychain.moc"
