// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/log_excerpt.h"

#include "backends/core/json_util.h"

#include <QJsonArray>

#include <algorithm>

namespace Portier {

void LogExcerpt::highlight(int index)
{
    if (index < 0 || index >= lines.size() || highlighted.contains(index))
        return;
    highlighted.insert(std::lower_bound(highlighted.cbegin(), highlighted.cend(), index) -
                           highlighted.cbegin(),
                       index);
}

QJsonObject LogExcerpt::toJson() const
{
    QJsonArray marks;
    for (int i : highlighted)
        marks.append(i);
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("first_line"), firstLine},
        {QStringLiteral("lines"), Json::fromStringList(lines)},
        {QStringLiteral("highlighted"), marks},
        {QStringLiteral("start_time"), Json::fromDateTime(startTime)},
        {QStringLiteral("end_time"), Json::fromDateTime(endTime)},
    };
}

std::optional<LogExcerpt> LogExcerpt::fromJson(const QJsonObject &o, QString *error)
{
    LogExcerpt e;
    auto source = Json::stringField(o, QLatin1StringView("source"), error);
    auto first = Json::integerField(o, QLatin1StringView("first_line"), error, false);
    auto lines = Json::toStringList(o.value(QLatin1StringView("lines")));
    auto marks = Json::arrayField(o, QLatin1StringView("highlighted"), error, false);
    auto start = Json::toDateTime(o.value(QLatin1StringView("start_time")));
    auto end = Json::toDateTime(o.value(QLatin1StringView("end_time")));
    if (!source || !first || !marks)
        return std::nullopt;
    if (!lines || !start || !end || *first < 0 || *first > std::numeric_limits<int>::max()) {
        if (error)
            *error = QStringLiteral("malformed log excerpt from \"%1\"").arg(*source);
        return std::nullopt;
    }
    e.source = *source;
    e.firstLine = int(*first);
    e.lines = *lines;
    e.startTime = *start;
    e.endTime = *end;
    for (const QJsonValue &v : std::as_const(*marks)) {
        const qint64 i = v.toInteger(-1);
        if (!v.isDouble() || i < 0 || i >= e.lines.size()) {
            if (error)
                *error = QStringLiteral("highlighted line out of range in \"%1\"").arg(e.source);
            return std::nullopt;
        }
        e.highlight(int(i));
    }
    return e;
}

} // namespace Portier
