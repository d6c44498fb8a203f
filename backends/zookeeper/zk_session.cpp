// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/zk_session.h"

#include "backends/core/logging.h"
#include "backends/logs/signature_catalogue.h"
#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_client_log.h"
#include "backends/zookeeper/zk_errors.h"
#include "backends/zookeeper/zk_tr.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QPromise>

#include <zookeeper.h>
#include <zookeeper_version.h>

#if PORTIER_ZK_SASL
#include <gssapi/gssapi_krb5.h>
#include <krb5.h>
#include <sasl/sasl.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

namespace Portier {

namespace {

using Clock = std::chrono::steady_clock;

// One thread for every whenConnected() deadline of the process: the deadline must pass even
// when the caller blocks on the future (a CLI, a test) and no event loop runs.
class DeadlineThread
{
public:
    static DeadlineThread &instance()
    {
        static DeadlineThread thread;
        return thread;
    }

    void schedule(Clock::time_point at, std::function<void()> fn)
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        m_queue.emplace(at, std::move(fn));
        m_cv.notify_all();
    }

    ~DeadlineThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_cv.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    DeadlineThread() = default;

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_queue.empty()) {
                m_cv.wait(lock);
                continue;
            }
            const auto next = m_queue.begin();
            if (Clock::now() < next->first) {
                m_cv.wait_until(lock, next->first);
                continue;
            }
            std::function<void()> fn = std::move(next->second);
            m_queue.erase(next);
            lock.unlock();
            fn();
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::multimap<Clock::time_point, std::function<void()>> m_queue;
    bool m_stop = false;
    std::thread m_thread;
};

ZnodeStat toStat(const Stat *s)
{
    ZnodeStat r;
    if (!s)
        return r;
    r.czxid = s->czxid;
    r.mzxid = s->mzxid;
    r.pzxid = s->pzxid;
    r.ctime = s->ctime;
    r.mtime = s->mtime;
    r.version = s->version;
    r.cversion = s->cversion;
    r.aversion = s->aversion;
    r.ephemeralOwner = s->ephemeralOwner;
    r.dataLength = s->dataLength;
    r.numChildren = s->numChildren;
    return r;
}

Acl toAcl(const ACL_vector *v)
{
    Acl acl;
    if (!v)
        return acl;
    acl.reserve(v->count);
    for (int i = 0; i < v->count; ++i) {
        const ACL &e = v->data[i];
        acl.append(AclEntry{QString::fromUtf8(e.id.scheme), QString::fromUtf8(e.id.id), e.perms});
    }
    return acl;
}

// An Acl as the C client's ACL_vector, valid while this object lives (the C client serialises
// the request during the zoo_a* call).
class CAcl
{
public:
    explicit CAcl(const Acl &acl)
    {
        m_strings.reserve(size_t(acl.size()) * 2);
        m_entries.reserve(size_t(acl.size()));
        for (const AclEntry &e : acl) {
            m_strings.push_back(e.scheme.toUtf8());
            char *scheme = m_strings.back().data();
            m_strings.push_back(e.id.toUtf8());
            char *id = m_strings.back().data();
            m_entries.push_back(ACL{e.perms, Id{scheme, id}});
        }
        m_vector.count = int32_t(m_entries.size());
        m_vector.data = m_entries.data();
    }
    ACL_vector *get() { return &m_vector; }

private:
    std::vector<QByteArray> m_strings;
    std::vector<ACL> m_entries;
    ACL_vector m_vector{};
};

int createFlags(ZkSession::CreateMode mode)
{
    switch (mode) {
    case ZkSession::CreateMode::Persistent:
        return ZOO_PERSISTENT;
    case ZkSession::CreateMode::Ephemeral:
        return ZOO_EPHEMERAL;
    case ZkSession::CreateMode::PersistentSequential:
        return ZOO_PERSISTENT_SEQUENTIAL;
    case ZkSession::CreateMode::EphemeralSequential:
        return ZOO_EPHEMERAL_SEQUENTIAL;
    case ZkSession::CreateMode::Container:
        return ZOO_CONTAINER;
    }
    return ZOO_PERSISTENT;
}

struct InFlight;

// One outstanding request: what the completion needs to build the result or the error. Linked
// into its session's InFlight list while the C client owns it.
struct RequestBase
{
    InFlight *list = nullptr;
    RequestBase *prev = nullptr;
    RequestBase *next = nullptr;
    virtual ~RequestBase() = default;
    virtual void fail(int rc) = 0; ///< completes with Zk::makeError(rc, op, path)
};

// The requests of one session that the C client has not completed yet.
//
// zookeeper_close() is meant to complete every outstanding request with ZCLOSING, but it
// queues those fake replies for the completion thread after setting close_requested, and that
// thread may already have left its loop: the callbacks are then never called. close() therefore
// fails whatever is still listed here once zookeeper_close() has returned (and no thread of the
// handle runs any more).
struct InFlight
{
    std::mutex mutex;
    RequestBase *first = nullptr;

    void add(RequestBase *r)
    {
        std::lock_guard lock(mutex);
        r->list = this;
        r->prev = nullptr;
        r->next = first;
        if (first)
            first->prev = r;
        first = r;
    }
    void remove(RequestBase *r)
    {
        std::lock_guard lock(mutex);
        if (r->prev)
            r->prev->next = r->next;
        else if (first == r)
            first = r->next;
        if (r->next)
            r->next->prev = r->prev;
        r->prev = r->next = nullptr;
        r->list = nullptr;
    }
    RequestBase *takeAll()
    {
        std::lock_guard lock(mutex);
        RequestBase *all = first;
        first = nullptr;
        return all;
    }
};

template<typename T>
struct Request final : RequestBase
{
    Request(QString p, Zk::Operation o, std::function<void(Result<T>)> cb)
        : path(std::move(p))
        , op(o)
        , callback(std::move(cb))
    {}
    void fail(int rc) override { callback(Zk::makeError(rc, op, path)); }

    QString path;
    Zk::Operation op;
    std::function<void(Result<T>)> callback;
};

