// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/audit.h"
#include "tests/support/zk_audit_seed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Portier;
using namespace Portier::Test;

class TestZkAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInCoversAllComponents();
    void builtInIsSharedAcrossThreads();
    void builtInMatchesGuide_data();
    void builtInMatchesGuide();
    void kafkaZnodes();
    void principals();
    void badProfiles_data();
    void badProfiles();
    void digestPatternInProfile();
    void saslIdMatching_data();
    void saslIdMatching();
    void seedIsParentFirst();
    void secureSeedHasNoFindings();
    void unsecureSeedHasNoFindings();
    void seededDeviationsFoundExactly();
    void singleDeviation_data();
    void singleDeviation();
    void unsecureMode();
    void componentDetection();
    void unknownPrincipalDependsOnDetection();
    void extraPrincipals();
    void rootLimitsScope();
    void jsonContract();
    void htmlIsEscapedAndComplete();
    void fixPlanCoversSubtree();
    void fixPlanNodeOnlyWhenSubtreeRulesDiffer();
    void fixPlanWithoutRecommendationIsError();
};

namespace {

constexpr auto Secure = AuditOptions::Mode::Secure;
constexpr auto Unsecure = AuditOptions::Mode::Unsecure;

Acl acl(const QString &text)
{
    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    if (!parsed)
        qFatal("test ACL does not parse: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

ZnodeRecord record(const QString &path, const QString &aclText, int aversion = 0)
{
    ZnodeRecord r;
    r.path = path;
    r.acl = acl(aclText);
    r.stat.aversion = aversion;
    return r;
}

// Replaces the ACL of @p path in @p nodes, or adds the node.
void put(QList<ZnodeRecord> &nodes, const ZnodeRecord &node)
{
    for (ZnodeRecord &n : nodes) {
        if (n.path == node.path) {
            n = node;
            return;
        }
    }
    nodes.append(node);
}

QList<ZnodeRecord> seeded(AuditOptions::Mode mode)
{
    return auditSeedRecords(auditSeed(AuditProfiles::builtIn(), mode));
}

AuditOptions options(AuditOptions::Mode mode)
{
    AuditOptions o;
    o.mode = mode;
    return o;
}

// "rule path severity recommended" per finding, for readable comparisons.
QStringList summary(const AuditReport &report)
{
    QStringList lines;
    for (const AuditFinding &f : report.findings)
        lines.append(
            f.rule + QLatin1Char(' ') + f.path + QLatin1Char(' ') + auditSeverityName(f.severity) +
            QLatin1Char(' ') +
            (f.recommended.isEmpty() ? QStringLiteral("-") : AclSyntax::formatAcl(f.recommended)));
    return lines;
}

const AuditFinding *findingFor(const AuditReport &report, const QString &path)
{
    for (const AuditFinding &f : report.findings) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QStringList allComponents()
{
    return {QStringLiteral("atlas"), QStringLiteral("hbase"), QStringLiteral("hdfs"),
            QStringLiteral("kafka"), QStringLiteral("oozie"), QStringLiteral("ranger"),
            QStringLiteral("solr"),  QStringLiteral("yarn"),  QStringLiteral("zookeeper")};
}

constexpr char MiniProfile[] = R"({"format":"portier-zk-audit-profiles","version":1,
 "components":[{"name":"app","displayName":"App","reference":"Test","detectPaths":["/app"],
   "principals":["app"],
   "rules":[{"path":"/app/**","secure":"sasl:app:cdrwa","unsecure":"world:anyone:cdrwa","note":"n"},
            {"path":"/app/public/**","secure":"sasl:app:cdrwa,world:anyone:r",
             "unsecure":"world:anyone:cdrwa","note":"n"}]}]})";

} // namespace

void TestZkAudit::builtInCoversAllComponents()
{
    const Result<AuditProfiles> loaded = AuditProfiles::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
    QStringList names;
    QStringList handsOff;
    for (const AuditComponentProfile &c : loaded->components()) {
        names.append(c.name);
        if (c.manualChangesDiscouraged)
            handsOff.append(c.name);
        QVERIFY2(!c.displayName.isEmpty() && !c.reference.isEmpty() && !c.remedy.isEmpty(),
                 qPrintable(c.name));
        QVERIFY2(!c.detectPaths.isEmpty() && !c.rules.isEmpty(), qPrintable(c.name));
        for (const AuditComponentProfile::Rule &r : c.rules) {
            QVERIFY2(!r.note.isEmpty(), qPrintable(r.path));
            QVERIFY2(r.reference.startsWith(QLatin1StringView("ZooKeeper ACLs")),
                     qPrintable(r.path));
        }
    }
    QCOMPARE(names, allComponents());
    // The guide says not to alter HBase's and HDFS's ACLs by hand.
    QCOMPARE(handsOff, (QStringList{QStringLiteral("hbase"), QStringLiteral("hdfs")}));
    QCOMPARE(AuditProfiles::builtIn().components().size(), qsizetype(9));
    QCOMPARE(AuditProfiles::builtIn().component(QStringLiteral("solr"))->displayName,
             QStringLiteral("Search (Solr)"));
    QVERIFY(AuditProfiles::builtIn().source().contains(QLatin1StringView("Cloudera")));
}

void TestZkAudit::builtInIsSharedAcrossThreads()
{
    std::vector<const AuditProfiles *> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = &AuditProfiles::builtIn(); });
    for (std::thread &t : threads)
        t.join();
    for (const AuditProfiles *p : seen) {
        QCOMPARE(p, &AuditProfiles::builtIn());
        QCOMPARE(p->components().size(), qsizetype(9));
    }
}

