// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portier {

/// ZooKeeper permission bits, with the C client's values (ZOO_PERM_READ ...).
namespace ZkPerm {
enum : int
{
    Read = 1,
    Write = 2,
    Create = 4,
    Delete = 8,
    Admin = 16,
    All = 31,
};
} // namespace ZkPerm

/// One ACL entry: scheme, id and permission bits. `world:anyone:r`, `sasl:kafka:cdrwa`,
/// `digest:alice:q+Z7yQ...=:rw`, `ip:10.0.0.0/8:r`, `x509:CN=admin,O=Corp:cdrwa`, `auth::cdrwa`.
struct AclEntry
{
    QString scheme;
    QString id;
    int perms = 0; ///< ZkPerm bits

    /// Permissions in zkCli's `cdrwa` order, e.g. "cdrwa", "rw", "r"; "" for none.
    QString permsString() const;
    /// zkCli syntax: "scheme:id:perms".
    QString toString() const;
    bool has(int perm) const { return (perms & perm) == perm; }

    /// {"scheme":"sasl","id":"kafka","perms":"cdrwa"} (the CLI contract's ACL entry).
    QJsonObject toJson() const;
    static std::optional<AclEntry> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const AclEntry &, const AclEntry &) = default;
};

/// A znode's ACL in the order the server returns it.
using Acl = QList<AclEntry>;

QJsonArray aclToJson(const Acl &acl);
std::optional<Acl> aclFromJson(const QJsonArray &array, QString *error = nullptr);

} // namespace Portier
