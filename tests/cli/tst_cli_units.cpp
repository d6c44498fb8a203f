// SPDX-License-Identifier: GPL-3.0-or-later
// portier-cli's parts that need no KDC: exit codes, option parsing and usage errors, and the
// human output of listings, compared with whole expected texts.
#include "app/cli/cli_application.h"
#include "app/cli/error_report.h"
#include "app/cli/exit_code.h"
#include "app/cli/krb_report.h"
#include "app/cli/password_reader.h"
#include "app/cli/text_table.h"
#include "backends/core/backend_context.h"
#include "backends/core/diagnosis.h"
#include "backends/core/error.h"
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"

#include <QTest>
#include <QThreadPool>

#include <unistd.h>

using namespace Portier;
using namespace Portier::Cli;

class TestCliUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void textTable();
    void duration_data();
    void duration();
    void flagLegend();
    void cachesReport();
    void emptyCollectionReport();
    void keytabReport();
    void outcomeReport();
    void repeatedMatchesAreSummarised();
    void passwordFromPipe_data();
    void passwordFromPipe();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run runCli(const QStringList &arguments);
};

Q_DECLARE_METATYPE(Portier::Cli::ExitCode)

TestCliUnits::Run TestCliUnits::runCli(const QStringList &arguments)
{
    QThreadPool pool;
    BackendContext context(&pool);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication cli(context, out, err);
    run.exitCode = cli.run(QStringList{QStringLiteral("portier-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

void TestCliUnits::exitCodes_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<ExitCode>("expected");
    const auto krb = [](KrbError code) { return Error(code, QStringLiteral("m")); };
    QTest::newRow("kdc unreachable") << krb(KrbError::KdcUnreachable) << ExitCode::ConnectOrAuth;
    QTest::newRow("realm unknown") << krb(KrbError::RealmUnknown) << ExitCode::ConnectOrAuth;
    QTest::newRow("preauth failed") << krb(KrbError::PreauthFailed) << ExitCode::ConnectOrAuth;
    QTest::newRow("client unknown") << krb(KrbError::ClientUnknown) << ExitCode::ConnectOrAuth;
    QTest::newRow("client revoked") << krb(KrbError::ClientRevoked) << ExitCode::ConnectOrAuth;
    QTest::newRow("password expired") << krb(KrbError::PasswordExpired) << ExitCode::ConnectOrAuth;
    QTest::newRow("clock skew") << krb(KrbError::ClockSkew) << ExitCode::ConnectOrAuth;
    QTest::newRow("bad principal") << krb(KrbError::BadPrincipal) << ExitCode::Usage;
    QTest::newRow("bad lifetime") << krb(KrbError::BadLifetime) << ExitCode::Usage;
    QTest::newRow("not renewable") << krb(KrbError::NotRenewable) << ExitCode::Failed;
    QTest::newRow("keytab no key") << krb(KrbError::KeytabNoKey) << ExitCode::Failed;
    QTest::newRow("cache not found") << krb(KrbError::CacheNotFound) << ExitCode::Failed;
    QTest::newRow("library") << krb(KrbError::Library) << ExitCode::Failed;
    QTest::newRow("core invalid input")
        << Error(CoreError::InvalidInput, QStringLiteral("m")) << ExitCode::Usage;
    QTest::newRow("core timeout") << Error(CoreError::Timeout, QStringLiteral("m"))
                                  << ExitCode::ConnectOrAuth;
    QTest::newRow("core needs privilege")
        << Error(CoreError::NeedsPrivilege, QStringLiteral("m")) << ExitCode::Failed;
    QTest::newRow("core io") << Error(CoreError::Io, QStringLiteral("m")) << ExitCode::Failed;
}

void TestCliUnits::exitCodes()
{
    QFETCH(Error, error);
    QFETCH(ExitCode, expected);
    QCOMPARE(exitCodeFor(error), expected);
}

void TestCliUnits::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorText");
    const auto args = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("no arguments") << QStringList() << QStringLiteral("Usage: portier-cli");
    QTest::newRow("unknown area") << args("frob") << QStringLiteral("unknown area 'frob'");
    QTest::newRow("unknown top-level option")
        << args("--frob") << QStringLiteral("unknown option '--frob'");
    QTest::newRow("zk unknown verb") << args("zk ls /") << QStringLiteral("unknown verb 'zk ls'");
    QTest::newRow("vault not yet") << args("vault kv get x") << QStringLiteral("not available yet");
    QTest::newRow("ad not yet") << args("ad check") << QStringLiteral("not available yet");
    QTest::newRow("bundle not yet") << args("bundle export") << QStringLiteral("not available yet");
    QTest::newRow("krb without verb") << args("krb") << QStringLiteral("needs a verb");
    QTest::newRow("unknown verb") << args("krb frob") << QStringLiteral("unknown verb 'krb frob'");
    QTest::newRow("unknown option")
        << args("krb caches --frob") << QStringLiteral("Unknown option 'frob'");
    QTest::newRow("option missing its value")
        << args("krb kinit alice --keytab") << QStringLiteral("Missing value after '--keytab'");
    QTest::newRow("caches takes no argument")
        << args("krb caches extra") << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("kinit without principal")
        << args("krb kinit --password-stdin") << QStringLiteral("missing argument");
    QTest::newRow("kinit with two principals")
        << args("krb kinit a b --password-stdin") << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("switch without name")
        << args("krb switch") << QStringLiteral("missing argument");
    QTest::newRow("keytab with two paths")
        << args("krb keytab /a /b") << QStringLiteral("unexpected argument '/b'");
}

void TestCliUnits::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorText);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errorText), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestCliUnits::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringList{QStringLiteral("portier-cli " PORTIER_VERSION)};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("Usage: portier-cli <area> <verb>"),
                                           QStringLiteral("  krb kinit PRINCIPAL"),
                                           QStringLiteral("Not available yet: vault, ad, bundle.")};
    QTest::newRow("krb --help") << QStringList{QStringLiteral("krb"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("  krb test-keytab [PATH]")};
    QTest::newRow("kinit --help")
        << QStringList{QStringLiteral("krb"), QStringLiteral("kinit"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: portier-cli krb kinit PRINCIPAL"),
                       QStringLiteral("  --password-stdin"), QStringLiteral("  --keytab PATH"),
                       QStringLiteral("  --lifetime L"), QStringLiteral("  -h, --help")};
}

void TestCliUnits::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedLines);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    for (const QString &line : expectedLines)
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + run.out));
}

