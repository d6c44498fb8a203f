// SPDX-License-Identifier: GPL-3.0-or-later
// The ZooKeeper ACL editor against the real server (tests/support/zk_fixture), with the raw C
// API (tests/support/zk_oracle) as the judge of what the server holds: read and apply with the
// aversion, a stale aversion that changes nothing and shows both versions, the lockout guard's
// confirmation, the digest generator, invalid and empty ACLs that cannot be applied, presets,
// read-only sessions.
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/audit.h"
#include "models/zookeeper/acl_table_model.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"
#include "tests/ui/zk_dialog_test_support.h"
#include "ui/banner_widget.h"
#include "ui/zookeeper/acl_editor_widget.h"
#include "ui/zookeeper/acl_table_editor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Portier;
using namespace Portier::Test;

namespace {

QString aliceId()
{
    return AclSyntax::digestId(u"alice", u"alice-secret");
}

/// "digest:<user>:<hash of user-secret>": this fixture has no SASL provider, so ACLs that
/// name other identities use digest ids.
QString digestOf(const char *user)
{
    const QString name = QString::fromLatin1(user);
    return QStringLiteral("digest:") +
           AclSyntax::digestId(name, QString(name + QStringLiteral("-secret")));
}

DigestCredential alice()
{
    return DigestCredential{QStringLiteral("alice"), QStringLiteral("alice-secret")};
}

} // namespace

class TestAclEditorWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void readsTheAclAndShowsTheCommand();
    void editAndApply();
    void digestGeneratorForgetsThePassword();
    void invalidEntriesBlockApply();
    void emptyAclIsRefused();
    void staleAversionShowsBothVersionsAndChangesNothing();
    void staleAversionReloadTheirs();
    void lockoutGuardCancelChangesNothing();
    void lockoutGuardNotAskedWhenAdminStays();
    void textEditAndParseErrors();
    void presets();
    void readOnlySessionOnlyViews();
    void unreadableNodeIsReported();

private:
    bool loadNode(AclEditorWidget *widget, const QString &path);
    bool createNode(const QString &path, const QString &acl);

    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;
    std::shared_ptr<ZkSession> m_session; ///< alice (digest)
    AclEditorWidget *m_widget = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAclEditorWidget::initTestCase()
{
    m_server = std::make_unique<ZkFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
    m_session = openZkSession(m_server->connectString(), {alice()});
    QVERIFY(m_session);
}

void TestAclEditorWidget::cleanupTestCase()
{
    m_session.reset();
    m_super.reset();
    m_server.reset();
}

void TestAclEditorWidget::init()
{
    m_widget = new AclEditorWidget(m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_widget->editor()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_widget->resize(900, 500);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void TestAclEditorWidget::cleanup()
{
    m_tester.reset();
    delete m_widget;
    m_widget = nullptr;
}

bool TestAclEditorWidget::createNode(const QString &path, const QString &acl)
{
    m_super->remove(path);
    if (!m_super->create(path, QByteArray("x"), parseAclOrDie(acl))) {
        qWarning("create %s: %s", qPrintable(path), qPrintable(m_super->lastError()));
        return false;
    }
    return true;
}

bool TestAclEditorWidget::loadNode(AclEditorWidget *widget, const QString &path)
{
    QSignalSpy loaded(widget, &AclEditorWidget::loaded);
    widget->setNode(path);
    if (!waitForSignals(loaded, 1, 20000)) {
        qWarning("no ACL read for %s; session state %d; client log:\n%s", qPrintable(path),
                 int(m_session->state()),
                 qPrintable(m_session->clientLog()
                                .mid(m_session->clientLog().size() - 30)
                                .join(QLatin1Char('\n'))));
        return false;
    }
    if (!loaded.constLast().at(0).toBool())
        qWarning("reading %s failed: %s", qPrintable(path), qPrintable(widget->banner()->text()));
    return loaded.constLast().at(0).toBool();
}

void TestAclEditorWidget::readsTheAclAndShowsTheCommand()
{
    const QString path = QStringLiteral("/editor-read");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa,digest:%1:r").arg(aliceId())));
    QVERIFY(loadNode(m_widget, path));
    QCOMPARE(m_widget->aversion(), 0);
    QCOMPARE(m_widget->editor()->model()->rowCount(), 2);
    QCOMPARE(m_widget->editor()->aclText(),
             QStringLiteral("world:anyone:cdrwa,digest:%1:r").arg(aliceId()));
    QCOMPARE(m_widget->commandPreview(),
             QStringLiteral("setAcl -v 0 %1 world:anyone:cdrwa,digest:%2:r").arg(path, aliceId()));
    QVERIFY(!m_widget->isModified());
    QVERIFY(!m_widget->applyButton()->isEnabled()); // nothing to apply yet
    QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("aclNodeLabel"))
                ->text()
                .contains(QStringLiteral("ACL version 0")));
}

