// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/znode_stat.h"

#include "backends/core/json_util.h"

#include <limits>

namespace Portier {

namespace {

struct StatField
{
    const char *key;
    qint64 ZnodeStat::*wide;
    int ZnodeStat::*narrow;
};

// In the CLI contract's order.
constexpr StatField kFields[] = {
    {"czxid", &ZnodeStat::czxid, nullptr},
    {"mzxid", &ZnodeStat::mzxid, nullptr},
    {"pzxid", &ZnodeStat::pzxid, nullptr},
    {"ctime", &ZnodeStat::ctime, nullptr},
    {"mtime", &ZnodeStat::mtime, nullptr},
    {"version", nullptr, &ZnodeStat::version},
    {"cversion", nullptr, &ZnodeStat::cversion},
    {"aversion", nullptr, &ZnodeStat::aversion},
    {"ephemeralOwner", &ZnodeStat::ephemeralOwner, nullptr},
    {"dataLength", nullptr, &ZnodeStat::dataLength},
    {"numChildren", nullptr, &ZnodeStat::numChildren},
};

} // namespace

QString ZnodeStat::hex(qint64 value)
{
    // zkCli prints Long.toHexString, i.e. the unsigned two's complement for negative values.
    return QLatin1StringView("0x") + QString::number(static_cast<quint64>(value), 16);
}

QJsonObject ZnodeStat::toJson() const
{
    // qint64 JSON numbers keep all 64 bits through QJsonDocument (written as integers, read back
    // as integers), so zxids and session ids above 2^53 survive a round trip.
    QJsonObject o;
    for (const StatField &f : kFields) {
        const QLatin1StringView key(f.key);
        if (f.wide)
            o.insert(key, QJsonValue(this->*f.wide));
        else
            o.insert(key, QJsonValue(this->*f.narrow));
    }
    return o;
}

std::optional<ZnodeStat> ZnodeStat::fromJson(const QJsonObject &object, QString *error)
{
    ZnodeStat stat;
    for (const StatField &f : kFields) {
        const QLatin1StringView key(f.key);
        const auto value = Json::integerField(object, key, error);
        if (!value)
            return std::nullopt;
        if (f.wide) {
            stat.*f.wide = *value;
            continue;
        }
        if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
            if (error)
                *error = QStringLiteral("field \"%1\" is out of the 32-bit range").arg(key);
            return std::nullopt;
        }
        stat.*f.narrow = static_cast<int>(*value);
    }
    return stat;
}

} // namespace Portier
