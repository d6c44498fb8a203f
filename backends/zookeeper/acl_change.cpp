// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/acl_change.h"

#include "backends/core/json_util.h"
#include "backends/core/logging.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_outage.h"
#include "backends/zookeeper/zk_session.h"
#include "backends/zookeeper/zk_tr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <climits>
#include <deque>
#include <thread>
#include <tuple>
#include <vector>

namespace Portier {

namespace {

constexpr QLatin1StringView journalFormat("portier-zk-acl-journal");
constexpr int journalVersion = 1;

/// ACLs are sets to the server (order aside): compare them as such.
bool sameAcl(const Acl &a, const Acl &b)
{
    if (a.size() != b.size())
        return false;
    auto key = [](const AclEntry &e) { return std::tie(e.scheme, e.id, e.perms); };
    auto less = [&](const AclEntry &x, const AclEntry &y) { return key(x) < key(y); };
    Acl x = a;
    Acl y = b;
    std::sort(x.begin(), x.end(), less);
    std::sort(y.begin(), y.end(), less);
    return x == y;
}

bool sameIdentity(const AclEntry &a, const AclEntry &b)
{
    return a.scheme == b.scheme && a.id == b.id;
}

Acl changedAcl(const Acl &before, AclChangeMode mode, const Acl &acl)
{
    switch (mode) {
    case AclChangeMode::Replace:
        return acl;
    case AclChangeMode::AddEntry: {
        Acl after = before;
        for (const AclEntry &entry : acl) {
            bool found = false;
            for (AclEntry &existing : after) {
                if (sameIdentity(existing, entry)) {
                    existing.perms = entry.perms;
                    found = true;
                }
            }
            if (!found)
                after.append(entry);
        }
        return after;
    }
    case AclChangeMode::RemoveEntry: {
        Acl after = before;
        after.removeIf([&acl](const AclEntry &existing) {
            return std::any_of(acl.cbegin(), acl.cend(), [&existing](const AclEntry &entry) {
                return sameIdentity(existing, entry);
            });
        });
        return after;
    }
    }
    return before;
}

/// Prefixes a fromJson() error with where it happened: "entries[3].previous: ...".
QString at(const QString &where, const QString &error)
{
    return where + QLatin1String(": ") + error;
}

std::optional<Acl> aclField(const QJsonObject &o, QLatin1StringView key, QString *error)
{
    const auto array = Json::arrayField(o, key, error);
    if (!array)
        return std::nullopt;
    QString inner;
    auto acl = aclFromJson(*array, &inner);
    if (!acl) {
        if (error)
            *error = at(key, inner);
        return std::nullopt;
    }
    return acl;
}

} // namespace

QString aclChangeModeName(AclChangeMode mode)
{
    switch (mode) {
    case AclChangeMode::Replace:
        return QStringLiteral("replace");
    case AclChangeMode::AddEntry:
        return QStringLiteral("add");
    case AclChangeMode::RemoveEntry:
        return QStringLiteral("remove");
    }
    return QString();
}

std::optional<AclChangeMode> aclChangeModeFromName(const QString &name)
{
    for (AclChangeMode mode :
         {AclChangeMode::Replace, AclChangeMode::AddEntry, AclChangeMode::RemoveEntry}) {
        if (name == aclChangeModeName(mode))
            return mode;
    }
    return std::nullopt;
}

// --- AclChangeItem / AclChangePlan --------------------------------------------------------------

QJsonObject AclChangeItem::toJson() const
{
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("aversion"), aversion},
        {QStringLiteral("before"), aclToJson(before)},
        {QStringLiteral("after"), aclToJson(after)},
        {QStringLiteral("change"), willChange()},
        {QStringLiteral("skipReason"),
         skipReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(skipReason)},
    };
}

std::optional<AclChangeItem> AclChangeItem::fromJson(const QJsonObject &object, QString *error)
{
    AclChangeItem item;
    const auto path = Json::stringField(object, QLatin1StringView("path"), error);
    const auto aversion =
        path ? Json::integerField(object, QLatin1StringView("aversion"), error) : std::nullopt;
    const auto before =
        aversion ? aclField(object, QLatin1StringView("before"), error) : std::nullopt;
    const auto after = before ? aclField(object, QLatin1StringView("after"), error) : std::nullopt;
    const auto skip = after
                          ? Json::stringField(object, QLatin1StringView("skipReason"), error, false)
                          : std::nullopt;
    if (!skip)
        return std::nullopt;
    item.path = *path;
    item.aversion = int(*aversion);
    item.before = *before;
    item.after = *after;
    item.skipReason = *skip;
    return item;
}

int AclChangePlan::changeCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const AclChangeItem &item) { return item.willChange(); }));
}