template<typename T>
std::unique_ptr<Request<T>> adopt(const void *data)
{
    std::unique_ptr<Request<T>> r(static_cast<Request<T> *>(const_cast<void *>(data)));
    if (r->list)
        r->list->remove(r.get());
    return r;
}

void childrenDone(int rc, const String_vector *names, const Stat *stat, const void *data)
{
    auto r = adopt<ZnodeChildren>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    ZnodeChildren result;
    if (names) {
        result.children.reserve(names->count);
        for (int i = 0; i < names->count; ++i)
            result.children.append(QString::fromUtf8(names->data[i]));
        std::sort(result.children.begin(), result.children.end());
    }
    result.stat = toStat(stat);
    r->callback(std::move(result));
}

void dataDone(int rc, const char *value, int length, const Stat *stat, const void *data)
{
    auto r = adopt<ZnodeData>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    ZnodeData result;
    if (value && length >= 0)
        result.data = QByteArray(value, length);
    result.stat = toStat(stat);
    r->callback(std::move(result));
}

void aclDone(int rc, ACL_vector *acl, Stat *stat, const void *data)
{
    auto r = adopt<ZnodeAcl>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    r->callback(ZnodeAcl{toAcl(acl), toStat(stat)});
}

void statDone(int rc, const Stat *stat, const void *data)
{
    auto r = adopt<ZnodeStat>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    r->callback(toStat(stat));
}

void createDone(int rc, const char *value, const void *data)
{
    auto r = adopt<QString>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    r->callback(value ? QString::fromUtf8(value) : r->path);
}

void voidDone(int rc, const void *data)
{
    auto r = adopt<bool>(data);
    if (rc != ZOK) {
        r->callback(Zk::makeError(rc, r->op, r->path));
        return;
    }
    r->callback(true);
}

template<typename T>
QFuture<Result<T>> promised(const std::function<void(std::function<void(Result<T>)>)> &issue)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    issue([promise](Result<T> result) {
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

// "h1:2181,h2:2181/chroot" -> "h1"; "[::1]:2181" -> "::1".
QString firstHost(const QString &connectString)
{
    QString first = connectString.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(','), 0, 0);
    first = first.trimmed();
    if (first.startsWith(QLatin1Char('['))) {
        const qsizetype end = first.indexOf(QLatin1Char(']'));
        return end > 0 ? first.mid(1, end - 1) : first.mid(1);
    }
    const qsizetype colon = first.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? first.left(colon) : first;
}

QString primaryOf(const QString &principal)
{
    return principal.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), 0, 0);
}

} // namespace

// Waits for whenConnected(): fulfilled once, by the session or by its deadline.
struct ConnectWaiter
{
    QPromise<Result<void>> promise;
    std::atomic<bool> done{false};

    void finish(Result<void> result)
    {
        if (done.exchange(true))
            return;
        promise.addResult(std::move(result));
        promise.finish();
    }
};

class ZkSessionPrivate
{
public:
    ZkSessionPrivate(ZkSession *q, SessionOptions options)
        : q(q)
        , options(std::move(options))
        , log(std::make_shared<Zk::ClientLog>())
    {
        log->setListener([this](const QString &line) { onClientLogLine(line); });
    }
    ~ZkSessionPrivate() { log->setListener({}); }

    ZkSession *const q;
    const SessionOptions options;
    // Shared with whenConnected() deadlines, which may fire after the session is gone.
    const std::shared_ptr<Zk::ClientLog> log;

    // Guards zh for the zoo_a* calls (shared) against close() (exclusive): a request never
    // uses a handle that zookeeper_close() is freeing. Held only around the call itself.
    std::shared_mutex handleMutex;
    zhandle_t *zh = nullptr;

    InFlight inflight;

    std::atomic<int> state{int(ZkSession::State::Closed)};
    std::atomic<qint64> sessionId{0};
    std::atomic<bool> closing{false};

    std::mutex waiterMutex; // guards waiters, pendingAuth, authError
    std::vector<std::shared_ptr<ConnectWaiter>> waiters;
    int pendingAuth = 0;
    std::optional<Error> authError;

    QString saslPrincipal; // the client principal of a SASL session, when known
    mutable std::mutex addressMutex;
    QString localAddress; // this end of the connection, as the server's ip scheme sees it
#if PORTIER_ZK_SASL
    QByteArray saslCcacheName; // what the SASL_CB_USER callback points GSSAPI at
    QByteArray saslService;
    QByteArray saslHost;
    sasl_callback_t saslCallbacks[2] = {};
    krb5_context krbContext = nullptr; // owns the private MEMORY cache of a keytab session
    krb5_ccache krbMemoryCache = nullptr;
    Result<void> prepareSasl();
    void releaseSasl();
    static int saslUserCallback(void *context, int id, const char **result, unsigned *len);
#endif

    ZkSession::State currentState() const
    {
        return ZkSession::State(state.load());
    }
    void setState(ZkSession::State newState);
    void resolveWaiters();
    Error connectFailure(ZkSession::State reason) const;
    Error closedError(Zk::Operation op, const QString &path) const;
    Error readOnlyError(Zk::Operation op, const QString &path) const;
    Error withEvidence(Error error) const;

    static void watcher(zhandle_t *zh, int type, int zstate, const char *path, void *context);
    void onSessionEvent(zhandle_t *zh, int zstate);
    static QString localAddressTowards(zhandle_t *zh);
    void onClientLogLine(const QString &line);
    static void authDone(int rc, const void *data);

    // Calls fn(zh) under the shared lock; ZCLOSING when there is no handle.
    template<typename Fn>
    int send(Fn &&fn)
    {
        std::shared_lock lock(handleMutex);
        if (!zh)
            return ZCLOSING;
        return fn(zh);
    }

