// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/log_excerpt.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace Portier {

/// Evidence as a tree: one row per excerpt (its source, line range and time span), its lines
/// below with their line numbers. Lines the excerpt marks as highlighted, and lines a diagnosis
/// matched, carry a background colour and IsHighlightedRole.
class LogExcerptModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineNumberColumn,
        TextColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        IsHighlightedRole = Qt::UserRole + 1, ///< bool
        IsExcerptRole,                        ///< bool: an excerpt header row
        SourceRole,                           ///< QString: the excerpt's source
        LineNumberRole,                       ///< int: 1-based line in the source, 0 if unknown
    };
    Q_ENUM(Roles)

    explicit LogExcerptModel(QObject *parent = nullptr);

    /// Shows @p excerpts; lines equal to one of @p matchedLines are highlighted too. Evidence of
    /// a new result replaces the old one, so this resets the model.
    void setExcerpts(const QList<LogExcerpt> &excerpts, const QStringList &matchedLines = {});
    void clear();
    const QList<LogExcerpt> &excerpts() const { return m_excerpts; }

    int highlightedLineCount() const;
    /// Plain text of the excerpt lines under @p indexes (or of the whole excerpt for a header).
    QString textFor(const QModelIndexList &indexes) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool isHighlighted(int excerpt, int line) const;
    QString headerText(const LogExcerpt &excerpt) const;

    QList<LogExcerpt> m_excerpts;
    QStringList m_matchedLines;
};

} // namespace Portier
