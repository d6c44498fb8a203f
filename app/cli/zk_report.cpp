// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/zk_report.h"

#include "app/cli/text_table.h"
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/audit.h"
#include "backends/zookeeper/four_letter_words.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_snapshot.h"
#include "backends/zookeeper/znode_reply.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Portier::Cli {

namespace {

QString dash()
{
    return QStringLiteral("-");
}

QString aclText(const Acl &acl)
{
    return acl.isEmpty() ? ZkReport::tr("(empty)") : AclSyntax::formatAcl(acl);
}

/// "/a/b" relative to @p root: the number of segments below it.
int depthBelow(const QString &path, const QString &root)
{
    if (path == root)
        return 0;
    const QString rest = root == QLatin1String("/") ? path.mid(1) : path.mid(root.size() + 1);
    return static_cast<int>(rest.count(QLatin1Char('/'))) + 1;
}

QString changeKindName(SnapshotDiff::Change::Kind kind)
{
    switch (kind) {
    case SnapshotDiff::Change::Kind::Added:
        return ZkReport::tr("added");
    case SnapshotDiff::Change::Kind::Removed:
        return ZkReport::tr("removed");
    case SnapshotDiff::Change::Kind::AclChanged:
        return ZkReport::tr("ACL changed");
    case SnapshotDiff::Change::Kind::DataChanged:
        return ZkReport::tr("data changed");
    }
    return {};
}

QString skipText(const QString &reason)
{
    if (reason == QLatin1String("unchanged"))
        return ZkReport::tr("unchanged");
    if (reason == QLatin1String("NOAUTH"))
        return ZkReport::tr("skipped: this session may not read the node (NOAUTH)");
    if (reason == QLatin1String("empty ACL"))
        return ZkReport::tr("skipped: removing the entries would leave an empty ACL");
    return ZkReport::tr("skipped: %1").arg(reason);
}

} // namespace

QString ZkReport::nodeName(const QString &path)
{
    if (path == QLatin1String("/") || path.isEmpty())
        return QStringLiteral("/");
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString ZkReport::parentPath(const QString &path)
{
    if (path == QLatin1String("/") || path.isEmpty())
        return {};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QStringList ZkReport::treePrefixes(const QStringList &paths, const QString &root)
{
    // A node is the last of its siblings when no later node has the same parent.
    QHash<QString, qsizetype> lastChildIndex;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (paths[i] != root)
            lastChildIndex.insert(parentPath(paths[i]), i);
    }
    const auto isLast = [&](const QString &path, qsizetype index) {
        return lastChildIndex.value(parentPath(path), -1) == index;
    };
    // The index of every path, to find an ancestor's position.
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i)
        indexOf.insert(paths[i], i);

    QStringList prefixes;
    prefixes.reserve(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const int depth = depthBelow(path, root);
        if (depth == 0) {
            prefixes.append(QString());
            continue;
        }
        QString prefix = isLast(path, i) ? QStringLiteral("└── ") : QStringLiteral("├── ");
        QString ancestor = parentPath(path);
        for (int level = depth - 1; level >= 1; --level) {
            const qsizetype ancestorIndex = indexOf.value(ancestor, -1);
            const bool ancestorLast = ancestorIndex < 0 || isLast(ancestor, ancestorIndex);
            prefix.prepend(ancestorLast ? QStringLiteral("    ") : QStringLiteral("│   "));
            ancestor = parentPath(ancestor);
        }
        prefixes.append(prefix);
    }
    return prefixes;
}

