// SPDX-License-Identifier: GPL-3.0-or-later
// portier-cli: QCoreApplication only, so that it runs on a server with no display and no Gui or
// Widgets libraries loaded, and through pkexec for read-only privileged collection.
#include "app/cli/cli_application.h"
#include "backends/core/backend_context.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThreadPool>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portier-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTIER_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("portier.org"));

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
