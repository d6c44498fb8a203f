// SPDX-License-Identifier: GPL-3.0-or-later
// Recursive ACL changes: plan making, plan and journal JSON (pure), then dry run, apply,
// rollback, stale aversions, NOAUTH summaries, an apply stopped midway and an apply whose
// process is SIGKILLed midway, against the real ZooKeeper server (tests/support/zk_fixture),
// with the raw C API (tests/support/zk_oracle) as the oracle of what the server holds.
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_session.h"
#include "tests/support/zk_fixture.h"
#include "tests/support/zk_oracle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>
#include <optional>

using namespace Portier;
using namespace Portier::Test;

namespace {

template<typename T>
std::optional<Result<T>> await(QFuture<Result<T>> future, int timeoutMs = 120000)
{
    QFutureWatcher<Result<T>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

QString describe(const Error &e)
{
    return QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
}

QString describe(const AclApplyReport &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)).left(3000);
}

AclEntry entry(const char *scheme, const QString &id, int perms)
{
    return AclEntry{QString::fromLatin1(scheme), id, perms};
}

AclEntry world(int perms)
{
    return entry("world", QStringLiteral("anyone"), perms);
}

AclEntry sasl(const char *id, int perms)
{
    return entry("sasl", QString::fromLatin1(id), perms);
}

/// The server of these tests has no SASL provider, so it refuses sasl: entries; service
/// identities are digest ids instead.
AclEntry service(const char *name, int perms)
{
    const QString user = QString::fromLatin1(name);
    const QString password = user + QLatin1String("-secret");
    return entry("digest", AclSyntax::digestId(user, password), perms);
}

QString aliceId()
{
    return AclSyntax::digestId(u"alice", u"alice-secret");
}

QString bobId()
{
    return AclSyntax::digestId(u"bob", u"bob-secret");
}

ZnodeRecord record(const QString &path, const Acl &acl, int aversion = 0,
                   const QString &error = QString())
{
    ZnodeRecord r;
    r.path = path;
    r.acl = acl;
    r.stat.aversion = aversion;
    r.error = error;
    return r;
}

/// Path → serialized ACL of every node in a subtree, as the server holds it.
QMap<QString, QByteArray> aclSnapshot(ZkOracle &oracle, const QString &root)
{
    QMap<QString, QByteArray> out;
    const QList<ZnodeRecord> nodes = oracle.walk(root);
    for (const ZnodeRecord &r : nodes)
        out.insert(r.path, QJsonDocument(aclToJson(r.acl)).toJson(QJsonDocument::Compact));
    return out;
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

QStringList progressLines(const QString &journal)
{
    QFile file(AclChanger::progressFileName(journal));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    }
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

Q_DECLARE_METATYPE(Portier::AclChangeMode)

class TestZkAclChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // Pure
    void modeNames();
    void planMake_data();
    void planMake();
    void planCoversEveryNodeInOrder();
    void planJsonRoundTrip();
    void journalFromPlanAndJson();
    void journalLoadErrors_data();
    void journalLoadErrors();
    void journalSaveToMissingDirectoryFails();

    // Against the server
    void dryRunListsEveryNode_data();
    void dryRunListsEveryNode();
    void applyThenRollbackRestoresIdenticalAcls_data();
    void applyThenRollbackRestoresIdenticalAcls();
    void staleAversionIsNotOverwritten();
    void noAuthFailureSummary();
    void rollbackConflictUnlessForced();
    void rollbackAfterServerNormalizedAcl();
    void journalErrorChangesNothing();
    void readOnlySessionIsRefused();
    void stoppedApplyThenRollback();
    void killedApplyThenRollback();
    void serverRestartMidApplyAndRollback();

private:
    std::shared_ptr<ZkSession> openSession(const QList<DigestCredential> &digests,
                                           bool readOnly = false);
    std::shared_ptr<ZkSession> superSession();
    /// A subtree with mixed ACLs: @p bulk plain nodes plus a few with digest, sasl, ip entries.
    bool seed(const QString &root, int bulk);
    QList<ZnodeRecord> scan(const std::shared_ptr<ZkSession> &session, const QString &root);

    std::unique_ptr<ZkFixture> m_server;
    std::unique_ptr<ZkOracle> m_super;
    QTemporaryDir m_dir;
};

void TestZkAclChange::initTestCase()
{
    qRegisterMetaType<AclChangeMode>();
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ZkFixture>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_super = std::make_unique<ZkOracle>(m_server->connectString(),
                                         QStringList{ZkFixture::superCredential()});
    QVERIFY2(m_super->isConnected(), qPrintable(m_super->lastError()));
}

void TestZkAclChange::cleanupTestCase()
{
    m_super.reset();
    m_server.reset();
}

std::shared_ptr<ZkSession> TestZkAclChange::openSession(const QList<DigestCredential> &digests,
                                                        bool readOnly)
{
    SessionOptions options;
    options.connectString = m_server->connectString();
    options.digests = digests;
    options.readOnly = readOnly;
    auto session = std::make_shared<ZkSession>(options);
    const Result<void> opened = session->open();
    if (!opened.ok()) {
        qWarning() << "open failed:" << describe(opened.error());
        return nullptr;
    }
    const auto connected = await(session->whenConnected(20000), 30000);
    if (!connected || !connected->ok()) {
        qWarning() << "not connected:" << (connected ? describe(connected->error()) : QString());
        return nullptr;
    }
    return session;
}

std::shared_ptr<ZkSession> TestZkAclChange::superSession()
{
    return openSession({DigestCredential{ZkFixture::superUser(), ZkFixture::superPassword()}});
}

