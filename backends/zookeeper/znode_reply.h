// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/znode_stat.h"

#include <QByteArray>
#include <QStringList>

namespace Portier {

/// What ZkSession's read requests return: the payload together with the node's stat.
struct ZnodeChildren
{
    QStringList children; ///< names, not paths; sorted
    ZnodeStat stat;
    friend bool operator==(const ZnodeChildren &, const ZnodeChildren &) = default;
};

struct ZnodeData
{
    QByteArray data;
    ZnodeStat stat;
    friend bool operator==(const ZnodeData &, const ZnodeData &) = default;
};

struct ZnodeAcl
{
    Acl acl;
    ZnodeStat stat; ///< stat.aversion is the version to pass to setAcl
    friend bool operator==(const ZnodeAcl &, const ZnodeAcl &) = default;
};

} // namespace Portier
