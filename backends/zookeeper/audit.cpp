// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/audit.h"

#include "backends/core/json_util.h"
#include "backends/core/logging.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_tr.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace Portier {

namespace {

constexpr QLatin1StringView FormatName("portier-zk-audit-profiles");
constexpr int FormatVersion = 1;

constexpr QLatin1StringView SchemeWorld("world");
constexpr QLatin1StringView SchemeDigest("digest");
constexpr QLatin1StringView SchemeSasl("sasl");
constexpr QLatin1StringView Anyone("anyone");

constexpr int WorldChangePerms = ZkPerm::Write | ZkPerm::Create | ZkPerm::Delete;

// ---- ACL helpers --------------------------------------------------------------------------

bool isWorld(const AclEntry &e)
{
    return e.scheme == SchemeWorld && e.id == Anyone;
}

QString digestUser(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return colon < 0 ? id : id.left(colon);
}

int worldPerms(const Acl &acl)
{
    int perms = 0;
    for (const AclEntry &e : acl) {
        if (isWorld(e))
            perms |= e.perms;
    }
    return perms;
}

QSet<QString> digestPatternUsers(const Acl &acl)
{
    QSet<QString> users;
    for (const AclEntry &e : acl) {
        if (isProfileDigestPattern(e))
            users.insert(e.id);
    }
    return users;
}

QString canonicalKey(const AclEntry &e, const QSet<QString> &patternUsers)
{
    if (e.scheme == SchemeSasl)
        return e.scheme + QLatin1Char(':') + saslPrimary(e.id);
    if (e.scheme == SchemeDigest) {
        const QString user = digestUser(e.id);
        if (isProfileDigestPattern(e) || patternUsers.contains(user))
            return e.scheme + QLatin1Char(':') + user;
    }
    return e.scheme + QLatin1Char(':') + e.id;
}

// The ACL as a set of (scheme, normalised id) → permissions, order-insensitive. sasl ids are
// reduced to their primary, digest ids to their user where @p patternUsers has a pattern; ids
// that normalise to the same key merge their permissions. With @p ignoreWorldRead, world's READ
// bit is left out (a rule that tolerates world:anyone:r without requiring it).
QMap<QString, int> canonical(const Acl &acl, const QSet<QString> &patternUsers,
                             bool ignoreWorldRead)
{
    QMap<QString, int> map;
    for (const AclEntry &e : acl) {
        int perms = e.perms;
        if (ignoreWorldRead && isWorld(e))
            perms &= ~ZkPerm::Read;
        if (perms == 0)
            continue;
        map[canonicalKey(e, patternUsers)] |= perms;
    }
    return map;
}

bool sameAclSet(const Acl &a, const Acl &b)
{
    const QSet<QString> users = digestPatternUsers(a) + digestPatternUsers(b);
    return canonical(a, users, false) == canonical(b, users, false);
}

bool isUnder(QStringView path, QStringView root)
{
    if (root == u"/" || path == root)
        return true;
    return path.startsWith(root) && path.size() > root.size() && path.at(root.size()) == u'/';
}

// A nested message inside a sentence of our own, without its final full stop.
QString clause(QString message)
{
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

// ---- profile parsing ----------------------------------------------------------------------

bool validNodePath(QStringView path)
{
    if (path.isEmpty() || path.front() != u'/')
        return false;
    if (path == u"/")
        return true;
    return !path.endsWith(u'/') && !path.contains(u"//") && !path.contains(u'*');
}

bool validRulePath(const QString &path)
{
    if (path.endsWith(QLatin1StringView("/**"))) {
        const QString base = path.chopped(3);
        return base.isEmpty() || validNodePath(base);
    }
    return validNodePath(path);
}

class ProfileParser
{
public:
    Result<void> parse(const QByteArray &json, QList<AuditComponentProfile> *components,
                       QString *source);

private:
    Error invalid(const QString &what) const;
    bool checkKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> known,
                   QString *error) const;
    std::optional<QString> text(const QJsonObject &o, QLatin1StringView key, bool required,
                                QString *error) const;
    std::optional<QStringList> textList(const QJsonObject &o, QLatin1StringView key,
                                        QString *error) const;
    std::optional<Acl> profileAcl(const QJsonObject &o, QLatin1StringView key,
                                  QString *error) const;
    std::optional<AuditComponentProfile> component(const QJsonObject &o, QString *error);
    std::optional<AuditComponentProfile::Rule>
    rule(const QJsonObject &o, const AuditComponentProfile &owner, QString *error);

    QString m_component; // context for messages
    QString m_rule;
    QSet<QString> m_rulePaths;
};

Error ProfileParser::invalid(const QString &what) const
{
    QString where;
    if (!m_component.isEmpty() && !m_rule.isEmpty())
        where = ZooKeeper::tr("component \"%1\", rule \"%2\": ").arg(m_component, m_rule);
    else if (!m_component.isEmpty())
        where = ZooKeeper::tr("component \"%1\": ").arg(m_component);
    return Error(CoreError::InvalidInput,
                 ZooKeeper::tr("The ZooKeeper audit profiles are invalid: %1%2.").arg(where, what),
                 ZooKeeper::tr("Correct the profile file (format \"%1\", version %2); the built-in "
                               "profiles are in resources/zookeeper/profiles.json.")
                     .arg(FormatName)
                     .arg(FormatVersion));
}

bool ProfileParser::checkKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> known,
                              QString *error) const
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            *error = ZooKeeper::tr("unknown field \"%1\"").arg(it.key());
            return false;
        }
    }
    return true;
}

