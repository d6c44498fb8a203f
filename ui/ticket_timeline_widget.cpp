// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket_timeline_widget.h"

#include "models/kerberos_format.h"
#include "models/status_palette.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace Portier {

namespace {

constexpr int Margin = 8;
constexpr int MinTickSpacing = 90; // pixels between axis labels
constexpr int MaxLabelWidth = 280;

const QColor ValidColor(0x2f, 0x6f, 0xb3);
const QColor PostdatedColor(0x7a, 0x9c, 0xc6);

QColor expiredColor()
{
    return StatusPalette::foreground(StatusPalette::Level::Critical);
}

} // namespace

TicketTimelineWidget::TicketTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_minuteTimer.setInterval(60 * 1000);
    m_minuteTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minuteTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_minuteTimer.start();
}

void TicketTimelineWidget::setCache(const CredentialCache &cache)
{
    QList<Credential> tickets;
    for (const Credential &c : cache.credentials) {
        if (!c.isConfig && !c.hasAllZeroTimes())
            tickets.append(c);
    }
    if (tickets == m_tickets && cache.name == m_cacheName)
        return;
    m_tickets = tickets;
    m_cacheName = cache.name;
    setAccessibleName(tr("Ticket timeline of %1").arg(cache.name));
    updateGeometry();
    update();
}

void TicketTimelineWidget::clear()
{
    m_tickets.clear();
    m_cacheName.clear();
    updateGeometry();
    update();
}

void TicketTimelineWidget::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    update();
}

QDateTime TicketTimelineWidget::referenceTime() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

TicketTimelineWidget::Layout TicketTimelineWidget::layout() const
{
    Layout l;
    const QFontMetrics fm = fontMetrics();
    l.rowHeight = fm.height() + 10;
    int widest = 0;
    for (const Credential &c : m_tickets)
        widest = std::max(widest, fm.horizontalAdvance(c.server));
    l.labelWidth = std::min({widest + 2 * Margin, MaxLabelWidth, width() * 2 / 5});
    const int top = Margin + fm.height() + 4; // room for the "now" label
    const int axisHeight = fm.height() + 12;
    l.plot = QRect(QPoint(l.labelWidth + Margin, top),
                   QPoint(width() - 2 * Margin, height() - axisHeight - Margin));

    const QDateTime now = referenceTime();
    QDateTime first = now;
    QDateTime last = now;
    QDateTime renewLast;
    for (const Credential &c : m_tickets) {
        if (c.startTime.isValid())
            first = std::min(first, c.startTime);
        if (c.endTime.isValid())
            last = std::max(last, c.endTime);
        if (c.renewTill.isValid())
            renewLast = renewLast.isValid() ? std::max(renewLast, c.renewTill) : c.renewTill;
    }
    if (m_tickets.isEmpty()) {
        first = now.addSecs(-3600);
        last = now.addSecs(3600);
    }
    // Renewable spans are often days long while tickets last hours: show at most as much
    // renewable time again as the tickets span, so that the bars stay readable; the rest is
    // drawn as running off the edge.
    const qint64 span = std::max<qint64>(first.secsTo(last), 600);
    if (renewLast.isValid() && renewLast > last)
        last = std::min(renewLast, last.addSecs(span));
    const qint64 pad = std::max<qint64>(first.secsTo(last) / 20, 60);
    l.start = first.addSecs(-pad);
    l.end = last.addSecs(pad);
    return l;
}

int TicketTimelineWidget::xFor(const Layout &l, const QDateTime &time) const
{
    const double total = double(l.start.msecsTo(l.end));
    if (total <= 0)
        return l.plot.left();
    const double fraction = std::clamp(double(l.start.msecsTo(time)) / total, 0.0, 1.0);
    return l.plot.left() + int(std::lround(fraction * l.plot.width()));
}

int TicketTimelineWidget::rowTop(const Layout &l, int index) const
{
    return l.plot.top() + index * l.rowHeight;
}

