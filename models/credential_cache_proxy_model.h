// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Portier {

/// Sorts a CredentialCacheModel by the raw values of its SortRole (times as QDateTime, status by
/// severity) rather than by the displayed text, keeps each cache's "Configuration" row after its
/// tickets in either order, and filters: configuration entries can be hidden, and a text filter
/// matches principals (a matching cache keeps all its rows, a matching ticket keeps its cache).
class CredentialCacheProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CredentialCacheProxyModel(QObject *parent = nullptr);

    bool showConfiguration() const { return m_showConfiguration; }
    void setShowConfiguration(bool show);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showConfiguration = true;
};

} // namespace Portier
