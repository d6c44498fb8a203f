// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/znode_record.h"

#include "backends/core/json_util.h"

namespace Portier {

QJsonObject ZnodeRecord::toJson() const
{
    QJsonObject o{
        {QLatin1StringView("path"), path},
        {QLatin1StringView("stat"), stat.toJson()},
        {QLatin1StringView("acl"), aclToJson(acl)},
        {QLatin1StringView("error"),
         error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
    };
    if (data)
        o.insert(QLatin1StringView("data"), QString::fromLatin1(data->toBase64()));
    return o;
}

std::optional<ZnodeRecord> ZnodeRecord::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ZnodeRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    ZnodeRecord record;
    auto path = Json::stringField(object, QLatin1StringView("path"), error);
    if (!path)
        return std::nullopt;
    if (!path->startsWith(QLatin1Char('/')))
        return fail(
            QStringLiteral("field \"path\" is not an absolute znode path: \"%1\"").arg(*path));
    record.path = *path;

    const QJsonValue statValue = object.value(QLatin1StringView("stat"));
    if (!statValue.isObject())
        return fail(statValue.isUndefined() ? QStringLiteral("missing field \"stat\"")
                                            : QStringLiteral("field \"stat\" is not an object"));
    QString statError;
    auto stat = ZnodeStat::fromJson(statValue.toObject(), &statError);
    if (!stat)
        return fail(QStringLiteral("node %1: stat: %2").arg(record.path, statError));
    record.stat = *stat;

    auto aclArray = Json::arrayField(object, QLatin1StringView("acl"), error);
    if (!aclArray)
        return std::nullopt;
    QString aclError;
    auto acl = aclFromJson(*aclArray, &aclError);
    if (!acl)
        return fail(QStringLiteral("node %1: acl: %2").arg(record.path, aclError));
    record.acl = std::move(*acl);

    auto nodeError = Json::stringField(object, QLatin1StringView("error"), error, false);
    if (!nodeError)
        return std::nullopt;
    record.error = *nodeError;

    auto data = Json::stringField(object, QLatin1StringView("data"), error, false);
    if (!data)
        return std::nullopt;
    if (object.contains(QLatin1StringView("data")) &&
        !object.value(QLatin1StringView("data")).isNull()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            data->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(QStringLiteral("node %1: field \"data\" is not base64").arg(record.path));
        record.data = *decoded;
    }
    return record;
}

} // namespace Portier
