// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operation_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Portier {

OperationWidget::OperationWidget(QWidget *parent)
    : QWidget(parent)
    , m_description(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_cancel(
          new QPushButton(QIcon(QStringLiteral(":/icons/process-stop.svg")), tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_description->setObjectName(QStringLiteral("operationDescription"));
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_progress->setMinimumWidth(160);
    m_elapsed->setObjectName(QStringLiteral("operationElapsed"));
    m_elapsed->setMinimumWidth(
        m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_cancel->setObjectName(QStringLiteral("operationCancel"));
    m_cancel->setToolTip(tr("Stop waiting for this operation; its result will be discarded"));
    layout->addWidget(m_description);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_cancel);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OperationWidget::updateElapsed);
    connect(&m_watcher, &QFutureWatcher<void>::progressRangeChanged, this,
            [this](int minimum, int maximum) { m_progress->setRange(minimum, maximum); });
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<void>::progressTextChanged, m_progress,
            &QProgressBar::setToolTip);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_running)
            return;
        // Never cancel a finished future: Qt 6.4 then walks a continuation chain that may
        // already be freed. Unfinished means its continuation has not run yet.
        if (!m_future.isFinished())
            m_future.cancel();
        stop();
        Q_EMIT cancelled();
    });
    hide();
}

void OperationWidget::start(const QString &description, const QFuture<void> &future)
{
    m_future = future;
    m_description->setText(description);
    m_progress->setRange(0, 0); // busy until the work reports a range
    m_progress->setValue(0);
    m_clock.start();
    updateElapsed();
    m_tick.start();
    m_running = true;
    m_watcher.setFuture(future);
    show();
}

void OperationWidget::stop()
{
    m_running = false;
    m_tick.stop();
    m_watcher.setFuture(QFuture<void>());
    m_future = QFuture<void>();
    hide();
}

QString OperationWidget::description() const
{
    return m_description->text();
}

QString OperationWidget::elapsedText() const
{
    return m_elapsed->text();
}

void OperationWidget::updateElapsed()
{
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    const QString text =
        seconds >= 3600
            ? QStringLiteral("%1:%2:%3")
                  .arg(seconds / 3600)
                  .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                  .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_elapsed->setText(text);
}

} // namespace Portier
