// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/status_palette.h"
#include "ui/ticket_timeline_widget.h"

#include <QImage>
#include <QTest>

using namespace Portier;

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
constexpr qint64 H = 3600;

Credential ticket(const QString &server, qint64 start, qint64 end, std::optional<qint64> renew)
{
    Credential c;
    c.client = QStringLiteral("alice@TEST.LOCAL");
    c.server = server;
    c.startTime = Now.addSecs(start);
    c.authTime = c.startTime;
    c.endTime = Now.addSecs(end);
    if (renew)
        c.renewTill = Now.addSecs(*renew);
    c.flags = QStringLiteral("FRIA");
    return c;
}

CredentialCache sampleCache()
{
    CredentialCache cache;
    cache.name = QStringLiteral("DIR::/tmp/cc/tkt");
    cache.principal = QStringLiteral("alice@TEST.LOCAL");
    // TGT: 2 h ago for 10 h, renewable for a week (the axis shows only part of that).
    cache.credentials.append(
        ticket(QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL"), -2 * H, 8 * H, 7 * 24 * H));
    // A service ticket that expired an hour ago, not renewable.
    cache.credentials.append(
        ticket(QStringLiteral("HTTP/web.test.local@TEST.LOCAL"), -4 * H, -1 * H, std::nullopt));
    // Renewable within the axis.
    cache.credentials.append(
        ticket(QStringLiteral("ldap/dc.test.local@TEST.LOCAL"), -1 * H, 2 * H, 6 * H));
    Credential config;
    config.isConfig = true;
    config.server = QStringLiteral("X-CACHECONF:/pa_type/krbtgt/TEST.LOCAL@TEST.LOCAL");
    config.configKey = QStringLiteral("pa_type");
    cache.credentials.append(config);
    return cache;
}

QColor pixel(const QImage &image, const QPoint &point)
{
    return image.pixelColor(point);
}

} // namespace

class TestTicketTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void configurationEntriesAreNotBars();
    void barsSpanStartToEnd();
    void axisCoversTicketsAndNow();
    void renewExtension();
    void expiredBarsAreRed();
    void nowLineIsDrawn();
    void tooltipsAndHitTesting();
    void emptyCache();

private:
    TicketTimelineWidget *m_widget = nullptr;
};

void TestTicketTimelineWidget::init()
{
    m_widget = new TicketTimelineWidget;
    m_widget->setReferenceTime(Now);
    m_widget->setCache(sampleCache());
    m_widget->resize(900, 220);
}

void TestTicketTimelineWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void TestTicketTimelineWidget::configurationEntriesAreNotBars()
{
    QCOMPARE(m_widget->barCount(), 3);
    QCOMPARE(m_widget->cacheName(), QStringLiteral("DIR::/tmp/cc/tkt"));
}

void TestTicketTimelineWidget::barsSpanStartToEnd()
{
    const CredentialCache cache = sampleCache();
    for (int i = 0; i < 3; ++i) {
        const QRect bar = m_widget->barRect(i);
        QVERIFY(bar.isValid());
        QCOMPARE(bar.left(), m_widget->xForTime(cache.credentials.at(i).startTime));
        QCOMPARE(bar.right() + 1, m_widget->xForTime(cache.credentials.at(i).endTime));
    }
    // Rows do not overlap and come in cache order.
    QVERIFY(m_widget->barRect(0).bottom() < m_widget->barRect(1).top());
    QVERIFY(m_widget->barRect(1).bottom() < m_widget->barRect(2).top());
    // Widths are proportional to lifetimes: 10 h against 3 h.
    const double ratio = double(m_widget->barRect(0).width()) / m_widget->barRect(1).width();
    QVERIFY2(qAbs(ratio - 10.0 / 3.0) < 0.05, qPrintable(QString::number(ratio)));
}

