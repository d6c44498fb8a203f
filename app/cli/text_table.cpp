// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/text_table.h"

#include <algorithm>

namespace Portier::Cli {

namespace {

constexpr int columnGap = 2;
constexpr int detailIndent = 4;

QString renderLine(const QStringList &cells, const QList<qsizetype> &widths, const QString &indent)
{
    QString line = indent;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i + 1 == cells.size();
        line += last ? cells[i] : cells[i].leftJustified(widths[i] + columnGap);
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells, QStringList details)
{
    m_rows.append(Row{std::move(cells), std::move(details)});
}

QString TextTable::render(int indent) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto widen = [&widths](const QStringList &cells) {
        if (widths.size() < cells.size())
            widths.resize(cells.size(), 0);
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    widen(m_header);
    for (const Row &row : m_rows)
        widen(row.cells);

    const QString prefix(indent, QLatin1Char(' '));
    const QString detailPrefix(indent + detailIndent, QLatin1Char(' '));
    QString text;
    if (!m_header.isEmpty())
        text += renderLine(m_header, widths, prefix);
    for (const Row &row : m_rows) {
        text += renderLine(row.cells, widths, prefix);
        for (const QString &detail : row.details)
            text += detailPrefix + detail + QLatin1Char('\n');
    }
    return text;
}

} // namespace Portier::Cli
