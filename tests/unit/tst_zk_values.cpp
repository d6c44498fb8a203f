// SPDX-License-Identifier: GPL-3.0-or-later
// The ZooKeeper value types and their JSON (the CLI contract's node object), connection profile
// validation and the profile store, which must never write a password.
#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/znode_record.h"
#include "backends/zookeeper/znode_stat.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Portier;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Through JSON text, as the CLI writes it and a script reads it back.
QJsonObject throughText(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

ZnodeStat sampleStat()
{
    ZnodeStat s;
    s.czxid = 0x100000002;
    s.mzxid = 0x7fffffffffffff01; // above 2^53: a double would round it
    s.pzxid = 0x1000000000000001;
    s.ctime = 1764000000123;
    s.mtime = 1764000100456;
    s.version = 7;
    s.cversion = 2;
    s.aversion = 3;
    s.ephemeralOwner = 0x1000001abcdef01; // a session id above 2^53
    s.dataLength = 42;
    s.numChildren = 300000;
    return s;
}

ZnodeRecord sampleRecord()
{
    ZnodeRecord r;
    r.path = QStringLiteral("/kafka/brokers/ids/1");
    r.stat = sampleStat();
    r.acl = {{QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All},
             {QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read}};
    r.data = QByteArray("{\"host\":\"b1\"}\x00\xff", 15);
    return r;
}

ConnectionProfile sampleProfile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("6f1c2c4e-9c1b-4b7e-9a59-2f0f6d1d2a01");
    p.name = QStringLiteral("Production (Kerberos)");
    p.connectString = QStringLiteral("zk1.example.com:2181,zk2.example.com:2181/kafka");
    p.sessionTimeoutMs = 15000;
    p.readOnly = true;
    p.auth = ConnectionProfile::Auth::SaslGssapi;
    p.sasl.service = QStringLiteral("zookeeper");
    p.sasl.host = QStringLiteral("zk1.example.com");
    p.sasl.keytab = QStringLiteral("/etc/security/keytabs/admin.keytab");
    p.sasl.principal = QStringLiteral("admin@EXAMPLE.COM");
    return p;
}

} // namespace

class TestZkValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aclEntryJson();
    void aclEntryRoundTrip_data();
    void aclEntryRoundTrip();
    void malformedAclEntry_data();
    void malformedAclEntry();
    void statJsonFollowsContract();
    void statKeeps64Bits();
    void statHex();
    void malformedStat_data();
    void malformedStat();
    void recordJsonFollowsContract();
    void recordRoundTrip();
    void noauthRecord();
    void malformedRecord_data();
    void malformedRecord();
    void connectString_data();
    void connectString();
    void profileValidation_data();
    void profileValidation();
    void profileJson();
    void malformedProfile_data();
    void malformedProfile();
    void profileSessionOptions();
    void profileStore();
    void profileStoreNeverWritesPasswords();
};

void TestZkValues::aclEntryJson()
{
    const AclEntry e{QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All};
    QCOMPARE(e.toJson(), parseObject(R"({"scheme":"sasl","id":"kafka","perms":"cdrwa"})"));
    const AclEntry r{QStringLiteral("world"), QStringLiteral("anyone"),
                     ZkPerm::Read | ZkPerm::Admin};
    QCOMPARE(r.toJson(), parseObject(R"({"scheme":"world","id":"anyone","perms":"ra"})"));
    QCOMPARE(r.permsString(), QStringLiteral("ra"));
    QCOMPARE(r.toString(), QStringLiteral("world:anyone:ra"));
    QVERIFY(r.has(ZkPerm::Read));
    QVERIFY(!r.has(ZkPerm::Read | ZkPerm::Write));
}

void TestZkValues::aclEntryRoundTrip_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("perms");
    QTest::addRow("world") << "world"
                           << "anyone" << int(ZkPerm::Read);
    QTest::addRow("auth") << "auth"
                          << "" << int(ZkPerm::All);
    QTest::addRow("digest") << "digest"
                            << "admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=" << int(ZkPerm::All);
    QTest::addRow("ip") << "ip"
                        << "10.0.0.0/8" << int(ZkPerm::Read | ZkPerm::Write);
    QTest::addRow("ipv6") << "ip"
                          << "fd00::/64" << int(ZkPerm::Read);
    QTest::addRow("sasl") << "sasl"
                          << "kafka/b1.example.com@EXAMPLE.COM" << int(ZkPerm::All);
    QTest::addRow("x509") << "x509"
                          << "CN=admin,O=Example Corp" << int(ZkPerm::Admin);
    QTest::addRow("no-perms") << "world"
                              << "anyone" << 0; // a server may hold one
}

