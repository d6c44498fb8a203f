// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/znode_record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Portier::Test {

/// The raw ZooKeeper C API (synchronous calls: zoo_get_children2, zoo_get_acl, zoo_get, zoo_create,
/// zoo_set_acl), independent of ZkSession: the oracle tests compare Portier with, and the tool
/// that seeds trees. Each instance is one session; digest credentials are added on connect.
class ZkOracle
{
public:
    /// Connects (waits up to 15 s). @p digest: "user:password" pairs for zoo_add_auth.
    ZkOracle(const QString &connectString, const QStringList &digest = {});
    ~ZkOracle();
    ZkOracle(const ZkOracle &) = delete;
    ZkOracle &operator=(const ZkOracle &) = delete;

    bool isConnected() const;
    QString lastError() const;

    /// Depth-first walk, children sorted, one record per node (stat, acl, optional data;
    /// error "NOAUTH" etc. when a read fails).
    QList<ZnodeRecord> walk(const QString &root, bool withData = false);
    /// Creates the node (and missing parents with world:anyone:cdrwa); persistent.
    bool create(const QString &path, const QByteArray &data, const Acl &acl);
    bool setAcl(const QString &path, const Acl &acl);
    bool remove(const QString &path); ///< recursive
    Acl acl(const QString &path, int *aversion = nullptr);
    /// Creates count children "<prefix>NNNNNNN" under parent with pipelined async creates.
    bool createChildren(const QString &parent, int count,
                        const QString &prefix = QStringLiteral("n"));
    /// Creates a tree of exactly @p count nodes below @p root (fan-out @p fanOut per level),
    /// pipelined; ACL world:anyone:cdrwa.
    bool createTree(const QString &root, int count, int fanOut = 10);

private:
    struct Private;
    Private *d;
};

} // namespace Portier::Test
