// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos (and tests/fuzz): lists keytabs through libkrb5. Metadata only:
// the keys are freed (and wiped) by libkrb5 without ever being copied out.
#pragma once

#include "backends/core/result.h"
#include "backends/kerberos/keytab_listing.h"

#include <functional>
#include <optional>

namespace Portier::Krb5 {

class Context;

/// A keytab name split into what libkrb5 resolves and the file behind it.
struct KeytabName
{
    QString resolvable; ///< "FILE:/etc/krb5.keytab", or "MEMORY:x" for non-file types
    QString path;       ///< "/etc/krb5.keytab"; empty for non-file keytab types
};

/// @p name empty: krb5_kt_default_name. Strips "FILE:" and "WRFILE:" prefixes.
KeytabName keytabName(const Context &ctx, const QString &name);

/// Checks the file behind @p name with stat/access before libkrb5 opens it; see
/// KerberosChecks::keytabAccessError.
std::optional<Error> checkKeytabFile(const KeytabName &name);

/// Lists every entry, with warnings. Errors: NotFound, NeedsPrivilege, InvalidInput (not a
/// keytab / malformed entry), Cancelled.
Result<KeytabListing> readKeytab(const Context &ctx, const QString &name,
                                 const std::function<bool()> &cancelled = {});

/// readKeytab with its own context; for the fuzz target and tests.
Result<KeytabListing> readKeytabFile(const QString &path);

} // namespace Portier::Krb5
