// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cache_collection_watcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Portier;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

/// What kinit and kdestroy do to a FILE cache: write a temporary file, rename it over the cache.
bool replaceAtomically(const QString &path, const QByteArray &content)
{
    const QString temporary = path + QStringLiteral(".new");
    return writeFile(temporary, content) && ::rename(QFile::encodeName(temporary).constData(),
                                                     QFile::encodeName(path).constData()) == 0;
}

} // namespace

class TestCacheCollectionWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directoryOf_data();
    void directoryOf();
    void fileCachesAreWatchedAcrossAtomicRenames();
    void keyringCachesArePolled();
};

void TestCacheCollectionWatcher::directoryOf_data()
{
    QTest::addColumn<QString>("cacheName");
    QTest::addColumn<QString>("directory");
    QTest::newRow("dir-subsidiary") << QStringLiteral("DIR::/run/user/1000/krb5cc/tkt")
                                    << QStringLiteral("/run/user/1000/krb5cc");
    QTest::newRow("dir-collection")
        << QStringLiteral("DIR:/run/user/1000/krb5cc") << QStringLiteral("/run/user/1000/krb5cc");
    QTest::newRow("file") << QStringLiteral("FILE:/tmp/krb5cc_1000") << QStringLiteral("/tmp");
    QTest::newRow("bare-path") << QStringLiteral("/tmp/krb5cc_1000") << QStringLiteral("/tmp");
    QTest::newRow("keyring") << QStringLiteral("KEYRING:persistent:1000") << QString();
    QTest::newRow("kcm") << QStringLiteral("KCM:1000") << QString();
    QTest::newRow("memory") << QStringLiteral("MEMORY:test") << QString();
}

void TestCacheCollectionWatcher::directoryOf()
{
    QFETCH(QString, cacheName);
    QFETCH(QString, directory);
    QCOMPARE(CacheCollectionWatcher::directoryOf(cacheName), directory);
}

void TestCacheCollectionWatcher::fileCachesAreWatchedAcrossAtomicRenames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("krb5cc_test"));
    QVERIFY(writeFile(path, "first"));

    CacheCollection collection;
    CredentialCache cache;
    cache.name = QStringLiteral("FILE:") + path;
    cache.type = QStringLiteral("FILE");
    cache.location = path;
    collection.caches = {cache};
    collection.defaultCacheName = cache.name;

    CacheCollectionWatcher watcher;
    watcher.setSettleInterval(200);
    watcher.watch(collection);
    QVERIFY(watcher.watchedPaths().contains(path));
    QVERIFY(watcher.watchedPaths().contains(dir.path()));
    QVERIFY(!watcher.isPolling());

    QSignalSpy changed(&watcher, &CacheCollectionWatcher::changed);
    QVERIFY(replaceAtomically(path, "second"));
    QTRY_VERIFY(changed.count() >= 1);
    // The watch follows the new file without waiting for the next refresh.
    QTRY_VERIFY(watcher.watchedPaths().contains(path));

    // Bursts fold into one signal.
    changed.clear();
    QVERIFY(writeFile(path, "third"));
    QVERIFY(writeFile(path, "fourth"));
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(400);
    QCOMPARE(changed.count(), 1);

    watcher.stop();
    QVERIFY(watcher.watchedPaths().isEmpty());
}

void TestCacheCollectionWatcher::keyringCachesArePolled()
{
    CacheCollection collection;
    CredentialCache cache;
    cache.name = QStringLiteral("KEYRING:persistent:1000:1000");
    cache.type = QStringLiteral("KEYRING");
    collection.caches = {cache};
    collection.defaultCacheName = QStringLiteral("KEYRING:persistent:1000");

    CacheCollectionWatcher watcher;
    watcher.setPollInterval(30);
    watcher.watch(collection);
    QVERIFY(watcher.isPolling());
    QVERIFY(watcher.watchedPaths().isEmpty());
    QSignalSpy changed(&watcher, &CacheCollectionWatcher::changed);
    QTRY_VERIFY(changed.count() >= 2);

    watcher.watch(CacheCollection());
    QVERIFY(!watcher.isPolling());
}

QTEST_GUILESS_MAIN(TestCacheCollectionWatcher)
#include "tst_cache_collection_watcher.moc"
