// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credential_cache_model.h"

#include "models/kerberos_format.h"
#include "models/keyed_row_sync.h"
#include "models/status_palette.h"

#include <QFont>
#include <QIcon>

#include <algorithm>
#include <functional>
#include <vector>

namespace Portier {

namespace {

constexpr qint64 ExpiresSoonSeconds = 15 * 60;

using Level = StatusPalette::Level;

/// Key of the "Configuration" row inside a cache; U+001D cannot occur in a credential key.
QString configGroupKey()
{
    return QChar(0x1d) + QStringLiteral("configuration");
}

struct Status
{
    Level level = Level::Ok;
    QString text;
    QString toolTip;
};

bool isExpired(const QDateTime &end, const QDateTime &now)
{
    return end.isValid() && end <= now;
}

/// Merges backend warnings into a computed state: the most severe warning speaks for the row
/// when it is at least as severe as what the times say.
void mergeWarnings(Status &status, const QList<Warning> &warnings)
{
    if (warnings.isEmpty())
        return;
    const Warning *worst = KerberosFormat::worstWarning(warnings);
    const Level warningLevel = StatusPalette::fromSeverity(worst->severity);
    if (int(warningLevel) >= int(status.level)) {
        status.text = worst->message;
        if (warnings.size() > 1)
            status.text =
                CredentialCacheModel::tr("%1 (+%n more)", nullptr, int(warnings.size() - 1))
                    .arg(worst->message);
    }
    status.level = StatusPalette::worse(status.level, warningLevel);
    status.toolTip = status.toolTip.isEmpty() ? KerberosFormat::warningsToolTip(warnings)
                                              : status.toolTip + QLatin1Char('\n') +
                                                    KerberosFormat::warningsToolTip(warnings);
}

Status ticketStatus(const Credential &c, const QDateTime &now)
{
    Status s;
    if (c.hasAllZeroTimes()) {
        s.level = Level::Info;
        s.text = CredentialCacheModel::tr("No validity times");
        s.toolTip = CredentialCacheModel::tr("The entry carries no start or end time.");
    } else if (isExpired(c.endTime, now)) {
        s.level = Level::Critical;
        s.text = CredentialCacheModel::tr("Expired");
        s.toolTip =
            CredentialCacheModel::tr("Expired at %1.").arg(KerberosFormat::absoluteTime(c.endTime));
    } else if (c.startTime.isValid() && c.startTime > now) {
        s.level = Level::Info;
        s.text = CredentialCacheModel::tr("Not yet valid");
        s.toolTip = CredentialCacheModel::tr("Postdated: valid from %1.")
                        .arg(KerberosFormat::absoluteTime(c.startTime));
    } else if (c.flags.contains(QLatin1Char('i'))) {
        s.level = Level::Warning;
        s.text = CredentialCacheModel::tr("Invalid");
        s.toolTip = KerberosFormat::flagDescription(QLatin1Char('i'));
    } else if (c.endTime.isValid() && now.secsTo(c.endTime) < ExpiresSoonSeconds) {
        s.level = Level::Warning;
        s.text = CredentialCacheModel::tr("Expires soon");
        s.toolTip =
            CredentialCacheModel::tr("Expires at %1.").arg(KerberosFormat::absoluteTime(c.endTime));
    } else {
        s.text = CredentialCacheModel::tr("Valid");
        s.toolTip = c.endTime.isValid() ? CredentialCacheModel::tr("Valid for another %1.")
                                              .arg(KerberosFormat::duration(now.secsTo(c.endTime)))
                                        : QString();
    }
    mergeWarnings(s, c.warnings);
    return s;
}

Status cacheStatus(const CredentialCache &cache, const QDateTime &now)
{
    Status s;
    if (cache.readError) {
        s.level = Level::Critical;
        s.text = cache.readError->message;
        s.toolTip = cache.readError->toDisplayString();
        if (!cache.readError->detail.isEmpty())
            s.toolTip += QLatin1Char('\n') + cache.readError->detail;
    } else if (cache.principal.isEmpty()) {
        s.level = Level::Info;
        s.text = CredentialCacheModel::tr("Not initialised");
        s.toolTip = CredentialCacheModel::tr("The cache exists but holds no default principal.");
    } else if (const Credential *tgt = cache.tgt()) {
        s = ticketStatus(*tgt, now);
        s.level = StatusPalette::worse(Level::Ok, s.level);
    } else {
        s.level = Level::Warning;
        s.text = CredentialCacheModel::tr("No ticket-granting ticket");
        s.toolTip =
            CredentialCacheModel::tr(
                "The cache holds no krbtgt ticket for %1: new service tickets cannot be obtained "
                "from it. Run kinit again.")
                .arg(cache.principal);
    }
    mergeWarnings(s, cache.warnings);
    return s;
}

QString cacheToolTip(const CredentialCache &cache)
{
    QStringList lines{cache.name, CredentialCacheModel::tr("Type: %1").arg(cache.type)};
    if (!cache.location.isEmpty())
        lines.append(CredentialCacheModel::tr("Stored in: %1").arg(cache.location));
    if (cache.primary)
        lines.append(CredentialCacheModel::tr("Primary cache of the collection"));
    const int tickets = int(std::count_if(cache.credentials.cbegin(), cache.credentials.cend(),
                                          [](const Credential &c) { return !c.isConfig; }));
    lines.append(CredentialCacheModel::tr("%n ticket(s)", nullptr, tickets));
    return lines.join(QLatin1Char('\n'));
}

QString enctypesText(const Credential &c)
{
    if (c.sessionEnctype.isEmpty() && c.ticketEnctype.isEmpty())
        return {};
    return CredentialCacheModel::tr("%1 / %2").arg(KerberosFormat::shortEnctype(c.sessionEnctype),
                                                   KerberosFormat::shortEnctype(c.ticketEnctype));
}

/// Roles the configuration rows (the group and its entries) answer alike: muted italics, never
/// a problem, no times.
QVariant configRowStyle(int role)
{
    switch (role) {
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return StatusPalette::muted();
    case CredentialCacheModel::StatusLevelRole:
        return int(Level::Ok);
    case CredentialCacheModel::IsExpiredRole:
        return false;
    case CredentialCacheModel::StartTimeRole:
    case CredentialCacheModel::EndTimeRole:
    case CredentialCacheModel::RenewTillRole:
        return QDateTime();
    default:
        return {};
    }
}

} // namespace

struct CredentialCacheModel::Node
{
    ItemKind kind = ItemKind::Cache;
    Node *parent = nullptr;
    QString key;
    CredentialCache cache; ///< Cache rows
    Credential credential; ///< Ticket and ConfigEntry rows
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        Q_UNREACHABLE();
        return -1;
    }

