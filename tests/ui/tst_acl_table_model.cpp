// SPDX-License-Identifier: GPL-3.0-or-later
// The editable ACL table under QAbstractItemModelTester: columns, checkboxes and cdrwa text in
// step, per-scheme validation at the row, auth rows, read-only and "permissions ignored" modes,
// and the lockout guard's rule (grantsAdmin).
#include "backends/zookeeper/acl_syntax.h"
#include "models/zookeeper/acl_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Portier;

namespace {

AclEntry entry(const QString &scheme, const QString &id, int perms)
{
    AclEntry e;
    e.scheme = scheme;
    e.id = id;
    e.perms = perms;
    return e;
}

// digest id of alice:secret (base64(sha1("alice:secret")), 28 characters).
QString aliceDigest()
{
    return AclSyntax::digestId(u"alice", u"secret");
}

} // namespace

class TestAclTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsEntries();
    void checkboxesAndTextStayInStep();
    void invalidPermsTextIsRefused();
    void schemeChangeResetsFixedIds();
    void addAndRemoveRows();
    void validation_data();
    void validation();
    void emptyAclIsRefused();
    void authRowsExplainTheirExpansion();
    void maskedDigestExplainsItself();
    void readOnlyRefusesEdits();
    void permissionsIgnoredForRemoval();
    void grantsAdmin_data();
    void grantsAdmin();

private:
    AclTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAclTableModel::init()
{
    m_model = new AclTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
}

void TestAclTableModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
    m_tester = nullptr;
}

void TestAclTableModel::showsEntries()
{
    QSignalSpy changed(m_model, &AclTableModel::aclChanged);
    m_model->setAcl({entry(QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All),
                     entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(AclTableModel::ColumnCount));

    auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, AclTableModel::SchemeColumn).toString(), QStringLiteral("sasl"));
    QCOMPARE(cell(0, AclTableModel::IdColumn).toString(), QStringLiteral("kafka"));
    QCOMPARE(cell(0, AclTableModel::PermsColumn).toString(), QStringLiteral("cdrwa"));
    QCOMPARE(cell(1, AclTableModel::PermsColumn).toString(), QStringLiteral("r"));
    for (int column = AclTableModel::CreateColumn; column <= AclTableModel::AdminColumn; ++column) {
        QCOMPARE(cell(0, column, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const bool read = column == AclTableModel::ReadColumn;
        QCOMPARE(cell(1, column, Qt::CheckStateRole).toInt(),
                 int(read ? Qt::Checked : Qt::Unchecked));
    }
    QVERIFY(cell(0, AclTableModel::ErrorRole).toString().isEmpty());
    QCOMPARE(cell(0, AclTableModel::SchemeColumn, AclTableModel::SchemesRole).toStringList(),
             AclTableModel::schemes());
    QCOMPARE(cell(1, 0, AclTableModel::EntryRole).value<AclEntry>(),
             entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read));
    QVERIFY(m_model->isValid());
    QCOMPARE(AclSyntax::formatAcl(m_model->acl()),
             QStringLiteral("sasl:kafka:cdrwa,world:anyone:r"));
    QCOMPARE(m_model->headerData(AclTableModel::AdminColumn, Qt::Horizontal).toString(),
             QStringLiteral("a"));
}

