// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kerberos_command.h"

#include "backends/kerberos/kerberos_backend.h"
#include "ui/gui_continuation.h"

#include <QThread>
#include <QTimer>

namespace Portier {

KerberosCommand::KerberosCommand(QString action, QString description, QString shellCommand,
                                 Launcher launcher, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_description(std::move(description))
    , m_shellCommand(std::move(shellCommand))
    , m_launcher(std::move(launcher))
{}

KerberosCommand::~KerberosCommand()
{
    // Running means our continuation has not run: the chain is intact and may be cancelled
    // (cancelling after it ran would touch freed memory in Qt 6.4).
    if (m_state == State::Running && !m_resultFuture.isFinished())
        m_resultFuture.cancel();
}

KerberosCommand *KerberosCommand::kinit(const KerberosBackend &backend, KinitRequest request,
                                        QObject *parent)
{
    const QString description =
        request.source == KinitRequest::Source::Keytab
            ? tr("Getting a ticket for %1 from the keytab…").arg(request.principal)
            : tr("Getting a ticket for %1…").arg(request.principal);
    const QString command = request.shellCommand();
    auto launcher = [&backend, request]() mutable {
        auto future = backend.kinit(request);
        // The backend holds its own copy (and wipes it); drop ours as soon as it is handed over.
        request.password.clear();
        return future;
    };
    return new KerberosCommand(tr("Get ticket"), description, command, std::move(launcher), parent);
}

KerberosCommand *KerberosCommand::renew(const KerberosBackend &backend, const QString &cacheName,
                                        QObject *parent)
{
    return new KerberosCommand(
        tr("Renew"), tr("Renewing the tickets in %1…").arg(cacheName),
        KerberosBackend::renewCommand(cacheName),
        [&backend, cacheName] { return backend.renew(cacheName); }, parent);
}

KerberosCommand *KerberosCommand::destroy(const KerberosBackend &backend, const QString &cacheName,
                                          QObject *parent)
{
    return new KerberosCommand(
        tr("Destroy"), tr("Destroying %1…").arg(cacheName),
        KerberosBackend::destroyCommand(cacheName),
        [&backend, cacheName] { return backend.destroy(cacheName); }, parent);
}

KerberosCommand *KerberosCommand::switchPrimary(const KerberosBackend &backend,
                                                const QString &cacheName, QObject *parent)
{
    return new KerberosCommand(
        tr("Make primary"), tr("Making %1 the primary cache…").arg(cacheName),
        KerberosBackend::switchCommand(cacheName),
        [&backend, cacheName] { return backend.switchPrimary(cacheName); }, parent);
}

KerberosCommand *KerberosCommand::testKeytab(const KerberosBackend &backend, const QString &path,
                                             const QString &principal, QObject *parent)
{
    const QString who = principal.isEmpty() ? tr("the first principal") : principal;
    return new KerberosCommand(
        tr("Test keytab"), tr("Testing %1 with %2…").arg(path, who),
        KerberosBackend::testKeytabCommand(path, principal),
        [&backend, path, principal] { return backend.testKeytab(path, principal); }, parent);
}

void KerberosCommand::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Queued;
    QTimer::singleShot(0, this, &KerberosCommand::launch);
}

void KerberosCommand::launch()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_resultFuture = m_launcher();
    m_launcher = nullptr; // releases captured request data (a password) right away
    m_future = QFuture<void>(m_resultFuture);
    continueOnGui(m_resultFuture, this, [this](const Result<ActionOutcome> &result) {
        Q_ASSERT(QThread::currentThread() == thread());
        if (m_state != State::Running)
            return;
        m_state = State::Finished;
        Q_EMIT finished(result);
    });
    Q_EMIT started();
}

void KerberosCommand::cancel()
{
    if (!isRunning())
        return;
    const bool launched = m_state == State::Running;
    m_state = State::Cancelled;
    m_launcher = nullptr;
    if (launched && !m_resultFuture.isFinished())
        m_resultFuture.cancel();
}

} // namespace Portier
