// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/connection_profile.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Portier {

/// The saved ZooKeeper connections (ConnectionProfileStore, QSettings) and the form to add, edit
/// and remove them: name, connect string (ensemble and optional chroot), session timeout,
/// read-only mode, and authentication: none, digest identities (user and password; passwords
/// go to the OS keychain through SecretStore, never to the settings), or SASL GSSAPI (service,
/// server host for the SPN, the current Kerberos cache or a keytab and principal). When this
/// build's C client cannot do SASL, that choice is off and the dialog says why.
///
/// Connect saves the profile and emits connectRequested() with the passwords typed here (an
/// empty string for a user whose password is to be read from the keychain). Window-modal, opened
/// with open().
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Profiles as stored, sorted by name.
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    /// Shows the stored profile @p id in the form; false when there is none.
    bool selectProfile(const QString &id);
    /// Starts a new, unsaved profile in the form.
    void newProfile();
    /// The profile as the form has it now (not necessarily saved).
    ConnectionProfile currentProfile() const;
    /// Passwords typed for the digest users of the form, in the profile's user order; empty
    /// strings for users whose password was not typed.
    QStringList typedPasswords() const;
    /// Validates the form and stores the profile (and typed passwords in the keychain). False
    /// with the reason shown in the dialog when the form is not valid.
    bool saveCurrent();
    /// Removes the selected profile and its keychain entries.
    void removeCurrent();
    /// Saves and emits connectRequested(); the dialog then closes.
    void connectCurrent();

    /// The text under the form: validation problems, keychain results.
    QString messageText() const;

Q_SIGNALS:
    void connectRequested(const Portier::ConnectionProfile &profile, const QStringList &passwords);
    /// A keychain write or removal finished; ok false when it failed (shown in the dialog).
    void keychainFinished(bool ok);

private:
    void setUpForm();
    void loadProfiles();
    void showProfile(const ConnectionProfile &profile);
    void updateAuthPage();
    void addDigestRow(const QString &user, bool stored);
    void showMessage(const QString &text, bool problem);
    void storePasswords(const ConnectionProfile &profile, const QStringList &passwords,
                        const QStringList &removedUsers);

    QList<ConnectionProfile> m_profiles;
    QString m_currentId;       ///< empty for a new profile not yet saved
    QStringList m_storedUsers; ///< digest users of the shown profile as stored

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLineEdit *m_connectString;
    QSpinBox *m_timeout;
    QCheckBox *m_readOnly;
    QRadioButton *m_authNone;
    QRadioButton *m_authDigest;
    QRadioButton *m_authSasl;
    QLabel *m_saslUnavailable;
    QStackedWidget *m_authPages;
    QTableWidget *m_digestTable;
    QPushButton *m_addUser;
    QPushButton *m_removeUser;
    QLineEdit *m_saslService;
    QLineEdit *m_saslHost;
    QRadioButton *m_saslCache;
    QRadioButton *m_saslKeytab;
    QLineEdit *m_ccache;
    QLineEdit *m_keytab;
    QPushButton *m_browseKeytab;
    QLineEdit *m_principal;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_connect;
};

} // namespace Portier
