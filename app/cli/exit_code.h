// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portier {
struct Error;
}

namespace Portier::Cli {

/// portier-cli's exit codes (DESIGN.md, "Command line"); scripts depend on them.
enum class ExitCode
{
    Ok = 0,
    Failed = 1,        ///< the check or command found problems or failed
    Usage = 2,         ///< the command line is wrong, or the verb is not available
    ConnectOrAuth = 3, ///< could not reach the server, or it refused to authenticate us
};

/// The exit code a failed operation ends the process with: authentication and reachability
/// failures (KDC or ZooKeeper server unreachable or unresolvable, preauthentication, digest or
/// SASL authentication failed, unknown or revoked client, expired password, clock skew, lost or
/// expired session) are 3, input that does not parse (principal, lifetime, connect string,
/// znode path) is 2, everything else is 1.
ExitCode exitCodeFor(const Error &error);

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace Portier::Cli
