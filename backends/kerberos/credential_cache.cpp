// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/credential_cache.h"

#include "backends/core/json_util.h"

namespace Portier {

const Credential *CredentialCache::tgt() const
{
    const qsizetype at = principal.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return nullptr;
    const QString realm = principal.mid(at + 1);
    const QString name = QStringLiteral("krbtgt/") + realm + QLatin1Char('@') + realm;
    for (const Credential &c : credentials) {
        if (!c.isConfig && c.server == name)
            return &c;
    }
    return nullptr;
}

QJsonObject CredentialCache::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("primary"), primary},
        {QStringLiteral("principal"), principal},
        {QStringLiteral("location"), location},
        {QStringLiteral("credentials"), Json::fromList(credentials)},
        {QStringLiteral("warnings"), Json::fromList(warnings)},
    };
    o.insert(QStringLiteral("error"),
             readError ? QJsonValue(readError->toJson()) : QJsonValue(QJsonValue::Null));
    return o;
}

std::optional<CredentialCache> CredentialCache::fromJson(const QJsonObject &o, QString *error)
{
    auto name = Json::stringField(o, QLatin1StringView("name"), error);
    auto type = Json::stringField(o, QLatin1StringView("type"), error);
    auto primary = Json::boolField(o, QLatin1StringView("primary"), error, false);
    auto principal = Json::stringField(o, QLatin1StringView("principal"), error, false);
    auto location = Json::stringField(o, QLatin1StringView("location"), error, false);
    auto credentials = Json::arrayField(o, QLatin1StringView("credentials"), error, false);
    auto warnings = Json::arrayField(o, QLatin1StringView("warnings"), error, false);
    if (!name || !type || !primary || !principal || !location || !credentials || !warnings)
        return std::nullopt;
    CredentialCache cache;
    cache.name = *name;
    cache.type = *type;
    cache.primary = *primary;
    cache.principal = *principal;
    cache.location = *location;
    auto creds = Json::toList<Credential>(*credentials, error);
    auto warns = Json::toList<Warning>(*warnings, error);
    if (!creds || !warns)
        return std::nullopt;
    cache.credentials = *creds;
    cache.warnings = *warns;
    const QJsonValue readError = o.value(QLatin1StringView("error"));
    if (readError.isObject()) {
        auto e = Error::fromJson(readError.toObject(), error);
        if (!e)
            return std::nullopt;
        cache.readError = *e;
    } else if (!readError.isNull() && !readError.isUndefined()) {
        if (error)
            *error = QStringLiteral("field \"error\" of cache \"%1\" is not an object").arg(*name);
        return std::nullopt;
    }
    return cache;
}

const CredentialCache *CacheCollection::find(const QString &name) const
{
    for (const CredentialCache &c : caches) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const CredentialCache *CacheCollection::primary() const
{
    for (const CredentialCache &c : caches) {
        if (c.primary)
            return &c;
    }
    return nullptr;
}

QJsonObject CacheCollection::toJson() const
{
    return QJsonObject{
        {QStringLiteral("caches"), Json::fromList(caches)},
        {QStringLiteral("default_cache"), defaultCacheName},
        {QStringLiteral("warnings"), Json::fromList(warnings)},
    };
}

std::optional<CacheCollection> CacheCollection::fromJson(const QJsonObject &o, QString *error)
{
    auto caches = Json::arrayField(o, QLatin1StringView("caches"), error);
    auto defaultCache = Json::stringField(o, QLatin1StringView("default_cache"), error, false);
    auto warnings = Json::arrayField(o, QLatin1StringView("warnings"), error, false);
    if (!caches || !defaultCache || !warnings)
        return std::nullopt;
    auto cacheList = Json::toList<CredentialCache>(*caches, error);
    auto warningList = Json::toList<Warning>(*warnings, error);
    if (!cacheList || !warningList)
        return std::nullopt;
    return CacheCollection{*cacheList, *defaultCache, *warningList};
}

} // namespace Portier
