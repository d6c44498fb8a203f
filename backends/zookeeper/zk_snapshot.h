// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/znode_record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portier {

/// A subtree exported to JSON: {"format":"portier-zk-snapshot","version":1,"connectString",
/// "root","taken","withData","nodes":[ZnodeRecord...]}.
struct ZkSnapshot
{
    QString connectString;
    QString root = QStringLiteral("/");
    QDateTime taken;
    bool withData = false;
    QList<ZnodeRecord> nodes;

    QJsonObject toJson() const;
    static Result<ZkSnapshot> fromJson(const QJsonObject &object);
    Result<void> save(const QString &fileName) const; ///< atomic (QSaveFile)
    static Result<ZkSnapshot> load(const QString &fileName);
};

/// What differs between two snapshots (or a snapshot and a fresh scan of the live tree).
struct SnapshotDiff
{
    struct Change
    {
        enum class Kind
        {
            Added,   ///< only in the second
            Removed, ///< only in the first
            AclChanged,
            DataChanged, ///< data differs (when both have data) or version differs
        };
        Kind kind;
        QString path;
        Acl aclBefore;
        Acl aclAfter;
        QJsonObject toJson() const; ///< {"kind":"acl-changed","path","before","after"}
    };
    QList<Change> changes; ///< sorted by path

    bool isEmpty() const { return changes.isEmpty(); }
    QJsonObject toJson() const;
    static SnapshotDiff compare(const ZkSnapshot &before, const ZkSnapshot &after);
};

} // namespace Portier
