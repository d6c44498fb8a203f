// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/session_options.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Portier {

/// A saved ZooKeeper connection. Never holds a password: digest passwords live in the OS
/// keychain (SecretStore) under keychainKey(user).
struct ConnectionProfile
{
    enum class Auth
    {
        None,
        Digest,
        SaslGssapi,
    };
    QString id;   ///< stable key (uuid without braces)
    QString name; ///< shown in tabs and the profile list
    QString connectString;
    int sessionTimeoutMs = 30000;
    bool readOnly = false;
    Auth auth = Auth::None;
    QStringList digestUsers;
    SaslOptions sasl; ///< ccache/keytab/principal/service/host; no secrets

    /// The keychain entry of a digest user's password: "zookeeper/<id>/<user>".
    QString keychainKey(const QString &user) const;
    /// Options for ZkSession; digest passwords come from @p passwords (same order as users).
    SessionOptions sessionOptions(const QStringList &passwords = {}) const;
    /// Checks the connect string (host:port list, optional chroot), timeout and auth fields;
    /// the error names the field.
    Result<void> validate() const;

    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &object,
                                                     QString *error = nullptr);
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/// Profiles in QSettings (group "zookeeper/profiles"), one JSON object per profile id.
class ConnectionProfileStore
{
public:
    explicit ConnectionProfileStore(QSettings &settings);
    QList<ConnectionProfile> load() const; ///< sorted by name; unreadable entries skipped
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);

private:
    QSettings &m_settings;
};

} // namespace Portier