QJsonObject AclChangePlan::toJson() const
{
    return QJsonObject{
        {QStringLiteral("root"), root},
        {QStringLiteral("mode"), aclChangeModeName(mode)},
        {QStringLiteral("acl"), aclToJson(acl)},
        {QStringLiteral("changeCount"), changeCount()},
        {QStringLiteral("items"), Json::fromList(items)},
    };
}

std::optional<AclChangePlan> AclChangePlan::fromJson(const QJsonObject &object, QString *error)
{
    AclChangePlan plan;
    const auto root = Json::stringField(object, QLatin1StringView("root"), error);
    if (!root)
        return std::nullopt;
    const auto modeName = Json::stringField(object, QLatin1StringView("mode"), error);
    if (!modeName)
        return std::nullopt;
    const auto mode = aclChangeModeFromName(*modeName);
    if (!mode) {
        if (error)
            *error = QStringLiteral("field \"mode\" is not one of replace, add, remove");
        return std::nullopt;
    }
    const auto acl = aclField(object, QLatin1StringView("acl"), error);
    if (!acl)
        return std::nullopt;
    const auto array = Json::arrayField(object, QLatin1StringView("items"), error);
    if (!array)
        return std::nullopt;
    plan.items.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString where = QStringLiteral("items[%1]").arg(i);
        if (!array->at(i).isObject()) {
            if (error)
                *error = at(where, QStringLiteral("not an object"));
            return std::nullopt;
        }
        QString inner;
        auto item = AclChangeItem::fromJson(array->at(i).toObject(), &inner);
        if (!item) {
            if (error)
                *error = at(where, inner);
            return std::nullopt;
        }
        plan.items.append(std::move(*item));
    }
    plan.root = *root;
    plan.mode = *mode;
    plan.acl = *acl;
    return plan;
}

AclChangePlan AclChangePlan::make(const QList<ZnodeRecord> &nodes, const QString &root,
                                  AclChangeMode mode, const Acl &acl)
{
    AclChangePlan plan;
    plan.root = root;
    plan.mode = mode;
    plan.acl = acl;
    plan.items.reserve(nodes.size());
    for (const ZnodeRecord &node : nodes) {
        AclChangeItem item;
        item.path = node.path;
        item.aversion = node.stat.aversion;
        item.before = node.acl;
        // A node whose ACL could not be read (the server never returns an empty ACL) cannot be
        // planned: its aversion is unknown too.
        if (!node.readable() && node.acl.isEmpty()) {
            item.aversion = -1;
            item.skipReason =
                node.error == QLatin1String("NOAUTH") ? QStringLiteral("NOAUTH") : node.error;
            plan.items.append(std::move(item));
            continue;
        }
        item.after = changedAcl(node.acl, mode, acl);
        if (item.after.isEmpty())
            item.skipReason = QStringLiteral("empty ACL");
        else if (sameAcl(item.after, item.before))
            item.skipReason = QStringLiteral("unchanged");
        plan.items.append(std::move(item));
    }
    return plan;
}

// --- AclJournal -------------------------------------------------------------------------------

AclJournal AclJournal::fromPlan(const AclChangePlan &plan, const QString &connectString)
{
    AclJournal journal;
    journal.created = QDateTime::currentDateTimeUtc();
    journal.connectString = connectString;
    journal.root = plan.root;
    journal.mode = plan.mode;
    journal.acl = plan.acl;
    journal.entries.reserve(plan.changeCount());
    for (const AclChangeItem &item : plan.items) {
        if (item.willChange())
            journal.entries.append(Entry{item.path, item.aversion, item.before, item.after});
    }
    return journal;
}

QJsonObject AclJournal::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : entries) {
        array.append(QJsonObject{
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("aversion"), entry.aversion},
            {QStringLiteral("previous"), aclToJson(entry.previous)},
            {QStringLiteral("target"), aclToJson(entry.target)},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), QString(journalFormat)},
        {QStringLiteral("version"), journalVersion},
        {QStringLiteral("created"), Json::fromDateTime(created)},
        {QStringLiteral("connectString"), connectString},
        {QStringLiteral("root"), root},
        {QStringLiteral("mode"), aclChangeModeName(mode)},
        {QStringLiteral("acl"), aclToJson(acl)},
        {QStringLiteral("entries"), array},
    };
}

