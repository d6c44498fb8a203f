// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/krb_command.h"

#include "app/cli/error_report.h"
#include "app/cli/krb_report.h"
#include "app/cli/password_reader.h"
#include "backends/core/backend_context.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace Portier::Cli {

namespace {

constexpr QLatin1StringView kJson("json");
constexpr QLatin1StringView kTrace("trace");
constexpr QLatin1StringView kCache("cache");
constexpr QLatin1StringView kNewCache("new-cache");
constexpr QLatin1StringView kPasswordStdin("password-stdin");
constexpr QLatin1StringView kKeytab("keytab");
constexpr QLatin1StringView kLifetime("lifetime");
constexpr QLatin1StringView kRenewable("renewable");
constexpr QLatin1StringView kForwardable("forwardable");
constexpr QLatin1StringView kProxiable("proxiable");
constexpr QLatin1StringView kPrincipal("principal");

QCommandLineOption jsonOption()
{
    return QCommandLineOption(kJson, KrbCommand::tr("Print JSON: the documents the Portier console "
                                                    "and diagnostic bundles use."));
}

QCommandLineOption traceOption()
{
    return QCommandLineOption(kTrace, KrbCommand::tr("Show the libkrb5 trace of the action, also "
                                                     "when it succeeds."));
}

QCommandLineOption cacheOption(const QString &what)
{
    return QCommandLineOption(kCache, what, QStringLiteral("NAME"));
}

/// Waits for a backend future: the CLI has no event loop that must stay responsive.
template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() < 1) {
        return Error(CoreError::Cancelled,
                     KrbCommand::tr("The operation was cancelled before it produced a result."));
    }
    return future.result();
}

} // namespace

KrbCommand::KrbCommand(BackendContext &context, QTextStream &out, QTextStream &err)
    : m_backend(context)
    , m_out(out)
    , m_err(err)
{}

