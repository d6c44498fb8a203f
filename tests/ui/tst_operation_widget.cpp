// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/operation_widget.h"

#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Portier;

class TestOperationWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void busyUntilProgressIsReported();
    void elapsedTimeTicks();
    void cancelCancelsTheFutureAndHides();
    void stopHidesWithoutCancelling();
};

void TestOperationWidget::busyUntilProgressIsReported()
{
    OperationWidget widget;
    QPromise<void> promise;
    promise.start();
    widget.start(QStringLiteral("Listing keytab…"), promise.future());
    QVERIFY(widget.isRunning());
    QVERIFY(!widget.isHidden());
    QCOMPARE(widget.description(), QStringLiteral("Listing keytab…"));
    auto *bar = widget.findChild<QProgressBar *>(QStringLiteral("operationProgress"));
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 0); // busy indicator

    promise.setProgressRange(0, 10);
    promise.setProgressValue(4);
    QTRY_COMPARE(bar->maximum(), 10);
    QTRY_COMPARE(bar->value(), 4);
    promise.finish();
}

void TestOperationWidget::elapsedTimeTicks()
{
    OperationWidget widget;
    QPromise<void> promise;
    promise.start();
    widget.start(QStringLiteral("Waiting"), promise.future());
    QCOMPARE(widget.elapsedText(), QStringLiteral("0:00"));
    QTRY_COMPARE_WITH_TIMEOUT(widget.elapsedText(), QStringLiteral("0:01"), 3000);
    promise.finish();
}

void TestOperationWidget::cancelCancelsTheFutureAndHides()
{
    OperationWidget widget;
    widget.show();
    QPromise<void> promise;
    promise.start();
    QFuture<void> future = promise.future();
    widget.start(QStringLiteral("Getting a ticket…"), future);
    QSignalSpy cancelled(&widget, &OperationWidget::cancelled);
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("operationCancel")),
                      Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(future.isCanceled());
    QVERIFY(promise.isCanceled());
    QVERIFY(!widget.isRunning());
    QVERIFY(widget.isHidden());
    promise.finish();
}

void TestOperationWidget::stopHidesWithoutCancelling()
{
    OperationWidget widget;
    QPromise<void> promise;
    promise.start();
    QFuture<void> future = promise.future();
    widget.start(QStringLiteral("Renewing…"), future);
    QSignalSpy cancelled(&widget, &OperationWidget::cancelled);
    widget.stop();
    QVERIFY(widget.isHidden());
    QVERIFY(!future.isCanceled());
    QCOMPARE(cancelled.count(), 0);
    promise.finish();
}

QTEST_MAIN(TestOperationWidget)
#include "tst_operation_widget.moc"