Result<AclJournal> AclJournal::fromJson(const QJsonObject &object)
{
    auto invalid = [](const QString &what) {
        return Result<AclJournal>(Error(CoreError::InvalidInput, what));
    };
    QString error;
    const auto format = Json::stringField(object, QLatin1StringView("format"), &error);
    if (!format)
        return invalid(error);
    if (*format != journalFormat)
        return invalid(QStringLiteral("field \"format\" is \"%1\", expected \"%2\"")
                           .arg(*format, journalFormat));
    const auto version = Json::integerField(object, QLatin1StringView("version"), &error);
    if (!version)
        return invalid(error);
    if (*version != journalVersion)
        return invalid(QStringLiteral("field \"version\" is %1; this Portier reads version %2")
                           .arg(*version)
                           .arg(journalVersion));
    AclJournal journal;
    const auto created = Json::toDateTime(object.value(QLatin1String("created")));
    if (!created)
        return invalid(QStringLiteral("field \"created\" is not an ISO 8601 time"));
    journal.created = *created;
    const auto connectString =
        Json::stringField(object, QLatin1StringView("connectString"), &error, false);
    if (!connectString)
        return invalid(error);
    journal.connectString = *connectString;
    const auto root = Json::stringField(object, QLatin1StringView("root"), &error);
    if (!root)
        return invalid(error);
    journal.root = *root;
    const auto modeName = Json::stringField(object, QLatin1StringView("mode"), &error);
    if (!modeName)
        return invalid(error);
    const auto mode = aclChangeModeFromName(*modeName);
    if (!mode)
        return invalid(QStringLiteral("field \"mode\" is \"%1\", expected replace, add or remove")
                           .arg(*modeName));
    journal.mode = *mode;
    const auto acl = aclField(object, QLatin1StringView("acl"), &error);
    if (!acl)
        return invalid(error);
    journal.acl = *acl;
    const auto entries = Json::arrayField(object, QLatin1StringView("entries"), &error);
    if (!entries)
        return invalid(error);
    journal.entries.reserve(entries->size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!entries->at(i).isObject())
            return invalid(at(where, QStringLiteral("not an object")));
        const QJsonObject o = entries->at(i).toObject();
        Entry entry;
        const auto path = Json::stringField(o, QLatin1StringView("path"), &error);
        if (!path)
            return invalid(at(where, error));
        if (!path->startsWith(QLatin1Char('/')))
            return invalid(
                at(where, QStringLiteral("field \"path\" is not an absolute znode path")));
        const auto aversion = Json::integerField(o, QLatin1StringView("aversion"), &error);
        if (!aversion)
            return invalid(at(where, error));
        if (*aversion < 0 || *aversion > INT_MAX)
            return invalid(at(where, QStringLiteral("field \"aversion\" is out of range")));
        const auto previous = aclField(o, QLatin1StringView("previous"), &error);
        if (!previous)
            return invalid(at(where, error));
        if (previous->isEmpty())
            return invalid(at(where, QStringLiteral("field \"previous\" is an empty ACL")));
        const auto target = aclField(o, QLatin1StringView("target"), &error);
        if (!target)
            return invalid(at(where, error));
        entry.path = *path;
        entry.aversion = int(*aversion);
        entry.previous = *previous;
        entry.target = *target;
        journal.entries.append(std::move(entry));
    }
    return journal;
}

Result<void> AclJournal::save(const QString &fileName) const
{
    QSaveFile file(fileName);
    auto failed = [&]() {
        return Result<void>(Error(CoreError::Io,
                                  ZooKeeper::tr("Could not write the ACL journal %1: %2")
                                      .arg(fileName, file.errorString()),
                                  ZooKeeper::tr("Choose a writable location for the journal; "
                                                "nothing was changed on the server.")));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

Result<AclJournal> AclJournal::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? CoreError::Io : CoreError::NotFound,
                     ZooKeeper::tr("Could not read the ACL journal %1: %2")
                         .arg(fileName, file.errorString()),
                     ZooKeeper::tr("Check the path of the journal file."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QString hint = ZooKeeper::tr("Use the journal Portier wrote before the change; an "
                                       "edited or truncated journal cannot be rolled back safely.");
    if (parseError.error != QJsonParseError::NoError) {
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("The ACL journal %1 is not valid JSON (at byte %2: %3).")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     hint);
    }
    if (!document.isObject()) {
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("The ACL journal %1 is not valid: the top level is not a JSON "
                                   "object.")
                         .arg(fileName),
                     hint);
    }
    Result<AclJournal> journal = fromJson(document.object());
    if (!journal.ok()) {
        Error error = journal.error();
        error.detail = error.message;
        error.message =
            ZooKeeper::tr("The ACL journal %1 is not valid: %2.").arg(fileName, error.detail);
        error.hint = hint;
        return error;
    }
    return journal;
}

// --- AclApplyReport ---------------------------------------------------------------------------

QJsonObject AclApplyReport::toJson() const
{
    QJsonArray array;
    for (const Failure &failure : failures) {
        array.append(QJsonObject{
            {QStringLiteral("path"), failure.path},
            {QStringLiteral("error"), failure.error.toJson()},
        });
    }
    return QJsonObject{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("changed"), changed},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("failures"), array},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("reconnects"), reconnects},
        {QStringLiteral("journalFile"), journalFile},
    };
}

// --- AclChanger -------------------------------------------------------------------------------