    // The error for a request the C client refused to queue.
    Error sendError(int rc, Zk::Operation op, const QString &path) const
    {
        if (rc == ZCLOSING && !closing.load())
            return closedError(op, path);
        if (rc == ZINVALIDSTATE) {
            switch (currentState()) {
            case ZkSession::State::Expired:
                return Zk::makeError(ZSESSIONEXPIRED, op, path);
            case ZkSession::State::AuthFailed:
                return Zk::makeError(ZAUTHFAILED, op, path);
            default:
                break;
            }
        }
        return Zk::makeError(rc, op, path);
    }

    template<typename T, typename Fn>
    void submit(const QString &path, Zk::Operation op, std::function<void(Result<T>)> callback,
                Fn &&call)
    {
        auto *request = new Request<T>(path, op, std::move(callback));
        const QByteArray cpath = path.toUtf8();
        // Listed before the call: the completion may run on the completion thread at once.
        inflight.add(request);
        const int rc = send([&](zhandle_t *h) { return call(h, cpath.constData(), request); });
        if (rc != ZOK) {
            inflight.remove(request);
            std::unique_ptr<Request<T>> owned(request);
            owned->callback(sendError(rc, op, path));
        }
    }

    bool refuseWrite(Zk::Operation op, const QString &path, const auto &callback)
    {
        if (!q->isReadOnly())
            return false;
        callback(readOnlyError(op, path));
        return true;
    }

    void getChildren(const QString &path, bool watch, ZkSession::ChildrenCallback cb)
    {
        submit<ZnodeChildren>(path, Zk::Operation::GetChildren, std::move(cb),
                              [watch](zhandle_t *h, const char *p, void *r) {
                                  return zoo_aget_children2(h, p, watch ? 1 : 0, childrenDone, r);
                              });
    }
    void getData(const QString &path, bool watch, ZkSession::DataCallback cb)
    {
        submit<ZnodeData>(path, Zk::Operation::GetData, std::move(cb),
                          [watch](zhandle_t *h, const char *p, void *r) {
                              return zoo_aget(h, p, watch ? 1 : 0, dataDone, r);
                          });
    }
    void getAcl(const QString &path, ZkSession::AclCallback cb)
    {
        submit<ZnodeAcl>(
            path, Zk::Operation::GetAcl, std::move(cb),
            [](zhandle_t *h, const char *p, void *r) { return zoo_aget_acl(h, p, aclDone, r); });
    }
    void exists(const QString &path, ZkSession::StatCallback cb)
    {
        submit<ZnodeStat>(
            path, Zk::Operation::Exists, std::move(cb),
            [](zhandle_t *h, const char *p, void *r) { return zoo_aexists(h, p, 0, statDone, r); });
    }
    void setAcl(const QString &path, const Acl &acl, int aversion, ZkSession::StatCallback cb);
};

#if PORTIER_ZK_SASL

// Cyrus' GSSAPI plugin asks for the authorization id (SASL_CB_USER) on the thread that runs the
// SASL exchange — the C client's I/O thread of this handle — right before its first
// gss_init_sec_context(). gss_krb5_ccache_name() sets the credential cache for GSSAPI calls of
// the calling thread only, so this points exactly this session's negotiation at its own cache,
// without touching KRB5CCNAME or any other session. Every handle has its own I/O thread, and
// the callback runs again on every (re)connection. The empty authorization id means "the
// authenticated principal itself".
int ZkSessionPrivate::saslUserCallback(void *context, int id, const char **result, unsigned *len)
{
    auto *d = static_cast<ZkSessionPrivate *>(context);
    if (id != SASL_CB_USER || !result)
        return SASL_BADPARAM;
    OM_uint32 minor = 0;
    const OM_uint32 major = gss_krb5_ccache_name(
        &minor, d->saslCcacheName.isEmpty() ? nullptr : d->saslCcacheName.constData(), nullptr);
    if (GSS_ERROR(major))
        d->log->note(QStringLiteral("gss_krb5_ccache_name(%1) failed (minor %2)")
                         .arg(QString::fromUtf8(d->saslCcacheName))
                         .arg(minor));
    *result = "";
    if (len)
        *len = 0;
    return SASL_OK;
}

namespace {

QString krbMessage(krb5_context ctx, krb5_error_code code)
{
    const char *msg = krb5_get_error_message(ctx, code);
    const QString text = QString::fromUtf8(msg);
    krb5_free_error_message(ctx, msg);
    return text;
}

} // namespace