QList<VerbSpec> KrbCommand::verbs()
{
    const QString area = QStringLiteral("krb");
    QList<VerbSpec> verbs;

    verbs.append(VerbSpec{
        area,
        QStringLiteral("caches"),
        QStringLiteral("[--json]"),
        tr("List the credential cache collection, like klist -A -f -e."),
        tr("Lists every credential cache of the collection (KRB5CCNAME or krb5.conf) with its "
           "tickets, flags, enctypes and configuration entries, and explains what is wrong: "
           "expired or soon expiring tickets, caches without a ticket-granting ticket, weak "
           "enctypes. Exit code 0 when the collection could be read, 1 when not."),
        {jsonOption()},
        0,
        0,
        false});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("keytab"),
        QStringLiteral("[PATH] [--json]"),
        tr("List a keytab's entries, like klist -k -t -e (never the keys)."),
        tr("Lists the principal, key version number, enctype and timestamp of every entry of the "
           "keytab PATH (default: the keytab libkrb5 uses, usually /etc/krb5.keytab), with "
           "warnings about old key versions, weak enctypes and duplicates. Keys are never read "
           "out. Exit code 0 when the keytab could be read, 1 when not."),
        {jsonOption()},
        0,
        1,
        false});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("kinit"),
        QStringLiteral("PRINCIPAL [--password-stdin | --keytab PATH] [options]"),
        tr("Obtain a ticket-granting ticket, from a password or a keytab."),
        tr("Obtains initial credentials for PRINCIPAL. The password is read from standard "
           "input (without echo on a terminal), never from the command line. On failure the "
           "message says why and what to do, with the known problems that match the library "
           "trace. Exit code 3 when the KDC cannot be reached or refuses the credentials (wrong "
           "password, unknown or disabled principal, expired password, clock skew)."),
        {QCommandLineOption(kPasswordStdin,
                            tr("Read the password from standard input (the first line). This is "
                               "the default on a terminal.")),
         QCommandLineOption(kKeytab, tr("Use the key in keytab PATH instead of a password."),
                            QStringLiteral("PATH")),
         QCommandLineOption(kLifetime, tr("Requested ticket lifetime, e.g. 10h, 1d, 30m."),
                            QStringLiteral("L")),
         QCommandLineOption(kRenewable, tr("Request a renewable ticket, renewable for L."),
                            QStringLiteral("L")),
         QCommandLineOption(kForwardable, tr("Request a forwardable ticket.")),
         QCommandLineOption(kProxiable, tr("Request a proxiable ticket.")),
         cacheOption(tr("Store the ticket in cache NAME instead of the default cache.")),
         QCommandLineOption(kNewCache, tr("Store the ticket in a new cache of the collection "
                                          "(DIR, KEYRING and KCM collections).")),
         traceOption(), jsonOption()},
        1,
        1,
        true});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("renew"),
        QStringLiteral("[--cache NAME]"),
        tr("Renew the ticket-granting ticket of a cache, like kinit -R."),
        tr("Renews the ticket-granting ticket in cache NAME (default: the default cache). Fails "
           "with exit code 1 when the ticket is not renewable or past its renew-until time."),
        {cacheOption(tr("The cache to renew.")), traceOption(), jsonOption()},
        0,
        0,
        true});

    verbs.append(
        VerbSpec{area,
                 QStringLiteral("destroy"),
                 QStringLiteral("[--cache NAME]"),
                 tr("Destroy a credential cache, like kdestroy."),
                 tr("Destroys cache NAME (default: the default cache) and the tickets in it."),
                 {cacheOption(tr("The cache to destroy.")), traceOption(), jsonOption()},
                 0,
                 0,
                 true});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("switch"),
        QStringLiteral("NAME"),
        tr("Make a cache the primary cache of its collection, like kswitch."),
        tr("Makes cache NAME the primary cache of its collection, so that programs use its "
           "tickets by default. NAME is a full cache name as `krb caches` prints it."),
        {traceOption(), jsonOption()},
        1,
        1,
        true});

    verbs.append(VerbSpec{
        area,
        QStringLiteral("test-keytab"),
        QStringLiteral("[PATH] [--principal P]"),
        tr("Check that a keytab can obtain a ticket, without touching your caches."),
        tr("Obtains a ticket with the key for principal P (default: the keytab's first "
           "principal) from keytab PATH (default: the keytab libkrb5 uses) into a memory cache "
           "that is thrown away. Exit code 1 when the keytab has no usable key, 3 when the KDC "
           "cannot be reached or rejects the key (for example after a password change on the "
           "domain controller left the keytab behind)."),
        {QCommandLineOption(kPrincipal, tr("The principal whose key to test."),
                            QStringLiteral("P")),
         traceOption(), jsonOption()},
        0,
        1,
        false});

    return verbs;
}

ExitCode KrbCommand::run(const VerbSpec &spec, const QCommandLineParser &parser)
{
    m_verb = spec.verb;
    if (m_verb == QLatin1String("caches"))
        return caches(parser);
    if (m_verb == QLatin1String("keytab"))
        return keytab(parser);
    if (m_verb == QLatin1String("kinit"))
        return kinit(parser);
    if (m_verb == QLatin1String("renew"))
        return renew(parser);
    if (m_verb == QLatin1String("destroy"))
        return destroy(parser);
    if (m_verb == QLatin1String("switch"))
        return switchPrimary(parser);
    if (m_verb == QLatin1String("test-keytab"))
        return testKeytab(parser);
    return usageError(tr("Unknown verb '%1'.").arg(m_verb));
}

ExitCode KrbCommand::caches(const QCommandLineParser &parser)
{
    const Result<CacheCollection> result = await(m_backend.listCaches());
    if (!result)
        return fail(result.error(), parser);
    if (parser.isSet(kJson))
        printJson(result->toJson());
    else
        m_out << KrbReport::caches(*result, QDateTime::currentDateTimeUtc());
    return ExitCode::Ok;
}

ExitCode KrbCommand::keytab(const QCommandLineParser &parser)
{
    const Result<KeytabListing> result =
        await(m_backend.listKeytab(parser.positionalArguments().value(0)));
    if (!result)
        return fail(result.error(), parser);
    if (parser.isSet(kJson))
        printJson(result->toJson());
    else
        m_out << KrbReport::keytab(*result);
    return ExitCode::Ok;
}

