// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/znode_stat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portier {

/// One node as a scan saw it: the unit of `zk tree`, snapshots, audits and recursive changes.
struct ZnodeRecord
{
    QString path;
    ZnodeStat stat;
    Acl acl;
    std::optional<QByteArray> data; ///< only when the scan asked for data
    /// Empty when the node was read; otherwise the ZooKeeper error name of the first failed
    /// request: "NOAUTH" (the session may not read it), "NONODE" (deleted during the scan), ...
    QString error;

    bool readable() const { return error.isEmpty(); }

    /// {"path","stat":{...},"acl":[...],"error":null|"NOAUTH"} plus "data" (base64) when
    /// present: the CLI contract's node object.
    QJsonObject toJson() const;
    static std::optional<ZnodeRecord> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const ZnodeRecord &, const ZnodeRecord &) = default;
};

} // namespace Portier
