// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credential_cache_proxy_model.h"

#include "models/credential_cache_model.h"

#include <QDateTime>

namespace Portier {

namespace {

using ItemKind = CredentialCacheModel::ItemKind;

ItemKind kindOf(const QModelIndex &index)
{
    return index.data(CredentialCacheModel::ItemKindRole).value<ItemKind>();
}

} // namespace

CredentialCacheProxyModel::CredentialCacheProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CredentialCacheModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void CredentialCacheProxyModel::setShowConfiguration(bool show)
{
    if (show == m_showConfiguration)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateRowsFilter() re-evaluates rows only.
    m_showConfiguration = show;
    invalidateRowsFilter();
}

bool CredentialCacheProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The configuration group always ends its cache, whatever the order: in descending order
    // Qt places the "greatest" first, so the group must then compare as the smallest.
    const bool leftGroup = kindOf(left) == ItemKind::ConfigGroup;
    const bool rightGroup = kindOf(right) == ItemKind::ConfigGroup;
    if (leftGroup != rightGroup)
        return leftGroup ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;

    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType().id() == QMetaType::QDateTime || r.metaType().id() == QMetaType::QDateTime) {
        const QDateTime lt = l.toDateTime();
        const QDateTime rt = r.toDateTime();
        // No time (not renewable, a cache without TGT) sorts after every real time.
        if (lt.isValid() != rt.isValid())
            return lt.isValid();
        if (lt != rt)
            return lt < rt;
    } else if (l.metaType().id() == QMetaType::Int && r.metaType().id() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
    } else {
        const int c = QString::compare(l.toString(), r.toString(), sortCaseSensitivity());
        if (c != 0)
            return c < 0;
    }
    // Ties keep the model's order (libkrb5's order), so that the sort is stable.
    return left.row() < right.row();
}

bool CredentialCacheProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showConfiguration && index.data(CredentialCacheModel::IsConfigRole).toBool())
        return false;
    if (filterRegularExpression().pattern().isEmpty())
        return true;
    // A row matches by itself or through an ancestor (a matching cache keeps all its tickets);
    // recursive filtering adds the other direction (a matching ticket keeps its cache).
    // autoAcceptChildRows would bypass the configuration rule above, hence the walk here.
    for (QModelIndex row = index; row.isValid(); row = row.parent()) {
        for (int column :
             {int(CredentialCacheModel::NameColumn), int(CredentialCacheModel::PrincipalColumn)}) {
            if (row.siblingAtColumn(column).data().toString().contains(filterRegularExpression()))
                return true;
        }
    }
    return false;
}

} // namespace Portier
