// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <utility>

namespace Portier {

/// A read-only table over a list of value types, one row per value, reset as a whole (plan
/// items, apply failures, audit findings, snapshot changes). Subclasses only say what a cell
/// and a column header show.
template<typename T>
class ValueListModel : public QAbstractTableModel
{
public:
    explicit ValueListModel(int columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    void setItems(QList<T> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    const QList<T> &items() const { return m_items; }
    /// The value of @p row, or nullptr when out of range.
    const T *item(int row) const
    {
        return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_items.at(index.row()), index, role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns)
            return {};
        return columnHeader(section);
    }

protected:
    virtual QVariant cellData(const T &item, const QModelIndex &index, int role) const = 0;
    virtual QString columnHeader(int column) const = 0;

    QList<T> m_items;

private:
    int m_columns;
};

} // namespace Portier
