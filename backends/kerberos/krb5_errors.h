// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos: krb5_error_code -> Error with words a user understands.
#pragma once

#include "backends/core/error.h"

#include <QString>
#include <QStringList>

#include <krb5.h>

namespace Portier::Krb5 {

class Context;

/// What was being done when libkrb5 failed; it decides the message and sometimes the code
/// (KDC_ERR_BADOPTION means "not renewable" only for a renewal).
enum class Operation
{
    Kinit,       ///< subject: the client principal
    KinitKeytab, ///< subject: the client principal
    Renew,       ///< subject: the cache name
    Destroy,     ///< subject: the cache name
    Switch,      ///< subject: the cache name
    TestKeytab,  ///< subject: the keytab path
    ListCaches,  ///< subject: the cache name
    ListKeytab,  ///< subject: the keytab path
};

/// The KrbError for @p code in @p op; KrbError::Library when there is no closer match.
KrbError classify(krb5_error_code code, Operation op);

/// The symbolic name of a libkrb5 error code ("KRB5KDC_ERR_PREAUTH_FAILED"), empty if unknown.
QString codeName(krb5_error_code code);

/// Code identifiers for SignatureCatalogue matching: symbolic name and decimal number.
QStringList catalogueCodes(krb5_error_code code);

/// Builds the Error for a failed libkrb5 call: code from classify() (or a CoreError for
/// cancellation, missing support and permissions), message "what failed for whom: why",
/// detail = krb5_get_error_message on @p ctx, hint, libraryCode. Evidence and diagnoses are
/// added by the caller.
Error makeError(const Context &ctx, krb5_error_code code, Operation op, const QString &subject);

/// The Error for a krb5_context that could not be created (unreadable or broken krb5.conf).
Error contextError(const Context &ctx, Operation op, const QString &subject);

} // namespace Portier::Krb5
