// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keytab_model.h"

#include "models/kerberos_format.h"
#include "models/keyed_row_sync.h"
#include "models/status_palette.h"

#include <QIcon>

namespace Portier {

namespace {

StatusPalette::Level levelOf(const KeytabEntry &entry)
{
    const Warning *worst = KerberosFormat::worstWarning(entry.warnings);
    return worst ? StatusPalette::fromSeverity(worst->severity) : StatusPalette::Level::Ok;
}

} // namespace

KeytabModel::KeytabModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString KeytabModel::entryKey(const KeytabEntry &entry)
{
    const QChar sep(0x1f);
    return entry.principal + sep + QString::number(entry.kvno) + sep +
           QString::number(entry.enctypeId) + sep + entry.enctype;
}

QStringList KeytabModel::rowKeys(const QList<KeytabEntry> &entries) const
{
    QStringList keys;
    keys.reserve(entries.size());
    for (const KeytabEntry &e : entries)
        keys.append(entryKey(e));
    return disambiguateKeys(keys);
}

void KeytabModel::setListing(const KeytabListing &listing)
{
    if (listing.path != m_listing.path) {
        beginResetModel();
        m_listing = listing;
        endResetModel();
        return;
    }

    QList<KeytabEntry> &rows = m_listing.entries;
    const QList<KeytabEntry> &target = listing.entries;
    syncKeyedRows(
        rowKeys(rows), rowKeys(target),
        [&](int first, int last) {
            beginRemoveRows({}, first, last);
            rows.remove(first, last - first + 1);
            endRemoveRows();
        },
        [&](int from, int to) {
            beginMoveRows({}, from, from, {}, to);
            rows.move(from, to);
            endMoveRows();
        },
        [&](int first, int last) {
            beginInsertRows({}, first, last);
            for (int row = first; row <= last; ++row)
                rows.insert(row, target.at(row));
            endInsertRows();
        },
        [&](int row) {
            if (rows.at(row) != target.at(row)) {
                rows[row] = target.at(row);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        });
    m_listing.warnings = listing.warnings;
    Q_ASSERT(m_listing == listing);
}

void KeytabModel::clear()
{
    beginResetModel();
    m_listing = {};
    endResetModel();
}

int KeytabModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listing.entries.size());
}

int KeytabModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeytabModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeytabEntry &e = m_listing.entries.at(index.row());
    const StatusPalette::Level level = levelOf(e);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrincipalColumn:
            return e.principal;
        case KvnoColumn:
            return e.kvno;
        case EnctypeColumn:
            return e.enctype;
        case TimestampColumn:
            return e.timestamp.isValid()
                       ? e.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
        case WarningsColumn: {
            const Warning *worst = KerberosFormat::worstWarning(e.warnings);
            if (!worst)
                return QString();
            if (e.warnings.size() == 1)
                return worst->message;
            return tr("%1 (+%n more)", nullptr, int(e.warnings.size() - 1)).arg(worst->message);
        }
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case PrincipalColumn:
            return e.principal;
        case KvnoColumn:
            return e.kvno;
        case EnctypeColumn:
            return e.enctypeId;
        case TimestampColumn:
            return e.timestamp;
        case WarningsColumn:
            return int(level);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EnctypeColumn: {
            QString text = tr("%1 (enctype %2)").arg(e.enctype).arg(e.enctypeId);
            if (KerberosFormat::isWeakEnctype(e.enctype))
                text += QLatin1Char('\n') +
                        tr("DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429).");
            return text;
        }
        case TimestampColumn:
            return tr("Key written to the keytab at %1")
                .arg(KerberosFormat::absoluteTime(e.timestamp));
        case KvnoColumn:
            return tr("Key version number: must match the KDC's for the key to be usable.");
        default:
            return e.warnings.isEmpty() ? QVariant() : KerberosFormat::warningsToolTip(e.warnings);
        }
    case Qt::ForegroundRole: {
        if (index.column() == EnctypeColumn && KerberosFormat::isWeakEnctype(e.enctype))
            return StatusPalette::foreground(StatusPalette::Level::Warning);
        if (index.column() == PrincipalColumn || index.column() == KvnoColumn ||
            index.column() == WarningsColumn) {
            const QColor color = StatusPalette::foreground(level);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    }
    case Qt::DecorationRole:
        if (index.column() == WarningsColumn)
            return StatusPalette::icon(level);
        if (index.column() == PrincipalColumn)
            return QIcon(QStringLiteral(":/icons/key.svg"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == KvnoColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryKeyRole:
        return entryKey(e);
    case WarningsRole:
        return QVariant::fromValue(e.warnings);
    case WarningCodesRole: {
        QStringList codes;
        for (const Warning &w : e.warnings)
            codes.append(w.code);
        return codes;
    }
    case StatusLevelRole:
        return int(level);
    case EntryRole:
        return QVariant::fromValue(e);
    case PrincipalRole:
        return e.principal;
    default:
        return {};
    }
}

QVariant KeytabModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case PrincipalColumn:
            return tr("Principal");
        case KvnoColumn:
            return tr("KVNO");
        case EnctypeColumn:
            return tr("Enctype");
        case TimestampColumn:
            return tr("Timestamp");
        case WarningsColumn:
            return tr("Warnings");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole && section == KvnoColumn) {
        return tr("Key version number");
    }
    return {};
}

QHash<int, QByteArray> KeytabModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(EntryKeyRole, "entryKey");
    names.insert(WarningsRole, "warnings");
    names.insert(WarningCodesRole, "warningCodes");
    names.insert(StatusLevelRole, "statusLevel");
    names.insert(EntryRole, "entry");
    names.insert(PrincipalRole, "principal");
    return names;
}

} // namespace Portier
