// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Portier::Json {

/// ISO 8601 UTC with seconds ("2026-11-22T07:43:43Z"), or null for an invalid time.
QJsonValue fromDateTime(const QDateTime &time);
/// Inverse of fromDateTime; null or absent gives an invalid QDateTime, a malformed string nullopt.
std::optional<QDateTime> toDateTime(const QJsonValue &value);

QJsonArray fromStringList(const QStringList &list);
std::optional<QStringList> toStringList(const QJsonValue &value);

/// Type-checked field access for fromJson(): sets *error to a message naming the field when the
/// field is missing or of the wrong type.
std::optional<QString> stringField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                   bool required = true);
std::optional<qint64> integerField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                   bool required = true);
std::optional<bool> boolField(const QJsonObject &o, QLatin1StringView key, QString *error,
                              bool required = true);
std::optional<QJsonArray> arrayField(const QJsonObject &o, QLatin1StringView key, QString *error,
                                     bool required = true);

/// Serialise/deserialise a list of value types with toJson()/fromJson().
template<typename T>
QJsonArray fromList(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template<typename T>
std::optional<QList<T>> toList(const QJsonArray &array, QString *error)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            if (error)
                *error = QStringLiteral("expected an object in the list");
            return std::nullopt;
        }
        auto item = T::fromJson(v.toObject(), error);
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

} // namespace Portier::Json