void TestZkValues::aclEntryRoundTrip()
{
    QFETCH(QString, scheme);
    QFETCH(QString, id);
    QFETCH(int, perms);
    const AclEntry entry{scheme, id, perms};
    QString error;
    const auto back = AclEntry::fromJson(throughText(entry.toJson()), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, entry);

    const Acl acl{entry, {QStringLiteral("sasl"), QStringLiteral("zk"), ZkPerm::All}};
    const auto backAcl = aclFromJson(aclToJson(acl), &error);
    QVERIFY2(backAcl, qPrintable(error));
    QCOMPARE(*backAcl, acl);
}

void TestZkValues::malformedAclEntry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addRow("no-scheme") << QByteArray(R"({"id":"anyone","perms":"r"})")
                               << "missing field \"scheme\"";
    QTest::addRow("empty-scheme") << QByteArray(R"({"scheme":"","id":"anyone","perms":"r"})")
                                  << "field \"scheme\" is empty";
    QTest::addRow("id-number") << QByteArray(R"({"scheme":"world","id":1,"perms":"r"})")
                               << "field \"id\" is not a string";
    QTest::addRow("no-perms") << QByteArray(R"({"scheme":"world","id":"anyone"})")
                              << "missing field \"perms\"";
    QTest::addRow("perms-bits") << QByteArray(R"({"scheme":"world","id":"anyone","perms":31})")
                                << "field \"perms\" is not a string";
    QTest::addRow("perms-letter") << QByteArray(R"({"scheme":"world","id":"anyone","perms":"rx"})")
                                  << "field \"perms\" is \"rx\", not permissions in cdrwa notation";
}

void TestZkValues::malformedAclEntry()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!AclEntry::fromJson(QJsonDocument::fromJson(json).object(), &message));
    QCOMPARE(message, error);

    QJsonArray array{QJsonDocument::fromJson(json).object()};
    QVERIFY(!aclFromJson(array, &message));
    QVERIFY(!aclFromJson(QJsonArray{QStringLiteral("world:anyone:r")}, &message));
}

void TestZkValues::statJsonFollowsContract()
{
    const QJsonObject o = sampleStat().toJson();
    const QStringList keys =
        strings({"aversion", "ctime", "cversion", "czxid", "dataLength", "ephemeralOwner", "mtime",
                 "mzxid", "numChildren", "pzxid", "version"});
    QCOMPARE(o.keys(), keys);
    for (auto it = o.begin(); it != o.end(); ++it)
        QVERIFY2(it.value().isDouble(), qPrintable(it.key()));
    QCOMPARE(o.value(QLatin1StringView("version")).toInt(), 7);
    QCOMPARE(o.value(QLatin1StringView("ctime")).toInteger(), Q_INT64_C(1764000000123));
}

void TestZkValues::statKeeps64Bits()
{
    const ZnodeStat stat = sampleStat();
    const QByteArray text = QJsonDocument(stat.toJson()).toJson(QJsonDocument::Compact);
    // Written as exact integers, not as rounded doubles.
    QVERIFY2(text.contains("\"mzxid\":9223372036854775553"), text.constData());
    QVERIFY2(text.contains("\"pzxid\":1152921504606846977"), text.constData());
    QVERIFY2(text.contains("\"ephemeralOwner\":72057601215295233"), text.constData());
    QString error;
    const auto back = ZnodeStat::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->mzxid, stat.mzxid);
    QCOMPARE(back->pzxid, stat.pzxid);
    QCOMPARE(back->ephemeralOwner, stat.ephemeralOwner);
    QCOMPARE(*back, stat);
    QVERIFY(back->isEphemeral());
    QCOMPARE(back->created(), QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC));
}

void TestZkValues::statHex()
{
    QCOMPARE(ZnodeStat::hex(0), QStringLiteral("0x0"));
    QCOMPARE(ZnodeStat::hex(0x100000002), QStringLiteral("0x100000002"));
    QCOMPARE(ZnodeStat::hex(0x1000001abcdef01), QStringLiteral("0x1000001abcdef01"));
    QCOMPARE(ZnodeStat::hex(-1), QStringLiteral("0xffffffffffffffff"));
}

