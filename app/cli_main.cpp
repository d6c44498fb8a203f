// SPDX-License-Identifier: GPL-3.0-or-later
// portier-cli: QCoreApplication only, so that it runs on a server with no display and no Gui or
// Widgets libraries loaded, and through pkexec for read-only privileged collection.
#include "app/cli/cli_application.h"
#include "backends/core/backend_context.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>

namespace {

/// --json (or -json: verbs parse single-dash words as long options) asks for the documents the
/// console and diagnostic bundles use; they stay in English, messages included, whatever the
/// locale, so that what scripts and bundles read does not depend on who ran the command.
bool wantsJson(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("--json")) ||
           arguments.contains(QLatin1String("-json"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portier-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTIER_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("portier.org"));

    // Text output in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the console:
    // Qt's own strings when the system has them, then Portier's, compiled in under :/i18n/.
    QTranslator qtTranslator;
    QTranslator portierTranslator;
    if (!wantsJson(QCoreApplication::arguments())) {
        const QLocale locale = QLocale::system();
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        if (portierTranslator.load(locale, QStringLiteral("portier"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&portierTranslator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    QThreadPool pool;
    pool.setMaxThreadCount(Portier::BackendContext::recommendedThreadCount());
    int exitCode = 0;
    {
        Portier::BackendContext context(&pool);
        Portier::Cli::CliApplication cli(context, out, err);
        exitCode = cli.run(QCoreApplication::arguments());
        context.shutdown();
    }
    out.flush();
    err.flush();
    return exitCode;
}
