// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos (and tests/fuzz): reads credential caches through libkrb5 into
// value types. Metadata only: session keys are never copied out of krb5_creds.
#pragma once

#include "backends/core/result.h"
#include "backends/kerberos/credential_cache.h"

#include <QDateTime>

#include <functional>
#include <optional>

#include <krb5.h>

namespace Portier::Krb5 {

class Context;

/// Reads one cache. std::nullopt when the cache does not exist or was never initialised (there
/// is nothing to show); a cache that exists but cannot be read is returned with readError set.
std::optional<CredentialCache> readCache(const Context &ctx, krb5_ccache cc, const QDateTime &now);

/// Reads the whole collection (krb5_cccol_cursor) plus the cache krb5_cc_default names, marks the
/// primary, sorts primary first then by name, and adds collection warnings. @p cancelled is
/// polled between caches.
CacheCollection readCollection(const Context &ctx, const QDateTime &now,
                               const std::function<bool()> &cancelled = {});

/// Reads the cache @p name ("FILE:/tmp/krb5cc_1000") with its own context; an uninitialised or
/// missing cache is a CacheNotFound error. Used by the fuzz target and by tests.
Result<CredentialCache> readCacheNamed(const QString &name,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Portier::Krb5