void TestZkValues::malformedStat_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("error");
    QTest::addRow("missing-version")
        << "version" << QJsonValue(QJsonValue::Undefined) << "missing field \"version\"";
    QTest::addRow("null-czxid") << "czxid" << QJsonValue(QJsonValue::Null)
                                << "missing field \"czxid\"";
    QTest::addRow("string-czxid") << "czxid" << QJsonValue(QStringLiteral("0x100000002"))
                                  << "field \"czxid\" is not an integer";
    QTest::addRow("fraction") << "numChildren" << QJsonValue(1.5)
                              << "field \"numChildren\" is not an integer";
    QTest::addRow("version-too-big") << "version" << QJsonValue(qint64(1) << 40)
                                     << "field \"version\" is out of the 32-bit range";
    QTest::addRow("datalength-too-small") << "dataLength" << QJsonValue(-(qint64(1) << 33))
                                          << "field \"dataLength\" is out of the 32-bit range";
}

void TestZkValues::malformedStat()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject o = sampleStat().toJson();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    QString message;
    QVERIFY(!ZnodeStat::fromJson(o, &message));
    QCOMPARE(message, error);
}

void TestZkValues::recordJsonFollowsContract()
{
    ZnodeRecord r = sampleRecord();
    r.data.reset();
    const QJsonObject o = r.toJson();
    QCOMPARE(o.keys(), strings({"acl", "error", "path", "stat"}));
    QCOMPARE(o.value(QLatin1StringView("path")).toString(), r.path);
    QVERIFY(o.value(QLatin1StringView("error")).isNull());
    QCOMPARE(o.value(QLatin1StringView("acl")).toArray(),
             QJsonArray({parseObject(R"({"scheme":"sasl","id":"kafka","perms":"cdrwa"})"),
                         parseObject(R"({"scheme":"world","id":"anyone","perms":"r"})")}));
    QCOMPARE(o.value(QLatin1StringView("stat")).toObject(), sampleStat().toJson());

    const QJsonObject withData = sampleRecord().toJson();
    QCOMPARE(withData.value(QLatin1StringView("data")).toString(),
             QStringLiteral("eyJob3N0IjoiYjEifQD/"));
}

void TestZkValues::recordRoundTrip()
{
    for (const bool withData : {false, true}) {
        ZnodeRecord r = sampleRecord();
        if (!withData)
            r.data.reset();
        QString error;
        const auto back = ZnodeRecord::fromJson(throughText(r.toJson()), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.has_value(), withData);
        QCOMPARE(*back, r);
    }
    // Empty data is data (a node with zero bytes), not absent data.
    ZnodeRecord empty = sampleRecord();
    empty.data = QByteArray();
    const auto back = ZnodeRecord::fromJson(throughText(empty.toJson()));
    QVERIFY(back);
    QVERIFY(back->data.has_value());
    QVERIFY(back->data->isEmpty());
}

void TestZkValues::noauthRecord()
{
    ZnodeRecord r;
    r.path = QStringLiteral("/hbase/tokenauth");
    r.error = QStringLiteral("NOAUTH");
    QVERIFY(!r.readable());
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QLatin1StringView("error")).toString(), QStringLiteral("NOAUTH"));
    const auto back = ZnodeRecord::fromJson(throughText(o));
    QVERIFY(back);
    QCOMPARE(*back, r);
    QVERIFY(!back->readable());
}

void TestZkValues::malformedRecord_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    const QJsonValue undefined(QJsonValue::Undefined);
    QTest::addRow("no-path") << "path" << undefined << "missing field \"path\"";
    QTest::addRow("relative-path") << "path" << QJsonValue(QStringLiteral("kafka"))
                                   << "field \"path\" is not an absolute znode path: \"kafka\"";
    QTest::addRow("no-stat") << "stat" << undefined << "missing field \"stat\"";
    QTest::addRow("stat-array") << "stat" << QJsonValue(QJsonArray())
                                << "field \"stat\" is not an object";
    QTest::addRow("stat-incomplete") << "stat" << QJsonValue(parseObject(R"({"czxid":1})"))
                                     << "node /kafka/brokers/ids/1: stat: missing field \"mzxid\"";
    QTest::addRow("no-acl") << "acl" << undefined << "missing field \"acl\"";
    QTest::addRow("acl-string") << "acl" << QJsonValue(QStringLiteral("world:anyone:r"))
                                << "field \"acl\" is not an array";
    QTest::addRow("acl-bad-entry")
        << "acl" << QJsonValue(QJsonArray{parseObject(R"({"scheme":"world","id":"anyone"})")})
        << "node /kafka/brokers/ids/1: acl: missing field \"perms\"";
    QTest::addRow("error-number") << "error" << QJsonValue(-102)
                                  << "field \"error\" is not a string";
    QTest::addRow("data-not-base64") << "data" << QJsonValue(QStringLiteral("not base64!"))
                                     << "node /kafka/brokers/ids/1: field \"data\" is not base64";
    QTest::addRow("data-number") << "data" << QJsonValue(1) << "field \"data\" is not a string";
}