Result<void> ZkSessionPrivate::prepareSasl()
{
    static std::once_flag saslInit;
    static int saslInitResult = SASL_OK;
    std::call_once(saslInit, [] { saslInitResult = sasl_client_init(nullptr); });
    if (saslInitResult != SASL_OK) {
        Error error(ZkError::SaslFailed,
                    ZooKeeper::tr("Could not initialise the Cyrus SASL library: %1.")
                        .arg(QString::fromUtf8(sasl_errstring(saslInitResult, nullptr, nullptr))),
                    ZooKeeper::tr("Check that the Cyrus SASL GSSAPI plugin is installed "
                                  "(Debian package libsasl2-modules-gssapi-mit)."));
        error.libraryCode = saslInitResult;
        return error;
    }

    const SaslOptions &sasl = options.saslOptions;
    saslService = (sasl.service.isEmpty() ? QStringLiteral("zookeeper") : sasl.service).toUtf8();
    saslHost = (sasl.host.isEmpty() ? firstHost(options.connectString) : sasl.host).toUtf8();
    saslCcacheName = sasl.ccache.toUtf8();
    saslPrincipal.clear();

    krb5_context ctx = nullptr;
    if (krb5_error_code ret = krb5_init_context(&ctx)) {
        Error error(ZkError::SaslFailed,
                    ZooKeeper::tr("Could not set up Kerberos for the SASL session: the Kerberos "
                                  "configuration (krb5.conf) could not be read."),
                    ZooKeeper::tr("Check /etc/krb5.conf or KRB5_CONFIG."));
        error.libraryCode = ret;
        return error;
    }

    if (!sasl.keytab.isEmpty()) {
        // A ticket from the keytab into a private MEMORY cache of this session.
        const auto fail = [&](krb5_error_code ret, const QString &message, const QString &hint) {
            Error error(ZkError::SaslFailed, message, hint);
            error.libraryCode = ret;
            error.detail = krbMessage(ctx, ret);
            return error;
        };
        krb5_principal client = nullptr;
        krb5_keytab keytab = nullptr;
        krb5_ccache cache = nullptr;
        krb5_creds creds{};
        bool haveCreds = false;
        std::optional<Error> failure;
        if (krb5_error_code ret =
                krb5_parse_name(ctx, sasl.principal.toUtf8().constData(), &client)) {
            failure = fail(ret,
                           ZooKeeper::tr("Could not use the principal \"%1\" for SASL: it is not "
                                         "a valid Kerberos principal name.")
                               .arg(sasl.principal),
                           ZooKeeper::tr("Write it as primary/instance@REALM, e.g. "
                                         "kafka/host.example.com@EXAMPLE.COM."));
        } else if (krb5_error_code ret =
                       krb5_kt_resolve(ctx, sasl.keytab.toUtf8().constData(), &keytab)) {
            failure = fail(ret, ZooKeeper::tr("Could not open the keytab %1.").arg(sasl.keytab),
                           ZooKeeper::tr("Check the path and that this user may read it."));
        } else if (krb5_error_code ret = krb5_get_init_creds_keytab(ctx, &creds, client, keytab, 0,
                                                                    nullptr, nullptr)) {
            failure = fail(ret,
                           ZooKeeper::tr("Could not get a Kerberos ticket for %1 from the keytab "
                                         "%2.")
                               .arg(sasl.principal, sasl.keytab),
                           ZooKeeper::tr("Check that the keytab holds a current key of the "
                                         "principal (klist -k -t -e) and that a KDC of the "
                                         "realm is reachable."));
        } else {
            haveCreds = true;
            ret = krb5_cc_new_unique(ctx, "MEMORY", nullptr, &cache);
            if (!ret)
                ret = krb5_cc_initialize(ctx, cache, client);
            if (!ret)
                ret = krb5_cc_store_cred(ctx, cache, &creds);
            if (ret) {
                failure = fail(ret,
                               ZooKeeper::tr("Could not store the ticket of %1 in a memory "
                                             "credential cache.")
                                   .arg(sasl.principal),
                               QString());
            }
        }
        if (haveCreds)
            krb5_free_cred_contents(ctx, &creds);
        if (keytab)
            krb5_kt_close(ctx, keytab);
        if (client) {
            char *name = nullptr;
            if (!krb5_unparse_name(ctx, client, &name)) {
                saslPrincipal = QString::fromUtf8(name);
                krb5_free_unparsed_name(ctx, name);
            }
            krb5_free_principal(ctx, client);
        }
        if (failure) {
            if (cache)
                krb5_cc_destroy(ctx, cache);
            krb5_free_context(ctx);
            return *failure;
        }
        saslCcacheName = QByteArray("MEMORY:") + krb5_cc_get_name(ctx, cache);
        krbContext = ctx;
        krbMemoryCache = cache;
        return {};
    }

    // The user's cache (or the one named): only read its principal for identities(). A missing
    // or empty cache is not an error here: the SASL exchange fails with the client log as
    // evidence, which says exactly that.
    krb5_ccache cache = nullptr;
    krb5_error_code ret = saslCcacheName.isEmpty()
                              ? krb5_cc_default(ctx, &cache)
                              : krb5_cc_resolve(ctx, saslCcacheName.constData(), &cache);
    if (!ret) {
        krb5_principal client = nullptr;
        if (!krb5_cc_get_principal(ctx, cache, &client)) {
            char *name = nullptr;
            if (!krb5_unparse_name(ctx, client, &name)) {
                saslPrincipal = QString::fromUtf8(name);
                krb5_free_unparsed_name(ctx, name);
            }
            krb5_free_principal(ctx, client);
        }
        if (saslCcacheName.isEmpty())
            saslCcacheName =
                QByteArray(krb5_cc_get_type(ctx, cache)) + ':' + krb5_cc_get_name(ctx, cache);
        krb5_cc_close(ctx, cache);
    }
    krb5_free_context(ctx);
    return {};
}

void ZkSessionPrivate::releaseSasl()
{
    if (krbContext) {
        if (krbMemoryCache)
            krb5_cc_destroy(krbContext, krbMemoryCache);
        krb5_free_context(krbContext);
    }
    krbContext = nullptr;
    krbMemoryCache = nullptr;
}

#endif // PORTIER_ZK_SASL

void ZkSessionPrivate::setState(ZkSession::State newState)
{
    const int old = state.exchange(int(newState));
    if (old == int(newState))
        return;
    QMetaObject::invokeMethod(
        q, [q = q, newState] { Q_EMIT q->stateChanged(newState); }, Qt::QueuedConnection);
}

Error ZkSessionPrivate::withEvidence(Error error) const
{
    error.evidence.append(log->excerpt());
    SignatureCatalogue::builtin().diagnose(error);
    return error;
}