void TestCliUnits::textTable()
{
    TextTable table({QStringLiteral("A"), QStringLiteral("Long header"), QStringLiteral("C")});
    table.addRow({QStringLiteral("wide cell"), QStringLiteral("x"), QStringLiteral("last")},
                 {QStringLiteral("detail line")});
    table.addRow({QStringLiteral("y"), QString(), QString()});
    QCOMPARE(table.render(1), QStringLiteral(" A          Long header  C\n"
                                             " wide cell  x            last\n"
                                             "     detail line\n"
                                             " y\n"));
}

void TestCliUnits::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
    QTest::newRow("minutes") << qint64(5 * 60 + 9) << QStringLiteral("5 min");
    QTest::newRow("hours and minutes")
        << qint64(9 * 3600 + 59 * 60) << QStringLiteral("9 h 59 min");
    QTest::newRow("whole hours") << qint64(3 * 3600) << QStringLiteral("3 h");
    QTest::newRow("days and hours")
        << qint64(6 * 86400 + 23 * 3600 + 5) << QStringLiteral("6 d 23 h");
    QTest::newRow("whole days") << qint64(86400) << QStringLiteral("1 d");
}

void TestCliUnits::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(KrbReport::duration(seconds), expected);
}

void TestCliUnits::flagLegend()
{
    QCOMPARE(KrbReport::flagLegend(QStringLiteral("FRIA")),
             QStringLiteral("F forwardable, R renewable, I initial, A preauthenticated"));
    QCOMPARE(KrbReport::flagLegend(QString()), QString());
}

static QDateTime utc(int hour, int minute, int day = 22)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 0), Qt::UTC);
}

