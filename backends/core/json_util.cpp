// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/json_util.h"

namespace Portier::Json {

QJsonValue fromDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> toDateTime(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QDateTime();
    if (!value.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QJsonArray fromStringList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<QStringList> toStringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

namespace {
template<typename T, typename Check, typename Get>
std::optional<T> field(const QJsonObject &o, QLatin1StringView key, QString *error, bool required,
                       const char *typeName, T fallback, Check check, Get get)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (!required)
            return fallback;
        if (error)
            *error = QStringLiteral("missing field \"%1\"").arg(key);
        return std::nullopt;
    }
    if (!check(v)) {
        if (error)
            *error = QStringLiteral("field \"%1\" is not %2").arg(key, QLatin1StringView(typeName));
        return std::nullopt;
    }
    return get(v);
}
} // namespace

std::optional<QString> stringField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                   bool required)
{
    return field<QString>(
        o, key, error, required, "a string", QString(),
        [](const QJsonValue &v) { return v.isString(); },
        [](const QJsonValue &v) { return v.toString(); });
}

std::optional<qint64> integerField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                   bool required)
{
    return field<qint64>(
        o, key, error, required, "an integer", 0,
        [](const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInteger()); },
        [](const QJsonValue &v) { return v.toInteger(); });
}

std::optional<bool> boolField(const QJsonObject &o, QLatin1StringView key, QString *error,
                              bool required)
{
    return field<bool>(
        o, key, error, required, "a boolean", false, [](const QJsonValue &v) { return v.isBool(); },
        [](const QJsonValue &v) { return v.toBool(); });
}

std::optional<QJsonArray> arrayField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                     bool required)
{
    return field<QJsonArray>(
        o, key, error, required, "an array", QJsonArray(),
        [](const QJsonValue &v) { return v.isArray(); },
        [](const QJsonValue &v) { return v.toArray(); });
}

} // namespace Portier::Json
