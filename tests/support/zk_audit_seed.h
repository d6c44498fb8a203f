// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/audit.h"

#include <QList>
#include <QString>

namespace Portier::Test {

class ZkOracle;

/// One node of a tree seeded from the audit profiles: its path and the ACL to give it.
struct ZkAuditSeedNode
{
    QString path;
    Acl acl;
};

/// Every znode the profiles name (each rule's path without "/**"), parents first, with the ACL
/// the governing rule expects in @p mode. Digest patterns ("digest:hdfs-fcs:cdrwa") become real
/// digest ids for @p digestPassword. Ancestors no rule names are added with world:anyone:r.
/// Auditing this tree in @p mode must give no findings.
QList<ZkAuditSeedNode> auditSeed(const AuditProfiles &profiles, AuditOptions::Mode mode,
                                 const QString &digestPassword = QStringLiteral("portier-seed"));

/// The seed as scanned records (zero stats, numChildren filled in), for pure audit tests.
QList<ZnodeRecord> auditSeedRecords(const QList<ZkAuditSeedNode> &seed);

/// Seeds a live server: creates each node that does not exist yet with its ACL, and sets the
/// ACL of those that do ("/", "/zookeeper", ...). The oracle should be authenticated as the
/// super user. On failure returns false with the oracle's error in @p error.
bool applyAuditSeed(ZkOracle &oracle, const QList<ZkAuditSeedNode> &seed, QString *error = nullptr);

} // namespace Portier::Test
