// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/kerberos/kinit_request.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace Portier {

class KerberosBackend;

/// "Get Ticket": kinit with a password or from a keytab. With a keytab, the principal picker is
/// filled from the keytab's entries (listed on the pool, never on the GUI thread). The equivalent
/// kinit command line is shown live. The password is never part of that line, and clearPassword()
/// empties the field as soon as the caller has taken the request.
class KinitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KinitDialog(const KerberosBackend &backend, QWidget *parent = nullptr);
    ~KinitDialog() override;

    void setPrincipal(const QString &principal);
    /// Principals offered in password mode (e.g. those of the caches shown).
    void setKnownPrincipals(const QStringList &principals);
    void setKeytabPath(const QString &path);
    /// Whether "new cache in the collection" is offered (the default cache is DIR/KEYRING/KCM).
    void setCollectionAvailable(bool available);

    KinitRequest request() const;
    void clearPassword();
    QString commandPreview() const;
    /// The principals the picker offers after the last keytab listing.
    QStringList keytabPrincipals() const { return m_keytabPrincipals; }

Q_SIGNALS:
    /// The keytab listing for the picker arrived (tests wait for it).
    void keytabPrincipalsLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void listKeytab();
    void browseKeytab();

    const KerberosBackend &m_backend;
    QComboBox *m_principal;
    QRadioButton *m_usePassword;
    QRadioButton *m_useKeytab;
    QLineEdit *m_password;
    QLineEdit *m_keytabPath;
    QToolButton *m_browseKeytab;
    QLabel *m_keytabStatus;
    QLineEdit *m_lifetime;
    QLineEdit *m_renewableLifetime;
    QCheckBox *m_forwardable;
    QCheckBox *m_proxiable;
    QComboBox *m_target;
    QLineEdit *m_cacheName;
    QLineEdit *m_preview;
    QDialogButtonBox *m_buttons;
    QStringList m_knownPrincipals;
    QStringList m_keytabPrincipals;
    QTimer m_keytabDebounce;
    quint64 m_keytabGeneration = 0;
};

} // namespace Portier
