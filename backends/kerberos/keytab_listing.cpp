// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/keytab_listing.h"

#include "backends/core/json_util.h"

namespace Portier {

QJsonObject KeytabEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("principal"), principal},
        {QStringLiteral("kvno"), kvno},
        {QStringLiteral("enctype"), enctype},
        {QStringLiteral("enctype_id"), enctypeId},
        {QStringLiteral("timestamp"), Json::fromDateTime(timestamp)},
        {QStringLiteral("warnings"), Json::fromList(warnings)},
    };
}

std::optional<KeytabEntry> KeytabEntry::fromJson(const QJsonObject &o, QString *error)
{
    auto principal = Json::stringField(o, QLatin1StringView("principal"), error);
    auto kvno = Json::integerField(o, QLatin1StringView("kvno"), error);
    auto enctype = Json::stringField(o, QLatin1StringView("enctype"), error);
    auto enctypeId = Json::integerField(o, QLatin1StringView("enctype_id"), error, false);
    auto timestamp = Json::toDateTime(o.value(QLatin1StringView("timestamp")));
    auto warnings = Json::arrayField(o, QLatin1StringView("warnings"), error, false);
    if (!principal || !kvno || !enctype || !enctypeId || !warnings)
        return std::nullopt;
    if (!timestamp || *kvno < 0 || *kvno > INT_MAX || *enctypeId < INT_MIN ||
        *enctypeId > INT_MAX) {
        if (error)
            *error = QStringLiteral("keytab entry for \"%1\" has malformed fields").arg(*principal);
        return std::nullopt;
    }
    auto warningList = Json::toList<Warning>(*warnings, error);
    if (!warningList)
        return std::nullopt;
    return KeytabEntry{*principal,         int(*kvno), *enctype,
                       qint32(*enctypeId), *timestamp, *warningList};
}

QStringList KeytabListing::principals() const
{
    QStringList out;
    for (const KeytabEntry &e : entries) {
        if (!out.contains(e.principal))
            out.append(e.principal);
    }
    return out;
}

QJsonObject KeytabListing::toJson() const
{
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("entries"), Json::fromList(entries)},
        {QStringLiteral("warnings"), Json::fromList(warnings)},
    };
}

std::optional<KeytabListing> KeytabListing::fromJson(const QJsonObject &o, QString *error)
{
    auto path = Json::stringField(o, QLatin1StringView("path"), error);
    auto entries = Json::arrayField(o, QLatin1StringView("entries"), error);
    auto warnings = Json::arrayField(o, QLatin1StringView("warnings"), error, false);
    if (!path || !entries || !warnings)
        return std::nullopt;
    auto entryList = Json::toList<KeytabEntry>(*entries, error);
    auto warningList = Json::toList<Warning>(*warnings, error);
    if (!entryList || !warningList)
        return std::nullopt;
    return KeytabListing{*path, *entryList, *warningList};
}

} // namespace Portier
