// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/zk_audit_seed.h"

#include "backends/zookeeper/acl_syntax.h"
#include "tests/support/zk_oracle.h"

#include <QHash>
#include <QMap>

namespace Portier::Test {

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

Acl resolved(const Acl &acl, const QString &digestPassword)
{
    Acl out;
    for (AclEntry e : acl) {
        if (e.scheme == QLatin1StringView("digest") && !e.id.contains(QLatin1Char(':')))
            e.id = AclSyntax::digestId(e.id, digestPassword);
        out.append(e);
    }
    return out;
}

} // namespace

QList<ZkAuditSeedNode> auditSeed(const AuditProfiles &profiles, AuditOptions::Mode mode,
                                 const QString &digestPassword)
{
    QStringList all;
    for (const AuditComponentProfile &c : profiles.components())
        all.append(c.name);
    QMap<QString, Acl> nodes; // sorted: a parent sorts before its children
    for (const AuditComponentProfile &c : profiles.components()) {
        for (const AuditComponentProfile::Rule &r : c.rules) {
            const QString path = r.basePath();
            const AuditComponentProfile::Rule *governing = profiles.ruleFor(path, all);
            const Acl &acl =
                mode == AuditOptions::Mode::Secure ? governing->secure : governing->unsecure;
            nodes.insert(path, resolved(acl, digestPassword));
        }
    }
    const QStringList paths = nodes.keys();
    for (const QString &path : paths) {
        for (QString p = parentOf(path); !nodes.contains(p); p = parentOf(p)) {
            const AuditComponentProfile::Rule *governing = profiles.ruleFor(p, all);
            Acl acl{AclEntry{QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read}};
            if (governing)
                acl = resolved(mode == AuditOptions::Mode::Secure ? governing->secure
                                                                  : governing->unsecure,
                               digestPassword);
            nodes.insert(p, acl);
            if (p == QLatin1StringView("/"))
                break;
        }
    }
    QList<ZkAuditSeedNode> seed;
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it)
        seed.append(ZkAuditSeedNode{it.key(), it.value()});
    return seed;
}

QList<ZnodeRecord> auditSeedRecords(const QList<ZkAuditSeedNode> &seed)
{
    QHash<QString, int> children;
    for (const ZkAuditSeedNode &n : seed) {
        if (n.path != QLatin1StringView("/"))
            ++children[parentOf(n.path)];
    }
    QList<ZnodeRecord> records;
    records.reserve(seed.size());
    for (const ZkAuditSeedNode &n : seed) {
        ZnodeRecord r;
        r.path = n.path;
        r.acl = n.acl;
        r.stat.numChildren = children.value(n.path);
        records.append(r);
    }
    return records;
}

bool applyAuditSeed(ZkOracle &oracle, const QList<ZkAuditSeedNode> &seed, QString *error)
{
    for (const ZkAuditSeedNode &n : seed) {
        if (n.path == QLatin1StringView("/") || !oracle.create(n.path, QByteArray(), n.acl)) {
            if (!oracle.setAcl(n.path, n.acl)) {
                if (error)
                    *error = oracle.lastError();
                return false;
            }
        }
    }
    return true;
}

} // namespace Portier::Test