bool TestZkAclChange::seed(const QString &root, int bulk)
{
    ZkOracle &o = *m_super;
    const Acl all{world(ZkPerm::All)};
    bool ok = o.create(root, QByteArray(), all);
    if (ok && bulk > 0)
        ok = o.createTree(root + QLatin1String("/plain"), bulk, 5);
    ok = ok && o.create(root + QLatin1String("/mixed"), QByteArray("m"),
                        {world(ZkPerm::Read), entry("digest", aliceId(), ZkPerm::All)});
    ok = ok && o.create(root + QLatin1String("/mixed/deep"), QByteArray(),
                        {entry("digest", aliceId(), ZkPerm::All), service("kafka", ZkPerm::All),
                         world(ZkPerm::Read)});
    ok = ok && o.create(root + QLatin1String("/ip"), QByteArray(),
                        {entry("ip", QStringLiteral("127.0.0.1"), ZkPerm::All),
                         world(ZkPerm::Read | ZkPerm::Write)});
    ok = ok && o.create(root + QLatin1String("/already"), QByteArray(),
                        {service("kafka", ZkPerm::All), world(ZkPerm::Read)});
    if (!ok)
        qWarning() << "seeding" << root << "failed:" << o.lastError();
    return ok;
}

QList<ZnodeRecord> TestZkAclChange::scan(const std::shared_ptr<ZkSession> &session,
                                         const QString &root)
{
    ScanOptions options;
    options.root = root;
    const auto result = await(ScanEngine::scan(session, options));
    if (!result || !result->ok() || (*result)->partial)
        return {};
    return (*result)->nodes;
}

// --- pure ---------------------------------------------------------------------------------------

void TestZkAclChange::modeNames()
{
    for (AclChangeMode mode :
         {AclChangeMode::Replace, AclChangeMode::AddEntry, AclChangeMode::RemoveEntry})
        QCOMPARE(aclChangeModeFromName(aclChangeModeName(mode)), std::optional(mode));
    QCOMPARE(aclChangeModeName(AclChangeMode::AddEntry), QStringLiteral("add"));
    QCOMPARE(aclChangeModeFromName(QStringLiteral("Replace")), std::nullopt);
    QCOMPARE(aclChangeModeFromName(QString()), std::nullopt);
}

void TestZkAclChange::planMake_data()
{
    QTest::addColumn<AclChangeMode>("mode");
    QTest::addColumn<Acl>("acl");
    QTest::addColumn<Acl>("before");
    QTest::addColumn<QString>("error");
    QTest::addColumn<Acl>("after");
    QTest::addColumn<QString>("skipReason");

    const Acl kafkaWorldR{sasl("kafka", ZkPerm::All), world(ZkPerm::Read)};
    const Acl worldAll{world(ZkPerm::All)};
    QTest::newRow("replace") << AclChangeMode::Replace << kafkaWorldR << worldAll << QString()
                             << kafkaWorldR << QString();
    QTest::newRow("replace, same set in another order is unchanged")
        << AclChangeMode::Replace << kafkaWorldR
        << Acl{world(ZkPerm::Read), sasl("kafka", ZkPerm::All)} << QString() << kafkaWorldR
        << QStringLiteral("unchanged");
    QTest::newRow("replace with empty ACL") << AclChangeMode::Replace << Acl{} << worldAll
                                            << QString() << Acl{} << QStringLiteral("empty ACL");
    QTest::newRow("add appends") << AclChangeMode::AddEntry << Acl{sasl("kafka", ZkPerm::All)}
                                 << worldAll << QString()
                                 << Acl{world(ZkPerm::All), sasl("kafka", ZkPerm::All)}
                                 << QString();
    QTest::newRow("add sets perms of the same scheme:id in place")
        << AclChangeMode::AddEntry << Acl{world(ZkPerm::Read)}
        << Acl{sasl("kafka", ZkPerm::All), world(ZkPerm::All)} << QString()
        << Acl{sasl("kafka", ZkPerm::All), world(ZkPerm::Read)} << QString();
    QTest::newRow("add what is there is unchanged")
        << AclChangeMode::AddEntry << Acl{world(ZkPerm::All)} << worldAll << QString() << worldAll
        << QStringLiteral("unchanged");
    QTest::newRow("remove by scheme:id, perms ignored")
        << AclChangeMode::RemoveEntry << Acl{world(ZkPerm::Read)}
        << Acl{sasl("kafka", ZkPerm::All), world(ZkPerm::All)} << QString()
        << Acl{sasl("kafka", ZkPerm::All)} << QString();
    QTest::newRow("remove the last entry is refused")
        << AclChangeMode::RemoveEntry << Acl{world(ZkPerm::Read)} << worldAll << QString() << Acl{}
        << QStringLiteral("empty ACL");
    QTest::newRow("remove what is not there is unchanged")
        << AclChangeMode::RemoveEntry << Acl{sasl("hbase", ZkPerm::All)} << kafkaWorldR << QString()
        << kafkaWorldR << QStringLiteral("unchanged");
    QTest::newRow("unreadable node")
        << AclChangeMode::Replace << kafkaWorldR << Acl{} << QStringLiteral("NOAUTH") << Acl{}
        << QStringLiteral("NOAUTH");
    QTest::newRow("children unreadable, ACL readable: planned")
        << AclChangeMode::Replace << kafkaWorldR << Acl{world(ZkPerm::Admin)}
        << QStringLiteral("NOAUTH") << kafkaWorldR << QString();
    QTest::newRow("deleted during the scan")
        << AclChangeMode::Replace << kafkaWorldR << Acl{} << QStringLiteral("NONODE") << Acl{}
        << QStringLiteral("NONODE");
}