Error ZkSessionPrivate::connectFailure(ZkSession::State reason) const
{
    const QString target = options.connectString;
    switch (reason) {
    case ZkSession::State::AuthFailed: {
        if (authError)
            return withEvidence(*authError);
        const bool saslFailed = options.sasl && (log->contains(QLatin1StringView("SASL")));
        Error error(
            saslFailed ? ZkError::SaslFailed : ZkError::AuthFailed,
            options.sasl ? ZooKeeper::tr("Could not authenticate to %1 with SASL (Kerberos)%2: "
                                         "the SASL GSSAPI exchange failed.")
                               .arg(target, saslPrincipal.isEmpty()
                                                ? QString()
                                                : ZooKeeper::tr(" as %1").arg(saslPrincipal))
                         : ZooKeeper::tr("Could not authenticate to %1: the server rejected the "
                                         "session's credentials.")
                               .arg(target),
            options.sasl ? ZooKeeper::tr("Check that you have a valid Kerberos ticket "
                                         "(klist), that the service name and server host "
                                         "name form the server's principal "
                                         "(%1/%2), and see the client log.")
                               .arg(options.saslOptions.service, options.saslOptions.host.isEmpty()
                                                                     ? firstHost(target)
                                                                     : options.saslOptions.host)
                         : ZooKeeper::tr("Check the digest user and password of the "
                                         "connection."));
        error.libraryCode = ZAUTHFAILED;
        error.detail = Zk::codeName(ZAUTHFAILED) + QStringLiteral(": ") +
                       QString::fromUtf8(zerror(ZAUTHFAILED));
        return withEvidence(error);
    }
    case ZkSession::State::Expired: {
        Error error(ZkError::SessionExpired,
                    ZooKeeper::tr("The session with %1 has expired: the server ended it after it "
                                  "heard nothing from this client for longer than the session "
                                  "timeout.")
                        .arg(target),
                    ZooKeeper::tr("Reconnect to open a new session."));
        error.libraryCode = ZSESSIONEXPIRED;
        error.detail = Zk::codeName(ZSESSIONEXPIRED);
        return withEvidence(error);
    }
    case ZkSession::State::Closed:
        return closedError(Zk::Operation::Connect, target);
    default: {
        Error error(ZkError::ConnectionLoss,
                    ZooKeeper::tr("Could not connect to %1: no ZooKeeper server accepted a "
                                  "session in time.")
                        .arg(target),
                    ZooKeeper::tr("Check that the servers of the connect string are running and "
                                  "reachable from this machine (host names, ports, firewall); "
                                  "the client log shows each attempt. The client keeps "
                                  "trying in the background."));
        error.libraryCode = ZCONNECTIONLOSS;
        error.detail = Zk::codeName(ZCONNECTIONLOSS) + QStringLiteral(": ") +
                       QString::fromUtf8(zerror(ZCONNECTIONLOSS));
        return withEvidence(error);
    }
    }
}

Error ZkSessionPrivate::closedError(Zk::Operation op, const QString &path) const
{
    Error error = Zk::makeError(ZCLOSING, op, path);
    error.message = ZooKeeper::tr("Could not complete the request for %1: the session with %2 is "
                                  "not open.")
                        .arg(path, options.connectString);
    error.hint = ZooKeeper::tr("Connect first.");
    return error;
}

Error ZkSessionPrivate::readOnlyError(Zk::Operation op, const QString &path) const
{
    Error error = Zk::makeError(ZNOTREADONLY, op, path);
    if (options.readOnly) {
        error.message =
            ZooKeeper::tr("Refused to change %1: the connection is read-only.").arg(path);
        error.hint =
            ZooKeeper::tr("Edit the connection and turn read-only mode off to change nodes.");
    }
    return error;
}

void ZkSessionPrivate::resolveWaiters()
{
    std::vector<std::shared_ptr<ConnectWaiter>> ready;
    std::optional<Result<void>> result;
    {
        std::lock_guard lock(waiterMutex);
        const ZkSession::State s = currentState();
        if ((s == ZkSession::State::Connected || s == ZkSession::State::ConnectedReadOnly) &&
            pendingAuth == 0)
            result = Result<void>();
        else if (s == ZkSession::State::AuthFailed || s == ZkSession::State::Expired ||
                 s == ZkSession::State::Closed)
            result = Result<void>(connectFailure(s));
        if (result)
            ready.swap(waiters);
    }
    for (const auto &waiter : ready)
        waiter->finish(*result);
}

void ZkSessionPrivate::watcher(zhandle_t *zh, int type, int zstate, const char *path, void *context)
{
    auto *d = static_cast<ZkSessionPrivate *>(context);
    if (type == ZOO_SESSION_EVENT) {
        d->onSessionEvent(zh, zstate);
        return;
    }
    QString kind;
    if (type == ZOO_CREATED_EVENT)
        kind = QStringLiteral("created");
    else if (type == ZOO_DELETED_EVENT)
        kind = QStringLiteral("deleted");
    else if (type == ZOO_CHANGED_EVENT)
        kind = QStringLiteral("changed");
    else if (type == ZOO_CHILD_EVENT)
        kind = QStringLiteral("child");
    else
        return;
    const QString nodePath = QString::fromUtf8(path ? path : "");
    QMetaObject::invokeMethod(
        d->q, [q = d->q, nodePath, kind] { Q_EMIT q->watchTriggered(nodePath, kind); },
        Qt::QueuedConnection);
}

QString ZkSessionPrivate::localAddressTowards(zhandle_t *zh)
{
    // The C client does not expose its socket. A UDP socket "connected" to the same server
    // address gets the same source address from the routing table, and sends nothing.
    sockaddr_storage server{};
    socklen_t length = sizeof server;
    if (!zookeeper_get_connected_host(zh, reinterpret_cast<sockaddr *>(&server), &length))
        return {};
    const int fd = ::socket(server.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {};
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&server), length) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0;
    ::close(fd);
    if (!ok)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr *>(&local));
    // The server sees an IPv4 client on a dual-stack socket as ::ffff:a.b.c.d but matches its
    // ip ACLs against the IPv4 form.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    return address.toString();
}

void ZkSessionPrivate::onSessionEvent(zhandle_t *zh, int zstate)
{
    if (closing.load())
        return;
    ZkSession::State s = ZkSession::State::Connecting;
    if (zstate == ZOO_CONNECTED_STATE || zstate == ZOO_READONLY_STATE) {
        if (const clientid_t *id = zoo_client_id(zh))
            sessionId.store(id->client_id);
        s = zstate == ZOO_READONLY_STATE ? ZkSession::State::ConnectedReadOnly
                                         : ZkSession::State::Connected;
        const QString local = localAddressTowards(zh);
        std::lock_guard lock(addressMutex);
        localAddress = local;
    } else if (zstate == ZOO_EXPIRED_SESSION_STATE) {
        s = ZkSession::State::Expired;
    } else if (zstate == ZOO_AUTH_FAILED_STATE) {
        s = ZkSession::State::AuthFailed;
    }
    setState(s);
    resolveWaiters();
}

