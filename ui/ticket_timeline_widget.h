// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/kerberos/credential_cache.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

namespace Portier {

/// The tickets of one cache on a time axis: one bar per ticket from start to end, the renewable
/// span as a lighter extension up to renew-till, a vertical "now" line, expired bars in red,
/// the server principal as the row label, and a tooltip per bar. Repaints every minute so that
/// "now" moves.
class TicketTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TicketTimelineWidget(QWidget *parent = nullptr);

    /// Shows the tickets of @p cache (configuration entries are not tickets and are left out).
    void setCache(const CredentialCache &cache);
    void clear();
    QString cacheName() const { return m_cacheName; }

    /// Invalid (the default): the current time at every paint. Tests pin it.
    void setReferenceTime(const QDateTime &now);
    QDateTime referenceTime() const;

    int barCount() const { return int(m_tickets.size()); }
    /// The valid span of ticket @p index (start to end), in widget coordinates.
    QRect barRect(int index) const;
    /// The renewable extension (end to renew-till, clipped to the axis); empty if not renewable.
    QRect renewRect(int index) const;
    bool isBarExpired(int index) const;
    /// The time range the axis shows.
    QDateTime axisStart() const;
    QDateTime axisEnd() const;
    /// x of @p time on the axis (clamped to the plot area).
    int xForTime(const QDateTime &time) const;
    QString toolTipForBar(int index) const;
    /// Bar under @p pos (label or bar area of its row), -1 if none.
    int barAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRect plot;     ///< where bars go
        int labelWidth; ///< label column left of the plot
        int rowHeight;
        QDateTime start;
        QDateTime end;
    };
    Layout layout() const;
    int xFor(const Layout &l, const QDateTime &time) const;
    int rowTop(const Layout &l, int index) const;
    void paintAxis(QPainter &painter, const Layout &l) const;

    QList<Credential> m_tickets;
    QString m_cacheName;
    QDateTime m_referenceTime;
    QTimer m_minuteTimer;
};

} // namespace Portier