void TestZkValues::malformedRecord()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject o = sampleRecord().toJson();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    QString message;
    QVERIFY(!ZnodeRecord::fromJson(o, &message));
    QCOMPARE(message, error);
}

void TestZkValues::connectString_data()
{
    QTest::addColumn<QString>("connect");
    QTest::addColumn<QString>("error"); // empty: valid

    const QString example = QStringLiteral("expected host:port, e.g. zk1.example.com:2181, "
                                           "10.0.0.5:2181 or [fd00::5]:2181");
    QTest::addRow("one") << "zk1:2181"
                         << "";
    QTest::addRow("ensemble") << "zk1.example.com:2181,zk2.example.com:2181,zk3:2182"
                              << "";
    QTest::addRow("chroot") << "10.0.0.5:2181/kafka"
                            << "";
    QTest::addRow("deep-chroot") << "zk1:2181,zk2:2181/hbase/ns-1"
                                 << "";
    QTest::addRow("root-chroot") << "zk1:2181/"
                                 << "";
    QTest::addRow("ipv6") << "[::1]:2181"
                          << "";
    QTest::addRow("ipv6-ensemble") << "[fd00::5]:2181,[fd00::6]:2181,zk3:2181/app"
                                   << "";
    QTest::addRow("max-port") << "127.0.0.1:65535"
                              << "";
    QTest::addRow("underscore-host") << "zk_1.internal:2181"
                                     << "";

    QTest::addRow("empty") << ""
                           << "The connect string is empty: expected a list of servers such as "
                              "zk1:2181,zk2:2181,zk3:2181, optionally followed by a chroot "
                              "such as /kafka.";
    QTest::addRow("no-port") << "zk1"
                             << QStringLiteral("The connect string \"zk1\" has the server \"zk1\" "
                                               "without a port: %1.")
                                    .arg(example);
    QTest::addRow("empty-port")
        << "zk1:2181,zk2:"
        << QStringLiteral("The connect string \"zk1:2181,zk2:\" has the server \"zk2:\" without "
                          "a port: %1.")
               .arg(example);
    QTest::addRow("port-zero")
        << "zk1:0"
        << "The connect string \"zk1:0\" has the server \"zk1:0\" with the port \"0\": expected "
           "a port from 1 to 65535.";
    QTest::addRow("port-too-big")
        << "zk1:2181,zk2:65536"
        << "The connect string \"zk1:2181,zk2:65536\" has the server \"zk2:65536\" with the port "
           "\"65536\": expected a port from 1 to 65535.";
    QTest::addRow("port-not-number")
        << "zk1:21a1"
        << "The connect string \"zk1:21a1\" has the server \"zk1:21a1\" with the port \"21a1\": "
           "expected a port from 1 to 65535.";
    QTest::addRow("port-sign")
        << "zk1:+2181"
        << "The connect string \"zk1:+2181\" has the server \"zk1:+2181\" with the port "
           "\"+2181\": expected a port from 1 to 65535.";
    QTest::addRow("ipv6-without-brackets")
        << "fd00::5:2181"
        << "The connect string \"fd00::5:2181\" has the server \"fd00::5:2181\": an IPv6 address "
           "must be written in brackets, e.g. [fd00::5]:2181.";
    QTest::addRow("unclosed-bracket")
        << "[fd00::5:2181"
        << QStringLiteral("The connect string \"[fd00::5:2181\" has the server \"[fd00::5:2181\" "
                          "with an unclosed '[': %1.")
               .arg(example);
    QTest::addRow("brackets-not-ipv6")
        << "[zk1]:2181"
        << QStringLiteral("The connect string \"[zk1]:2181\" has the server \"[zk1]:2181\", "
                          "whose \"zk1\" in brackets is not an IPv6 address: %1.")
               .arg(example);
    QTest::addRow("empty-server")
        << "zk1:2181,,zk2:2181"
        << QStringLiteral("The connect string \"zk1:2181,,zk2:2181\" has an empty server "
                          "entry: %1.")
               .arg(example);
    QTest::addRow("no-host") << ":2181"
                             << QStringLiteral("The connect string \":2181\" has the server "
                                               "\":2181\" without a host name: %1.")
                                    .arg(example);
    QTest::addRow("bad-host-char")
        << "zk*1:2181"
        << QStringLiteral("The connect string \"zk*1:2181\" has the server \"zk*1:2181\", whose "
                          "host \"zk*1\" is not a host name or address: %1.")
               .arg(example);
    QTest::addRow("spaces")
        << "zk1:2181, zk2:2181"
        << "The connect string \"zk1:2181, zk2:2181\" contains spaces: expected servers "
           "separated by commas without spaces, e.g. zk1:2181,zk2:2181/kafka.";
    QTest::addRow("only-chroot") << "/kafka"
                                 << "The connect string \"/kafka\" names no server before the "
                                    "chroot: expected e.g. zk1:2181,zk2:2181/kafka.";
    QTest::addRow("chroot-trailing-slash")
        << "zk1:2181/kafka/"
        << "The connect string \"zk1:2181/kafka/\" has the chroot \"/kafka/\" ending in '/': "
           "expected a znode path such as /kafka.";
    QTest::addRow("chroot-double-slash")
        << "zk1:2181//kafka"
        << "The connect string \"zk1:2181//kafka\" has the chroot \"//kafka\" with an empty "
           "path segment (\"//\"): expected a znode path such as /kafka.";
    QTest::addRow("chroot-dotdot")
        << "zk1:2181/a/../b"
        << "The connect string \"zk1:2181/a/../b\" has the chroot \"/a/../b\" with a relative "
           "segment \"..\": ZooKeeper paths have no \".\" or \"..\" segments.";
}