namespace {

Error setAclFailure(const QString &path, const Error &error, bool rollback)
{
    Error out = error;
    out.detail = error.message;
    if (error.is(ZkError::BadVersion)) {
        out.message = ZooKeeper::tr("The ACL of %1 changed meanwhile (its aversion moved); it was "
                                    "not overwritten.")
                          .arg(path);
        out.hint = rollback ? ZooKeeper::tr("Look at the node's current ACL and roll back again.")
                            : ZooKeeper::tr("Run the dry run again to see the current ACL, then "
                                            "apply again.");
    } else if (error.is(ZkError::NoAuth)) {
        out.message =
            ZooKeeper::tr("Not allowed to change the ACL of %1: none of the session's identities "
                          "has ADMIN (a) permission on it.")
                .arg(path);
        out.hint = ZooKeeper::tr("Connect with an identity that has ADMIN on the node (for example "
                                 "the superDigest user) and run the change again.");
    } else if (error.is(ZkError::NoNode)) {
        out.message = ZooKeeper::tr("%1 was deleted meanwhile; its ACL was not changed.").arg(path);
        out.hint.clear();
    } else if (error.is(ZkError::ConnectionLoss) || error.is(ZkError::OperationTimeout)) {
        out.message = ZooKeeper::tr("The connection was lost while changing the ACL of %1; the "
                                    "change may or may not have been applied.")
                          .arg(path);
        out.hint = rollback ? ZooKeeper::tr("Reconnect and roll back again from the same journal.")
                            : ZooKeeper::tr("Reconnect, then roll back from the journal or run "
                                            "the change again.");
    } else if (out.message.isEmpty()) {
        out.message = ZooKeeper::tr("Could not change the ACL of %1.").arg(path);
    }
    return out;
}

using Zk::isTransient;

/// The session can serve no further request.
bool endsRun(const Error &error)
{
    return isTransient(error) || Zk::isSessionFatal(error);
}

/// An entry the run never got to send (again): the session was lost first.
Error notReached(const QString &path, const QString &reason)
{
    Error error(ZkError::ConnectionLoss,
                ZooKeeper::tr("The ACL of %1 was not changed: the session was lost before it "
                              "was reached.")
                    .arg(path),
                ZooKeeper::tr("Reconnect and run the change (or the rollback) again."));
    error.detail = reason;
    return error;
}

bool hasAuthEntry(const Acl &acl)
{
    return std::any_of(acl.cbegin(), acl.cend(),
                       [](const AclEntry &e) { return e.scheme == QLatin1String("auth"); });
}

/// How long a run waits for the session to reconnect after a connection loss.
constexpr qint64 kReconnectTimeoutMs = 60000;

/// One apply or rollback: pipelined requests over the journal's entries, at most window
/// entries in flight (each entry has one request outstanding at a time). Callbacks run on the
/// C client's completion thread; requests are sent after releasing the lock because a request
/// that cannot be sent calls back at once in the sending thread.
///
/// A connection loss pauses the run: the entries whose request failed wait, with nothing sent,
/// until the session is connected again, then go first. A setAcl lost that way may or may not
/// have reached the server, so the entry is marked uncertain and its ACL is read again before
/// anything else is sent for it: still at the planned aversion → set again; one step past it
/// with the target (or an auth: target, which the server expands) → it was applied; anything
/// else → someone else changed it, not overwritten. A session that expires or ends, or no
/// reconnect within kReconnectTimeoutMs, ends the run; every entry not done is then a failure.
class ChangeRun : public std::enable_shared_from_this<ChangeRun>
{
public:
    enum class Kind
    {
        Apply,
        Rollback,
    };

    ChangeRun(Kind kind, const std::shared_ptr<ZkSession> &session, QString journalFile, int window,
              bool force, std::shared_ptr<std::atomic_bool> stop)
        : m_kind(kind)
        , m_session(session)
        , m_window(std::clamp(window, 1, 5000))
        , m_force(force)
        , m_stop(std::move(stop))
    {
        m_report.journalFile = std::move(journalFile);
        m_progressTimer.start();
        m_promise.start();
    }

    /// Before start(): the entries to work on, and (rollback) the paths the apply recorded.
    void prepare(AclJournal journal, QSet<QString> progressed = {})
    {
        m_journal = std::move(journal);
        m_progressed = std::move(progressed);
        m_uncertain.assign(size_t(m_journal.entries.size()), 0);
    }
    const AclJournal &journal() const { return m_journal; }
    const QString &journalFile() const { return m_report.journalFile; }
    std::shared_ptr<ZkSession> session() const { return m_session.lock(); }

    /// Ends the run before any request with @p error.
    void fail(Error error)
    {
        m_promise.addResult(Result<AclApplyReport>(std::move(error)));
        m_promise.finish();
    }

    QFuture<Result<AclApplyReport>> future() { return m_promise.future(); }
    AclApplyReport &report() { return m_report; }

