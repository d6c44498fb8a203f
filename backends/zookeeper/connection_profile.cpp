// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/connection_profile.h"

#include "backends/core/json_util.h"
#include "backends/zookeeper/zk_tr.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>
#include <limits>

namespace Portier {

namespace {

constexpr int kMinSessionTimeoutMs = 100;
constexpr int kMaxSessionTimeoutMs = 24 * 3600 * 1000;

QLatin1StringView settingsGroup()
{
    return QLatin1StringView("zookeeper/profiles");
}

QLatin1StringView authName(ConnectionProfile::Auth auth)
{
    switch (auth) {
    case ConnectionProfile::Auth::None:
        break;
    case ConnectionProfile::Auth::Digest:
        return QLatin1StringView("digest");
    case ConnectionProfile::Auth::SaslGssapi:
        return QLatin1StringView("sasl-gssapi");
    }
    return QLatin1StringView("none");
}

std::optional<ConnectionProfile::Auth> authFromName(QStringView name)
{
    for (auto auth : {ConnectionProfile::Auth::None, ConnectionProfile::Auth::Digest,
                      ConnectionProfile::Auth::SaslGssapi}) {
        if (name == authName(auth))
            return auth;
    }
    return std::nullopt;
}

Error invalid(QString message, QString hint = {})
{
    return Error(CoreError::InvalidInput, std::move(message), std::move(hint));
}

bool isHostNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('_');
}

// The reason a "host:port" part of a connect string is wrong, or an empty string.
QString serverProblem(QStringView server)
{
    const QString example = ZooKeeper::tr("expected host:port, e.g. zk1.example.com:2181, "
                                          "10.0.0.5:2181 or [fd00::5]:2181");
    if (server.isEmpty())
        return ZooKeeper::tr("has an empty server entry: %1").arg(example);
    QStringView host;
    QStringView port;
    if (server.startsWith(QLatin1Char('['))) {
        const qsizetype close = server.indexOf(QLatin1Char(']'));
        if (close < 0)
            return ZooKeeper::tr("has the server \"%1\" with an unclosed '[': %2")
                .arg(server, example);
        host = server.mid(1, close - 1);
        const QStringView after = server.mid(close + 1);
        if (!after.startsWith(QLatin1Char(':')))
            return ZooKeeper::tr("has the server \"%1\" without a port: %2").arg(server, example);
        port = after.mid(1);
        QHostAddress address;
        if (!address.setAddress(host.toString()) ||
            address.protocol() != QAbstractSocket::IPv6Protocol)
            return ZooKeeper::tr("has the server \"%1\", whose \"%2\" in brackets is not an IPv6 "
                                 "address: %3")
                .arg(server, host, example);
    } else {
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return ZooKeeper::tr("has the server \"%1\" without a port: %2").arg(server, example);
        host = server.left(colon);
        port = server.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            return ZooKeeper::tr("has the server \"%1\": an IPv6 address must be written in "
                                 "brackets, e.g. [fd00::5]:2181")
                .arg(server);
        if (host.isEmpty())
            return ZooKeeper::tr("has the server \"%1\" without a host name: %2")
                .arg(server, example);
        if (!std::all_of(host.begin(), host.end(), isHostNameChar))
            return ZooKeeper::tr("has the server \"%1\", whose host \"%2\" is not a host name "
                                 "or address: %3")
                .arg(server, host, example);
    }
    bool ok = false;
    const int number = port.toInt(&ok);
    const bool digitsOnly = std::all_of(port.begin(), port.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (port.isEmpty())
        return ZooKeeper::tr("has the server \"%1\" without a port: %2").arg(server, example);
    if (!ok || !digitsOnly || number < 1 || number > 65535)
        return ZooKeeper::tr("has the server \"%1\" with the port \"%2\": expected a port from 1 "
                             "to 65535")
            .arg(server, port);
    return {};
}

// ZooKeeper's path rules (PathUtils.validatePath) for the chroot suffix, or an empty string.
QString chrootProblem(QStringView chroot)
{
    if (chroot == QLatin1StringView("/"))
        return {}; // the client treats a lone "/" as no chroot
    if (chroot.endsWith(QLatin1Char('/')))
        return ZooKeeper::tr("has the chroot \"%1\" ending in '/': expected a znode path such as "
                             "/kafka")
            .arg(chroot);
    const QList<QStringView> segments = chroot.mid(1).split(QLatin1Char('/'));
    for (QStringView segment : segments) {
        if (segment.isEmpty())
            return ZooKeeper::tr("has the chroot \"%1\" with an empty path segment (\"//\"): "
                                 "expected a znode path such as /kafka")
                .arg(chroot);
        if (segment == QLatin1StringView(".") || segment == QLatin1StringView(".."))
            return ZooKeeper::tr("has the chroot \"%1\" with a relative segment \"%2\": "
                                 "ZooKeeper paths have no \".\" or \"..\" segments")
                .arg(chroot, segment);
        for (QChar c : segment) {
            const char16_t u = c.unicode();
            if (u == 0 || (u > 0 && u < 0x20) || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0xd800 && u <= 0xf8ff) || u >= 0xfff0)
                return ZooKeeper::tr("has the chroot \"%1\" with a character ZooKeeper does not "
                                     "allow in paths (U+%2)")
                    .arg(chroot, QString::number(u, 16).rightJustified(4, QLatin1Char('0')));
        }
    }
    return {};
}

} // namespace

