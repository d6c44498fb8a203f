// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/diagnosis.h"

#include "backends/core/json_util.h"

namespace Portier {

QJsonObject Diagnosis::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("cause"), cause},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("matched_lines"), Json::fromStringList(matchedLines)},
    };
}

std::optional<Diagnosis> Diagnosis::fromJson(const QJsonObject &o, QString *error)
{
    auto id = Json::stringField(o, QLatin1StringView("id"), error);
    auto title = Json::stringField(o, QLatin1StringView("title"), error);
    auto cause = Json::stringField(o, QLatin1StringView("cause"), error, false);
    auto fix = Json::stringField(o, QLatin1StringView("fix"), error, false);
    auto reference = Json::stringField(o, QLatin1StringView("reference"), error, false);
    auto lines = Json::toStringList(o.value(QLatin1StringView("matched_lines")));
    if (!id || !title || !cause || !fix || !reference)
        return std::nullopt;
    if (!lines) {
        if (error)
            *error = QStringLiteral("field \"matched_lines\" is not a list of strings");
        return std::nullopt;
    }
    return Diagnosis{*id, *title, *cause, *fix, *reference, *lines};
}

} // namespace Portier
