// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Portier {
Q_NAMESPACE

/// Which system an Error comes from; the code is a value of that domain's enum below.
enum class ErrorDomain
{
    Core,
    Kerberos,
    ZooKeeper,
    Vault,
    Ldap,
    Ad,
    Bundle
};
Q_ENUM_NS(ErrorDomain)

enum class CoreError
{
    Internal,
    Cancelled,
    InvalidInput,
    NotFound,
    NeedsPrivilege, ///< the file or object exists but only a privileged user may read it
    Io,
    Timeout,
    Unsupported,
};
Q_ENUM_NS(CoreError)

enum class KrbError
{
    Library,        ///< any other libkrb5 error; libraryCode tells which
    KdcUnreachable, ///< cannot contact any KDC for the realm
    RealmUnknown,   ///< cannot find a KDC for the realm (no config, no DNS SRV)
    ClockSkew,
    PreauthFailed, ///< password incorrect / preauthentication failed
    ClientUnknown, ///< client principal not found in the KDC database
    ServerUnknown, ///< server principal (SPN) not found
    PasswordExpired,
    ClientRevoked,      ///< disabled, locked out, or not allowed tickets
    EnctypeUnsupported, ///< KDC or configuration has no usable encryption type
    KeytabNoKey,        ///< no key in the keytab for this principal / kvno / enctype
    CacheNotFound,      ///< no such credential cache or no credentials in it
    TicketExpired,
    NotRenewable,
    BadPrincipal, ///< principal name does not parse
    BadLifetime,  ///< lifetime string does not parse
    KeyringPrimaryMissing,
};
Q_ENUM_NS(KrbError)

enum class ZkError
{
    Library,          ///< any other ZOO_* code; libraryCode tells which
    ConnectionLoss,   ///< no server reachable right now (ZCONNECTIONLOSS)
    SessionExpired,   ///< the server ended the session; ephemerals and watches are gone
    OperationTimeout, ///< no reply within the session timeout
    AuthFailed,       ///< digest or SASL authentication was rejected (ZAUTHFAILED)
    NoAuth,           ///< the session's identities lack the permission (ZNOAUTH)
    NoNode,
    NodeExists,
    NotEmpty,
    BadVersion,       ///< version / aversion check failed: someone changed the node meanwhile
    InvalidAcl,       ///< the server refused the ACL (ZINVALIDACL), e.g. auth: with no identity
    BadArguments,     ///< a malformed path or request (ZBADARGUMENTS)
    ReadOnly,         ///< a write on a read-only profile or a read-only server (ZNOTREADONLY)
    Closing,          ///< the session was closed while the request was outstanding
    BadConnectString, ///< the connect string does not parse (or names no server)
    SaslUnavailable,  ///< this build's C client has no SASL support
    SaslFailed,       ///< SASL/GSSAPI could not start (no ticket, bad keytab, unknown SPN)
    NotWhitelisted,   ///< a four-letter word the server does not allow (4lw.commands.whitelist)
    ServerUnreachable,
    JournalConflict, ///< rollback: the node's ACL changed after the journal was written
    HostUnresolved,  ///< none of the connect string's host names resolves
};
Q_ENUM_NS(ZkError)

} // namespace Portier
