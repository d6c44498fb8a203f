// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/zk_oracle.h"

#include <QByteArray>
#include <QDeadlineTimer>

#include <zookeeper.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

// Deliberately independent of ZkSession and of the backend's conversions: the oracle talks to
// the C API directly (synchronous calls for reads, pipelined zoo_acreate/zoo_adelete for bulk
// seeding) and converts the structures itself, so that a bug in the backend cannot hide itself.

namespace Portier::Test {

namespace {

constexpr int ConnectTimeoutMs = 15000;
constexpr int Window = 500; // requests in flight when seeding; below globalOutstandingLimit

void discardLog(const char *) {}

QString rcName(int rc)
{
    switch (rc) {
    case ZOK:
        return {};
    case ZNONODE:
        return QStringLiteral("NONODE");
    case ZNOAUTH:
        return QStringLiteral("NOAUTH");
    case ZBADVERSION:
        return QStringLiteral("BADVERSION");
    case ZNODEEXISTS:
        return QStringLiteral("NODEEXISTS");
    case ZNOTEMPTY:
        return QStringLiteral("NOTEMPTY");
    case ZCONNECTIONLOSS:
        return QStringLiteral("CONNECTIONLOSS");
    case ZSESSIONEXPIRED:
        return QStringLiteral("SESSIONEXPIRED");
    case ZINVALIDACL:
        return QStringLiteral("INVALIDACL");
    case ZAUTHFAILED:
        return QStringLiteral("AUTHFAILED");
    case ZOPERATIONTIMEOUT:
        return QStringLiteral("OPERATIONTIMEOUT");
    case ZBADARGUMENTS:
        return QStringLiteral("BADARGUMENTS");
    case ZCLOSING:
        return QStringLiteral("CLOSING");
    default:
        return QStringLiteral("ERROR(%1)").arg(rc);
    }
}

ZnodeStat toStat(const Stat &s)
{
    ZnodeStat r;
    r.czxid = s.czxid;
    r.mzxid = s.mzxid;
    r.pzxid = s.pzxid;
    r.ctime = s.ctime;
    r.mtime = s.mtime;
    r.version = s.version;
    r.cversion = s.cversion;
    r.aversion = s.aversion;
    r.ephemeralOwner = s.ephemeralOwner;
    r.dataLength = s.dataLength;
    r.numChildren = s.numChildren;
    return r;
}

Acl toAcl(const ACL_vector &v)
{
    Acl acl;
    acl.reserve(v.count);
    for (int i = 0; i < v.count; ++i) {
        acl.append(AclEntry{QString::fromUtf8(v.data[i].id.scheme),
                            QString::fromUtf8(v.data[i].id.id), v.data[i].perms});
    }
    return acl;
}

// Owns the C strings an ACL_vector points into.
struct CAcl
{
    std::vector<QByteArray> strings;
    std::vector<ACL> entries;
    ACL_vector vector{};

    explicit CAcl(const Acl &acl)
    {
        strings.reserve(size_t(acl.size()) * 2);
        entries.reserve(size_t(acl.size()));
        for (const AclEntry &e : acl) {
            strings.push_back(e.scheme.toUtf8());
            char *scheme = strings.back().data();
            strings.push_back(e.id.toUtf8());
            char *id = strings.back().data();
            entries.push_back(ACL{e.perms, Id{scheme, id}});
        }
        vector.count = int32_t(entries.size());
        vector.data = entries.data();
    }
};

QString childPath(const QString &parent, const QString &name)
{
    if (parent == QLatin1String("/"))
        return QLatin1Char('/') + name;
    return parent + QLatin1Char('/') + name;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// A bounded pipeline of asynchronous requests: at most Window in flight; the first error other
// than an accepted one is kept.
struct Pipeline
{
    std::mutex mutex;
    std::condition_variable cv;
    int inFlight = 0;
    int firstError = ZOK;
    QString firstErrorPath;
    int accepted = ZOK; // an rc that counts as success (NODEEXISTS when seeding idempotently)

    void acquire()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return inFlight < Window; });
        ++inFlight;
    }
    void release(int rc)
    {
        std::lock_guard lock(mutex);
        if (rc != ZOK && rc != accepted && firstError == ZOK)
            firstError = rc;
        --inFlight;
        cv.notify_all();
    }
    void failedToSend(int rc, const QString &path)
    {
        std::lock_guard lock(mutex);
        if (firstError == ZOK) {
            firstError = rc;
            firstErrorPath = path;
        }
        --inFlight;
    }
    int drain()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return inFlight == 0; });
        return firstError;
    }
};