    /// The cache node this row belongs to (itself for a cache row); nullptr for the root.
    const Node *cacheNode() const
    {
        const Node *n = this;
        while (n && n->parent && n->parent->parent)
            n = n->parent;
        return n && n->parent ? n : nullptr;
    }

    QStringList childKeys() const
    {
        QStringList keys;
        keys.reserve(qsizetype(children.size()));
        for (const auto &child : children)
            keys.append(child->key);
        return keys;
    }
};

CredentialCacheModel::CredentialCacheModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

CredentialCacheModel::~CredentialCacheModel() = default;

std::unique_ptr<CredentialCacheModel::Node>
CredentialCacheModel::buildCache(const CredentialCache &cache) const
{
    auto node = std::make_unique<Node>();
    node->kind = ItemKind::Cache;
    node->key = cache.name;
    node->cache = cache;

    QList<const Credential *> tickets;
    QList<const Credential *> configs;
    for (const Credential &c : cache.credentials)
        (c.isConfig ? configs : tickets).append(&c);

    // Tickets and configuration entries become children the same way, keyed so that a refresh
    // can match them (duplicates numbered in order).
    auto appendCredentials = [](Node *parent, const QList<const Credential *> &list,
                                ItemKind kind) {
        QStringList keys;
        for (const Credential *c : list)
            keys.append(c->key());
        keys = disambiguateKeys(keys);
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->kind = kind;
            child->parent = parent;
            child->key = keys.at(i);
            child->credential = *list.at(i);
            parent->children.push_back(std::move(child));
        }
    };

    appendCredentials(node.get(), tickets, ItemKind::Ticket);
    if (!configs.isEmpty()) {
        auto group = std::make_unique<Node>();
        group->kind = ItemKind::ConfigGroup;
        group->parent = node.get();
        group->key = configGroupKey();
        appendCredentials(group.get(), configs, ItemKind::ConfigEntry);
        node->children.push_back(std::move(group));
    }
    return node;
}