void TestAclEditorWidget::editAndApply()
{
    const QString path = QStringLiteral("/editor-apply");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));

    // Uncheck world's delete through the model, as a click on the checkbox does.
    AclTableModel *model = m_widget->editor()->model();
    QVERIFY(model->setData(model->index(0, AclTableModel::DeleteColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    // And add an ip entry with the Add button, edited in place.
    QTest::mouseClick(m_widget->findChild<QToolButton *>(QStringLiteral("aclAddEntry")),
                      Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->setData(model->index(1, AclTableModel::SchemeColumn), QStringLiteral("ip")));
    QVERIFY(model->setData(model->index(1, AclTableModel::IdColumn), QStringLiteral("127.0.0.1")));
    QVERIFY(model->setData(model->index(1, AclTableModel::PermsColumn), QStringLiteral("rw")));
    QVERIFY(m_widget->isModified());
    const QString expected = QStringLiteral("world:anyone:crwa,ip:127.0.0.1:rw");
    QCOMPARE(m_widget->editor()->aclText(), expected);
    QCOMPARE(m_widget->commandPreview(), QStringLiteral("setAcl -v 0 %1 %2").arg(path, expected));
    QVERIFY(m_widget->applyButton()->isEnabled());

    QSignalSpy applied(m_widget, &AclEditorWidget::aclApplied);
    QSignalSpy loaded(m_widget, &AclEditorWidget::loaded);
    QTest::mouseClick(m_widget->applyButton(), Qt::LeftButton);
    QVERIFY(waitForSignals(applied, 1, 20000));
    QCOMPARE(applied.constFirst().at(0).toString(), path);
    int aversion = -1;
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)), expected);
    QCOMPARE(aversion, 1);
    // The widget reads the ACL back with its new version.
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(m_widget->aversion(), 1);
    QVERIFY(!m_widget->isModified());
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Positive);
}