std::optional<QString> ProfileParser::text(const QJsonObject &o, QLatin1StringView key,
                                           bool required, QString *error) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        *error = v.isUndefined()
                     ? ZooKeeper::tr("the field \"%1\" is missing").arg(key)
                     : ZooKeeper::tr("the field \"%1\" must be a non-empty string").arg(key);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QStringList> ProfileParser::textList(const QJsonObject &o, QLatin1StringView key,
                                                   QString *error) const
{
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        *error = v.isUndefined()
                     ? ZooKeeper::tr("the field \"%1\" is missing").arg(key)
                     : ZooKeeper::tr("the field \"%1\" must be an array of strings").arg(key);
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty()) {
            *error =
                ZooKeeper::tr("the field \"%1\" must be an array of non-empty strings").arg(key);
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

// zkCli syntax through AclSyntax; digest entries without a password hash ("digest:USER:perms")
// are accepted as patterns, which AclSyntax rightly refuses for a real ACL.
std::optional<Acl> ProfileParser::profileAcl(const QJsonObject &o, QLatin1StringView key,
                                             QString *error) const
{
    const auto textValue = text(o, key, true, error);
    if (!textValue)
        return std::nullopt;
    const Result<Acl> parsed = AclSyntax::parseAcl(*textValue);
    if (parsed)
        return parsed.value();
    static const QRegularExpression pattern(QStringLiteral("^digest:([^:,\\s]+):([a-z]+)$"));
    Acl acl;
    const QStringList parts = textValue->split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString entryText = part.trimmed();
        const QRegularExpressionMatch m = pattern.match(entryText);
        if (m.hasMatch()) {
            const Result<int> perms = AclSyntax::parsePerms(m.captured(2));
            if (perms && perms.value() != 0) {
                acl.append(AclEntry{SchemeDigest, m.captured(1), perms.value()});
                continue;
            }
        }
        const Result<AclEntry> entry = AclSyntax::parseEntry(entryText);
        if (!entry) {
            *error = ZooKeeper::tr("the %1 ACL \"%2\" does not parse: %3")
                         .arg(key, *textValue, clause(entry.error().message));
            return std::nullopt;
        }
        acl.append(entry.value());
    }
    if (acl.isEmpty()) {
        *error = ZooKeeper::tr("the %1 ACL \"%2\" does not parse: %3")
                     .arg(key, *textValue, clause(parsed.error().message));
        return std::nullopt;
    }
    return acl;
}

std::optional<AuditComponentProfile::Rule>
ProfileParser::rule(const QJsonObject &o, const AuditComponentProfile &owner, QString *error)
{
    using namespace Qt::StringLiterals;
    AuditComponentProfile::Rule r;
    const auto path = text(o, "path"_L1, true, error);
    if (!path)
        return std::nullopt;
    r.path = *path;
    m_rule = r.path;
    if (!checkKeys(o,
                   {"path"_L1, "secure"_L1, "unsecure"_L1, "worldReadableAllowed"_L1, "severity"_L1,
                    "note"_L1, "reference"_L1},
                   error))
        return std::nullopt;
    if (!validRulePath(r.path)) {
        *error = ZooKeeper::tr("the path must be absolute, without a trailing '/' or '//', and "
                               "may end in \"/**\" (its only wildcard)");
        return std::nullopt;
    }
    if (m_rulePaths.contains(r.path)) {
        *error = ZooKeeper::tr("another rule already covers this path");
        return std::nullopt;
    }
    m_rulePaths.insert(r.path);
    const auto secure = profileAcl(o, "secure"_L1, error);
    if (!secure)
        return std::nullopt;
    const auto unsecure = profileAcl(o, "unsecure"_L1, error);
    if (!unsecure)
        return std::nullopt;
    r.secure = *secure;
    r.unsecure = *unsecure;

    const bool secureWorldRead = worldPerms(r.secure) & ZkPerm::Read;
    const QJsonValue allowed = o.value("worldReadableAllowed"_L1);
    if (allowed.isUndefined()) {
        r.worldReadableAllowed = secureWorldRead;
    } else if (!allowed.isBool()) {
        *error = ZooKeeper::tr("the field \"worldReadableAllowed\" must be true or false");
        return std::nullopt;
    } else {
        r.worldReadableAllowed = allowed.toBool();
        if (secureWorldRead && !r.worldReadableAllowed) {
            *error = ZooKeeper::tr("the secure ACL grants world read but \"worldReadableAllowed\" "
                                   "is false");
            return std::nullopt;
        }
    }

    const QJsonValue severity = o.value("severity"_L1);
    if (!severity.isUndefined()) {
        const auto parsed = auditSeverityFromName(severity.toString());
        if (!severity.isString() || !parsed || *parsed == AuditSeverity::Info) {
            *error = ZooKeeper::tr("the field \"severity\" must be one of low, medium, high, "
                                   "critical");
            return std::nullopt;
        }
        r.severity = parsed;
    }

    const auto note = text(o, "note"_L1, false, error);
    if (!note)
        return std::nullopt;
    r.note = *note;
    const auto reference = text(o, "reference"_L1, false, error);
    if (!reference)
        return std::nullopt;
    r.reference = reference->isEmpty() ? owner.reference : *reference;

    for (const Acl *acl : {&r.secure, &r.unsecure}) {
        for (const AclEntry &e : *acl) {
            if (e.scheme == SchemeSasl && !owner.principals.contains(saslPrimary(e.id))) {
                *error = ZooKeeper::tr("the ACL names sasl:%1, which is not among the "
                                       "component's principals (%2)")
                             .arg(e.id, owner.principals.isEmpty() ? ZooKeeper::tr("none")
                                                                   : joined(owner.principals));
                return std::nullopt;
            }
        }
    }
    return r;
}

