// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/logs/signature_catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <numeric>

using namespace Portier;

class TestSignatureCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinLoads();
    void builtinSignaturesAreComplete();
    void malformedCatalogue_data();
    void malformedCatalogue();
    void matching_data();
    void matching();
    void builtinMatchesRealMessages_data();
    void builtinMatchesRealMessages();
    void successfulTraceMatchesNothing();
    void diagnoseErrorKeepsExistingDiagnoses();
    void fromFilesMergesAndRejectsDuplicates();
    void missingFileIsIoError();
    void concurrentMatching();
};

namespace {

const QByteArray TestCatalogue = R"({"signatures": [
  {"id": "t.skew", "title": "Skew", "cause": "c", "fix": "f", "reference": "r",
   "codes": ["KRB5KRB_AP_ERR_SKEW", -1765328347], "patterns": ["Clock skew too great"]},
  {"id": "t.sssd-only", "title": "Offline", "patterns": ["(?i)going offline"],
   "sources": ["/var/log/sssd/*", "journal:sssd*"]},
  {"id": "t.kdc", "title": "KDC", "patterns": ["Cannot contact any KDC", "dgram (\\d+\\.){3}\\d+:\\d+"]},
  {"id": "t.code-only", "title": "Code", "codes": ["Kerberos.NotRenewable"]}
]})";

LogExcerpt excerpt(const QString &source, const QStringList &lines)
{
    LogExcerpt e;
    e.source = source;
    e.firstLine = 1;
    e.lines = lines;
    return e;
}

QStringList ids(const QList<Diagnosis> &diagnoses)
{
    QStringList out;
    for (const Diagnosis &d : diagnoses)
        out << d.id;
    return out;
}

SignatureCatalogue testCatalogue()
{
    auto c = SignatureCatalogue::fromJson(TestCatalogue, QStringLiteral("test.json"));
    if (!c.ok())
        qFatal("test catalogue does not load: %s", qPrintable(c.error().message));
    return c.value();
}

} // namespace

void TestSignatureCatalogue::builtinLoads()
{
    const auto loaded = SignatureCatalogue::loadBuiltin();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->size() >= 12);
    QCOMPARE(SignatureCatalogue::builtin().size(), loaded->size());
    QCOMPARE(SignatureCatalogue::builtin().signatures(), loaded->signatures());
}

void TestSignatureCatalogue::builtinSignaturesAreComplete()
{
    const SignatureCatalogue &c = SignatureCatalogue::builtin();
    const QStringList required{
        QStringLiteral("krb5.clock-skew"),
        QStringLiteral("krb5.preauth-failed"),
        QStringLiteral("krb5.client-unknown"),
        QStringLiteral("krb5.server-unknown"),
        QStringLiteral("krb5.kdc-unreachable"),
        QStringLiteral("krb5.realm-unknown"),
        QStringLiteral("krb5.kdc-enctype-unsupported"),
        QStringLiteral("krb5.no-permitted-enctypes"),
        QStringLiteral("krb5.keytab-kvno-mismatch"),
        QStringLiteral("krb5.password-expired"),
        QStringLiteral("krb5.client-revoked"),
        QStringLiteral("krb5.keyring-primary-missing"),
    };
    for (const QString &id : required)
        QVERIFY2(c.find(id), qPrintable(id));
    // Every signature explains itself; Kerberos ones also cite MIT's documentation and name
    // the krb5 error codes they stand for (ZooKeeper ones match client log lines instead).
    int zookeeper = 0;
    for (const Signature &s : c.signatures()) {
        QVERIFY2(s.cause.size() > 80, qPrintable(s.id));
        QVERIFY2(s.fix.size() > 40, qPrintable(s.id));
        if (s.id.startsWith(QStringLiteral("zk."))) {
            ++zookeeper;
            QVERIFY2(!s.reference.isEmpty(), qPrintable(s.id));
            continue;
        }
        QVERIFY2(s.id.startsWith(QStringLiteral("krb5.")), qPrintable(s.id));
        QVERIFY2(s.reference.startsWith(QStringLiteral("https://web.mit.edu/kerberos/")),
                 qPrintable(s.id));
        QVERIFY2(!s.codes.isEmpty(), qPrintable(s.id));
    }
    QVERIFY(zookeeper > 0);
}