    /// Apply only: the progress file, opened (truncated) before the first setAcl.
    Result<void> openProgressFile()
    {
        m_progressFile.setFileName(AclChanger::progressFileName(m_report.journalFile));
        if (!m_progressFile.open(QIODevice::WriteOnly | QIODevice::Truncate |
                                 QIODevice::Unbuffered)) {
            return Error(CoreError::Io,
                         ZooKeeper::tr("Could not write the progress file %1: %2")
                             .arg(m_progressFile.fileName(), m_progressFile.errorString()),
                         ZooKeeper::tr("Choose a writable location for the journal; nothing was "
                                       "changed on the server."));
        }
        return {};
    }

    void start()
    {
        m_promise.setProgressRange(0, int(m_journal.entries.size()));
        std::vector<int> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            takeBatch(batch);
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
    }

private:
    bool stopRequested() const { return m_promise.isCanceled() || (m_stop && m_stop->load()); }

    void takeBatch(std::vector<int> &batch)
    {
        if (m_ending)
            return;
        if (stopRequested()) {
            m_report.cancelled = true;
            m_ending = true;
            return;
        }
        if (m_paused)
            return;
        while (m_inflight < m_window && !m_retry.empty()) {
            batch.push_back(m_retry.front());
            m_retry.pop_front();
            ++m_inflight;
        }
        while (m_inflight < m_window && m_next < m_journal.entries.size()) {
            batch.push_back(int(m_next++));
            ++m_inflight;
        }
    }

    bool shouldFinish()
    {
        if (m_finished || m_inflight > 0)
            return false;
        if (m_ending || (m_next >= m_journal.entries.size() && m_retry.empty() && !m_paused)) {
            m_finished = true;
            return true;
        }
        return false;
    }

    /// Sends without recursing: a request that fails at once calls back in this thread, and
    /// that callback sends the next ones; they are queued here and sent by the outermost call.
    void send(const std::vector<int> &batch)
    {
        struct Trampoline
        {
            bool active = false;
            std::deque<std::pair<std::shared_ptr<ChangeRun>, int>> pending;
        };
        thread_local Trampoline trampoline;
        if (batch.empty())
            return;
        const auto self = shared_from_this();
        for (int index : batch)
            trampoline.pending.emplace_back(self, index);
        if (trampoline.active)
            return;
        trampoline.active = true;
        while (!trampoline.pending.empty()) {
            auto [run, index] = std::move(trampoline.pending.front());
            trampoline.pending.pop_front();
            run->issue(index);
        }
        trampoline.active = false;
    }

    void issue(int index)
    {
        const std::shared_ptr<ZkSession> session = m_session.lock();
        const AclJournal::Entry &entry = m_journal.entries.at(index);
        if (!session) {
            done(index, Error(ZkError::Closing,
                              ZooKeeper::tr("The ZooKeeper session was closed before the ACL of "
                                            "%1 could be changed.")
                                  .arg(entry.path)));
            return;
        }
        auto self = shared_from_this();
        if (m_kind == Kind::Apply && isUncertain(index)) {
            session->getAclAsync(entry.path, [self, index](Result<ZnodeAcl> result) {
                self->onVerify(index, std::move(result));
            });
        } else if (m_kind == Kind::Apply) {
            session->setAclAsync(entry.path, entry.target, entry.aversion,
                                 [self, index](Result<ZnodeStat> result) {
                                     self->onSet(index, result.ok() ? nullptr : &result.error());
                                 });
        } else {
            session->getAclAsync(entry.path, [self, index](Result<ZnodeAcl> result) {
                self->onRead(index, std::move(result));
            });
        }
    }

    void onSet(int index, const Error *error)
    {
        const AclJournal::Entry &entry = m_journal.entries.at(index);
        if (error) {
            if (isTransient(*error) && waitForReconnect(index, true))
                return;
            done(index, setAclFailure(entry.path, *error, m_kind == Kind::Rollback));
            return;
        }
        applied(index);
    }

    void applied(int index)
    {
        if (m_kind == Kind::Apply) {
            // One line per applied node, written through at once (unbuffered): a kill right
            // after this leaves the file accurate.
            QMutexLocker lock(&m_mutex);
            const QByteArray line = m_journal.entries.at(index).path.toUtf8() + '\n';
            m_progressFile.write(line);
        }
        done(index, std::nullopt, true);
    }

    bool isUncertain(int index)
    {
        QMutexLocker lock(&m_mutex);
        return m_uncertain[size_t(index)] != 0;
    }

