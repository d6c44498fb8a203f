// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/zookeeper/znode_tree_model.h"

#include "backends/zookeeper/acl_syntax.h"
#include "models/status_palette.h"
#include "models/zookeeper/znode_stat_model.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Portier {

struct ZnodeTreeModel::Node
{
    QString name;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children; ///< sorted by name
    /// Per child, what a view asks of every row when it lays out (HintHasChildren,
    /// HintCanFetch): kept beside the rows so that a layout of 300,000 rows does not visit
    /// 300,000 nodes scattered over the heap.
    std::vector<quint8> hints;
    /// Names still to be inserted after the last row (sorted, all greater than it).
    QStringList pending;
    qsizetype pendingPos = 0;
    ChildState childState = ChildState::NotLoaded;
    bool hasStat = false;
    bool hasAcl = false;
    bool deniedDetails = false; ///< getAcl answered NOAUTH
    /// m_generation when the details were last answered (0: never).
    quint32 detailsGeneration = 0;
    /// m_generation when the details were last asked for (0: never).
    quint32 requestedGeneration = 0;
    ZnodeStat stat;
    Acl acl;
    QString lockReason;

    qsizetype pendingCount() const { return pending.size() - pendingPos; }
    bool locked() const { return childState == ChildState::Denied || deniedDetails; }
};

namespace {

enum Hint : quint8
{
    HintHasChildren = 1,
    HintCanFetch = 2,
    /// A node nobody asked about yet: it may have children, and fetching them is possible.
    HintFresh = HintHasChildren | HintCanFetch,
};

/// Orders a node (any pointer-like to Node) before a name: for the binary searches over rows.
constexpr auto nodeNameLess = [](const auto &node, const QString &name) {
    return node->name < name;
};

StatusPalette::Level riskLevel(AclSyntax::Risk risk)
{
    switch (risk) {
    case AclSyntax::Risk::Restricted:
        return StatusPalette::Level::Ok;
    case AclSyntax::Risk::WorldReadable:
        return StatusPalette::Level::Info;
    case AclSyntax::Risk::WorldWritable:
        return StatusPalette::Level::Warning;
    case AclSyntax::Risk::WorldAdmin:
        return StatusPalette::Level::Critical;
    }
    return StatusPalette::Level::Ok;
}

QString riskText(AclSyntax::Risk risk)
{
    switch (risk) {
    case AclSyntax::Risk::Restricted:
        return ZnodeTreeModel::tr("restricted");
    case AclSyntax::Risk::WorldReadable:
        return ZnodeTreeModel::tr("world-readable");
    case AclSyntax::Risk::WorldWritable:
        return ZnodeTreeModel::tr("world-writable");
    case AclSyntax::Risk::WorldAdmin:
        return ZnodeTreeModel::tr("world-admin");
    }
    return {};
}

QString riskExplanation(AclSyntax::Risk risk)
{
    switch (risk) {
    case AclSyntax::Risk::Restricted:
        return ZnodeTreeModel::tr("No world:anyone entry: only the listed identities have access.");
    case AclSyntax::Risk::WorldReadable:
        return ZnodeTreeModel::tr("Anyone who can reach the server may read this node.");
    case AclSyntax::Risk::WorldWritable:
        return ZnodeTreeModel::tr(
            "Anyone who can reach the server may change, create below or delete this node.");
    case AclSyntax::Risk::WorldAdmin:
        return ZnodeTreeModel::tr(
            "Anyone who can reach the server may change this node's ACL and lock everybody out.");
    }
    return {};
}

/// Sorted and without repeats, the invariant the rows rely on (rows are found by binary search).
void normaliseNames(QStringList &names)
{
    // Checked read-only first, in one pass: the list is shared with the reply, and sorting or
    // removing would copy all 300,000 names of a large node.
    const auto notIncreasing = [](const QString &a, const QString &b) { return !(a < b); };
    if (std::adjacent_find(names.cbegin(), names.cend(), notIncreasing) == names.cend())
        return;
    std::sort(names.begin(), names.end());
    names.resize(std::distance(names.begin(), std::unique(names.begin(), names.end())));
}

} // namespace

