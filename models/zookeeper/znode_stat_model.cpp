// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/zookeeper/znode_stat_model.h"

#include "models/kerberos_format.h"

#include <QLocale>

namespace Portier {

ZnodeStatModel::ZnodeStatModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ZnodeStatModel::setStat(const std::optional<ZnodeStat> &stat)
{
    if (stat == m_stat)
        return;
    m_stat = stat;
    Q_EMIT dataChanged(index(0, ValueColumn), index(FieldCount - 1, ValueColumn));
}

void ZnodeStatModel::setOwnSessionId(qint64 sessionId)
{
    if (sessionId == m_ownSessionId)
        return;
    m_ownSessionId = sessionId;
    Q_EMIT dataChanged(index(EphemeralOwner, ValueColumn), index(EphemeralOwner, ValueColumn));
}

void ZnodeStatModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    Q_EMIT dataChanged(index(Ctime, ValueColumn), index(Mtime, ValueColumn));
}

QDateTime ZnodeStatModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

QString ZnodeStatModel::fieldName(Field field)
{
    switch (field) {
    case Czxid:
        return QStringLiteral("czxid");
    case Mzxid:
        return QStringLiteral("mzxid");
    case Pzxid:
        return QStringLiteral("pzxid");
    case Ctime:
        return QStringLiteral("ctime");
    case Mtime:
        return QStringLiteral("mtime");
    case Version:
        return QStringLiteral("dataVersion");
    case Cversion:
        return QStringLiteral("cversion");
    case Aversion:
        return QStringLiteral("aclVersion");
    case EphemeralOwner:
        return QStringLiteral("ephemeralOwner");
    case DataLength:
        return QStringLiteral("dataLength");
    case NumChildren:
        return QStringLiteral("numChildren");
    case FieldCount:
        break;
    }
    return {};
}

QString ZnodeStatModel::meaning(Field field)
{
    switch (field) {
    case Czxid:
        return tr("Transaction that created the node");
    case Mzxid:
        return tr("Transaction that last changed the node's data");
    case Pzxid:
        return tr("Transaction that last added or removed a child");
    case Ctime:
        return tr("When the node was created");
    case Mtime:
        return tr("When the node's data last changed");
    case Version:
        return tr("Data version: a save checks it (set with version)");
    case Cversion:
        return tr("Number of changes to the node's children");
    case Aversion:
        return tr("ACL version: an ACL change checks it");
    case EphemeralOwner:
        return tr("Session that owns an ephemeral node");
    case DataLength:
        return tr("Size of the node's data");
    case NumChildren:
        return tr("Number of children");
    case FieldCount:
        break;
    }
    return {};
}

qint64 ZnodeStatModel::rawValue(const ZnodeStat &stat, Field field)
{
    switch (field) {
    case Czxid:
        return stat.czxid;
    case Mzxid:
        return stat.mzxid;
    case Pzxid:
        return stat.pzxid;
    case Ctime:
        return stat.ctime;
    case Mtime:
        return stat.mtime;
    case Version:
        return stat.version;
    case Cversion:
        return stat.cversion;
    case Aversion:
        return stat.aversion;
    case EphemeralOwner:
        return stat.ephemeralOwner;
    case DataLength:
        return stat.dataLength;
    case NumChildren:
        return stat.numChildren;
    case FieldCount:
        break;
    }
    return 0;
}

QString ZnodeStatModel::valueText(Field field) const
{
    if (!m_stat)
        return {};
    const ZnodeStat &stat = *m_stat;
    const QLocale locale;
    switch (field) {
    case Czxid:
    case Mzxid:
    case Pzxid:
        return ZnodeStat::hex(rawValue(stat, field));
    case Ctime:
    case Mtime: {
        const QDateTime when = field == Ctime ? stat.created() : stat.modified();
        if (rawValue(stat, field) == 0)
            return tr("never");
        return tr("%1 (%2)").arg(KerberosFormat::absoluteTime(when),
                                 KerberosFormat::relativeTime(when, now()));
    }
    case Version:
    case Cversion:
    case Aversion:
    case NumChildren:
        return locale.toString(rawValue(stat, field));
    case EphemeralOwner:
        if (!stat.isEphemeral())
            return tr("none (persistent node)");
        if (stat.ephemeralOwner == m_ownSessionId)
            return tr("%1 (this session)").arg(ZnodeStat::hex(stat.ephemeralOwner));
        return ZnodeStat::hex(stat.ephemeralOwner);
    case DataLength:
        return sizeText(stat.dataLength);
    case FieldCount:
        break;
    }
    return {};
}

QString ZnodeStatModel::sizeText(qint64 bytes)
{
    const QLocale locale;
    const QString size = locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    if (bytes < 1024)
        return size;
    return tr("%1 (%2 bytes)").arg(size, locale.toString(bytes));
}

int ZnodeStatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

int ZnodeStatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZnodeStatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto field = Field(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return fieldName(field);
        case ValueColumn:
            return valueText(field);
        case MeaningColumn:
            return meaning(field);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && m_stat) {
            const qint64 raw = rawValue(*m_stat, field);
            return tr("%1 = %2 (decimal), %3 (hex)")
                .arg(fieldName(field), QString::number(raw), ZnodeStat::hex(raw));
        }
        return meaning(field);
    case RawValueRole:
        return m_stat ? QVariant(rawValue(*m_stat, field)) : QVariant();
    case FieldNameRole:
        return fieldName(field);
    default:
        break;
    }
    return {};
}

QVariant ZnodeStatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    default:
        break;
    }
    return {};
}

} // namespace Portier