ExitCode KrbCommand::kinit(const QCommandLineParser &parser)
{
    KinitRequest request;
    request.principal = parser.positionalArguments().value(0);
    if (parser.isSet(kPasswordStdin) && parser.isSet(kKeytab)) {
        return usageError(tr("--password-stdin and --keytab exclude each other: the ticket comes "
                             "either from a password or from a keytab."));
    }
    if (parser.isSet(kCache) && parser.isSet(kNewCache))
        return usageError(tr("--cache and --new-cache exclude each other."));
    request.lifetime = parser.value(kLifetime);
    request.renewableLifetime = parser.value(kRenewable);
    request.forwardable = parser.isSet(kForwardable);
    request.proxiable = parser.isSet(kProxiable);
    if (parser.isSet(kCache)) {
        request.target = KinitRequest::Target::Named;
        request.cacheName = parser.value(kCache);
    } else if (parser.isSet(kNewCache)) {
        request.target = KinitRequest::Target::NewInCollection;
    }

    if (parser.isSet(kKeytab)) {
        request.source = KinitRequest::Source::Keytab;
        request.keytabPath = parser.value(kKeytab);
    } else {
        if (!parser.isSet(kPasswordStdin) && !PasswordReader::isTerminal(STDIN_FILENO)) {
            return usageError(tr("kinit needs the password on standard input (--password-stdin) "
                                 "or a keytab (--keytab PATH). A password is never taken from "
                                 "the command line."));
        }
        m_out.flush();
        m_err.flush();
        QString error;
        std::optional<QByteArray> password = PasswordReader::read(
            STDIN_FILENO, tr("Password for %1: ").arg(request.principal), &error);
        if (!password)
            return usageError(error);
        request.source = KinitRequest::Source::Password;
        request.password = std::move(*password);
    }

    const Result<ActionOutcome> result = await(m_backend.kinit(request));
    PasswordReader::wipe(request.password);
    return report(result, parser);
}

ExitCode KrbCommand::renew(const QCommandLineParser &parser)
{
    return report(await(m_backend.renew(parser.value(kCache))), parser);
}

ExitCode KrbCommand::destroy(const QCommandLineParser &parser)
{
    return report(await(m_backend.destroy(parser.value(kCache))), parser);
}

ExitCode KrbCommand::switchPrimary(const QCommandLineParser &parser)
{
    return report(await(m_backend.switchPrimary(parser.positionalArguments().value(0))), parser);
}

ExitCode KrbCommand::testKeytab(const QCommandLineParser &parser)
{
    return report(await(m_backend.testKeytab(parser.positionalArguments().value(0),
                                             parser.value(kPrincipal))),
                  parser);
}

namespace {
// Not every verb defines --trace (keytab, caches); isSet() on an undefined option prints a Qt
// warning, while optionNames() only lists what was given.
bool traceRequested(const QCommandLineParser &parser)
{
    return parser.optionNames().contains(kTrace);
}
} // namespace

ExitCode KrbCommand::report(const Result<ActionOutcome> &result, const QCommandLineParser &parser)
{
    if (!result)
        return fail(result.error(), parser);
    if (parser.isSet(kJson))
        printJson(result->toJson());
    else
        m_out << KrbReport::outcome(*result, traceRequested(parser));
    return ExitCode::Ok;
}

ExitCode KrbCommand::fail(const Error &error, const QCommandLineParser &parser)
{
    if (parser.isSet(kJson)) {
        printJson(QJsonObject{{QStringLiteral("error"), error.toJson()}});
    } else {
        m_err << QStringLiteral("portier-cli krb %1: ").arg(m_verb)
              << ErrorReport::describe(error, traceRequested(parser));
    }
    return exitCodeFor(error);
}

ExitCode KrbCommand::usageError(const QString &message)
{
    m_err << QStringLiteral("portier-cli krb %1: ").arg(m_verb) << message << '\n'
          << tr("See 'portier-cli krb %1 --help'.").arg(m_verb) << '\n';
    return ExitCode::Usage;
}

void KrbCommand::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace Portier::Cli
