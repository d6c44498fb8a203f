// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/zookeeper/acl_table_model.h"

#include "backends/zookeeper/acl_syntax.h"
#include "models/status_palette.h"

#include <QFont>
#include <QFontDatabase>

#include <algorithm>

namespace Portier {

AclTableModel::AclTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QStringList AclTableModel::schemes()
{
    return {QStringLiteral("world"), QStringLiteral("auth"), QStringLiteral("digest"),
            QStringLiteral("ip"),    QStringLiteral("sasl"), QStringLiteral("x509")};
}

int AclTableModel::permForColumn(int column)
{
    switch (column) {
    case CreateColumn:
        return ZkPerm::Create;
    case DeleteColumn:
        return ZkPerm::Delete;
    case ReadColumn:
        return ZkPerm::Read;
    case WriteColumn:
        return ZkPerm::Write;
    case AdminColumn:
        return ZkPerm::Admin;
    default:
        return 0;
    }
}

QString AclTableModel::defaultId(const QString &scheme)
{
    return scheme == QLatin1String("world") ? QStringLiteral("anyone") : QString();
}

bool AclTableModel::grantsAdmin(const Acl &acl, const Acl &identities)
{
    // The super user passes every ACL check.
    const auto isSuper = [](const AclEntry &identity) {
        return identity.scheme == QLatin1StringView("super");
    };
    if (std::any_of(identities.cbegin(), identities.cend(), isSuper))
        return true;
    // The server replaces an auth entry by the session's digest and sasl identities when it
    // sets the ACL.
    const auto authenticated = [](const AclEntry &identity) {
        return identity.scheme == QLatin1StringView("digest") ||
               identity.scheme == QLatin1StringView("sasl");
    };
    const bool hasAuthenticated =
        std::any_of(identities.cbegin(), identities.cend(), authenticated);
    for (const AclEntry &entry : acl) {
        if (!entry.has(ZkPerm::Admin))
            continue;
        if (entry.scheme == QLatin1StringView("world") && entry.id == QLatin1StringView("anyone"))
            return true;
        if (entry.scheme == QLatin1StringView("auth") && hasAuthenticated)
            return true;
        for (const AclEntry &identity : identities) {
            if (AclSyntax::appliesTo(entry, identity))
                return true;
        }
    }
    return false;
}

void AclTableModel::setAcl(const Acl &acl)
{
    beginResetModel();
    m_entries = acl;
    endResetModel();
    Q_EMIT aclChanged();
}

Acl AclTableModel::acl() const
{
    return m_entries;
}

void AclTableModel::setIdentities(const Acl &identities)
{
    m_identities = identities;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AclTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AclTableModel::setPermissionsIgnored(bool ignored)
{
    if (m_permissionsIgnored == ignored)
        return;
    m_permissionsIgnored = ignored;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT aclChanged();
}

int AclTableModel::addEntry(const AclEntry &entry)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
    Q_EMIT aclChanged();
    return row;
}

void AclTableModel::setEntry(int row, const AclEntry &entry)
{
    if (row < 0 || row >= rowCount() || m_entries.at(row) == entry)
        return;
    m_entries[row] = entry;
    rowChanged(row);
}

void AclTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT aclChanged();
}

QString AclTableModel::rowError(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    AclEntry entry = m_entries.at(row);
    if (m_permissionsIgnored)
        entry.perms = ZkPerm::All;
    // ZooKeeper 3.6+ answers getACL with "user:x" for digest entries when the session lacks
    // ADMIN on the node, so that the hashes cannot be attacked offline.
    if (entry.scheme == QLatin1StringView("digest") && entry.id.endsWith(QLatin1StringView(":x")))
        return tr("The server hid this digest entry's password hash (shown as x) because this "
                  "session lacks the ADMIN permission on the node. Writing it back would lock "
                  "the user out; connect with an identity that has ADMIN to edit this ACL.");
    const Result<void> valid = AclSyntax::validateEntry(entry);
    return valid ? QString() : valid.error().message;
}

bool AclTableModel::isValid() const
{
    return validationMessage().isEmpty();
}