ZnodeTreeModel::ZnodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    clear();
    // Made once: data() runs for every painted cell.
    m_icons.node = QIcon(QStringLiteral(":/icons/zk-node.svg"));
    m_icons.locked = QIcon(QStringLiteral(":/icons/zk-node-locked.svg"));
    m_icons.ephemeral = QIcon(QStringLiteral(":/icons/zk-node-ephemeral.svg"));
    m_icons.risk = {QIcon(QStringLiteral(":/icons/status-ok.svg")),
                    StatusPalette::icon(riskLevel(AclSyntax::Risk::WorldReadable)),
                    StatusPalette::icon(riskLevel(AclSyntax::Risk::WorldWritable)),
                    StatusPalette::icon(riskLevel(AclSyntax::Risk::WorldAdmin))};
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &ZnodeTreeModel::insertNextBatch);
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(0);
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] { m_released.clear(); });
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, &ZnodeTreeModel::flushFetchRequests);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(0);
    connect(&m_detailTimer, &QTimer::timeout, this, &ZnodeTreeModel::flushDetailRequests);
}

ZnodeTreeModel::~ZnodeTreeModel() = default;

void ZnodeTreeModel::setChildrenFetcher(Fetcher fetcher)
{
    m_childrenFetcher = std::move(fetcher);
}

void ZnodeTreeModel::setDetailsFetcher(Fetcher fetcher)
{
    m_detailsFetcher = std::move(fetcher);
}

void ZnodeTreeModel::setBatchSize(int rows)
{
    m_batchSize = std::max(1, rows);
}

void ZnodeTreeModel::clear()
{
    const bool hadRoot = m_root != nullptr;
    if (hadRoot)
        beginResetModel();
    m_root = std::make_unique<Node>();
    auto slash = std::make_unique<Node>();
    slash->name = QStringLiteral("/");
    slash->parent = m_root.get();
    m_root->children.push_back(std::move(slash));
    m_root->hints.assign(1, HintFresh);
    m_root->childState = ChildState::Loaded;
    m_insertQueue.clear();
    m_fetchQueue.clear();
    m_detailQueue.clear();
    m_batchTimer.stop();
    if (hadRoot)
        endResetModel();
}

// --- view hints --------------------------------------------------------------------------------

namespace {

template<typename NodeT>
quint8 hintOf(const NodeT *node)
{
    using State = ZnodeTreeModel::ChildState;
    quint8 hint = 0;
    if (node->childState == State::NotLoaded || node->childState == State::Stale)
        hint |= HintCanFetch;
    bool has = false;
    if (!node->children.empty() || node->pendingCount() > 0)
        has = true;
    else if (node->childState == State::Loaded || node->childState == State::Denied)
        has = false;
    else
        has = node->hasStat ? node->stat.numChildren > 0 : true;
    if (has)
        hint |= HintHasChildren;
    return hint;
}

} // namespace

void ZnodeTreeModel::updateHint(Node *node)
{
    if (!node->parent)
        return;
    node->parent->hints[rowOf(node)] = hintOf(node);
}

// --- paths and lookups ---------------------------------------------------------------------------

QString ZnodeTreeModel::childPath(const QString &parentPath, const QString &name)
{
    if (parentPath.endsWith(QLatin1Char('/')))
        return parentPath + name;
    return parentPath + QLatin1Char('/') + name;
}

QString ZnodeTreeModel::parentPath(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("/"))
        return {};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString ZnodeTreeModel::pathForIndex(const QModelIndex &index)
{
    return index.data(PathRole).toString();
}

int ZnodeTreeModel::rowOf(const Node *node)
{
    const auto &siblings = node->parent->children;
    const auto it = std::lower_bound(siblings.cbegin(), siblings.cend(), node->name, nodeNameLess);
    Q_ASSERT(it != siblings.cend() && it->get() == node);
    return int(it - siblings.cbegin());
}

QString ZnodeTreeModel::pathOf(const Node *node)
{
    QStringList parts;
    for (const Node *n = node; n->parent && n->parent->parent; n = n->parent)
        parts.prepend(n->name);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

ZnodeTreeModel::Node *ZnodeTreeModel::findNode(const QString &path) const
{
    if (!path.startsWith(QLatin1Char('/')))
        return nullptr;
    Node *node = m_root->children.front().get();
    const QList<QStringView> parts = QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QStringView part : parts) {
        const QString name = part.toString();
        const auto it =
            std::lower_bound(node->children.cbegin(), node->children.cend(), name, nodeNameLess);
        if (it == node->children.cend() || (*it)->name != name)
            return nullptr;
        node = it->get();
    }
    return node;
}