void TestZkValues::connectString()
{
    QFETCH(QString, connect);
    QFETCH(QString, error);
    ConnectionProfile p;
    p.id = QStringLiteral("x");
    p.connectString = connect;
    const Result<void> valid = p.validate();
    QVERIFY2(valid.ok() == error.isEmpty(),
             qPrintable(valid.ok() ? QStringLiteral("valid") : valid.error().message));
    if (!valid.ok()) {
        QCOMPARE(valid.error().message, error);
        QVERIFY(valid.error().is(CoreError::InvalidInput));
    }
}

void TestZkValues::profileValidation_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("error");

    ConnectionProfile base;
    base.id = QStringLiteral("p1");
    base.connectString = QStringLiteral("zk1:2181");
    QTest::addRow("none") << base << "";

    ConnectionProfile t = base;
    t.sessionTimeoutMs = 50;
    QTest::addRow("timeout-low") << t
                                 << "The session timeout of 50 ms is out of range: expected 100 "
                                    "to 86400000 ms (the server then negotiates it into its own "
                                    "bounds, by default 2 to 20 ticks).";

    ConnectionProfile d = base;
    d.auth = ConnectionProfile::Auth::Digest;
    QTest::addRow("digest-no-user")
        << d << "Digest authentication is chosen but no digest user is given.";
    d.digestUsers = QStringList{QStringLiteral("alice"), QStringLiteral("svc")};
    QTest::addRow("digest-two-users") << d << "";
    d.digestUsers = QStringList{QStringLiteral("alice"), QStringLiteral("")};
    QTest::addRow("digest-empty-user") << d << "Digest user 2 has an empty name.";
    d.digestUsers = QStringList{QStringLiteral("alice:pw")};
    QTest::addRow("digest-colon")
        << d
        << "The digest user \"alice:pw\" contains ':': ZooKeeper's digest scheme splits "
           "user:password at the first ':', so a user name cannot contain one.";
    d.digestUsers = QStringList{QStringLiteral("alice"), QStringLiteral("alice")};
    QTest::addRow("digest-twice") << d << "The digest user \"alice\" is listed twice.";

    ConnectionProfile s = base;
    s.auth = ConnectionProfile::Auth::SaslGssapi;
    QTest::addRow("sasl-defaults") << s << "";
    s.sasl.service.clear();
    QTest::addRow("sasl-no-service")
        << s
        << "The SASL service name is empty: expected the first part of the server's principal, "
           "usually \"zookeeper\".";
    s.sasl.service = QStringLiteral("zookeeper/zk1");
    QTest::addRow("sasl-service-slash")
        << s
        << "The SASL service name \"zookeeper/zk1\" is not a service name: expected the first "
           "part of the server's principal without '/' or '@', usually \"zookeeper\".";
    s.sasl.service = QStringLiteral("zookeeper");
    s.sasl.host = QStringLiteral("zk1 example");
    QTest::addRow("sasl-bad-host") << s
                                   << "The SASL server host \"zk1 example\" is not a host name: "
                                      "expected the host part of the server's principal, e.g. "
                                      "zk1.example.com.";
    s.sasl.host.clear();
    s.sasl.keytab = QStringLiteral("/tmp/admin.keytab");
    QTest::addRow("sasl-keytab-no-principal")
        << s << "The keytab /tmp/admin.keytab is chosen but no principal to take from it.";
    s.sasl.principal = QStringLiteral("admin@EXAMPLE.COM");
    QTest::addRow("sasl-keytab") << s << "";
}