std::unique_ptr<CredentialCacheModel::Node>
CredentialCacheModel::buildRoot(const CacheCollection &collection) const
{
    auto root = std::make_unique<Node>();
    for (const CredentialCache &cache : collection.caches) {
        auto node = buildCache(cache);
        node->parent = root.get();
        root->children.push_back(std::move(node));
    }
    // Cache names are unique in a collection; a duplicate would be a backend bug, but keep the
    // tree well-formed by numbering it like any other repeated key.
    QStringList keys = root->childKeys();
    keys = disambiguateKeys(keys);
    for (size_t i = 0; i < root->children.size(); ++i)
        root->children[i]->key = keys.at(qsizetype(i));
    return root;
}

void CredentialCacheModel::setCollection(const CacheCollection &collection)
{
    m_collection = collection;
    std::unique_ptr<Node> fresh = buildRoot(collection);
    syncNode(m_root.get(), QModelIndex(), fresh.get());
}

void CredentialCacheModel::reload(const CacheCollection &collection)
{
    beginResetModel();
    m_collection = collection;
    m_root = buildRoot(collection);
    endResetModel();
}

void CredentialCacheModel::syncNode(Node *node, const QModelIndex &index, Node *fresh)
{
    bool changed = false;
    bool cacheChanged = false;
    switch (node->kind) {
    case ItemKind::Cache:
        if (node->parent && node->cache != fresh->cache) {
            node->cache = fresh->cache;
            changed = cacheChanged = true;
        }
        break;
    case ItemKind::Ticket:
    case ItemKind::ConfigEntry:
        if (node->credential != fresh->credential) {
            node->credential = fresh->credential;
            changed = true;
        }
        break;
    case ItemKind::ConfigGroup:
        changed = node->children.size() != fresh->children.size();
        break;
    }

    auto &children = node->children;
    syncKeyedRows(
        node->childKeys(), fresh->childKeys(),
        [&](int first, int last) {
            beginRemoveRows(index, first, last);
            children.erase(children.begin() + first, children.begin() + last + 1);
            endRemoveRows();
        },
        [&](int from, int to) {
            beginMoveRows(index, from, from, index, to);
            std::unique_ptr<Node> moving = std::move(children[size_t(from)]);
            children.erase(children.begin() + from);
            children.insert(children.begin() + to, std::move(moving));
            endMoveRows();
        },
        [&](int first, int last) {
            beginInsertRows(index, first, last);
            for (int row = first; row <= last; ++row) {
                std::unique_ptr<Node> adopted = std::move(fresh->children[size_t(row)]);
                adopted->parent = node;
                children.insert(children.begin() + row, std::move(adopted));
            }
            endInsertRows();
        },
        [&](int row) {
            Node *child = children[size_t(row)].get();
            syncNode(child, createIndex(row, 0, child), fresh->children[size_t(row)].get());
        });

    if (changed && index.isValid()) {
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
    }
    if (cacheChanged) {
        // CacheRole and IsPrimaryRole of every descendant derive from the cache.
        std::function<void(Node *, const QModelIndex &)> touch =
            [&](Node *parent, const QModelIndex &parentIndex) {
                if (parent->children.empty())
                    return;
                const int last = int(parent->children.size()) - 1;
                Q_EMIT dataChanged(this->index(0, 0, parentIndex),
                                   this->index(last, ColumnCount - 1, parentIndex));
                for (size_t i = 0; i < parent->children.size(); ++i) {
                    Node *child = parent->children[i].get();
                    touch(child, createIndex(int(i), 0, child));
                }
            };
        touch(node, index);
    }
}

void CredentialCacheModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    refreshTimes();
}

QDateTime CredentialCacheModel::referenceTime() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void CredentialCacheModel::refreshTimes()
{
    emitTimesChanged(m_root.get(), QModelIndex());
}