ZnodeTreeModel::Node *ZnodeTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    // An index's internal pointer is its parent node (as in QStandardItemModel): creating an
    // index never touches the child itself.
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    return parent->children[size_t(index.row())].get();
}

QModelIndex ZnodeTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, node->parent);
}

QModelIndex ZnodeTreeModel::indexForPath(const QString &path, int column) const
{
    return indexFor(findNode(path), column);
}

std::optional<ZnodeStat> ZnodeTreeModel::stat(const QString &path) const
{
    const Node *node = findNode(path);
    if (!node || !node->hasStat)
        return std::nullopt;
    return node->stat;
}

std::optional<Acl> ZnodeTreeModel::acl(const QString &path) const
{
    const Node *node = findNode(path);
    if (!node || !node->hasAcl)
        return std::nullopt;
    return node->acl;
}

qsizetype ZnodeTreeModel::pendingRowCount() const
{
    qsizetype total = 0;
    for (const QString &path : m_insertQueue) {
        if (const Node *node = findNode(path))
            total += node->pendingCount();
    }
    return total;
}

QStringList ZnodeTreeModel::loadedPaths() const
{
    QStringList paths;
    std::function<void(const Node *)> walk = [&](const Node *node) {
        if (!node->children.empty() || node->childState == ChildState::Loaded)
            paths.append(pathOf(node));
        for (const auto &child : node->children)
            walk(child.get());
    };
    walk(m_root->children.front().get());
    return paths;
}

// --- fetching ------------------------------------------------------------------------------------