void TestZkAclChange::planMake()
{
    QFETCH(AclChangeMode, mode);
    QFETCH(Acl, acl);
    QFETCH(Acl, before);
    QFETCH(QString, error);
    QFETCH(Acl, after);
    QFETCH(QString, skipReason);

    const AclChangePlan plan = AclChangePlan::make({record(QStringLiteral("/n"), before, 3, error)},
                                                   QStringLiteral("/n"), mode, acl);
    QCOMPARE(plan.root, QStringLiteral("/n"));
    QCOMPARE(plan.mode, mode);
    QCOMPARE(plan.acl, acl);
    QCOMPARE(plan.items.size(), 1);
    const AclChangeItem &item = plan.items.first();
    QCOMPARE(item.path, QStringLiteral("/n"));
    QCOMPARE(item.before, before);
    QCOMPARE(item.after, after);
    QCOMPARE(item.skipReason, skipReason);
    QCOMPARE(item.willChange(), skipReason.isEmpty());
    QCOMPARE(item.aversion, before.isEmpty() ? -1 : 3);
    QCOMPARE(plan.changeCount(), skipReason.isEmpty() ? 1 : 0);
}

void TestZkAclChange::planCoversEveryNodeInOrder()
{
    const QList<ZnodeRecord> nodes{
        record(QStringLiteral("/r"), {world(ZkPerm::All)}, 0),
        record(QStringLiteral("/r/a"), {sasl("kafka", ZkPerm::All)}, 2),
        record(QStringLiteral("/r/a/x"), {}, 0, QStringLiteral("NOAUTH")),
        record(QStringLiteral("/r/b"), {world(ZkPerm::Read)}, 1),
    };
    const AclChangePlan plan = AclChangePlan::make(
        nodes, QStringLiteral("/r"), AclChangeMode::Replace, {sasl("kafka", ZkPerm::All)});
    QCOMPARE(plan.items.size(), nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        QCOMPARE(plan.items.at(i).path, nodes.at(i).path);
    QCOMPARE(plan.changeCount(), 2);
    QCOMPARE(plan.items.at(1).skipReason, QStringLiteral("unchanged"));
    QCOMPARE(plan.items.at(2).skipReason, QStringLiteral("NOAUTH"));
    QCOMPARE(plan.items.at(3).aversion, 1);
}

void TestZkAclChange::planJsonRoundTrip()
{
    const QList<ZnodeRecord> nodes{
        record(QStringLiteral("/r"), {world(ZkPerm::All)}, 4),
        record(QStringLiteral("/r/x"), {}, 0, QStringLiteral("NOAUTH")),
        record(QStringLiteral("/r/y"), {entry("digest", aliceId(), ZkPerm::Read)}, 1),
    };
    const AclChangePlan plan = AclChangePlan::make(
        nodes, QStringLiteral("/r"), AclChangeMode::AddEntry,
        {sasl("kafka", ZkPerm::All), entry("x509", QStringLiteral("CN=admin,O=Corp"), 31)});
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("add"));
    QCOMPARE(json.value(QLatin1String("changeCount")).toInt(), 2);
    const QJsonObject noauth = json.value(QLatin1String("items")).toArray().at(1).toObject();
    QCOMPARE(noauth.value(QLatin1String("skipReason")).toString(), QStringLiteral("NOAUTH"));
    QCOMPARE(noauth.value(QLatin1String("change")).toBool(true), false);

    // Through bytes, as the CLI and the crash helper read it.
    const QByteArray bytes = QJsonDocument(json).toJson();
    QString error;
    const auto back = AclChangePlan::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->root, plan.root);
    QCOMPARE(back->mode, plan.mode);
    QCOMPARE(back->acl, plan.acl);
    QCOMPARE(back->items, plan.items);

    QJsonObject broken = json;
    QJsonArray items = broken.value(QLatin1String("items")).toArray();
    QJsonObject item = items.at(2).toObject();
    item.remove(QLatin1String("aversion"));
    items.replace(2, item);
    broken.insert(QLatin1String("items"), items);
    QVERIFY(!AclChangePlan::fromJson(broken, &error));
    QVERIFY2(error.contains(QLatin1String("items[2]")) && error.contains(QLatin1String("aversion")),
             qPrintable(error));
}

void TestZkAclChange::journalFromPlanAndJson()
{
    const QList<ZnodeRecord> nodes{
        record(QStringLiteral("/r"), {world(ZkPerm::All)}, 4),
        record(QStringLiteral("/r/same"), {sasl("kafka", ZkPerm::All)}, 0),
        record(QStringLiteral("/r/x"), {}, 0, QStringLiteral("NOAUTH")),
        record(QStringLiteral("/r/y"), {world(ZkPerm::Read), sasl("hbase", ZkPerm::All)}, 7),
    };
    const AclChangePlan plan = AclChangePlan::make(
        nodes, QStringLiteral("/r"), AclChangeMode::Replace, {sasl("kafka", ZkPerm::All)});
    const AclJournal journal = AclJournal::fromPlan(plan, QStringLiteral("127.0.0.1:2181/c"));
    QCOMPARE(journal.connectString, QStringLiteral("127.0.0.1:2181/c"));
    QCOMPARE(journal.root, QStringLiteral("/r"));
    QVERIFY(journal.created.isValid());
    QCOMPARE(journal.entries.size(), 2); // only the nodes that change
    QCOMPARE(journal.entries.at(1).path, QStringLiteral("/r/y"));
    QCOMPARE(journal.entries.at(1).aversion, 7);
    QCOMPARE(journal.entries.at(1).previous, nodes.at(3).acl);
    QCOMPARE(journal.entries.at(1).target, Acl{sasl("kafka", ZkPerm::All)});

    const QJsonObject json = journal.toJson();
    QCOMPARE(json.value(QLatin1String("format")).toString(),
             QStringLiteral("portier-zk-acl-journal"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    const QJsonObject first = json.value(QLatin1String("entries")).toArray().first().toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("aversion"), QStringLiteral("path"),
                                        QStringLiteral("previous"), QStringLiteral("target")}));

    const QString file = m_dir.filePath(QStringLiteral("pure-journal.json"));
    QVERIFY(journal.save(file).ok());
    const Result<AclJournal> loaded = AclJournal::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->entries, journal.entries);
    QCOMPARE(loaded->root, journal.root);
    QCOMPARE(loaded->mode, journal.mode);
    QCOMPARE(loaded->acl, journal.acl);
    QCOMPARE(loaded->connectString, journal.connectString);
    QCOMPARE(loaded->created.toSecsSinceEpoch(), journal.created.toSecsSinceEpoch());
}

