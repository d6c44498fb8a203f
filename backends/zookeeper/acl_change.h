// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/znode_record.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Portier {

class ZkSession;

/// How a recursive ACL change treats each node's ACL.
enum class AclChangeMode
{
    Replace,     ///< the node's ACL becomes exactly the given ACL
    AddEntry,    ///< each given entry is added; an entry with the same scheme:id gets the perms
    RemoveEntry, ///< entries with the given scheme:id are removed (perms ignored)
};
QString aclChangeModeName(AclChangeMode mode); ///< "replace", "add", "remove"
std::optional<AclChangeMode> aclChangeModeFromName(const QString &name);

/// One node of a planned change: its ACL before (as read, with the aversion read) and after.
struct AclChangeItem
{
    QString path;
    int aversion = -1;
    Acl before;
    Acl after;
    /// Why the node will not be changed: "" (it will), "unchanged" (after == before),
    /// "NOAUTH" (unreadable), "empty ACL" (RemoveEntry would leave nothing).
    QString skipReason;
    bool willChange() const { return skipReason.isEmpty(); }

    QJsonObject toJson() const;
    static std::optional<AclChangeItem> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);
    friend bool operator==(const AclChangeItem &, const AclChangeItem &) = default;
};

/// The dry run: every node of the subtree with its ACL before and after.
struct AclChangePlan
{
    QString root;
    AclChangeMode mode = AclChangeMode::Replace;
    Acl acl; ///< the ACL or entries the change is about
    QList<AclChangeItem> items;

    int changeCount() const;
    QJsonObject toJson() const;
    static std::optional<AclChangePlan> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);

    /// Plans the change over scanned nodes (pure, no I/O).
    static AclChangePlan make(const QList<ZnodeRecord> &nodes, const QString &root,
                              AclChangeMode mode, const Acl &acl);
};

/// The on-disk journal written before a recursive change is applied: enough to roll back.
/// JSON {"format":"portier-zk-acl-journal","version":1,"created","connectString","root",
/// "mode","acl","entries":[{"path","aversion","previous":[...],"target":[...]}]}.
/// Written atomically (QSaveFile) before the first setAcl; a progress file beside it
/// (JOURNAL.progress, one applied path per line, flushed per node) records how far apply got.
struct AclJournal
{
    QDateTime created;
    QString connectString;
    QString root;
    AclChangeMode mode = AclChangeMode::Replace;
    Acl acl;
    struct Entry
    {
        QString path;
        int aversion = -1; ///< the aversion the change was planned against
        Acl previous;
        Acl target;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QList<Entry> entries;

    static AclJournal fromPlan(const AclChangePlan &plan, const QString &connectString);
    QJsonObject toJson() const;
    static Result<AclJournal> fromJson(const QJsonObject &object);
    Result<void> save(const QString &fileName) const;
    /// Reads and validates a journal; errors say which file and what is wrong with it.
    static Result<AclJournal> load(const QString &fileName);
};

/// Outcome of applying (or rolling back) a change.
struct AclApplyReport
{
    struct Failure
    {
        QString path;
        Error error; ///< NoAuth, BadVersion (changed meanwhile), NoNode, JournalConflict ...
    };
    int changed = 0;
    int skipped = 0; ///< nothing to do (already at target)
    QList<Failure> failures;
    bool cancelled = false;
    int reconnects = 0; ///< connection losses survived (the run waited and went on)
    QString journalFile;

    bool ok() const { return failures.isEmpty() && !cancelled; }
    QJsonObject toJson() const;
};

class AclChanger
{
public:
    /// Writes the journal to @p journalFile, then sets each node's target ACL with its planned
    /// aversion, pipelined (window in flight). A node whose aversion moved is not overwritten
    /// (BadVersion failure). A connection loss pauses the run until the session reconnects
    /// (at most 60 s); a setAcl lost with the connection is checked before it is sent again.
    /// Progress and cancel through the future. Setting @p stop to true ends the run early like
    /// QFuture::cancel() but still delivers the report (cancelled set): Qt discards the result of a
    /// cancelled future.
    static QFuture<Result<AclApplyReport>> apply(std::shared_ptr<ZkSession> session,
                                                 const AclChangePlan &plan,
                                                 const QString &journalFile, int window = 500,
                                                 std::shared_ptr<std::atomic_bool> stop = {});
    /// Restores every journal entry's previous ACL. For each node the current ACL is read first:
    /// equal to previous → skipped; equal to target (applied), or the entry is listed in the
    /// progress file and its aversion is one past the planned one (applied, the server having
    /// normalized the ACL, nobody changed it since) → restored with the current aversion;
    /// anything else → JournalConflict failure (someone else changed it) unless @p force.
    /// Works on journals of interrupted applies.
    static QFuture<Result<AclApplyReport>> rollback(std::shared_ptr<ZkSession> session,
                                                    const QString &journalFile, bool force = false,
                                                    int window = 500,
                                                    std::shared_ptr<std::atomic_bool> stop = {});
    /// The progress file beside @p journalFile: "JOURNAL.progress".
    static QString progressFileName(const QString &journalFile);
};

} // namespace Portier
