// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/core/backend_context.h"
#include "backends/core/error.h"
#include "backends/core/json_util.h"
#include "backends/core/result.h"
#include "backends/core/warning.h"

#include <QJsonDocument>
#include <QPromise>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Portier;

class TestCoreTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logExcerptRoundTrip();
    void errorRoundTrip_data();
    void errorRoundTrip();
    void errorFromMalformedJson_data();
    void errorFromMalformedJson();
    void resultHoldsValueOrError();
    void dateTimeJson();
    void contextShutdownCancelsTrackedWork();
};

static LogExcerpt sampleExcerpt()
{
    LogExcerpt e;
    e.source = QStringLiteral("krb5 trace");
    e.firstLine = 12;
    e.lines = {QStringLiteral("[1] Sending request"),
               QStringLiteral("[1] Response was from primary KDC"),
               QStringLiteral("[1] Received error from KDC: -1765328347/Clock skew too great")};
    e.highlight(2);
    e.highlight(0);
    e.highlight(7); // out of range: ignored
    e.startTime = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 1), Qt::UTC);
    e.endTime = QDateTime(QDate(2026, 11, 22), QTime(7, 0, 3), Qt::UTC);
    return e;
}

void TestCoreTypes::logExcerptRoundTrip()
{
    const LogExcerpt e = sampleExcerpt();
    QCOMPARE(e.highlighted, (QList<int>{0, 2}));
    QCOMPARE(e.lastLine(), 14);
    const QByteArray text = QJsonDocument(e.toJson()).toJson();
    QString error;
    auto back = LogExcerpt::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, e);
}

void TestCoreTypes::errorRoundTrip_data()
{
    QTest::addColumn<Error>("error");
    Error skew(KrbError::ClockSkew,
               QStringLiteral("Could not get a ticket for alice@TEST.LOCAL: clock skew."),
               QStringLiteral("Synchronise the clock with the KDC."));
    skew.libraryCode = -1765328347;
    skew.detail = QStringLiteral("Clock skew too great");
    skew.evidence = {sampleExcerpt()};
    skew.diagnoses = {Diagnosis{QStringLiteral("krb5.clock-skew"),
                                QStringLiteral("Clock skew"),
                                QStringLiteral("cause"),
                                QStringLiteral("fix"),
                                QString(),
                                {QStringLiteral("line")}}};
    QTest::newRow("kerberos with evidence") << skew;
    QTest::newRow("core cancelled") << Error(CoreError::Cancelled, QStringLiteral("Cancelled."));
    QTest::newRow("needs privilege") << Error(
        CoreError::NeedsPrivilege, QStringLiteral("/etc/krb5.keytab is readable by root only."),
        QStringLiteral("Run portier-cli through pkexec."));
}

void TestCoreTypes::errorRoundTrip()
{
    QFETCH(Error, error);
    const QJsonObject json = error.toJson();
    QString why;
    auto back = Error::fromJson(json, &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(*back, error);
    QCOMPARE(back->codeName(), error.codeName());
}

void TestCoreTypes::errorFromMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("no code") << QByteArray(R"({"message":"x"})")
                             << QStringLiteral("missing field \"code\"");
    QTest::newRow("unknown domain") << QByteArray(R"({"code":"Nope.X","message":"x"})")
                                    << QStringLiteral("unknown error code \"Nope.X\"");
    QTest::newRow("unknown code") << QByteArray(R"({"code":"Kerberos.Nope","message":"x"})")
                                  << QStringLiteral("unknown error code \"Kerberos.Nope\"");
    QTest::newRow("message not string") << QByteArray(R"({"code":"Core.Io","message":3})")
                                        << QStringLiteral("field \"message\" is not a string");
    QTest::newRow("bad evidence")
        << QByteArray(
               R"({"code":"Core.Io","message":"m","evidence":[{"source":"s","lines":["a"],"highlighted":[4]}]})")
        << QStringLiteral("highlighted line out of range in \"s\"");
}

void TestCoreTypes::errorFromMalformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    QString why;
    QVERIFY(!Error::fromJson(QJsonDocument::fromJson(json).object(), &why));
    QCOMPARE(why, expectedError);
}

void TestCoreTypes::resultHoldsValueOrError()
{
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    Result<int> bad(Error(CoreError::NotFound, QStringLiteral("gone")));
    QVERIFY(!bad);
    QVERIFY(bad.error().is(CoreError::NotFound));
    QCOMPARE(bad.valueOr(7), 7);
    Result<int> none;
    QVERIFY(!none.ok());
    QVERIFY(none.error().is(CoreError::Internal));
    Result<void> fine;
    QVERIFY(fine.ok());
}

void TestCoreTypes::dateTimeJson()
{
    QCOMPARE(Json::fromDateTime(QDateTime()), QJsonValue(QJsonValue::Null));
    const QDateTime t(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(Json::fromDateTime(t).toString(), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(*Json::toDateTime(QStringLiteral("2026-11-22T07:43:43Z")),
             QDateTime(QDate(2026, 11, 22), QTime(7, 43, 43), Qt::UTC));
    QVERIFY(!Json::toDateTime(QStringLiteral("yesterday")));
}

void TestCoreTypes::contextShutdownCancelsTrackedWork()
{
    QThreadPool pool;
    BackendContext context(&pool);
    QAtomicInt started;
    QAtomicInt sawCancel;
    QFuture<Result<int>> f = QtConcurrent::run(&pool, [&](QPromise<Result<int>> &p) {
        started.storeRelaxed(1);
        while (!p.isCanceled())
            QThread::msleep(1);
        sawCancel.storeRelaxed(1);
    });
    context.track(f);
    QTRY_VERIFY(started.loadRelaxed());
    context.shutdown();
    QVERIFY(f.isCanceled());
    QCOMPARE(sawCancel.loadRelaxed(), 1);
}

QTEST_GUILESS_MAIN(TestCoreTypes)
#include "tst_core_types.moc"
