// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/zk_errors.h"

#include "backends/zookeeper/zk_tr.h"

#include <zookeeper.h>

namespace Portier::Zk {

namespace {

#define PORTIER_ZOO_CODE(name)                                                                     \
    {                                                                                              \
        name, #name                                                                                \
    }
const struct
{
    int code;
    const char *name;
} KnownCodes[] = {
    PORTIER_ZOO_CODE(ZOK),
    PORTIER_ZOO_CODE(ZSYSTEMERROR),
    PORTIER_ZOO_CODE(ZRUNTIMEINCONSISTENCY),
    PORTIER_ZOO_CODE(ZDATAINCONSISTENCY),
    PORTIER_ZOO_CODE(ZCONNECTIONLOSS),
    PORTIER_ZOO_CODE(ZMARSHALLINGERROR),
    PORTIER_ZOO_CODE(ZUNIMPLEMENTED),
    PORTIER_ZOO_CODE(ZOPERATIONTIMEOUT),
    PORTIER_ZOO_CODE(ZBADARGUMENTS),
    PORTIER_ZOO_CODE(ZINVALIDSTATE),
    PORTIER_ZOO_CODE(ZNEWCONFIGNOQUORUM),
    PORTIER_ZOO_CODE(ZRECONFIGINPROGRESS),
    PORTIER_ZOO_CODE(ZSSLCONNECTIONERROR),
    PORTIER_ZOO_CODE(ZAPIERROR),
    PORTIER_ZOO_CODE(ZNONODE),
    PORTIER_ZOO_CODE(ZNOAUTH),
    PORTIER_ZOO_CODE(ZBADVERSION),
    PORTIER_ZOO_CODE(ZNOCHILDRENFOREPHEMERALS),
    PORTIER_ZOO_CODE(ZNODEEXISTS),
    PORTIER_ZOO_CODE(ZNOTEMPTY),
    PORTIER_ZOO_CODE(ZSESSIONEXPIRED),
    PORTIER_ZOO_CODE(ZINVALIDCALLBACK),
    PORTIER_ZOO_CODE(ZINVALIDACL),
    PORTIER_ZOO_CODE(ZAUTHFAILED),
    PORTIER_ZOO_CODE(ZCLOSING),
    PORTIER_ZOO_CODE(ZNOTHING),
    PORTIER_ZOO_CODE(ZSESSIONMOVED),
    PORTIER_ZOO_CODE(ZNOTREADONLY),
    PORTIER_ZOO_CODE(ZEPHEMERALONLOCALSESSION),
    PORTIER_ZOO_CODE(ZNOWATCHER),
    PORTIER_ZOO_CODE(ZRECONFIGDISABLED),
    PORTIER_ZOO_CODE(ZSESSIONCLOSEDREQUIRESASLAUTH),
    PORTIER_ZOO_CODE(ZTHROTTLEDOP),
};
#undef PORTIER_ZOO_CODE

// "read the children of /a", "set the ACL of /a", ...
QString action(Operation op, const QString &subject)
{
    switch (op) {
    case Operation::Connect:
        return ZooKeeper::tr("connect to %1").arg(subject);
    case Operation::GetChildren:
        return ZooKeeper::tr("read the children of %1").arg(subject);
    case Operation::GetData:
        return ZooKeeper::tr("read the data of %1").arg(subject);
    case Operation::GetAcl:
        return ZooKeeper::tr("read the ACL of %1").arg(subject);
    case Operation::Exists:
        return ZooKeeper::tr("look up %1").arg(subject);
    case Operation::SetData:
        return ZooKeeper::tr("write the data of %1").arg(subject);
    case Operation::SetAcl:
        return ZooKeeper::tr("set the ACL of %1").arg(subject);
    case Operation::Create:
        return ZooKeeper::tr("create %1").arg(subject);
    case Operation::Delete:
        return ZooKeeper::tr("delete %1").arg(subject);
    case Operation::AddAuth:
        return ZooKeeper::tr("add the digest identity %1").arg(subject);
    case Operation::Sasl:
        return ZooKeeper::tr("authenticate with SASL (Kerberos) as %1").arg(subject);
    }
    return subject;
}

// The permission the server checks for op, in zkCli's letters and words.
QString missingPermission(Operation op)
{
    switch (op) {
    case Operation::GetChildren:
    case Operation::GetData:
        return ZooKeeper::tr("READ (r) on the node");
    case Operation::GetAcl:
        return ZooKeeper::tr("READ (r) or ADMIN (a) on the node");
    case Operation::SetData:
        return ZooKeeper::tr("WRITE (w) on the node");
    case Operation::SetAcl:
        return ZooKeeper::tr("ADMIN (a) on the node");
    case Operation::Create:
        return ZooKeeper::tr("CREATE (c) on the parent node");
    case Operation::Delete:
        return ZooKeeper::tr("DELETE (d) on the parent node");
    default:
        return ZooKeeper::tr("the required permission");
    }
}

} // namespace

ZkError classify(int rc)
{
    switch (rc) {
    case ZCONNECTIONLOSS:
    case ZSSLCONNECTIONERROR:
        return ZkError::ConnectionLoss;
    case ZSESSIONEXPIRED:
    case ZSESSIONMOVED:
        return ZkError::SessionExpired;
    case ZOPERATIONTIMEOUT:
        return ZkError::OperationTimeout;
    case ZAUTHFAILED:
    case ZSESSIONCLOSEDREQUIRESASLAUTH:
        return ZkError::AuthFailed;
    case ZNOAUTH:
        return ZkError::NoAuth;
    case ZNONODE:
        return ZkError::NoNode;
    case ZNODEEXISTS:
        return ZkError::NodeExists;
    case ZNOTEMPTY:
        return ZkError::NotEmpty;
    case ZBADVERSION:
        return ZkError::BadVersion;
    case ZINVALIDACL:
        return ZkError::InvalidAcl;
    case ZBADARGUMENTS:
        return ZkError::BadArguments;
    case ZNOTREADONLY:
        return ZkError::ReadOnly;
    case ZCLOSING:
        return ZkError::Closing;
    default:
        return ZkError::Library;
    }
}

QString codeName(int rc)
{
    for (const auto &known : KnownCodes) {
        if (known.code == rc)
            return QString::fromLatin1(known.name);
    }
    return QStringLiteral("ZOO_ERROR(%1)").arg(rc);
}

QString recordErrorName(int rc)
{
    const QString name = codeName(rc);
    return name.startsWith(QLatin1Char('Z')) && !name.startsWith(QLatin1StringView("ZOO_"))
               ? name.mid(1)
               : name;
}

QStringList catalogueCodes(int rc)
{
    return {codeName(rc), QString::number(rc)};
}

Error makeError(int rc, Operation op, const QString &subject)
{
    const ZkError code = classify(rc);
    const QString what = action(op, subject);
    QString why;
    QString hint;
    switch (code) {
    case ZkError::ConnectionLoss:
        why = ZooKeeper::tr("the connection to the ZooKeeper server was lost");
        hint = ZooKeeper::tr("The client reconnects by itself while the session is alive; try "
                             "again when the connection banner says connected. If no server "
                             "answers, check that the ensemble is up and reachable.");
        break;
    case ZkError::SessionExpired:
        why = ZooKeeper::tr("the server has expired the session (its ephemeral nodes and "
                            "watches are gone)");
        hint = ZooKeeper::tr("Reconnect to open a new session.");
        break;
    case ZkError::OperationTimeout:
        why = ZooKeeper::tr("no reply came within the session timeout");
        hint = ZooKeeper::tr("The server may be overloaded; try again, or raise the session "
                             "timeout of the connection.");
        break;
    case ZkError::AuthFailed:
        why = ZooKeeper::tr("the server rejected the session's authentication");
        hint = ZooKeeper::tr("Check the credentials of the connection (digest user and "
                             "password, or the Kerberos ticket), then reconnect.");
        break;
    case ZkError::NoAuth:
        why = ZooKeeper::tr("the node's ACL does not grant this session's identities %1")
                  .arg(missingPermission(op));
        hint = ZooKeeper::tr("Connect with an identity the ACL names (a digest user or a "
                             "Kerberos principal), or as the super user, or ask an "
                             "administrator of the node.");
        break;
    case ZkError::NoNode:
        why = op == Operation::Create
                  ? ZooKeeper::tr("the parent node does not exist")
                  : ZooKeeper::tr("the node does not exist (it may have been deleted "
                                  "meanwhile)");
        hint = op == Operation::Create ? ZooKeeper::tr("Create the parent nodes first.")
                                       : ZooKeeper::tr("Refresh the tree.");
        break;
    case ZkError::NodeExists:
        why = ZooKeeper::tr("a node with this path already exists");
        hint = ZooKeeper::tr("Choose another name, or refresh the tree.");
        break;
    case ZkError::NotEmpty:
        why = ZooKeeper::tr("the node has children");
        hint = ZooKeeper::tr("Delete its children first, or use the recursive delete.");
        break;
    case ZkError::BadVersion:
        why = op == Operation::SetAcl
                  ? ZooKeeper::tr("its ACL was changed by someone else since it was read "
                                  "(aversion mismatch); nothing was overwritten")
                  : ZooKeeper::tr("it was changed by someone else since it was read (version "
                                  "mismatch); nothing was overwritten");
        hint = ZooKeeper::tr("Reload the node, compare with the newer version and apply the "
                             "change again if it still makes sense.");
        break;
    case ZkError::InvalidAcl:
        why = ZooKeeper::tr("the server refused the ACL (empty, malformed, or an auth: entry "
                            "while the session holds no identity)");
        hint = ZooKeeper::tr("Check every entry's scheme and id; for auth: entries add a "
                             "digest or SASL identity to the connection first.");
        break;
    case ZkError::BadArguments:
        why = ZooKeeper::tr("the request was malformed (for example an invalid path)");
        hint = ZooKeeper::tr("Paths start with '/', have no empty or '.' components and no "
                             "trailing '/'.");
        break;
    case ZkError::ReadOnly:
        why = ZooKeeper::tr("the server is in read-only mode and accepts no writes");
        hint = ZooKeeper::tr("Wait until the server rejoins a quorum, or connect to another "
                             "server of the ensemble.");
        break;
    case ZkError::Closing:
        why = ZooKeeper::tr("the session was closed while the request was outstanding");
        break;
    default:
        why = ZooKeeper::tr("the ZooKeeper client reported %1").arg(codeName(rc));
        break;
    }
    Error error(code, ZooKeeper::tr("Could not %1: %2.").arg(what, why), hint);
    error.libraryCode = rc;
    error.detail =
        QStringLiteral("%1 (%2): %3").arg(codeName(rc)).arg(rc).arg(QString::fromUtf8(zerror(rc)));
    return error;
}

} // namespace Portier::Zk
