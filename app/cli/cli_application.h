// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/verb_spec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTextStream;

namespace Portier {
class BackendContext;
}

namespace Portier::Cli {

/// `portier-cli <area> <verb> [options]`: finds the verb, parses its options, enforces the
/// pkexec rule and hands over to the area's command. Returns the process exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(BackendContext &context, QTextStream &out, QTextStream &err);

    /// @p arguments as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

    /// The overview printed by --help and on a usage error without a verb.
    QString usageText() const;

    /// Areas DESIGN.md names that have no verbs yet.
    static QStringList plannedAreas();

    /// True when running as root through pkexec, where only verbs that change nothing may run.
    static bool runningUnderPkexec();

private:
    int usageError(const QString &message, const QString &helpCommand);

    BackendContext &m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    QList<VerbSpec> m_verbs;
};

} // namespace Portier::Cli