void ZnodeTreeModel::fetchChildren(Node *node)
{
    node->childState = ChildState::Loading;
    updateHint(node);
    const QString path = pathOf(node);
    if (!m_fetchQueue.contains(path))
        m_fetchQueue.append(path);
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void ZnodeTreeModel::flushFetchRequests()
{
    const QStringList paths = std::exchange(m_fetchQueue, {});
    for (const QString &path : paths) {
        const Node *node = findNode(path);
        if (node && node->childState == ChildState::Loading && m_childrenFetcher)
            m_childrenFetcher(path);
    }
}

void ZnodeTreeModel::reloadChildren(const QString &path)
{
    if (Node *node = findNode(path))
        fetchChildren(node);
}

void ZnodeTreeModel::requestDetails(const QString &path)
{
    Node *node = findNode(path);
    if (!node || !m_detailsFetcher)
        return;
    node->requestedGeneration = m_generation;
    m_detailsFetcher(path);
}

bool ZnodeTreeModel::detailsKnown(const Node *node) const
{
    return node->detailsGeneration >= m_generation;
}

void ZnodeTreeModel::wantDetails(Node *node) const
{
    if (!m_detailsFetcher || detailsKnown(node) || node->requestedGeneration >= m_generation)
        return;
    node->requestedGeneration = m_generation;
    m_detailQueue.append(pathOf(node));
    if (!m_detailTimer.isActive())
        m_detailTimer.start();
}

void ZnodeTreeModel::flushDetailRequests()
{
    const QStringList paths = std::exchange(m_detailQueue, {});
    for (const QString &path : paths) {
        if (findNode(path) && m_detailsFetcher)
            m_detailsFetcher(path);
    }
}

void ZnodeTreeModel::refresh(const QStringList &activePaths)
{
    ++m_generation;
    const QSet<QString> active(activePaths.cbegin(), activePaths.cend());
    // Collect first: fetchers may answer synchronously and change the tree under the walk.
    QList<Node *> fetchNow;
    std::function<void(Node *)> walk = [&](Node *node) {
        const bool isActive = active.contains(pathOf(node));
        switch (node->childState) {
        case ChildState::Failed:
            node->childState = node->children.empty() ? ChildState::NotLoaded : ChildState::Stale;
            if (isActive)
                fetchNow.append(node);
            break;
        case ChildState::Denied:
            node->childState = ChildState::NotLoaded;
            if (!node->deniedDetails)
                node->lockReason.clear();
            if (isActive)
                fetchNow.append(node);
            break;
        case ChildState::Loaded:
        case ChildState::Stale:
            if (isActive)
                fetchNow.append(node);
            else
                node->childState = ChildState::Stale;
            break;
        case ChildState::Loading:
        case ChildState::NotLoaded:
            break;
        }
        updateHint(node);
        if (!node->children.empty()) {
            // Shown rows ask for their details again.
            Q_EMIT dataChanged(indexFor(node->children.front().get(), NameColumn),
                               indexFor(node->children.back().get(), ColumnCount - 1));
        }
        for (const auto &child : node->children)
            walk(child.get());
    };
    Node *slash = m_root->children.front().get();
    emitRowChanged(slash);
    walk(slash);
    for (Node *node : std::as_const(fetchNow))
        fetchChildren(node);
}

// --- answers -------------------------------------------------------------------------------------

void ZnodeTreeModel::setChildren(const QString &path, const ZnodeChildren &children)
{
    Node *node = findNode(path);
    if (!node)
        return;
    node->stat = children.stat;
    node->hasStat = true;
    node->childState = ChildState::Loaded;
    if (!node->deniedDetails)
        node->lockReason.clear();

    QStringList names = children.children;
    normaliseNames(names);
    const bool done = mergeChildren(node, std::move(names));
    emitRowChanged(node);
    if (done) {
        m_insertQueue.removeAll(path);
        Q_EMIT childrenLoaded(path);
        return;
    }
    if (!m_insertQueue.contains(path))
        m_insertQueue.append(path);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
    Q_EMIT loadProgress(path, int(node->children.size()),
                        int(node->children.size() + node->pendingCount()));
}

bool ZnodeTreeModel::mergeChildren(Node *node, QStringList names)
{
    node->pending.clear();
    node->pendingPos = 0;

    // Names up to the last row are merged into the rows now (a refresh changes few of them);
    // names after it are appended, in batches when there are many.
    qsizetype split = 0;
    if (!node->children.empty()) {
        const QString &last = node->children.back()->name;
        split = std::upper_bound(names.cbegin(), names.cend(), last) - names.cbegin();
    }

    if (!node->children.empty()) {
        // Removals: runs of rows whose name is gone, from the back so row numbers stay valid.
        std::vector<bool> keep(node->children.size(), false);
        for (qsizetype i = 0, j = 0; i < qsizetype(node->children.size()) && j < split;) {
            const int order = QString::compare(node->children[i]->name, names.at(j));
            if (order == 0) {
                keep[i] = true;
                ++i;
                ++j;
            } else if (order < 0) {
                ++i;
            } else {
                ++j;
            }
        }
        for (qsizetype last = qsizetype(keep.size()) - 1; last >= 0;) {
            if (keep[last]) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !keep[first - 1])
                --first;
            removeChildRows(node, int(first), int(last));
            last = first - 1;
        }

        // Insertions: runs of new names between surviving rows.
        const QModelIndex parentIndex = indexFor(node);
        qsizetype row = 0;
        for (qsizetype j = 0; j < split;) {
            if (row < qsizetype(node->children.size()) &&
                node->children[row]->name == names.at(j)) {
                ++row;
                ++j;
                continue;
            }
            qsizetype end = j;
            while (end < split && (row >= qsizetype(node->children.size()) ||
                                   names.at(end) < node->children[row]->name))
                ++end;
            beginInsertRows(parentIndex, int(row), int(row + (end - j) - 1));
            std::vector<std::unique_ptr<Node>> fresh;
            fresh.reserve(end - j);
            for (qsizetype k = j; k < end; ++k) {
                auto child = std::make_unique<Node>();
                child->name = names.at(k);
                child->parent = node;
                fresh.push_back(std::move(child));
            }
            node->children.insert(node->children.begin() + row,
                                  std::make_move_iterator(fresh.begin()),
                                  std::make_move_iterator(fresh.end()));
            node->hints.insert(node->hints.begin() + row, size_t(end - j), HintFresh);
            updateHint(node);
            endInsertRows();
            row += end - j;
            j = end;
        }
    }

    if (split == names.size())
        return true;
    node->pending = names.mid(split);
    node->children.reserve(node->children.size() + node->pending.size());
    node->hints.reserve(node->hints.size() + node->pending.size());
    if (node->pending.size() <= m_batchSize) {
        appendRows(node, node->pending.size());
        return true;
    }
    return false; // the rest comes in batches
}