void CredentialCacheModel::emitTimesChanged(const Node *parent, const QModelIndex &parentIndex)
{
    if (parent->children.empty())
        return;
    const int last = int(parent->children.size()) - 1;
    // Relative texts, colours, icons and the expiry roles all move with the clock.
    Q_EMIT dataChanged(index(0, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
    for (size_t i = 0; i < parent->children.size(); ++i) {
        const Node *child = parent->children[i].get();
        emitTimesChanged(child, index(int(i), 0, parentIndex));
    }
}

QModelIndex CredentialCacheModel::indexForCache(const QString &cacheName, int column) const
{
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        const Node *node = m_root->children[i].get();
        if (node->cache.name == cacheName)
            return createIndex(int(i), column, node);
    }
    return {};
}

QModelIndex CredentialCacheModel::indexForCredential(const QString &cacheName, const QString &key,
                                                     int column) const
{
    const QModelIndex cacheIndex = indexForCache(cacheName);
    if (!cacheIndex.isValid())
        return {};
    const Node *cache = nodeFor(cacheIndex);
    for (size_t i = 0; i < cache->children.size(); ++i) {
        const Node *child = cache->children[i].get();
        if (child->kind == ItemKind::Ticket && child->credential.key() == key)
            return createIndex(int(i), column, child);
        if (child->kind == ItemKind::ConfigGroup) {
            for (size_t j = 0; j < child->children.size(); ++j) {
                const Node *entry = child->children[j].get();
                if (entry->credential.key() == key)
                    return createIndex(int(j), column, entry);
            }
        }
    }
    return {};
}

CredentialCacheModel::Node *CredentialCacheModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex CredentialCacheModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex CredentialCacheModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CredentialCacheModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexFor(node->parent);
}

int CredentialCacheModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CredentialCacheModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags CredentialCacheModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const ItemKind kind = nodeFor(index)->kind;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kind == ItemKind::Ticket || kind == ItemKind::ConfigEntry)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CredentialCacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    const Node *cacheNode = node.cacheNode();
    const CredentialCache &cache = cacheNode->cache;
    const bool hasCredential = node.kind == ItemKind::Ticket || node.kind == ItemKind::ConfigEntry;

    switch (role) {
    case CacheNameRole:
        return cache.name;
    case CredentialKeyRole:
        return hasCredential ? node.credential.key() : QString();
    case ItemKindRole:
        return QVariant::fromValue(node.kind);
    case IsConfigRole:
        return node.kind == ItemKind::ConfigGroup || node.kind == ItemKind::ConfigEntry;
    case IsPrimaryRole:
        return cache.primary;
    case CacheRole:
        return QVariant::fromValue(cache);
    case CredentialRole:
        return hasCredential ? QVariant::fromValue(node.credential) : QVariant();
    case WarningsRole:
    case WarningCodesRole: {
        QList<Warning> warnings;
        if (node.kind == ItemKind::Cache)
            warnings = cache.warnings;
        else if (hasCredential)
            warnings = node.credential.warnings;
        if (role == WarningsRole)
            return QVariant::fromValue(warnings);
        QStringList codes;
        for (const Warning &w : std::as_const(warnings))
            codes.append(w.code);
        return codes;
    }
    default:
        break;
    }

    switch (node.kind) {
    case ItemKind::Cache:
        return cacheData(cache, index.column(), role);
    case ItemKind::Ticket:
        return ticketData(node.credential, index.column(), role);
    case ItemKind::ConfigGroup:
        return configGroupData(int(node.children.size()), index.column(), role);
    case ItemKind::ConfigEntry:
        return configEntryData(node.credential, index.column(), role);
    }
    return {};
}

QVariant CredentialCacheModel::cacheData(const CredentialCache &cache, int column, int role) const
{
    const QDateTime now = referenceTime();
    const Credential *tgt = cache.tgt();

    switch (role) {
    case StartTimeRole:
        return tgt ? tgt->startTime : QDateTime();
    case EndTimeRole:
        return tgt ? tgt->endTime : QDateTime();
    case RenewTillRole:
        return tgt ? tgt->renewTill : QDateTime();
    case IsExpiredRole:
        return tgt && isExpired(tgt->endTime, now);
    case StatusLevelRole:
        return int(cacheStatus(cache, now).level);
    default:
        break;
    }

    // The cache row shows its TGT's times: that is when the cache stops being useful.
    if (tgt && (column == StartColumn || column == EndColumn || column == RenewTillColumn)) {
        if (role == Qt::FontRole && cache.primary) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole ||
            role == SortRole) {
            const QVariant value = ticketData(*tgt, column, role);
            if (role == Qt::ToolTipRole)
                return tr("Ticket-granting ticket: %1").arg(value.toString());
            return value;
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return cache.name;
        case PrincipalColumn:
            return cache.principal.isEmpty() ? tr("(no principal)") : cache.principal;
        case StatusColumn:
            return cacheStatus(cache, now).text;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            return cache.name;
        case PrincipalColumn:
            return cache.principal;
        case StatusColumn:
            return int(cacheStatus(cache, now).level);
        case StartColumn:
        case EndColumn:
        case RenewTillColumn:
            return QDateTime();
        default:
            return QString();
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return cacheToolTip(cache);
        case StatusColumn:
            return cacheStatus(cache, now).toolTip;
        case PrincipalColumn:
            return cache.principal.isEmpty()
                       ? tr("The cache has no default principal: it was created but never filled.")
                       : tr("Default principal of the cache: %1").arg(cache.principal);
        default:
            return {};
        }
    case Qt::FontRole:
        if (cache.primary) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            const QColor color = StatusPalette::foreground(cacheStatus(cache, now).level);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        if (column == PrincipalColumn && cache.principal.isEmpty())
            return StatusPalette::muted();
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn) {
            return QIcon(cache.primary ? QStringLiteral(":/icons/cache-primary.svg")
                                       : QStringLiteral(":/icons/cache.svg"));
        }
        if (column == StatusColumn)
            return StatusPalette::icon(cacheStatus(cache, now).level);
        return {};
    default:
        return {};
    }
}