std::optional<AuditComponentProfile> ProfileParser::component(const QJsonObject &o, QString *error)
{
    using namespace Qt::StringLiterals;
    AuditComponentProfile c;
    const auto name = text(o, "name"_L1, true, error);
    if (!name)
        return std::nullopt;
    c.name = *name;
    m_component = c.name;
    m_rule.clear();
    if (!checkKeys(o,
                   {"name"_L1, "displayName"_L1, "reference"_L1, "detectPaths"_L1, "principals"_L1,
                    "note"_L1, "remedy"_L1, "manualChangesDiscouraged"_L1, "rules"_L1},
                   error))
        return std::nullopt;
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    if (!namePattern.match(c.name).hasMatch()) {
        *error = ZooKeeper::tr("the name must be lower-case letters, digits, '-' or '_'");
        return std::nullopt;
    }
    const auto displayName = text(o, "displayName"_L1, true, error);
    const auto reference = displayName ? text(o, "reference"_L1, true, error) : std::nullopt;
    const auto note = reference ? text(o, "note"_L1, false, error) : std::nullopt;
    const auto remedy = note ? text(o, "remedy"_L1, false, error) : std::nullopt;
    if (!remedy)
        return std::nullopt;
    c.displayName = *displayName;
    c.reference = *reference;
    c.note = *note;
    c.remedy = *remedy;

    const QJsonValue manual = o.value("manualChangesDiscouraged"_L1);
    if (!manual.isUndefined() && !manual.isBool()) {
        *error = ZooKeeper::tr("the field \"manualChangesDiscouraged\" must be true or false");
        return std::nullopt;
    }
    c.manualChangesDiscouraged = manual.toBool(false);

    const auto detectPaths = textList(o, "detectPaths"_L1, error);
    if (!detectPaths)
        return std::nullopt;
    if (detectPaths->isEmpty()) {
        *error = ZooKeeper::tr("\"detectPaths\" must name at least one znode");
        return std::nullopt;
    }
    for (const QString &p : *detectPaths) {
        if (!validNodePath(p)) {
            *error = ZooKeeper::tr("the detect path \"%1\" is not an absolute znode path").arg(p);
            return std::nullopt;
        }
    }
    c.detectPaths = *detectPaths;

    const auto principals = textList(o, "principals"_L1, error);
    if (!principals)
        return std::nullopt;
    for (const QString &p : *principals) {
        if (saslPrimary(p) != p || p.contains(QLatin1Char(' '))) {
            *error = ZooKeeper::tr("the principal \"%1\" must be a short name without host, "
                                   "realm or spaces (it matches NAME/host@REALM too)")
                         .arg(p);
            return std::nullopt;
        }
    }
    c.principals = *principals;

    const QJsonValue rules = o.value("rules"_L1);
    if (!rules.isArray() || rules.toArray().isEmpty()) {
        *error = ZooKeeper::tr("\"rules\" must be a non-empty array");
        return std::nullopt;
    }
    const QJsonArray ruleArray = rules.toArray();
    for (qsizetype i = 0; i < ruleArray.size(); ++i) {
        if (!ruleArray.at(i).isObject()) {
            *error = ZooKeeper::tr("rule %1 is not an object").arg(i + 1);
            return std::nullopt;
        }
        auto r = rule(ruleArray.at(i).toObject(), c, error);
        if (!r)
            return std::nullopt;
        c.rules.append(std::move(*r));
    }
    m_rule.clear();
    return c;
}

Result<void> ProfileParser::parse(const QByteArray &json, QList<AuditComponentProfile> *components,
                                  QString *source)
{
    using namespace Qt::StringLiterals;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(ZooKeeper::tr("not valid JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(ZooKeeper::tr("the document is not a JSON object"));
    const QJsonObject top = doc.object();
    QString error;
    if (top.value("format"_L1).toString() != FormatName)
        return invalid(ZooKeeper::tr("\"format\" must be \"%1\"").arg(FormatName));
    const QJsonValue version = top.value("version"_L1);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return invalid(ZooKeeper::tr("\"version\" must be a positive integer"));
    if (version.toInt() > FormatVersion)
        return invalid(ZooKeeper::tr("version %1 is newer than this Portier understands (%2)")
                           .arg(version.toInt())
                           .arg(FormatVersion));
    if (!checkKeys(top, {"format"_L1, "version"_L1, "source"_L1, "description"_L1, "components"_L1},
                   &error))
        return invalid(error);
    const auto sourceText = text(top, "source"_L1, false, &error);
    if (!sourceText)
        return invalid(error);
    *source = *sourceText;
    const QJsonValue list = top.value("components"_L1);
    if (!list.isArray() || list.toArray().isEmpty())
        return invalid(ZooKeeper::tr("\"components\" must be a non-empty array"));
    const QJsonArray array = list.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        m_component.clear();
        m_rule.clear();
        if (!array.at(i).isObject())
            return invalid(ZooKeeper::tr("component %1 is not an object").arg(i + 1));
        auto c = component(array.at(i).toObject(), &error);
        if (!c) {
            if (m_component.isEmpty())
                return invalid(ZooKeeper::tr("component %1: %2").arg(i + 1).arg(error));
            return invalid(error);
        }
        if (names.contains(c->name)) {
            m_rule.clear();
            return invalid(ZooKeeper::tr("the name is used by another component"));
        }
        names.insert(c->name);
        components->append(std::move(*c));
    }
    return {};
}

// ---- findings -----------------------------------------------------------------------------

struct Problem
{
    QString rule;
    AuditSeverity severity;
    QString sentence;
};

// The profile's ACL written with the identities the node already uses: a short sasl name
// becomes the node's own form of that principal ("kafka/h1@R"), a digest pattern the node's
// digest id of that user. Sets @p resolved to false when a digest pattern has no id.
Acl concretise(const Acl &expected, const Acl &current, bool *resolved)
{
    Acl out;
    *resolved = true;
    auto append = [&out](const AclEntry &e) {
        for (const AclEntry &existing : std::as_const(out)) {
            if (existing.scheme == e.scheme && existing.id == e.id)
                return;
        }
        out.append(e);
    };
    for (const AclEntry &e : expected) {
        QStringList forms;
        if (e.scheme == SchemeSasl && saslPrimary(e.id) == e.id) {
            for (const AclEntry &c : current) {
                if (c.scheme == SchemeSasl && saslIdMatches(c.id, e.id))
                    forms.append(c.id);
            }
        } else if (isProfileDigestPattern(e)) {
            for (const AclEntry &c : current) {
                if (c.scheme == SchemeDigest && !isProfileDigestPattern(c) &&
                    digestUser(c.id) == e.id)
                    forms.append(c.id);
            }
            if (forms.isEmpty())
                *resolved = false;
        }
        if (forms.isEmpty()) {
            append(e);
            continue;
        }
        for (const QString &form : std::as_const(forms))
            append(AclEntry{e.scheme, form, e.perms});
    }
    return out;
}

bool hasAdminHolder(const Acl &acl)
{
    return std::any_of(acl.cbegin(), acl.cend(),
                       [](const AclEntry &e) { return !isWorld(e) && e.has(ZkPerm::Admin); });
}

} // namespace

