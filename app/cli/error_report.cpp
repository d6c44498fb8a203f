// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/error_report.h"

#include "backends/core/diagnosis.h"
#include "backends/core/error.h"
#include "backends/core/log_excerpt.h"
#include "backends/core/warning.h"

#include <algorithm>

namespace Portier::Cli {

namespace {

QString spaces(int count)
{
    return QString(count, QLatin1Char(' '));
}

QString timeOfDay(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

QString ErrorReport::describe(const Error &error, bool withEvidence)
{
    QString text = error.message + QLatin1Char('\n');
    if (!error.detail.isEmpty() && error.detail != error.message)
        text += spaces(2) + tr("Library message: %1").arg(error.detail) + QLatin1Char('\n');
    QString code = error.codeName();
    if (error.libraryCode != 0)
        code += QStringLiteral(" (%1)").arg(error.libraryCode);
    text += spaces(2) + tr("Error code: %1").arg(code) + QLatin1Char('\n');
    if (!error.hint.isEmpty())
        text += spaces(2) + tr("What to do: %1").arg(error.hint) + QLatin1Char('\n');
    text += diagnoses(error.diagnoses, 2);

    qsizetype evidenceLines = 0;
    for (const LogExcerpt &e : error.evidence)
        evidenceLines += e.lines.size();
    if (withEvidence) {
        for (const LogExcerpt &e : error.evidence)
            text += excerpt(e, 2);
    } else if (evidenceLines > 0) {
        text += spaces(2) +
                tr("%n line(s) of evidence; run again with --trace to see them.", nullptr,
                   int(evidenceLines)) +
                QLatin1Char('\n');
    }
    return text;
}

QString ErrorReport::diagnoses(const QList<Diagnosis> &diagnoses, int indent)
{
    QString text;
    for (const Diagnosis &d : diagnoses) {
        text +=
            spaces(indent) + tr("Known problem: %1 [%2]").arg(d.title, d.id) + QLatin1Char('\n');
        if (!d.cause.isEmpty())
            text += spaces(indent + 2) + tr("Cause: %1").arg(d.cause) + QLatin1Char('\n');
        if (!d.fix.isEmpty())
            text += spaces(indent + 2) + tr("Fix: %1").arg(d.fix) + QLatin1Char('\n');
        if (!d.reference.isEmpty())
            text += spaces(indent + 2) + tr("See: %1").arg(d.reference) + QLatin1Char('\n');
        // A client that retries logs the same failure once per attempt; three lines show the
        // pattern, the rest are marked with '>' in the evidence.
        constexpr qsizetype shownLines = 3;
        for (qsizetype i = 0; i < std::min(shownLines, d.matchedLines.size()); ++i)
            text += spaces(indent + 2) + tr("Matched: %1").arg(d.matchedLines.at(i)) +
                    QLatin1Char('\n');
        if (d.matchedLines.size() > shownLines)
            text += spaces(indent + 2) +
                    tr("… and %n more matching line(s)", nullptr,
                       int(d.matchedLines.size() - shownLines)) +
                    QLatin1Char('\n');
    }
    return text;
}

QString ErrorReport::excerpt(const LogExcerpt &excerpt, int indent)
{
    if (excerpt.isEmpty())
        return {};
    QString heading = tr("Evidence from %1").arg(excerpt.source);
    if (excerpt.firstLine > 0)
        heading +=
            QLatin1Char(' ') + tr("(lines %1-%2)").arg(excerpt.firstLine).arg(excerpt.lastLine());
    if (excerpt.startTime.isValid() && excerpt.endTime.isValid())
        heading +=
            QLatin1Char(' ') +
            tr("between %1 and %2").arg(timeOfDay(excerpt.startTime), timeOfDay(excerpt.endTime));
    QString text = spaces(indent) + heading + QStringLiteral(":\n");
    for (qsizetype i = 0; i < excerpt.lines.size(); ++i) {
        const QLatin1Char marker(excerpt.isHighlighted(int(i)) ? '>' : ' ');
        text +=
            spaces(indent + 2) + marker + QLatin1Char(' ') + excerpt.lines[i] + QLatin1Char('\n');
    }
    return text;
}

QString ErrorReport::warningLine(const Warning &warning)
{
    QString severity;
    switch (warning.severity) {
    case Warning::Severity::Info:
        severity = tr("note");
        break;
    case Warning::Severity::Warning:
        severity = tr("warning");
        break;
    case Warning::Severity::Critical:
        severity = tr("critical");
        break;
    }
    return QStringLiteral("%1: %2 [%3]").arg(severity, warning.message, warning.code);
}

} // namespace Portier::Cli