void TestZkValues::profileValidation()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, error);
    const Result<void> valid = profile.validate();
    QVERIFY2(valid.ok() == error.isEmpty(),
             qPrintable(valid.ok() ? QStringLiteral("valid") : valid.error().message));
    if (!valid.ok())
        QCOMPARE(valid.error().message, error);
}

void TestZkValues::profileJson()
{
    const ConnectionProfile p = sampleProfile();
    const QJsonObject o = p.toJson();
    QCOMPARE(o.keys(), strings({"auth", "connectString", "digestUsers", "id", "name", "readOnly",
                                "sasl", "sessionTimeoutMs"}));
    QCOMPARE(o.value(QLatin1StringView("auth")).toString(), QStringLiteral("sasl-gssapi"));
    QString error;
    const auto back = ConnectionProfile::fromJson(throughText(o), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, p);

    ConnectionProfile digest;
    digest.id = QStringLiteral("d");
    digest.connectString = QStringLiteral("127.0.0.1:2181");
    digest.auth = ConnectionProfile::Auth::Digest;
    digest.digestUsers = {QStringLiteral("alice"), QStringLiteral("svc")};
    QCOMPARE(digest.toJson().value(QLatin1StringView("auth")).toString(), QStringLiteral("digest"));
    QCOMPARE(ConnectionProfile::fromJson(throughText(digest.toJson())).value(), digest);

    // Only id and connectString are required; the rest defaults.
    const auto minimal =
        ConnectionProfile::fromJson(parseObject(R"({"id":"m","connectString":"zk:2181"})"));
    QVERIFY(minimal);
    QCOMPARE(minimal->auth, ConnectionProfile::Auth::None);
    QCOMPARE(minimal->sessionTimeoutMs, 30000);
    QCOMPARE(minimal->sasl.service, QStringLiteral("zookeeper"));
}

void TestZkValues::malformedProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addRow("no-id") << QByteArray(R"({"connectString":"zk:2181"})")
                           << "missing field \"id\"";
    QTest::addRow("no-connect") << QByteArray(R"({"id":"x"})") << "missing field \"connectString\"";
    QTest::addRow("auth-unknown")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","auth":"kerberos"})")
        << "field \"auth\" is \"kerberos\"; expected none, digest or sasl-gssapi";
    QTest::addRow("users-not-list")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","digestUsers":"alice"})")
        << "field \"digestUsers\" is not a list of strings";
    QTest::addRow("users-numbers")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","digestUsers":[1]})")
        << "field \"digestUsers\" is not a list of strings";
    QTest::addRow("timeout-string")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","sessionTimeoutMs":"30s"})")
        << "field \"sessionTimeoutMs\" is not an integer";
    QTest::addRow("timeout-huge")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","sessionTimeoutMs":9999999999})")
        << "field \"sessionTimeoutMs\" is out of range";
    QTest::addRow("readonly-string")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","readOnly":"yes"})")
        << "field \"readOnly\" is not a boolean";
    QTest::addRow("sasl-not-object")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","sasl":"zookeeper"})")
        << "field \"sasl\" is not an object";
    QTest::addRow("sasl-service-number")
        << QByteArray(R"({"id":"x","connectString":"zk:2181","sasl":{"service":1}})")
        << "sasl: field \"service\" is not a string";
}

void TestZkValues::malformedProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object(), &message));
    QCOMPARE(message, error);
}