void TestTicketTimelineWidget::axisCoversTicketsAndNow()
{
    QVERIFY(m_widget->axisStart() < Now.addSecs(-4 * H)); // earliest start, padded
    QVERIFY(m_widget->axisEnd() > Now.addSecs(8 * H));    // latest end, padded
    // The week of renewable time is cut to the tickets' own span (12 h) again, plus padding.
    QVERIFY(m_widget->axisEnd() >= Now.addSecs(8 * H + 12 * H));
    QVERIFY(m_widget->axisEnd() < Now.addSecs(8 * H + 12 * H + 2 * H));
    const int x = m_widget->xForTime(Now);
    QVERIFY(x > m_widget->barRect(0).left() && x < m_widget->barRect(0).right());
}

void TestTicketTimelineWidget::renewExtension()
{
    // TGT: renewable beyond the axis, so the extension runs to the plot's right edge.
    const QRect tgtRenew = m_widget->renewRect(0);
    QVERIFY(!tgtRenew.isEmpty());
    QCOMPARE(tgtRenew.left(), m_widget->barRect(0).right() + 1);
    QCOMPARE(tgtRenew.right() + 1, m_widget->xForTime(m_widget->axisEnd()));
    // Not renewable: nothing.
    QVERIFY(m_widget->renewRect(1).isEmpty());
    // Renewable within the axis: ends at renew-till.
    const QRect ldapRenew = m_widget->renewRect(2);
    QCOMPARE(ldapRenew.right() + 1, m_widget->xForTime(Now.addSecs(6 * H)));
    QCOMPARE(ldapRenew.top(), m_widget->barRect(2).top());
}

void TestTicketTimelineWidget::expiredBarsAreRed()
{
    QVERIFY(!m_widget->isBarExpired(0));
    QVERIFY(m_widget->isBarExpired(1));
    const QImage image = m_widget->grab().toImage();
    const QColor expired = pixel(image, m_widget->barRect(1).center());
    QCOMPARE(expired, StatusPalette::foreground(StatusPalette::Level::Critical));
    const QColor valid = pixel(image, m_widget->barRect(2).center());
    QVERIFY(valid != expired);
    QVERIFY(valid.blue() > valid.red());
}

void TestTicketTimelineWidget::nowLineIsDrawn()
{
    const QImage image = m_widget->grab().toImage();
    const int x = m_widget->xForTime(Now);
    // Between the TGT's row and the expired row there is background; the now line crosses it.
    const int y = (m_widget->barRect(0).bottom() + m_widget->barRect(1).top()) / 2;
    const QColor line = pixel(image, QPoint(x, y));
    const QColor background = pixel(image, QPoint(m_widget->barRect(1).right() + 20, y));
    QVERIFY2(
        line.lightness() < background.lightness() - 60,
        qPrintable(QStringLiteral("line %1 background %2").arg(line.name(), background.name())));
}

void TestTicketTimelineWidget::tooltipsAndHitTesting()
{
    QCOMPARE(m_widget->barAt(m_widget->barRect(1).center()), 1);
    QCOMPARE(m_widget->barAt(QPoint(10, m_widget->barRect(2).center().y())), 2); // the label
    QCOMPARE(m_widget->barAt(QPoint(10, 2)), -1);
    const QString tip = m_widget->toolTipForBar(1);
    QVERIFY2(tip.startsWith(QStringLiteral("HTTP/web.test.local@TEST.LOCAL")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Expires: 2026-11-22 11:00:00 UTC (expired 1 h ago)")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Not renewable")), qPrintable(tip));
    QVERIFY(m_widget->toolTipForBar(0).contains(QStringLiteral("Renew until: 2026-11-29")));
}

void TestTicketTimelineWidget::emptyCache()
{
    CredentialCache empty;
    empty.name = QStringLiteral("KEYRING:persistent:1000:1000");
    m_widget->setCache(empty);
    QCOMPARE(m_widget->barCount(), 0);
    QVERIFY(m_widget->barRect(0).isNull());
    QVERIFY(!m_widget->grab().isNull()); // paints its placeholder text without crashing
    m_widget->clear();
    QCOMPARE(m_widget->cacheName(), QString());
}

QTEST_MAIN(TestTicketTimelineWidget)
#include "tst_ticket_timeline_widget.moc"
