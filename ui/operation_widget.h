// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Portier {

/// The strip every long action shows while it runs: what is happening, a progress bar (busy
/// when the work reports no range), the elapsed time ticking, and Cancel. Cancel cancels the
/// future, hides the strip and emits cancelled(); the owner drops whatever result may still come.
class OperationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OperationWidget(QWidget *parent = nullptr);

    /// Shows the strip for @p future. Any operation shown before is forgotten (not cancelled).
    void start(const QString &description, const QFuture<void> &future);
    /// Hides the strip without cancelling: the owner received the result.
    void stop();

    bool isRunning() const { return m_running; }
    QString description() const;
    QString elapsedText() const;

Q_SIGNALS:
    void cancelled();

private:
    void updateElapsed();

    QLabel *m_description;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QFutureWatcher<void> m_watcher;
    QFuture<void> m_future;
    QElapsedTimer m_clock;
    QTimer m_tick;
    bool m_running = false;
};

} // namespace Portier