void TestZkAclChange::journalLoadErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("mentions");

    const AclChangePlan plan = AclChangePlan::make(
        {record(QStringLiteral("/r"), {world(ZkPerm::All)}, 0),
         record(QStringLiteral("/r/a"), {world(ZkPerm::All)}, 0)},
        QStringLiteral("/r"), AclChangeMode::Replace, {sasl("kafka", ZkPerm::All)});
    const QJsonObject good = AclJournal::fromPlan(plan, QStringLiteral("h:1")).toJson();
    auto with = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = good;
        change(o);
        return QJsonDocument(o).toJson();
    };
    auto withEntry = [&](int index, const std::function<void(QJsonObject &)> &change) {
        return with([&](QJsonObject &o) {
            QJsonArray entries = o.value(QLatin1String("entries")).toArray();
            QJsonObject e = entries.at(index).toObject();
            change(e);
            entries.replace(index, e);
            o.insert(QLatin1String("entries"), entries);
        });
    };

    QTest::newRow("missing file") << QByteArray() << QStringLiteral("Could not read");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("wrong format") << with([](QJsonObject &o) {
        o.insert(QLatin1String("format"), QStringLiteral("portier-zk-snapshot"));
    }) << QStringLiteral("\"format\"");
    QTest::newRow("newer version")
        << with([](QJsonObject &o) { o.insert(QLatin1String("version"), 2); })
        << QStringLiteral("\"version\"");
    QTest::newRow("bad mode") << with([](QJsonObject &o) {
        o.insert(QLatin1String("mode"), QStringLiteral("merge"));
    }) << QStringLiteral("\"mode\"");
    QTest::newRow("entries missing")
        << with([](QJsonObject &o) { o.remove(QLatin1String("entries")); })
        << QStringLiteral("\"entries\"");
    QTest::newRow("aversion missing")
        << withEntry(1, [](QJsonObject &e) { e.remove(QLatin1String("aversion")); })
        << QStringLiteral("entries[1]: missing field \"aversion\"");
    QTest::newRow("negative aversion")
        << withEntry(0, [](QJsonObject &e) { e.insert(QLatin1String("aversion"), -1); })
        << QStringLiteral("entries[0]: field \"aversion\"");
    QTest::newRow("relative path") << withEntry(0, [](QJsonObject &e) {
        e.insert(QLatin1String("path"), QStringLiteral("r/a"));
    }) << QStringLiteral("entries[0]: field \"path\"");
    QTest::newRow("previous empty")
        << withEntry(1, [](QJsonObject &e) { e.insert(QLatin1String("previous"), QJsonArray()); })
        << QStringLiteral("entries[1]: field \"previous\"");
    QTest::newRow("previous not an array") << withEntry(1, [](QJsonObject &e) {
        e.insert(QLatin1String("previous"), QStringLiteral("world:anyone:cdrwa"));
    }) << QStringLiteral("entries[1]: field \"previous\"");
    QTest::newRow("bad ACL entry") << withEntry(0, [](QJsonObject &e) {
        e.insert(QLatin1String("target"), QJsonArray{QJsonObject{{QStringLiteral("scheme"), 1}}});
    }) << QStringLiteral("entries[0]: target");
}

void TestZkAclChange::journalLoadErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString file = m_dir.filePath(QStringLiteral("bad-%1.json")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (!content.isEmpty())
        QVERIFY(writeFile(file, content));
    const Result<AclJournal> loaded = AclJournal::load(file);
    QVERIFY(!loaded.ok());
    const Error &error = loaded.error();
    QVERIFY2(error.message.contains(file), qPrintable(error.message));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
}

void TestZkAclChange::journalSaveToMissingDirectoryFails()
{
    AclJournal journal;
    journal.root = QStringLiteral("/x");
    const QString file = m_dir.filePath(QStringLiteral("no/such/dir/journal.json"));
    const Result<void> saved = journal.save(file);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().is(CoreError::Io));
    QVERIFY(saved.error().message.contains(file));
}

// --- against the server ---------------------------------------------------------------------

void TestZkAclChange::dryRunListsEveryNode_data()
{
    QTest::addColumn<AclChangeMode>("mode");
    QTest::addColumn<Acl>("acl");
    QTest::newRow("replace") << AclChangeMode::Replace
                             << Acl{service("kafka", ZkPerm::All), world(ZkPerm::Read)};
    QTest::newRow("add") << AclChangeMode::AddEntry
                         << Acl{service("kafka", ZkPerm::All), world(ZkPerm::Read)};
    QTest::newRow("remove") << AclChangeMode::RemoveEntry << Acl{entry("digest", aliceId(), 0)};
}

