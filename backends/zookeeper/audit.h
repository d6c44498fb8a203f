// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/znode_record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Portier {

enum class AuditSeverity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
};
QString auditSeverityName(AuditSeverity severity); ///< "info", "low", "medium", "high", "critical"
std::optional<AuditSeverity> auditSeverityFromName(QStringView name);

/// One component's znodes and their expected ACLs (resources/zookeeper/profiles.json), from
/// Cloudera's "ZooKeeper ACLs Best Practices".
///
/// Matching rules, used by the audit and documented in profiles.json:
/// - A rule path "/a/b" covers that node only, "/a/b/**" the node and its whole subtree. Among
///   the rules of the detected components the most specific one governs a node (the longest
///   base path; an exact rule beats a subtree rule with the same base).
/// - A sasl id in a rule is a short principal name ("kafka"): it matches the ACL ids "kafka",
///   "kafka@REALM", "kafka/host" and "kafka/host@REALM" (saslIdMatches), because the server
///   stores the authenticated principal and shortens it only when kerberos.removeHostFromPrincipal
///   / kerberos.removeRealmFromPrincipal are set. The realm is not checked.
/// - A digest entry whose id has no ':' ("digest:hdfs-fcs:cdrwa") is a pattern: it matches any
///   digest id of that user, whatever the password hash.
struct AuditComponentProfile
{
    struct Rule
    {
        QString path; ///< absolute; a trailing "/**" covers the whole subtree
        Acl secure;   ///< expected ACL on a Kerberos-secured cluster
        Acl unsecure; ///< expected ACL on an unsecured cluster (usually world:anyone:cdrwa)
        bool worldReadableAllowed = false; ///< secure: world:anyone:r is acceptable here
        QString note;
        QString reference; ///< section of the guide (defaults to the component's)
        /// Replaces the default severity of every finding on this rule's nodes (except Info).
        std::optional<AuditSeverity> severity;

        bool coversSubtree() const { return path.endsWith(QLatin1StringView("/**")); }
        /// The path without "/**".
        QString basePath() const;
        bool matches(QStringView nodePath) const;
    };
    QString name;            ///< "kafka", "hbase", ...
    QString displayName;     ///< "Kafka"
    QStringList detectPaths; ///< present when any of these exists, e.g. "/brokers"
    QStringList principals;  ///< sasl ids the component's ACLs may name, e.g. "kafka"
    QList<Rule> rules;
    QString reference; ///< section of the Cloudera guide
    QString note;      ///< how the component uses ZooKeeper, and what the guide leaves open
    QString remedy;    ///< how the guide says to fix the component's ACLs
    /// The guide says not to alter this component's ACLs by hand (HBase, HDFS): findings say so.
    bool manualChangesDiscouraged = false;
};

/// The principal's first component: "kafka/host@REALM" → "kafka", "atlas@REALM" → "atlas".
QString saslPrimary(QStringView id);
/// Whether a sasl ACL id names the profile principal @p principal (see AuditComponentProfile).
bool saslIdMatches(QStringView id, QStringView principal);
/// Whether a profile ACL entry is a digest pattern ("digest:hdfs-fcs:cdrwa", no password hash):
/// not a valid ACL entry by itself; the real id needs the user's password (AclSyntax::digestId).
bool isProfileDigestPattern(const AclEntry &entry);

/// The catalogue of component profiles, loaded from JSON (built in under :/zookeeper/).
///
/// JSON: {"format":"portier-zk-audit-profiles","version":1,"source","description",
/// "components":[{"name","displayName","reference","detectPaths":[...],"principals":[...],
/// "note","remedy","manualChangesDiscouraged"?,"rules":[{"path","secure":"zkCli
/// ACL","unsecure":"zkCli ACL", "worldReadableAllowed"?,"severity"?,"note","reference"?}]}]}.
class AuditProfiles
{
public:
    /// The built-in catalogue (:/zookeeper/profiles.json), loaded once; empty (and logged) if it
    /// does not load.
    static const AuditProfiles &builtIn();
    /// Loads the built-in catalogue, with the error if it is broken.
    static Result<AuditProfiles> loadBuiltIn();
    static Result<AuditProfiles> fromJson(const QByteArray &json);
    static Result<AuditProfiles> fromFile(const QString &fileName);
    const QList<AuditComponentProfile> &components() const { return m_components; }
    const AuditComponentProfile *component(const QString &name) const;
    QString source() const { return m_source; }

