// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/zk_snapshot.h"

#include "backends/core/json_util.h"
#include "backends/zookeeper/zk_tr.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Portier {

namespace {

constexpr int kSnapshotVersion = 1;

QLatin1StringView snapshotFormat()
{
    return QLatin1StringView("portier-zk-snapshot");
}

QLatin1StringView kindName(SnapshotDiff::Change::Kind kind)
{
    switch (kind) {
    case SnapshotDiff::Change::Kind::Added:
        return QLatin1StringView("added");
    case SnapshotDiff::Change::Kind::Removed:
        return QLatin1StringView("removed");
    case SnapshotDiff::Change::Kind::AclChanged:
        return QLatin1StringView("acl-changed");
    case SnapshotDiff::Change::Kind::DataChanged:
        break;
    }
    return QLatin1StringView("data-changed");
}

// fileName is empty when the JSON did not come from a file.
Error invalidSnapshot(const QString &fileName, const QString &reason)
{
    if (fileName.isEmpty())
        return Error(
            CoreError::InvalidInput,
            ZooKeeper::tr("This is not a valid Portier ZooKeeper snapshot: %1.").arg(reason));
    return Error(CoreError::InvalidInput,
                 ZooKeeper::tr("The snapshot %1 is not a valid Portier ZooKeeper snapshot: %2.")
                     .arg(fileName, reason),
                 ZooKeeper::tr("Choose a file written by Portier's snapshot export or "
                               "portier-cli zk snapshot."));
}

// ACLs compare as sets: the server keeps the order it was given, which carries no meaning.
Acl sortedAcl(Acl acl)
{
    std::sort(acl.begin(), acl.end(), [](const AclEntry &a, const AclEntry &b) {
        if (a.scheme != b.scheme)
            return a.scheme < b.scheme;
        if (a.id != b.id)
            return a.id < b.id;
        return a.perms < b.perms;
    });
    return acl;
}

// Whether the record's ACL was read; an unreadable node's empty ACL means "unknown".
bool aclKnown(const ZnodeRecord &record)
{
    return record.readable() || !record.acl.isEmpty();
}

Result<ZkSnapshot> parseSnapshot(const QJsonObject &object, const QString &fileName)
{
    const QJsonValue format = object.value(QLatin1StringView("format"));
    if (format.isUndefined())
        return invalidSnapshot(
            fileName,
            ZooKeeper::tr("it has no \"format\" field (expected \"%1\")").arg(snapshotFormat()));
    if (!format.isString())
        return invalidSnapshot(fileName,
                               ZooKeeper::tr("its \"format\" field is not a string (expected "
                                             "\"%1\")")
                                   .arg(snapshotFormat()));
    if (format.toString() != snapshotFormat())
        return invalidSnapshot(fileName, ZooKeeper::tr("its format is \"%1\", expected \"%2\"")
                                             .arg(format.toString(), snapshotFormat()));
    const QJsonValue version = object.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInteger()))
        return invalidSnapshot(fileName, ZooKeeper::tr("it has no integer \"version\" field"));
    if (version.toInteger() > kSnapshotVersion)
        return Error(CoreError::Unsupported,
                     (fileName.isEmpty()
                          ? ZooKeeper::tr("The snapshot has format version %1, but this Portier "
                                          "reads only version %2.")
                                .arg(version.toInteger())
                                .arg(kSnapshotVersion)
                          : ZooKeeper::tr("The snapshot %1 has format version %2, but this "
                                          "Portier reads only version %3.")
                                .arg(fileName, QString::number(version.toInteger()),
                                     QString::number(kSnapshotVersion))),
                     ZooKeeper::tr("Open it with the newer Portier that wrote it."));
    if (version.toInteger() < 1)
        return invalidSnapshot(
            fileName,
            ZooKeeper::tr("its version %1 is not a snapshot version").arg(version.toInteger()));

    QString error;
    ZkSnapshot snapshot;
    auto connect = Json::stringField(object, QLatin1StringView("connectString"), &error, false);
    auto root = Json::stringField(object, QLatin1StringView("root"), &error);
    auto withData = Json::boolField(object, QLatin1StringView("withData"), &error, false);
    auto nodeArray = Json::arrayField(object, QLatin1StringView("nodes"), &error);
    if (!connect || !root || !withData || !nodeArray)
        return invalidSnapshot(fileName, error);
    auto taken = Json::toDateTime(object.value(QLatin1StringView("taken")));
    if (!taken)
        return invalidSnapshot(
            fileName,
            ZooKeeper::tr("field \"taken\" is not an ISO 8601 time such as 2026-01-31T12:00:00Z"));
    if (taken->isValid()) {
        // Json::fromDateTime writes years 0001-9999 only; a zone offset can push a time past that.
        const auto written = Json::toDateTime(Json::fromDateTime(*taken));
        if (!written || !written->isValid())
            return invalidSnapshot(fileName, ZooKeeper::tr("field \"taken\" is out of range"));
    }
    if (!root->startsWith(QLatin1Char('/')))
        return invalidSnapshot(
            fileName,
            ZooKeeper::tr("field \"root\" is \"%1\", not an absolute znode path").arg(*root));
    snapshot.connectString = *connect;
    snapshot.root = *root;
    snapshot.taken = *taken;
    snapshot.withData = *withData;
    snapshot.nodes.reserve(nodeArray->size());
    for (qsizetype i = 0; i < nodeArray->size(); ++i) {
        const QJsonValue value = nodeArray->at(i);
        if (!value.isObject())
            return invalidSnapshot(
                fileName,
                ZooKeeper::tr("node %1 of %2 is not an object").arg(i + 1).arg(nodeArray->size()));
        QString nodeError;
        auto node = ZnodeRecord::fromJson(value.toObject(), &nodeError);
        if (!node)
            return invalidSnapshot(
                fileName,
                ZooKeeper::tr("node %1 of %2: %3")
                    .arg(QString::number(i + 1), QString::number(nodeArray->size()), nodeError));
        snapshot.nodes.append(std::move(*node));
    }
    return snapshot;
}

} // namespace