void ZkSessionPrivate::onClientLogLine(const QString &line)
{
    // A SASL failure on the client side (no ticket, unknown server principal, ...) puts the
    // handle into ZOO_AUTH_FAILED_STATE without a session event: zoo_sasl_mark_failed() only
    // sets the state and zookeeper_process() returns the error to the I/O thread, which ignores
    // it. Its log line, written on the I/O thread right then, is the only signal.
    if (closing.load() || !line.contains(QLatin1StringView("SASL authentication failed")))
        return;
    setState(ZkSession::State::AuthFailed);
    resolveWaiters();
}

struct AuthRequest
{
    ZkSessionPrivate *d;
    QString user;
};

void ZkSessionPrivate::authDone(int rc, const void *data)
{
    std::unique_ptr<AuthRequest> r(static_cast<AuthRequest *>(const_cast<void *>(data)));
    ZkSessionPrivate *d = r->d;
    if (rc == ZCLOSING)
        return;
    {
        std::lock_guard lock(d->waiterMutex);
        d->pendingAuth = qMax(0, d->pendingAuth - 1);
        if (rc != ZOK && !d->authError)
            d->authError = Zk::makeError(rc, Zk::Operation::AddAuth, r->user);
    }
    if (rc != ZOK)
        d->setState(ZkSession::State::AuthFailed);
    d->resolveWaiters();
}

void ZkSessionPrivate::setAcl(const QString &path, const Acl &acl, int aversion,
                              ZkSession::StatCallback cb)
{
    if (refuseWrite(Zk::Operation::SetAcl, path, cb))
        return;
    // zoo_aset_acl's completion carries no Stat (the C client drops the one in SetACLResponse),
    // so the node's stat is read right after, in the same pipeline.
    CAcl cacl(acl);
    auto onSet = [this, path, cb = std::move(cb)](Result<bool> set) mutable {
        if (!set.ok()) {
            cb(set.error());
            return;
        }
        exists(path, std::move(cb));
    };
    submit<bool>(path, Zk::Operation::SetAcl, std::move(onSet),
                 [&cacl, aversion](zhandle_t *h, const char *p, void *r) {
                     return zoo_aset_acl(h, p, aversion, cacl.get(), voidDone, r);
                 });
}

// ---------------------------------------------------------------------------------------------

ZkSession::ZkSession(SessionOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ZkSessionPrivate>(this, std::move(options)))
{}

ZkSession::~ZkSession()
{
    close();
}

bool ZkSession::saslSupported()
{
    return PORTIER_ZK_SASL != 0;
}

QString ZkSession::saslUnavailableReason()
{
#if PORTIER_ZK_SASL
    return {};
#else
    return ZooKeeper::tr("Kerberos (SASL GSSAPI) sessions are not available: this build uses "
                         "Debian's libzookeeper-mt, which is built without Cyrus SASL. "
                         "installer/deps/build-zookeeper-client.sh (run by installer/setup.sh) "
                         "builds the ZooKeeper C client with SASL support; rebuild Portier "
                         "after it.");
#endif
}

QString ZkSession::clientDescription()
{
#if PORTIER_ZK_SASL
    return ZooKeeper::tr("ZooKeeper C client %1 (SASL)").arg(QLatin1StringView(ZOO_VERSION));
#else
    return ZooKeeper::tr("ZooKeeper C client %1 (system libzookeeper-mt, no SASL)")
        .arg(QLatin1StringView(ZOO_VERSION));
#endif
}

const SessionOptions &ZkSession::options() const
{
    return d->options;
}