    /// Apply only: the ACL of an entry whose setAcl was lost with the connection, read again.
    void onVerify(int index, Result<ZnodeAcl> result)
    {
        const AclJournal::Entry &entry = m_journal.entries.at(index);
        if (!result.ok()) {
            if (isTransient(result.error()) && waitForReconnect(index, false))
                return;
            done(index, setAclFailure(entry.path, result.error(), false));
            return;
        }
        const int aversion = result->stat.aversion;
        qCDebug(lcZk) << "ACL change: after the reconnect" << entry.path << "is at aversion"
                      << aversion << "planned" << entry.aversion;
        if (aversion == entry.aversion) {
            // The lost request never reached the server: send it again.
            {
                QMutexLocker lock(&m_mutex);
                m_uncertain[size_t(index)] = 0;
            }
            issue(index);
            return;
        }
        if (aversion == entry.aversion + 1 &&
            (sameAcl(result->acl, entry.target) || hasAuthEntry(entry.target))) {
            applied(index);
            return;
        }
        done(index, setAclFailure(
                        entry.path,
                        Error(ZkError::BadVersion,
                              ZooKeeper::tr("After the reconnect the ACL of %1 is %2 at aversion "
                                            "%3; the journal planned aversion %4.")
                                  .arg(entry.path, AclSyntax::formatAcl(result->acl))
                                  .arg(aversion)
                                  .arg(entry.aversion)),
                        false));
    }

    /// A request of @p index failed with a connection loss: the entry waits for the reconnect
    /// and the run sends nothing until then. @p wasSet: the lost request was a setAcl, which
    /// may have been applied. False when the run is ending anyway: the caller reports it.
    bool waitForReconnect(int index, bool wasSet)
    {
        std::vector<int> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_ending)
                return false;
            --m_inflight;
            if (wasSet)
                m_uncertain[size_t(index)] = 1;
            m_retry.push_back(index);
            if (!m_paused) {
                m_paused = true;
                m_outageTimer.start();
            }
            if (!m_watchdogRunning) {
                m_watchdogRunning = true;
                Zk::pollSessionState(m_session,
                                     [self = shared_from_this()](ZkSession::State state) {
                                         return self->onOutagePoll(state);
                                     });
            }
            takeBatch(batch);
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
        return true;
    }