QString ConnectionProfile::keychainKey(const QString &user) const
{
    return QLatin1StringView("zookeeper/") + id + QLatin1Char('/') + user;
}

SessionOptions ConnectionProfile::sessionOptions(const QStringList &passwords) const
{
    SessionOptions options;
    options.connectString = connectString;
    options.sessionTimeoutMs = sessionTimeoutMs;
    options.readOnly = readOnly;
    if (auth == Auth::Digest) {
        for (qsizetype i = 0; i < digestUsers.size(); ++i)
            options.digests.append({digestUsers[i], passwords.value(i)});
    }
    options.sasl = auth == Auth::SaslGssapi;
    options.saslOptions = sasl;
    return options;
}

Result<void> ConnectionProfile::validate() const
{
    const QString text = connectString;
    if (text.trimmed().isEmpty())
        return invalid(ZooKeeper::tr("The connect string is empty: expected a list of servers "
                                     "such as zk1:2181,zk2:2181,zk3:2181, optionally followed "
                                     "by a chroot such as /kafka."));
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return invalid(ZooKeeper::tr("The connect string \"%1\" contains spaces: expected "
                                     "servers separated by commas without spaces, e.g. "
                                     "zk1:2181,zk2:2181/kafka.")
                           .arg(text));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QStringView servers = QStringView(text).left(slash < 0 ? text.size() : slash);
    if (servers.isEmpty())
        return invalid(ZooKeeper::tr("The connect string \"%1\" names no server before the "
                                     "chroot: expected e.g. zk1:2181,zk2:2181/kafka.")
                           .arg(text));
    const QList<QStringView> parts = servers.split(QLatin1Char(','));
    for (QStringView server : parts) {
        if (const QString problem = serverProblem(server); !problem.isEmpty())
            return invalid(ZooKeeper::tr("The connect string \"%1\" %2.").arg(text, problem));
    }
    if (slash >= 0) {
        if (const QString problem = chrootProblem(QStringView(text).mid(slash)); !problem.isEmpty())
            return invalid(ZooKeeper::tr("The connect string \"%1\" %2.").arg(text, problem));
    }

    if (sessionTimeoutMs < kMinSessionTimeoutMs || sessionTimeoutMs > kMaxSessionTimeoutMs)
        return invalid(ZooKeeper::tr("The session timeout of %1 ms is out of range: expected "
                                     "%2 to %3 ms (the server then negotiates it into its own "
                                     "bounds, by default 2 to 20 ticks).")
                           .arg(sessionTimeoutMs)
                           .arg(kMinSessionTimeoutMs)
                           .arg(kMaxSessionTimeoutMs));

    switch (auth) {
    case Auth::None:
        break;
    case Auth::Digest: {
        if (digestUsers.isEmpty())
            return invalid(ZooKeeper::tr("Digest authentication is chosen but no digest user is "
                                         "given."),
                           ZooKeeper::tr("Add at least one user, or choose no authentication."));
        for (qsizetype i = 0; i < digestUsers.size(); ++i) {
            const QString &user = digestUsers[i];
            if (user.isEmpty())
                return invalid(ZooKeeper::tr("Digest user %1 has an empty name.").arg(i + 1));
            if (user.contains(QLatin1Char(':')))
                return invalid(ZooKeeper::tr("The digest user \"%1\" contains ':': ZooKeeper's "
                                             "digest scheme splits user:password at the first "
                                             "':', so a user name cannot contain one.")
                                   .arg(user));
            if (digestUsers.indexOf(user) != i)
                return invalid(ZooKeeper::tr("The digest user \"%1\" is listed twice.").arg(user));
        }
        break;
    }
    case Auth::SaslGssapi: {
        const QString &service = sasl.service;
        if (service.isEmpty())
            return invalid(ZooKeeper::tr("The SASL service name is empty: expected the first "
                                         "part of the server's principal, usually "
                                         "\"zookeeper\"."));
        if (std::any_of(service.begin(), service.end(), [](QChar c) {
                return c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('@');
            }))
            return invalid(ZooKeeper::tr("The SASL service name \"%1\" is not a service name: "
                                         "expected the first part of the server's principal "
                                         "without '/' or '@', usually \"zookeeper\".")
                               .arg(service));
        if (!sasl.host.isEmpty() &&
            !std::all_of(sasl.host.begin(), sasl.host.end(), isHostNameChar))
            return invalid(ZooKeeper::tr("The SASL server host \"%1\" is not a host name: "
                                         "expected the host part of the server's principal, "
                                         "e.g. zk1.example.com.")
                               .arg(sasl.host));
        if (!sasl.keytab.isEmpty() && sasl.principal.isEmpty())
            return invalid(ZooKeeper::tr("The keytab %1 is chosen but no principal to take from "
                                         "it.")
                               .arg(sasl.keytab),
                           ZooKeeper::tr("Enter the client principal, e.g. "
                                         "portier-admin@EXAMPLE.COM."));
        break;
    }
    }
    return {};
}