QRect TicketTimelineWidget::barRect(int index) const
{
    if (index < 0 || index >= m_tickets.size())
        return {};
    const Layout l = layout();
    const Credential &c = m_tickets.at(index);
    const QDateTime start = c.startTime.isValid() ? c.startTime : l.start;
    const QDateTime end = c.endTime.isValid() ? c.endTime : l.end;
    const int x0 = xFor(l, start);
    const int x1 = std::max(xFor(l, end), x0 + 2);
    const int y = rowTop(l, index) + 4;
    return QRect(QPoint(x0, y), QPoint(x1 - 1, y + l.rowHeight - 8 - 1));
}

QRect TicketTimelineWidget::renewRect(int index) const
{
    if (index < 0 || index >= m_tickets.size())
        return {};
    const Credential &c = m_tickets.at(index);
    if (!c.renewTill.isValid() || !c.endTime.isValid() || c.renewTill <= c.endTime)
        return {};
    const Layout l = layout();
    const QRect bar = barRect(index);
    const int x1 = xFor(l, c.renewTill);
    if (x1 <= bar.right() + 1)
        return {};
    return QRect(QPoint(bar.right() + 1, bar.top()), QPoint(x1 - 1, bar.bottom()));
}

bool TicketTimelineWidget::isBarExpired(int index) const
{
    if (index < 0 || index >= m_tickets.size())
        return false;
    const QDateTime end = m_tickets.at(index).endTime;
    return end.isValid() && end <= referenceTime();
}

QDateTime TicketTimelineWidget::axisStart() const
{
    return layout().start;
}

QDateTime TicketTimelineWidget::axisEnd() const
{
    return layout().end;
}

int TicketTimelineWidget::xForTime(const QDateTime &time) const
{
    return xFor(layout(), time);
}

int TicketTimelineWidget::barAt(const QPoint &pos) const
{
    const Layout l = layout();
    if (pos.y() < l.plot.top())
        return -1;
    const int index = (pos.y() - l.plot.top()) / l.rowHeight;
    return index < m_tickets.size() ? index : -1;
}

QString TicketTimelineWidget::toolTipForBar(int index) const
{
    if (index < 0 || index >= m_tickets.size())
        return {};
    const Credential &c = m_tickets.at(index);
    const QDateTime now = referenceTime();
    QStringList lines{c.server, tr("Client: %1").arg(c.client)};
    if (c.startTime.isValid())
        lines.append(tr("Valid from: %1 (%2)")
                         .arg(KerberosFormat::absoluteTime(c.startTime),
                              KerberosFormat::relativeTime(c.startTime, now)));
    if (c.endTime.isValid())
        lines.append(tr("Expires: %1 (%2)")
                         .arg(KerberosFormat::absoluteTime(c.endTime),
                              KerberosFormat::expiryTime(c.endTime, now)));
    lines.append(c.renewTill.isValid() ? tr("Renew until: %1 (%2)")
                                             .arg(KerberosFormat::absoluteTime(c.renewTill),
                                                  KerberosFormat::renewTime(c.renewTill, now))
                                       : tr("Not renewable"));
    if (!c.flags.isEmpty())
        lines.append(tr("Flags: %1").arg(c.flags));
    return lines.join(QLatin1Char('\n'));
}

QSize TicketTimelineWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    // Room for a few tickets even when this cache has fewer, so that selecting another cache
    // rarely needs a bigger timeline.
    const int rows = std::max<int>(int(m_tickets.size()), 4);
    const int height =
        Margin + fm.height() + 4 + rows * (fm.height() + 10) + fm.height() + 12 + Margin;
    return QSize(600, height);
}

QSize TicketTimelineWidget::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(300, Margin + fm.height() + 4 + (fm.height() + 10) + fm.height() + 12 + Margin);
}