    /// While the run is paused for a reconnect, with the session's state every 25 ms (see
    /// Zk::pollSessionState). True when the waiting is over.
    bool onOutagePoll(ZkSession::State state)
    {
        std::vector<int> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_finished || m_ending || !m_paused) {
                // nothing to wait for any more
            } else if (stopRequested()) {
                m_report.cancelled = true;
                m_ending = true;
                m_paused = false;
                m_lostReason =
                    ZooKeeper::tr("The change was stopped while it waited for a reconnect.");
            } else {
                switch (Zk::classifyOutage(state, m_outageTimer.elapsed(), kReconnectTimeoutMs)) {
                case Zk::Outage::Waiting:
                    return false;
                case Zk::Outage::Reconnected:
                    m_paused = false;
                    ++m_report.reconnects;
                    qCDebug(lcZk) << "ACL change" << m_report.journalFile << "resumes after"
                                  << m_outageTimer.elapsed() << "ms," << m_retry.size()
                                  << "entries to send again";
                    takeBatch(batch);
                    break;
                case Zk::Outage::Expired:
                    endLost(ZooKeeper::tr("The ZooKeeper session expired while the change "
                                          "waited for a reconnect."));
                    break;
                case Zk::Outage::Ended:
                    endLost(ZooKeeper::tr("The ZooKeeper session ended while the change waited "
                                          "for a reconnect."));
                    break;
                case Zk::Outage::TimedOut:
                    endLost(ZooKeeper::tr("The connection to ZooKeeper was lost and not "
                                          "re-established within %n second(s).",
                                          nullptr, int(kReconnectTimeoutMs / 1000)));
                    break;
                }
            }
            m_watchdogRunning = false;
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
        return true;
    }

    /// Under the lock: ends a paused run; deliver() reports every entry not done.
    void endLost(const QString &reason)
    {
        m_ending = true;
        m_paused = false;
        m_lostReason = reason;
        if (m_lostAt < 0)
            m_lostAt = m_next;
    }

    void onRead(int index, Result<ZnodeAcl> result)
    {
        const AclJournal::Entry &entry = m_journal.entries.at(index);
        if (!result.ok()) {
            if (isTransient(result.error()) && waitForReconnect(index, false))
                return;
            Error error = setAclFailure(entry.path, result.error(), true);
            if (result.error().is(ZkError::NoNode))
                error.message = ZooKeeper::tr("%1 no longer exists; its ACL cannot be restored.")
                                    .arg(entry.path);
            else if (result.error().is(ZkError::NoAuth))
                error.message = ZooKeeper::tr("Not allowed to read the ACL of %1; it was not "
                                              "restored.")
                                    .arg(entry.path);
            done(index, error);
            return;
        }
        const Acl &current = result->acl;
        if (sameAcl(current, entry.previous)) {
            // Uncertain: our setAcl was sent before a connection loss and did reach the server.
            done(index, std::nullopt, isUncertain(index));
            return;
        }
        // Ours: the target is there, or the apply recorded the node and nobody changed the ACL
        // since (one aversion step past the plan; the server may have normalized the target,
        // e.g. expanded auth: entries or dropped duplicates).
        const bool applied =
            sameAcl(current, entry.target) ||
            (m_progressed.contains(entry.path) && result->stat.aversion == entry.aversion + 1);
        if (!applied && !m_force) {
            Error error(ZkError::JournalConflict,
                        ZooKeeper::tr("The ACL of %1 was changed by someone else after the "
                                      "journal was written (now %2; the journal expected %3); it "
                                      "was not restored.")
                            .arg(entry.path, AclSyntax::formatAcl(current),
                                 AclSyntax::formatAcl(entry.target)),
                        ZooKeeper::tr("Check the node; roll back with force to restore %1 anyway.")
                            .arg(AclSyntax::formatAcl(entry.previous)));
            done(index, error);
            return;
        }
        const std::shared_ptr<ZkSession> session = m_session.lock();
        if (!session) {
            done(index, Error(ZkError::Closing,
                              ZooKeeper::tr("The ZooKeeper session was closed before the ACL of "
                                            "%1 could be restored.")
                                  .arg(entry.path)));
            return;
        }
        auto self = shared_from_this();
        session->setAclAsync(entry.path, entry.previous, result->stat.aversion,
                             [self, index](Result<ZnodeStat> reply) {
                                 self->onSet(index, reply.ok() ? nullptr : &reply.error());
                             });
    }

    void done(int index, std::optional<Error> failure, bool changed = false)
    {
        std::vector<int> batch;
        bool finish = false;
        {
            QMutexLocker lock(&m_mutex);
            --m_inflight;
            ++m_done;
            if (failure) {
                const bool fatal = endsRun(*failure);
                m_report.failures.append({m_journal.entries.at(index).path, std::move(*failure)});
                if (fatal && !m_ending) {
                    m_ending = true;
                    m_lostAt = m_next;
                }
            } else if (changed) {
                ++m_report.changed;
            } else {
                ++m_report.skipped;
            }
            if (m_progressTimer.elapsed() >= 100 || m_done == qsizetype(m_journal.entries.size())) {
                m_progressTimer.restart();
                m_promise.setProgressValueAndText(
                    int(m_done), ZooKeeper::tr("%n nodes", nullptr, static_cast<int>(m_done)));
            }
            takeBatch(batch);
            finish = shouldFinish();
        }
        send(batch);
        if (finish)
            deliver();
    }

    void deliver()
    {
        {
            QMutexLocker lock(&m_mutex);
            // Entries that waited for a reconnect that did not come, then entries never
            // attempted because the session was lost: the summary must account for every node.
            for (int index : m_retry) {
                const QString &path = m_journal.entries.at(index).path;
                Error error = notReached(path, m_lostReason);
                if (m_uncertain[size_t(index)]) {
                    error = setAclFailure(path, error, m_kind == Kind::Rollback);
                    error.detail = m_lostReason;
                }
                m_report.failures.append({path, std::move(error)});
            }
            m_retry.clear();
            if (m_lostAt >= 0) {
                for (qsizetype i = m_lostAt; i < m_journal.entries.size(); ++i) {
                    const QString &path = m_journal.entries.at(i).path;
                    m_report.failures.append({path, notReached(path, m_lostReason)});
                }
            }
            std::sort(m_report.failures.begin(), m_report.failures.end(),
                      [](const AclApplyReport::Failure &a, const AclApplyReport::Failure &b) {
                          return a.path < b.path;
                      });
            m_progressFile.close();
        }
        qCDebug(lcZk) << (m_kind == Kind::Apply ? "apply" : "rollback") << m_report.journalFile
                      << "changed" << m_report.changed << "skipped" << m_report.skipped
                      << "failures" << m_report.failures.size();
        m_promise.addResult(Result<AclApplyReport>(m_report));
        m_promise.finish();
    }

    const Kind m_kind;
    std::weak_ptr<ZkSession> m_session;
    AclJournal m_journal; ///< set by prepare(), then only read
    const int m_window;
    const bool m_force;
    QSet<QString> m_progressed; ///< set by prepare(), then only read
    const std::shared_ptr<std::atomic_bool> m_stop;
    QPromise<Result<AclApplyReport>> m_promise;

    QMutex m_mutex;
    AclApplyReport m_report;
    QFile m_progressFile;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    qsizetype m_lostAt = -1;
    QString m_lostReason;          ///< why a paused run ended
    std::deque<int> m_retry;       ///< entries to send first once the session is back
    std::vector<char> m_uncertain; ///< per entry: a setAcl lost with the connection
    int m_inflight = 0;
    bool m_ending = false;
    bool m_finished = false;
    bool m_paused = false; ///< waiting for a reconnect (since m_outageTimer): send nothing
    bool m_watchdogRunning = false;
    QElapsedTimer m_progressTimer;
    QElapsedTimer m_outageTimer;
};