void TestSignatureCatalogue::malformedCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("not json") << QByteArray("{\"signatures\": [")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("no \"signatures\" array");
    QTest::newRow("signatures not array")
        << QByteArray(R"({"signatures": {}})") << QStringLiteral("no \"signatures\" array");
    QTest::newRow("entry not object")
        << QByteArray(R"({"signatures": [3]})") << QStringLiteral("entry 0 is not an object");
    QTest::newRow("missing id") << QByteArray(R"({"signatures": [{"title": "t", "codes": [1]}]})")
                                << QStringLiteral("missing field \"id\"");
    QTest::newRow("missing title") << QByteArray(R"({"signatures": [{"id": "x", "codes": [1]}]})")
                                   << QStringLiteral("signature \"x\"");
    QTest::newRow("empty id") << QByteArray(
                                     R"({"signatures": [{"id": " ", "title": "t", "codes": [1]}]})")
                              << QStringLiteral("must not be empty");
    QTest::newRow("id not string") << QByteArray(R"({"signatures": [{"id": 5, "title": "t"}]})")
                                   << QStringLiteral("\"id\" is not a string");
    QTest::newRow("codes not array")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "codes": "KRB"}]})")
        << QStringLiteral("\"codes\" is not an array");
    QTest::newRow("code is object")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "codes": [{}]}]})")
        << QStringLiteral("neither a code name nor an integer");
    QTest::newRow("code is fraction")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "codes": [1.5]}]})")
        << QStringLiteral("neither a code name nor an integer");
    QTest::newRow("patterns not strings")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "patterns": [1]}]})")
        << QStringLiteral("\"patterns\" is not a list of strings");
    QTest::newRow("sources not list")
        << QByteArray(
               R"({"signatures": [{"id": "x", "title": "t", "patterns": ["a"], "sources": "s"}]})")
        << QStringLiteral("\"sources\" is not a list of strings");
    QTest::newRow("empty pattern")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "patterns": [""]}]})")
        << QStringLiteral("empty pattern");
    QTest::newRow("nothing to match")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t"}]})")
        << QStringLiteral("at least one code or pattern");
    QTest::newRow("bad regex")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "patterns": ["(unclosed"]}]})")
        << QStringLiteral("invalid regular expression in signature \"x\"");
    QTest::newRow("backreference")
        << QByteArray(R"({"signatures": [{"id": "x", "title": "t", "patterns": ["(a)\\1"]}]})")
        << QStringLiteral("invalid regular expression");
    QTest::newRow("duplicate id")
        << QByteArray(
               R"({"signatures": [{"id": "x", "title": "t", "codes": [1]}, {"id": "x", "title": "u", "codes": [2]}]})")
        << QStringLiteral("defines the signature \"x\" twice");
}

void TestSignatureCatalogue::malformedCatalogue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const auto loaded = SignatureCatalogue::fromJson(json, QStringLiteral("broken.json"));
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().is(CoreError::InvalidInput));
    QVERIFY2(loaded.error().message.contains(QStringLiteral("broken.json")),
             qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(messagePart), qPrintable(loaded.error().message));
}