// ---- public helpers -----------------------------------------------------------------------

QString auditSeverityName(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Info:
        return QStringLiteral("info");
    case AuditSeverity::Low:
        return QStringLiteral("low");
    case AuditSeverity::Medium:
        return QStringLiteral("medium");
    case AuditSeverity::High:
        return QStringLiteral("high");
    case AuditSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

std::optional<AuditSeverity> auditSeverityFromName(QStringView name)
{
    for (AuditSeverity s : {AuditSeverity::Info, AuditSeverity::Low, AuditSeverity::Medium,
                            AuditSeverity::High, AuditSeverity::Critical}) {
        if (name == auditSeverityName(s))
            return s;
    }
    return std::nullopt;
}

QString auditModeName(AuditOptions::Mode mode)
{
    return mode == AuditOptions::Mode::Secure ? QStringLiteral("secure")
                                              : QStringLiteral("unsecure");
}

std::optional<AuditOptions::Mode> auditModeFromName(QStringView name)
{
    if (name == u"secure")
        return AuditOptions::Mode::Secure;
    if (name == u"unsecure")
        return AuditOptions::Mode::Unsecure;
    return std::nullopt;
}

QString saslPrimary(QStringView id)
{
    qsizetype end = id.size();
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (id.at(i) == u'/' || id.at(i) == u'@') {
            end = i;
            break;
        }
    }
    return id.left(end).toString();
}

bool isProfileDigestPattern(const AclEntry &entry)
{
    return entry.scheme == SchemeDigest && !entry.id.contains(QLatin1Char(':'));
}

bool saslIdMatches(QStringView id, QStringView principal)
{
    return !principal.isEmpty() && saslPrimary(id) == principal;
}

namespace {

// The rule's base path without allocating: "/a/**" → "/a", "/**" → "/".
QStringView ruleBase(const AuditComponentProfile::Rule &rule)
{
    if (!rule.coversSubtree())
        return rule.path;
    return rule.path.size() == 3 ? QStringView(u"/") : QStringView(rule.path).chopped(3);
}

} // namespace

QString AuditComponentProfile::Rule::basePath() const
{
    return ruleBase(*this).toString();
}

bool AuditComponentProfile::Rule::matches(QStringView nodePath) const
{
    if (!coversSubtree())
        return nodePath == path;
    return isUnder(nodePath, ruleBase(*this));
}

// ---- AuditProfiles ------------------------------------------------------------------------

Result<AuditProfiles> AuditProfiles::fromJson(const QByteArray &json)
{
    QList<AuditComponentProfile> components;
    QString source;
    ProfileParser parser;
    const Result<void> result = parser.parse(json, &components, &source);
    if (!result)
        return result.error();
    AuditProfiles profiles;
    profiles.m_components = std::move(components);
    profiles.m_source = source;
    return profiles;
}

Result<AuditProfiles> AuditProfiles::fromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error(CoreError::Io,
                     ZooKeeper::tr("Cannot read the ZooKeeper audit profiles %1: %2.")
                         .arg(fileName, file.errorString()));
    auto profiles = fromJson(file.readAll());
    if (!profiles)
        profiles.error().detail = fileName;
    return profiles;
}

Result<AuditProfiles> AuditProfiles::loadBuiltIn()
{
    return fromFile(QStringLiteral(":/zookeeper/profiles.json"));
}

const AuditProfiles &AuditProfiles::builtIn()
{
    static const AuditProfiles profiles = [] {
        auto loaded = loadBuiltIn();
        if (!loaded) {
            qCCritical(lcZk) << "built-in ZooKeeper audit profiles failed to load:"
                             << loaded.error().message;
            return AuditProfiles();
        }
        return std::move(loaded).value();
    }();
    return profiles;
}

const AuditComponentProfile *AuditProfiles::component(const QString &name) const
{
    for (const AuditComponentProfile &c : m_components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList AuditProfiles::detect(const QList<ZnodeRecord> &nodes) const
{
    QSet<QString> wanted;
    for (const AuditComponentProfile &c : m_components) {
        for (const QString &p : c.detectPaths)
            wanted.insert(p);
    }
    QSet<QString> present;
    for (const ZnodeRecord &n : nodes) {
        if (wanted.contains(n.path) && n.error != QLatin1StringView("NONODE"))
            present.insert(n.path);
    }
    QStringList names;
    for (const AuditComponentProfile &c : m_components) {
        if (std::any_of(c.detectPaths.cbegin(), c.detectPaths.cend(),
                        [&present](const QString &p) { return present.contains(p); }))
            names.append(c.name);
    }
    return names;
}

const AuditComponentProfile::Rule *AuditProfiles::ruleFor(QStringView path,
                                                          const QStringList &components,
                                                          const AuditComponentProfile **owner) const
{
    const AuditComponentProfile::Rule *best = nullptr;
    const AuditComponentProfile *bestOwner = nullptr;
    qsizetype bestScore = -1;
    for (const AuditComponentProfile &c : m_components) {
        if (!components.contains(c.name))
            continue;
        for (const AuditComponentProfile::Rule &r : c.rules) {
            if (!r.matches(path))
                continue;
            const qsizetype score = ruleBase(r).size() * 2 + (r.coversSubtree() ? 0 : 1);
            if (score > bestScore) {
                bestScore = score;
                best = &r;
                bestOwner = &c;
            }
        }
    }
    if (owner)
        *owner = bestOwner;
    return best;
}

// ---- AuditFinding / AuditReport -----------------------------------------------------------

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue aclOrNull(const Acl &acl)
{
    return acl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(AclSyntax::formatAcl(acl));
}

} // namespace

QJsonObject AuditFinding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("severity"), auditSeverityName(severity)},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("message"), message},
        {QStringLiteral("acl"), aclOrNull(acl)},
        {QStringLiteral("recommended"), aclOrNull(recommended)},
        {QStringLiteral("component"), textOrNull(component)},
        {QStringLiteral("fix"), textOrNull(fixCommand)},
        {QStringLiteral("fixSubtree"), fixSubtree},
        {QStringLiteral("profileRule"), textOrNull(profileRule)},
        {QStringLiteral("reference"), textOrNull(reference)},
        {QStringLiteral("note"), textOrNull(note)},
    };
}