void TestZkAclChange::dryRunListsEveryNode()
{
    QFETCH(AclChangeMode, mode);
    QFETCH(Acl, acl);
    const QString root = QStringLiteral("/dry-%1").arg(aclChangeModeName(mode));
    QVERIFY(seed(root, 40));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const QList<ZnodeRecord> nodes = scan(session, root);
    QCOMPARE(nodes.size(), before.size());

    const AclChangePlan plan = AclChangePlan::make(nodes, root, mode, acl);
    QCOMPARE(plan.items.size(), nodes.size());
    int changing = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const AclChangeItem &item = plan.items.at(i);
        QCOMPARE(item.path, nodes.at(i).path);
        // before is what the server holds (the oracle), with the aversion read
        int aversion = -2;
        QCOMPARE(item.before, m_super->acl(item.path, &aversion));
        QCOMPARE(item.aversion, aversion);
        switch (mode) {
        case AclChangeMode::Replace:
            QCOMPARE(item.after, acl);
            break;
        case AclChangeMode::AddEntry:
            for (const AclEntry &e : std::as_const(acl))
                QVERIFY(item.after.contains(e));
            QVERIFY(item.after.size() >= item.before.size());
            break;
        case AclChangeMode::RemoveEntry:
            for (const AclEntry &e : item.after)
                QVERIFY(e.id != aliceId());
            break;
        }
        if (item.willChange())
            ++changing;
    }
    QCOMPARE(plan.changeCount(), changing);
    // remove: only mixed and mixed/deep name alice; replace: all but "already"; add: all but
    // "already" and mixed/deep, which hold both entries.
    const int unchanged = mode == AclChangeMode::RemoveEntry ? int(nodes.size()) - 2
                          : mode == AclChangeMode::Replace   ? 1
                                                             : 2;
    QCOMPARE(changing, int(nodes.size()) - unchanged);
    // A dry run changes nothing.
    QCOMPARE(aclSnapshot(*m_super, root), before);
}

void TestZkAclChange::applyThenRollbackRestoresIdenticalAcls_data()
{
    QTest::addColumn<AclChangeMode>("mode");
    QTest::addColumn<Acl>("acl");
    QTest::addColumn<int>("window");
    QTest::newRow("replace, window 500")
        << AclChangeMode::Replace << Acl{service("kafka", ZkPerm::All), world(ZkPerm::Read)} << 500;
    QTest::newRow("replace, window 1")
        << AclChangeMode::Replace << Acl{service("kafka", ZkPerm::All), world(ZkPerm::Read)} << 1;
    QTest::newRow("add, window 16")
        << AclChangeMode::AddEntry << Acl{service("hbase", ZkPerm::All), world(ZkPerm::Read)} << 16;
    QTest::newRow("remove, window 500")
        << AclChangeMode::RemoveEntry << Acl{entry("digest", aliceId(), 0)} << 500;
}

void TestZkAclChange::applyThenRollbackRestoresIdenticalAcls()
{
    QFETCH(AclChangeMode, mode);
    QFETCH(Acl, acl);
    QFETCH(int, window);
    const QString root = QStringLiteral("/apply-%1-%2").arg(aclChangeModeName(mode)).arg(window);
    QVERIFY(seed(root, 300));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const AclChangePlan plan = AclChangePlan::make(scan(session, root), root, mode, acl);
    QCOMPARE(plan.items.size(), before.size());
    const QString journal = m_dir.filePath(QStringLiteral("%1.json").arg(root.mid(1)));

    QFutureWatcher<Result<AclApplyReport>> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
    watcher.setFuture(AclChanger::apply(session, plan, journal, window));
    const auto applied = await(watcher.future());
    QVERIFY(applied.has_value());
    QVERIFY2(applied->ok(), qPrintable(applied->ok() ? QString() : describe(applied->error())));
    QVERIFY2((*applied)->ok(), qPrintable(describe(applied->value())));
    QCOMPARE((*applied)->changed, plan.changeCount());
    QCOMPARE((*applied)->skipped, int(plan.items.size()) - plan.changeCount());
    QCOMPARE((*applied)->journalFile, journal);
    QCOMPARE(watcher.progressValue(), plan.changeCount());

    // The server holds every target; the journal and the progress file say so.
    for (const AclChangeItem &item : plan.items) {
        int aversion = -1;
        const Acl now = m_super->acl(item.path, &aversion);
        if (item.willChange()) {
            QCOMPARE(now, item.after);
            QCOMPARE(aversion, item.aversion + 1);
        } else {
            QCOMPARE(now, item.before);
            QCOMPARE(aversion, item.aversion);
        }
    }
    const Result<AclJournal> loaded = AclJournal::load(journal);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->entries.size(), plan.changeCount());
    QStringList lines = progressLines(journal);
    QStringList expectedLines;
    for (const AclJournal::Entry &e : loaded->entries)
        expectedLines << e.path;
    lines.sort();
    expectedLines.sort();
    QCOMPARE(lines, expectedLines);

    // Rollback: byte-identical ACLs everywhere.
    const auto rolledBack = await(AclChanger::rollback(session, journal, false, window));
    QVERIFY(rolledBack.has_value());
    QVERIFY2(rolledBack->ok(),
             qPrintable(rolledBack->ok() ? QString() : describe(rolledBack->error())));
    QVERIFY2((*rolledBack)->ok(), qPrintable(describe(rolledBack->value())));
    QCOMPARE((*rolledBack)->changed, plan.changeCount());
    QCOMPARE((*rolledBack)->skipped, 0);
    const auto after = aclSnapshot(*m_super, root);
    const QString difference = firstDifference(after, before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(after, before);

    // A second rollback finds everything at "previous": nothing to do.
    const auto again = await(AclChanger::rollback(session, journal));
    QVERIFY(again && again->ok());
    QVERIFY((*again)->ok());
    QCOMPARE((*again)->changed, 0);
    QCOMPARE((*again)->skipped, plan.changeCount());
}

