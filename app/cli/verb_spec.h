// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace Portier::Cli {

/// One `portier-cli <area> <verb>`: its arguments, options and help, declared in one place so
/// that parsing, --help and the overview cannot disagree.
struct VerbSpec
{
    QString area;      ///< "krb"
    QString verb;      ///< "kinit"
    QString arguments; ///< synopsis after the verb: "PRINCIPAL [--password-stdin | --keytab PATH]"
    QString summary;   ///< one line for the overview
    QString description; ///< a paragraph for --help
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    bool changesState = false; ///< refused when running as root through pkexec

    /// "krb kinit PRINCIPAL [...]"
    QString synopsis() const;
    /// Usage line, description and the options, wrapped for an 80-column terminal.
    QString helpText(const QString &programName) const;
};

} // namespace Portier::Cli
