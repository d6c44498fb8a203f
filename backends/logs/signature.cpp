// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/logs/signature.h"

#include "backends/core/json_util.h"

#include <QJsonArray>

namespace Portier {

QJsonObject Signature::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("cause"), cause},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("codes"), Json::fromStringList(codes)},
        {QStringLiteral("patterns"), Json::fromStringList(patterns)},
        {QStringLiteral("sources"), Json::fromStringList(sources)},
    };
}

std::optional<Signature> Signature::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString fieldError;
    auto id = Json::stringField(o, QLatin1StringView("id"), &fieldError);
    if (!id)
        return fail(fieldError);
    const QString where = QStringLiteral("signature \"%1\"").arg(*id);
    auto title = Json::stringField(o, QLatin1StringView("title"), &fieldError);
    auto cause = Json::stringField(o, QLatin1StringView("cause"), &fieldError, false);
    auto fix = Json::stringField(o, QLatin1StringView("fix"), &fieldError, false);
    auto reference = Json::stringField(o, QLatin1StringView("reference"), &fieldError, false);
    if (!title || !cause || !fix || !reference)
        return fail(where + QStringLiteral(": ") + fieldError);
    if (id->trimmed().isEmpty() || title->trimmed().isEmpty())
        return fail(where + QStringLiteral(": id and title must not be empty"));

    Signature s{*id, *title, *cause, *fix, *reference, {}, {}, {}};
    const QJsonValue codes = o.value(QLatin1StringView("codes"));
    if (!codes.isUndefined() && !codes.isNull()) {
        if (!codes.isArray())
            return fail(where + QStringLiteral(": \"codes\" is not an array"));
        const QJsonArray codeList = codes.toArray();
        for (const QJsonValue &c : codeList) {
            if (c.isString() && !c.toString().isEmpty())
                s.codes.append(c.toString());
            else if (c.isDouble() && c.toDouble() == double(c.toInteger()))
                s.codes.append(QString::number(c.toInteger()));
            else
                return fail(where + QStringLiteral(": \"codes\" holds something that is neither a "
                                                   "code name nor an integer"));
        }
    }
    auto patterns = Json::toStringList(o.value(QLatin1StringView("patterns")));
    if (!patterns)
        return fail(where + QStringLiteral(": \"patterns\" is not a list of strings"));
    auto sources = Json::toStringList(o.value(QLatin1StringView("sources")));
    if (!sources)
        return fail(where + QStringLiteral(": \"sources\" is not a list of strings"));
    for (const QString &p : std::as_const(*patterns)) {
        if (p.isEmpty())
            return fail(where + QStringLiteral(": an empty pattern would match every line"));
    }
    s.patterns = *patterns;
    s.sources = *sources;
    if (s.codes.isEmpty() && s.patterns.isEmpty())
        return fail(where + QStringLiteral(": needs at least one code or pattern"));
    return s;
}

} // namespace Portier