Result<void> ZkSession::open()
{
    {
        std::shared_lock lock(d->handleMutex);
        if (d->zh)
            return {};
    }
    const QString connect = d->options.connectString.trimmed();
    if (connect.isEmpty() || connect.startsWith(QLatin1Char('/'))) {
        return Error(ZkError::BadConnectString,
                     ZooKeeper::tr("Could not connect: the connect string \"%1\" names no "
                                   "server.")
                         .arg(d->options.connectString),
                     ZooKeeper::tr("Write host:port pairs separated by commas, optionally "
                                   "followed by a chroot: zk1:2181,zk2:2181/kafka"));
    }
    if (d->options.sasl && !saslSupported()) {
        return Error(ZkError::SaslUnavailable,
                     ZooKeeper::tr("Could not open a Kerberos (SASL) session with %1: this "
                                   "build's ZooKeeper client has no SASL support.")
                         .arg(connect),
                     saslUnavailableReason());
    }

    static std::once_flag debugLevel;
    std::call_once(debugLevel, [] { zoo_set_debug_level(ZOO_LOG_LEVEL_INFO); });

    {
        std::lock_guard lock(d->waiterMutex);
        d->pendingAuth = int(d->options.digests.size());
        d->authError.reset();
    }
    d->sessionId.store(0);

#if PORTIER_ZK_SASL
    if (d->options.sasl) {
        const Result<void> prepared = d->prepareSasl();
        if (!prepared.ok())
            return prepared;
    }
#endif

    const Zk::ClientLog::Callback logCallback = d->log->attach();
    d->log->note(QStringLiteral("Connecting to %1 (session timeout %2 ms%3%4)")
                     .arg(connect)
                     .arg(d->options.sessionTimeoutMs)
                     .arg(d->options.readOnly ? QStringLiteral(", read-only") : QString(),
                          d->options.sasl ? QStringLiteral(", SASL GSSAPI") : QString()));
    d->setState(State::Connecting);
    const int flags = d->options.readOnly ? ZOO_READONLY : 0;
    const QByteArray host = connect.toUtf8();
    zhandle_t *zh = nullptr;
    errno = 0;
#if PORTIER_ZK_SASL
    if (d->options.sasl) {
        d->log->note(
            QStringLiteral("SASL GSSAPI: principal %1, credential cache %2, server "
                           "principal %3/%4")
                .arg(d->saslPrincipal.isEmpty() ? QStringLiteral("(unknown)") : d->saslPrincipal,
                     d->saslCcacheName.isEmpty() ? QStringLiteral("(default)")
                                                 : QString::fromUtf8(d->saslCcacheName),
                     QString::fromUtf8(d->saslService), QString::fromUtf8(d->saslHost)));
        d->saslCallbacks[0] = {SASL_CB_USER,
                               // through void(*)(): the one function pointer type GCC
                               // lets any other be cast to without -Wcast-function-type
                               reinterpret_cast<int (*)()>(reinterpret_cast<void (*)()>(
                                   &ZkSessionPrivate::saslUserCallback)),
                               d.get()};
        d->saslCallbacks[1] = {SASL_CB_LIST_END, nullptr, nullptr};
        zoo_sasl_params_t params{};
        params.service = d->saslService.constData();
        params.host = d->saslHost.constData();
        params.mechlist = "GSSAPI";
        params.callbacks = d->saslCallbacks;
        zh = zookeeper_init_sasl(host.constData(), &ZkSessionPrivate::watcher,
                                 d->options.sessionTimeoutMs, nullptr, d.get(), flags, logCallback,
                                 &params);
    } else
#endif
    {
        zh = zookeeper_init2(host.constData(), &ZkSessionPrivate::watcher,
                             d->options.sessionTimeoutMs, nullptr, d.get(), flags, logCallback);
    }
    if (!zh) {
        const int err = errno;
        d->log->detach();
#if PORTIER_ZK_SASL
        d->releaseSasl();
#endif
        d->setState(State::Closed);
        // zookeeper_init sets EINVAL when the string does not parse and passes on
        // getaddrinfo's failure (ENOENT) when a host name does not resolve.
        Error error =
            err == EINVAL
                ? Error(ZkError::BadConnectString,
                        ZooKeeper::tr("Could not connect to %1: the connect string is malformed.")
                            .arg(connect),
                        ZooKeeper::tr("Write host:port pairs separated by commas, optionally "
                                      "followed by a chroot: zk1:2181,zk2:2181/kafka"))
                : Error(ZkError::HostUnresolved,
                        ZooKeeper::tr("Could not connect to %1: none of its host names resolves.")
                            .arg(connect),
                        ZooKeeper::tr("Check the spelling of the host names and the resolver "
                                      "(/etc/hosts, /etc/resolv.conf); a port must be a number "
                                      "from 1 to 65535."));
        error.libraryCode = err;
        error.detail = QString::fromLocal8Bit(strerror(err));
        return d->withEvidence(error);
    }
    // By default the C client re-resolves the server names on every pass of its I/O loop,
    // about ten system calls per request round; a scan sends hundreds of thousands. DNS changes
    // are still noticed within 30 s, and at once after a connection loss.
    zoo_set_servers_resolution_delay(zh, 30000);
    // Credentials go out right after the session handshake, before any request of ours
    // (the C client also re-sends them after every reconnection).
    for (const DigestCredential &digest : d->options.digests) {
        const QByteArray cred = (digest.user + QLatin1Char(':') + digest.password).toUtf8();
        auto *request = new AuthRequest{d.get(), digest.user};
        const int rc = zoo_add_auth(zh, "digest", cred.constData(), int(cred.size()),
                                    &ZkSessionPrivate::authDone, request);
        if (rc != ZOK) {
            delete request;
            std::lock_guard lock(d->waiterMutex);
            d->pendingAuth = qMax(0, d->pendingAuth - 1);
            if (!d->authError)
                d->authError = Zk::makeError(rc, Zk::Operation::AddAuth, digest.user);
        }
    }
    {
        std::unique_lock lock(d->handleMutex);
        d->zh = zh;
    }
    return {};
}

QFuture<Result<void>> ZkSession::whenConnected(int timeoutMs)
{
    auto waiter = std::make_shared<ConnectWaiter>();
    waiter->promise.start();
    QFuture<Result<void>> future = waiter->promise.future();
    {
        std::lock_guard lock(d->waiterMutex);
        d->waiters.push_back(waiter);
    }
    d->resolveWaiters();
    if (waiter->done.load())
        return future;
    const int ms = timeoutMs >= 0 ? timeoutMs : d->options.sessionTimeoutMs;
    // The deadline must not touch the session (it may be gone by then): the waiter, the log
    // and a copy of what the message needs are enough.
    std::weak_ptr<ConnectWaiter> weak = waiter;
    std::shared_ptr<Zk::ClientLog> log = d->log;
    const QString connect = d->options.connectString;
    DeadlineThread::instance().schedule(
        Clock::now() + std::chrono::milliseconds(ms), [weak, log, connect, ms] {
            const std::shared_ptr<ConnectWaiter> w = weak.lock();
            if (!w || w->done.load())
                return;
            log->note(QStringLiteral("No session within %1 ms").arg(ms));
            Error error(ZkError::ConnectionLoss,
                        ZooKeeper::tr("Could not connect to %1: no ZooKeeper server accepted a "
                                      "session within %2 s.")
                            .arg(connect)
                            .arg(ms / 1000.0, 0, 'g', 3),
                        ZooKeeper::tr("Check that the servers of the connect string are "
                                      "running and reachable from this machine (host names, "
                                      "ports, firewall); the client log shows each attempt. "
                                      "The client keeps trying in the background."));
            error.libraryCode = ZCONNECTIONLOSS;
            error.detail = Zk::codeName(ZCONNECTIONLOSS) + QStringLiteral(": ") +
                           QString::fromUtf8(zerror(ZCONNECTIONLOSS));
            error.evidence.append(log->excerpt());
            SignatureCatalogue::builtin().diagnose(error);
            w->finish(error);
        });
    return future;
}