void TestZkAudit::builtInMatchesGuide_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("secure");
    QTest::addColumn<QString>("unsecure");
    QTest::addColumn<bool>("worldReadableAllowed");

    const QString open = QStringLiteral("world:anyone:cdrwa");
    auto row = [&](const char *name, const char *path, const char *component, const char *secure,
                   const QString &unsecure, bool worldRead) {
        QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(component)
                            << QString::fromLatin1(secure) << unsecure << worldRead;
    };
    row("atlas root", "/apache_atlas", "atlas", "sasl:atlas:cdrwa", open, false);
    row("atlas child", "/apache_atlas/active_server_info", "atlas", "sasl:atlas:cdrwa", open,
        false);
    row("atlas leader", "/apache_atlas/leader/x", "atlas", "sasl:atlas:cdrwa", open, false);
    row("hbase", "/hbase", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open, true);
    row("hbase master", "/hbase/master", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open, true);
    row("hbase meta", "/hbase/meta-region-server", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open,
        true);
    row("hbase id", "/hbase/hbaseid", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open, true);
    row("hbase table", "/hbase/table", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open, true);
    row("hbase rs", "/hbase/rs", "hbase", "world:anyone:r,sasl:hbase:cdrwa", open, true);
    for (const char *p :
         {"/hbase/acl", "/hbase/namespace", "/hbase/backup-masters", "/hbase/online-snapshot",
          "/hbase/draining", "/hbase/replication", "/hbase/region-in-transition", "/hbase/splitWAL",
          "/hbase/table-lock", "/hbase/recovering-regions", "/hbase/running", "/hbase/tokenauth"})
        row(p, p, "hbase", "sasl:hbase:cdrwa", open, false);
    row("hbase acl child", "/hbase/acl/t1", "hbase", "sasl:hbase:cdrwa", open, false);
    row("hbase unlisted", "/hbase/rs/host1,16020,1", "hbase", "sasl:hbase:cdrwa", open, true);
    row("hdfs", "/hadoop-ha", "hdfs", "digest:hdfs-fcs:cdrwa", open, false);
    row("hdfs lock", "/hadoop-ha/ns1/ActiveStandbyElectorLock", "hdfs", "digest:hdfs-fcs:cdrwa",
        open, false);
    row("oozie", "/oozie", "oozie", "sasl:oozie:cdrwa", open, false);
    row("ranger", "/ranger_audits", "ranger", "sasl:solr:cdrwa", open, false);
    row("solr", "/solr", "solr", "sasl:solr:cdrwa,world:anyone:r", open, true);
    row("solr child", "/solr/collections/c1", "solr", "sasl:solr:cdrwa,world:anyone:r", open, true);
    row("solr infra", "/solr-infra", "solr", "sasl:solr:cdrwa,world:anyone:r", open, true);
    row("rmstore", "/rmstore", "yarn", "sasl:rm:cdrwa,sasl:yarn:cdrwa", open, false);
    row("rmstore child", "/rmstore/ZKRMStateRoot/RMAppRoot", "yarn",
        "sasl:rm:cdrwa,sasl:yarn:cdrwa", open, false);
    row("yarn election", "/yarn-leader-election", "yarn", "sasl:rm:cdrwa,sasl:yarn:cdrwa", open,
        false);
    row("root", "/", "zookeeper", "world:anyone:cdrwa", open, true);
    row("zookeeper", "/zookeeper", "zookeeper", "sasl:zookeeper:cdrw", open, false);
    row("quota", "/zookeeper/quota", "zookeeper", "sasl:zookeeper:cdrwa,world:anyone:r", open,
        true);
    row("config", "/zookeeper/config", "zookeeper", "world:anyone:r",
        QStringLiteral("world:anyone:r"), true);
}

void TestZkAudit::builtInMatchesGuide()
{
    QFETCH(QString, path);
    QFETCH(QString, component);
    QFETCH(QString, secure);
    QFETCH(QString, unsecure);
    QFETCH(bool, worldReadableAllowed);
    const AuditComponentProfile *owner = nullptr;
    const auto *rule = AuditProfiles::builtIn().ruleFor(path, allComponents(), &owner);
    QVERIFY(rule);
    QCOMPARE(owner->name, component);
    QCOMPARE(AclSyntax::formatAcl(rule->secure), secure);
    QCOMPARE(AclSyntax::formatAcl(rule->unsecure), unsecure);
    QCOMPARE(rule->worldReadableAllowed, worldReadableAllowed);
}

void TestZkAudit::kafkaZnodes()
{
    const QStringList kafka{QStringLiteral("kafka")};
    for (const char *p :
         {"/controller", "/cluster", "/brokers", "/kafka-acl", "/admin", "/isr_change_notification",
          "/log_dir_event_notification", "/delegation_token", "/controller_epoch", "/consumers",
          "/config", "/brokers/ids/1", "/config/topics/t"}) {
        const auto *rule = AuditProfiles::builtIn().ruleFor(QString::fromLatin1(p), kafka);
        QVERIFY2(rule, p);
        QCOMPARE(AclSyntax::formatAcl(rule->secure), QStringLiteral("sasl:kafka:cdrwa"));
        QCOMPARE(AclSyntax::formatAcl(rule->unsecure), QStringLiteral("world:anyone:cdrwa"));
        QVERIFY(!rule->worldReadableAllowed);
    }
    // Unlisted Kafka znodes and other components' paths are not Kafka's.
    QVERIFY(!AuditProfiles::builtIn().ruleFor(u"/latest_producer_id_block", kafka));
    QVERIFY(!AuditProfiles::builtIn().ruleFor(u"/controller/x", kafka));
    QVERIFY(!AuditProfiles::builtIn().ruleFor(u"/configs", kafka));
    QVERIFY(!AuditProfiles::builtIn().ruleFor(u"/brokers", QStringList{QStringLiteral("solr")}));
}

void TestZkAudit::principals()
{
    const QHash<QString, QStringList> expected{
        {QStringLiteral("atlas"), {QStringLiteral("atlas")}},
        {QStringLiteral("hbase"), {QStringLiteral("hbase")}},
        {QStringLiteral("hdfs"), {}},
        {QStringLiteral("kafka"), {QStringLiteral("kafka")}},
        {QStringLiteral("oozie"), {QStringLiteral("oozie")}},
        {QStringLiteral("ranger"), {QStringLiteral("solr")}},
        {QStringLiteral("solr"), {QStringLiteral("solr")}},
        {QStringLiteral("yarn"), {QStringLiteral("rm"), QStringLiteral("yarn")}},
        {QStringLiteral("zookeeper"), {QStringLiteral("zookeeper")}},
    };
    for (const AuditComponentProfile &c : AuditProfiles::builtIn().components())
        QCOMPARE(c.principals, expected.value(c.name));
}

