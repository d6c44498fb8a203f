// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Portier {

/// What the kinit dialog or `portier-cli krb kinit` asks for.
struct KinitRequest
{
    enum class Source
    {
        Password,
        Keytab
    };
    enum class Target
    {
        Default,         ///< the cache krb5_cc_default() resolves to
        NewInCollection, ///< a new cache in the default collection (DIR, KEYRING, KCM)
        Named,           ///< cacheName
    };

    QString principal;
    Source source = Source::Password;
    QByteArray password; ///< never logged, never serialised; the backend wipes its copy
    QString keytabPath;  ///< empty: the default client keytab
    QString lifetime;    ///< krb5 duration ("10h", "1d"), empty: the KDC/profile default
    QString renewableLifetime;
    bool forwardable = false;
    bool proxiable = false;
    Target target = Target::Default;
    QString cacheName;

    /// The equivalent MIT command line, e.g. "kinit -l 10h -r 7d -f alice@TEST.LOCAL".
    /// Never contains the password.
    QString shellCommand() const;
};

} // namespace Portier
