// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/event_loop_latency_probe.h"

namespace Portier::Test {

namespace {
constexpr int IntervalMs = 1;
}

EventLoopLatencyProbe::EventLoopLatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLatencyProbe::tick);
}

void EventLoopLatencyProbe::start()
{
    m_worstMs = 0;
    m_ticks = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopLatencyProbe::stop()
{
    m_timer.stop();
    tick();
}

void EventLoopLatencyProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    m_worstMs = std::max(m_worstMs, now - m_last - IntervalMs);
    m_last = now;
    ++m_ticks;
}

} // namespace Portier::Test
