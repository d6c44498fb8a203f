// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot files of a ZooKeeper subtree: atomic save, load with errors that name the file and
// the problem, and the diff between two snapshots.
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Portier;

namespace {

Acl acl(const char *text)
{
    Result<Acl> parsed = AclSyntax::parseAcl(QString::fromUtf8(text));
    if (!parsed.ok())
        qFatal("bad ACL in the test: %s", text);
    return parsed.value();
}

ZnodeRecord node(const char *path, const char *aclText, int version = 0,
                 std::optional<QByteArray> data = std::nullopt)
{
    ZnodeRecord r;
    r.path = QString::fromUtf8(path);
    r.acl = acl(aclText);
    r.stat.czxid = 0x100000002;
    r.stat.mzxid = 0x100000002 + version;
    r.stat.version = version;
    r.stat.dataLength = data ? static_cast<int>(data->size()) : 0;
    r.data = std::move(data);
    return r;
}

ZkSnapshot sample()
{
    ZkSnapshot s;
    s.connectString = QStringLiteral("127.0.0.1:2181/kafka");
    s.root = QStringLiteral("/brokers");
    s.taken = QDateTime(QDate(2026, 1, 31), QTime(12, 0, 5), Qt::UTC);
    s.withData = true;
    s.nodes.append(node("/brokers", "sasl:kafka:cdrwa,world:anyone:r", 0, QByteArray()));
    s.nodes.append(node("/brokers/ids", "sasl:kafka:cdrwa", 0, QByteArray("")));
    static const char binary[] = "{\"host\":\"b1\",\"port\":9092}\n\x00\x01\xfe";
    s.nodes.append(
        node("/brokers/ids/1", "sasl:kafka:cdrwa", 3, QByteArray(binary, sizeof binary - 1)));
    ZnodeRecord locked;
    locked.path = QStringLiteral("/brokers/secret");
    locked.error = QStringLiteral("NOAUTH");
    s.nodes.append(locked);
    return s;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray snapshotJson(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = sample().toJson();
    edit(o);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestZkSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLayout();
    void saveAndLoad();
    void saveReplacesAtomically();
    void saveToMissingFolder();
    void loadMissingFile();
    void corruptFiles_data();
    void corruptFiles();
    void newerVersion();
    void diffIdentical();
    void diffChanges();
    void diffComparesVersionsWithoutData();
    void diffIgnoresAclOrderAndUnknownAcls();
    void diffJson();
};

void TestZkSnapshot::jsonLayout()
{
    const QJsonObject o = sample().toJson();
    QCOMPARE(o.value(QLatin1StringView("format")).toString(),
             QStringLiteral("portier-zk-snapshot"));
    QCOMPARE(o.value(QLatin1StringView("version")).toInt(), 1);
    QCOMPARE(o.value(QLatin1StringView("root")).toString(), QStringLiteral("/brokers"));
    QCOMPARE(o.value(QLatin1StringView("connectString")).toString(),
             QStringLiteral("127.0.0.1:2181/kafka"));
    QCOMPARE(o.value(QLatin1StringView("taken")).toString(),
             QStringLiteral("2026-01-31T12:00:05Z"));
    QVERIFY(o.value(QLatin1StringView("withData")).toBool());
    const QJsonArray nodes = o.value(QLatin1StringView("nodes")).toArray();
    QCOMPARE(nodes.size(), qsizetype(4));
    QCOMPARE(nodes[2].toObject(), sample().nodes[2].toJson());
    QCOMPARE(nodes[3].toObject().value(QLatin1StringView("error")).toString(),
             QStringLiteral("NOAUTH"));
}

void TestZkSnapshot::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("brokers.json"));
    const ZkSnapshot s = sample();
    const Result<void> saved = s.save(file);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    const Result<ZkSnapshot> loaded = ZkSnapshot::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded->connectString, s.connectString);
    QCOMPARE(loaded->root, s.root);
    QCOMPARE(loaded->taken, s.taken);
    QCOMPARE(loaded->withData, s.withData);
    QCOMPARE(loaded->nodes, s.nodes);
    QVERIFY(SnapshotDiff::compare(s, loaded.value()).isEmpty());

    const Result<ZkSnapshot> fromJson = ZkSnapshot::fromJson(s.toJson());
    QVERIFY(fromJson.ok());
    QCOMPARE(fromJson->nodes, s.nodes);
}

