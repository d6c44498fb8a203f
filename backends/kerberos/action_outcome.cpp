// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/action_outcome.h"

#include "backends/core/json_util.h"

namespace Portier {

QJsonObject ActionOutcome::toJson() const
{
    return QJsonObject{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("cache"), cacheName},
        {QStringLiteral("shell_command"), shellCommand},
        {QStringLiteral("trace"), trace.toJson()},
        {QStringLiteral("diagnoses"), Json::fromList(diagnoses)},
    };
}

std::optional<ActionOutcome> ActionOutcome::fromJson(const QJsonObject &o, QString *error)
{
    auto summary = Json::stringField(o, QLatin1StringView("summary"), error);
    auto cache = Json::stringField(o, QLatin1StringView("cache"), error, false);
    auto command = Json::stringField(o, QLatin1StringView("shell_command"), error, false);
    auto diagnoses = Json::arrayField(o, QLatin1StringView("diagnoses"), error, false);
    if (!summary || !cache || !command || !diagnoses)
        return std::nullopt;
    ActionOutcome outcome{*summary, *cache, *command, {}, {}};
    const QJsonValue trace = o.value(QLatin1StringView("trace"));
    if (trace.isObject()) {
        auto excerpt = LogExcerpt::fromJson(trace.toObject(), error);
        if (!excerpt)
            return std::nullopt;
        outcome.trace = *excerpt;
    }
    auto list = Json::toList<Diagnosis>(*diagnoses, error);
    if (!list)
        return std::nullopt;
    outcome.diagnoses = *list;
    return outcome;
}

} // namespace Portier