void ZnodeTreeModel::appendRows(Node *node, qsizetype count)
{
    if (count <= 0)
        return;
    const int first = int(node->children.size());
    beginInsertRows(indexFor(node), first, first + int(count) - 1);
    for (qsizetype k = 0; k < count; ++k) {
        auto child = std::make_unique<Node>();
        child->name = node->pending.at(node->pendingPos + k);
        child->parent = node;
        node->children.push_back(std::move(child));
    }
    node->hints.insert(node->hints.end(), size_t(count), HintFresh);
    node->pendingPos += count;
    if (node->pendingPos >= node->pending.size()) {
        // Letting go of 300,000 names is a turn's work of its own: not in this one.
        m_released.append(std::exchange(node->pending, {}));
        node->pendingPos = 0;
        if (!m_releaseTimer.isActive())
            m_releaseTimer.start();
    }
    updateHint(node);
    endInsertRows();
}

void ZnodeTreeModel::insertNextBatch()
{
    while (!m_insertQueue.isEmpty()) {
        const QString path = m_insertQueue.first();
        Node *node = findNode(path);
        if (!node || node->pendingCount() <= 0) {
            m_insertQueue.removeFirst();
            continue;
        }
        // Every batch makes a view lay out the whole node again: batches grow with the node
        // (an eighth of what is in) to keep that count down, but never beyond what fits in
        // about BatchTargetMs at the speed the last batches were inserted.
        const qsizetype byGrowth =
            std::max<qsizetype>(m_batchSize, qsizetype(node->children.size()) / 8);
        const qsizetype byTime =
            std::max<qsizetype>(m_batchSize, qsizetype(m_rowsPerMs * double(BatchTargetMs)));
        const qsizetype batch = std::min({byGrowth, byTime, node->pendingCount()});
        QElapsedTimer clock;
        clock.start();
        appendRows(node, batch);
        const qint64 elapsedUs = std::max<qint64>(1, clock.nsecsElapsed() / 1000);
        const double rate = double(batch) * 1000.0 / double(elapsedUs);
        m_rowsPerMs = m_rowsPerMs <= 0 ? rate : (m_rowsPerMs + rate) / 2;
        const int inserted = int(node->children.size());
        const int total = int(node->children.size() + node->pendingCount());
        const bool done = node->pendingCount() == 0;
        if (done)
            m_insertQueue.removeFirst();
        if (!m_insertQueue.isEmpty())
            m_batchTimer.start();
        Q_EMIT loadProgress(path, inserted, total);
        if (done)
            Q_EMIT childrenLoaded(path);
        return;
    }
}

void ZnodeTreeModel::removeChildRows(Node *node, int first, int last)
{
    beginRemoveRows(indexFor(node), first, last);
    node->children.erase(node->children.begin() + first, node->children.begin() + last + 1);
    node->hints.erase(node->hints.begin() + first, node->hints.begin() + last + 1);
    updateHint(node);
    endRemoveRows();
}

void ZnodeTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    if (parent == m_root.get())
        return;
    const int row = rowOf(node);
    removeChildRows(parent, row, row);
}

void ZnodeTreeModel::setChildrenError(const QString &path, const Error &error)
{
    Node *node = findNode(path);
    if (!node)
        return;
    if (error.is(ZkError::NoNode) && node->parent != m_root.get()) {
        removeNode(node);
        return;
    }
    if (error.is(ZkError::NoAuth) || error.is(ZkError::NoNode)) {
        node->childState = ChildState::Denied;
        node->lockReason =
            error.is(ZkError::NoAuth)
                ? tr("This session may not read %1 (NOAUTH): none of its identities has the "
                     "READ permission in the node's ACL. Connect with an identity the ACL names "
                     "to see its data and children.")
                      .arg(path)
                : tr("%1 does not exist on the server (NONODE). Check the chroot of the connect "
                     "string.")
                      .arg(path);
        node->pending.clear();
        node->pendingPos = 0;
        m_insertQueue.removeAll(path);
        if (!node->children.empty())
            removeChildRows(node, 0, int(node->children.size()) - 1);
        emitRowChanged(node);
        return;
    }
    node->childState = ChildState::Failed;
    emitRowChanged(node);
    Q_EMIT fetchFailed(path, error);
}

void ZnodeTreeModel::setDetails(const QString &path, const ZnodeAcl &acl)
{
    Node *node = findNode(path);
    if (!node)
        return;
    node->stat = acl.stat;
    node->hasStat = true;
    node->acl = acl.acl;
    node->hasAcl = true;
    node->deniedDetails = false;
    if (node->childState != ChildState::Denied)
        node->lockReason.clear();
    node->detailsGeneration = m_generation;
    emitRowChanged(node);
}