void TestZkAclChange::staleAversionIsNotOverwritten()
{
    const QString root = QStringLiteral("/stale");
    QVERIFY(seed(root, 20));
    auto session = superSession();
    QVERIFY(session);
    const Acl target{service("kafka", ZkPerm::All), world(ZkPerm::Read)};
    const AclChangePlan plan =
        AclChangePlan::make(scan(session, root), root, AclChangeMode::Replace, target);
    QVERIFY(plan.changeCount() > 5);

    // Someone else changes /stale/mixed between the dry run and the apply.
    const QString moved = root + QLatin1String("/mixed");
    const Acl theirs{service("someone", ZkPerm::All), world(ZkPerm::Read)};
    QVERIFY(m_super->setAcl(moved, theirs));

    const QString journal = m_dir.filePath(QStringLiteral("stale.json"));
    const auto applied = await(AclChanger::apply(session, plan, journal));
    QVERIFY(applied && applied->ok());
    const AclApplyReport &report = applied->value();
    QVERIFY(!report.ok());
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().path, moved);
    QVERIFY2(report.failures.first().error.is(ZkError::BadVersion),
             qPrintable(describe(report.failures.first().error)));
    QVERIFY(report.failures.first().error.message.contains(moved));
    QCOMPARE(report.changed, plan.changeCount() - 1);
    QCOMPARE(m_super->acl(moved), theirs); // not overwritten
    QVERIFY(!progressLines(journal).contains(moved));
}

void TestZkAclChange::noAuthFailureSummary()
{
    // alice may administer some nodes, only read others, and not even read a third kind.
    const QString root = QStringLiteral("/noauth");
    const Acl aliceAll{entry("digest", aliceId(), ZkPerm::All), world(ZkPerm::Read)};
    QVERIFY(m_super->create(root, QByteArray(), aliceAll));
    QVERIFY(m_super->create(root + QLatin1String("/mine1"), QByteArray(), aliceAll));
    QVERIFY(m_super->create(root + QLatin1String("/mine2"), QByteArray(), aliceAll));
    QVERIFY(
        m_super->create(root + QLatin1String("/readonly"), QByteArray(), {world(ZkPerm::Read)}));
    QVERIFY(m_super->create(root + QLatin1String("/bobs"), QByteArray(),
                            {entry("digest", bobId(), ZkPerm::All)}));

    auto alice =
        openSession({DigestCredential{QStringLiteral("alice"), QStringLiteral("alice-secret")}});
    QVERIFY(alice);
    const QList<ZnodeRecord> nodes = scan(alice, root);
    QCOMPARE(nodes.size(), 5);
    const Acl target{entry("digest", aliceId(), ZkPerm::All), service("kafka", ZkPerm::All)};
    const AclChangePlan plan = AclChangePlan::make(nodes, root, AclChangeMode::Replace, target);
    QCOMPARE(plan.changeCount(), 4); // bobs is unreadable: skipped with NOAUTH
    const auto applied =
        await(AclChanger::apply(alice, plan, m_dir.filePath(QStringLiteral("noauth.json"))));
    QVERIFY(applied && applied->ok());
    const AclApplyReport &report = applied->value();
    QCOMPARE(report.changed, 3);
    QCOMPARE(report.failures.size(), 2);
    QCOMPARE(report.failures.at(0).path, root + QLatin1String("/bobs"));
    QCOMPARE(report.failures.at(1).path, root + QLatin1String("/readonly"));
    for (const AclApplyReport::Failure &f : report.failures) {
        QVERIFY2(f.error.is(ZkError::NoAuth), qPrintable(describe(f.error)));
        QVERIFY(f.error.message.contains(f.path));
        QVERIFY(!f.error.hint.isEmpty());
    }
    QCOMPARE(m_super->acl(root + QLatin1String("/readonly")), Acl{world(ZkPerm::Read)});
    QCOMPARE(m_super->acl(root + QLatin1String("/mine2")), target);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("failures")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("failures"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("ZooKeeper.NoAuth"));
}

void TestZkAclChange::rollbackConflictUnlessForced()
{
    const QString root = QStringLiteral("/conflict");
    QVERIFY(seed(root, 10));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const AclChangePlan plan = AclChangePlan::make(
        scan(session, root), root, AclChangeMode::Replace, {service("kafka", ZkPerm::All)});
    const QString journal = m_dir.filePath(QStringLiteral("conflict.json"));
    const auto applied = await(AclChanger::apply(session, plan, journal));
    QVERIFY(applied && applied->ok() && (*applied)->ok());

    // After the apply someone changes one node again (it is in the progress file, but its
    // aversion moved on); and the progress file loses another node's line, which must still be
    // restored because its ACL equals the target.
    const QString touched = root + QLatin1String("/ip");
    QVERIFY(m_super->setAcl(touched, {service("other", ZkPerm::All)}));
    const QString unrecorded = root + QLatin1String("/mixed");
    QStringList lines = progressLines(journal);
    QVERIFY(lines.removeAll(unrecorded) == 1);
    QVERIFY(
        writeFile(AclChanger::progressFileName(journal), lines.join(QLatin1Char('\n')).toUtf8()));

    const auto refused = await(AclChanger::rollback(session, journal));
    QVERIFY(refused && refused->ok());
    QCOMPARE((*refused)->failures.size(), 1);
    QCOMPARE((*refused)->failures.first().path, touched);
    QVERIFY((*refused)->failures.first().error.is(ZkError::JournalConflict));
    QVERIFY((*refused)->failures.first().error.message.contains(QLatin1String("digest:other:")));
    QCOMPARE(m_super->acl(touched), Acl{service("other", ZkPerm::All)});
    QCOMPARE((*refused)->changed, plan.changeCount() - 1);

    const auto forced = await(AclChanger::rollback(session, journal, true));
    QVERIFY(forced && forced->ok());
    QVERIFY2((*forced)->ok(), qPrintable(describe(forced->value())));
    QCOMPARE((*forced)->changed, 1);
    QCOMPARE(aclSnapshot(*m_super, root), before);
}

