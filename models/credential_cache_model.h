// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/kerberos/credential_cache.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <memory>

namespace Portier {

/// The credential cache collection as a tree: caches at the top, their tickets below, and the
/// cache configuration entries (X-CACHECONF:) under a "Configuration" row of their own so that
/// they stay apart from real tickets.
///
/// setCollection() updates in place: caches are matched by name and credentials by
/// Credential::key(), so a refresh inserts, removes, moves and changes rows and keeps persistent
/// indexes (expansion, selection) alive. Only reload() resets.
///
/// Relative times ("in 9 h", "expired 2 h ago") are computed against referenceTime(); call
/// refreshTimes() periodically so that they move on without a reload.
class CredentialCacheModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,      ///< cache name / server principal / configuration key
        PrincipalColumn, ///< default principal / client principal / configuration value
        StartColumn,
        EndColumn,
        RenewTillColumn,
        FlagsColumn,
        EnctypesColumn, ///< session key / ticket enctypes
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class ItemKind
    {
        Cache,
        Ticket,
        ConfigGroup,
        ConfigEntry
    };
    Q_ENUM(ItemKind)

    enum Roles
    {
        CacheNameRole = Qt::UserRole + 1, ///< QString: the cache a row belongs to
        CredentialKeyRole,                ///< QString: Credential::key(), empty for other rows
        SortRole,         ///< raw value of the column: QString, QDateTime, int (status level)
        WarningsRole,     ///< QList<Warning> of the row (cache or credential)
        WarningCodesRole, ///< QStringList: codes of WarningsRole
        IsPrimaryRole,    ///< bool: the row is (or belongs to) the collection's primary cache
        IsConfigRole,     ///< bool: a configuration group or entry
        ItemKindRole,     ///< ItemKind
        CredentialRole,   ///< Credential, for Ticket and ConfigEntry rows
        CacheRole,        ///< CredentialCache, for every row (the cache the row belongs to)
        StatusLevelRole,  ///< int: StatusPalette::Level of the row
        IsExpiredRole,    ///< bool: the ticket (or the cache's TGT) has expired
        StartTimeRole,    ///< QDateTime
        EndTimeRole,      ///< QDateTime
        RenewTillRole,    ///< QDateTime, invalid when not renewable
    };
    Q_ENUM(Roles)

    explicit CredentialCacheModel(QObject *parent = nullptr);
    ~CredentialCacheModel() override;

    /// Brings the model to @p collection in place (see the class comment).
    void setCollection(const CacheCollection &collection);
    /// Full reload: resets the model. For an explicit "reload everything" only.
    void reload(const CacheCollection &collection);
    const CacheCollection &collection() const { return m_collection; }

    /// The time relative texts and expiry are measured against. Invalid (the default): the
    /// current time on every call. Tests pin it.
    void setReferenceTime(const QDateTime &now);
    QDateTime referenceTime() const;
    /// Emits dataChanged for the time-dependent columns of every row (relative times, expiry).
    void refreshTimes();

    QModelIndex indexForCache(const QString &cacheName, int column = NameColumn) const;
    /// @p key is Credential::key(); the first credential with that key in the cache.
    QModelIndex indexForCredential(const QString &cacheName, const QString &key,
                                   int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    std::unique_ptr<Node> buildRoot(const CacheCollection &collection) const;
    std::unique_ptr<Node> buildCache(const CredentialCache &cache) const;
    void syncNode(Node *node, const QModelIndex &index, Node *fresh);
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = NameColumn) const;
    void emitTimesChanged(const Node *parent, const QModelIndex &parentIndex);

    QVariant cacheData(const CredentialCache &cache, int column, int role) const;
    QVariant ticketData(const Credential &credential, int column, int role) const;
    QVariant configGroupData(int entryCount, int column, int role) const;
    QVariant configEntryData(const Credential &credential, int column, int role) const;

    CacheCollection m_collection;
    std::unique_ptr<Node> m_root;
    QDateTime m_referenceTime;
};

} // namespace Portier