QString AclTableModel::validationMessage() const
{
    if (m_entries.isEmpty())
        return tr("The ACL has no entry. ZooKeeper refuses an empty ACL: add at least one "
                  "entry.");
    for (int row = 0; row < rowCount(); ++row) {
        const QString error = rowError(row);
        if (!error.isEmpty())
            return tr("Row %1 (%2): %3").arg(row + 1).arg(m_entries.at(row).scheme, error);
    }
    return {};
}

Acl AclTableModel::authIdentities() const
{
    Acl ids;
    for (const AclEntry &identity : m_identities) {
        if (identity.scheme == QLatin1StringView("digest") ||
            identity.scheme == QLatin1StringView("sasl"))
            ids.append(identity);
    }
    return ids;
}

QString AclTableModel::identitiesText() const
{
    QStringList names;
    const Acl ids = authIdentities();
    for (const AclEntry &identity : ids)
        names.append(identity.scheme + QLatin1Char(':') + identity.id);
    return names.join(QStringLiteral(", "));
}

QString AclTableModel::note(int row) const
{
    const QString error = rowError(row);
    if (!error.isEmpty())
        return error;
    const AclEntry &entry = m_entries.at(row);
    const QString &scheme = entry.scheme;
    if (scheme == QLatin1String("auth")) {
        if (authIdentities().isEmpty())
            return tr("Expands to the session's identities, but this session has none: the "
                      "server will refuse it (add a digest identity or use SASL).");
        return tr("Expands to the session's identities when applied: %1").arg(identitiesText());
    }
    if (scheme == QLatin1String("world"))
        return tr("Anyone, authenticated or not");
    if (scheme == QLatin1String("digest"))
        return tr("User %1 authenticated with a password (addauth digest)")
            .arg(entry.id.section(QLatin1Char(':'), 0, 0));
    if (scheme == QLatin1String("ip"))
        return tr("Clients connecting from %1").arg(entry.id);
    if (scheme == QLatin1String("sasl"))
        return tr("Kerberos (SASL) principal %1").arg(entry.id);
    if (scheme == QLatin1String("x509"))
        return tr("Clients presenting a certificate with this subject");
    if (scheme == QLatin1String("super"))
        return tr("The super user configured on the server");
    return {};
}

int AclTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AclTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AclTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const AclEntry &entry = m_entries.at(row);
    const int perm = permForColumn(column);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case SchemeColumn:
            return entry.scheme;
        case IdColumn:
            return entry.id;
        case PermsColumn:
            return entry.permsString();
        case NoteColumn:
            return role == Qt::DisplayRole ? note(row) : QVariant();
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (perm != 0)
            return entry.has(perm) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString error = rowError(row);
        if (!error.isEmpty())
            return error;
        if (column == NoteColumn || (column == IdColumn && entry.scheme == QLatin1String("auth")))
            return note(row);
        if (perm != 0) {
            switch (perm) {
            case ZkPerm::Create:
                return tr("Create: may create children");
            case ZkPerm::Delete:
                return tr("Delete: may delete children");
            case ZkPerm::Read:
                return tr("Read: may read the data and list the children");
            case ZkPerm::Write:
                return tr("Write: may set the data");
            case ZkPerm::Admin:
                return tr("Admin: may change the ACL");
            }
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (column == NoteColumn || column == IdColumn) {
            if (!rowError(row).isEmpty())
                return StatusPalette::foreground(StatusPalette::Level::Critical);
            if (column == NoteColumn)
                return StatusPalette::muted();
        }
        return {};
    case Qt::DecorationRole:
        if (column == NoteColumn) {
            if (!rowError(row).isEmpty())
                return StatusPalette::icon(StatusPalette::Level::Critical);
            if (entry.scheme == QLatin1String("auth") && authIdentities().isEmpty())
                return StatusPalette::icon(StatusPalette::Level::Warning);
        }
        return {};
    case Qt::FontRole:
        if (column == PermsColumn || column == IdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (perm != 0 || column == PermsColumn)
            return int(Qt::AlignCenter);
        return {};
    case EntryRole:
        return QVariant::fromValue(entry);
    case ErrorRole:
        return rowError(row);
    case SortRole:
        switch (column) {
        case SchemeColumn:
            return entry.scheme;
        case IdColumn:
            return entry.id;
        case PermsColumn:
            return entry.perms;
        case NoteColumn:
            return note(row);
        default:
            return entry.has(perm);
        }
    case SchemesRole:
        if (column == SchemeColumn)
            return schemes();
        return {};
    default:
        return {};
    }
}

