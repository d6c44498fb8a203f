// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/warning.h"

#include "backends/core/json_util.h"

namespace Portier {

namespace {
QString severityName(Warning::Severity s)
{
    switch (s) {
    case Warning::Severity::Info:
        return QStringLiteral("info");
    case Warning::Severity::Warning:
        return QStringLiteral("warning");
    case Warning::Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}
} // namespace

QJsonObject Warning::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("severity"), severityName(severity)}};
}

std::optional<Warning> Warning::fromJson(const QJsonObject &o, QString *error)
{
    auto code = Json::stringField(o, QLatin1StringView("code"), error);
    auto message = Json::stringField(o, QLatin1StringView("message"), error);
    auto severity = Json::stringField(o, QLatin1StringView("severity"), error, false);
    if (!code || !message || !severity)
        return std::nullopt;
    Warning w{*code, *message, Severity::Warning};
    if (*severity == QLatin1StringView("info"))
        w.severity = Severity::Info;
    else if (*severity == QLatin1StringView("critical"))
        w.severity = Severity::Critical;
    else if (!severity->isEmpty() && *severity != QLatin1StringView("warning")) {
        if (error)
            *error = QStringLiteral("unknown severity \"%1\"").arg(*severity);
        return std::nullopt;
    }
    return w;
}

} // namespace Portier