void stringCompletion(int rc, const char *, const void *data)
{
    static_cast<Pipeline *>(const_cast<void *>(data))->release(rc);
}

void voidCompletion(int rc, const void *data)
{
    static_cast<Pipeline *>(const_cast<void *>(data))->release(rc);
}

} // namespace

struct ZkOracle::Private
{
    zhandle_t *zh = nullptr;
    std::mutex mutex;
    std::condition_variable cv;
    int state = 0;
    QString lastError;

    static void watcher(zhandle_t *, int type, int state, const char *, void *context)
    {
        auto *d = static_cast<Private *>(context);
        if (type != ZOO_SESSION_EVENT)
            return;
        std::lock_guard lock(d->mutex);
        d->state = state;
        d->cv.notify_all();
    }

    bool fail(const QString &what, int rc)
    {
        lastError = what + QStringLiteral(": ") + rcName(rc) + QStringLiteral(" (") +
                    QString::fromUtf8(zerror(rc)) + QLatin1Char(')');
        return false;
    }

    bool createOne(const QString &path, const QByteArray &data, ACL_vector *acl, int *rc)
    {
        const QByteArray p = path.toUtf8();
        *rc = zoo_create(zh, p.constData(), data.isNull() ? nullptr : data.constData(),
                         data.isNull() ? -1 : int(data.size()), acl, ZOO_PERSISTENT, nullptr, 0);
        return *rc == ZOK;
    }

    bool ensureParents(const QString &path)
    {
        QStringList missing;
        for (QString p = parentOf(path); p != QLatin1String("/"); p = parentOf(p)) {
            Stat stat{};
            const int rc = zoo_exists(zh, p.toUtf8().constData(), 0, &stat);
            if (rc == ZOK)
                break;
            if (rc != ZNONODE)
                return fail(QStringLiteral("exists %1").arg(p), rc);
            missing.prepend(p);
        }
        for (const QString &p : std::as_const(missing)) {
            int rc = ZOK;
            if (!createOne(p, QByteArray(), &ZOO_OPEN_ACL_UNSAFE, &rc) && rc != ZNODEEXISTS)
                return fail(QStringLiteral("create %1").arg(p), rc);
        }
        return true;
    }

    void readNode(const QString &path, bool withData, ZnodeRecord *record, QStringList *children)
    {
        const QByteArray p = path.toUtf8();
        record->path = path;
        String_vector names{};
        Stat childrenStat{};
        const int crc = zoo_get_children2(zh, p.constData(), 0, &names, &childrenStat);
        if (crc == ZOK) {
            for (int i = 0; i < names.count; ++i)
                children->append(QString::fromUtf8(names.data[i]));
            deallocate_String_vector(&names);
            std::sort(children->begin(), children->end());
            record->stat = toStat(childrenStat);
        }
        ACL_vector acl{};
        Stat aclStat{};
        const int arc = zoo_get_acl(zh, p.constData(), &acl, &aclStat);
        if (arc == ZOK) {
            record->acl = toAcl(acl);
            deallocate_ACL_vector(&acl);
            if (crc != ZOK)
                record->stat = toStat(aclStat);
        }
        int drc = ZOK;
        if (withData) {
            // Large enough for any znode the tests write; zoo_get reports the true length in
            // the stat, so a second call with the exact size follows when it was too small.
            QByteArray buffer(64 * 1024, Qt::Uninitialized);
            int len = int(buffer.size());
            Stat dataStat{};
            drc = zoo_get(zh, p.constData(), 0, buffer.data(), &len, &dataStat);
            if (drc == ZOK && dataStat.dataLength > buffer.size()) {
                buffer.resize(dataStat.dataLength);
                len = int(buffer.size());
                drc = zoo_get(zh, p.constData(), 0, buffer.data(), &len, &dataStat);
            }
            if (drc == ZOK)
                record->data = len < 0 ? QByteArray() : buffer.left(len);
        }
        // The first failed request in the order getChildren, getAcl, getData names the error.
        if (crc != ZOK)
            record->error = rcName(crc);
        else if (arc != ZOK)
            record->error = rcName(arc);
        else if (drc != ZOK)
            record->error = rcName(drc);
    }
};