void TestSignatureCatalogue::matching_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<QList<int>>("highlighted");

    const QString trace = QStringLiteral("krb5 trace");
    QTest::newRow("pattern in trace")
        << trace
        << QStringList{QStringLiteral("[1] 1.0: Sending request"),
                       QStringLiteral(
                           "[1] 1.1: Received error from KDC: -1765328347/Clock skew too great")}
        << QStringList() << QStringList{QStringLiteral("t.skew")} << QList<int>{1};
    QTest::newRow("code name only") << trace << QStringList{QStringLiteral("nothing here")}
                                    << QStringList{QStringLiteral("KRB5KRB_AP_ERR_SKEW")}
                                    << QStringList{QStringLiteral("t.skew")} << QList<int>{};
    QTest::newRow("code number only")
        << trace << QStringList() << QStringList{QStringLiteral("-1765328347")}
        << QStringList{QStringLiteral("t.skew")} << QList<int>{};
    QTest::newRow("portier code") << trace << QStringList()
                                  << QStringList{QStringLiteral("Kerberos.NotRenewable")}
                                  << QStringList{QStringLiteral("t.code-only")} << QList<int>{};
    QTest::newRow("source restricted, wrong source")
        << trace << QStringList{QStringLiteral("Backend is going offline")} << QStringList()
        << QStringList() << QList<int>{};
    QTest::newRow("source restricted, sssd log")
        << QStringLiteral("/var/log/sssd/sssd_corp.example.com.log")
        << QStringList{QStringLiteral("ok"), QStringLiteral("Backend is Going Offline")}
        << QStringList() << QStringList{QStringLiteral("t.sssd-only")} << QList<int>{1};
    QTest::newRow("source restricted, journal")
        << QStringLiteral("journal:sssd.service") << QStringList{QStringLiteral("going offline")}
        << QStringList() << QStringList{QStringLiteral("t.sssd-only")} << QList<int>{0};
    QTest::newRow("two signatures, catalogue order")
        << trace
        << QStringList{QStringLiteral("Sending initial UDP request to dgram 10.0.0.1:88"),
                       QStringLiteral("x"), QStringLiteral("Clock skew too great")}
        << QStringList() << QStringList{QStringLiteral("t.skew"), QStringLiteral("t.kdc")}
        << QList<int>{0, 2};
    QTest::newRow("no match") << trace << QStringList{QStringLiteral("all fine")}
                              << QStringList{QStringLiteral("12")} << QStringList() << QList<int>{};
    QTest::newRow("utf-8 line") << trace
                                << QStringList{QStringLiteral(
                                       "Prüfung: Cannot contact any KDC für")}
                                << QStringList() << QStringList{QStringLiteral("t.kdc")}
                                << QList<int>{0};
}

void TestSignatureCatalogue::matching()
{
    QFETCH(QString, source);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, expectedIds);
    QFETCH(QList<int>, highlighted);

    const SignatureCatalogue catalogue = testCatalogue();
    LogExcerpt e = excerpt(source, lines);
    const QList<Diagnosis> found = catalogue.diagnose(e, codes);
    QCOMPARE(ids(found), expectedIds);
    QCOMPARE(e.highlighted, highlighted);
    for (const Diagnosis &d : found) {
        for (const QString &line : d.matchedLines)
            QVERIFY(lines.contains(line));
        QCOMPARE(d.title, catalogue.find(d.id)->title);
    }
}

