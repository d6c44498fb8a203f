// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/kerberos/keytab_listing.h"

#include <QAbstractTableModel>

namespace Portier {

/// The entries of one keytab (metadata only: keys are never read). Warnings (old kvno, weak
/// enctype, duplicate entry) colour the row and explain themselves in tooltips.
///
/// setListing() for the same keytab path updates rows in place (matched by principal, kvno and
/// enctype); a different path is a new document and resets the model.
class KeytabModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PrincipalColumn,
        KvnoColumn,
        EnctypeColumn,
        TimestampColumn,
        WarningsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        SortRole = Qt::UserRole + 1, ///< raw value: QString, int (kvno), QDateTime, int (level)
        EntryKeyRole,                ///< QString: principal, kvno and enctype id
        WarningsRole,                ///< QList<Warning>
        WarningCodesRole,            ///< QStringList
        StatusLevelRole,             ///< int: StatusPalette::Level
        EntryRole,                   ///< KeytabEntry
        PrincipalRole,               ///< QString
    };
    Q_ENUM(Roles)

    explicit KeytabModel(QObject *parent = nullptr);

    void setListing(const KeytabListing &listing);
    void clear();
    const KeytabListing &listing() const { return m_listing; }
    bool isEmpty() const { return m_listing.path.isEmpty() && m_listing.entries.isEmpty(); }

    /// Stable identity of an entry within a keytab.
    static QString entryKey(const KeytabEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QStringList rowKeys(const QList<KeytabEntry> &entries) const;

    KeytabListing m_listing;
};

} // namespace Portier