void TestZkAudit::badProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    auto component = [](const char *rules, const char *extra = "") -> QByteArray {
        return QByteArray(R"({"format":"portier-zk-audit-profiles","version":1,"components":[)"
                          R"({"name":"kafka","displayName":"Kafka","reference":"R",)"
                          R"("detectPaths":["/brokers"],"principals":["kafka"],)") +
               extra + R"("rules":[)" + rules + "]}]}";
    };
    const char *goodRule =
        R"({"path":"/brokers/**","secure":"sasl:kafka:cdrwa","unsecure":"world:anyone:cdrwa"})";
    auto strings = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromUtf8(s));
        return out;
    };

    QTest::newRow("not json") << QByteArray("{\"format\":") << strings({"not valid JSON"});
    QTest::newRow("array") << QByteArray("[]") << strings({"not a JSON object"});
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"components":[]})")
                                  << strings({"\"format\"", "portier-zk-audit-profiles"});
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"portier-zk-audit-profiles","version":2,"components":[]})")
        << strings({"version 2", "newer"});
    QTest::newRow("no components")
        << QByteArray(R"({"format":"portier-zk-audit-profiles","version":1,"components":[]})")
        << strings({"\"components\""});
    QTest::newRow("unknown top-level field")
        << QByteArray(
               R"({"format":"portier-zk-audit-profiles","version":1,"component":[],"components":[]})")
        << strings({"unknown field \"component\""});
    QTest::newRow("component without name")
        << QByteArray(
               R"({"format":"portier-zk-audit-profiles","version":1,"components":[{"rules":[]}]})")
        << strings({"component 1", "\"name\""});
    QTest::newRow("misspelt rule field")
        << component(
               R"({"path":"/brokers","secrue":"sasl:kafka:cdrwa","unsecure":"world:anyone:cdrwa"})")
        << strings({"component \"kafka\"", "rule \"/brokers\"", "unknown field \"secrue\""});
    QTest::newRow("missing secure ACL")
        << component(R"({"path":"/brokers","unsecure":"world:anyone:cdrwa"})")
        << strings({"rule \"/brokers\"", "\"secure\" is missing"});
    QTest::newRow("bad perms")
        << component(
               R"({"path":"/brokers","secure":"sasl:kafka:cdrwx","unsecure":"world:anyone:cdrwa"})")
        << strings({"rule \"/brokers\"", "secure ACL \"sasl:kafka:cdrwx\" does not parse"});
    QTest::newRow("bad world id")
        << component(
               R"({"path":"/brokers","secure":"sasl:kafka:cdrwa","unsecure":"world:everyone:cdrwa"})")
        << strings({"rule \"/brokers\"", "unsecure ACL"});
    QTest::newRow("foreign principal")
        << component(
               R"({"path":"/brokers","secure":"sasl:kfka:cdrwa","unsecure":"world:anyone:cdrwa"})")
        << strings({"rule \"/brokers\"", "sasl:kfka", "principals (kafka)"});
    QTest::newRow("relative path")
        << component(
               R"({"path":"brokers","secure":"sasl:kafka:cdrwa","unsecure":"world:anyone:cdrwa"})")
        << strings({"rule \"brokers\"", "absolute"});
    QTest::newRow("inner wildcard")
        << component(
               R"({"path":"/brokers/*/ids","secure":"sasl:kafka:cdrwa","unsecure":"world:anyone:cdrwa"})")
        << strings({"rule \"/brokers/*/ids\"", "\"/**\""});
    QTest::newRow("duplicate rule")
        << component(QByteArray(QByteArray(goodRule) + ',' + goodRule).constData())
        << strings({"rule \"/brokers/**\"", "already covers"});
    QTest::newRow("contradictory world read")
        << component(
               R"({"path":"/brokers","secure":"sasl:kafka:cdrwa,world:anyone:r","unsecure":"world:anyone:cdrwa","worldReadableAllowed":false})")
        << strings({"rule \"/brokers\"", "worldReadableAllowed"});
    QTest::newRow("bad severity")
        << component(
               R"({"path":"/brokers","secure":"sasl:kafka:cdrwa","unsecure":"world:anyone:cdrwa","severity":"info"})")
        << strings({"rule \"/brokers\"", "\"severity\""});
    QTest::newRow("no rules") << component("") << strings({"component \"kafka\"", "\"rules\""});
    QTest::newRow("long principal")
        << QByteArray(component(goodRule).replace("[\"kafka\"]", "[\"kafka@EXAMPLE.COM\"]"))
        << strings({"component \"kafka\"", "kafka@EXAMPLE.COM", "short name"});
    QTest::newRow("empty detect paths")
        << QByteArray(component(goodRule).replace("[\"/brokers\"]", "[]"))
        << strings({"component \"kafka\"", "detectPaths"});
    QTest::newRow("bad name") << QByteArray(component(goodRule).replace("\"kafka\",\"display",
                                                                        "\"Kafka!\",\"display"))
                              << strings({"component \"Kafka!\"", "lower-case"});
    QByteArray twice = component(goodRule);
    twice.replace("]}]}", "]},{\"name\":\"kafka\",\"displayName\":\"K\",\"reference\":\"R\","
                          "\"detectPaths\":[\"/k\"],\"principals\":[],\"rules\":[{\"path\":\"/k\","
                          "\"secure\":\"world:anyone:r\",\"unsecure\":\"world:anyone:r\"}]}]}");
    QTest::newRow("duplicate component") << twice << strings({"component \"kafka\"", "another"});
}

void TestZkAudit::badProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const Result<AuditProfiles> loaded = AuditProfiles::fromJson(json);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().is(CoreError::InvalidInput));
    const QString message = loaded.error().message;
    QVERIFY2(message.startsWith(QLatin1StringView("The ZooKeeper audit profiles are invalid")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1StringView("..")), qPrintable(message));
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(message.contains(m),
                 qPrintable(message + QStringLiteral("  [expected: ") + m + QLatin1Char(']')));
    QVERIFY(!loaded.error().hint.isEmpty());
}

