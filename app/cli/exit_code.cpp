// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exit_code.h"

#include "backends/core/error.h"

namespace Portier::Cli {

namespace {

ExitCode exitCodeForKerberos(KrbError code)
{
    switch (code) {
    case KrbError::KdcUnreachable:
    case KrbError::RealmUnknown:
    case KrbError::ClockSkew:
    case KrbError::PreauthFailed:
    case KrbError::ClientUnknown:
    case KrbError::PasswordExpired:
    case KrbError::ClientRevoked:
    case KrbError::EnctypeUnsupported:
        return ExitCode::ConnectOrAuth;
    case KrbError::BadPrincipal:
    case KrbError::BadLifetime:
        return ExitCode::Usage;
    case KrbError::Library:
    case KrbError::ServerUnknown:
    case KrbError::KeytabNoKey:
    case KrbError::CacheNotFound:
    case KrbError::TicketExpired:
    case KrbError::NotRenewable:
    case KrbError::KeyringPrimaryMissing:
        break;
    }
    return ExitCode::Failed;
}

ExitCode exitCodeForCore(CoreError code)
{
    switch (code) {
    case CoreError::InvalidInput:
        return ExitCode::Usage;
    case CoreError::Timeout:
        return ExitCode::ConnectOrAuth;
    case CoreError::Internal:
    case CoreError::Cancelled:
    case CoreError::NotFound:
    case CoreError::NeedsPrivilege:
    case CoreError::Io:
    case CoreError::Unsupported:
        break;
    }
    return ExitCode::Failed;
}

ExitCode exitCodeForZooKeeper(ZkError code)
{
    switch (code) {
    case ZkError::ConnectionLoss:
    case ZkError::SessionExpired:
    case ZkError::OperationTimeout:
    case ZkError::AuthFailed:
    case ZkError::SaslUnavailable:
    case ZkError::SaslFailed:
    case ZkError::ServerUnreachable:
    case ZkError::HostUnresolved:
        return ExitCode::ConnectOrAuth;
    case ZkError::BadConnectString:
    case ZkError::BadArguments:
        return ExitCode::Usage;
    case ZkError::Library:
    case ZkError::NoAuth:
    case ZkError::NoNode:
    case ZkError::NodeExists:
    case ZkError::NotEmpty:
    case ZkError::BadVersion:
    case ZkError::InvalidAcl:
    case ZkError::ReadOnly:
    case ZkError::Closing:
    case ZkError::NotWhitelisted:
    case ZkError::JournalConflict:
        break;
    }
    return ExitCode::Failed;
}

} // namespace

ExitCode exitCodeFor(const Error &error)
{
    switch (error.domain) {
    case ErrorDomain::Kerberos:
        return exitCodeForKerberos(KrbError(error.code));
    case ErrorDomain::Core:
        return exitCodeForCore(CoreError(error.code));
    case ErrorDomain::ZooKeeper:
        return exitCodeForZooKeeper(ZkError(error.code));
    case ErrorDomain::Vault:
    case ErrorDomain::Ldap:
    case ErrorDomain::Ad:
    case ErrorDomain::Bundle:
        break;
    }
    return ExitCode::Failed;
}

} // namespace Portier::Cli
