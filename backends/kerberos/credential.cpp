// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/credential.h"

#include "backends/core/json_util.h"

namespace Portier {

QString Credential::key() const
{
    const QChar sep(0x1f);
    if (isConfig)
        return QStringLiteral("config") + sep + configKey + sep + server;
    return client + sep + server;
}

bool Credential::hasAllZeroTimes() const
{
    return !authTime.isValid() && !startTime.isValid() && !endTime.isValid() &&
           !renewTill.isValid();
}

QJsonObject Credential::toJson() const
{
    QJsonObject o{
        {QStringLiteral("client"), client},
        {QStringLiteral("server"), server},
        {QStringLiteral("auth_time"), Json::fromDateTime(authTime)},
        {QStringLiteral("start_time"), Json::fromDateTime(startTime)},
        {QStringLiteral("end_time"), Json::fromDateTime(endTime)},
        {QStringLiteral("renew_till"), Json::fromDateTime(renewTill)},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("flag_bits"), qint64(flagBits)},
        {QStringLiteral("session_enctype"), sessionEnctype},
        {QStringLiteral("ticket_enctype"), ticketEnctype},
        {QStringLiteral("ticket_size"), ticketSize},
        {QStringLiteral("is_config"), isConfig},
        {QStringLiteral("warnings"), Json::fromList(warnings)},
    };
    if (isConfig) {
        o.insert(QStringLiteral("config_key"), configKey);
        o.insert(QStringLiteral("config_value"), configValue);
        o.insert(QStringLiteral("config_meaning"), configMeaning);
    }
    return o;
}

std::optional<Credential> Credential::fromJson(const QJsonObject &o, QString *error)
{
    Credential c;
    auto client = Json::stringField(o, QLatin1StringView("client"), error);
    auto server = Json::stringField(o, QLatin1StringView("server"), error);
    auto flags = Json::stringField(o, QLatin1StringView("flags"), error, false);
    auto flagBits = Json::integerField(o, QLatin1StringView("flag_bits"), error, false);
    auto sessionEnctype = Json::stringField(o, QLatin1StringView("session_enctype"), error, false);
    auto ticketEnctype = Json::stringField(o, QLatin1StringView("ticket_enctype"), error, false);
    auto ticketSize = Json::integerField(o, QLatin1StringView("ticket_size"), error, false);
    auto isConfig = Json::boolField(o, QLatin1StringView("is_config"), error, false);
    auto configKey = Json::stringField(o, QLatin1StringView("config_key"), error, false);
    auto configValue = Json::stringField(o, QLatin1StringView("config_value"), error, false);
    auto configMeaning = Json::stringField(o, QLatin1StringView("config_meaning"), error, false);
    auto warnings = Json::arrayField(o, QLatin1StringView("warnings"), error, false);
    if (!client || !server || !flags || !flagBits || !sessionEnctype || !ticketEnctype ||
        !ticketSize || !isConfig || !configKey || !configValue || !configMeaning || !warnings)
        return std::nullopt;

    const struct
    {
        const char *key;
        QDateTime *target;
    } times[] = {{"auth_time", &c.authTime},
                 {"start_time", &c.startTime},
                 {"end_time", &c.endTime},
                 {"renew_till", &c.renewTill}};
    for (const auto &t : times) {
        auto value = Json::toDateTime(o.value(QLatin1StringView(t.key)));
        if (!value) {
            if (error)
                *error = QStringLiteral("field \"%1\" is not an ISO 8601 time")
                             .arg(QLatin1StringView(t.key));
            return std::nullopt;
        }
        *t.target = *value;
    }
    if (*flagBits < 0 || *flagBits > 0xffffffffLL || *ticketSize < 0 || *ticketSize > INT_MAX) {
        if (error)
            *error = QStringLiteral("credential for \"%1\" has out-of-range numbers").arg(*server);
        return std::nullopt;
    }
    auto warningList = Json::toList<Warning>(*warnings, error);
    if (!warningList)
        return std::nullopt;

    c.client = *client;
    c.server = *server;
    c.flags = *flags;
    c.flagBits = quint32(*flagBits);
    c.sessionEnctype = *sessionEnctype;
    c.ticketEnctype = *ticketEnctype;
    c.ticketSize = int(*ticketSize);
    c.isConfig = *isConfig;
    c.configKey = *configKey;
    c.configValue = *configValue;
    c.configMeaning = *configMeaning;
    c.warnings = *warningList;
    return c;
}

} // namespace Portier