void TestZkAudit::digestPatternInProfile()
{
    const auto *hdfs = AuditProfiles::builtIn().component(QStringLiteral("hdfs"));
    QVERIFY(hdfs);
    const AclEntry entry = hdfs->rules.constFirst().secure.constFirst();
    QCOMPARE(entry.scheme, QStringLiteral("digest"));
    QCOMPARE(entry.id, QStringLiteral("hdfs-fcs"));
    QCOMPARE(entry.perms, int(ZkPerm::All));
    QVERIFY(isProfileDigestPattern(entry));
    QVERIFY(!isProfileDigestPattern(
        AclEntry{QStringLiteral("digest"), AclSyntax::digestId(u"hdfs-fcs", u"x"), 31}));
    // A profile with a full digest id loads too.
    const QString id = AclSyntax::digestId(u"alice", u"secret");
    const QByteArray json =
        R"({"format":"portier-zk-audit-profiles","version":1,"components":[{"name":"a",)"
        R"("displayName":"A","reference":"R","detectPaths":["/a"],"principals":[],"rules":[)"
        R"({"path":"/a","secure":"digest:)" +
        id.toUtf8() + R"(:cdrwa","unsecure":"world:anyone:cdrwa"}]}]})";
    const Result<AuditProfiles> loaded = AuditProfiles::fromJson(json);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->components().constFirst().rules.constFirst().secure.constFirst().id, id);
}

void TestZkAudit::saslIdMatching_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<bool>("matches");
    auto row = [](const char *name, const char *id, const char *principal, bool matches) {
        QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(principal) << matches;
    };
    row("short", "kafka", "kafka", true);
    row("realm", "kafka@EXAMPLE.COM", "kafka", true);
    row("host and realm", "kafka/b1.example.com@EXAMPLE.COM", "kafka", true);
    row("host", "kafka/b1.example.com", "kafka", true);
    row("prefix is not a match", "kafkaadmin", "kafka", false);
    row("other", "mallory@EXAMPLE.COM", "kafka", false);
    row("case matters", "Kafka", "kafka", false);
    row("empty principal", "kafka", "", false);
}

void TestZkAudit::saslIdMatching()
{
    QFETCH(QString, id);
    QFETCH(QString, principal);
    QFETCH(bool, matches);
    QCOMPARE(saslIdMatches(id, principal), matches);
}

void TestZkAudit::seedIsParentFirst()
{
    const QList<ZkAuditSeedNode> seed = auditSeed(AuditProfiles::builtIn(), Secure);
    QSet<QString> seen;
    for (const ZkAuditSeedNode &n : seed) {
        if (n.path != QLatin1StringView("/")) {
            const qsizetype slash = n.path.lastIndexOf(QLatin1Char('/'));
            const QString parent = slash == 0 ? QStringLiteral("/") : n.path.left(slash);
            QVERIFY2(seen.contains(parent), qPrintable(n.path));
        }
        QVERIFY2(AclSyntax::validateAcl(n.acl).ok(), qPrintable(n.path));
        seen.insert(n.path);
    }
    // Every rule of every component is seeded.
    for (const AuditComponentProfile &c : AuditProfiles::builtIn().components()) {
        for (const AuditComponentProfile::Rule &r : c.rules)
            QVERIFY2(seen.contains(r.basePath()), qPrintable(r.path));
    }
    const auto hadoop = std::find_if(seed.cbegin(), seed.cend(), [](const ZkAuditSeedNode &n) {
        return n.path == QLatin1StringView("/hadoop-ha");
    });
    QVERIFY(hadoop != seed.cend());
    QCOMPARE(AclSyntax::formatAcl(hadoop->acl),
             QStringLiteral("digest:") + AclSyntax::digestId(u"hdfs-fcs", u"portier-seed") +
                 QStringLiteral(":cdrwa"));
}

void TestZkAudit::secureSeedHasNoFindings()
{
    const QList<ZnodeRecord> nodes = seeded(Secure);
    QVERIFY(nodes.size() > 40);
    const AuditReport report = Auditor().run(nodes, options(Secure));
    QCOMPARE(summary(report), QStringList());
    QCOMPARE(report.components, allComponents());
    QCOMPARE(report.nodesScanned, static_cast<int>(nodes.size()));
    QVERIFY(report.mode == Secure);
    QCOMPARE(report.componentDetails.size(), qsizetype(9));
    QCOMPARE(report.componentDetails.at(6).displayName, QStringLiteral("Search (Solr)"));
}

void TestZkAudit::unsecureSeedHasNoFindings()
{
    const QList<ZnodeRecord> nodes = seeded(Unsecure);
    const AuditReport report = Auditor().run(nodes, options(Unsecure));
    QCOMPARE(summary(report), QStringList());
    // The secure tree audited as unsecured deviates everywhere the profiles differ.
    const AuditReport crossed = Auditor().run(seeded(Secure), options(Unsecure));
    QVERIFY(findingFor(crossed, QStringLiteral("/brokers")));
    QCOMPARE(findingFor(crossed, QStringLiteral("/brokers"))->rule,
             QStringLiteral("profile-deviation"));
    QVERIFY(!findingFor(crossed, QStringLiteral("/zookeeper/config")));
    QVERIFY(!findingFor(crossed, QStringLiteral("/")));
}