void TestZkSnapshot::saveReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeFile(dir, "snap.json", "old content");
    ZkSnapshot s = sample();
    s.nodes.resize(1);
    QVERIFY(s.save(file).ok());
    const Result<ZkSnapshot> loaded = ZkSnapshot::load(file);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->nodes.size(), qsizetype(1));
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("snap.json")});
}

void TestZkSnapshot::saveToMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("no-such-folder/snap.json"));
    const Result<void> saved = sample().save(file);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().is(CoreError::Io));
    QVERIFY2(saved.error().message.startsWith(
                 QStringLiteral("Could not write the snapshot %1: ").arg(file)),
             qPrintable(saved.error().message));
    QCOMPARE(saved.error().hint,
             QStringLiteral("Check that the folder exists and that you may write to it."));
    QVERIFY(!saved.error().detail.isEmpty());
}

void TestZkSnapshot::loadMissingFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gone.json"));
    const Result<ZkSnapshot> loaded = ZkSnapshot::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().is(CoreError::NotFound));
    QCOMPARE(loaded.error().message, QStringLiteral("The snapshot %1 does not exist.").arg(file));
}

void TestZkSnapshot::corruptFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // %1: the file name

    const QByteArray good = QJsonDocument(sample().toJson()).toJson();
    QTest::addRow("empty") << QByteArray() << "The snapshot %1 is empty.";
    QTest::addRow("whitespace") << QByteArray(" \n\n") << "The snapshot %1 is empty.";
    // %2 and %3: Qt's description of the JSON syntax error and its offset.
    QTest::addRow("truncated") << good.left(good.size() / 2)
                               << "The snapshot %1 is not valid JSON: %2 at byte %3.";
    static const char zip[] = "PK\x03\x04 zip file";
    QTest::addRow("garbage") << QByteArray(zip, sizeof zip - 1)
                             << "The snapshot %1 is not valid JSON: %2 at byte %3.";
    QTest::addRow("array") << QByteArray("[1,2]")
                           << "The snapshot %1 is not a Portier ZooKeeper snapshot: the JSON is "
                              "not an object.";
    const QString prefix =
        QStringLiteral("The snapshot %1 is not a valid Portier ZooKeeper snapshot: ");
    QTest::addRow("no-format")
        << QByteArray(R"({"version":1,"root":"/","nodes":[]})")
        << prefix +
               QStringLiteral("it has no \"format\" field (expected \"portier-zk-snapshot\").");
    QTest::addRow("other-format")
        << QByteArray(R"({"format":"portier-zk-journal","version":1,"root":"/","nodes":[]})")
        << prefix + QStringLiteral("its format is \"portier-zk-journal\", expected "
                                   "\"portier-zk-snapshot\".");
    QTest::addRow("format-number")
        << QByteArray(R"({"format":1,"version":1})")
        << prefix + QStringLiteral("its \"format\" field is not a string (expected "
                                   "\"portier-zk-snapshot\").");
    QTest::addRow("version-string") << snapshotJson([](QJsonObject &o) {
        o.insert(QStringLiteral("version"), QStringLiteral("1"));
    }) << prefix + QStringLiteral("it has no integer \"version\" field.");
    QTest::addRow("version-zero") << snapshotJson([](QJsonObject &o) {
        o.insert(QStringLiteral("version"), 0);
    }) << prefix + QStringLiteral("its version 0 is not a snapshot version.");
    QTest::addRow("no-nodes") << snapshotJson([](QJsonObject &o) {
        o.remove(QStringLiteral("nodes"));
    }) << prefix + QStringLiteral("missing field \"nodes\".");
    QTest::addRow("relative-root") << snapshotJson([](QJsonObject &o) {
        o.insert(QStringLiteral("root"), QStringLiteral("brokers"));
    }) << prefix + QStringLiteral("field \"root\" is \"brokers\", not an absolute znode path.");
    QTest::addRow("bad-time") << snapshotJson([](QJsonObject &o) {
        o.insert(QStringLiteral("taken"), QStringLiteral("yesterday"));
    })
                              << prefix + QStringLiteral(
                                              "field \"taken\" is not an ISO 8601 time such as "
                                              "2026-01-31T12:00:00Z.");
    QTest::addRow("time-out-of-range") << snapshotJson([](QJsonObject &o) {
        o.insert(QStringLiteral("taken"), QStringLiteral("9999-12-31T23:59:59-05:00"));
    }) << prefix + QStringLiteral("field \"taken\" is out of range.");
    QTest::addRow("node-not-object") << snapshotJson([](QJsonObject &o) {
        QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        nodes[1] = QStringLiteral("/brokers/ids");
        o.insert(QStringLiteral("nodes"), nodes);
    }) << prefix + QStringLiteral("node 2 of 4 is not an object.");
    QTest::addRow("node-bad-data")
        << snapshotJson([](QJsonObject &o) {
               QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
               QJsonObject n = nodes[2].toObject();
               n.insert(QStringLiteral("data"), QStringLiteral("%%%"));
               nodes[2] = n;
               o.insert(QStringLiteral("nodes"), nodes);
           })
        << prefix + QStringLiteral("node 3 of 4: node /brokers/ids/1: field \"data\" is not "
                                   "base64.");
    QTest::addRow("node-bad-acl")
        << snapshotJson([](QJsonObject &o) {
               QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
               QJsonObject n = nodes[0].toObject();
               n.insert(QStringLiteral("acl"),
                        QJsonArray{QJsonObject{{QStringLiteral("scheme"), QStringLiteral("world")},
                                               {QStringLiteral("id"), QStringLiteral("anyone")},
                                               {QStringLiteral("perms"), QStringLiteral("rz")}}});
               nodes[0] = n;
               o.insert(QStringLiteral("nodes"), nodes);
           })
        << prefix + QStringLiteral("node 1 of 4: node /brokers: acl: field \"perms\" is \"rz\", "
                                   "not permissions in cdrwa notation.");
}