ZkOracle::ZkOracle(const QString &connectString, const QStringList &digest)
    : d(new Private)
{
    d->zh = zookeeper_init2(connectString.toUtf8().constData(), &Private::watcher, 30000, nullptr,
                            d, 0, discardLog);
    if (!d->zh) {
        d->lastError = QStringLiteral("zookeeper_init2(%1) failed").arg(connectString);
        return;
    }
    {
        std::unique_lock lock(d->mutex);
        const bool connected = d->cv.wait_for(lock, std::chrono::milliseconds(ConnectTimeoutMs),
                                              [this] { return d->state == ZOO_CONNECTED_STATE; });
        if (!connected) {
            d->lastError = QStringLiteral("no session with %1 within %2 ms (state %3)")
                               .arg(connectString)
                               .arg(ConnectTimeoutMs)
                               .arg(d->state);
            return;
        }
    }
    for (const QString &credential : digest) {
        struct AuthWait
        {
            std::mutex mutex;
            std::condition_variable cv;
            bool done = false;
            int rc = ZOK;
        } wait;
        const QByteArray cred = credential.toUtf8();
        const int rc = zoo_add_auth(
            d->zh, "digest", cred.constData(), int(cred.size()),
            [](int rc, const void *data) {
                auto *w = static_cast<AuthWait *>(const_cast<void *>(data));
                std::lock_guard lock(w->mutex);
                w->rc = rc;
                w->done = true;
                w->cv.notify_all();
            },
            &wait);
        if (rc != ZOK) {
            d->fail(QStringLiteral("addauth digest"), rc);
            continue;
        }
        std::unique_lock lock(wait.mutex);
        if (!wait.cv.wait_for(lock, std::chrono::milliseconds(ConnectTimeoutMs),
                              [&wait] { return wait.done; }))
            d->lastError = QStringLiteral("addauth digest: no answer");
        else if (wait.rc != ZOK)
            d->fail(QStringLiteral("addauth digest"), wait.rc);
    }
}

ZkOracle::~ZkOracle()
{
    if (d->zh)
        zookeeper_close(d->zh);
    delete d;
}

bool ZkOracle::isConnected() const
{
    return d->zh && zoo_state(d->zh) == ZOO_CONNECTED_STATE;
}

QString ZkOracle::lastError() const
{
    return d->lastError;
}

QList<ZnodeRecord> ZkOracle::walk(const QString &root, bool withData)
{
    QList<ZnodeRecord> records;
    if (!d->zh)
        return records;
    // Explicit stack: trees of 100k+ nodes, depth unbounded.
    QStringList stack{root};
    while (!stack.isEmpty()) {
        const QString path = stack.takeLast();
        ZnodeRecord record;
        QStringList children;
        d->readNode(path, withData, &record, &children);
        records.append(std::move(record));
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(childPath(path, *it));
    }
    return records;
}

bool ZkOracle::create(const QString &path, const QByteArray &data, const Acl &acl)
{
    if (!d->zh || !d->ensureParents(path))
        return false;
    CAcl cacl(acl);
    int rc = ZOK;
    if (!d->createOne(path, data, &cacl.vector, &rc))
        return d->fail(QStringLiteral("create %1").arg(path), rc);
    return true;
}

bool ZkOracle::setAcl(const QString &path, const Acl &acl)
{
    if (!d->zh)
        return false;
    CAcl cacl(acl);
    const int rc = zoo_set_acl(d->zh, path.toUtf8().constData(), -1, &cacl.vector);
    return rc == ZOK || d->fail(QStringLiteral("setAcl %1").arg(path), rc);
}

bool ZkOracle::remove(const QString &path)
{
    if (!d->zh)
        return false;
    // Collect the subtree depth-first, then delete it deepest-first through one pipeline: the
    // server applies one session's requests in order, so children go before their parent.
    QStringList order;
    QStringList stack{path};
    while (!stack.isEmpty()) {
        const QString p = stack.takeLast();
        order.append(p);
        String_vector names{};
        const int rc = zoo_get_children(d->zh, p.toUtf8().constData(), 0, &names);
        if (rc == ZNONODE)
            continue;
        if (rc != ZOK)
            return d->fail(QStringLiteral("getChildren %1").arg(p), rc);
        for (int i = 0; i < names.count; ++i)
            stack.append(childPath(p, QString::fromUtf8(names.data[i])));
        deallocate_String_vector(&names);
    }
    Pipeline pipeline;
    pipeline.accepted = ZNONODE;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        pipeline.acquire();
        const int rc = zoo_adelete(d->zh, it->toUtf8().constData(), -1, voidCompletion, &pipeline);
        if (rc != ZOK)
            pipeline.failedToSend(rc, *it);
    }
    const int rc = pipeline.drain();
    return rc == ZOK || d->fail(QStringLiteral("delete below %1").arg(path), rc);
}

