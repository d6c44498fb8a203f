// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace Portier::Test {

/// A real MIT KDC (krb5kdc from Debian's krb5-kdc) for one test binary: realm TEST.LOCAL on a
/// free loopback port, database, stash and config in a temporary directory, isolated from the
/// machine's Kerberos through KRB5_CONFIG, KRB5_KDC_PROFILE and KRB5CCNAME. Started once per test
/// binary (initTestCase), always killed (destructor, and a process-exit guard).
class KdcFixture
{
public:
    /// Test accounts, each with its own policy.
    enum class Account
    {
        Alice,    ///< renewable (max renew 7 days), password "alice-pw-1"
        Bob,      ///< not renewable (max renew 0)
        Shorty,   ///< max ticket life 5 minutes
        Disabled, ///< -allow_tix
        Preauth,  ///< +requires_preauth
        Expired,  ///< password expired
        Service,  ///< host/portier-test.test.local, key only in keytabPath()
    };

    KdcFixture();
    ~KdcFixture();
    KdcFixture(const KdcFixture &) = delete;
    KdcFixture &operator=(const KdcFixture &) = delete;

    /// Creates the realm and starts krb5kdc; on failure returns false and sets *error to what
    /// failed (missing binary, kdb5_util output, port in use). Also calls applyEnvironment().
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    QString realm() const { return QStringLiteral("TEST.LOCAL"); }
    int port() const { return m_port; }
    QString directory() const;

    static QString principal(Account account); ///< "alice@TEST.LOCAL"
    static QString password(Account account);

    /// Sets KRB5_CONFIG, KRB5_KDC_PROFILE, KRB5CCNAME (DIR: collection inside the temporary
    /// directory), KRB5_KTNAME and KRB5_CLIENT_KTNAME (both keytabPath()), and KRB5_TRACE unset.
    void applyEnvironment() const;
    /// Points KRB5_CLIENT_KTNAME at a keytab that does not exist. MIT GSSAPI falls back to the
    /// client keytab when a credential cache holds no ticket, and applyEnvironment() (and the
    /// krb5.conf's default_client_keytab_name) name one with Alice's keys: after this, a GSSAPI
    /// client authenticates only with the cache it was given.
    void withholdClientKeytab() const;

    QString krb5ConfPath() const;
    QString ccacheCollectionDir() const; ///< the directory behind KRB5CCNAME=DIR:
    /// A keytab holding Service's keys and Alice's current keys (ktadd -norandkey).
    QString keytabPath() const;

    /// Writes a krb5.conf whose TEST.LOCAL realm points at @p kdcHostPort instead of the real
    /// KDC (a dead port, a silent port) and returns its path; point KRB5_CONFIG at it to test
    /// unreachable KDCs. @p name distinguishes several such files.
    QString writeAlternateConfig(const QString &name, const QString &kdcHostPort) const;

    /// Runs kadmin.local with @p query ("modprinc -allow_tix bob"); returns false with output
    /// in *output on failure.
    bool kadmin(const QString &query, QString *output = nullptr) const;

    /// Environment for child processes (klist, kinit as oracles) matching applyEnvironment().
    QStringList processEnvironment() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_kdc;
    int m_port = 0;
};

/// A UDP socket bound on loopback that never answers: a KDC that does not respond.
class SilentUdpPort
{
public:
    SilentUdpPort();
    ~SilentUdpPort();
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

/// A free loopback port with nothing listening: a KDC that is down.
int unusedLoopbackPort();

} // namespace Portier::Test