void TestZkSnapshot::corruptFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = writeFile(dir, "snap.json", content);
    const Result<ZkSnapshot> loaded = ZkSnapshot::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().is(CoreError::InvalidInput));
    QString expected = message;
    if (expected.contains(QLatin1StringView("%2"))) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(content, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        expected = expected.arg(file, parseError.errorString(), QString::number(parseError.offset));
    } else {
        expected = expected.arg(file);
    }
    QCOMPARE(loaded.error().message, expected);
}

void TestZkSnapshot::newerVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file =
        writeFile(dir, "future.json",
                  snapshotJson([](QJsonObject &o) { o.insert(QStringLiteral("version"), 2); }));
    const Result<ZkSnapshot> loaded = ZkSnapshot::load(file);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().is(CoreError::Unsupported));
    QCOMPARE(loaded.error().message,
             QStringLiteral("The snapshot %1 has format version 2, but this Portier reads only "
                            "version 1.")
                 .arg(file));
    QCOMPARE(loaded.error().hint, QStringLiteral("Open it with the newer Portier that wrote it."));
}

void TestZkSnapshot::diffIdentical()
{
    QVERIFY(SnapshotDiff::compare(sample(), sample()).isEmpty());
    QVERIFY(SnapshotDiff::compare(ZkSnapshot(), ZkSnapshot()).isEmpty());
}

void TestZkSnapshot::diffChanges()
{
    ZkSnapshot before;
    before.nodes = {node("/", "world:anyone:cdrwa"),
                    node("/app", "world:anyone:r", 1, QByteArray("x")),
                    node("/app/a", "world:anyone:r", 0, QByteArray("same")),
                    node("/app/b", "sasl:app:cdrwa", 0, QByteArray("old")),
                    node("/app/c", "sasl:app:cdrwa", 0, QByteArray()),
                    node("/app/e", "sasl:app:cdrwa", 0, QByteArray("v1"))};
    ZkSnapshot after;
    after.nodes = {node("/", "world:anyone:cdrwa"),
                   node("/app", "world:anyone:r", 1, QByteArray("x")),
                   node("/app/a", "world:anyone:rw", 0, QByteArray("same")),
                   node("/app/b", "sasl:app:cdrwa", 1, QByteArray("new")),
                   node("/app/d", "sasl:app:cdrwa", 0, QByteArray()),
                   node("/app/e", "sasl:app:cdrwa,world:anyone:r", 1, QByteArray("v2"))};

    const SnapshotDiff diff = SnapshotDiff::compare(before, after);
    using Kind = SnapshotDiff::Change::Kind;
    QStringList got;
    for (const SnapshotDiff::Change &c : diff.changes)
        got.append(c.toJson().value(QLatin1StringView("kind")).toString() + QLatin1Char(' ') +
                   c.path);
    QCOMPARE(
        got,
        (QStringList{QStringLiteral("acl-changed /app/a"), QStringLiteral("data-changed /app/b"),
                     QStringLiteral("removed /app/c"), QStringLiteral("added /app/d"),
                     QStringLiteral("acl-changed /app/e"), QStringLiteral("data-changed /app/e")}));
    QCOMPARE(diff.changes[0].kind, Kind::AclChanged);
    QCOMPARE(diff.changes[0].aclBefore, acl("world:anyone:r"));
    QCOMPARE(diff.changes[0].aclAfter, acl("world:anyone:rw"));
    QCOMPARE(diff.changes[2].kind, Kind::Removed);
    QCOMPARE(diff.changes[2].aclBefore, acl("sasl:app:cdrwa"));
    QVERIFY(diff.changes[2].aclAfter.isEmpty());
    QCOMPARE(diff.changes[3].kind, Kind::Added);
    QVERIFY(diff.changes[3].aclBefore.isEmpty());
    QCOMPARE(diff.changes[3].aclAfter, acl("sasl:app:cdrwa"));

    // And the other way round.
    const SnapshotDiff back = SnapshotDiff::compare(after, before);
    QCOMPARE(back.changes.size(), diff.changes.size());
    QCOMPARE(back.changes[2].kind, Kind::Added);
    QCOMPARE(back.changes[3].kind, Kind::Removed);
}

