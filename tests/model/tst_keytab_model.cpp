// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keytab_model.h"
#include "models/status_palette.h"
#include "tests/model/model_dump.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Portier;
using Portier::Test::dumpModel;
using Portier::Test::matchesFixture;

namespace {

const QDateTime Written(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
const QString Path = QStringLiteral("/etc/krb5.keytab");

KeytabEntry entry(const QString &principal, int kvno, const QString &enctype, qint32 id,
                  QList<Warning> warnings = {})
{
    KeytabEntry e;
    e.principal = principal;
    e.kvno = kvno;
    e.enctype = enctype;
    e.enctypeId = id;
    e.timestamp = Written.addDays(kvno);
    e.warnings = std::move(warnings);
    return e;
}

Warning warning(const QString &code, const QString &message, Warning::Severity severity)
{
    Warning w;
    w.code = code;
    w.message = message;
    w.severity = severity;
    return w;
}

KeytabListing sampleListing()
{
    const QString host = QStringLiteral("host/portier-test.test.local@TEST.LOCAL");
    KeytabListing listing;
    listing.path = Path;
    listing.entries = {
        entry(host, 2, QStringLiteral("aes256-cts-hmac-sha1-96"), 18),
        entry(host, 2, QStringLiteral("aes128-cts-hmac-sha1-96"), 17),
        entry(host, 1, QStringLiteral("aes256-cts-hmac-sha1-96"), 18,
              {warning(QStringLiteral("old-kvno"),
                       QStringLiteral("Older key version 1; the current one is 2"),
                       Warning::Severity::Info)}),
        entry(
            host, 2, QStringLiteral("arcfour-hmac"), 23,
            {warning(QStringLiteral("weak-enctype"), QStringLiteral("RC4 is deprecated (RFC 8429)"),
                     Warning::Severity::Warning)}),
        entry(QStringLiteral("alice@TEST.LOCAL"), 1, QStringLiteral("aes256-cts-hmac-sha1-96"), 18),
    };
    return listing;
}

} // namespace

class TestKeytabModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dump();
    void roles();
    void samePathUpdatesInPlace();
    void otherPathResets();
    void duplicatesAreRowsOfTheirOwn();
    void sortProxyUsesRawValues();

private:
    KeytabModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestKeytabModel::init()
{
    m_model = new KeytabModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestKeytabModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestKeytabModel::dump()
{
    m_model->setListing(sampleListing());
    QString message;
    QVERIFY2(matchesFixture(dumpModel(m_model), QStringLiteral("keytab_sample.txt"), &message),
             qPrintable(message));
}

void TestKeytabModel::roles()
{
    m_model->setListing(sampleListing());
    const QModelIndex weak = m_model->index(3, KeytabModel::WarningsColumn);
    QCOMPARE(weak.data(KeytabModel::WarningCodesRole).toStringList(),
             QStringList{QStringLiteral("weak-enctype")});
    QCOMPARE(weak.data(KeytabModel::StatusLevelRole).toInt(), int(StatusPalette::Level::Warning));
    QCOMPARE(weak.data(Qt::ForegroundRole).value<QColor>(),
             StatusPalette::foreground(StatusPalette::Level::Warning));
    QVERIFY(weak.data(Qt::ToolTipRole).toString().contains(QStringLiteral("RFC 8429")));
    QCOMPARE(m_model->index(3, KeytabModel::EnctypeColumn).data(Qt::ForegroundRole).value<QColor>(),
             StatusPalette::foreground(StatusPalette::Level::Warning));
    QCOMPARE(m_model->index(2, KeytabModel::KvnoColumn).data(KeytabModel::SortRole).toInt(), 1);
    QCOMPARE(
        m_model->index(0, KeytabModel::TimestampColumn).data(KeytabModel::SortRole).toDateTime(),
        Written.addDays(2));
    QCOMPARE(m_model->index(4, 0).data(KeytabModel::PrincipalRole).toString(),
             QStringLiteral("alice@TEST.LOCAL"));
    QCOMPARE(m_model->index(4, 0).data(KeytabModel::EntryRole).value<KeytabEntry>(),
             sampleListing().entries.at(4));
    QVERIFY(m_model->index(0, KeytabModel::WarningsColumn).data(Qt::ToolTipRole).isNull());
}

void TestKeytabModel::samePathUpdatesInPlace()
{
    KeytabListing listing = sampleListing();
    m_model->setListing(listing);
    const QPersistentModelIndex alice = m_model->index(4, 0);

    // ktadd: a new kvno 3 arrives at the top; the RC4 key is removed; a timestamp changes.
    const QString host = listing.entries.at(0).principal;
    listing.entries.insert(0, entry(host, 3, QStringLiteral("aes256-cts-hmac-sha1-96"), 18));
    listing.entries.removeAt(4);
    listing.entries[1].timestamp = Written.addDays(10);

    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setListing(listing);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(alice.isValid());
    QCOMPARE(alice.row(), 4);
    QCOMPARE(m_model->listing(), listing);
}

void TestKeytabModel::otherPathResets()
{
    m_model->setListing(sampleListing());
    KeytabListing other = sampleListing();
    other.path = QStringLiteral("/tmp/http.keytab");
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setListing(other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->listing().path, other.path);
    m_model->clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->isEmpty());
}

void TestKeytabModel::duplicatesAreRowsOfTheirOwn()
{
    KeytabListing listing = sampleListing();
    KeytabEntry duplicate = listing.entries.at(0);
    duplicate.warnings = {warning(QStringLiteral("duplicate"), QStringLiteral("Same key twice"),
                                  Warning::Severity::Warning)};
    listing.entries.append(duplicate);
    m_model->setListing(listing);
    QCOMPARE(m_model->rowCount(), 6);
    listing.entries.removeLast();
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setListing(listing);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 5);
}

void TestKeytabModel::sortProxyUsesRawValues()
{
    m_model->setListing(sampleListing());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(m_model);
    proxy.setSortRole(KeytabModel::SortRole);
    proxy.sort(KeytabModel::EnctypeColumn, Qt::AscendingOrder);
    // By enctype number: aes128 (17) < aes256 (18) < rc4 (23).
    QCOMPARE(proxy.index(0, KeytabModel::EnctypeColumn).data().toString(),
             QStringLiteral("aes128-cts-hmac-sha1-96"));
    QCOMPARE(proxy.index(4, KeytabModel::EnctypeColumn).data().toString(),
             QStringLiteral("arcfour-hmac"));
    proxy.sort(KeytabModel::KvnoColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(4, KeytabModel::KvnoColumn).data().toInt(), 1);

    KeytabListing listing = sampleListing();
    listing.entries.append(
        entry(QStringLiteral("bob@TEST.LOCAL"), 7, QStringLiteral("aes256-cts-hmac-sha1-96"), 18));
    m_model->setListing(listing);
    QCOMPARE(proxy.index(0, KeytabModel::KvnoColumn).data().toInt(), 7);
}

QTEST_MAIN(TestKeytabModel)
#include "tst_keytab_model.moc"
