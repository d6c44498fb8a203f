// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/kerberos/credential_cache.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Portier {

/// Tells when the credential cache collection may have changed, so that the pane refreshes
/// without the user asking: a QFileSystemWatcher on every file or directory cache (and on the
/// directories holding them, because kinit and kdestroy replace cache files by atomic rename,
/// which ends a watch on the old file), plus a light poll while caches without a file (KEYRING,
/// KCM) are in the collection. Bursts of events are folded into one changed() signal.
class CacheCollectionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CacheCollectionWatcher(QObject *parent = nullptr);

    /// Watches what @p collection names. Call after every refresh: it re-adds files that were
    /// replaced since.
    void watch(const CacheCollection &collection);
    void stop();

    void setPollInterval(int milliseconds);
    void setSettleInterval(int milliseconds);

    QStringList watchedPaths() const;
    bool isPolling() const { return m_poll.isActive(); }

    /// The directory or file a cache name refers to, for watching ("DIR::/d/tkt" → "/d",
    /// "DIR:/d" → "/d", "FILE:/tmp/krb5cc_1" → "/tmp"); empty for KEYRING, KCM, MEMORY.
    static QString directoryOf(const QString &cacheName);

Q_SIGNALS:
    void changed();

private:
    void pathChanged(const QString &path);
    void sync(const QStringList &wanted);

    QFileSystemWatcher m_watcher;
    QStringList m_wanted;
    QTimer m_settle;
    QTimer m_poll;
};

} // namespace Portier