void TestCliUnits::cachesReport()
{
    Credential tgt;
    tgt.client = QStringLiteral("alice@TEST.LOCAL");
    tgt.server = QStringLiteral("krbtgt/TEST.LOCAL@TEST.LOCAL");
    tgt.authTime = tgt.startTime = utc(7, 0);
    tgt.endTime = utc(17, 0);
    tgt.renewTill = utc(7, 0, 29);
    tgt.flags = QStringLiteral("FRIA");
    tgt.sessionEnctype = tgt.ticketEnctype = QStringLiteral("aes256-cts-hmac-sha1-96");

    Credential service = tgt;
    service.server = QStringLiteral("HTTP/web.test.local@TEST.LOCAL");
    service.startTime = utc(8, 0);
    service.endTime = utc(9, 0);
    service.renewTill = QDateTime();
    service.flags = QStringLiteral("FA");
    service.warnings.append(Warning{QStringLiteral("expired"),
                                    QStringLiteral("The ticket expired at 09:00."),
                                    Warning::Severity::Critical});

    Credential config;
    config.isConfig = true;
    config.server = QStringLiteral("X-CACHECONF:/pa_type/krbtgt/TEST.LOCAL@TEST.LOCAL");
    config.configKey = QStringLiteral("pa_type");
    config.configValue = QStringLiteral("2");
    config.configMeaning = QStringLiteral("preauthentication used: encrypted timestamp");

    CredentialCache cache;
    cache.name = QStringLiteral("DIR::/tmp/cc/tkt");
    cache.type = QStringLiteral("DIR");
    cache.primary = true;
    cache.principal = QStringLiteral("alice@TEST.LOCAL");
    cache.credentials = {tgt, service, config};

    CredentialCache empty;
    empty.name = QStringLiteral("DIR::/tmp/cc/tkt2");
    empty.type = QStringLiteral("DIR");
    empty.warnings.append(
        Warning{QStringLiteral("no-tgt"), QStringLiteral("No TGT."), Warning::Severity::Warning});

    CacheCollection collection;
    collection.defaultCacheName = QStringLiteral("DIR:/tmp/cc");
    collection.caches = {cache, empty};

    const QString expected = QStringLiteral(
        "Default cache: DIR:/tmp/cc\n"
        "\n"
        "Cache: DIR::/tmp/cc/tkt (primary)\n"
        "  Type: DIR\n"
        "  Default principal: alice@TEST.LOCAL\n"
        "\n"
        "  Valid starting       Expires              Renew until          Flags  Service "
        "principal\n"
        "  2026-11-22 07:00:00  2026-11-22 17:00:00  2026-11-29 07:00:00  FRIA   "
        "krbtgt/TEST.LOCAL@TEST.LOCAL\n"
        "      Enctypes: session aes256-cts-hmac-sha1-96, ticket aes256-cts-hmac-sha1-96\n"
        "      Valid for another 7 h. Renewable for another 6 d 21 h.\n"
        "  2026-11-22 08:00:00  2026-11-22 09:00:00  -                    FA     "
        "HTTP/web.test.local@TEST.LOCAL\n"
        "      Enctypes: session aes256-cts-hmac-sha1-96, ticket aes256-cts-hmac-sha1-96\n"
        "      Expired 1 h ago.\n"
        "      critical: The ticket expired at 09:00. [expired]\n"
        "\n"
        "  Configuration entries:\n"
        "    Key      Value  Meaning\n"
        "    pa_type  2      preauthentication used: encrypted timestamp\n"
        "\n"
        "Cache: DIR::/tmp/cc/tkt2\n"
        "  Type: DIR\n"
        "  Default principal: none (the cache is not initialised)\n"
        "  warning: No TGT. [no-tgt]\n"
        "\n"
        "  No tickets.\n"
        "\n"
        "Flags: F forwardable, R renewable, I initial, A preauthenticated\n");
    const QString actual = KrbReport::caches(collection, utc(10, 0));
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual;
    QCOMPARE(actual, expected);
}

void TestCliUnits::emptyCollectionReport()
{
    CacheCollection collection;
    collection.defaultCacheName = QStringLiteral("DIR:/tmp/cc");
    QCOMPARE(KrbReport::caches(collection, utc(10, 0)),
             QStringLiteral("Default cache: DIR:/tmp/cc\n"
                            "No credential caches. Obtain a ticket with: portier-cli krb kinit "
                            "PRINCIPAL\n"));
}

