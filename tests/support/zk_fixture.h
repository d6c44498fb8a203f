// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Portier::Test {
class KdcFixture;
} // namespace Portier::Test

namespace Portier::Test {

using Portier::Test::KdcFixture; // the KDC fixture lives in Portier::Test

/// A real ZooKeeper 3.8 server (Debian's `zookeeper` package, Java) in standalone mode on a free
/// loopback port, in a temporary directory, always killed (destructor and a process-exit guard).
/// - superDigest: the user "super" (superPassword()) may do anything after addauth digest.
/// - sasl: a KdcFixture given to the options makes the server accept SASL GSSAPI as
///   zookeeper/localhost@TEST.LOCAL (keytab and JAAS file in the temp dir). The KDC fixture must
///   be started first and outlive this one. Clients use service "zookeeper" and SASL host
///   "localhost" (the default, the connect string's 127.0.0.1, is an unknown SPN). The server
///   strips host and realm (kerberos.removeHostFromPrincipal/removeRealmFromPrincipal=true), so
///   a session authenticated as alice@TEST.LOCAL holds the ACL id sasl:alice, and
///   kafka/host@TEST.LOCAL would be sasl:kafka — the convention of secured Hadoop/Kafka clusters.
///   Beware: KdcFixture sets KRB5_CLIENT_KTNAME to a keytab with Alice's keys, and MIT GSSAPI
///   then authenticates as Alice from it whenever the credential cache has no ticket.
/// - fourLetterWords: whitelists srvr, mntr, conf, envi, ruok, stat; else none is allowed except
///   srvr, which ZooKeeper 3.8 always answers.
class ZkFixture
{
public:
    struct Options
    {
        KdcFixture *kdc = nullptr; ///< non-null: SASL enabled through this KDC
        bool fourLetterWords = true;
    };

    explicit ZkFixture(Options options);
    ZkFixture();
    ~ZkFixture();

    ZkFixture(const ZkFixture &) = delete;
    ZkFixture &operator=(const ZkFixture &) = delete;

    /// Starts the server and waits until it serves requests (at most 60 s).
    bool start(QString *error);
    /// SIGKILLs the server (a crash; sessions survive a restart within their timeout).
    void kill();
    /// Starts again on the same port with the same data directory.
    bool restart(QString *error);
    bool isRunning() const;

    quint16 port() const;
    QString connectString() const; ///< "127.0.0.1:<port>"
    QString directory() const;
    QString serverLogFile() const;

    /// A host name that fails to resolve without a packet leaving the machine: its first label
    /// has 64 characters, one more than DNS allows, so the resolver cannot even build a query
    /// (a name under .invalid would still be sent to the configured name server).
    static QString unresolvableHost()
    {
        return QString(64, QLatin1Char('x')) + QStringLiteral(".invalid");
    }
    static QString superUser() { return QStringLiteral("super"); }
    static QString superPassword() { return QStringLiteral("super-secret-1"); }
    /// zoo_add_auth("digest", ...) credential: "super:super-secret-1".
    static QString superCredential() { return superUser() + QLatin1Char(':') + superPassword(); }

    /// The SPN host part and service: "zookeeper/localhost@TEST.LOCAL".
    QString serverPrincipal() const;

    /// Environment a zkCli.sh child process needs (JAVA options for SASL client when enabled).
    QStringList zkCliEnvironment() const;
    /// Path of zkCli.sh.
    static QString zkCliPath();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// A ZooKeeper 3.8 ensemble (QuorumPeerMain) on free loopback ports, each server with its own
/// data directory in one temporary directory, always killed like ZkFixture's server. Read-only
/// mode is enabled (readonlymode.enabled=true): a server cut off from its quorum keeps serving
/// reads to clients that allow read-only servers (ZOO_READONLY). No SASL. With the default two
/// servers, killing one leaves the other without a quorum.
class ZkEnsembleFixture
{
public:
    enum class Mode
    {
        ReadWrite, ///< part of a quorum: serves sessions that do not allow read-only servers
        ReadOnly,  ///< cut off from its quorum: serves only sessions that allow it
    };

    explicit ZkEnsembleFixture(int servers = 2);
    ~ZkEnsembleFixture();

    ZkEnsembleFixture(const ZkEnsembleFixture &) = delete;
    ZkEnsembleFixture &operator=(const ZkEnsembleFixture &) = delete;

    /// Starts every server and waits (at most 90 s) until each serves read-write sessions.
    bool start(QString *error);
    /// SIGKILLs server @p index (0-based).
    void kill(int index);
    /// Starts server @p index again on its ports with its data; does not wait for a quorum.
    bool restart(int index, QString *error);
    /// Waits until server @p index serves sessions in @p mode.
    bool waitForMode(int index, Mode mode, int timeoutMs, QString *error);

    int size() const;
    quint16 clientPort(int index) const;
    QString connectString() const;          ///< every server: "127.0.0.1:p1,127.0.0.1:p2"
    QString connectString(int index) const; ///< one server
    QString directory() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Portier::Test
