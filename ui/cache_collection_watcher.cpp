// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cache_collection_watcher.h"

#include <QFileInfo>
#include <QSet>

namespace Portier {

namespace {

constexpr int DefaultPollMs = 5000;
constexpr int DefaultSettleMs = 250;

/// Cache types whose state lives in the kernel or a daemon: nothing to watch, so poll.
bool needsPolling(const QString &type)
{
    return type == QLatin1String("KEYRING") || type == QLatin1String("KCM") ||
           type == QLatin1String("API");
}

QString typeOf(const QString &cacheName)
{
    const qsizetype colon = cacheName.indexOf(QLatin1Char(':'));
    // A bare path ("/tmp/krb5cc_1000") is a FILE cache.
    if (colon <= 0 || cacheName.startsWith(QLatin1Char('/')))
        return QStringLiteral("FILE");
    return cacheName.left(colon).toUpper();
}

} // namespace

CacheCollectionWatcher::CacheCollectionWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(DefaultSettleMs);
    m_poll.setInterval(DefaultPollMs);
    m_poll.setTimerType(Qt::CoarseTimer);
    connect(&m_settle, &QTimer::timeout, this, &CacheCollectionWatcher::changed);
    connect(&m_poll, &QTimer::timeout, this, &CacheCollectionWatcher::changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &CacheCollectionWatcher::pathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &CacheCollectionWatcher::pathChanged);
}

QString CacheCollectionWatcher::directoryOf(const QString &cacheName)
{
    const QString type = typeOf(cacheName);
    QString residual = cacheName.startsWith(QLatin1Char('/'))
                           ? cacheName
                           : cacheName.mid(cacheName.indexOf(QLatin1Char(':')) + 1);
    if (type == QLatin1String("DIR")) {
        // "DIR::/d/tkt" names one cache file of the collection in /d; "DIR:/d" the collection.
        if (residual.startsWith(QLatin1Char(':')))
            return QFileInfo(residual.mid(1)).absolutePath();
        return residual;
    }
    if (type == QLatin1String("FILE"))
        return QFileInfo(residual).absolutePath();
    return {};
}

void CacheCollectionWatcher::watch(const CacheCollection &collection)
{
    QStringList wanted;
    bool poll = needsPolling(typeOf(collection.defaultCacheName));
    auto want = [&wanted](const QString &path) {
        if (!path.isEmpty() && !wanted.contains(path))
            wanted.append(path);
    };
    want(directoryOf(collection.defaultCacheName));
    for (const CredentialCache &cache : collection.caches) {
        if (cache.location.isEmpty()) {
            poll = poll || needsPolling(cache.type);
            continue;
        }
        want(cache.location);
        const QFileInfo info(cache.location);
        if (!info.isDir())
            want(info.absolutePath());
    }
    sync(wanted);
    if (poll && !m_poll.isActive())
        m_poll.start();
    else if (!poll)
        m_poll.stop();
}

void CacheCollectionWatcher::stop()
{
    sync({});
    m_poll.stop();
    m_settle.stop();
}

void CacheCollectionWatcher::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void CacheCollectionWatcher::setSettleInterval(int milliseconds)
{
    m_settle.setInterval(milliseconds);
}

QStringList CacheCollectionWatcher::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void CacheCollectionWatcher::sync(const QStringList &wanted)
{
    m_wanted = wanted;
    const QStringList current = watchedPaths();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    QStringList stale;
    for (const QString &path : current) {
        if (!wantedSet.contains(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    const QSet<QString> currentSet(current.cbegin(), current.cend());
    QStringList missing;
    for (const QString &path : wanted) {
        // A path that does not exist yet (a collection directory before the first kinit) is
        // picked up by a later watch() once a refresh finds it.
        if (!currentSet.contains(path) && QFileInfo::exists(path))
            missing.append(path);
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

void CacheCollectionWatcher::pathChanged(const QString &path)
{
    // After an atomic rename the watch on the old inode is gone; watch the new file at once so
    // that a second change before the refresh is not missed.
    if (m_wanted.contains(path) && !watchedPaths().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
    m_settle.start();
}

} // namespace Portier
