// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Portier::Cli {

/// Left-aligned columns for the human output, like klist's: a header, rows, and under each row
/// optional detail lines (enctypes, warnings) that do not take part in the column widths.
class TextTable
{
public:
    explicit TextTable(QStringList header = {});

    void addRow(QStringList cells, QStringList details = {});
    bool isEmpty() const { return m_rows.isEmpty(); }

    /// Every line starts with @p indent spaces and ends with '\n'; the last column is not padded.
    QString render(int indent = 2) const;

private:
    struct Row
    {
        QStringList cells;
        QStringList details;
    };
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace Portier::Cli
