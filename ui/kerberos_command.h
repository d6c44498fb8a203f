// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/kinit_request.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace Portier {

class KerberosBackend;

/// One user action on Kerberos state (kinit, renew, destroy, switch, test keytab) as a small
/// command object, in the manner of Kleopatra's commands and QtKeychain's jobs: start() queues
/// the work and never finishes synchronously; finished() delivers the result on the GUI thread;
/// cancel() stops waiting, cancels the backend future and guarantees finished() is not emitted.
class KerberosCommand : public QObject
{
    Q_OBJECT
public:
    using Launcher = std::function<QFuture<Result<ActionOutcome>>()>;

    /// @p description: what the operation strip says while it runs ("Getting a ticket for
    /// alice@TEST.LOCAL…"); @p action: the short name for results ("Get ticket");
    /// @p shellCommand: the equivalent MIT command, shown beside failures as well.
    KerberosCommand(QString action, QString description, QString shellCommand, Launcher launcher,
                    QObject *parent = nullptr);
    ~KerberosCommand() override;

    static KerberosCommand *kinit(const KerberosBackend &backend, KinitRequest request,
                                  QObject *parent = nullptr);
    static KerberosCommand *renew(const KerberosBackend &backend, const QString &cacheName,
                                  QObject *parent = nullptr);
    static KerberosCommand *destroy(const KerberosBackend &backend, const QString &cacheName,
                                    QObject *parent = nullptr);
    static KerberosCommand *switchPrimary(const KerberosBackend &backend, const QString &cacheName,
                                          QObject *parent = nullptr);
    static KerberosCommand *testKeytab(const KerberosBackend &backend, const QString &path,
                                       const QString &principal, QObject *parent = nullptr);

    /// Queues the work; started() follows from the event loop.
    void start();
    void cancel();

    bool isRunning() const { return m_state == State::Queued || m_state == State::Running; }
    bool isCancelled() const { return m_state == State::Cancelled; }
    QString action() const { return m_action; }
    QString description() const { return m_description; }
    QString shellCommand() const { return m_shellCommand; }
    /// The backend's future once started() was emitted, for progress and Cancel.
    QFuture<void> future() const { return m_future; }

Q_SIGNALS:
    void started();
    void finished(const Portier::Result<Portier::ActionOutcome> &result);

private:
    enum class State
    {
        Idle,
        Queued,
        Running,
        Finished,
        Cancelled
    };
    void launch();

    QString m_action;
    QString m_description;
    QString m_shellCommand;
    Launcher m_launcher;
    QFuture<void> m_future;
    QFuture<Result<ActionOutcome>> m_resultFuture;
    State m_state = State::Idle;
};

} // namespace Portier