QString ZkReport::size(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return tr("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString ZkReport::dataPreview(const QByteArray &data, int maxChars)
{
    if (data.isEmpty())
        return tr("(empty)");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    bool printable = !decoder.hasError();
    for (qsizetype i = 0; printable && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isPrint() && c != QLatin1Char('\n') && c != QLatin1Char('\t') &&
            c != QLatin1Char('\r'))
            printable = false;
    }
    QString preview;
    if (printable) {
        preview = text;
        preview.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        preview.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        preview.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        preview.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        preview = QLatin1Char('"') + preview + QLatin1Char('"');
    } else {
        preview =
            QStringLiteral("hex ") + QString::fromLatin1(data.left(maxChars / 2 + 1).toHex(' '));
    }
    if (preview.size() > maxChars)
        preview = preview.left(maxChars) + QStringLiteral("…");
    return preview;
}

QString ZkReport::tree(const ScanResult &result, const QString &root, bool withData)
{
    QStringList paths;
    paths.reserve(result.nodes.size());
    for (const ZnodeRecord &node : result.nodes)
        paths.append(node.path);
    const QStringList prefixes = treePrefixes(paths, root);

    // Like TextTable, but a node's detail lines continue the tree's lines on the left.
    struct Row
    {
        QStringList cells;
        QStringList details;
    };
    QList<Row> rows;
    rows.reserve(result.nodes.size() + 1);
    rows.append(Row{{tr("NODE"), tr("CHILDREN"), tr("DATA"), tr("RISK"), tr("ACL")}, {}});
    int unreadable = 0;
    for (qsizetype i = 0; i < result.nodes.size(); ++i) {
        const ZnodeRecord &node = result.nodes[i];
        const QString &prefix = prefixes[i];
        const QString name = prefix + (prefix.isEmpty() ? node.path : nodeName(node.path));
        if (!node.readable()) {
            ++unreadable;
            rows.append(Row{{name, dash(), dash(), tr("locked"),
                             node.error == QLatin1String("NOAUTH")
                                 ? tr("NOAUTH: this session may not read the node")
                                 : node.error},
                            {}});
            continue;
        }
        QStringList details;
        if (node.stat.isEphemeral())
            details.append(
                tr("ephemeral, owned by session %1").arg(ZnodeStat::hex(node.stat.ephemeralOwner)));
        if (withData && node.data && !node.data->isEmpty())
            details.append(tr("data: %1").arg(dataPreview(*node.data)));
        if (!details.isEmpty()) {
            QString continuation = prefix;
            if (continuation.endsWith(QStringLiteral("├── ")))
                continuation = continuation.chopped(4) + QStringLiteral("│   ");
            else if (continuation.endsWith(QStringLiteral("└── ")))
                continuation = continuation.chopped(4) + QStringLiteral("    ");
            const bool childFollows =
                i + 1 < result.nodes.size() && parentPath(result.nodes[i + 1].path) == node.path;
            continuation += childFollows ? QStringLiteral("│ ") : QStringLiteral("  ");
            for (QString &detail : details)
                detail.prepend(continuation);
        }
        rows.append(Row{{name, QString::number(node.stat.numChildren), size(node.stat.dataLength),
                         AclSyntax::riskName(AclSyntax::assessRisk(node.acl)), aclText(node.acl)},
                        details});
    }

    QList<qsizetype> widths(5, 0);
    for (const Row &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.cells.size(); ++c)
            widths[c] = std::max(widths[c], row.cells[c].size());
    }
    QString text;
    for (const Row &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.cells.size(); ++c)
            line += c + 1 == row.cells.size() ? row.cells[c]
                                              : row.cells[c].leftJustified(widths[c] + 2);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
        for (const QString &detail : row.details)
            text += detail + QLatin1Char('\n');
    }

    text += QLatin1Char('\n') + tr("%n node(s)", nullptr, static_cast<int>(result.nodes.size()));
    if (unreadable > 0)
        text += QStringLiteral(", ") +
                tr("%n not readable by this session (NOAUTH)", nullptr, unreadable);
    if (result.reconnects > 0)
        text += QStringLiteral(", ") + tr("%n reconnect(s) survived", nullptr, result.reconnects);
    text += QStringLiteral(".\n");
    if (result.partial) {
        text += tr("Partial result: the scan did not finish (%1). Nodes below the ones listed may "
                   "be missing.")
                    .arg(result.partialReason) +
                QLatin1Char('\n');
    }
    return text;
}