void ZnodeTreeModel::setStat(const QString &path, const ZnodeStat &stat)
{
    Node *node = findNode(path);
    if (!node || (node->hasStat && node->stat == stat))
        return;
    node->stat = stat;
    node->hasStat = true;
    emitRowChanged(node);
}

void ZnodeTreeModel::setDetailsError(const QString &path, const Error &error)
{
    Node *node = findNode(path);
    if (!node)
        return;
    if (error.is(ZkError::NoNode) && node->parent != m_root.get()) {
        removeNode(node);
        return;
    }
    node->detailsGeneration = m_generation;
    if (error.is(ZkError::NoAuth)) {
        node->deniedDetails = true;
        node->hasAcl = false;
        node->acl.clear();
        if (node->lockReason.isEmpty())
            node->lockReason =
                tr("This session may not read %1 (NOAUTH): none of its identities has the READ "
                   "or ADMIN permission in the node's ACL. Connect with an identity the ACL "
                   "names to see it.")
                    .arg(path);
    }
    emitRowChanged(node);
}

void ZnodeTreeModel::emitRowChanged(Node *node)
{
    if (node == m_root.get())
        return;
    updateHint(node);
    Q_EMIT dataChanged(indexFor(node, NameColumn), indexFor(node, ColumnCount - 1));
}

// --- QAbstractItemModel --------------------------------------------------------------------------

QModelIndex ZnodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    // Called for every row of every layout: no virtual calls (hasIndex) here.
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    Node *parentNode = nodeFor(parent);
    if (size_t(row) >= parentNode->children.size())
        return {};
    return createIndex(row, column, parentNode);
}

QModelIndex ZnodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<const Node *>(child.internalPointer()));
}

int ZnodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ZnodeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ZnodeTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return true;
    if (parent.column() > 0)
        return false;
    const auto *parentNode = static_cast<const Node *>(parent.internalPointer());
    return parentNode->hints[size_t(parent.row())] & HintHasChildren;
}

bool ZnodeTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false;
    const auto *parentNode = static_cast<const Node *>(parent.internalPointer());
    return parentNode->hints[size_t(parent.row())] & HintCanFetch;
}

void ZnodeTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchChildren(nodeFor(parent));
}

Qt::ItemFlags ZnodeTreeModel::flags(const QModelIndex &index) const
{
    // Asked for every row of every layout: a constant, not an expression.
    constexpr auto rowFlags =
        Qt::ItemFlags::fromInt(int(Qt::ItemIsEnabled) | int(Qt::ItemIsSelectable));
    return index.isValid() ? rowFlags : Qt::ItemFlags();
}

QVariant ZnodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Znode");
        case ChildrenColumn:
            return tr("Children");
        case DataSizeColumn:
            return tr("Data");
        case EphemeralColumn:
            return tr("Ephemeral");
        case AclColumn:
            return tr("ACL");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ChildrenColumn:
            return tr("Number of children (numChildren of the node's stat)");
        case DataSizeColumn:
            return tr("Size of the node's data (dataLength)");
        case EphemeralColumn:
            return tr("Ephemeral nodes belong to a client session and vanish with it");
        case AclColumn:
            return tr("How exposed the node is, from its ACL's world:anyone entry");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section == ChildrenColumn || section == DataSizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QHash<int, QByteArray> ZnodeTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(NameRole, "name");
    names.insert(SortRole, "sortValue");
    names.insert(HasStatRole, "hasStat");
    names.insert(StatRole, "stat");
    names.insert(HasAclRole, "hasAcl");
    names.insert(AclRole, "acl");
    names.insert(RiskRole, "risk");
    names.insert(LockedRole, "locked");
    names.insert(LockReasonRole, "lockReason");
    names.insert(IsEphemeralRole, "ephemeral");
    names.insert(ChildStateRole, "childState");
    names.insert(LoadedChildrenRole, "loadedChildren");
    names.insert(ExpectedChildrenRole, "expectedChildren");
    return names;
}

