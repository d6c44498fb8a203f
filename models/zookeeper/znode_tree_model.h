// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"
#include "backends/zookeeper/znode_reply.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace Portier {

/// The znode tree of one session, loaded lazily: a single top-level row "/" and, below every
/// node, its children once somebody expands it (canFetchMore/fetchMore).
///
/// The model does no I/O. fetchMore() has the children fetcher called with the node's path on
/// the next event-loop turn (never inside a view's layout or a model signal, so an answer that
/// comes at once cannot change the model under anybody's feet); whoever
/// owns the session sends getChildren and hands the answer back with setChildren() or
/// setChildrenError(). Likewise the columns that need a node's stat and ACL (child count, data
/// size, ephemeral marker, ACL risk) are filled lazily: data() for a row whose details are
/// unknown queues the path, and the details fetcher is called for the queued paths on the next
/// event-loop turn, so only rows a view actually shows cost a request. Answers come back through
/// setDetails() / setStat() / setDetailsError().
///
/// Children arrive sorted by name and stay sorted (a node's row is found by binary search). A
/// large child list is inserted in batches of at least batchSize() rows, one per event-loop turn
/// (a zero timer), so a node with 300,000 children never freezes the window; loadProgress()
/// reports how far it got and childrenLoaded() when it is done.
///
/// Nodes the session may not read (NOAUTH) stay in the tree, locked (LockedRole, a lock icon and
/// the reason as tooltip); they never become an error that breaks the tree.
///
/// Refreshes update in place: a new child list is merged into the rows by name (inserts and
/// removals of runs, dataChanged for the rest), so persistent indexes — expansion and
/// selection — survive. Only clear() resets.
class ZnodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ChildrenColumn,
        DataSizeColumn,
        EphemeralColumn,
        AclColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        PathRole = Qt::UserRole + 1, ///< QString: absolute path of the node
        NameRole,                    ///< QString: the node's name ("/" for the root)
        SortRole,                    ///< raw value of the column (QString, int, qint64)
        HasStatRole,                 ///< bool: the node's stat is known
        StatRole,                    ///< ZnodeStat (QVariant::fromValue), when known
        HasAclRole,                  ///< bool: the node's ACL is known
        AclRole,                     ///< Acl (QVariant::fromValue), when known
        RiskRole,                    ///< int: AclSyntax::Risk, -1 when the ACL is unknown
        LockedRole,                  ///< bool: the session may not read the node (NOAUTH)
        LockReasonRole,              ///< QString: why it is locked, for people
        IsEphemeralRole,             ///< bool
        ChildStateRole,              ///< int: ChildState
        LoadedChildrenRole,          ///< int: rows inserted so far
        ExpectedChildrenRole,        ///< int: rows there will be once the batches are in
    };
    Q_ENUM(Roles)

    enum class ChildState
    {
        NotLoaded, ///< never fetched
        Loading,   ///< a fetch is under way (rows of an earlier fetch may be shown)
        Loaded,
        Stale,  ///< loaded, but a refresh happened while it was folded: fetch again on expand
        Denied, ///< getChildren answered NOAUTH
        Failed, ///< getChildren failed otherwise (connection loss): refresh() tries again
    };
    Q_ENUM(ChildState)

    using Fetcher = std::function<void(const QString &path)>;

    explicit ZnodeTreeModel(QObject *parent = nullptr);
    ~ZnodeTreeModel() override;

    /// Called by fetchMore() (and refresh()) with the path whose children are wanted.
    void setChildrenFetcher(Fetcher fetcher);
    /// Called with a path whose stat and ACL are wanted (a shown row without details).
    void setDetailsFetcher(Fetcher fetcher);

    /// Rows inserted per event-loop turn for a large child list (default 2,000; for a huge
    /// node a batch grows to an eighth of the rows already in, so that views lay it out fewer
    /// times).
    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }

    /// The children of @p path as getChildren returned them (names, and the node's own stat).
    void setChildren(const QString &path, const ZnodeChildren &children);
    /// getChildren failed: NOAUTH locks the node, NONODE removes it, anything else is reported
    /// by fetchFailed() and tried again by the next refresh() (never at once: no retry storm).
    void setChildrenError(const QString &path, const Error &error);
    /// getAcl's answer: the node's ACL and stat.
    void setDetails(const QString &path, const ZnodeAcl &acl);
    /// A fresher stat from elsewhere (getData, exists, setData).
    void setStat(const QString &path, const ZnodeStat &stat);
    /// getAcl failed: NOAUTH locks the node (its stat may still come through setStat()), NONODE
    /// removes it; other errors leave the details empty until the next refresh.
    void setDetailsError(const QString &path, const Error &error);

    /// Fetches the children of @p path now (also when they are loaded: an in-place refresh).
    void reloadChildren(const QString &path);
    /// Asks for the details of @p path now, whether a view shows the row or not.
    void requestDetails(const QString &path);
    /// Refresh that keeps what is shown: the children of @p activePaths (the expanded nodes)
    /// are fetched again now, every other loaded node is marked stale and fetched again when it
    /// is expanded next; all details are fetched again as their rows are shown.
    void refresh(const QStringList &activePaths);
    /// Forgets everything but the root row (full reload: resets the model).
    void clear();

    QModelIndex indexForPath(const QString &path, int column = NameColumn) const;
    static QString pathForIndex(const QModelIndex &index);
    /// Joins a parent path and a child name: ("/", "a") → "/a", ("/a", "b") → "/a/b".
    static QString childPath(const QString &parentPath, const QString &name);
    /// "/a/b" → "/a"; "/a" → "/"; "/" → "".
    static QString parentPath(const QString &path);

    /// True while any node has rows waiting to be inserted.
    bool isInserting() const { return !m_insertQueue.isEmpty(); }
    /// Rows still waiting to be inserted, over all nodes.
    qsizetype pendingRowCount() const;
    /// Paths whose children are known (Loaded, Loading with rows, Stale), in tree order.
    QStringList loadedPaths() const;
    std::optional<ZnodeStat> stat(const QString &path) const;
    std::optional<Acl> acl(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Batched insertion under @p path advanced: @p inserted of @p total rows are in.
    void loadProgress(const QString &path, int inserted, int total);
    /// Every child of @p path is in the model (after setChildren and any batches).
    void childrenLoaded(const QString &path);
    /// getChildren failed for another reason than NOAUTH/NONODE (connection loss, ...).
    void fetchFailed(const QString &path, const Portier::Error &error);

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    Node *findNode(const QString &path) const;
    QModelIndex indexFor(const Node *node, int column = NameColumn) const;
    static int rowOf(const Node *node);
    static QString pathOf(const Node *node);
    void fetchChildren(Node *node);
    /// Merges @p names into the rows; false when the rest is left to the batches.
    bool mergeChildren(Node *node, QStringList names);
    void appendRows(Node *node, qsizetype count);
    void removeChildRows(Node *node, int first, int last);
    void removeNode(Node *node);
    void emitRowChanged(Node *node);
    void updateHint(Node *node);
    void insertNextBatch();
    void flushDetailRequests();
    void flushFetchRequests();
    void wantDetails(Node *node) const;
    bool detailsKnown(const Node *node) const;
    QVariant nameData(const Node *node, int role) const;

    std::unique_ptr<Node> m_root; ///< invisible; its one child is the "/" row
    Fetcher m_childrenFetcher;
    Fetcher m_detailsFetcher;
    int m_batchSize = 2000;
    /// Bumped by refresh(): details older than this are fetched again when shown.
    quint32 m_generation = 1;
    QStringList m_insertQueue; ///< paths with rows waiting, oldest first
    QTimer m_batchTimer;
    /// How long a batch may take to insert, for its size (the view's layout comes on top).
    static constexpr int BatchTargetMs = 10;
    double m_rowsPerMs = 0;        ///< insertion speed of the last batches (0: not measured yet)
    QList<QStringList> m_released; ///< fully inserted name lists, freed on the next turn
    QTimer m_releaseTimer;
    QStringList m_fetchQueue; ///< paths whose children the fetcher is asked for next turn
    QTimer m_fetchTimer;
    mutable QStringList m_detailQueue;
    mutable QTimer m_detailTimer;
    struct Icons
    {
        QIcon node;
        QIcon locked;
        QIcon ephemeral;
        std::array<QIcon, 4> risk; ///< by AclSyntax::Risk
    } m_icons;
};

} // namespace Portier