void TestAclEditorWidget::digestGeneratorForgetsThePassword()
{
    const QString path = QStringLiteral("/editor-digest");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    auto *user = m_widget->findChild<QLineEdit *>(QStringLiteral("digestUser"));
    auto *password = m_widget->findChild<QLineEdit *>(QStringLiteral("digestPassword"));
    auto *generate = m_widget->findChild<QToolButton *>(QStringLiteral("digestGenerate"));
    QVERIFY(user && password && generate);
    QVERIFY(!generate->isEnabled());
    QTest::keyClicks(user, QStringLiteral("bob"));
    QTest::keyClicks(password, QStringLiteral("bob-secret"));
    QVERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);

    const QString id = AclSyntax::digestId(u"bob", u"bob-secret");
    QVERIFY(password->text().isEmpty());
    QCOMPARE(m_widget->editor()->generatedDigest(), id);
    QCOMPARE(m_widget->editor()->model()->rowCount(), 2);
    QCOMPARE(m_widget->editor()->model()->entry(1),
             (AclEntry{QStringLiteral("digest"), id, ZkPerm::All}));
    // Nothing in the widget holds the password any more.
    const QList<QLineEdit *> edits = m_widget->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(QStringLiteral("bob-secret")));

    // With a digest row selected, the generator replaces that row's id (its perms stay).
    AclTableModel *model = m_widget->editor()->model();
    QVERIFY(model->setData(model->index(1, AclTableModel::PermsColumn), QStringLiteral("r")));
    m_widget->editor()->view()->setCurrentIndex(model->index(1, AclTableModel::IdColumn));
    QTest::keyClicks(password, QStringLiteral("other"));
    QCOMPARE(m_widget->editor()->generateDigest(), AclSyntax::digestId(u"bob", u"other"));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->entry(1).id, AclSyntax::digestId(u"bob", u"other"));
    QCOMPARE(model->entry(1).perms, int(ZkPerm::Read));

    // Apply it and let the server tell that bob's digest is what it expects: bob reads.
    QSignalSpy applied(m_widget, &AclEditorWidget::applyFinished);
    m_widget->apply();
    QVERIFY(waitForSignals(applied, 1, 20000));
    QVERIFY(applied.constFirst().at(0).toBool());
    ZkOracle bob(m_server->connectString(), {QStringLiteral("bob:other")});
    QVERIFY(bob.isConnected());
    QCOMPARE(AclSyntax::formatAcl(bob.acl(path)), QStringLiteral("world:anyone:cdrwa,digest:%1:r")
                                                      .arg(AclSyntax::digestId(u"bob", u"other")));
}

void TestAclEditorWidget::invalidEntriesBlockApply()
{
    const QString path = QStringLiteral("/editor-invalid");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    AclTableModel *model = m_widget->editor()->model();
    QVERIFY(model->setData(model->index(0, AclTableModel::IdColumn), QStringLiteral("everyone")));
    QVERIFY(!model->rowError(0).isEmpty());
    QVERIFY(!m_widget->applyButton()->isEnabled());
    auto *validation = m_widget->findChild<QLabel *>(QStringLiteral("aclValidation"));
    QVERIFY(validation->isVisible());
    QCOMPARE(validation->text(), model->validationMessage());
    QCOMPARE(model->index(0, AclTableModel::NoteColumn).data().toString(), model->rowError(0));

    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    m_widget->apply();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Error);
    int aversion = -1;
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)),
             QStringLiteral("world:anyone:cdrwa"));
    QCOMPARE(aversion, 0);

    // A bad digest id and a bad ip are refused the same way.
    QVERIFY(model->setData(model->index(0, AclTableModel::IdColumn), QStringLiteral("anyone")));
    QVERIFY(model->isValid());
    QVERIFY(model->setData(model->index(0, AclTableModel::PermsColumn), QStringLiteral("cdrw")));
    QVERIFY(m_widget->applyButton()->isEnabled());
    model->addEntry(AclEntry{QStringLiteral("ip"), QStringLiteral("10.0.0.300"), ZkPerm::Read});
    QVERIFY(!m_widget->applyButton()->isEnabled());
    QVERIFY(model->removeRows(1, 1));
    model->addEntry(AclEntry{QStringLiteral("digest"), QStringLiteral("bob"), ZkPerm::Read});
    QVERIFY(!m_widget->applyButton()->isEnabled());
}

void TestAclEditorWidget::emptyAclIsRefused()
{
    const QString path = QStringLiteral("/editor-empty");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    m_widget->editor()->view()->selectAll();
    QTest::mouseClick(m_widget->findChild<QToolButton *>(QStringLiteral("aclRemoveEntry")),
                      Qt::LeftButton);
    QCOMPARE(m_widget->editor()->model()->rowCount(), 0);
    QVERIFY(!m_widget->applyButton()->isEnabled());
    QVERIFY(m_widget->applyButton()->toolTip().contains(QStringLiteral("empty ACL")));
    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    m_widget->apply();
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_widget->banner()->text().contains(QStringLiteral("empty ACL")));
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path)), QStringLiteral("world:anyone:cdrwa"));
}

