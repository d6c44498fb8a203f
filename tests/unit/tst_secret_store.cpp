// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real Secret Service: a private GNOME Keyring on a private D-Bus session
// (tests/support/with_gnome_keyring.sh under dbus-run-session), never the user's own keyring.
#include "backends/core/secret_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Portier;

namespace {

// Runs the event loop until the future is finished (the keychain jobs run in it). The limit
// only keeps a broken Secret Service from hanging the test; it is not a timing assertion.
template<typename T>
std::optional<T> await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// The error of a failed result for a test message; empty for a success.
template<typename R>
QString describe(const R &result)
{
    if (result.ok())
        return {};
    const Error &e = result.error();
    return e.codeName() + QStringLiteral(": ") + e.message + QStringLiteral(" [") + e.detail +
           QStringLiteral("] ") + e.hint;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove();
    void notFound();
    void unicodeSecret();
    void servicesAreSeparate();
    void secretIsNotStoredInClearText();

private:
    QString m_service;
};

void TestSecretStore::initTestCase()
{
    // Only ever against the private keyring the wrapper script set up.
    const QString privateHome = qEnvironmentVariable("PORTIER_PRIVATE_KEYRING_HOME");
    if (privateHome.isEmpty())
        QSKIP("Run through ctest (dbus-run-session -- tests/support/with_gnome_keyring.sh): "
              "this test never uses the user's own keyring.");
    QCOMPARE(QDir(privateHome).canonicalPath(), QDir::home().canonicalPath());
    m_service = QStringLiteral("org.portier.Portier.test");
}

void TestSecretStore::writeReadOverwriteRemove()
{
    const SecretStore store(m_service);
    const QString key = QStringLiteral("zookeeper/6f1c2c4e/alice");

    auto written = await(store.write(key, QStringLiteral("first-secret-Aq7")));
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(describe(*written)));

    auto read = await(store.read(key));
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(describe(*read)));
    QCOMPARE(read->value(), QStringLiteral("first-secret-Aq7"));

    written = await(store.write(key, QStringLiteral("second-secret-Zr2")));
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(describe(*written)));
    read = await(store.read(key));
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), QStringLiteral("second-secret-Zr2"));

    auto removed = await(store.remove(key));
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(describe(*removed)));
    read = await(store.read(key));
    QVERIFY(read);
    QVERIFY(!read->ok());
    QVERIFY2(read->error().is(CoreError::NotFound), qPrintable(describe(*read)));

    // Removing what is not there succeeds.
    removed = await(store.remove(key));
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(describe(*removed)));
}

void TestSecretStore::notFound()
{
    const SecretStore store(m_service);
    const auto read = await(store.read(QStringLiteral("zookeeper/none/nobody")));
    QVERIFY(read);
    QVERIFY(!read->ok());
    QVERIFY2(read->error().is(CoreError::NotFound), qPrintable(describe(*read)));
    QCOMPARE(read->error().message,
             QStringLiteral("There is no secret org.portier.Portier.test/zookeeper/none/nobody in "
                            "the keychain."));
    QCOMPARE(read->error().hint,
             QStringLiteral("Enter the password again; it will be stored in the keychain."));
}

void TestSecretStore::unicodeSecret()
{
    const SecretStore store(m_service);
    const QString key = QStringLiteral("zookeeper/u/bob");
    const QString secret = QStringLiteral("p\u00e4ss w\u00f6rd \u2603 \"quoted\" ';:");
    auto written = await(store.write(key, secret));
    QVERIFY(written && written->ok());
    const auto read = await(store.read(key));
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), secret);
    QVERIFY(await(store.remove(key)).value_or(Result<void>(Error())).ok());
}

void TestSecretStore::servicesAreSeparate()
{
    const SecretStore a(m_service);
    const SecretStore b(m_service + QStringLiteral(".other"));
    const QString key = QStringLiteral("zookeeper/shared/alice");
    QVERIFY(await(a.write(key, QStringLiteral("for-a"))).value_or(Result<void>(Error())).ok());
    const auto fromB = await(b.read(key));
    QVERIFY(fromB);
    QVERIFY(!fromB->ok());
    QVERIFY(fromB->error().is(CoreError::NotFound));
    QVERIFY(await(b.write(key, QStringLiteral("for-b"))).value_or(Result<void>(Error())).ok());
    QCOMPARE(await(a.read(key))->value(), QStringLiteral("for-a"));
    QCOMPARE(await(b.read(key))->value(), QStringLiteral("for-b"));
    QVERIFY(await(a.remove(key)).value_or(Result<void>(Error())).ok());
    QVERIFY(await(b.remove(key)).value_or(Result<void>(Error())).ok());
}

void TestSecretStore::secretIsNotStoredInClearText()
{
    const SecretStore store(m_service);
    const QString key = QStringLiteral("zookeeper/cleartext/alice");
    const QString secret = QStringLiteral("Kq9-unmistakable-secret-ZZ41");

    // The keyring files before and after the write: the item must land in a keyring on disk
    // (not in the in-memory session collection), or the check below would prove nothing.
    const QString keyrings =
        QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings"));
    const auto keyringContent = [&keyrings] {
        QByteArray all;
        QDirIterator it(keyrings, {QStringLiteral("*.keyring")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    };
    const QByteArray before = keyringContent();

    const auto written = await(store.write(key, secret));
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(describe(*written)));
    QVERIFY(await(store.read(key)).value_or(Result<QString>()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(keyringContent() != before, 30000);

    const QList<QByteArray> needles{
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    int filesSeen = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++filesSeen;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle), qPrintable(path));
    }
    QVERIFY(filesSeen > 0);
    QVERIFY(await(store.remove(key)).value_or(Result<void>(Error())).ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