void TestSignatureCatalogue::builtinMatchesRealMessages_data()
{
    // Lines as MIT libkrb5 1.20 writes them to KRB5_TRACE, and as SSSD logs them.
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("id");
    QTest::newRow("skew") << QStringLiteral("[4242] 1795333722.673102: Received error from KDC: "
                                            "-1765328347/Clock skew too great")
                          << QStringLiteral("krb5.clock-skew");
    QTest::newRow("preauth") << QStringLiteral("[4242] 1795333722.673102: Received error from KDC: "
                                               "-1765328360/Preauthentication failed")
                             << QStringLiteral("krb5.preauth-failed");
    QTest::newRow("bad integrity") << QStringLiteral("kinit: Password incorrect while getting "
                                                     "initial credentials")
                                   << QStringLiteral("krb5.preauth-failed");
    QTest::newRow("client unknown")
        << QStringLiteral("[1] 1.2: Received error from KDC: -1765328378/Client 'x@TEST.LOCAL' not "
                          "found in Kerberos database")
        << QStringLiteral("krb5.client-unknown");
    QTest::newRow("server unknown")
        << QStringLiteral("[1] 1.2: Received error from KDC: -1765328377/Server not found in "
                          "Kerberos database")
        << QStringLiteral("krb5.server-unknown");
    QTest::newRow("kdc unreachable")
        << QStringLiteral("Cannot contact any KDC for realm 'CORP.EXAMPLE.COM'")
        << QStringLiteral("krb5.kdc-unreachable");
    QTest::newRow("realm unknown")
        << QStringLiteral("Cannot find KDC for realm \"CORP.EXAMPLE.COM\"")
        << QStringLiteral("krb5.realm-unknown");
    QTest::newRow("kdc enctype") << QStringLiteral("KDC has no support for encryption type")
                                 << QStringLiteral("krb5.kdc-enctype-unsupported");
    QTest::newRow("config enctype")
        << QStringLiteral("No supported encryption types (config file error?)")
        << QStringLiteral("krb5.no-permitted-enctypes");
    QTest::newRow("kvno") << QStringLiteral(
                                 "Request ticket server host/a.example.com@EXAMPLE.COM kvno "
                                 "5 not found in keytab; keytab is likely out of date")
                          << QStringLiteral("krb5.keytab-kvno-mismatch");
    QTest::newRow("key expired") << QStringLiteral("[1] 1.2: Received error from KDC: -1765328361/"
                                                   "Password has expired")
                                 << QStringLiteral("krb5.password-expired");
    QTest::newRow("revoked") << QStringLiteral("[1] 1.2: Received error from KDC: -1765328366/"
                                               "Client's credentials have been revoked")
                             << QStringLiteral("krb5.client-revoked");
}

void TestSignatureCatalogue::builtinMatchesRealMessages()
{
    QFETCH(QString, line);
    QFETCH(QString, id);
    LogExcerpt e = excerpt(QStringLiteral("krb5 trace"), {QStringLiteral("[1] 1.0: start"), line});
    const QList<Diagnosis> found = SignatureCatalogue::builtin().diagnose(e);
    QVERIFY2(ids(found).contains(id), qPrintable(ids(found).join(u',')));
    QCOMPARE(e.highlighted, QList<int>{1});
    QCOMPARE(found.first().matchedLines, QStringList{line});
}

void TestSignatureCatalogue::successfulTraceMatchesNothing()
{
    // A password kinit with preauthentication: "Additional pre-authentication required" is a
    // normal step of the exchange and must not look like a failure.
    const QStringList lines{
        QStringLiteral("[1] 1.1: Getting initial credentials for preauth@TEST.LOCAL"),
        QStringLiteral("[1] 1.2: Sending request (180 bytes) to TEST.LOCAL"),
        QStringLiteral("[1] 1.3: Sending initial UDP request to dgram 127.0.0.1:35011"),
        QStringLiteral("[1] 1.4: Received answer (295 bytes) from dgram 127.0.0.1:35011"),
        QStringLiteral("[1] 1.5: Response was not from primary KDC"),
        QStringLiteral("[1] 1.6: Received error from KDC: -1765328359/Additional "
                       "pre-authentication required"),
        QStringLiteral("[1] 1.7: Preauthenticating using KDC method data"),
        QStringLiteral("[1] 1.8: AS key obtained for encrypted timestamp: aes256-cts/7A1B"),
        QStringLiteral("[1] 1.9: Storing preauth@TEST.LOCAL -> krbtgt/TEST.LOCAL@TEST.LOCAL in "
                       "FILE:/tmp/cc"),
    };
    LogExcerpt e = excerpt(QStringLiteral("krb5 trace"), lines);
    QCOMPARE(ids(SignatureCatalogue::builtin().diagnose(e)), QStringList());
    QVERIFY(e.highlighted.isEmpty());
}