int AuditReport::count(AuditSeverity severity) const
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(),
                      [severity](const AuditFinding &f) { return f.severity == severity; }));
}

namespace {

constexpr std::array<AuditSeverity, 5> SeveritiesDescending{
    AuditSeverity::Critical, AuditSeverity::High, AuditSeverity::Medium, AuditSeverity::Low,
    AuditSeverity::Info};

QString severityTitle(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Info:
        return ZooKeeper::tr("Info");
    case AuditSeverity::Low:
        return ZooKeeper::tr("Low");
    case AuditSeverity::Medium:
        return ZooKeeper::tr("Medium");
    case AuditSeverity::High:
        return ZooKeeper::tr("High");
    case AuditSeverity::Critical:
        return ZooKeeper::tr("Critical");
    }
    return {};
}

} // namespace

QJsonObject AuditReport::toJson() const
{
    QJsonObject summary;
    for (AuditSeverity s : SeveritiesDescending)
        summary.insert(auditSeverityName(s), count(s));
    QJsonArray details;
    for (const ComponentInfo &c : componentDetails) {
        details.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("displayName"), c.displayName},
                                   {QStringLiteral("reference"), c.reference},
                                   {QStringLiteral("remedy"), c.remedy}});
    }
    return QJsonObject{
        {QStringLiteral("components"), Json::fromStringList(components)},
        {QStringLiteral("findings"), Json::fromList(findings)},
        {QStringLiteral("mode"), auditModeName(mode)},
        {QStringLiteral("nodesScanned"), nodesScanned},
        {QStringLiteral("partial"), partial},
        {QStringLiteral("generated"), Json::fromDateTime(generated)},
        {QStringLiteral("connectString"), connectString},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("componentDetails"), details},
    };
}

QString AuditReport::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString title = connectString.isEmpty()
                              ? ZooKeeper::tr("ZooKeeper ACL audit")
                              : ZooKeeper::tr("ZooKeeper ACL audit of %1").arg(connectString);
    const QString modeText = mode == AuditOptions::Mode::Secure
                                 ? ZooKeeper::tr("Kerberos-secured cluster")
                                 : ZooKeeper::tr("unsecured cluster");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>") +
            esc(title) + QStringLiteral("</title>\n<style>\n");
    html += QStringLiteral(
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222;"
        "background:#fff;line-height:1.4}\n"
        "h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}\n"
        "p.meta{color:#555;margin-top:0}\n"
        "p.partial{background:#fff3cd;border:1px solid #e0c060;padding:.5em .8em}\n"
        "table{border-collapse:collapse;width:100%}\n"
        "th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}\n"
        "th{background:#f2f2f2}\n"
        "table.summary{width:auto}table.summary td{text-align:center;min-width:5em}\n"
        "code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.9em;"
        "word-break:break-all}\n"
        ".badge{display:inline-block;padding:.1em .55em;border-radius:.8em;color:#fff;"
        "font-size:.85em;font-weight:600;white-space:nowrap}\n"
        ".sev-critical{background:#8b0000}.sev-high{background:#d9480f}"
        ".sev-medium{background:#b8860b}.sev-low{background:#1c6fb8}.sev-info{background:#6c757d}\n"
        "p.footer{color:#666;font-size:.85em;margin-top:2em}\n"
        "small.note{color:#555}\n"
        "</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n<p class=\"meta\">");
    QStringList meta;
    meta.append(esc(ZooKeeper::tr("Profile: %1").arg(modeText)));
    if (generated.isValid())
        meta.append(
            esc(ZooKeeper::tr("Generated: %1").arg(generated.toUTC().toString(Qt::ISODate))));
    meta.append(esc(ZooKeeper::tr("Nodes scanned: %1").arg(nodesScanned)));
    html += meta.join(QStringLiteral(" &middot; ")) + QStringLiteral("</p>\n");
    if (partial)
        html += QStringLiteral("<p class=\"partial\">") +
                esc(ZooKeeper::tr("The scan behind this audit did not finish: nodes it did not "
                                  "reach were not audited.")) +
                QStringLiteral("</p>\n");

    html += QStringLiteral("<h2>") + esc(ZooKeeper::tr("Summary")) +
            QStringLiteral("</h2>\n<table class=\"summary\"><tr>");
    for (AuditSeverity s : SeveritiesDescending)
        html += QStringLiteral("<th><span class=\"badge sev-") + auditSeverityName(s) +
                QStringLiteral("\">") + esc(severityTitle(s)) + QStringLiteral("</span></th>");
    html += QStringLiteral("</tr><tr>");
    for (AuditSeverity s : SeveritiesDescending)
        html += QStringLiteral("<td>") + QString::number(count(s)) + QStringLiteral("</td>");
    html += QStringLiteral("</tr></table>\n");

    html += QStringLiteral("<h2>") + esc(ZooKeeper::tr("Components detected")) +
            QStringLiteral("</h2>\n");
    if (components.isEmpty()) {
        html += QStringLiteral("<p>") +
                esc(ZooKeeper::tr("None of the profiled components was found.")) +
                QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<table><tr><th>") + esc(ZooKeeper::tr("Component")) +
                QStringLiteral("</th><th>") + esc(ZooKeeper::tr("Guide section")) +
                QStringLiteral("</th><th>") + esc(ZooKeeper::tr("What the guide says to do")) +
                QStringLiteral("</th></tr>\n");
        for (qsizetype i = 0; i < components.size(); ++i) {
            const ComponentInfo info =
                i < componentDetails.size() ? componentDetails.at(i) : ComponentInfo{};
            const QString name = info.displayName.isEmpty() ? components.at(i) : info.displayName;
            html += QStringLiteral("<tr><td>") + esc(name) + QStringLiteral("</td><td>") +
                    esc(info.reference) + QStringLiteral("</td><td>") + esc(info.remedy) +
                    QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }

    html += QStringLiteral("<h2>") + esc(ZooKeeper::tr("Findings")) + QStringLiteral("</h2>\n");
    if (findings.isEmpty()) {
        html += QStringLiteral("<p>") +
                esc(ZooKeeper::tr("No findings: every audited node matches the profiles.")) +
                QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<table class=\"findings\"><thead><tr>");
        const QStringList headers{ZooKeeper::tr("Path"),        ZooKeeper::tr("Severity"),
                                  ZooKeeper::tr("Rule"),        ZooKeeper::tr("Message"),
                                  ZooKeeper::tr("Current ACL"), ZooKeeper::tr("Recommended ACL"),
                                  ZooKeeper::tr("Fix (zkCli)")};
        for (const QString &h : headers)
            html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const AuditFinding &f : findings) {
            const QString none = QStringLiteral("&mdash;");
            auto codeOrNone = [&](const QString &s) {
                return s.isEmpty() ? none
                                   : QStringLiteral("<code>") + esc(s) + QStringLiteral("</code>");
            };
            QString ruleCell = esc(f.rule);
            if (!f.component.isEmpty()) {
                QString componentName = f.component;
                for (const ComponentInfo &c : componentDetails) {
                    if (c.name == f.component && !c.displayName.isEmpty())
                        componentName = c.displayName;
                }
                ruleCell +=
                    QStringLiteral("<br><small>") + esc(componentName) + QStringLiteral("</small>");
            }
            const QString noteHtml = f.note.isEmpty()
                                         ? QString()
                                         : QStringLiteral("<br><small class=\"note\">") +
                                               esc(f.note) + QStringLiteral("</small>");
            if (!f.reference.isEmpty())
                ruleCell +=
                    QStringLiteral("<br><small>") + esc(f.reference) + QStringLiteral("</small>");
            html += QStringLiteral("<tr><td><code>") + esc(f.path) +
                    QStringLiteral("</code></td><td><span class=\"badge sev-") +
                    auditSeverityName(f.severity) + QStringLiteral("\">") +
                    esc(severityTitle(f.severity)) + QStringLiteral("</span></td><td>") + ruleCell +
                    QStringLiteral("</td><td>") + esc(f.message) + noteHtml +
                    QStringLiteral("</td><td>") + codeOrNone(AclSyntax::formatAcl(f.acl)) +
                    QStringLiteral("</td><td>") +
                    codeOrNone(f.recommended.isEmpty() ? QString()
                                                       : AclSyntax::formatAcl(f.recommended)) +
                    QStringLiteral("</td><td>") + codeOrNone(f.fixCommand) +
                    QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }
    html += QStringLiteral("<p class=\"footer\">") +
            esc(ZooKeeper::tr("Profiles from Cloudera's \"ZooKeeper ACLs Best Practices\". "
                              "Generated by Portier.")) +
            QStringLiteral("</p>\n</body>\n</html>\n");
    return html;
}

