// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_application.h"

#include "app/cli/exit_code.h"
#include "app/cli/krb_command.h"
#include "app/cli/zk_command.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <unistd.h>

namespace Portier::Cli {

namespace {

constexpr QLatin1StringView kProgram("portier-cli");

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
           argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

/// The areas this version has verbs for, in the order of the overview.
QStringList availableAreas()
{
    return {QStringLiteral("krb"), QStringLiteral("zk")};
}

QString areaTitle(const QString &area)
{
    if (area == QLatin1String("krb"))
        return CliApplication::tr("Kerberos (krb):");
    if (area == QLatin1String("zk"))
        return CliApplication::tr("ZooKeeper (zk):");
    return area + QLatin1Char(':');
}

} // namespace

CliApplication::CliApplication(BackendContext &context, QTextStream &out, QTextStream &err)
    : m_context(context)
    , m_out(out)
    , m_err(err)
    , m_verbs(KrbCommand::verbs() + ZkCommand::verbs())
{}

QStringList CliApplication::plannedAreas()
{
    return {QStringLiteral("vault"), QStringLiteral("ad"), QStringLiteral("bundle")};
}

bool CliApplication::runningUnderPkexec()
{
    return ::geteuid() == 0 && qEnvironmentVariableIsSet("PKEXEC_UID");
}

QString CliApplication::usageText() const
{
    QString text = tr("Usage: %1 <area> <verb> [options]").arg(kProgram) + QStringLiteral("\n\n");
    text +=
        tr("Portier on the command line: the same state and explanations as the console, as\n"
           "text for people or, with --json, as the JSON documents the console and diagnostic\n"
           "bundles use. Passwords are read from standard input, never from the command line.") +
        QStringLiteral("\n\n");

    const QStringList areas = availableAreas();
    for (const QString &area : areas) {
        text += areaTitle(area) + QLatin1Char('\n');
        for (const VerbSpec &spec : m_verbs) {
            if (spec.area != area)
                continue;
            text += QStringLiteral("  ") + spec.synopsis() + QLatin1Char('\n') +
                    QStringLiteral("      ") + spec.summary + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    text += tr("ZooKeeper verbs connect with --server CONNECT_STRING and authenticate with\n"
               "--digest USER (the password on standard input) or --sasl (the current Kerberos\n"
               "cache).") +
            QStringLiteral("\n\n");
    text += tr("Not available yet: %1.").arg(plannedAreas().join(QStringLiteral(", "))) +
            QStringLiteral("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  -h, --help     ") +
            tr("Show this help; '%1 krb kinit --help' shows a verb's options.").arg(kProgram) +
            QLatin1Char('\n');
    text += QStringLiteral("  -v, --version  ") + tr("Show the version.") + QStringLiteral("\n\n");
    text += tr("Exit codes: 0 success; 1 the check or command found problems or failed; 2 usage "
               "error;\n3 could not connect to or authenticate with the server.") +
            QLatin1Char('\n');
    return text;
}

int CliApplication::usageError(const QString &message, const QString &helpCommand)
{
    m_err << kProgram << QStringLiteral(": ") << message << '\n'
          << tr("See '%1'.").arg(helpCommand) << '\n';
    return toInt(ExitCode::Usage);
}

int CliApplication::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << usageText();
        return toInt(ExitCode::Usage);
    }
    const QString &area = args.first();
    if (isHelp(area)) {
        m_out << usageText();
        return toInt(ExitCode::Ok);
    }
    if (isVersion(area)) {
        m_out << kProgram << ' ' << QStringLiteral(PORTIER_VERSION) << '\n';
        return toInt(ExitCode::Ok);
    }
    const QString overviewHelp = kProgram + QStringLiteral(" --help");
    if (plannedAreas().contains(area)) {
        QStringList quoted;
        const QStringList areas = availableAreas();
        for (const QString &available : areas)
            quoted.append(QLatin1Char('\'') + available + QLatin1Char('\''));
        return usageError(tr("the '%1' area is not available yet; this version has %2.")
                              .arg(area, quoted.join(QStringLiteral(", "))),
                          overviewHelp);
    }
    if (!availableAreas().contains(area)) {
        const QString message = area.startsWith(QLatin1Char('-'))
                                    ? tr("unknown option '%1'.").arg(area)
                                    : tr("unknown area '%1'.").arg(area);
        return usageError(message, overviewHelp);
    }
    if (args.size() < 2)
        return usageError(tr("'%1' needs a verb.").arg(area), overviewHelp);
    if (isHelp(args.at(1))) {
        m_out << usageText();
        return toInt(ExitCode::Ok);
    }

    const QString &verb = args.at(1);
    const auto spec = std::find_if(m_verbs.cbegin(), m_verbs.cend(), [&](const VerbSpec &s) {
        return s.area == area && s.verb == verb;
    });
    if (spec == m_verbs.cend())
        return usageError(tr("unknown verb '%1 %2'.").arg(area, verb), overviewHelp);

    const QString verbHelp = QStringLiteral("%1 %2 %3 --help").arg(kProgram, area, verb);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOption(help);
    parser.addOptions(spec->options);
    if (!parser.parse(QStringList{kProgram} + args.mid(2)))
        return usageError(
            area + QLatin1Char(' ') + verb + QStringLiteral(": ") + parser.errorText(), verbHelp);
    if (parser.isSet(help)) {
        m_out << spec->helpText(kProgram);
        return toInt(ExitCode::Ok);
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < spec->minPositional || positional > spec->maxPositional) {
        const QString message =
            positional < spec->minPositional
                ? tr("missing argument: %1").arg(spec->synopsis())
                : tr("unexpected argument '%1'.")
                      .arg(parser.positionalArguments().at(spec->maxPositional));
        return usageError(area + QLatin1Char(' ') + verb + QStringLiteral(": ") + message,
                          verbHelp);
    }
    if (spec->changesState && runningUnderPkexec()) {
        if (area == QLatin1String("zk")) {
            return usageError(
                tr("'%1 %2' changes state and is refused through pkexec: as root, portier-cli "
                   "only collects (zk tree, getacl, audit, snapshot, diff, 4lw). Run it as a "
                   "user with the ZooKeeper credentials it needs.")
                    .arg(area, verb),
                overviewHelp);
        }
        return usageError(tr("'%1 %2' changes state and is refused through pkexec: as root, "
                             "portier-cli only collects (caches, keytab, test-keytab). Run it as "
                             "the user whose tickets it concerns.")
                              .arg(area, verb),
                          overviewHelp);
    }

    if (area == QLatin1String("zk")) {
        ZkCommand command(m_context, m_out, m_err);
        return toInt(command.run(*spec, parser));
    }
    KrbCommand command(m_context, m_out, m_err);
    return toInt(command.run(*spec, parser));
}

} // namespace Portier::Cli