void TestZkAclChange::rollbackAfterServerNormalizedAcl()
{
    // auth: expands on the server to the session's identities (here digest:super:...), so the
    // ACL read back differs from the journal's target; the progress file and the aversion show
    // that it is still the apply's own change.
    const QString root = QStringLiteral("/normalized");
    QVERIFY(seed(root, 10));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const Acl target{entry("auth", QString(), ZkPerm::All), world(ZkPerm::Read)};
    const AclChangePlan plan =
        AclChangePlan::make(scan(session, root), root, AclChangeMode::Replace, target);
    const QString journal = m_dir.filePath(QStringLiteral("normalized.json"));
    const auto applied = await(AclChanger::apply(session, plan, journal));
    QVERIFY(applied && applied->ok());
    QVERIFY2((*applied)->ok(), qPrintable(describe(applied->value())));
    const Acl stored = m_super->acl(root + QLatin1String("/ip"));
    QVERIFY2(stored != target && !stored.isEmpty() &&
                 stored.first().scheme == QLatin1String("digest"),
             qPrintable(QString::fromUtf8(QJsonDocument(aclToJson(stored)).toJson())));

    const auto rolledBack = await(AclChanger::rollback(session, journal));
    QVERIFY(rolledBack && rolledBack->ok());
    QVERIFY2((*rolledBack)->ok(), qPrintable(describe(rolledBack->value())));
    QCOMPARE((*rolledBack)->changed, plan.changeCount());
    QCOMPARE(aclSnapshot(*m_super, root), before);
}

void TestZkAclChange::journalErrorChangesNothing()
{
    const QString root = QStringLiteral("/nojournal");
    QVERIFY(seed(root, 5));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const AclChangePlan plan = AclChangePlan::make(
        scan(session, root), root, AclChangeMode::Replace, {service("kafka", ZkPerm::All)});
    const auto applied = await(AclChanger::apply(
        session, plan, m_dir.filePath(QStringLiteral("missing/dir/journal.json"))));
    QVERIFY(applied.has_value());
    QVERIFY(!applied->ok());
    QVERIFY(applied->error().is(CoreError::Io));
    QCOMPARE(aclSnapshot(*m_super, root), before);
}

void TestZkAclChange::readOnlySessionIsRefused()
{
    auto session = openSession({}, true);
    QVERIFY(session);
    const AclChangePlan plan = AclChangePlan::make(
        {record(QStringLiteral("/x"), {world(ZkPerm::All)}, 0)}, QStringLiteral("/x"),
        AclChangeMode::Replace, {service("kafka", ZkPerm::All)});
    const QString journal = m_dir.filePath(QStringLiteral("readonly.json"));
    const auto applied = await(AclChanger::apply(session, plan, journal));
    QVERIFY(applied && !applied->ok());
    QVERIFY(applied->error().is(ZkError::ReadOnly));
    QVERIFY(!QFile::exists(journal));
}

void TestZkAclChange::stoppedApplyThenRollback()
{
    const QString root = QStringLiteral("/stopped");
    QVERIFY(seed(root, 1500));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const AclChangePlan plan = AclChangePlan::make(
        scan(session, root), root, AclChangeMode::Replace, {service("kafka", ZkPerm::All)});
    const QString journal = m_dir.filePath(QStringLiteral("stopped.json"));
    auto stop = std::make_shared<std::atomic_bool>(false);
    QFuture<Result<AclApplyReport>> future = AclChanger::apply(session, plan, journal, 1, stop);
    QElapsedTimer timer;
    timer.start();
    while (progressLines(journal).size() < 50 && !future.isFinished() && timer.elapsed() < 60000)
        QTest::qWait(2);
    QVERIFY2(!future.isFinished(), "the apply finished before it could be stopped");
    stop->store(true);
    const auto applied = await(future);
    QVERIFY(applied && applied->ok());
    const AclApplyReport &report = applied->value();
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok());
    QVERIFY(report.changed >= 50);
    QVERIFY(report.changed < plan.changeCount());
    QCOMPARE(progressLines(journal).size(), report.changed);

    const auto rolledBack = await(AclChanger::rollback(session, journal));
    QVERIFY(rolledBack && rolledBack->ok());
    QVERIFY2((*rolledBack)->ok(), qPrintable(describe(rolledBack->value())));
    QCOMPARE((*rolledBack)->changed, report.changed);
    QCOMPARE((*rolledBack)->skipped, plan.changeCount() - report.changed);
    QCOMPARE(aclSnapshot(*m_super, root), before);
}