void TestZkAudit::seededDeviationsFoundExactly()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/brokers/ids"), QStringLiteral("sasl:kafka:cdrwa")));
    put(nodes, record(QStringLiteral("/brokers/ids/1"), QStringLiteral("sasl:kafka:cdrwa")));
    // The seeded deviations.
    put(nodes, record(QStringLiteral("/brokers"),
                      QStringLiteral("sasl:kafka:cdrwa,world:anyone:cdrw"), 3));
    const QString bob = AclSyntax::digestId(u"bob", u"builder");
    put(nodes,
        record(QStringLiteral("/config"),
               QStringLiteral("sasl:kafka:cdrwa,digest:") + bob + QStringLiteral(":cdrwa"), 2));
    put(nodes,
        record(QStringLiteral("/hbase/acl"), QStringLiteral("sasl:hbase:cdrwa,world:anyone:r"), 1));
    put(nodes, record(QStringLiteral("/solr"),
                      QStringLiteral("sasl:solr:cdrwa,world:anyone:r,sasl:mallory:cdrwa"), 4));
    ZnodeRecord locked;
    locked.path = QStringLiteral("/oozie/locked");
    locked.error = QStringLiteral("NOAUTH");
    put(nodes, locked);

    const AuditReport report = Auditor().run(nodes, options(Secure));
    QCOMPARE(summary(report),
             (QStringList{
                 QStringLiteral("world-writable /brokers high sasl:kafka:cdrwa"),
                 QStringLiteral("world-readable-secret /hbase/acl high sasl:hbase:cdrwa"),
                 QStringLiteral("digest-on-kerberos-cluster /config medium sasl:kafka:cdrwa"),
                 QStringLiteral("unknown-principal /solr medium sasl:solr:cdrwa,world:anyone:r"),
                 QStringLiteral("unreadable /oozie/locked info -"),
             }));

    const AuditFinding *brokers = findingFor(report, QStringLiteral("/brokers"));
    QCOMPARE(brokers->component, QStringLiteral("kafka"));
    QCOMPARE(brokers->profileRule, QStringLiteral("/brokers/**"));
    QCOMPARE(brokers->reference, QStringLiteral("ZooKeeper ACLs Best Practices: Kafka"));
    QVERIFY(brokers->fixSubtree);
    QCOMPARE(brokers->fixCommand,
             AclSyntax::setAclCommand(QStringLiteral("/brokers"),
                                      acl(QStringLiteral("sasl:kafka:cdrwa")), -1, true));
    QCOMPARE(AclSyntax::formatAcl(brokers->acl),
             QStringLiteral("sasl:kafka:cdrwa,world:anyone:cdrw"));
    QVERIFY(brokers->message.contains(QLatin1StringView("/brokers")));
    QVERIFY(brokers->message.contains(QLatin1StringView("Kafka expects sasl:kafka:cdrwa")));
    QVERIFY(!brokers->message.contains(QLatin1StringView("by hand")));
    QCOMPARE(brokers->note, QStringLiteral("Kafka znode for broker metadata."));
    // HBase: the guide says not to alter its ACLs by hand, and the finding says so.
    QVERIFY(findingFor(report, QStringLiteral("/hbase/acl"))
                ->message.contains(QLatin1StringView("against changing HBase's ACLs by hand")));

    const AuditFinding *config = findingFor(report, QStringLiteral("/config"));
    QVERIFY(config->message.contains(QLatin1StringView("bob")));
    QVERIFY(!config->message.contains(bob.section(QLatin1Char(':'), 1))); // no hash in the text

    const AuditFinding *solr = findingFor(report, QStringLiteral("/solr"));
    QVERIFY(solr->message.contains(QLatin1StringView("mallory")));
    QCOMPARE(solr->component, QStringLiteral("solr"));

    const AuditFinding *locked_ = findingFor(report, QStringLiteral("/oozie/locked"));
    QCOMPARE(locked_->component, QStringLiteral("oozie"));
    QVERIFY(locked_->message.contains(QLatin1StringView("NOAUTH")));
    QVERIFY(locked_->fixCommand.isEmpty());
    QVERIFY(!locked_->fixSubtree);
}

void TestZkAudit::singleDeviation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("aclText");
    QTest::addColumn<QString>("expected"); // summary line, or "" for no finding
    QTest::addColumn<bool>("subtree");

    auto row = [](const char *name, const char *path, const char *aclText, const char *expected,
                  bool subtree = false) {
        QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(aclText)
                            << QString::fromLatin1(expected) << subtree;
    };
    row("realm form matches", "/cluster", "sasl:kafka@EXAMPLE.COM:cdrwa", "");
    row("host form matches", "/cluster", "sasl:kafka/b1.example.com@EXAMPLE.COM:cdrwa", "");
    row("atlas realm", "/apache_atlas", "sasl:atlas@EXAMPLE.COM:cdrwa", "");
    row("order does not matter", "/hbase/master", "sasl:hbase:cdrwa,world:anyone:r", "");
    row("yarn order", "/rmstore", "sasl:yarn:cdrwa,sasl:rm:cdrwa", "");
    row("tolerated world read", "/hbase/rs/host1", "sasl:hbase:cdrwa,world:anyone:r", "");
    row("world admin keeps node's principal form", "/admin",
        "sasl:kafka@EXAMPLE.COM:cdrwa,world:anyone:cdrwa",
        "world-admin /admin critical sasl:kafka@EXAMPLE.COM:cdrwa", true);
    row("stricter is low", "/hbase", "sasl:hbase:cdrwa",
        "profile-deviation /hbase low world:anyone:r,sasl:hbase:cdrwa");
    row("missing perms is low", "/rmstore", "sasl:rm:cdrwa,sasl:yarn:r",
        "profile-deviation /rmstore low sasl:rm:cdrwa,sasl:yarn:cdrwa", true);
    row("extra perms is medium", "/zookeeper/config", "world:anyone:r,sasl:zookeeper:cdrwa",
        "profile-deviation /zookeeper/config medium world:anyone:r");
    row("ip entry is a deviation", "/oozie", "sasl:oozie:cdrwa,ip:10.0.0.0/8:r",
        "profile-deviation /oozie medium sasl:oozie:cdrwa", true);
    row("guide's zookeeper severity", "/zookeeper", "world:anyone:cdrwa",
        "world-admin /zookeeper low sasl:zookeeper:cdrw");
    row("world writable solr", "/solr-infra", "sasl:solr:cdrwa,world:anyone:rw",
        "world-writable /solr-infra high sasl:solr:cdrwa,world:anyone:r", true);
    row("hdfs without digest id has no fix", "/hadoop-ha", "world:anyone:cdrwa",
        "world-admin /hadoop-ha critical -");
    row("hdfs other digest user", "/hadoop-ha", "digest:eve:AAAAAAAAAAAAAAAAAAAAAAAAAAA=:cdrwa",
        "digest-on-kerberos-cluster /hadoop-ha medium -");
    row("hdfs sasl is unknown", "/hadoop-ha", "sasl:hdfs:cdrwa",
        "unknown-principal /hadoop-ha medium -");
    row("generic world admin without owner", "/app", "world:anyone:cdrwa",
        "world-admin /app critical -");
    row("generic world admin with owner", "/app", "sasl:kafka:cdrwa,world:anyone:cdrwa",
        "world-admin /app critical sasl:kafka:cdrwa,world:anyone:r");
    row("generic world read is fine", "/app", "sasl:kafka:cdrwa,world:anyone:r", "");
    row("generic digest", "/app", "digest:bob:AAAAAAAAAAAAAAAAAAAAAAAAAAA=:cdrwa,sasl:kafka:cdrwa",
        "digest-on-kerberos-cluster /app medium sasl:kafka:cdrwa");
    row("generic unknown principal only", "/app", "sasl:mallory:cdrwa",
        "unknown-principal /app medium -");
    row("ranger children are generic", "/ranger_audits/conf", "sasl:solr:cdrwa", "");
}

