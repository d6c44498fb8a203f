// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/log_excerpt_model.h"
#include "models/status_palette.h"
#include "tests/model/model_dump.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Portier;
using Portier::Test::dumpModel;
using Portier::Test::matchesFixture;

namespace {

LogExcerpt trace()
{
    LogExcerpt e;
    e.source = QStringLiteral("krb5 trace");
    e.firstLine = 12;
    e.lines = {QStringLiteral("[4711] Sending request (183 bytes) to TEST.LOCAL"),
               QStringLiteral("[4711] Sending initial UDP request to dgram 127.0.0.1:40000"),
               QStringLiteral("[4711] Received answer (179 bytes) from dgram 127.0.0.1:40000"),
               QStringLiteral("[4711] Received error from KDC: -1765328347/Clock skew too great")};
    e.highlight(3);
    e.startTime = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 1), Qt::UTC);
    e.endTime = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 2), Qt::UTC);
    return e;
}

LogExcerpt journal()
{
    LogExcerpt e;
    e.source = QStringLiteral("journal:chronyd.service");
    e.lines = {QStringLiteral("System clock wrong by 612.3 seconds"),
               QStringLiteral("Selected source 192.0.2.1")};
    return e;
}

} // namespace

class TestLogExcerptModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dump();
    void highlighting();
    void textForSelection();
    void emptyAndClear();
};

void TestLogExcerptModel::dump()
{
    LogExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setExcerpts({trace(), journal()},
                      {QStringLiteral("System clock wrong by 612.3 seconds")});
    QString message;
    QVERIFY2(
        matchesFixture(dumpModel(&model), QStringLiteral("log_excerpt_two_sources.txt"), &message),
        qPrintable(message));
}

void TestLogExcerptModel::highlighting()
{
    LogExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setExcerpts({trace(), journal()},
                      {QStringLiteral("System clock wrong by 612.3 seconds")});
    QCOMPARE(model.highlightedLineCount(), 2);

    const QModelIndex header = model.index(0, 0);
    QCOMPARE(header.data(LogExcerptModel::IsExcerptRole).toBool(), true);
    QCOMPARE(model.rowCount(header), 4);
    const QModelIndex skew = model.index(3, LogExcerptModel::TextColumn, header);
    QCOMPARE(skew.data(LogExcerptModel::IsHighlightedRole).toBool(), true);
    QCOMPARE(skew.data(Qt::BackgroundRole).value<QColor>(), StatusPalette::highlightBackground());
    QCOMPARE(skew.siblingAtColumn(LogExcerptModel::LineNumberColumn).data().toInt(), 15);
    QCOMPARE(skew.data(LogExcerptModel::LineNumberRole).toInt(), 15);
    const QModelIndex plain = model.index(0, LogExcerptModel::TextColumn, header);
    QCOMPARE(plain.data(LogExcerptModel::IsHighlightedRole).toBool(), false);
    QVERIFY(!plain.data(Qt::BackgroundRole).isValid());

    // Unnumbered source: lines are counted from 1, the role says 0 (unknown).
    const QModelIndex clock = model.index(0, LogExcerptModel::TextColumn, model.index(1, 0));
    QCOMPARE(clock.data(LogExcerptModel::IsHighlightedRole).toBool(), true);
    QCOMPARE(clock.siblingAtColumn(LogExcerptModel::LineNumberColumn).data().toInt(), 1);
    QCOMPARE(clock.data(LogExcerptModel::LineNumberRole).toInt(), 0);
}

void TestLogExcerptModel::textForSelection()
{
    LogExcerptModel model;
    model.setExcerpts({trace(), journal()});
    const QModelIndex header = model.index(0, 0);
    const QString text = model.textFor(
        {model.index(3, 1, header), model.index(0, 0, header), model.index(0, 1, header)});
    QCOMPARE(text, trace().lines.at(0) + QLatin1Char('\n') + trace().lines.at(3));
    QCOMPARE(model.textFor({model.index(1, 0)}), journal().lines.join(QLatin1Char('\n')));
}

void TestLogExcerptModel::emptyAndClear()
{
    LogExcerptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setExcerpts({trace()});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.highlightedLineCount(), 0);
}

QTEST_MAIN(TestLogExcerptModel)
#include "tst_log_excerpt_model.moc"