QJsonObject ZkSnapshot::toJson() const
{
    QJsonArray nodeArray;
    for (const ZnodeRecord &node : nodes)
        nodeArray.append(node.toJson());
    return QJsonObject{
        {QLatin1StringView("format"), snapshotFormat()},
        {QLatin1StringView("version"), kSnapshotVersion},
        {QLatin1StringView("connectString"), connectString},
        {QLatin1StringView("root"), root},
        {QLatin1StringView("taken"), Json::fromDateTime(taken)},
        {QLatin1StringView("withData"), withData},
        {QLatin1StringView("nodes"), nodeArray},
    };
}

Result<ZkSnapshot> ZkSnapshot::fromJson(const QJsonObject &object)
{
    return parseSnapshot(object, QString());
}

Result<void> ZkSnapshot::save(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e(
            CoreError::Io,
            ZooKeeper::tr("Could not write the snapshot %1: %2").arg(fileName, file.errorString()),
            ZooKeeper::tr("Check that the folder exists and that you may write to it."));
        e.detail = file.errorString();
        return e;
    }
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit()) {
        Error e(
            CoreError::Io,
            ZooKeeper::tr("Could not write the snapshot %1: %2").arg(fileName, file.errorString()),
            ZooKeeper::tr("Check the free space on the disk; the previous file, if any, was "
                          "left unchanged."));
        e.detail = file.errorString();
        return e;
    }
    return {};
}

Result<ZkSnapshot> ZkSnapshot::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return Error(CoreError::NotFound,
                     ZooKeeper::tr("The snapshot %1 does not exist.").arg(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        Error e(
            file.error() == QFileDevice::PermissionsError ? CoreError::NeedsPrivilege
                                                          : CoreError::Io,
            ZooKeeper::tr("Could not read the snapshot %1: %2").arg(fileName, file.errorString()));
        e.detail = file.errorString();
        return e;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Error e(
            CoreError::Io,
            ZooKeeper::tr("Could not read the snapshot %1: %2").arg(fileName, file.errorString()));
        e.detail = file.errorString();
        return e;
    }
    if (bytes.trimmed().isEmpty())
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("The snapshot %1 is empty.").arg(fileName),
                     ZooKeeper::tr("The file may have been truncated; take the snapshot again."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e(CoreError::InvalidInput,
                ZooKeeper::tr("The snapshot %1 is not valid JSON: %2 at byte %3.")
                    .arg(fileName, parseError.errorString(), QString::number(parseError.offset)),
                ZooKeeper::tr("The file may be truncated or edited by hand; take the snapshot "
                              "again."));
        e.detail = parseError.errorString();
        return e;
    }
    if (!doc.isObject())
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("The snapshot %1 is not a Portier ZooKeeper snapshot: the JSON "
                                   "is not an object.")
                         .arg(fileName));
    return parseSnapshot(doc.object(), fileName);
}

QJsonObject SnapshotDiff::Change::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("kind"), kindName(kind)},
        {QLatin1StringView("path"), path},
        {QLatin1StringView("before"), aclToJson(aclBefore)},
        {QLatin1StringView("after"), aclToJson(aclAfter)},
    };
}

QJsonObject SnapshotDiff::toJson() const
{
    QJsonArray array;
    for (const Change &change : changes)
        array.append(change.toJson());
    return QJsonObject{{QLatin1StringView("changes"), array}};
}

SnapshotDiff SnapshotDiff::compare(const ZkSnapshot &before, const ZkSnapshot &after)
{
    using Kind = Change::Kind;
    QHash<QString, const ZnodeRecord *> afterByPath;
    afterByPath.reserve(after.nodes.size());
    for (const ZnodeRecord &node : after.nodes)
        afterByPath.insert(node.path, &node);
    QHash<QString, const ZnodeRecord *> beforeByPath;
    beforeByPath.reserve(before.nodes.size());
    for (const ZnodeRecord &node : before.nodes)
        beforeByPath.insert(node.path, &node);

    SnapshotDiff diff;
    for (const ZnodeRecord &old : before.nodes) {
        if (beforeByPath.value(old.path) != &old)
            continue; // a duplicate path in the first snapshot: compared once
        const ZnodeRecord *now = afterByPath.value(old.path);
        if (!now) {
            diff.changes.append({Kind::Removed, old.path, old.acl, {}});
            continue;
        }
        if (aclKnown(old) && aclKnown(*now) && sortedAcl(old.acl) != sortedAcl(now->acl))
            diff.changes.append({Kind::AclChanged, old.path, old.acl, now->acl});
        if (old.readable() && now->readable()) {
            const bool dataChanged = old.data && now->data ? *old.data != *now->data
                                                           : old.stat.version != now->stat.version;
            if (dataChanged)
                diff.changes.append({Kind::DataChanged, old.path, old.acl, now->acl});
        }
    }
    for (const ZnodeRecord &node : after.nodes) {
        if (!beforeByPath.contains(node.path) && afterByPath.value(node.path) == &node)
            diff.changes.append({Kind::Added, node.path, {}, node.acl});
    }
    std::stable_sort(diff.changes.begin(), diff.changes.end(),
                     [](const Change &a, const Change &b) {
                         if (a.path != b.path)
                             return a.path < b.path;
                         return a.kind < b.kind;
                     });
    return diff;
}

} // namespace Portier
