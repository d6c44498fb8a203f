// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"

#include <QFuture>
#include <QString>

namespace Portier {

/// Secrets (ZooKeeper digest passwords, Vault tokens) in the OS keychain through QtKeychain
/// (Secret Service / KWallet). The only place Portier stores a secret (DESIGN.md, Secrets).
/// Jobs run asynchronously in the calling thread's event loop; call from a thread that has one
/// (the GUI thread). Errors say which entry and what the keychain answered, with a hint (no
/// Secret Service running, keychain locked, access denied).
class SecretStore
{
public:
    /// @p service: the keychain's service name; entries are "<service>/<key>".
    explicit SecretStore(QString service = QStringLiteral(PORTIER_APP_ID));

    /// The secret, or CoreError::NotFound when there is no entry.
    QFuture<Result<QString>> read(const QString &key) const;
    QFuture<Result<void>> write(const QString &key, const QString &secret) const;
    /// Removing an entry that does not exist succeeds.
    QFuture<Result<void>> remove(const QString &key) const;

private:
    QString m_service;
};

} // namespace Portier