void TestCliUnits::keytabReport()
{
    KeytabEntry old;
    old.principal = QStringLiteral("host/a.test.local@TEST.LOCAL");
    old.kvno = 2;
    old.enctype = QStringLiteral("aes256-cts-hmac-sha1-96");
    old.timestamp = utc(6, 30);
    old.warnings.append(Warning{QStringLiteral("old-kvno"), QStringLiteral("A newer key exists."),
                                Warning::Severity::Info});
    KeytabEntry current = old;
    current.kvno = 13;
    current.warnings.clear();

    KeytabListing listing;
    listing.path = QStringLiteral("/etc/krb5.keytab");
    listing.entries = {old, current};
    QCOMPARE(KrbReport::keytab(listing),
             QStringLiteral("Keytab: /etc/krb5.keytab\n"
                            "\n"
                            "  KVNO  Timestamp            Enctype                  Principal\n"
                            "     2  2026-11-22 06:30:00  aes256-cts-hmac-sha1-96  "
                            "host/a.test.local@TEST.LOCAL\n"
                            "      note: A newer key exists. [old-kvno]\n"
                            "    13  2026-11-22 06:30:00  aes256-cts-hmac-sha1-96  "
                            "host/a.test.local@TEST.LOCAL\n"));
}

void TestCliUnits::outcomeReport()
{
    ActionOutcome outcome;
    outcome.summary = QStringLiteral("Renewed the ticket for alice@TEST.LOCAL.");
    outcome.cacheName = QStringLiteral("DIR::/tmp/cc/tkt");
    outcome.shellCommand = QStringLiteral("kinit -R -c DIR::/tmp/cc/tkt");
    outcome.trace.source = QStringLiteral("krb5 trace");
    outcome.trace.lines = {QStringLiteral("Sending request"), QStringLiteral("Got reply")};
    outcome.trace.highlight(1);

    const QString plain = QStringLiteral("Renewed the ticket for alice@TEST.LOCAL.\n"
                                         "  Cache: DIR::/tmp/cc/tkt\n"
                                         "  Equivalent command: kinit -R -c DIR::/tmp/cc/tkt\n");
    QCOMPARE(KrbReport::outcome(outcome, false), plain);
    QCOMPARE(KrbReport::outcome(outcome, true),
             plain + QStringLiteral("  Evidence from krb5 trace:\n"
                                    "      Sending request\n"
                                    "    > Got reply\n"));
}

void TestCliUnits::repeatedMatchesAreSummarised()
{
    // A client retrying a refused connection logs the same failure on every attempt: the
    // report quotes three of them and counts the rest instead of repeating them all.
    Diagnosis d;
    d.id = QStringLiteral("zk.connection-refused");
    d.title = QStringLiteral("The server refused the connection");
    for (int i = 1; i <= 5; ++i)
        d.matchedLines.append(QStringLiteral("10:00:0%1 connect() refused").arg(i));
    QCOMPARE(ErrorReport::diagnoses({d}, 0),
             QStringLiteral("Known problem: The server refused the connection "
                            "[zk.connection-refused]\n"
                            "  Matched: 10:00:01 connect() refused\n"
                            "  Matched: 10:00:02 connect() refused\n"
                            "  Matched: 10:00:03 connect() refused\n"
                            "  … and 2 more matching line(s)\n"));

    d.matchedLines = d.matchedLines.mid(0, 3);
    QCOMPARE(ErrorReport::diagnoses({d}, 2).count(QStringLiteral("Matched: ")), 3);
    QVERIFY(!ErrorReport::diagnoses({d}, 2).contains(QStringLiteral("more matching")));
}

void TestCliUnits::passwordFromPipe_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("line") << QByteArray("s3cret pw\nignored\n") << true << QByteArray("s3cret pw");
    QTest::newRow("no newline") << QByteArray("s3cret") << true << QByteArray("s3cret");
    QTest::newRow("crlf") << QByteArray("s3cret\r\n") << true << QByteArray("s3cret");
    QTest::newRow("empty input") << QByteArray() << false << QByteArray();
    QTest::newRow("too long") << QByteArray(PasswordReader::maximumLength + 1, 'x') << false
                              << QByteArray();
    QTest::newRow("longest allowed") << QByteArray(PasswordReader::maximumLength, 'x') << true
                                     << QByteArray(PasswordReader::maximumLength, 'x');
}

void TestCliUnits::passwordFromPipe()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), ssize_t(input.size()));
    ::close(fds[1]);
    QString error;
    std::optional<QByteArray> password =
        PasswordReader::read(fds[0], QStringLiteral("Password: "), &error);
    ::close(fds[0]);
    QCOMPARE(password.has_value(), ok);
    if (ok) {
        QCOMPARE(*password, expected);
        PasswordReader::wipe(*password);
        QVERIFY(password->isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cli_units.moc"
