// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/log_excerpt.h"
#include "backends/core/result.h"
#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/session_options.h"
#include "backends/zookeeper/znode_reply.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Portier {

class ZkSessionPrivate;

/// One ZooKeeper session over the multi-threaded C client's asynchronous API (zoo_a*).
///
/// Every request is sent at once; its completion runs on the C client's completion thread and
/// fulfils a QPromise (or calls a callback) there. Nothing here blocks on the network, except
/// close(), which waits for the client's threads to end (bounded by the session timeout).
/// Safe to call from any thread. Session events become stateChanged() (queued to this object's
/// thread). The C client's log lines of this session are captured (clientLog()) and attached as
/// evidence to connection and authentication errors.
class ZkSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Connecting, ///< resolving, connecting, or reconnecting after a connection loss
        Connected,
        ConnectedReadOnly, ///< connected to a server in read-only mode
        AuthFailed,        ///< digest or SASL authentication rejected; the session is unusable
        Expired,           ///< the server expired the session; reopen() starts a new one
    };
    Q_ENUM(State)

    enum class CreateMode
    {
        Persistent,
        Ephemeral,
        PersistentSequential,
        EphemeralSequential,
        Container,
    };
    Q_ENUM(CreateMode)

    explicit ZkSession(SessionOptions options, QObject *parent = nullptr);
    ~ZkSession() override; ///< close()s

    /// True when this build's C client can open SASL (Kerberos) sessions.
    static bool saslSupported();
    /// Why SASL is unavailable in this build, for the connection dialog; empty when supported.
    static QString saslUnavailableReason();
    /// "ZooKeeper C client 3.8.0 (SASL)" / "... (system libzookeeper-mt, no SASL)".
    static QString clientDescription();

    const SessionOptions &options() const;

    /// Starts connecting (zookeeper_init / zookeeper_init_sasl) and returns at once. Errors only
    /// for what fails before any network traffic: a malformed connect string, SASL asked for
    /// but unavailable, SASL client set-up (keytab kinit) failing.
    Result<void> open();
    /// Fulfilled when the session is connected (value) or fails: AuthFailed, SessionExpired,
    /// ConnectionLoss when not connected within @p timeoutMs (default: the session timeout).
    /// Errors carry the client log as evidence.
    QFuture<Result<void>> whenConnected(int timeoutMs = -1);
    /// Closes the session: outstanding requests complete with ZkError::Closing.
    void close();
    /// After Expired (or any state): closes and opens a new session with the same options.
    Result<void> reopen();

    State state() const;
    bool isConnected() const; ///< Connected or ConnectedReadOnly
    /// The session id ("0x..." in zkCli), 0 before the first connection.
    qint64 sessionId() const;
    /// True when writes must be refused: the profile is read-only or the server is.
    bool isReadOnly() const;

    /// The ACL identities this session holds, as (scheme, id) entries with perms 0:
    /// digest:user:hash for each digest credential, sasl:principal (full principal and its
    /// primary) for a SASL session, and ip:address (this end of the connection) while
    /// connected. A digest credential for the user "super" adds super: (empty id): by
    /// convention that is the server's superDigest user, whom no ACL restricts. For the lockout
    /// guard: "auth" ACL entries expand to the digest and sasl identities.
    Acl identities() const;

    // Reads. Paths are absolute ("/", "/a/b"); a chroot in the connect string applies.
    QFuture<Result<ZnodeChildren>> getChildren(const QString &path, bool watch = false);
    QFuture<Result<ZnodeData>> getData(const QString &path, bool watch = false);
    QFuture<Result<ZnodeAcl>> getAcl(const QString &path);
    QFuture<Result<ZnodeStat>> exists(const QString &path);

    // Writes: refused with ZkError::ReadOnly when isReadOnly().
    QFuture<Result<ZnodeStat>> setData(const QString &path, const QByteArray &data, int version);
    QFuture<Result<ZnodeStat>> setAcl(const QString &path, const Acl &acl, int aversion);
    /// Returns the created path (with the sequence suffix for sequential modes).
    QFuture<Result<QString>> create(const QString &path, const QByteArray &data, const Acl &acl,
                                    CreateMode mode);
    QFuture<Result<void>> remove(const QString &path, int version = -1);

    // Callback flavour for the scan engine and recursive changes: no QFuture per request. The
    // callback runs on the C client's completion thread (or at once, in the calling thread, when
    // the request cannot be sent); it must be quick and must not block.
    using ChildrenCallback = std::function<void(Result<ZnodeChildren>)>;
    using DataCallback = std::function<void(Result<ZnodeData>)>;
    using AclCallback = std::function<void(Result<ZnodeAcl>)>;
    using StatCallback = std::function<void(Result<ZnodeStat>)>;
    void getChildrenAsync(const QString &path, ChildrenCallback callback);
    void getDataAsync(const QString &path, DataCallback callback);
    void getAclAsync(const QString &path, AclCallback callback);
    void setAclAsync(const QString &path, const Acl &acl, int aversion, StatCallback callback);

    /// The captured C client log of this session (newest last, at most a few thousand lines).
    QStringList clientLog() const;
    /// The last @p lines of the client log as evidence ("ZooKeeper client log"), with ERROR and
    /// WARN lines highlighted.
    LogExcerpt clientLogExcerpt(int lines = 80) const;

Q_SIGNALS:
    void stateChanged(Portier::ZkSession::State state);
    /// A watch fired (only for requests made with watch = true). type: "created", "deleted",
    /// "changed", "child".
    void watchTriggered(const QString &path, const QString &type);

private:
    std::unique_ptr<ZkSessionPrivate> d;
    friend class ZkSessionPrivate;
};

} // namespace Portier
