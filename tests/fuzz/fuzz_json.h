// SPDX-License-Identifier: GPL-3.0-or-later
// For fuzz targets of value types' fromJson(): every type gets the same JSON object, and what
// parses must serialise again.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace Portier::Fuzz {

template<typename... Types>
void parseAsEach(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    const auto parse = [&o](auto tag) {
        using T = typename decltype(tag)::type;
        QString error;
        if (const auto value = T::fromJson(o, &error))
            (void)value->toJson();
    };
    (parse(std::type_identity<Types>{}), ...);
}

} // namespace Portier::Fuzz
