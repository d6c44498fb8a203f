// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/exit_code.h"
#include "app/cli/verb_spec.h"
#include "backends/kerberos/kerberos_backend.h"

#include <QCoreApplication>
#include <QList>

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace Portier {
class BackendContext;
}

namespace Portier::Cli {

/// `portier-cli krb <verb>`: runs KerberosBackend's futures to completion (a command-line tool
/// has no event loop to keep responsive) and prints text or JSON.
class KrbCommand
{
    Q_DECLARE_TR_FUNCTIONS(KrbCommand)

public:
    KrbCommand(BackendContext &context, QTextStream &out, QTextStream &err);

    static QList<VerbSpec> verbs();

    /// @p spec is one of verbs(); @p parser has parsed its options and positional arguments.
    ExitCode run(const VerbSpec &spec, const QCommandLineParser &parser);

private:
    ExitCode caches(const QCommandLineParser &parser);
    ExitCode keytab(const QCommandLineParser &parser);
    ExitCode kinit(const QCommandLineParser &parser);
    ExitCode renew(const QCommandLineParser &parser);
    ExitCode destroy(const QCommandLineParser &parser);
    ExitCode switchPrimary(const QCommandLineParser &parser);
    ExitCode testKeytab(const QCommandLineParser &parser);

    /// Prints a finished action's outcome or error, as text or JSON, and returns the exit code.
    ExitCode report(const Result<ActionOutcome> &result, const QCommandLineParser &parser);
    ExitCode fail(const Error &error, const QCommandLineParser &parser);
    ExitCode usageError(const QString &message);
    void printJson(const QJsonObject &object);

    KerberosBackend m_backend;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_verb;
};

} // namespace Portier::Cli