QJsonObject ConnectionProfile::toJson() const
{
    // Deliberately no password field: passwords live in the keychain (keychainKey()).
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("connectString"), connectString},
        {QLatin1StringView("sessionTimeoutMs"), sessionTimeoutMs},
        {QLatin1StringView("readOnly"), readOnly},
        {QLatin1StringView("auth"), authName(auth)},
        {QLatin1StringView("digestUsers"), Json::fromStringList(digestUsers)},
        {QLatin1StringView("sasl"),
         QJsonObject{
             {QLatin1StringView("service"), sasl.service},
             {QLatin1StringView("host"), sasl.host},
             {QLatin1StringView("ccache"), sasl.ccache},
             {QLatin1StringView("keytab"), sasl.keytab},
             {QLatin1StringView("principal"), sasl.principal},
         }},
    };
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &object,
                                                             QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ConnectionProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ConnectionProfile p;
    auto id = Json::stringField(object, QLatin1StringView("id"), error);
    if (!id)
        return std::nullopt;
    auto name = Json::stringField(object, QLatin1StringView("name"), error, false);
    if (!name)
        return std::nullopt;
    auto connect = Json::stringField(object, QLatin1StringView("connectString"), error);
    if (!connect)
        return std::nullopt;
    auto timeout = Json::integerField(object, QLatin1StringView("sessionTimeoutMs"), error, false);
    if (!timeout)
        return std::nullopt;
    auto readOnly = Json::boolField(object, QLatin1StringView("readOnly"), error, false);
    if (!readOnly)
        return std::nullopt;
    auto auth = Json::stringField(object, QLatin1StringView("auth"), error, false);
    if (!auth)
        return std::nullopt;
    const QJsonValue usersValue = object.value(QLatin1StringView("digestUsers"));
    auto users = Json::toStringList(usersValue);
    if (!users)
        return fail(QStringLiteral("field \"digestUsers\" is not a list of strings"));

    p.id = *id;
    p.name = *name;
    p.connectString = *connect;
    if (object.contains(QLatin1StringView("sessionTimeoutMs"))) {
        if (*timeout < 0 || *timeout > std::numeric_limits<int>::max())
            return fail(QStringLiteral("field \"sessionTimeoutMs\" is out of range"));
        p.sessionTimeoutMs = static_cast<int>(*timeout);
    }
    p.readOnly = *readOnly;
    if (!auth->isEmpty()) {
        auto parsed = authFromName(*auth);
        if (!parsed)
            return fail(QStringLiteral("field \"auth\" is \"%1\"; expected none, digest or "
                                       "sasl-gssapi")
                            .arg(*auth));
        p.auth = *parsed;
    }
    p.digestUsers = *users;

    const QJsonValue saslValue = object.value(QLatin1StringView("sasl"));
    if (!saslValue.isUndefined() && !saslValue.isNull()) {
        if (!saslValue.isObject())
            return fail(QStringLiteral("field \"sasl\" is not an object"));
        const QJsonObject s = saslValue.toObject();
        const struct
        {
            const char *key;
            QString *target;
        } fields[] = {{"service", &p.sasl.service},
                      {"host", &p.sasl.host},
                      {"ccache", &p.sasl.ccache},
                      {"keytab", &p.sasl.keytab},
                      {"principal", &p.sasl.principal}};
        for (const auto &f : fields) {
            QString fieldError;
            auto value = Json::stringField(s, QLatin1StringView(f.key), &fieldError, false);
            if (!value)
                return fail(QStringLiteral("sasl: %1").arg(fieldError));
            if (s.contains(QLatin1StringView(f.key)))
                *f.target = *value;
        }
    }
    return p;
}

ConnectionProfileStore::ConnectionProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ConnectionProfileStore::load() const
{
    QList<ConnectionProfile> profiles;
    m_settings.beginGroup(settingsGroup());
    const QStringList ids = m_settings.childKeys();
    for (const QString &id : ids) {
        const QByteArray json = m_settings.value(id).toString().toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (!doc.isObject())
            continue;
        auto profile = ConnectionProfile::fromJson(doc.object());
        if (!profile)
            continue;
        profile->id = id; // the key is authoritative
        profiles.append(std::move(*profile));
    }
    m_settings.endGroup();
    std::sort(profiles.begin(), profiles.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) {
                  const int byName = QString::localeAwareCompare(a.name, b.name);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    return profiles;
}

void ConnectionProfileStore::save(const ConnectionProfile &profile)
{
    // The id is a QSettings key: '/' would open a subgroup that load() never reads.
    if (profile.id.isEmpty() || profile.id.contains(QLatin1Char('/')) ||
        profile.id.contains(QLatin1Char('\\')))
        return;
    m_settings.beginGroup(settingsGroup());
    m_settings.setValue(
        profile.id,
        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    m_settings.endGroup();
    m_settings.sync();
}

void ConnectionProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings.beginGroup(settingsGroup());
    m_settings.remove(id);
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace Portier