void TestAclTableModel::checkboxesAndTextStayInStep()
{
    m_model->setAcl({entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read)});
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy changed(m_model, &AclTableModel::aclChanged);

    QVERIFY(m_model->setData(m_model->index(0, AclTableModel::WriteColumn), Qt::Checked,
                             Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_model->index(0, AclTableModel::PermsColumn).data().toString(), QStringLiteral("rw"));

    QVERIFY(m_model->setData(m_model->index(0, AclTableModel::ReadColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    QCOMPARE(m_model->entry(0).perms, int(ZkPerm::Write));

    QVERIFY(m_model->setData(m_model->index(0, AclTableModel::PermsColumn), QStringLiteral("cda")));
    QCOMPARE(m_model->entry(0).perms, ZkPerm::Create | ZkPerm::Delete | ZkPerm::Admin);
    QCOMPARE(m_model->index(0, AclTableModel::AdminColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(m_model->index(0, AclTableModel::WriteColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(changed.count(), 3);

    // Setting the same value again changes nothing.
    QVERIFY(m_model->setData(m_model->index(0, AclTableModel::PermsColumn), QStringLiteral("acd")));
    QCOMPARE(changed.count(), 3);
}

void TestAclTableModel::invalidPermsTextIsRefused()
{
    m_model->setAcl({entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read)});
    QSignalSpy changed(m_model, &AclTableModel::aclChanged);
    QVERIFY(
        !m_model->setData(m_model->index(0, AclTableModel::PermsColumn), QStringLiteral("rxz")));
    QVERIFY(!m_model->setData(m_model->index(0, AclTableModel::PermsColumn), QStringLiteral("rr")));
    QCOMPARE(m_model->entry(0).perms, int(ZkPerm::Read));
    QCOMPARE(changed.count(), 0);
}

void TestAclTableModel::schemeChangeResetsFixedIds()
{
    m_model->setAcl({entry(QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All)});
    QVERIFY(
        m_model->setData(m_model->index(0, AclTableModel::SchemeColumn), QStringLiteral("world")));
    QCOMPARE(m_model->entry(0).id, QStringLiteral("anyone"));
    QVERIFY(
        m_model->setData(m_model->index(0, AclTableModel::SchemeColumn), QStringLiteral("auth")));
    QCOMPARE(m_model->entry(0).id, QString());
    QVERIFY(
        m_model->setData(m_model->index(0, AclTableModel::SchemeColumn), QStringLiteral("SASL")));
    QCOMPARE(m_model->entry(0).scheme, QStringLiteral("sasl"));
    QCOMPARE(m_model->entry(0).id, QString());
    QVERIFY(
        m_model->setData(m_model->index(0, AclTableModel::IdColumn), QStringLiteral(" hbase ")));
    QCOMPARE(m_model->entry(0).id, QStringLiteral("hbase"));
    // A typed id survives a scheme change between schemes with free ids.
    QVERIFY(
        m_model->setData(m_model->index(0, AclTableModel::SchemeColumn), QStringLiteral("x509")));
    QCOMPARE(m_model->entry(0).id, QStringLiteral("hbase"));
    QVERIFY(!m_model->setData(m_model->index(0, AclTableModel::SchemeColumn), QString()));
}

void TestAclTableModel::addAndRemoveRows()
{
    QSignalSpy changed(m_model, &AclTableModel::aclChanged);
    QCOMPARE(m_model->addEntry(entry(QStringLiteral("world"), QStringLiteral("anyone"), 1)), 0);
    QCOMPARE(m_model->addEntry(entry(QStringLiteral("sasl"), QStringLiteral("solr"), 31)), 1);
    QVERIFY(m_model->insertRows(1, 2));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->entry(3).id, QStringLiteral("solr"));
    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->removeRows(1, 5));
    m_model->setEntry(0, entry(QStringLiteral("ip"), QStringLiteral("10.0.0.0/8"), 1));
    QCOMPARE(m_model->entry(0).scheme, QStringLiteral("ip"));
    QCOMPARE(changed.count(), 5);
}

void TestAclTableModel::validation_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("perms");
    QTest::addColumn<bool>("valid");

    QTest::newRow("world anyone") << "world"
                                  << "anyone" << 1 << true;
    QTest::newRow("world other") << "world"
                                 << "everyone" << 1 << false;
    QTest::newRow("no perms") << "world"
                              << "anyone" << 0 << false;
    QTest::newRow("digest ok") << "digest" << aliceDigest() << 31 << true;
    QTest::newRow("digest no hash") << "digest"
                                    << "alice" << 31 << false;
    QTest::newRow("digest short hash") << "digest"
                                       << "alice:abc" << 31 << false;
    QTest::newRow("ip host") << "ip"
                             << "127.0.0.1" << 1 << true;
    QTest::newRow("ip prefix") << "ip"
                               << "10.0.0.0/8" << 1 << true;
    QTest::newRow("ip bad octet") << "ip"
                                  << "300.1.1.1" << 1 << false;
    QTest::newRow("ip bad prefix") << "ip"
                                   << "10.0.0.0/33" << 1 << false;
    QTest::newRow("sasl ok") << "sasl"
                             << "kafka" << 31 << true;
    QTest::newRow("sasl empty") << "sasl"
                                << "" << 31 << false;
    QTest::newRow("sasl space") << "sasl"
                                << "ka fka" << 31 << false;
    QTest::newRow("x509 ok") << "x509"
                             << "CN=admin,O=Corp" << 31 << true;
    QTest::newRow("x509 no dn") << "x509"
                                << "admin" << 31 << false;
    QTest::newRow("auth ok") << "auth"
                             << "" << 31 << true;
    QTest::newRow("auth with id") << "auth"
                                  << "alice" << 31 << false;
}

void TestAclTableModel::validation()
{
    QFETCH(QString, scheme);
    QFETCH(QString, id);
    QFETCH(int, perms);
    QFETCH(bool, valid);

    m_model->setAcl({entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read),
                     entry(scheme, id, perms)});
    const QString error = m_model->rowError(1);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(m_model->isValid(), valid);
    QCOMPARE(m_model->index(1, 0).data(AclTableModel::ErrorRole).toString(), error);
    if (!valid) {
        // The message is shown at the row: in the note column, with an icon, and as tooltip.
        QCOMPARE(m_model->index(1, AclTableModel::NoteColumn).data().toString(), error);
        QVERIFY(!m_model->index(1, AclTableModel::NoteColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(m_model->index(1, AclTableModel::IdColumn).data(Qt::ToolTipRole).toString(),
                 error);
        QVERIFY(m_model->validationMessage().startsWith(QStringLiteral("Row 2 (")));
    } else {
        QVERIFY(m_model->validationMessage().isEmpty());
    }
}

void TestAclTableModel::emptyAclIsRefused()
{
    QVERIFY(!m_model->isValid());
    QVERIFY(m_model->validationMessage().contains(QStringLiteral("empty ACL")));
    m_model->addEntry(entry(QStringLiteral("world"), QStringLiteral("anyone"), 1));
    QVERIFY(m_model->isValid());
    QVERIFY(m_model->removeRows(0, 1));
    QVERIFY(!m_model->isValid());
}

void TestAclTableModel::authRowsExplainTheirExpansion()
{
    m_model->setAcl({entry(QStringLiteral("auth"), QString(), ZkPerm::All)});
    const QModelIndex note = m_model->index(0, AclTableModel::NoteColumn);
    QVERIFY(note.data().toString().contains(QStringLiteral("none")));
    QVERIFY(!note.data(Qt::DecorationRole).value<QIcon>().isNull());

    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    const QString digest = aliceDigest();
    m_model->setIdentities({entry(QStringLiteral("digest"), digest, 0)});
    QCOMPARE(dataChanged.count(), 1);
    QVERIFY2(note.data().toString().contains(QStringLiteral("digest:") + digest),
             qPrintable(note.data().toString()));
    QVERIFY(note.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(m_model->isValid());

    // An ip identity is not one an auth entry expands to.
    m_model->setIdentities({entry(QStringLiteral("ip"), QStringLiteral("127.0.0.1"), 0)});
    QVERIFY2(note.data().toString().contains(QStringLiteral("none")),
             qPrintable(note.data().toString()));
}

void TestAclTableModel::maskedDigestExplainsItself()
{
    // What ZooKeeper returns to a session without ADMIN: the hash replaced by "x".
    m_model->setAcl({entry(QStringLiteral("digest"), QStringLiteral("alice:x"), ZkPerm::All),
                     entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read)});
    QVERIFY(!m_model->isValid());
    const QString note = m_model->index(0, AclTableModel::NoteColumn).data().toString();
    QCOMPARE(note, QStringLiteral("The server hid this digest entry's password hash (shown as x) "
                                  "because this session lacks the ADMIN permission on the node. "
                                  "Writing it back would lock the user out; connect with an "
                                  "identity that has ADMIN to edit this ACL."));
    QVERIFY(m_model->validationMessage().startsWith(QStringLiteral("Row 1 (digest): The server "
                                                                   "hid")));
    // A real digest id with the same user is fine.
    m_model->setAcl({entry(QStringLiteral("digest"), aliceDigest(), ZkPerm::All)});
    QVERIFY(m_model->isValid());
}

void TestAclTableModel::readOnlyRefusesEdits()
{
    m_model->setAcl({entry(QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read)});
    m_model->setReadOnly(true);
    for (int column = 0; column < AclTableModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = m_model->index(0, column).flags();
        QVERIFY(!(flags & Qt::ItemIsEditable));
        QVERIFY(!(flags & Qt::ItemIsUserCheckable));
    }
    QVERIFY(!m_model->setData(m_model->index(0, AclTableModel::IdColumn), QStringLiteral("x")));
    QVERIFY(!m_model->setData(m_model->index(0, AclTableModel::WriteColumn), Qt::Checked,
                              Qt::CheckStateRole));
    QVERIFY(!m_model->insertRows(0, 1));
    QVERIFY(!m_model->removeRows(0, 1));
    QCOMPARE(m_model->entry(0).perms, int(ZkPerm::Read));

    m_model->setReadOnly(false);
    QVERIFY(m_model->index(0, AclTableModel::IdColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(m_model->index(0, AclTableModel::WriteColumn).flags() & Qt::ItemIsUserCheckable);
}

void TestAclTableModel::permissionsIgnoredForRemoval()
{
    m_model->setAcl({entry(QStringLiteral("sasl"), QStringLiteral("kafka"), 0)});
    QVERIFY(!m_model->isValid());
    m_model->setPermissionsIgnored(true);
    QVERIFY(m_model->isValid());
    QVERIFY(!(m_model->index(0, AclTableModel::ReadColumn).flags() & Qt::ItemIsEnabled));
    QVERIFY(!m_model->setData(m_model->index(0, AclTableModel::ReadColumn), Qt::Checked,
                              Qt::CheckStateRole));
    QVERIFY(m_model->index(0, AclTableModel::IdColumn).flags() & Qt::ItemIsEditable);
}

void TestAclTableModel::grantsAdmin_data()
{
    QTest::addColumn<QString>("acl");
    QTest::addColumn<QString>("identities"); // comma-separated scheme:id
    QTest::addColumn<bool>("expected");

    QTest::newRow("world admin") << "world:anyone:cdrwa"
                                 << "" << true;
    QTest::newRow("world read only") << "world:anyone:r"
                                     << "" << false;
    QTest::newRow("own sasl admin") << "sasl:kafka:cdrwa"
                                    << "sasl:kafka" << true;
    QTest::newRow("other sasl admin") << "sasl:hbase:cdrwa,world:anyone:r"
                                      << "sasl:kafka" << false;
    QTest::newRow("own sasl without a") << "sasl:kafka:cdrw"
                                        << "sasl:kafka" << false;
    QTest::newRow("auth with identities") << "auth::a"
                                          << "sasl:kafka" << true;
    QTest::newRow("auth without identities") << "auth::a"
                                             << "" << false;
    QTest::newRow("own ip admin") << "ip:127.0.0.1:cdrwa"
                                  << "sasl:kafka,ip:127.0.0.1" << true;
    QTest::newRow("subnet holds own ip") << "ip:10.20.0.0/16:a"
                                         << "ip:10.20.30.40" << true;
    QTest::newRow("subnet misses own ip") << "ip:10.21.0.0/16:a"
                                          << "ip:10.20.30.40" << false;
    QTest::newRow("other ip") << "ip:127.0.0.2:cdrwa"
                              << "ip:127.0.0.1" << false;
    QTest::newRow("ip without a") << "ip:127.0.0.1:cdrw"
                                  << "ip:127.0.0.1" << false;
    QTest::newRow("v6 subnet") << "ip:fd00::/8:a"
                               << "ip:fd12::1" << true;
    QTest::newRow("v4 entry, v6 address") << "ip:0.0.0.0/0:a"
                                          << "ip:fd12::1" << false;
    QTest::newRow("ip identity does not expand auth") << "auth::a"
                                                      << "ip:127.0.0.1" << false;
    QTest::newRow("super holds admin everywhere") << "sasl:hbase:cdrwa"
                                                  << "super:" << true;
}

void TestAclTableModel::grantsAdmin()
{
    QFETCH(QString, acl);
    QFETCH(QString, identities);
    QFETCH(bool, expected);

    Acl parsed;
    for (const QString &text : acl.split(QLatin1Char(','))) {
        const qsizetype first = text.indexOf(QLatin1Char(':'));
        const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
        parsed.append(entry(text.left(first), text.mid(first + 1, last - first - 1),
                            AclSyntax::parsePerms(text.mid(last + 1)).valueOr(0)));
    }
    Acl ids;
    if (!identities.isEmpty()) {
        for (const QString &text : identities.split(QLatin1Char(',')))
            ids.append(
                entry(text.section(QLatin1Char(':'), 0, 0), text.section(QLatin1Char(':'), 1), 0));
    }
    QCOMPARE(AclTableModel::grantsAdmin(parsed, ids), expected);

    // Digest identities match by their full id (user:hash).
    const QString digest = aliceDigest();
    Acl digestAcl{entry(QStringLiteral("digest"), digest, ZkPerm::All)};
    QVERIFY(AclTableModel::grantsAdmin(digestAcl, {entry(QStringLiteral("digest"), digest, 0)}));
    QVERIFY(!AclTableModel::grantsAdmin(
        digestAcl, {entry(QStringLiteral("digest"), AclSyntax::digestId(u"bob", u"x"), 0)}));
}

QTEST_MAIN(TestAclTableModel)
#include "tst_acl_table_model.moc"