QString ZkReport::acl(const QString &path, const ZnodeAcl &acl)
{
    QString text = tr("ACL of %1 (aversion %2, risk %3):")
                       .arg(path)
                       .arg(acl.stat.aversion)
                       .arg(AclSyntax::riskName(AclSyntax::assessRisk(acl.acl))) +
                   QLatin1Char('\n');
    TextTable table({tr("SCHEME"), tr("ID"), tr("PERMS")});
    for (const AclEntry &entry : acl.acl)
        table.addRow({entry.scheme, entry.id.isEmpty() ? dash() : entry.id,
                      entry.perms == 0 ? dash() : entry.permsString()});
    text += table.render(2);
    text += tr("zkCli: %1").arg(AclSyntax::setAclCommand(path, acl.acl, acl.stat.aversion)) +
            QLatin1Char('\n');
    return text;
}

QString ZkReport::plan(const AclChangePlan &plan, bool recursive)
{
    const int changes = plan.changeCount();
    QString modeText;
    switch (plan.mode) {
    case AclChangeMode::Replace:
        modeText = tr("Set the ACL to %1").arg(aclText(plan.acl));
        break;
    case AclChangeMode::AddEntry:
        modeText = tr("Add %1 to the ACL").arg(aclText(plan.acl));
        break;
    case AclChangeMode::RemoveEntry:
        modeText = tr("Remove %1 from the ACL").arg(aclText(plan.acl));
        break;
    }
    QString text =
        recursive
            ? tr("%1 on %2 and every node below it: %n node(s) to change.", nullptr, changes)
                  .arg(modeText, plan.root)
            : tr("%1 on %2: %n node(s) to change.", nullptr, changes).arg(modeText, plan.root);
    text += QLatin1Char('\n');

    TextTable table({tr("NODE"), tr("AVERSION"), tr("BEFORE"), tr("AFTER")});
    for (const AclChangeItem &item : plan.items) {
        if (item.willChange()) {
            table.addRow({item.path, QString::number(item.aversion), aclText(item.before),
                          aclText(item.after)});
        } else {
            table.addRow(
                {item.path, item.aversion >= 0 ? QString::number(item.aversion) : dash(),
                 item.skipReason == QLatin1String("NOAUTH") ? dash() : aclText(item.before),
                 skipText(item.skipReason)});
        }
    }
    text += table.render(2);
    if (plan.mode == AclChangeMode::Replace) {
        text += tr("zkCli: %1").arg(AclSyntax::setAclCommand(plan.root, plan.acl, -1, recursive)) +
                QLatin1Char('\n');
    }
    return text;
}

QString ZkReport::applyReport(const AclApplyReport &report, bool rollback)
{
    QString text;
    if (rollback) {
        text += tr("Restored the previous ACL of %n node(s)", nullptr, report.changed);
        text += QStringLiteral("; ") + tr("%n node(s) already had it.", nullptr, report.skipped) +
                QLatin1Char('\n');
    } else {
        text += tr("Changed the ACL of %n node(s)", nullptr, report.changed);
        text += QStringLiteral("; ") + tr("%n node(s) needed no change.", nullptr, report.skipped) +
                QLatin1Char('\n');
    }
    if (report.cancelled)
        text += tr("Cancelled before every node was done.") + QLatin1Char('\n');
    if (report.reconnects > 0)
        text += tr("The connection was lost %n time(s); the run waited for the reconnect and "
                   "checked the nodes it had in flight.",
                   nullptr, report.reconnects) +
                QLatin1Char('\n');
    if (!report.failures.isEmpty()) {
        text += tr("Failed on %n node(s):", nullptr, static_cast<int>(report.failures.size())) +
                QLatin1Char('\n');
        TextTable table({tr("NODE"), tr("ERROR"), tr("WHY")});
        for (const AclApplyReport::Failure &failure : report.failures) {
            QStringList details;
            if (!failure.error.hint.isEmpty())
                details.append(tr("What to do: %1").arg(failure.error.hint));
            table.addRow({failure.path, failure.error.codeName(), failure.error.message}, details);
        }
        text += table.render(2);
    }
    if (!report.journalFile.isEmpty()) {
        text +=
            rollback
                ? tr("Journal: %1").arg(report.journalFile)
                : tr("Journal: %1 (undo with: portier-cli zk rollback %1)").arg(report.journalFile);
        text += QLatin1Char('\n');
    }
    return text;
}