void TestAclEditorWidget::staleAversionShowsBothVersionsAndChangesNothing()
{
    const QString path = QStringLiteral("/editor-stale");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    QCOMPARE(m_widget->aversion(), 0);

    // Someone else changes the ACL meanwhile.
    const QString theirs = QStringLiteral("world:anyone:cdrwa,%1:r").arg(digestOf("kafka"));
    QVERIFY(m_super->setAcl(path, parseAclOrDie(theirs)));

    const QString mine = QStringLiteral("world:anyone:cdrwa,ip:127.0.0.1:r");
    QVERIFY(m_widget->editor()->setAclText(mine));
    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    QSignalSpy applied(m_widget, &AclEditorWidget::aclApplied);
    QTest::mouseClick(m_widget->applyButton(), Qt::LeftButton);
    QVERIFY(waitForSignals(finished, 1, 20000));
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(applied.count(), 0);

    // Nothing was overwritten, both versions are shown.
    int aversion = -1;
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)), theirs);
    QCOMPARE(aversion, 1);
    QVERIFY(m_widget->isConflictShown());
    QCOMPARE(m_widget->findChild<QLineEdit *>(QStringLiteral("aclConflictMine"))->text(), mine);
    QCOMPARE(m_widget->findChild<QLineEdit *>(QStringLiteral("aclConflictTheirs"))->text(), theirs);
    QCOMPARE(m_widget->theirAversion(), 1);
    QCOMPARE(m_widget->banner()->kind(), BannerWidget::Kind::Warning);
    QVERIFY(!m_widget->applyButton()->isEnabled());
    // The editor still holds the admin's version.
    QCOMPARE(m_widget->editor()->aclText(), mine);

    // The admin decides to re-apply theirs-overwriting: on their aversion now.
    auto *reapply = m_widget->findChild<QPushButton *>(QStringLiteral("aclReapplyMine"));
    QVERIFY(reapply->text().contains(QStringLiteral("1")));
    QTest::mouseClick(reapply, Qt::LeftButton);
    QVERIFY(waitForSignals(applied, 1, 20000));
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)), mine);
    QCOMPARE(aversion, 2);
    QVERIFY(!m_widget->isConflictShown());
}

void TestAclEditorWidget::staleAversionReloadTheirs()
{
    const QString path = QStringLiteral("/editor-stale-reload");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    // Theirs keeps world's ADMIN: alice may still try, and the server answers BADVERSION.
    const QString theirs = QStringLiteral("world:anyone:cdrwa,%1:cdrwa").arg(digestOf("kafka"));
    QVERIFY(m_super->setAcl(path, parseAclOrDie(theirs)));
    QVERIFY(m_widget->editor()->setAclText(QStringLiteral("world:anyone:cdrwa,ip:10.1.0.0/16:r")));
    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    m_widget->apply();
    QVERIFY(waitForSignals(finished, 1, 20000));
    QVERIFY2(m_widget->isConflictShown(), qPrintable(m_widget->banner()->text()));

    QSignalSpy loaded(m_widget, &AclEditorWidget::loaded);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(QStringLiteral("aclReloadTheirs")),
                      Qt::LeftButton);
    QVERIFY(waitForSignals(loaded, 1, 20000));
    QVERIFY(!m_widget->isConflictShown());
    QCOMPARE(m_widget->editor()->aclText(), theirs);
    QCOMPARE(m_widget->aversion(), 1);
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path)), theirs);
}