// ---- Auditor ------------------------------------------------------------------------------

Auditor::Auditor(const AuditProfiles &profiles)
    : m_profiles(profiles)
{}

namespace {

const Acl &expectedAcl(const AuditComponentProfile::Rule &rule, AuditOptions::Mode mode)
{
    return mode == AuditOptions::Mode::Secure ? rule.secure : rule.unsecure;
}

// Whether setAcl -R on @p path would only touch nodes whose rule expects the same ACL.
bool subtreeIsUniform(const AuditProfiles &profiles, const QStringList &components,
                      const AuditComponentProfile::Rule &rule, const QString &path,
                      AuditOptions::Mode mode)
{
    if (!rule.coversSubtree())
        return false;
    const Acl &expected = expectedAcl(rule, mode);
    for (const AuditComponentProfile &c : profiles.components()) {
        if (!components.contains(c.name))
            continue;
        for (const AuditComponentProfile::Rule &other : c.rules) {
            const QString base = other.basePath();
            if (&other == &rule || base == path || !isUnder(base, path))
                continue;
            if (!sameAclSet(expectedAcl(other, mode), expected))
                return false;
        }
    }
    return true;
}

// The rules of the detected components, with what run() needs of each precomputed once per
// audit instead of once per node.
class RuleIndex
{
public:
    struct Entry
    {
        const AuditComponentProfile::Rule *rule = nullptr;
        const AuditComponentProfile *owner = nullptr;
        const Acl *expected = nullptr;
        QMap<QString, int> expectedCanon;
        QSet<QString> patternUsers;
        int expectedWorld = 0;
        int allowedWorld = 0; ///< world permissions that are no finding on this rule's nodes
        bool toleratesWorldRead = false;
    };

    RuleIndex(const AuditProfiles &profiles, const QStringList &components, AuditOptions::Mode mode)
    {
        for (const AuditComponentProfile &c : profiles.components()) {
            if (!components.contains(c.name))
                continue;
            for (const AuditComponentProfile::Rule &r : c.rules) {
                Entry e;
                e.rule = &r;
                e.owner = &c;
                e.expected = &expectedAcl(r, mode);
                e.patternUsers = digestPatternUsers(*e.expected);
                e.expectedWorld = worldPerms(*e.expected);
                e.toleratesWorldRead = mode == AuditOptions::Mode::Secure &&
                                       r.worldReadableAllowed && !(e.expectedWorld & ZkPerm::Read);
                e.allowedWorld = e.expectedWorld | (e.toleratesWorldRead ? ZkPerm::Read : 0);
                e.expectedCanon = canonical(*e.expected, e.patternUsers, e.toleratesWorldRead);
                m_entries.append(std::move(e));
            }
        }
    }