void TestZkAclChange::killedApplyThenRollback()
{
    const QString root = QStringLiteral("/killed");
    QVERIFY(seed(root, 3000));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const Acl target{service("kafka", ZkPerm::All), world(ZkPerm::Read)};
    const AclChangePlan plan =
        AclChangePlan::make(scan(session, root), root, AclChangeMode::Replace, target);
    QVERIFY(plan.changeCount() > 3000);
    const QString planFile = m_dir.filePath(QStringLiteral("killed-plan.json"));
    QVERIFY(writeFile(planFile, QJsonDocument(plan.toJson()).toJson()));
    const QString journal = m_dir.filePath(QStringLiteral("killed.json"));

    // A real process applies the plan (window 4: a few requests in flight when it dies) and is
    // SIGKILLed once its progress file shows 100 nodes.
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(ZK_ACL_APPLY_HELPER),
                 {m_server->connectString(), planFile, journal, QStringLiteral("4"),
                  ZkFixture::superUser(), ZkFixture::superPassword()});
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (progressLines(journal).size() < 100 && helper.state() == QProcess::Running &&
           timer.elapsed() < 60000)
        QTest::qWait(1);
    QVERIFY2(helper.state() == QProcess::Running,
             qPrintable(QStringLiteral("the helper ended before it could be killed: %1")
                            .arg(QString::fromUtf8(helper.readAllStandardOutput()))));
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    // What the kill left: the journal, and a progress file whose every line is applied.
    const Result<AclJournal> loaded = AclJournal::load(journal);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->entries.size(), plan.changeCount());
    const QStringList done = progressLines(journal);
    QVERIFY(done.size() >= 100);
    QVERIFY(done.size() < plan.changeCount());
    for (const QString &path : done)
        QCOMPARE(m_super->acl(path), target);
    int atTarget = 0;
    for (const AclJournal::Entry &e : loaded->entries) {
        if (m_super->acl(e.path) == target)
            ++atTarget;
    }
    // Applied but not yet recorded: at most the requests that were in flight.
    QVERIFY2(
        atTarget >= done.size() && atTarget <= done.size() + 4,
        qPrintable(QStringLiteral("%1 at target, %2 recorded").arg(atTarget).arg(done.size())));

    const auto rolledBack = await(AclChanger::rollback(session, journal));
    QVERIFY(rolledBack && rolledBack->ok());
    QVERIFY2((*rolledBack)->ok(), qPrintable(describe(rolledBack->value())));
    QCOMPARE((*rolledBack)->changed, atTarget);
    QCOMPARE((*rolledBack)->skipped, plan.changeCount() - atTarget);
    const auto after = aclSnapshot(*m_super, root);
    const QString difference = firstDifference(after, before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestZkAclChange::serverRestartMidApplyAndRollback()
{
    // The server is killed while an apply runs, then while its rollback runs, and is back within
    // the session timeout (30 s): both runs wait for the reconnect and finish. setAcls lost with
    // the connection are checked before they are sent again, so no node is set twice (its
    // aversion is exactly one past the plan) and the rollback restores identical ACLs.
    const QString root = QStringLiteral("/restart");
    QVERIFY(seed(root, 2000));
    auto session = superSession();
    QVERIFY(session);
    const auto before = aclSnapshot(*m_super, root);
    const AclChangePlan plan = AclChangePlan::make(
        scan(session, root), root, AclChangeMode::Replace, {service("kafka", ZkPerm::All)});
    QVERIFY(plan.changeCount() > 2000);
    const QString journal = m_dir.filePath(QStringLiteral("restart.json"));

    QFuture<Result<AclApplyReport>> future = AclChanger::apply(session, plan, journal, 4);
    QElapsedTimer timer;
    timer.start();
    while (progressLines(journal).size() < 100 && !future.isFinished() && timer.elapsed() < 60000)
        QTest::qWait(2);
    m_server->kill();
    QTest::qWait(500);
    QVERIFY2(!future.isFinished(), "the apply finished before the server could be killed");
    QString error;
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    const auto applied = await(future, 120000);
    QVERIFY(applied.has_value());
    QVERIFY2(applied->ok(), qPrintable(applied->ok() ? QString() : describe(applied->error())));
    const AclApplyReport &report = applied->value();
    QVERIFY2(report.ok(), qPrintable(describe(report)));
    QVERIFY(report.reconnects >= 1);
    QCOMPARE(report.changed, plan.changeCount());
    QCOMPARE(report.skipped, 0);
    QCOMPARE(report.toJson().value(QStringLiteral("reconnects")).toInt(), report.reconnects);
    for (const AclChangeItem &item : plan.items) {
        int aversion = -1;
        const Acl now = m_super->acl(item.path, &aversion);
        QCOMPARE(now, item.after);
        QCOMPARE(aversion, item.aversion + 1);
    }
    QStringList lines = progressLines(journal);
    lines.sort();
    QCOMPARE(lines.size(), plan.changeCount());
    QCOMPARE(lines.removeDuplicates(), 0);

    QFuture<Result<AclApplyReport>> rollback = AclChanger::rollback(session, journal, false, 4);
    timer.restart();
    while (rollback.progressValue() < 100 && !rollback.isFinished() && timer.elapsed() < 60000)
        QTest::qWait(2);
    m_server->kill();
    QTest::qWait(500);
    QVERIFY2(!rollback.isFinished(), "the rollback finished before the server could be killed");
    QVERIFY2(m_server->restart(&error), qPrintable(error));
    const auto rolledBack = await(rollback, 120000);
    QVERIFY(rolledBack.has_value());
    QVERIFY2(rolledBack->ok(),
             qPrintable(rolledBack->ok() ? QString() : describe(rolledBack->error())));
    QVERIFY2((*rolledBack)->ok(), qPrintable(describe(rolledBack->value())));
    QVERIFY((*rolledBack)->reconnects >= 1);
    QCOMPARE((*rolledBack)->changed, plan.changeCount());
    QCOMPARE((*rolledBack)->skipped, 0);
    const auto after = aclSnapshot(*m_super, root);
    const QString difference = firstDifference(after, before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestZkAclChange)

#include "tst_zk_acl_change.moc"
