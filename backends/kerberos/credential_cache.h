// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"
#include "backends/core/warning.h"
#include "backends/kerberos/credential.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portier {

/// One credential cache of the collection, as libkrb5 sees it.
struct CredentialCache
{
    QString name; ///< full name, "DIR::/run/user/1000/krb5cc/tkt" or "FILE:/tmp/krb5cc_1000"
    QString type; ///< "FILE", "DIR", "KEYRING", "KCM", "MEMORY", ...
    bool primary = false;
    QString principal;             ///< default principal; empty when the cache is not initialised
    QList<Credential> credentials; ///< tickets first, then configuration entries
    QString location;        ///< file or directory to watch for changes, empty for KEYRING/KCM
    QList<Warning> warnings; ///< cache-level: no TGT, unreadable entries, ...
    std::optional<Error> readError; ///< the cache is listed but could not be read

    /// The ticket-granting ticket for the default principal's realm, if present.
    const Credential *tgt() const;

    QJsonObject toJson() const;
    static std::optional<CredentialCache> fromJson(const QJsonObject &object,
                                                   QString *error = nullptr);

    friend bool operator==(const CredentialCache &, const CredentialCache &) = default;
};

/// The whole cache collection plus the cache KRB5CCNAME names.
struct CacheCollection
{
    QList<CredentialCache> caches;
    QString defaultCacheName; ///< what krb5_cc_default_name() returned
    QList<Warning> warnings;  ///< collection-level, e.g. keyring-primary-missing

    const CredentialCache *find(const QString &name) const;
    const CredentialCache *primary() const;

    /// {"caches":[...]} plus "default_cache" and "warnings"; the CLI contract of `krb caches`.
    QJsonObject toJson() const;
    static std::optional<CacheCollection> fromJson(const QJsonObject &object,
                                                   QString *error = nullptr);

    friend bool operator==(const CacheCollection &, const CacheCollection &) = default;
};

} // namespace Portier
