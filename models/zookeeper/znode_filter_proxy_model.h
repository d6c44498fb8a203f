// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Portier {

/// Filters a ZnodeTreeModel by path over the nodes loaded so far: a node stays when its path
/// matches or when a loaded descendant's does (recursive filtering), so a match is always shown
/// with the way to it. The root row always stays. Nothing is fetched for the filter: finding
/// nodes that were never loaded is the full-tree search's job (ScanEngine).
///
/// No sorting: ZooKeeper's order (children sorted by name) is the model's order.
class ZnodeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Syntax
    {
        Substring, ///< case-insensitive substring of the path
        Regex,     ///< a regular expression (case-insensitive) searched in the path
    };
    Q_ENUM(Syntax)

    explicit ZnodeFilterProxyModel(QObject *parent = nullptr);

    /// An empty @p text shows every loaded node. Returns false (and keeps the previous filter)
    /// when @p syntax is Regex and @p text is not a valid expression; errorString() says why.
    bool setPathFilter(const QString &text, Syntax syntax = Syntax::Substring);
    QString pathFilter() const { return m_text; }
    Syntax syntax() const { return m_syntax; }
    bool isFiltering() const { return !m_text.isEmpty(); }
    QString errorString() const { return m_error; }

    /// Whether @p path matches the current filter (true when there is none).
    bool matches(const QString &path) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Syntax m_syntax = Syntax::Substring;
    QRegularExpression m_regex;
    QString m_error;
};

} // namespace Portier