void ZkSession::close()
{
    zhandle_t *zh = nullptr;
    {
        std::unique_lock lock(d->handleMutex);
        std::swap(zh, d->zh);
    }
    if (!zh)
        return;
    d->log->note(QStringLiteral("Closing the session"));
    // Outstanding requests complete with ZCLOSING during zookeeper_close(), which also joins
    // the client's threads: after it, no callback of this handle runs any more.
    d->closing.store(true);
    zookeeper_close(zh);
    d->log->detach();
    for (RequestBase *r = d->inflight.takeAll(); r;) {
        std::unique_ptr<RequestBase> owned(r);
        r = r->next;
        owned->list = nullptr;
        owned->fail(ZCLOSING);
    }
#if PORTIER_ZK_SASL
    d->releaseSasl();
#endif
    d->closing.store(false);
    d->setState(State::Closed);
    d->resolveWaiters();
}

Result<void> ZkSession::reopen()
{
    close();
    return open();
}

ZkSession::State ZkSession::state() const
{
    return d->currentState();
}

bool ZkSession::isConnected() const
{
    const State s = state();
    return s == State::Connected || s == State::ConnectedReadOnly;
}

qint64 ZkSession::sessionId() const
{
    return d->sessionId.load();
}

bool ZkSession::isReadOnly() const
{
    return d->options.readOnly || state() == State::ConnectedReadOnly;
}

Acl ZkSession::identities() const
{
    Acl ids;
    for (const DigestCredential &digest : d->options.digests) {
        ids.append(AclEntry{QStringLiteral("digest"),
                            AclSyntax::digestId(digest.user, digest.password), 0});
        if (digest.user == QLatin1StringView("super"))
            ids.append(AclEntry{QStringLiteral("super"), QString(), 0});
    }
    {
        std::lock_guard lock(d->addressMutex);
        if (!d->localAddress.isEmpty() && isConnected())
            ids.append(AclEntry{QStringLiteral("ip"), d->localAddress, 0});
    }
    if (d->options.sasl) {
        const QString principal =
            d->saslPrincipal.isEmpty() ? d->options.saslOptions.principal : d->saslPrincipal;
        if (!principal.isEmpty()) {
            ids.append(AclEntry{QStringLiteral("sasl"), principal, 0});
            const QString primary = primaryOf(principal);
            if (!primary.isEmpty() && primary != principal)
                ids.append(AclEntry{QStringLiteral("sasl"), primary, 0});
        }
    }
    return ids;
}

QFuture<Result<ZnodeChildren>> ZkSession::getChildren(const QString &path, bool watch)
{
    return promised<ZnodeChildren>(
        [&](ChildrenCallback cb) { d->getChildren(path, watch, std::move(cb)); });
}

QFuture<Result<ZnodeData>> ZkSession::getData(const QString &path, bool watch)
{
    return promised<ZnodeData>([&](DataCallback cb) { d->getData(path, watch, std::move(cb)); });
}

QFuture<Result<ZnodeAcl>> ZkSession::getAcl(const QString &path)
{
    return promised<ZnodeAcl>([&](AclCallback cb) { d->getAcl(path, std::move(cb)); });
}

QFuture<Result<ZnodeStat>> ZkSession::exists(const QString &path)
{
    return promised<ZnodeStat>([&](StatCallback cb) { d->exists(path, std::move(cb)); });
}

QFuture<Result<ZnodeStat>> ZkSession::setData(const QString &path, const QByteArray &data,
                                              int version)
{
    return promised<ZnodeStat>([&](StatCallback cb) {
        if (d->refuseWrite(Zk::Operation::SetData, path, cb))
            return;
        d->submit<ZnodeStat>(path, Zk::Operation::SetData, std::move(cb),
                             [&data, version](zhandle_t *h, const char *p, void *r) {
                                 return zoo_aset(h, p, data.constData(), int(data.size()), version,
                                                 statDone, r);
                             });
    });
}

QFuture<Result<ZnodeStat>> ZkSession::setAcl(const QString &path, const Acl &acl, int aversion)
{
    return promised<ZnodeStat>(
        [&](StatCallback cb) { d->setAcl(path, acl, aversion, std::move(cb)); });
}

QFuture<Result<QString>> ZkSession::create(const QString &path, const QByteArray &data,
                                           const Acl &acl, CreateMode mode)
{
    using CreatedCallback = std::function<void(Result<QString>)>;
    return promised<QString>([&](CreatedCallback cb) {
        if (d->refuseWrite(Zk::Operation::Create, path, cb))
            return;
        CAcl cacl(acl);
        const int flags = createFlags(mode);
        d->submit<QString>(path, Zk::Operation::Create, std::move(cb),
                           [&data, &cacl, flags](zhandle_t *h, const char *p, void *r) {
                               return zoo_acreate(h, p, data.constData(), int(data.size()),
                                                  cacl.get(), flags, createDone, r);
                           });
    });
}

QFuture<Result<void>> ZkSession::remove(const QString &path, int version)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    std::function<void(Result<bool>)> done = [promise](Result<bool> r) {
        promise->addResult(r.ok() ? Result<void>() : Result<void>(r.error()));
        promise->finish();
    };
    if (d->refuseWrite(Zk::Operation::Delete, path, done))
        return future;
    d->submit<bool>(path, Zk::Operation::Delete, std::move(done),
                    [version](zhandle_t *h, const char *p, void *r) {
                        return zoo_adelete(h, p, version, voidDone, r);
                    });
    return future;
}

void ZkSession::getChildrenAsync(const QString &path, ChildrenCallback callback)
{
    d->getChildren(path, false, std::move(callback));
}

void ZkSession::getDataAsync(const QString &path, DataCallback callback)
{
    d->getData(path, false, std::move(callback));
}

void ZkSession::getAclAsync(const QString &path, AclCallback callback)
{
    d->getAcl(path, std::move(callback));
}

void ZkSession::setAclAsync(const QString &path, const Acl &acl, int aversion,
                            StatCallback callback)
{
    d->setAcl(path, acl, aversion, std::move(callback));
}

QStringList ZkSession::clientLog() const
{
    return d->log->lines();
}

LogExcerpt ZkSession::clientLogExcerpt(int lines) const
{
    return d->log->excerpt(lines);
}

} // namespace Portier
