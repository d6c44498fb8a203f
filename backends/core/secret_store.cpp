// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/secret_store.h"

#include <QCoreApplication>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Portier {

namespace {

// Translation context "Keychain". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

enum class Action
{
    Read,
    Write,
    Remove,
};

QString failedText(Action action, const QString &entry)
{
    switch (action) {
    case Action::Read:
        return Keychain::tr("Could not read the secret %1 from the keychain").arg(entry);
    case Action::Write:
        return Keychain::tr("Could not store the secret %1 in the keychain").arg(entry);
    case Action::Remove:
        break;
    }
    return Keychain::tr("Could not remove the secret %1 from the keychain").arg(entry);
}

// QtKeychain's error as an Error that names the entry and says what to do.
Error keychainError(const QKeychain::Job &job, Action action, const QString &entry)
{
    const QString failed = failedText(action, entry);
    Error e;
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        e = Error(CoreError::NotFound,
                  Keychain::tr("There is no secret %1 in the keychain.").arg(entry),
                  Keychain::tr("Enter the password again; it will be stored in the keychain."));
        break;
    case QKeychain::NoBackendAvailable:
        e = Error(CoreError::Unsupported,
                  Keychain::tr("%1: no keychain is available (neither the Secret Service nor "
                               "KWallet answers on the session bus).")
                      .arg(failed),
                  Keychain::tr("Start GNOME Keyring or KWallet in the desktop session. Portier "
                               "never stores passwords in plain files."));
        break;
    case QKeychain::AccessDenied:
        e = Error(CoreError::NeedsPrivilege,
                  Keychain::tr("%1: the keychain denied access; it may be locked.").arg(failed),
                  Keychain::tr("Unlock the keyring (e.g. with Seahorse or KWalletManager) and "
                               "try again."));
        break;
    case QKeychain::AccessDeniedByUser:
        e = Error(CoreError::Cancelled,
                  Keychain::tr("%1: access to the keychain was declined.").arg(failed),
                  Keychain::tr("Allow Portier to use the keychain when the desktop asks, or "
                               "enter the password each time."));
        break;
    case QKeychain::CouldNotDeleteEntry:
        e = Error(CoreError::Io, Keychain::tr("%1: the keychain could not delete it.").arg(failed),
                  Keychain::tr("Check that the keyring is unlocked and try again."));
        break;
    case QKeychain::NotImplemented:
        e = Error(CoreError::Unsupported,
                  Keychain::tr("%1: the keychain of this platform cannot do this.").arg(failed));
        break;
    case QKeychain::OtherError:
        e = Error(CoreError::Io, Keychain::tr("%1: %2").arg(failed, job.errorString()),
                  Keychain::tr("Check that the keyring is unlocked and that the Secret Service "
                               "(GNOME Keyring or KWallet) is running."));
        break;
    }
    e.libraryCode = job.error();
    e.detail = job.errorString();
    return e;
}

// Starts @p job with the common settings; @p onFinished runs once, from the job's finished
// signal, in the calling thread's event loop.
template<typename Fn>
void startJob(QKeychain::Job *job, const QString &key, Fn onFinished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, std::move(onFinished));
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

QFuture<Result<QString>> SecretStore::read(const QString &key) const
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    QFuture<Result<QString>> future = promise->future();
    promise->start();
    const QString entry = m_service + QLatin1Char('/') + key;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    startJob(job, key, [promise, entry](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::NoError)
            promise->addResult(Result<QString>(readJob->textData()));
        else
            promise->addResult(Result<QString>(keychainError(*readJob, Action::Read, entry)));
        promise->finish();
    });
    return future;
}

QFuture<Result<void>> SecretStore::write(const QString &key, const QString &secret) const
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    const QString entry = m_service + QLatin1Char('/') + key;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    startJob(job, key, [promise, entry](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            promise->addResult(Result<void>());
        else
            promise->addResult(Result<void>(keychainError(*finished, Action::Write, entry)));
        promise->finish();
    });
    return future;
}

QFuture<Result<void>> SecretStore::remove(const QString &key) const
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    const QString entry = m_service + QLatin1Char('/') + key;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    startJob(job, key, [promise, entry](QKeychain::Job *finished) {
        const QKeychain::Error code = finished->error();
        if (code == QKeychain::NoError || code == QKeychain::EntryNotFound)
            promise->addResult(Result<void>());
        else
            promise->addResult(Result<void>(keychainError(*finished, Action::Remove, entry)));
        promise->finish();
    });
    return future;
}

} // namespace Portier