bool AclTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    AclEntry entry = m_entries.at(row);
    const int perm = permForColumn(column);

    if (perm != 0) {
        if (role != Qt::CheckStateRole || m_permissionsIgnored)
            return false;
        const bool checked = value.toInt() == Qt::Checked;
        entry.perms = checked ? (entry.perms | perm) : (entry.perms & ~perm);
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (column) {
        case SchemeColumn: {
            const QString scheme = text.toLower();
            if (scheme.isEmpty())
                return false;
            // world has one id and auth none: switching to or from them resets the id.
            const QString oldDefault = defaultId(entry.scheme);
            const bool fixedId =
                entry.scheme == QLatin1String("world") || entry.scheme == QLatin1String("auth");
            if (scheme == QLatin1String("world") || scheme == QLatin1String("auth") ||
                (fixedId && entry.id == oldDefault))
                entry.id = defaultId(scheme);
            entry.scheme = scheme;
            break;
        }
        case IdColumn:
            entry.id = text;
            break;
        case PermsColumn: {
            if (m_permissionsIgnored)
                return false;
            const Result<int> perms = AclSyntax::parsePerms(text);
            if (!perms)
                return false;
            entry.perms = perms.value();
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }

    if (entry == m_entries.at(row))
        return true;
    m_entries[row] = entry;
    rowChanged(row);
    return true;
}

Qt::ItemFlags AclTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int column = index.column();
    const bool permColumn = permForColumn(column) != 0 || column == PermsColumn;
    if (!(permColumn && m_permissionsIgnored))
        flags |= Qt::ItemIsEnabled;
    if (permForColumn(column) != 0)
        flags |= Qt::ItemIsUserCheckable;
    if (!m_readOnly) {
        if (column == SchemeColumn || column == IdColumn ||
            (column == PermsColumn && !m_permissionsIgnored))
            flags |= Qt::ItemIsEditable;
    }
    if (m_readOnly && permForColumn(column) != 0)
        flags &= ~Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AclTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SchemeColumn:
            return tr("Scheme");
        case IdColumn:
            return tr("Id");
        case CreateColumn:
            return tr("c", "ZooKeeper permission letter: create");
        case DeleteColumn:
            return tr("d", "ZooKeeper permission letter: delete");
        case ReadColumn:
            return tr("r", "ZooKeeper permission letter: read");
        case WriteColumn:
            return tr("w", "ZooKeeper permission letter: write");
        case AdminColumn:
            return tr("a", "ZooKeeper permission letter: admin");
        case PermsColumn:
            return tr("Permissions");
        case NoteColumn:
            return tr("Meaning");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case CreateColumn:
            return tr("Create children");
        case DeleteColumn:
            return tr("Delete children");
        case ReadColumn:
            return tr("Read data and list children");
        case WriteColumn:
            return tr("Set data");
        case AdminColumn:
            return tr("Change the ACL");
        case PermsColumn:
            return tr("The permissions in zkCli's cdrwa notation");
        default:
            break;
        }
    }
    return {};
}

bool AclTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        AclEntry entry;
        entry.scheme = QStringLiteral("sasl");
        entry.perms = ZkPerm::Read;
        m_entries.insert(row, entry);
    }
    endInsertRows();
    Q_EMIT aclChanged();
    return true;
}

bool AclTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    Q_EMIT aclChanged();
    return true;
}

QHash<int, QByteArray> AclTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryRole, "entry");
    names.insert(ErrorRole, "error");
    names.insert(SortRole, "sort");
    names.insert(SchemesRole, "schemes");
    return names;
}

} // namespace Portier