    /// Names of the components whose detect paths occur among @p nodes, in catalogue order.
    QStringList detect(const QList<ZnodeRecord> &nodes) const;
    /// The rule governing @p path among the @p components (names), or nullptr; @p owner receives
    /// the rule's component.
    const AuditComponentProfile::Rule *ruleFor(QStringView path, const QStringList &components,
                                               const AuditComponentProfile **owner = nullptr) const;

private:
    QList<AuditComponentProfile> m_components;
    QString m_source;
};

struct AuditFinding
{
    QString path;
    AuditSeverity severity = AuditSeverity::Medium;
    /// Stable rule name: "world-writable", "world-admin", "profile-deviation",
    /// "digest-on-kerberos-cluster", "unknown-principal", "world-readable-secret", "unreadable"
    /// (Info: the node could not be audited, e.g. NOAUTH). One finding per node: the most
    /// severe problem, the message names the others.
    QString rule;
    QString component; ///< "kafka"; empty for generic rules
    QString message;
    Acl acl;
    Acl recommended;         ///< empty when there is no single recommendation
    QString fixCommand;      ///< zkCli setAcl command; empty when there is no recommendation
    QString profileRule;     ///< the governing profile rule's path ("/brokers/**"); empty if none
    QString reference;       ///< the guide's section behind the finding
    QString note;            ///< the governing profile rule's note (why it expects that ACL)
    bool fixSubtree = false; ///< the fix replaces the ACL of the node's subtree (setAcl -R)

    /// {"path","severity","rule","message","acl":"zkCli syntax","recommended":"zkCli syntax",
    /// "component","fix","profileRule","reference","note","fixSubtree"}; "acl", "recommended",
    /// "fix", "component", "profileRule", "reference" and "note" are null when empty.
    QJsonObject toJson() const;
    friend bool operator==(const AuditFinding &, const AuditFinding &) = default;
};

struct AuditOptions
{
    enum class Mode
    {
        Secure,   ///< Kerberos-secured cluster: expect sasl ACLs
        Unsecure, ///< no authentication: expect the unsecured profile ACLs
    };
    Mode mode = Mode::Secure;
    QString root = QStringLiteral("/");
    /// sasl principals (short names) the site uses besides the profiles', e.g. an admin.
    QStringList extraPrincipals;
};
QString auditModeName(AuditOptions::Mode mode); ///< "secure", "unsecure"
std::optional<AuditOptions::Mode> auditModeFromName(QStringView name);

struct AuditReport
{
    QString connectString;
    QDateTime generated;
    AuditOptions::Mode mode = AuditOptions::Mode::Secure;
    QStringList components; ///< detected component names
    /// What the profiles say about each detected component, same order as components.
    struct ComponentInfo
    {
        QString name;
        QString displayName; ///< "Search (Solr)"
        QString reference;   ///< the guide's section
        QString remedy;      ///< how the guide says to fix the component's ACLs
        friend bool operator==(const ComponentInfo &, const ComponentInfo &) = default;
    };
    QList<ComponentInfo> componentDetails;
    QList<AuditFinding> findings; ///< sorted by severity (highest first), then path
    int nodesScanned = 0;
    bool partial = false; ///< the scan behind it did not finish

    int count(AuditSeverity severity) const;

    /// The CLI contract: {"components":[...],"findings":[...]} plus "mode", "nodesScanned",
    /// "partial", "generated", "connectString", "summary":{"critical":n,...},
    /// "componentDetails":[{"name","displayName","reference","remedy"}].
    QJsonObject toJson() const;
    /// A self-contained readable HTML page (inline CSS, no scripts), all text escaped.
    QString toHtml() const;
};

class Auditor
{
public:
    explicit Auditor(const AuditProfiles &profiles = AuditProfiles::builtIn());
    /// Pure: audits scanned nodes (no I/O).
    AuditReport run(const QList<ZnodeRecord> &nodes, const AuditOptions &options) const;

    /// The one-click fix of @p finding as a recursive change (Replace with the recommended ACL):
    /// the node alone, or with fixSubtree the node and those descendants among @p nodes whose
    /// governing rule expects the same ACL (descendants governed by a different rule keep
    /// theirs). An error when the finding has no recommendation.
    Result<AclChangePlan> fixPlan(const AuditFinding &finding, const QList<ZnodeRecord> &nodes,
                                  AuditOptions::Mode mode) const;

private:
    const AuditProfiles &m_profiles;
};

} // namespace Portier
