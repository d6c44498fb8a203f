// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Portier::Test {

/// Measures how long the GUI event loop went without running a 1 ms timer while work was under
/// way: the worst gap between two timer ticks minus the interval. UI tests assert on worst().
class EventLoopLatencyProbe : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopLatencyProbe(QObject *parent = nullptr);

    void start();
    void stop();
    /// Worst observed latency in milliseconds since start().
    qint64 worstMs() const { return m_worstMs; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstMs = 0;
    int m_ticks = 0;
};

} // namespace Portier::Test
