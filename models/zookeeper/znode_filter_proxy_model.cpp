// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/zookeeper/znode_filter_proxy_model.h"

#include "models/zookeeper/znode_tree_model.h"

namespace Portier {

ZnodeFilterProxyModel::ZnodeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterRole(ZnodeTreeModel::PathRole);
    setDynamicSortFilter(true);
}

bool ZnodeFilterProxyModel::setPathFilter(const QString &text, Syntax syntax)
{
    if (text == m_text && syntax == m_syntax)
        return true;
    QRegularExpression regex;
    if (!text.isEmpty()) {
        const QString pattern = syntax == Syntax::Regex ? text : QRegularExpression::escape(text);
        regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
        if (!regex.isValid()) {
            m_error = tr("Not a valid regular expression: %1 (at position %2)")
                          .arg(regex.errorString())
                          .arg(regex.patternErrorOffset());
            return false;
        }
    }
    m_error.clear();
    m_text = text;
    m_syntax = syntax;
    m_regex = regex;
    invalidateRowsFilter();
    return true;
}

bool ZnodeFilterProxyModel::matches(const QString &path) const
{
    return m_text.isEmpty() || m_regex.match(path).hasMatch();
}

bool ZnodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The fast path matters: a batch of a 300,000-child node passes through here row by row.
    if (m_text.isEmpty() || !sourceParent.isValid())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matches(index.data(ZnodeTreeModel::PathRole).toString());
}

} // namespace Portier