void TestZkAudit::singleDeviation()
{
    QFETCH(QString, path);
    QFETCH(QString, aclText);
    QFETCH(QString, expected);
    QFETCH(bool, subtree);
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(path, aclText, 5));
    const AuditReport report = Auditor().run(nodes, options(Secure));
    QCOMPARE(summary(report), expected.isEmpty() ? QStringList() : QStringList{expected});
    if (expected.isEmpty())
        return;
    const AuditFinding &f = report.findings.constFirst();
    QCOMPARE(f.fixSubtree, subtree);
    if (f.recommended.isEmpty())
        QVERIFY(f.fixCommand.isEmpty());
    else
        QCOMPARE(f.fixCommand,
                 AclSyntax::setAclCommand(path, f.recommended, subtree ? -1 : 5, subtree));
    QVERIFY(!f.message.isEmpty());
}

void TestZkAudit::unsecureMode()
{
    QList<ZnodeRecord> nodes = seeded(Unsecure);
    put(nodes, record(QStringLiteral("/brokers"), QStringLiteral("sasl:kafka:cdrwa")));
    put(nodes, record(QStringLiteral("/app"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/config"),
                      QStringLiteral("world:anyone:cdrwa,digest:bob:AAAAAAAAAAAAAAAAAAAAAAAAAAA="
                                     ":cdrwa")));
    put(nodes,
        record(QStringLiteral("/solr"), QStringLiteral("world:anyone:cdrwa,sasl:mallory:cdrwa")));
    put(nodes, record(QStringLiteral("/zookeeper/config"), QStringLiteral("world:anyone:cdrwa")));
    const AuditReport report = Auditor().run(nodes, options(Unsecure));
    QCOMPARE(summary(report),
             (QStringList{
                 QStringLiteral("profile-deviation /brokers medium world:anyone:cdrwa"),
                 QStringLiteral("profile-deviation /config medium world:anyone:cdrwa"),
                 QStringLiteral("unknown-principal /solr medium world:anyone:cdrwa"),
                 QStringLiteral("profile-deviation /zookeeper/config medium world:anyone:r"),
             }));
    QVERIFY(report.mode == Unsecure);
}

void TestZkAudit::componentDetection()
{
    auto detect = [](const QStringList &paths) {
        QList<ZnodeRecord> nodes;
        for (const QString &p : paths)
            nodes.append(record(p, QStringLiteral("world:anyone:r")));
        return Auditor().run(nodes, options(Secure)).components;
    };
    QCOMPARE(
        detect({QStringLiteral("/"), QStringLiteral("/zookeeper"), QStringLiteral("/brokers")}),
        (QStringList{QStringLiteral("kafka"), QStringLiteral("zookeeper")}));
    QCOMPARE(detect({QStringLiteral("/solr-infra")}), QStringList{QStringLiteral("solr")});
    QCOMPARE(detect({QStringLiteral("/ranger_audits"), QStringLiteral("/yarn-leader-election")}),
             (QStringList{QStringLiteral("ranger"), QStringLiteral("yarn")}));
    QCOMPARE(detect({QStringLiteral("/hbase"), QStringLiteral("/hadoop-ha"),
                     QStringLiteral("/oozie"), QStringLiteral("/apache_atlas")}),
             (QStringList{QStringLiteral("atlas"), QStringLiteral("hbase"), QStringLiteral("hdfs"),
                          QStringLiteral("oozie")}));
    QCOMPARE(
        detect({QStringLiteral("/config"), QStringLiteral("/admin"), QStringLiteral("/brokersx")}),
        QStringList());
    // A node deleted while the scan ran does not count; an unreadable one does.
    ZnodeRecord gone = record(QStringLiteral("/brokers"), QStringLiteral("world:anyone:r"));
    gone.error = QStringLiteral("NONODE");
    ZnodeRecord locked;
    locked.path = QStringLiteral("/hbase");
    locked.error = QStringLiteral("NOAUTH");
    const AuditReport report = Auditor().run({gone, locked}, options(Secure));
    QCOMPARE(report.components, QStringList{QStringLiteral("hbase")});
    QCOMPARE(report.nodesScanned, 1);
    QCOMPARE(summary(report), QStringList{QStringLiteral("unreadable /hbase info -")});
    // Other read errors are reported the same way, with the error's name.
    locked.error = QStringLiteral("CONNECTIONLOSS");
    const AuditReport lost = Auditor().run({locked}, options(Secure));
    QCOMPARE(summary(lost), QStringList{QStringLiteral("unreadable /hbase info -")});
    QVERIFY(lost.findings.constFirst().message.contains(QLatin1StringView("CONNECTIONLOSS")));
}

void TestZkAudit::unknownPrincipalDependsOnDetection()
{
    QList<ZnodeRecord> nodes{record(QStringLiteral("/brokers"), QStringLiteral("sasl:kafka:cdrwa")),
                             record(QStringLiteral("/x"), QStringLiteral("sasl:solr:cdrwa"))};
    QCOMPARE(summary(Auditor().run(nodes, options(Secure))),
             QStringList{QStringLiteral("unknown-principal /x medium -")});
    nodes.append(record(QStringLiteral("/ranger_audits"), QStringLiteral("sasl:solr:cdrwa")));
    QCOMPARE(summary(Auditor().run(nodes, options(Secure))), QStringList());
}

void TestZkAudit::extraPrincipals()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/app"), QStringLiteral("sasl:admin/ops@EXAMPLE.COM:cdrwa")));
    QCOMPARE(summary(Auditor().run(nodes, options(Secure))),
             QStringList{QStringLiteral("unknown-principal /app medium -")});
    AuditOptions o = options(Secure);
    o.extraPrincipals = {QStringLiteral("admin")};
    QCOMPARE(summary(Auditor().run(nodes, o)), QStringList());
}