QVariant ZnodeTreeModel::nameData(const Node *node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return node->name;
    case Qt::DecorationRole:
        if (node->locked())
            return m_icons.locked;
        if (node->hasStat && node->stat.isEphemeral())
            return m_icons.ephemeral;
        return m_icons.node;
    case Qt::ToolTipRole: {
        QString tip = pathOf(node);
        if (node->locked())
            tip += QLatin1Char('\n') + node->lockReason;
        if (node->pendingCount() > 0) {
            const QLocale locale;
            tip += QLatin1Char('\n') +
                   tr("Loading children: %1 of %2")
                       .arg(locale.toString(qint64(node->children.size())),
                            locale.toString(qint64(node->children.size() + node->pendingCount())));
        } else if (node->childState == ChildState::Loading) {
            tip += QLatin1Char('\n') + tr("Loading children…");
        }
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant ZnodeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Node *node = nodeFor(index);
    const int column = index.column();

    switch (role) {
    case PathRole:
        return pathOf(node);
    case NameRole:
        return node->name;
    case HasStatRole:
        return node->hasStat;
    case StatRole:
        return node->hasStat ? QVariant::fromValue(node->stat) : QVariant();
    case HasAclRole:
        return node->hasAcl;
    case AclRole:
        return node->hasAcl ? QVariant::fromValue(node->acl) : QVariant();
    case RiskRole:
        return node->hasAcl ? int(AclSyntax::assessRisk(node->acl)) : -1;
    case LockedRole:
        return node->locked();
    case LockReasonRole:
        return node->lockReason;
    case IsEphemeralRole:
        return node->hasStat && node->stat.isEphemeral();
    case ChildStateRole:
        return int(node->childState);
    case LoadedChildrenRole:
        return int(node->children.size());
    case ExpectedChildrenRole:
        return int(node->children.size() + node->pendingCount());
    case Qt::DisplayRole:
    case Qt::DecorationRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
        // Only what is shown costs a request.
        if (column != NameColumn || role == Qt::DecorationRole)
            wantDetails(node);
        break;
    default:
        break;
    }

    if (role == Qt::ForegroundRole) {
        if (node->locked())
            return StatusPalette::muted();
        if (column == AclColumn && node->hasAcl) {
            const QColor colour =
                StatusPalette::foreground(riskLevel(AclSyntax::assessRisk(node->acl)));
            if (colour.isValid())
                return colour;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == ChildrenColumn || column == DataSizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }

    const QLocale locale;
    switch (column) {
    case NameColumn:
        return nameData(node, role);
    case ChildrenColumn:
        if (!node->hasStat)
            return {};
        if (role == Qt::DisplayRole)
            return locale.toString(node->stat.numChildren);
        if (role == SortRole)
            return node->stat.numChildren;
        if (role == Qt::ToolTipRole && node->pendingCount() > 0)
            return tr("%1 of %2 loaded")
                .arg(locale.toString(qint64(node->children.size())),
                     locale.toString(qint64(node->children.size() + node->pendingCount())));
        return {};
    case DataSizeColumn:
        if (!node->hasStat)
            return {};
        if (role == Qt::DisplayRole)
            return locale.formattedDataSize(node->stat.dataLength, 1, QLocale::DataSizeIecFormat);
        if (role == SortRole)
            return node->stat.dataLength;
        if (role == Qt::ToolTipRole)
            return ZnodeStatModel::sizeText(node->stat.dataLength);
        return {};
    case EphemeralColumn:
        if (!node->hasStat)
            return {};
        if (role == Qt::DisplayRole)
            return node->stat.isEphemeral() ? tr("ephemeral") : QString();
        if (role == SortRole)
            return node->stat.ephemeralOwner;
        if (role == Qt::ToolTipRole && node->stat.isEphemeral())
            return tr("Ephemeral: owned by session %1, deleted when that session ends.")
                .arg(ZnodeStat::hex(node->stat.ephemeralOwner));
        return {};
    case AclColumn: {
        if (!node->hasAcl) {
            if (node->deniedDetails && role == Qt::DisplayRole)
                return tr("not readable");
            if (node->deniedDetails && role == Qt::ToolTipRole)
                return node->lockReason;
            return {};
        }
        const AclSyntax::Risk risk = AclSyntax::assessRisk(node->acl);
        if (role == Qt::DisplayRole)
            return riskText(risk);
        if (role == SortRole)
            return int(risk);
        if (role == Qt::DecorationRole) {
            return m_icons.risk[int(risk)];
        }
        if (role == Qt::ToolTipRole)
            return QString(riskExplanation(risk) + QLatin1Char('\n') +
                           AclSyntax::formatAcl(node->acl));
        return {};
    }
    default:
        break;
    }
    return {};
}

} // namespace Portier