QVariant CredentialCacheModel::ticketData(const Credential &c, int column, int role) const
{
    const QDateTime now = referenceTime();

    switch (role) {
    case StartTimeRole:
        return c.startTime;
    case EndTimeRole:
        return c.endTime;
    case RenewTillRole:
        return c.renewTill;
    case IsExpiredRole:
        return isExpired(c.endTime, now);
    case StatusLevelRole:
        return int(ticketStatus(c, now).level);
    default:
        break;
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return c.server;
        case PrincipalColumn:
            return c.client;
        case StartColumn:
            return KerberosFormat::relativeTime(c.startTime, now);
        case EndColumn:
            return KerberosFormat::expiryTime(c.endTime, now);
        case RenewTillColumn:
            return KerberosFormat::renewTime(c.renewTill, now);
        case FlagsColumn:
            return c.flags;
        case EnctypesColumn:
            return enctypesText(c);
        case StatusColumn:
            return ticketStatus(c, now).text;
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return c.server;
        case PrincipalColumn:
            return c.client;
        case StartColumn:
            return c.startTime;
        case EndColumn:
            return c.endTime;
        case RenewTillColumn:
            return c.renewTill;
        case FlagsColumn:
            return c.flags;
        case EnctypesColumn:
            return c.sessionEnctype;
        case StatusColumn:
            return int(ticketStatus(c, now).level);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
        case PrincipalColumn: {
            QStringList lines{tr("Server: %1").arg(c.server), tr("Client: %1").arg(c.client)};
            if (c.ticketSize > 0)
                lines.append(tr("Ticket size: %n byte(s)", nullptr, c.ticketSize));
            return lines.join(QLatin1Char('\n'));
        }
        case StartColumn: {
            if (!c.startTime.isValid())
                return tr("No start time.");
            QString text = tr("Valid from %1").arg(KerberosFormat::absoluteTime(c.startTime));
            if (c.authTime.isValid() && c.authTime != c.startTime)
                text += QLatin1Char('\n') +
                        tr("Authenticated at %1").arg(KerberosFormat::absoluteTime(c.authTime));
            return text;
        }
        case EndColumn:
            if (!c.endTime.isValid())
                return tr("No end time.");
            return isExpired(c.endTime, now)
                       ? tr("Expired at %1").arg(KerberosFormat::absoluteTime(c.endTime))
                       : tr("Expires at %1").arg(KerberosFormat::absoluteTime(c.endTime));
        case RenewTillColumn:
            if (!c.renewTill.isValid())
                return tr("Not renewable: run kinit again when it expires.");
            return isExpired(c.renewTill, now)
                       ? tr("Could be renewed until %1")
                             .arg(KerberosFormat::absoluteTime(c.renewTill))
                       : tr("Renewable until %1").arg(KerberosFormat::absoluteTime(c.renewTill));
        case FlagsColumn:
            return KerberosFormat::flagsToolTip(c.flags);
        case EnctypesColumn: {
            QString text = tr("Session key: %1\nTicket: %2")
                               .arg(c.sessionEnctype.isEmpty() ? tr("unknown") : c.sessionEnctype,
                                    c.ticketEnctype.isEmpty() ? tr("unknown") : c.ticketEnctype);
            if (KerberosFormat::isWeakEnctype(c.sessionEnctype) ||
                KerberosFormat::isWeakEnctype(c.ticketEnctype))
                text += QLatin1Char('\n') +
                        tr("DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429): configure "
                           "AES keys for this principal.");
            return text;
        }
        case StatusColumn:
            return ticketStatus(c, now).toolTip;
        }
        return {};
    case Qt::ForegroundRole: {
        QColor color;
        switch (column) {
        case EndColumn:
            if (isExpired(c.endTime, now))
                color = StatusPalette::foreground(Level::Critical);
            else if (c.endTime.isValid() && now.secsTo(c.endTime) < ExpiresSoonSeconds)
                color = StatusPalette::foreground(Level::Warning);
            break;
        case RenewTillColumn:
            if (isExpired(c.renewTill, now))
                color = StatusPalette::muted();
            break;
        case EnctypesColumn:
            if (KerberosFormat::isWeakEnctype(c.sessionEnctype) ||
                KerberosFormat::isWeakEnctype(c.ticketEnctype))
                color = StatusPalette::foreground(Level::Warning);
            break;
        case StatusColumn:
            color = StatusPalette::foreground(ticketStatus(c, now).level);
            break;
        default:
            break;
        }
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return QIcon(QStringLiteral(":/icons/ticket.svg"));
        if (column == StatusColumn)
            return StatusPalette::icon(ticketStatus(c, now).level);
        return {};
    default:
        return {};
    }
}