void TestZkSnapshot::diffComparesVersionsWithoutData()
{
    ZkSnapshot before;
    before.nodes = {node("/a", "world:anyone:r", 4), node("/b", "world:anyone:r", 4)};
    ZkSnapshot after;
    after.nodes = {node("/a", "world:anyone:r", 4), node("/b", "world:anyone:r", 5)};
    const SnapshotDiff diff = SnapshotDiff::compare(before, after);
    QCOMPARE(diff.changes.size(), qsizetype(1));
    QCOMPARE(diff.changes[0].kind, SnapshotDiff::Change::Kind::DataChanged);
    QCOMPARE(diff.changes[0].path, QStringLiteral("/b"));

    // Same data, different version (set with the same bytes): with data, the bytes decide.
    ZkSnapshot withData;
    withData.nodes = {node("/a", "world:anyone:r", 4, QByteArray("d")),
                      node("/b", "world:anyone:r", 4, QByteArray("d"))};
    ZkSnapshot withData2;
    withData2.nodes = {node("/a", "world:anyone:r", 4, QByteArray("d")),
                       node("/b", "world:anyone:r", 9, QByteArray("d"))};
    QVERIFY(SnapshotDiff::compare(withData, withData2).isEmpty());
}

void TestZkSnapshot::diffIgnoresAclOrderAndUnknownAcls()
{
    ZkSnapshot before;
    before.nodes = {node("/a", "sasl:kafka:cdrwa,world:anyone:r"), node("/b", "sasl:kafka:cdrwa")};
    ZkSnapshot after;
    after.nodes = {node("/a", "world:anyone:r,sasl:kafka:cdrwa")};
    ZnodeRecord locked;
    locked.path = QStringLiteral("/b");
    locked.error = QStringLiteral("NOAUTH");
    after.nodes.append(locked);
    QVERIFY(SnapshotDiff::compare(before, after).isEmpty());

    // A node that became unreadable but whose ACL could still be read shows the change.
    after.nodes[1].acl = acl("sasl:other:cdrwa");
    const SnapshotDiff diff = SnapshotDiff::compare(before, after);
    QCOMPARE(diff.changes.size(), qsizetype(1));
    QCOMPARE(diff.changes[0].kind, SnapshotDiff::Change::Kind::AclChanged);
}

void TestZkSnapshot::diffJson()
{
    ZkSnapshot before;
    before.nodes = {node("/a", "world:anyone:cdrwa")};
    ZkSnapshot after;
    after.nodes = {node("/a", "sasl:app:cdrwa")};
    const QJsonObject o = SnapshotDiff::compare(before, after).toJson();
    const QJsonObject expected = QJsonDocument::fromJson(R"({"changes":[{"kind":"acl-changed",
        "path":"/a","before":[{"scheme":"world","id":"anyone","perms":"cdrwa"}],
        "after":[{"scheme":"sasl","id":"app","perms":"cdrwa"}]}]})")
                                     .object();
    QCOMPARE(o, expected);
}

QTEST_GUILESS_MAIN(TestZkSnapshot)
#include "tst_zk_snapshot.moc"
