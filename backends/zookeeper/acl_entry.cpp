// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/acl_entry.h"

#include "backends/core/json_util.h"
#include "backends/zookeeper/acl_syntax.h"

namespace Portier {

QString AclEntry::permsString() const
{
    return AclSyntax::formatPerms(perms);
}

QString AclEntry::toString() const
{
    return scheme + QLatin1Char(':') + id + QLatin1Char(':') + permsString();
}

QJsonObject AclEntry::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("scheme"), scheme},
        {QLatin1StringView("id"), id},
        {QLatin1StringView("perms"), permsString()},
    };
}

std::optional<AclEntry> AclEntry::fromJson(const QJsonObject &object, QString *error)
{
    auto scheme = Json::stringField(object, QLatin1StringView("scheme"), error);
    if (!scheme)
        return std::nullopt;
    auto id = Json::stringField(object, QLatin1StringView("id"), error);
    if (!id)
        return std::nullopt;
    // "perms" may be "" (a server can hold an entry without permissions), so it is read as a
    // string that must be present, then parsed unless empty.
    const QJsonValue permsValue = object.value(QLatin1StringView("perms"));
    if (!permsValue.isString()) {
        if (error)
            *error = permsValue.isUndefined() || permsValue.isNull()
                         ? QStringLiteral("missing field \"perms\"")
                         : QStringLiteral("field \"perms\" is not a string");
        return std::nullopt;
    }
    if (scheme->isEmpty()) {
        if (error)
            *error = QStringLiteral("field \"scheme\" is empty");
        return std::nullopt;
    }
    AclEntry entry;
    entry.scheme = *scheme;
    entry.id = *id;
    const QString permsText = permsValue.toString();
    if (!permsText.isEmpty()) {
        Result<int> perms = AclSyntax::parsePerms(permsText);
        if (!perms.ok()) {
            if (error)
                *error = QStringLiteral("field \"perms\" is \"%1\", not permissions in cdrwa "
                                        "notation")
                             .arg(permsText);
            return std::nullopt;
        }
        entry.perms = perms.value();
    }
    return entry;
}

QJsonArray aclToJson(const Acl &acl)
{
    return Json::fromList(acl);
}

std::optional<Acl> aclFromJson(const QJsonArray &array, QString *error)
{
    return Json::toList<AclEntry>(array, error);
}

} // namespace Portier