void TestAclEditorWidget::lockoutGuardCancelChangesNothing()
{
    const QString path = QStringLiteral("/editor-lockout");
    const QString before = QStringLiteral("digest:%1:cdrwa").arg(aliceId());
    QVERIFY(createNode(path, before));
    QVERIFY(loadNode(m_widget, path));
    const QString lockedOut = QStringLiteral("world:anyone:r,%1:cdrwa").arg(digestOf("kafka"));
    QVERIFY(m_widget->editor()->setAclText(lockedOut));

    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    QVERIFY2(m_widget->applyButton()->isEnabled(), qPrintable(m_widget->applyButton()->toolTip()));
    QTest::mouseClick(m_widget->applyButton(), Qt::LeftButton);
    QMessageBox *box = waitForMessageBox(m_widget, QStringLiteral("lockoutConfirmation"));
    QVERIFY2(box, qPrintable(m_widget->banner()->text()));
    QVERIFY(box);
    QCOMPARE(m_widget->lockoutConfirmation(), box);
    QVERIFY(box->text().contains(QStringLiteral("no longer be able to change this node's ACL")));
    QVERIFY(box->text().contains(QStringLiteral("super user")));
    QVERIFY(box->text().contains(path));
    QVERIFY(!m_widget->applyButton()->isEnabled()); // one decision at a time

    QVERIFY(answerMessageBox(box, QString())); // Cancel
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.constFirst().at(0).toBool());
    int aversion = -1;
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)), before);
    QCOMPARE(aversion, 0);

    // Confirmed, the change goes through.
    m_widget->apply();
    box = waitForMessageBox(m_widget, QStringLiteral("lockoutConfirmation"));
    QVERIFY(box);
    QVERIFY(answerMessageBox(box, QStringLiteral("confirmLockout")));
    QVERIFY(waitForSignals(finished, 2, 20000));
    QVERIFY(finished.constLast().at(0).toBool());
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path, &aversion)), lockedOut);
    QCOMPARE(aversion, 1);
}

void TestAclEditorWidget::lockoutGuardNotAskedWhenAdminStays()
{
    const QString path = QStringLiteral("/editor-keeps-admin");
    QVERIFY(createNode(path, QStringLiteral("digest:%1:cdrwa").arg(aliceId())));
    QVERIFY(loadNode(m_widget, path));
    // auth expands to alice's digest identity: she keeps ADMIN.
    QVERIFY(m_widget->editor()->setAclText(QStringLiteral("auth::cdrwa,world:anyone:r")));
    QVERIFY(m_widget->editor()
                ->model()
                ->index(0, AclTableModel::NoteColumn)
                .data()
                .toString()
                .contains(aliceId()));
    QSignalSpy finished(m_widget, &AclEditorWidget::applyFinished);
    QSignalSpy loaded(m_widget, &AclEditorWidget::loaded);
    m_widget->apply();
    QVERIFY(!m_widget->lockoutConfirmation());
    QVERIFY(waitForSignals(finished, 1, 20000));
    QVERIFY(finished.constFirst().at(0).toBool());
    // The server stored the expansion; the editor shows it after reading back.
    const QString expanded = QStringLiteral("digest:%1:cdrwa,world:anyone:r").arg(aliceId());
    QCOMPARE(AclSyntax::formatAcl(m_super->acl(path)), expanded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(m_widget->editor()->aclText(), expanded);
}

void TestAclEditorWidget::textEditAndParseErrors()
{
    const QString path = QStringLiteral("/editor-text");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    auto *text = m_widget->findChild<QLineEdit *>(QStringLiteral("aclText"));
    QCOMPARE(text->text(), QStringLiteral("world:anyone:cdrwa"));

    text->clear();
    QTest::keyClicks(text, QStringLiteral("world:anyone:rq"));
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(!m_widget->editor()->textError().isEmpty());
    QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("aclTextError"))->isVisible());
    QCOMPARE(m_widget->editor()->aclText(), QStringLiteral("world:anyone:cdrwa")); // unchanged

    text->clear();
    QTest::keyClicks(text, QStringLiteral("sasl:hbase:cdrwa, world:anyone:r"));
    QTest::mouseClick(m_widget->findChild<QToolButton *>(QStringLiteral("aclTextApply")),
                      Qt::LeftButton);
    QVERIFY(m_widget->editor()->textError().isEmpty());
    QCOMPARE(m_widget->editor()->model()->rowCount(), 2);
    QCOMPARE(m_widget->editor()->aclText(), QStringLiteral("sasl:hbase:cdrwa,world:anyone:r"));
    QCOMPARE(text->text(), QStringLiteral("sasl:hbase:cdrwa,world:anyone:r"));
}

