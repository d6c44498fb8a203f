// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/znode_stat.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace Portier {

/// Every field of a znode's Stat as a table of fixed rows (field, value, what it means): zxids
/// and the ephemeral owner in hex as zkCli prints them, times human-readable with their age.
/// setStat() changes values in place (dataChanged); the rows never change.
class ZnodeStatModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        ValueColumn,
        MeaningColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Field
    {
        Czxid,
        Mzxid,
        Pzxid,
        Ctime,
        Mtime,
        Version,
        Cversion,
        Aversion,
        EphemeralOwner,
        DataLength,
        NumChildren,
        FieldCount
    };
    Q_ENUM(Field)

    enum Roles
    {
        RawValueRole = Qt::UserRole + 1, ///< qint64: the field's number as the server sent it
        FieldNameRole,                   ///< QString: zkCli's field name ("czxid", ...)
    };
    Q_ENUM(Roles)

    explicit ZnodeStatModel(QObject *parent = nullptr);

    /// std::nullopt empties the values (no node selected, or the stat is unknown).
    void setStat(const std::optional<ZnodeStat> &stat);
    const std::optional<ZnodeStat> &stat() const { return m_stat; }
    /// The session id of the connection, so that its own ephemeral nodes say so.
    void setOwnSessionId(qint64 sessionId);
    /// Ages ("3 h ago") are measured against this; invalid (default): the current time.
    void setReferenceTime(const QDateTime &now);

    /// zkCli's name of a field: "czxid", "ephemeralOwner", ...
    static QString fieldName(Field field);
    /// "17 bytes", "1.5 KiB (1,536 bytes)".
    static QString sizeText(qint64 bytes);
    /// The value as the Value column shows it; empty when there is no stat.
    QString valueText(Field field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static qint64 rawValue(const ZnodeStat &stat, Field field);
    static QString meaning(Field field);
    QDateTime now() const;

    std::optional<ZnodeStat> m_stat;
    qint64 m_ownSessionId = 0;
    QDateTime m_referenceTime;
};

} // namespace Portier