void TestZkValues::profileSessionOptions()
{
    ConnectionProfile p;
    p.id = QStringLiteral("abc");
    p.connectString = QStringLiteral("zk1:2181/kafka");
    p.sessionTimeoutMs = 12000;
    p.readOnly = true;
    p.auth = ConnectionProfile::Auth::Digest;
    p.digestUsers = {QStringLiteral("alice"), QStringLiteral("svc")};
    QCOMPARE(p.keychainKey(QStringLiteral("alice")), QStringLiteral("zookeeper/abc/alice"));

    const SessionOptions o = p.sessionOptions({QStringLiteral("pw-a"), QStringLiteral("pw-s")});
    QCOMPARE(o.connectString, p.connectString);
    QCOMPARE(o.sessionTimeoutMs, 12000);
    QVERIFY(o.readOnly);
    QVERIFY(!o.sasl);
    QCOMPARE(o.digests.size(), qsizetype(2));
    QCOMPARE(o.digests[0], (DigestCredential{QStringLiteral("alice"), QStringLiteral("pw-a")}));
    QCOMPARE(o.digests[1], (DigestCredential{QStringLiteral("svc"), QStringLiteral("pw-s")}));

    const SessionOptions sasl = sampleProfile().sessionOptions();
    QVERIFY(sasl.sasl);
    QVERIFY(sasl.digests.isEmpty());
    QCOMPARE(sasl.saslOptions, sampleProfile().sasl);
}

void TestZkValues::profileStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("portier.ini"));
    ConnectionProfile a = sampleProfile();
    a.name = QStringLiteral("b-production");
    ConnectionProfile b;
    b.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    b.name = QStringLiteral("a-staging");
    b.connectString = QStringLiteral("127.0.0.1:2181");
    {
        QSettings settings(ini, QSettings::IniFormat);
        ConnectionProfileStore store(settings);
        QVERIFY(store.load().isEmpty());
        store.save(a);
        store.save(b);
        settings.setValue(QStringLiteral("zookeeper/profiles/broken"), QStringLiteral("{nope"));
        settings.setValue(QStringLiteral("zookeeper/profiles/not-a-profile"),
                          QStringLiteral("{\"id\":\"x\"}"));
        settings.setValue(QStringLiteral("other/key"), 1);
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        ConnectionProfileStore store(settings);
        const QList<ConnectionProfile> loaded = store.load();
        QCOMPARE(loaded.size(), qsizetype(2)); // the unreadable entries are skipped
        QCOMPARE(loaded[0], b);                // sorted by name
        QCOMPARE(loaded[1], a);

        a.readOnly = false; // saving again replaces
        store.save(a);
        store.remove(b.id);
        store.remove(QStringLiteral("no-such-id"));
    }
    QSettings settings(ini, QSettings::IniFormat);
    const QList<ConnectionProfile> loaded = ConnectionProfileStore(settings).load();
    QCOMPARE(loaded.size(), qsizetype(1));
    QCOMPARE(loaded[0], a);
    QCOMPARE(settings.value(QStringLiteral("other/key")).toInt(), 1);
}

void TestZkValues::profileStoreNeverWritesPasswords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("portier.ini"));
    const QString passwordA = QStringLiteral("Tr0ub4dor&3-alice");
    const QString passwordB = QStringLiteral("correct-horse-svc");

    ConnectionProfile p;
    p.id = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    p.name = QStringLiteral("digest cluster");
    p.connectString = QStringLiteral("zk1:2181,zk2:2181/app");
    p.auth = ConnectionProfile::Auth::Digest;
    p.digestUsers = {QStringLiteral("alice"), QStringLiteral("svc")};
    // What the connection dialog does: the passwords are used for the session ...
    const SessionOptions options = p.sessionOptions({passwordA, passwordB});
    QCOMPARE(options.digests[0].password, passwordA);
    {
        // ... and the profile is saved.
        QSettings settings(ini, QSettings::IniFormat);
        ConnectionProfileStore(settings).save(p);
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("alice"), content.constData()); // the users are there
    QVERIFY2(content.contains("svc"), content.constData());
    QVERIFY(!content.contains(passwordA.toUtf8()));
    QVERIFY(!content.contains(passwordB.toUtf8()));
    QVERIFY(!content.toLower().contains("password"));
    QVERIFY(!content.toLower().contains("secret"));
}

QTEST_GUILESS_MAIN(TestZkValues)
#include "tst_zk_values.moc"