void TestSignatureCatalogue::diagnoseErrorKeepsExistingDiagnoses()
{
    const SignatureCatalogue catalogue = testCatalogue();
    Error error(KrbError::ClockSkew, QStringLiteral("skew"));
    error.libraryCode = -1765328347;
    error.evidence.append(excerpt(QStringLiteral("krb5 trace"),
                                  {QStringLiteral("a"), QStringLiteral("Cannot contact any KDC")}));
    error.diagnoses.append(
        Diagnosis{QStringLiteral("t.skew"), QStringLiteral("already"), {}, {}, {}, {}});
    catalogue.diagnose(error);
    QCOMPARE(ids(error.diagnoses),
             (QStringList{QStringLiteral("t.skew"), QStringLiteral("t.kdc")}));
    QCOMPARE(error.diagnoses.first().title, QStringLiteral("already"));
    QCOMPARE(error.evidence.first().highlighted, QList<int>{1});

    // The Error's own code name is a code too.
    Error notRenewable(KrbError::NotRenewable, QStringLiteral("no"));
    catalogue.diagnose(notRenewable);
    QCOMPARE(ids(notRenewable.diagnoses), QStringList{QStringLiteral("t.code-only")});
}

void TestSignatureCatalogue::fromFilesMergesAndRejectsDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::WriteOnly) && fb.open(QIODevice::WriteOnly));
    fa.write(TestCatalogue);
    fb.write(R"({"signatures": [{"id": "b.one", "title": "B", "patterns": ["bee"]}]})");
    fa.close();
    fb.close();
    const auto merged =
        SignatureCatalogue::fromFiles({a, b, QStringLiteral(":/diagnostics/kerberos.json")});
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
    const auto kerberos =
        SignatureCatalogue::fromFiles({QStringLiteral(":/diagnostics/kerberos.json")});
    QVERIFY(kerberos.ok());
    QCOMPARE(merged->size(), 5 + kerberos->size());
    LogExcerpt e = excerpt(QStringLiteral("x"), {QStringLiteral("a bee")});
    QCOMPARE(ids(merged->diagnose(e)), QStringList{QStringLiteral("b.one")});

    const auto duplicate = SignatureCatalogue::fromFiles({a, a});
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(QStringLiteral("twice")));
}

void TestSignatureCatalogue::missingFileIsIoError()
{
    const auto missing = SignatureCatalogue::fromFiles({QStringLiteral("/nonexistent/x.json")});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().is(CoreError::Io));
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/x.json")));
    QVERIFY(SignatureCatalogue().isEmpty());
    LogExcerpt e = excerpt(QStringLiteral("x"), {QStringLiteral("Clock skew too great")});
    QVERIFY(SignatureCatalogue().diagnose(e, {QStringLiteral("1")}).isEmpty());
}

void TestSignatureCatalogue::concurrentMatching()
{
    const SignatureCatalogue catalogue = SignatureCatalogue::builtin();
    QList<int> inputs(64);
    std::iota(inputs.begin(), inputs.end(), 0);
    const QList<QStringList> results = QtConcurrent::blockingMapped(inputs, [catalogue](int i) {
        LogExcerpt e = excerpt(
            QStringLiteral("krb5 trace"),
            {QStringLiteral("line %1").arg(i), i % 2 ? QStringLiteral("Clock skew too great")
                                                     : QStringLiteral("Cannot contact any KDC")});
        return ids(catalogue.diagnose(e));
    });
    for (int i = 0; i < results.size(); ++i)
        QCOMPARE(results.at(i), QStringList{i % 2 ? QStringLiteral("krb5.clock-skew")
                                                  : QStringLiteral("krb5.kdc-unreachable")});
}

QTEST_GUILESS_MAIN(TestSignatureCatalogue)
#include "tst_signature_catalogue.moc"