    /// The most specific rule covering @p path (see AuditProfiles::ruleFor), or nullptr.
    const Entry *find(QStringView path) const
    {
        const Entry *best = nullptr;
        qsizetype bestScore = -1;
        for (const Entry &e : m_entries) {
            if (!e.rule->matches(path))
                continue;
            const qsizetype score =
                ruleBase(*e.rule).size() * 2 + (e.rule->coversSubtree() ? 0 : 1);
            if (score > bestScore) {
                bestScore = score;
                best = &e;
            }
        }
        return best;
    }

private:
    QList<Entry> m_entries;
};

} // namespace

AuditReport Auditor::run(const QList<ZnodeRecord> &nodes, const AuditOptions &options) const
{
    const bool secure = options.mode == AuditOptions::Mode::Secure;
    AuditReport report;
    report.mode = options.mode;
    report.generated = QDateTime::currentDateTimeUtc();
    report.components = m_profiles.detect(nodes);
    QSet<QString> known;
    for (const QString &name : std::as_const(report.components)) {
        const AuditComponentProfile *c = m_profiles.component(name);
        report.componentDetails.append({c->name, c->displayName, c->reference, c->remedy});
        for (const QString &p : c->principals)
            known.insert(p);
    }
    for (const QString &p : options.extraPrincipals)
        known.insert(saslPrimary(p));

    QString root = options.root.isEmpty() ? QStringLiteral("/") : options.root;
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);

    const RuleIndex index(m_profiles, report.components, options.mode);
    const QSet<QString> noPatternUsers;
    const QMap<QString, int> noCanon;
    for (const ZnodeRecord &node : nodes) {
        if (!isUnder(node.path, root))
            continue;
        if (node.error == QLatin1StringView("NONODE"))
            continue; // deleted while the scan ran
        ++report.nodesScanned;

        const RuleIndex::Entry *entry = index.find(node.path);
        // The common case of a healthy tree: exactly the profile's ACL, nothing to report.
        if (entry && node.readable() && node.acl == *entry->expected)
            continue;
        const AuditComponentProfile *owner = entry ? entry->owner : nullptr;
        const AuditComponentProfile::Rule *rule = entry ? entry->rule : nullptr;

        AuditFinding finding;
        finding.path = node.path;
        finding.acl = node.acl;
        if (rule) {
            finding.component = owner->name;
            finding.profileRule = rule->path;
            finding.reference = rule->reference;
            finding.note = rule->note;
        }

        if (!node.readable()) {
            finding.severity = AuditSeverity::Info;
            finding.rule = QStringLiteral("unreadable");
            finding.message =
                node.error == QLatin1StringView("NOAUTH")
                    ? ZooKeeper::tr("Could not audit %1: the session may not read it (NOAUTH). "
                                    "Nodes below it were not scanned either. Audit with an "
                                    "identity that may read it, such as the super user.")
                          .arg(node.path)
                    : ZooKeeper::tr("Could not audit %1: reading it failed (%2). Scan the tree "
                                    "again.")
                          .arg(node.path, node.error);
            report.findings.append(finding);
            continue;
        }

        const Acl *expected = entry ? entry->expected : nullptr;
        const int currentWorld = worldPerms(node.acl);
        const int expectedWorld = entry ? entry->expectedWorld : 0;
        const bool toleratesWorldRead = entry && entry->toleratesWorldRead;
        const int allowedWorld = entry ? entry->allowedWorld : 0;
        const QSet<QString> &patternUsers = entry ? entry->patternUsers : noPatternUsers;
        const QMap<QString, int> &expectedCanon = entry ? entry->expectedCanon : noCanon;

        QList<Problem> problems;
        if (secure) {
            const AclSyntax::Risk risk = AclSyntax::assessRisk(node.acl);
            if (risk == AclSyntax::Risk::WorldAdmin && !(allowedWorld & ZkPerm::Admin)) {
                problems.append({QStringLiteral("world-admin"), AuditSeverity::Critical,
                                 ZooKeeper::tr("Anyone may change the ACL of %1: world:anyone "
                                               "has ADMIN on a Kerberos-secured cluster.")
                                     .arg(node.path)});
            } else if (risk >= AclSyntax::Risk::WorldWritable &&
                       (currentWorld & WorldChangePerms & ~allowedWorld)) {
                problems.append({QStringLiteral("world-writable"), AuditSeverity::High,
                                 ZooKeeper::tr("Anyone may create, change or delete data on %1: "
                                               "world:anyone has %2 on a Kerberos-secured cluster.")
                                     .arg(node.path, AclSyntax::formatPerms(currentWorld))});
            } else if (rule && !rule->worldReadableAllowed && (currentWorld & ZkPerm::Read) &&
                       !(expectedWorld & ZkPerm::Read)) {
                problems.append({QStringLiteral("world-readable-secret"), AuditSeverity::High,
                                 ZooKeeper::tr("Anyone may read %1, which %2 keeps without "
                                               "world read on a secured cluster.")
                                     .arg(node.path, owner->displayName)});
            }

            QStringList digests;
            for (const AclEntry &e : node.acl) {
                if (e.scheme == SchemeDigest &&
                    !expectedCanon.contains(canonicalKey(e, patternUsers)))
                    digests.append(digestUser(e.id));
            }
            if (!digests.isEmpty()) {
                digests.removeDuplicates();
                problems.append({QStringLiteral("digest-on-kerberos-cluster"),
                                 AuditSeverity::Medium,
                                 ZooKeeper::tr("%1 grants access to digest identities (%2) on a "
                                               "cluster meant to authenticate with Kerberos "
                                               "only.")
                                     .arg(node.path, joined(digests))});
            }
        }

        QStringList unknown;
        for (const AclEntry &e : node.acl) {
            if (e.scheme == SchemeSasl && !known.contains(saslPrimary(e.id)))
                unknown.append(e.id);
        }
        if (!unknown.isEmpty()) {
            unknown.removeDuplicates();
            problems.append({QStringLiteral("unknown-principal"), AuditSeverity::Medium,
                             ZooKeeper::tr("%1 grants access to SASL principals that none of the "
                                           "detected components uses: %2.")
                                 .arg(node.path, joined(unknown))});
        }

        bool deviates = false;
        if (expected) {
            const QMap<QString, int> current =
                canonical(node.acl, patternUsers, toleratesWorldRead);
            deviates = current != expectedCanon;
            if (deviates && problems.isEmpty()) {
                bool stricter = true;
                for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
                    if (!expectedCanon.contains(it.key()) ||
                        (it.value() & ~expectedCanon.value(it.key())))
                        stricter = false;
                }
                problems.append(
                    {QStringLiteral("profile-deviation"),
                     stricter ? AuditSeverity::Low : AuditSeverity::Medium,
                     stricter ? ZooKeeper::tr("The ACL of %1 is stricter than the %2 profile "
                                              "expects: %2 may fail to use the node.")
                                    .arg(node.path, owner->displayName)
                              : ZooKeeper::tr("The ACL of %1 differs from the %2 profile.")
                                    .arg(node.path, owner->displayName)});
            }
        }
        if (problems.isEmpty())
            continue;

        const Problem &primary = problems.constFirst();
        finding.rule = primary.rule;
        finding.severity = rule && rule->severity ? *rule->severity : primary.severity;
        QStringList sentences;
        for (const Problem &p : std::as_const(problems))
            sentences.append(p.sentence);

        if (expected) {
            bool resolved = true;
            const Acl recommended = concretise(*expected, node.acl, &resolved);
            if (resolved) {
                finding.recommended = recommended;
                sentences.append(
                    ZooKeeper::tr("%1 expects %2 here (%3).")
                        .arg(owner->displayName, AclSyntax::formatAcl(*expected), rule->reference));
            } else {
                sentences.append(
                    ZooKeeper::tr("%1 expects %2 here (%3); the digest password hash is specific "
                                  "to the deployment, so Portier cannot write the command: "
                                  "follow the component's own procedure.")
                        .arg(owner->displayName, AclSyntax::formatAcl(*expected), rule->reference));
            }
        } else {
            Acl reduced;
            for (const AclEntry &e : node.acl) {
                if (secure && isWorld(e)) {
                    if (e.perms & ZkPerm::Read)
                        reduced.append(AclEntry{e.scheme, e.id, ZkPerm::Read});
                } else if (secure && e.scheme == SchemeDigest) {
                    continue;
                } else if (e.scheme == SchemeSasl && !known.contains(saslPrimary(e.id))) {
                    continue;
                } else {
                    reduced.append(e);
                }
            }
            if (!reduced.isEmpty() && hasAdminHolder(reduced) && !sameAclSet(reduced, node.acl)) {
                finding.recommended = reduced;
                sentences.append(ZooKeeper::tr("No component profile covers this node; the "
                                               "recommendation keeps its other entries."));
            } else {
                sentences.append(ZooKeeper::tr("No component profile covers this node and "
                                               "removing the offending entries would leave no "
                                               "identity with ADMIN: give the owning service an "
                                               "entry first."));
            }
        }
        if (owner && owner->manualChangesDiscouraged)
            sentences.append(ZooKeeper::tr("The guide advises against changing %1's ACLs by hand: "
                                           "correct the component's configuration instead (see "
                                           "the component's remedy).")
                                 .arg(owner->displayName));
        finding.message = sentences.join(QLatin1Char(' '));

        if (!finding.recommended.isEmpty()) {
            finding.fixSubtree = rule && subtreeIsUniform(m_profiles, report.components, *rule,
                                                          node.path, options.mode);
            finding.fixCommand = AclSyntax::setAclCommand(
                node.path, finding.recommended, finding.fixSubtree ? -1 : node.stat.aversion,
                finding.fixSubtree);
        }
        report.findings.append(finding);
    }

    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const AuditFinding &a, const AuditFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.path != b.path)
                             return a.path < b.path;
                         return a.rule < b.rule;
                     });
    return report;
}