QString ZkReport::audit(const AuditReport &report)
{
    const QString mode =
        report.mode == AuditOptions::Mode::Secure ? tr("secure (Kerberos)") : tr("unsecure");
    QString text =
        tr("Audit of %1 against the %2 profile: %n node(s) scanned.", nullptr, report.nodesScanned)
            .arg(report.connectString, mode) +
        QLatin1Char('\n');
    QStringList components;
    for (const QString &name : report.components) {
        const AuditComponentProfile *profile = AuditProfiles::builtIn().component(name);
        components.append(profile && !profile->displayName.isEmpty() ? profile->displayName : name);
    }
    text += tr("Components found: %1")
                .arg(components.isEmpty() ? tr("none") : components.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    if (report.partial)
        text += tr("Partial result: the scan did not finish, so nodes may be missing from the "
                   "audit.") +
                QLatin1Char('\n');
    if (report.findings.isEmpty()) {
        text += tr("No findings.") + QLatin1Char('\n');
        return text;
    }

    constexpr std::array<AuditSeverity, 5> order{AuditSeverity::Critical, AuditSeverity::High,
                                                 AuditSeverity::Medium, AuditSeverity::Low,
                                                 AuditSeverity::Info};
    QStringList counts;
    for (const AuditSeverity severity : order) {
        const auto count = std::count_if(
            report.findings.cbegin(), report.findings.cend(),
            [severity](const AuditFinding &finding) { return finding.severity == severity; });
        if (count > 0)
            counts.append(QStringLiteral("%1 %2").arg(count).arg(auditSeverityName(severity)));
    }
    text += tr("%n finding(s)", nullptr, static_cast<int>(report.findings.size())) +
            QStringLiteral(" (") + counts.join(QStringLiteral(", ")) + QStringLiteral("):\n");

    for (const AuditFinding &finding : report.findings) {
        text += QLatin1Char('\n') + auditSeverityName(finding.severity).toUpper() +
                QStringLiteral("  ") + finding.path + QStringLiteral("  [") + finding.rule;
        if (!finding.component.isEmpty())
            text += QStringLiteral(", ") + finding.component;
        text += QStringLiteral("]\n");
        text += QStringLiteral("  ") + finding.message + QLatin1Char('\n');
        TextTable table;
        table.addRow({tr("Current ACL:"), aclText(finding.acl)});
        if (!finding.recommended.isEmpty())
            table.addRow({tr("Recommended:"), aclText(finding.recommended)});
        if (!finding.fixCommand.isEmpty())
            table.addRow({tr("Fix (zkCli):"), finding.fixCommand});
        text += table.render(2);
    }
    return text;
}

QString ZkReport::diff(const SnapshotDiff &diff)
{
    if (diff.isEmpty())
        return tr("No differences.") + QLatin1Char('\n');
    TextTable table({tr("CHANGE"), tr("NODE"), tr("BEFORE"), tr("AFTER")});
    for (const SnapshotDiff::Change &change : diff.changes) {
        const bool aclShown = change.kind == SnapshotDiff::Change::Kind::AclChanged;
        table.addRow({changeKindName(change.kind), change.path,
                      aclShown || change.kind == SnapshotDiff::Change::Kind::Removed
                          ? aclText(change.aclBefore)
                          : dash(),
                      aclShown || change.kind == SnapshotDiff::Change::Kind::Added
                          ? aclText(change.aclAfter)
                          : dash()});
    }
    return table.render(0) + QLatin1Char('\n') +
           tr("%n difference(s).", nullptr, static_cast<int>(diff.changes.size())) +
           QLatin1Char('\n');
}

QString ZkReport::fourLetterReply(const FourLetterReply &reply)
{
    QString text = tr("%1 from %2:").arg(reply.word, reply.server) + QLatin1Char('\n');
    QString body = reply.text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        text += QStringLiteral("  ") + lines[i] + QLatin1Char('\n');
    return text;
}

} // namespace Portier::Cli
