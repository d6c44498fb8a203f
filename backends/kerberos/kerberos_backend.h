// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"
#include "backends/kerberos/kinit_request.h"

#include <QFuture>

#include <memory>

namespace Portier {

class BackendContext;
class SignatureCatalogue;

/// Façade over libkrb5. Every call runs on the context's pool with its own krb5_context and
/// returns at once; the future can be cancelled (the result is then dropped, and a pending KDC
/// exchange stops at the next step libkrb5 lets us interrupt). Failed actions carry the library
/// trace as evidence and the matched diagnoses.
class KerberosBackend
{
public:
    /// Diagnoses come from SignatureCatalogue::builtin().
    explicit KerberosBackend(BackendContext &context);
    /// Diagnoses come from @p catalogue (immutable, shared with the worker threads).
    KerberosBackend(BackendContext &context, std::shared_ptr<const SignatureCatalogue> catalogue);

    QFuture<Result<CacheCollection>> listCaches() const;
    /// @p path empty: the keytab libkrb5 would use (krb5_kt_default_name, usually /etc/krb5.keytab)
    QFuture<Result<KeytabListing>> listKeytab(const QString &path = {}) const;

    QFuture<Result<ActionOutcome>> kinit(const KinitRequest &request) const;
    /// @p cacheName empty: the default cache
    QFuture<Result<ActionOutcome>> renew(const QString &cacheName = {}) const;
    QFuture<Result<ActionOutcome>> destroy(const QString &cacheName = {}) const;
    QFuture<Result<ActionOutcome>> switchPrimary(const QString &cacheName) const;
    /// Obtain initial credentials from the keytab into a MEMORY cache: no effect on the user's
    /// caches. @p principal empty: the keytab's first principal.
    QFuture<Result<ActionOutcome>> testKeytab(const QString &path, const QString &principal) const;

    /// Shell commands equivalent to the actions, shown beside results.
    static QString renewCommand(const QString &cacheName);
    static QString destroyCommand(const QString &cacheName);
    static QString switchCommand(const QString &cacheName);
    static QString testKeytabCommand(const QString &path, const QString &principal);

private:
    BackendContext &m_context;
    std::shared_ptr<const SignatureCatalogue> m_catalogue;
};

} // namespace Portier
