// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portier {
struct AclApplyReport;
struct AclChangePlan;
struct AuditReport;
struct FourLetterReply;
struct ScanResult;
struct SnapshotDiff;
struct ZnodeAcl;
struct ZnodeRecord;
} // namespace Portier

namespace Portier::Cli {

/// Human output of `portier-cli zk ...`: the tree drawn like tree(1) with each node's child
/// count, data size, risk and ACL; ACL change plans and their outcome; audit findings with the
/// command that fixes them. The JSON output is the value types' own toJson().
class ZkReport
{
    Q_DECLARE_TR_FUNCTIONS(ZkReport)

public:
    /// The scanned subtree below @p root; with @p withData a preview of each node's data.
    static QString tree(const ScanResult &result, const QString &root, bool withData);
    /// The lines in front of each node's name ("├── ", "│   └── ") for nodes in scan order
    /// (parents before children, siblings sorted), @p root drawn without a prefix.
    static QStringList treePrefixes(const QStringList &paths, const QString &root);
    /// The ACL of one node as a table, with its aversion and the zkCli command that sets it.
    static QString acl(const QString &path, const ZnodeAcl &acl);
    /// A dry run: every node with its ACL before and after, or why it is skipped.
    static QString plan(const AclChangePlan &plan, bool recursive);
    /// The outcome of an apply, or with @p rollback of a rollback.
    static QString applyReport(const AclApplyReport &report, bool rollback);
    static QString audit(const AuditReport &report);
    static QString diff(const SnapshotDiff &diff);
    static QString fourLetterReply(const FourLetterReply &reply);

    /// "last segment" of a path; "/" for the root.
    static QString nodeName(const QString &path);
    /// "/a" for "/a/b", "/" for "/a", "" for "/".
    static QString parentPath(const QString &path);
    /// A one-line preview of node data: the UTF-8 text when it is printable, else hex; cut at
    /// @p maxChars with "…".
    static QString dataPreview(const QByteArray &data, int maxChars = 60);
    /// "1 B", "2.0 KiB", "3.5 MiB"
    static QString size(qint64 bytes);
};

} // namespace Portier::Cli