void TestZkAudit::rootLimitsScope()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/brokers"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/hbase/acl"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/hbasement"), QStringLiteral("world:anyone:cdrwa")));
    AuditOptions o = options(Secure);
    o.root = QStringLiteral("/hbase/");
    const AuditReport report = Auditor().run(nodes, o);
    QCOMPARE(summary(report),
             QStringList{QStringLiteral("world-admin /hbase/acl critical sasl:hbase:cdrwa")});
    int underHbase = 0;
    for (const ZnodeRecord &n : std::as_const(nodes))
        underHbase += n.path == QLatin1StringView("/hbase") ||
                      n.path.startsWith(QLatin1StringView("/hbase/"));
    QCOMPARE(report.nodesScanned, underHbase);
    // Detection still sees the whole scan.
    QVERIFY(report.components.contains(QStringLiteral("kafka")));
}

void TestZkAudit::jsonContract()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/brokers"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/app"), QStringLiteral("world:anyone:cdrwa")));
    AuditReport report = Auditor().run(nodes, options(Secure));
    report.connectString = QStringLiteral("127.0.0.1:2181");
    const QJsonObject json = report.toJson();
    // Round trip through text, as the CLI prints it.
    const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QVERIFY(o.value(u"components").isArray());
    QCOMPARE(o.value(u"components").toArray().size(), qsizetype(9));
    QCOMPARE(o.value(u"components").toArray().at(3).toString(), QStringLiteral("kafka"));
    QCOMPARE(o.value(u"mode").toString(), QStringLiteral("secure"));
    QCOMPARE(o.value(u"nodesScanned").toInt(), static_cast<int>(nodes.size()));
    QCOMPARE(o.value(u"partial").toBool(true), false);
    QCOMPARE(o.value(u"connectString").toString(), QStringLiteral("127.0.0.1:2181"));
    QVERIFY(o.value(u"generated").toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(o.value(u"summary").toObject().value(u"critical").toInt(), 2);
    QCOMPARE(o.value(u"summary").toObject().value(u"info").toInt(), 0);
    QCOMPARE(o.value(u"componentDetails").toArray().size(), qsizetype(9));

    const QJsonArray findings = o.value(u"findings").toArray();
    QCOMPARE(findings.size(), qsizetype(2));
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *key :
             {"path", "severity", "rule", "message", "acl", "recommended", "component", "fix",
              "fixSubtree", "profileRule", "reference", "note"})
            QVERIFY2(f.contains(QLatin1StringView(key)), key);
        QVERIFY(f.value(u"path").isString());
        QCOMPARE(f.value(u"severity").toString(), QStringLiteral("critical"));
        QCOMPARE(f.value(u"rule").toString(), QStringLiteral("world-admin"));
        QCOMPARE(f.value(u"acl").toString(), QStringLiteral("world:anyone:cdrwa"));
    }
    const QJsonObject app = findings.at(0).toObject();
    QCOMPARE(app.value(u"path").toString(), QStringLiteral("/app"));
    QVERIFY(app.value(u"recommended").isNull());
    QVERIFY(app.value(u"fix").isNull());
    QVERIFY(app.value(u"component").isNull());
    QVERIFY(app.value(u"note").isNull());
    const QJsonObject brokers = findings.at(1).toObject();
    QCOMPARE(brokers.value(u"recommended").toString(), QStringLiteral("sasl:kafka:cdrwa"));
    QCOMPARE(brokers.value(u"component").toString(), QStringLiteral("kafka"));
    QCOMPARE(brokers.value(u"profileRule").toString(), QStringLiteral("/brokers/**"));
    QCOMPARE(brokers.value(u"fix").toString(),
             AclSyntax::setAclCommand(QStringLiteral("/brokers"),
                                      acl(QStringLiteral("sasl:kafka:cdrwa")), -1, true));
}

