// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Portier {

/// A digest identity for addauth: user and password (the password never leaves memory:
/// profiles keep it in the OS keychain).
struct DigestCredential
{
    QString user;
    QString password;
    friend bool operator==(const DigestCredential &, const DigestCredential &) = default;
};

/// SASL GSSAPI (Kerberos) settings of a session.
struct SaslOptions
{
    QString service = QStringLiteral("zookeeper"); ///< first part of the server's SPN
    QString host; ///< server host name for the SPN; empty: the host of the first server
    /// Credential cache to use (e.g. "FILE:/tmp/krb5cc_1000", "KEYRING:persistent:1000");
    /// empty: the user's default cache (KRB5CCNAME / krb5.conf).
    QString ccache;
    /// When set, a ticket for principal is obtained from this keytab into a private MEMORY
    /// cache before connecting, and that cache is used instead of ccache.
    QString keytab;
    QString principal;
    friend bool operator==(const SaslOptions &, const SaslOptions &) = default;
};

/// Everything ZkSession needs to open a session.
struct SessionOptions
{
    /// "h1:2181,h2:2181" with an optional chroot suffix "/kafka".
    QString connectString;
    int sessionTimeoutMs = 30000;
    /// Allow connecting to a server in read-only mode, and refuse every write request in this
    /// session (the UI then offers no write action).
    bool readOnly = false;
    QList<DigestCredential> digests; ///< added with zoo_add_auth("digest") after connecting
    bool sasl = false;               ///< authenticate with SASL GSSAPI (saslOptions)
    SaslOptions saslOptions;
    friend bool operator==(const SessionOptions &, const SessionOptions &) = default;
};

} // namespace Portier