QFuture<Result<AclApplyReport>> failedFuture(Error error)
{
    QPromise<Result<AclApplyReport>> promise;
    promise.start();
    promise.addResult(Result<AclApplyReport>(std::move(error)));
    promise.finish();
    return promise.future();
}

std::optional<Error> checkWritable(const std::shared_ptr<ZkSession> &session, const QString &what)
{
    if (!session)
        return Error(CoreError::Internal,
                     ZooKeeper::tr("Cannot change ACLs under %1: there is no session.").arg(what));
    if (session->isReadOnly())
        return Error(
            ZkError::ReadOnly,
            ZooKeeper::tr("Cannot change ACLs under %1: the connection is read-only.").arg(what),
            ZooKeeper::tr("Open the connection without read-only mode, or connect to a "
                          "server that is not in read-only mode."));
    return std::nullopt;
}

} // namespace

QString AclChanger::progressFileName(const QString &journalFile)
{
    return journalFile + QLatin1String(".progress");
}

QFuture<Result<AclApplyReport>> AclChanger::apply(std::shared_ptr<ZkSession> session,
                                                  const AclChangePlan &plan,
                                                  const QString &journalFile, int window,
                                                  std::shared_ptr<std::atomic_bool> stop)
{
    if (auto error = checkWritable(session, plan.root))
        return failedFuture(std::move(*error));
    auto run = std::make_shared<ChangeRun>(ChangeRun::Kind::Apply, session, journalFile, window,
                                           false, std::move(stop));
    run->prepare(AclJournal::fromPlan(plan, session->options().connectString));
    // Items the plan does not change: "unchanged" ones count as skipped; unreadable or
    // would-be-empty ones are failures of the change, so the summary names them.
    for (const AclChangeItem &item : plan.items) {
        if (item.willChange())
            continue;
        if (item.skipReason == QLatin1String("unchanged")) {
            ++run->report().skipped;
        } else if (item.skipReason == QLatin1String("empty ACL")) {
            run->report().failures.append(
                {item.path, Error(ZkError::InvalidAcl,
                                  ZooKeeper::tr("The ACL of %1 was not changed: removing the "
                                                "entries would leave it empty.")
                                      .arg(item.path),
                                  ZooKeeper::tr("Give the node another entry first, or use "
                                                "replace."))});
        } else {
            Error error(item.skipReason == QLatin1String("NOAUTH") ? ZkError::NoAuth
                                                                   : ZkError::Library,
                        ZooKeeper::tr("The ACL of %1 was not changed: it could not be read (%2).")
                            .arg(item.path, item.skipReason),
                        ZooKeeper::tr("Connect with an identity that may read the node (for "
                                      "example the superDigest user) and run the change again."));
            run->report().failures.append({item.path, std::move(error)});
        }
    }
    QFuture<Result<AclApplyReport>> future = run->future();
    // Writing the journal of a large subtree takes a moment: not on the caller's (GUI) thread.
    // The ZooKeeper requests are asynchronous; this short-lived thread only starts them.
    std::thread([run] {
        // The journal is on disk before the first setAcl: whatever happens next, rollback has it.
        if (Result<void> saved = run->journal().save(run->journalFile()); !saved.ok()) {
            run->fail(saved.error());
            return;
        }
        if (Result<void> opened = run->openProgressFile(); !opened.ok()) {
            run->fail(opened.error());
            return;
        }
        run->start();
    }).detach();
    return future;
}

QFuture<Result<AclApplyReport>> AclChanger::rollback(std::shared_ptr<ZkSession> session,
                                                     const QString &journalFile, bool force,
                                                     int window,
                                                     std::shared_ptr<std::atomic_bool> stop)
{
    auto run = std::make_shared<ChangeRun>(ChangeRun::Kind::Rollback, session, journalFile, window,
                                           force, std::move(stop));
    QFuture<Result<AclApplyReport>> future = run->future();
    // Reading a large journal takes a moment: not on the caller's (GUI) thread.
    std::thread([run] {
        Result<AclJournal> journal = AclJournal::load(run->journalFile());
        if (!journal.ok()) {
            run->fail(journal.error());
            return;
        }
        if (auto error = checkWritable(run->session(), journal->root)) {
            run->fail(std::move(*error));
            return;
        }
        QSet<QString> progressed;
        QFile progress(progressFileName(run->journalFile()));
        if (progress.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = progress.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.isEmpty())
                    progressed.insert(QString::fromUtf8(line));
            }
        }
        run->prepare(std::move(journal).value(), std::move(progressed));
        run->start();
    }).detach();
    return future;
}

} // namespace Portier