bool TicketTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), toolTipForBar(index), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TicketTimelineWidget::paintAxis(QPainter &painter, const Layout &l) const
{
    const QFontMetrics fm = fontMetrics();
    const QColor axisColor = palette().color(QPalette::WindowText);
    QColor gridColor = axisColor;
    gridColor.setAlpha(40);
    const int baseline = l.plot.bottom() + 4;
    painter.setPen(axisColor);
    painter.drawLine(l.plot.left(), baseline, l.plot.right(), baseline);

    static constexpr std::array<qint64, 16> steps = {
        60,       300,       600,   900,       1800,      3600,      2 * 3600,   3 * 3600,
        6 * 3600, 12 * 3600, 86400, 2 * 86400, 3 * 86400, 7 * 86400, 14 * 86400, 30 * 86400};
    const qint64 span = std::max<qint64>(l.start.secsTo(l.end), 1);
    const int maxTicks = std::max(1, l.plot.width() / MinTickSpacing);
    qint64 step = steps.back();
    for (qint64 s : steps) {
        if (span / s <= maxTicks) {
            step = s;
            break;
        }
    }
    // Align ticks to the local clock (09:00, 12:00, midnight), not to the epoch in UTC.
    const QDateTime localStart = l.start.toLocalTime();
    const qint64 offset = localStart.offsetFromUtc();
    const qint64 startSecs = l.start.toSecsSinceEpoch() + offset;
    qint64 tick = ((startSecs + step - 1) / step) * step - offset;
    // Day and month names in the user's language; the locale's short time format for hours.
    const QLocale locale;
    const QString format = step >= 86400 ? QStringLiteral("ddd d MMM") : QStringLiteral("HH:mm");
    QDate previousDate;
    for (; tick <= l.end.toSecsSinceEpoch(); tick += step) {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(tick, Qt::UTC);
        const int x = xFor(l, t);
        painter.setPen(gridColor);
        painter.drawLine(x, l.plot.top(), x, baseline);
        painter.setPen(axisColor);
        painter.drawLine(x, baseline, x, baseline + 4);
        const QDateTime local = t.toLocalTime();
        QString label = locale.toString(local, format);
        if (step < 86400 && previousDate.isValid() && local.date() != previousDate)
            label = locale.toString(local, QStringLiteral("ddd HH:mm"));
        previousDate = local.date();
        const int w = fm.horizontalAdvance(label);
        const int lx = std::clamp(x - w / 2, l.plot.left() - Margin, width() - w - 2);
        painter.drawText(lx, baseline + 6 + fm.ascent(), label);
    }
}

void TicketTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const Layout l = layout();
    const QFontMetrics fm = fontMetrics();
    const QDateTime now = referenceTime();

    if (m_tickets.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_cacheName.isEmpty() ? tr("Select a cache to see its tickets over time.")
                                               : tr("This cache holds no tickets."));
        return;
    }

    paintAxis(painter, l);

    for (int i = 0; i < m_tickets.size(); ++i) {
        const Credential &c = m_tickets.at(i);
        const bool expired = isBarExpired(i);
        const bool postdated = c.startTime.isValid() && c.startTime > now;
        const QColor color = expired ? expiredColor() : postdated ? PostdatedColor : ValidColor;

        // Row label: the server principal, elided to the label column.
        const int top = rowTop(l, i);
        const QRect labelRect(Margin, top, l.labelWidth - Margin, l.rowHeight);
        painter.setPen(expired ? expiredColor() : palette().color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(c.server, Qt::ElideMiddle, labelRect.width() - 4));

        const QRect renew = renewRect(i);
        if (!renew.isEmpty()) {
            QColor light = color;
            light.setAlpha(60);
            painter.setPen(QPen(color, 1, Qt::DashLine));
            painter.setBrush(light);
            painter.drawRect(QRectF(renew).adjusted(0.5, 0.5, -0.5, -0.5));
            if (c.renewTill > l.end) {
                // Runs past the axis: an arrow head says "continues".
                const QPointF tip(renew.right() + 1, renew.center().y() + 0.5);
                QPainterPath arrow;
                arrow.moveTo(tip);
                arrow.lineTo(tip.x() - 6, renew.top());
                arrow.lineTo(tip.x() - 6, renew.bottom() + 1);
                arrow.closeSubpath();
                painter.fillPath(arrow, color);
            }
        }
        const QRect bar = barRect(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(bar, 2, 2);
    }

    // The "now" line, over the bars.
    const int x = xFor(l, now);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    painter.drawLine(QPointF(x + 0.5, l.plot.top() - 2), QPointF(x + 0.5, l.plot.bottom() + 4));
    const QString nowLabel = tr("now %1").arg(now.toLocalTime().toString(QStringLiteral("HH:mm")));
    const int w = fm.horizontalAdvance(nowLabel);
    const int lx = std::clamp(x - w / 2, l.plot.left() - Margin, width() - w - 2);
    painter.drawText(lx, Margin + fm.ascent(), nowLabel);
}

} // namespace Portier