void TestZkAudit::htmlIsEscapedAndComplete()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes,
        record(QStringLiteral("/<script>alert(1)</script>"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/brokers"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/solr"), QStringLiteral("sasl:solr:cdrwa,world:anyone:r,"
                                                              "sasl:a&b\"c:cdrwa")));
    AuditReport report = Auditor().run(nodes, options(Secure));
    report.connectString = QStringLiteral("<b>zk1</b>:2181");
    report.partial = true;
    const QString html = report.toHtml();
    QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QLatin1StringView("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1StringView("<b>")));
    QVERIFY(html.contains(QLatin1StringView("/&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1StringView("&lt;b&gt;zk1&lt;/b&gt;:2181")));
    QVERIFY(html.contains(QLatin1StringView("sasl:a&amp;b&quot;c:cdrwa")));
    QVERIFY(html.contains(QLatin1StringView("<style>")));
    QVERIFY(!html.contains(QLatin1StringView("<link")));
    QVERIFY(!html.contains(QLatin1StringView("src=")));
    // Summary, components, findings with badge, fix command.
    QVERIFY(html.contains(QLatin1StringView("badge sev-critical")));
    QVERIFY(html.contains(QLatin1StringView("Search (Solr)")));
    QVERIFY(html.contains(QLatin1StringView("world-admin")));
    QVERIFY(html.contains(QLatin1StringView("setAcl")));
    QVERIFY(html.contains(QLatin1StringView("did not finish")));
    QCOMPARE(html.count(QLatin1StringView("<tr><td><code>")), report.findings.size());
}

void TestZkAudit::fixPlanCoversSubtree()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/brokers"), QStringLiteral("world:anyone:cdrwa"), 7));
    put(nodes, record(QStringLiteral("/brokers/ids"), QStringLiteral("world:anyone:cdrwa"), 1));
    put(nodes, record(QStringLiteral("/brokers/ids/1"), QStringLiteral("sasl:kafka:cdrwa")));
    ZnodeRecord locked;
    locked.path = QStringLiteral("/brokers/topics");
    locked.error = QStringLiteral("NOAUTH");
    put(nodes, locked);
    const Auditor auditor;
    const AuditReport report = auditor.run(nodes, options(Secure));
    const AuditFinding *finding = findingFor(report, QStringLiteral("/brokers"));
    QVERIFY(finding);
    QVERIFY(finding->fixSubtree);
    const Result<AclChangePlan> plan = auditor.fixPlan(*finding, nodes, Secure);
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->root, QStringLiteral("/brokers"));
    QVERIFY(plan->mode == AclChangeMode::Replace);
    QCOMPARE(AclSyntax::formatAcl(plan->acl), QStringLiteral("sasl:kafka:cdrwa"));
    QStringList paths;
    for (const AclChangeItem &item : plan->items)
        paths.append(item.path + QLatin1Char(' ') +
                     (item.willChange() ? QStringLiteral("change") : item.skipReason));
    paths.sort();
    QCOMPARE(paths,
             (QStringList{QStringLiteral("/brokers change"), QStringLiteral("/brokers/ids change"),
                          QStringLiteral("/brokers/ids/1 unchanged"),
                          QStringLiteral("/brokers/topics NOAUTH")}));
    QCOMPARE(plan->changeCount(), 2);
    for (const AclChangeItem &item : plan->items) {
        if (item.path == QLatin1StringView("/brokers"))
            QCOMPARE(item.aversion, 7);
    }

    // Atlas: the exact child rules expect the same ACL, so the subtree fix includes them.
    put(nodes, record(QStringLiteral("/apache_atlas"), QStringLiteral("world:anyone:cdrwa")));
    put(nodes, record(QStringLiteral("/apache_atlas/active_server_info"),
                      QStringLiteral("world:anyone:cdrwa")));
    const AuditReport atlas = auditor.run(nodes, options(Secure));
    const AuditFinding *root = findingFor(atlas, QStringLiteral("/apache_atlas"));
    QVERIFY(root && root->fixSubtree);
    const Result<AclChangePlan> atlasPlan = auditor.fixPlan(*root, nodes, Secure);
    QVERIFY(atlasPlan.ok());
    QCOMPARE(atlasPlan->changeCount(), 2);

    // An exact rule fixes the node alone.
    put(nodes, record(QStringLiteral("/hbase"), QStringLiteral("world:anyone:cdrwa"), 2));
    const AuditReport hbase = auditor.run(nodes, options(Secure));
    const AuditFinding *hbaseRoot = findingFor(hbase, QStringLiteral("/hbase"));
    QVERIFY(hbaseRoot && !hbaseRoot->fixSubtree);
    QCOMPARE(hbaseRoot->fixCommand,
             AclSyntax::setAclCommand(QStringLiteral("/hbase"),
                                      acl(QStringLiteral("world:anyone:r,sasl:hbase:cdrwa")), 2,
                                      false));
    const Result<AclChangePlan> hbasePlan = auditor.fixPlan(*hbaseRoot, nodes, Secure);
    QVERIFY(hbasePlan.ok());
    QCOMPARE(hbasePlan->items.size(), qsizetype(1));
    QCOMPARE(hbasePlan->items.constFirst().path, QStringLiteral("/hbase"));
    QCOMPARE(hbasePlan->items.constFirst().aversion, 2);
}

void TestZkAudit::fixPlanNodeOnlyWhenSubtreeRulesDiffer()
{
    const Result<AuditProfiles> profiles = AuditProfiles::fromJson(QByteArray(MiniProfile));
    QVERIFY2(profiles.ok(), qPrintable(profiles ? QString() : profiles.error().message));
    const QList<ZnodeRecord> nodes{
        record(QStringLiteral("/app"), QStringLiteral("world:anyone:cdrwa")),
        record(QStringLiteral("/app/private"), QStringLiteral("world:anyone:cdrwa")),
        record(QStringLiteral("/app/public"), QStringLiteral("world:anyone:cdrwa")),
        record(QStringLiteral("/app/public/x"), QStringLiteral("sasl:app:cdrwa,world:anyone:r")),
    };
    const Auditor auditor(profiles.value());
    const AuditReport report = auditor.run(nodes, options(Secure));
    QCOMPARE(summary(report),
             (QStringList{QStringLiteral("world-admin /app critical sasl:app:cdrwa"),
                          QStringLiteral("world-admin /app/private critical sasl:app:cdrwa"),
                          QStringLiteral(
                              "world-admin /app/public critical sasl:app:cdrwa,world:anyone:r")}));
    // /app has a differently governed subtree below it: fix the node only.
    const AuditFinding &app = report.findings.at(0);
    QVERIFY(!app.fixSubtree);
    QVERIFY(!app.fixCommand.contains(QLatin1StringView("-R")));
    const Result<AclChangePlan> appPlan = auditor.fixPlan(app, nodes, Secure);
    QVERIFY(appPlan.ok());
    QCOMPARE(appPlan->items.size(), qsizetype(1));
    // /app/public's subtree is uniform.
    const AuditFinding &pub = report.findings.at(2);
    QVERIFY(pub.fixSubtree);
    const Result<AclChangePlan> pubPlan = auditor.fixPlan(pub, nodes, Secure);
    QVERIFY(pubPlan.ok());
    QCOMPARE(pubPlan->items.size(), qsizetype(2));
    QCOMPARE(pubPlan->changeCount(), 1);
}

void TestZkAudit::fixPlanWithoutRecommendationIsError()
{
    QList<ZnodeRecord> nodes = seeded(Secure);
    put(nodes, record(QStringLiteral("/hadoop-ha"), QStringLiteral("world:anyone:cdrwa")));
    const Auditor auditor;
    const AuditReport report = auditor.run(nodes, options(Secure));
    QCOMPARE(report.findings.size(), qsizetype(1));
    const Result<AclChangePlan> plan = auditor.fixPlan(report.findings.constFirst(), nodes, Secure);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(QLatin1StringView("/hadoop-ha")));
    QVERIFY(report.findings.constFirst().message.contains(QLatin1StringView("hash")));

    // A finding whose node is not among the nodes handed in.
    QList<ZnodeRecord> withApp = nodes;
    put(withApp,
        record(QStringLiteral("/app"), QStringLiteral("sasl:kafka:cdrwa,world:anyone:cdrwa")));
    const AuditReport appReport = auditor.run(withApp, options(Secure));
    const AuditFinding *stale = findingFor(appReport, QStringLiteral("/app"));
    QVERIFY(stale && !stale->fixCommand.isEmpty());
    const Result<AclChangePlan> missing = auditor.fixPlan(*stale, nodes, Secure);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().is(CoreError::NotFound));
}

QTEST_GUILESS_MAIN(TestZkAudit)
#include "tst_zk_audit.moc"