Acl ZkOracle::acl(const QString &path, int *aversion)
{
    if (!d->zh)
        return {};
    ACL_vector acl{};
    Stat stat{};
    const int rc = zoo_get_acl(d->zh, path.toUtf8().constData(), &acl, &stat);
    if (rc != ZOK) {
        d->fail(QStringLiteral("getAcl %1").arg(path), rc);
        if (aversion)
            *aversion = -1;
        return {};
    }
    Acl result = toAcl(acl);
    deallocate_ACL_vector(&acl);
    if (aversion)
        *aversion = stat.aversion;
    return result;
}

bool ZkOracle::createChildren(const QString &parent, int count, const QString &prefix)
{
    if (!d->zh)
        return false;
    Stat stat{};
    if (zoo_exists(d->zh, parent.toUtf8().constData(), 0, &stat) == ZNONODE) {
        int rc = ZOK;
        if (!d->ensureParents(parent) ||
            (!d->createOne(parent, QByteArray(), &ZOO_OPEN_ACL_UNSAFE, &rc) && rc != ZNODEEXISTS))
            return rc == ZOK ? false : d->fail(QStringLiteral("create %1").arg(parent), rc);
    }
    Pipeline pipeline;
    QByteArray path =
        (parent == QLatin1String("/") ? QString() : parent).toUtf8() + '/' + prefix.toUtf8();
    const qsizetype stem = path.size();
    for (int i = 0; i < count; ++i) {
        path.truncate(stem);
        path += QByteArray::number(i).rightJustified(7, '0');
        pipeline.acquire();
        const int rc = zoo_acreate(d->zh, path.constData(), nullptr, -1, &ZOO_OPEN_ACL_UNSAFE,
                                   ZOO_PERSISTENT, stringCompletion, &pipeline);
        if (rc != ZOK)
            pipeline.failedToSend(rc, QString::fromUtf8(path));
    }
    const int rc = pipeline.drain();
    return rc == ZOK || d->fail(QStringLiteral("create children of %1").arg(parent), rc);
}

bool ZkOracle::createTree(const QString &root, int count, int fanOut)
{
    if (!d->zh || fanOut < 1)
        return false;
    Stat stat{};
    if (zoo_exists(d->zh, root.toUtf8().constData(), 0, &stat) == ZNONODE) {
        int rc = ZOK;
        if (!d->ensureParents(root) ||
            (!d->createOne(root, QByteArray(), &ZOO_OPEN_ACL_UNSAFE, &rc) && rc != ZNODEEXISTS))
            return rc == ZOK ? false : d->fail(QStringLiteral("create %1").arg(root), rc);
    }
    // Breadth-first: node k (0-based, in creation order) is child (k % fanOut) of the parent
    // created ((k / fanOut) - 1)-th, or of root for the first fanOut nodes. A parent's create
    // is always sent before its children's, and one session's requests are applied in order.
    std::vector<QByteArray> paths;
    paths.reserve(size_t(count));
    const QByteArray rootPath = root == QLatin1String("/") ? QByteArray() : root.toUtf8();
    Pipeline pipeline;
    for (int k = 0; k < count; ++k) {
        const int parentIndex = k / fanOut - 1;
        const QByteArray &parent = parentIndex < 0 ? rootPath : paths[size_t(parentIndex)];
        paths.push_back(parent + "/c" + QByteArray::number(k % fanOut));
        pipeline.acquire();
        const int rc =
            zoo_acreate(d->zh, paths.back().constData(), nullptr, -1, &ZOO_OPEN_ACL_UNSAFE,
                        ZOO_PERSISTENT, stringCompletion, &pipeline);
        if (rc != ZOK)
            pipeline.failedToSend(rc, QString::fromUtf8(paths.back()));
    }
    const int rc = pipeline.drain();
    return rc == ZOK || d->fail(QStringLiteral("create tree below %1").arg(root), rc);
}

} // namespace Portier::Test
