// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/acl_entry.h"

#include <QString>
#include <QStringView>

namespace Portier::AclSyntax {

/// "cdrwa" (any order, each letter at most once) to ZkPerm bits. Errors name the bad letter.
Result<int> parsePerms(QStringView text);
/// ZkPerm bits to zkCli's "cdrwa" order.
QString formatPerms(int perms);

/// One entry in zkCli syntax "scheme:id:perms". The id may itself contain ':' (digest, x509,
/// IPv6): perms are after the last ':', the scheme before the first. Validated (validateEntry).
Result<AclEntry> parseEntry(QStringView text);
/// A comma-separated ACL in zkCli syntax: "sasl:kafka:cdrwa,world:anyone:r". Whitespace around
/// entries is ignored. An empty ACL is an error (ZooKeeper refuses it). x509 ids containing
/// commas must not be split: an entry only starts at a known scheme name followed by ':'.
Result<Acl> parseAcl(QStringView text);
/// zkCli syntax, entries joined with ','.
QString formatAcl(const Acl &acl);

/// Per-scheme validation with a message that says what is wrong and what is expected:
/// world → id must be "anyone"; digest → "user:base64(sha1(user:password))" (28 base64 chars);
/// ip → IPv4 address with optional /0-32 prefix (IPv6 also accepted); sasl → non-empty
/// principal without spaces; x509 → a distinguished name (contains '='); auth → id empty (it
/// expands to the session's authenticated identities); super/other schemes → non-empty id.
/// perms must be non-zero.
Result<void> validateEntry(const AclEntry &entry);
/// validateEntry on each entry, and the ACL must not be empty.
Result<void> validateAcl(const Acl &acl);

/// The digest id ZooKeeper's DigestAuthenticationProvider stores for user and password:
/// "user:" + base64(sha1("user:password")).
QString digestId(QStringView user, QStringView password);

/// Whether ACL entry @p entry applies to a session holding @p identity (scheme and id, perms
/// ignored), the way the server checks it: the same scheme and id, and for ip an address inside
/// the entry's subnet (10.0.0.0/8 applies to ip:10.1.2.3; an IPv4 entry never applies to an
/// IPv6 address). world:anyone applies to everyone; auth entries are expanded by the server
/// when it sets the ACL and never match here.
bool appliesTo(const AclEntry &entry, const AclEntry &identity);

/// The zkCli command that sets @p acl on @p path: `setAcl -v 3 /path sasl:kafka:cdrwa`;
/// aversion < 0 leaves out -v; recursive adds -R.
QString setAclCommand(const QString &path, const Acl &acl, int aversion = -1,
                      bool recursive = false);

/// How exposed a node is, for the tree's risk badge and the audit.
enum class Risk
{
    Restricted,    ///< no world:anyone entry
    WorldReadable, ///< world:anyone with r only
    WorldWritable, ///< world:anyone may w, c or d
    WorldAdmin,    ///< world:anyone has a (anyone may change the ACL)
};
Risk assessRisk(const Acl &acl);
/// "restricted", "world-readable", "world-writable", "world-admin".
QString riskName(Risk risk);

} // namespace Portier::AclSyntax
