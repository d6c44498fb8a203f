// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/verb_spec.h"

#include <QCoreApplication>
#include <QStringList>

namespace Portier::Cli {

namespace {

constexpr qsizetype wrapWidth = 79;

/// Breaks @p text into lines of at most wrapWidth columns, each prefixed with @p indent.
QString wrap(const QString &text, qsizetype indent, qsizetype firstColumn)
{
    QString out;
    qsizetype column = firstColumn;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > wrapWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QLatin1Char(' ') + option.valueName();
    return syntax;
}

} // namespace

QString VerbSpec::synopsis() const
{
    QString text = area + QLatin1Char(' ') + verb;
    if (!arguments.isEmpty())
        text += QLatin1Char(' ') + arguments;
    return text;
}

QString VerbSpec::helpText(const QString &programName) const
{
    QString text =
        QCoreApplication::translate("VerbSpec", "Usage: %1 %2").arg(programName, synopsis()) +
        QStringLiteral("\n\n");
    text += wrap(description, 0, 0) + QStringLiteral("\n\n") +
            QCoreApplication::translate("VerbSpec", "Options:") + QLatin1Char('\n');

    QList<QCommandLineOption> all = options;
    all.append(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("VerbSpec", "Show this help.")));
    qsizetype syntaxWidth = 0;
    for (const QCommandLineOption &option : all)
        syntaxWidth = std::max(syntaxWidth, optionSyntax(option).size());
    const qsizetype descriptionColumn = 2 + syntaxWidth + 2;
    for (const QCommandLineOption &option : all) {
        text += QStringLiteral("  ") + optionSyntax(option).leftJustified(syntaxWidth + 2) +
                wrap(option.description(), descriptionColumn, descriptionColumn) +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace Portier::Cli