QVariant CredentialCacheModel::configGroupData(int count, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("Configuration (%n)", nullptr, count);
        return {};
    case SortRole:
        return column == NameColumn ? QVariant(QString()) : QVariant();
    case Qt::ToolTipRole:
        return tr("Cache configuration entries (X-CACHECONF:): settings libkrb5 stores beside the "
                  "tickets, such as the preauthentication type used. They are not tickets.");
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(QIcon(QStringLiteral(":/icons/configuration.svg")))
                                    : QVariant();
    default:
        return configRowStyle(role);
    }
}

QVariant CredentialCacheModel::configEntryData(const Credential &c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return c.configKey;
        case PrincipalColumn:
            return c.configValue;
        case StatusColumn:
            return c.configMeaning;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 = %2").arg(c.configKey, c.configValue)};
        if (!c.configMeaning.isEmpty())
            lines.append(c.configMeaning);
        lines.append(tr("Stored as %1").arg(c.server));
        if (!c.warnings.isEmpty())
            lines.append(KerberosFormat::warningsToolTip(c.warnings));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return configRowStyle(role);
    }
}

QVariant CredentialCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn:
            return tr("Cache / Server");
        case PrincipalColumn:
            return tr("Principal / Client");
        case StartColumn:
            return tr("Valid from");
        case EndColumn:
            return tr("Expires");
        case RenewTillColumn:
            return tr("Renew until");
        case FlagsColumn:
            return tr("Flags");
        case EnctypesColumn:
            return tr("Enctypes");
        case StatusColumn:
            return tr("Status");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case NameColumn:
            return tr("Credential cache name, or the service principal a ticket is for");
        case PrincipalColumn:
            return tr("The cache's default principal, or the client principal of a ticket");
        case StartColumn:
            return tr("When the ticket became valid (hover for the exact time)");
        case EndColumn:
            return tr("When the ticket expires (hover for the exact time)");
        case RenewTillColumn:
            return tr("Until when the ticket can be renewed with kinit -R");
        case FlagsColumn:
            return tr("Ticket flags as klist -f prints them (hover a ticket for their meaning)");
        case EnctypesColumn:
            return tr("Encryption types: session key / ticket");
        case StatusColumn:
            return tr("Validity and problems found");
        case ColumnCount:
            break;
        }
    }
    return {};
}

QHash<int, QByteArray> CredentialCacheModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CacheNameRole, "cacheName");
    names.insert(CredentialKeyRole, "credentialKey");
    names.insert(SortRole, "sortValue");
    names.insert(WarningsRole, "warnings");
    names.insert(WarningCodesRole, "warningCodes");
    names.insert(IsPrimaryRole, "isPrimary");
    names.insert(IsConfigRole, "isConfig");
    names.insert(ItemKindRole, "itemKind");
    names.insert(CredentialRole, "credential");
    names.insert(CacheRole, "cache");
    names.insert(StatusLevelRole, "statusLevel");
    names.insert(IsExpiredRole, "isExpired");
    names.insert(StartTimeRole, "startTime");
    names.insert(EndTimeRole, "endTime");
    names.insert(RenewTillRole, "renewTill");
    return names;
}

} // namespace Portier