Result<AclChangePlan> Auditor::fixPlan(const AuditFinding &finding, const QList<ZnodeRecord> &nodes,
                                       AuditOptions::Mode mode) const
{
    if (finding.recommended.isEmpty() || finding.fixCommand.isEmpty())
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("The finding on %1 (%2) has no recommended ACL to apply.")
                         .arg(finding.path, finding.rule),
                     ZooKeeper::tr("Edit the node's ACL by hand, as the finding's message "
                                   "explains."));
    QList<ZnodeRecord> selected;
    if (!finding.fixSubtree) {
        for (const ZnodeRecord &n : nodes) {
            if (n.path == finding.path) {
                selected.append(n);
                break;
            }
        }
    } else {
        const QStringList components =
            finding.component.isEmpty() ? m_profiles.detect(nodes) : QStringList{finding.component};
        const AuditComponentProfile::Rule *rule = m_profiles.ruleFor(finding.path, components);
        if (!rule)
            return Error(CoreError::InvalidInput,
                         ZooKeeper::tr("No profile rule of %1 covers %2 any more.")
                             .arg(finding.component, finding.path));
        const Acl &expected = expectedAcl(*rule, mode);
        for (const ZnodeRecord &n : nodes) {
            if (!isUnder(n.path, finding.path))
                continue;
            const AuditComponentProfile::Rule *governing = m_profiles.ruleFor(n.path, components);
            if (governing == rule ||
                (governing && sameAclSet(expectedAcl(*governing, mode), expected)))
                selected.append(n);
        }
    }
    if (selected.isEmpty())
        return Error(CoreError::NotFound,
                     ZooKeeper::tr("%1 is not among the scanned nodes.").arg(finding.path),
                     ZooKeeper::tr("Scan the tree again before applying the fix."));
    return AclChangePlan::make(selected, finding.path, AclChangeMode::Replace, finding.recommended);
}

} // namespace Portier
