// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Portier {
struct Diagnosis;
struct Error;
struct LogExcerpt;
struct Warning;
} // namespace Portier

namespace Portier::Cli {

/// Text for people: a failure with what to do next, the known problems that matched and,
/// when asked for, the evidence. Shared by every area of portier-cli.
class ErrorReport
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReport)

public:
    /// The whole failure; @p withEvidence adds the evidence lines (--trace), otherwise a note
    /// says how many lines there are and how to see them.
    static QString describe(const Error &error, bool withEvidence);

    /// "Known problem: ..." blocks, indented by @p indent.
    static QString diagnoses(const QList<Diagnosis> &diagnoses, int indent);

    /// An excerpt's heading and its lines, highlighted ones marked with '>'.
    static QString excerpt(const LogExcerpt &excerpt, int indent);

    /// "warning: <message> [code]"
    static QString warningLine(const Warning &warning);
};

} // namespace Portier::Cli