void TestAclEditorWidget::presets()
{
    const QString path = QStringLiteral("/brokers");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    QVERIFY(loadNode(m_widget, path));
    AclTableEditor *editor = m_widget->editor();

    editor->applyPreset(AclTableEditor::Preset::ServiceOnly, QStringLiteral("kafka"));
    QCOMPARE(editor->aclText(), QStringLiteral("sasl:kafka:cdrwa"));
    editor->applyPreset(AclTableEditor::Preset::WorldReadableServiceWritable,
                        QStringLiteral("digest:") + aliceId());
    QCOMPARE(editor->aclText(), QStringLiteral("world:anyone:r,digest:%1:cdrwa").arg(aliceId()));

    // Through the menu: the service principal is asked for.
    QAction *serviceOnly = m_widget->findChild<QAction *>(QStringLiteral("presetServiceOnly"));
    QVERIFY(serviceOnly);
    serviceOnly->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_widget->findChild<QInputDialog *>(
                     QStringLiteral("servicePrincipalDialog"))) != nullptr);
    ask->setTextValue(QStringLiteral("hbase"));
    ask->accept();
    QCOMPARE(editor->aclText(), QStringLiteral("sasl:hbase:cdrwa"));

    // The component profiles of the audit.
    const AuditComponentProfile *kafka =
        AuditProfiles::builtIn().component(QStringLiteral("kafka"));
    QVERIFY(kafka);
    QVERIFY(!kafka->rules.isEmpty());
    editor->applyProfileRule(kafka->rules.constFirst(), true);
    QCOMPARE(editor->acl(), kafka->rules.constFirst().secure);
    editor->applyProfileRule(kafka->rules.constFirst(), false);
    QCOMPARE(editor->acl(), kafka->rules.constFirst().unsecure);
}

void TestAclEditorWidget::readOnlySessionOnlyViews()
{
    const QString path = QStringLiteral("/editor-readonly");
    QVERIFY(createNode(path, QStringLiteral("world:anyone:cdrwa")));
    std::shared_ptr<ZkSession> readOnly = openZkSession(m_server->connectString(), {}, true);
    QVERIFY(readOnly);
    QVERIFY(readOnly->isReadOnly());
    AclEditorWidget widget(readOnly);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(loadNode(&widget, path));
    QCOMPARE(widget.editor()->aclText(), QStringLiteral("world:anyone:cdrwa"));
    QVERIFY(widget.applyButton()->isHidden());
    QVERIFY(widget.editor()->isReadOnly());
    AclTableModel *model = widget.editor()->model();
    QVERIFY(!(model->index(0, AclTableModel::IdColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(model->index(0, AclTableModel::ReadColumn), Qt::Unchecked,
                            Qt::CheckStateRole));
    QVERIFY(!widget.findChild<QToolButton *>(QStringLiteral("aclAddEntry"))->isEnabled());
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("aclNodeLabel"))
                ->text()
                .contains(QStringLiteral("read-only")));
    QSignalSpy finished(&widget, &AclEditorWidget::applyFinished);
    widget.apply();
    QCOMPARE(finished.count(), 0); // nothing to apply, nothing sent
}

void TestAclEditorWidget::unreadableNodeIsReported()
{
    const QString path = QStringLiteral("/editor-secret");
    QVERIFY(createNode(path, digestOf("kafka") + QStringLiteral(":cdrwa")));
    QSignalSpy loaded(m_widget, &AclEditorWidget::loaded);
    m_widget->setNode(path);
    QVERIFY(waitForSignals(loaded, 1, 20000));
    QVERIFY(!loaded.constFirst().at(0).toBool());
    QVERIFY(m_widget->banner()->isVisible());
    QVERIFY(m_widget->banner()->text().contains(path));
    QVERIFY(!m_widget->applyButton()->isEnabled());
}

QTEST_MAIN(TestAclEditorWidget)
#include "tst_acl_editor_widget.moc"
