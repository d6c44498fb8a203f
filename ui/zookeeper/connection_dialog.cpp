// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/connection_dialog.h"

#include "backends/core/secret_store.h"
#include "backends/zookeeper/zk_session.h"
#include "ui/gui_continuation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Portier {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int StoredRole = Qt::UserRole + 2;

enum AuthPage
{
    NonePage,
    DigestPage,
    SaslPage
};

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget)
    , m_new(new QPushButton(tr("&New")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_name(new QLineEdit)
    , m_connectString(new QLineEdit)
    , m_timeout(new QSpinBox)
    , m_readOnly(new QCheckBox(tr("&Read-only: offer no write action, allow read-only servers")))
    , m_authNone(new QRadioButton(tr("N&one")))
    , m_authDigest(new QRadioButton(tr("&Digest (user and password)")))
    , m_authSasl(new QRadioButton(tr("&Kerberos (SASL GSSAPI)")))
    , m_saslUnavailable(new QLabel)
    , m_authPages(new QStackedWidget)
    , m_digestTable(new QTableWidget(0, 2))
    , m_addUser(new QPushButton(tr("Add User")))
    , m_removeUser(new QPushButton(tr("Remove User")))
    , m_saslService(new QLineEdit)
    , m_saslHost(new QLineEdit)
    , m_saslCache(new QRadioButton(tr("The current Kerberos &cache")))
    , m_saslKeytab(new QRadioButton(tr("A ke&ytab")))
    , m_ccache(new QLineEdit)
    , m_keytab(new QLineEdit)
    , m_browseKeytab(new QPushButton(tr("Browse…")))
    , m_principal(new QLineEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox)
{
    setObjectName(QStringLiteral("zkConnectionDialog"));
    setWindowTitle(tr("ZooKeeper Connections"));
    setWindowModality(Qt::WindowModal);
    setUpForm();
    loadProfiles();
    if (m_profiles.isEmpty())
        newProfile();
    else
        selectProfile(m_profiles.first().id);
    resize(820, 560);
}

ConnectionDialog::~ConnectionDialog()
{
    // Typed passwords live only as long as the form.
    for (int row = 0; row < m_digestTable->rowCount(); ++row) {
        if (auto *edit = qobject_cast<QLineEdit *>(m_digestTable->cellWidget(row, 1)))
            edit->clear();
    }
}

void ConnectionDialog::setUpForm()
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_new->setObjectName(QStringLiteral("newProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_connectString->setObjectName(QStringLiteral("connectString"));
    m_timeout->setObjectName(QStringLiteral("sessionTimeout"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_authNone->setObjectName(QStringLiteral("authNone"));
    m_authDigest->setObjectName(QStringLiteral("authDigest"));
    m_authSasl->setObjectName(QStringLiteral("authSasl"));
    m_saslUnavailable->setObjectName(QStringLiteral("saslUnavailable"));
    m_digestTable->setObjectName(QStringLiteral("digestUsers"));
    m_addUser->setObjectName(QStringLiteral("addDigestUser"));
    m_removeUser->setObjectName(QStringLiteral("removeDigestUser"));
    m_saslService->setObjectName(QStringLiteral("saslService"));
    m_saslHost->setObjectName(QStringLiteral("saslHost"));
    m_saslCache->setObjectName(QStringLiteral("saslCache"));
    m_saslKeytab->setObjectName(QStringLiteral("saslKeytab"));
    m_ccache->setObjectName(QStringLiteral("saslCcache"));
    m_keytab->setObjectName(QStringLiteral("saslKeytabPath"));
    m_principal->setObjectName(QStringLiteral("saslPrincipal"));
    m_message->setObjectName(QStringLiteral("dialogMessage"));

    // Left: the saved profiles.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved connections")));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(IdRole).toString();
        for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
            if (profile.id == id && id != m_currentId)
                showProfile(profile);
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionDialog::connectCurrent);
    connect(m_new, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::removeCurrent);

    // Right: the form.
    m_name->setPlaceholderText(tr("e.g. Kafka production"));
    m_connectString->setPlaceholderText(tr("zk1:2181,zk2:2181,zk3:2181/kafka"));
    m_connectString->setToolTip(
        tr("The ensemble as host:port pairs separated by commas, optionally followed by a chroot "
           "path that every path of the session is relative to."));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(30);
    m_timeout->setToolTip(tr("The server negotiates the session timeout into its own bounds "
                             "(by default 2 to 20 ticks of 2 s)."));

    auto *authBox = new QGroupBox(tr("Authentication"));
    auto *authLayout = new QVBoxLayout(authBox);
    auto *authGroup = new QButtonGroup(this);
    authGroup->addButton(m_authNone, NonePage);
    authGroup->addButton(m_authDigest, DigestPage);
    authGroup->addButton(m_authSasl, SaslPage);
    auto *authChoice = new QHBoxLayout;
    authChoice->addWidget(m_authNone);
    authChoice->addWidget(m_authDigest);
    authChoice->addWidget(m_authSasl);
    authChoice->addStretch(1);
    authLayout->addLayout(authChoice);
    m_saslUnavailable->setWordWrap(true);
    m_saslUnavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!ZkSession::saslSupported()) {
        m_authSasl->setEnabled(false);
        m_authSasl->setToolTip(ZkSession::saslUnavailableReason());
        m_saslUnavailable->setText(
            tr("Kerberos is not available: %1").arg(ZkSession::saslUnavailableReason()));
    } else {
        m_saslUnavailable->hide();
    }
    authLayout->addWidget(m_saslUnavailable);
    connect(authGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateAuthPage();
    });

    auto *nonePage = new QLabel(tr("The session is anonymous: it sees what world:anyone and ip "
                                   "ACL entries allow."));
    nonePage->setWordWrap(true);
    nonePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *digestPage = new QWidget;
    auto *digestLayout = new QVBoxLayout(digestPage);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    m_digestTable->setHorizontalHeaderLabels({tr("User"), tr("Password")});
    m_digestTable->horizontalHeader()->setStretchLastSection(true);
    m_digestTable->verticalHeader()->hide();
    m_digestTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_digestTable->setColumnWidth(0, 200);
    auto *digestNote = new QLabel(tr("Each identity is added to the session (addauth digest). "
                                     "Passwords are kept in the system keychain only."));
    digestNote->setWordWrap(true);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_addUser);
    userButtons->addWidget(m_removeUser);
    userButtons->addStretch(1);
    digestLayout->addWidget(m_digestTable, 1);
    digestLayout->addLayout(userButtons);
    digestLayout->addWidget(digestNote);
    connect(m_addUser, &QPushButton::clicked, this, [this] {
        addDigestRow(QString(), false);
        m_digestTable->editItem(m_digestTable->item(m_digestTable->rowCount() - 1, 0));
    });
    connect(m_removeUser, &QPushButton::clicked, this, [this] {
        const int row = m_digestTable->currentRow();
        if (row >= 0)
            m_digestTable->removeRow(row);
    });

    auto *saslPage = new QWidget;
    auto *saslLayout = new QFormLayout(saslPage);
    saslLayout->setContentsMargins(0, 0, 0, 0);
    m_saslService->setPlaceholderText(QStringLiteral("zookeeper"));
    m_saslHost->setPlaceholderText(tr("the host of the first server"));
    m_saslHost->setToolTip(tr("The host part of the server's principal, zookeeper/<host>@REALM: "
                              "the name in the server's keytab, not necessarily the name you "
                              "connect to."));
    m_ccache->setPlaceholderText(tr("default (KRB5CCNAME)"));
    m_principal->setPlaceholderText(tr("zkadmin@EXAMPLE.COM"));
    auto *credentialGroup = new QButtonGroup(this);
    credentialGroup->addButton(m_saslCache);
    credentialGroup->addButton(m_saslKeytab);
    m_saslCache->setChecked(true);
    auto *keytabRow = new QHBoxLayout;
    keytabRow->addWidget(m_keytab, 1);
    keytabRow->addWidget(m_browseKeytab);
    saslLayout->addRow(tr("Service:"), m_saslService);
    saslLayout->addRow(tr("Server host:"), m_saslHost);
    saslLayout->addRow(tr("Credentials:"), m_saslCache);
    saslLayout->addRow(tr("Cache:"), m_ccache);
    saslLayout->addRow(QString(), m_saslKeytab);
    saslLayout->addRow(tr("Keytab:"), keytabRow);
    saslLayout->addRow(tr("Principal:"), m_principal);
    auto updateCredentials = [this] {
        const bool keytab = m_saslKeytab->isChecked();
        m_ccache->setEnabled(!keytab);
        m_keytab->setEnabled(keytab);
        m_browseKeytab->setEnabled(keytab);
        m_principal->setEnabled(keytab);
    };
    connect(m_saslKeytab, &QRadioButton::toggled, this, updateCredentials);
    updateCredentials();
    connect(m_browseKeytab, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose Keytab"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Keytabs (*.keytab *.kt)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, m_keytab, &QLineEdit::setText);
        dialog->open();
    });

    m_authPages->addWidget(nonePage);
    m_authPages->addWidget(digestPage);
    m_authPages->addWidget(saslPage);
    authLayout->addWidget(m_authPages, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Connect &string:"), m_connectString);
    form->addRow(tr("Session &timeout:"), m_timeout);
    form->addRow(QString(), m_readOnly);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(authBox, 1);
    rightLayout->addWidget(m_message);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    m_connect->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveCurrent);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
}

void ConnectionDialog::loadProfiles()
{
    QSettings settings;
    m_profiles = ConnectionProfileStore(settings).load();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/pane-zookeeper.svg")),
                                         profile.name, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.connectString);
        if (profile.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(!m_currentId.isEmpty());
}

bool ConnectionDialog::selectProfile(const QString &id)
{
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.id != id)
            continue;
        showProfile(profile);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(IdRole).toString() == id) {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
        }
        return true;
    }
    return false;
}

void ConnectionDialog::newProfile()
{
    ConnectionProfile profile;
    profile.name = tr("New connection");
    profile.connectString = QStringLiteral("127.0.0.1:2181");
    showProfile(profile);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::showProfile(const ConnectionProfile &profile)
{
    m_currentId = profile.id;
    m_storedUsers = profile.id.isEmpty() ? QStringList() : profile.digestUsers;
    m_name->setText(profile.name);
    m_connectString->setText(profile.connectString);
    m_timeout->setValue(std::max(1, profile.sessionTimeoutMs / 1000));
    m_readOnly->setChecked(profile.readOnly);
    m_digestTable->setRowCount(0);
    for (const QString &user : profile.digestUsers)
        addDigestRow(user, !profile.id.isEmpty());
    m_saslService->setText(
        profile.sasl.service == QLatin1String("zookeeper") ? QString() : profile.sasl.service);
    m_saslHost->setText(profile.sasl.host);
    m_ccache->setText(profile.sasl.ccache);
    m_keytab->setText(profile.sasl.keytab);
    m_principal->setText(profile.sasl.principal);
    (profile.sasl.keytab.isEmpty() ? m_saslCache : m_saslKeytab)->setChecked(true);
    switch (profile.auth) {
    case ConnectionProfile::Auth::None:
        m_authNone->setChecked(true);
        break;
    case ConnectionProfile::Auth::Digest:
        m_authDigest->setChecked(true);
        break;
    case ConnectionProfile::Auth::SaslGssapi:
        m_authSasl->setChecked(true);
        break;
    }
    updateAuthPage();
    m_remove->setEnabled(!m_currentId.isEmpty());
    showMessage(QString(), false);
}

void ConnectionDialog::updateAuthPage()
{
    if (m_authDigest->isChecked())
        m_authPages->setCurrentIndex(DigestPage);
    else if (m_authSasl->isChecked())
        m_authPages->setCurrentIndex(SaslPage);
    else
        m_authPages->setCurrentIndex(NonePage);
}

void ConnectionDialog::addDigestRow(const QString &user, bool stored)
{
    const int row = m_digestTable->rowCount();
    m_digestTable->insertRow(row);
    auto *item = new QTableWidgetItem(user);
    item->setData(StoredRole, stored);
    m_digestTable->setItem(row, 0, item);
    auto *password = new QLineEdit;
    password->setObjectName(QStringLiteral("digestPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setFrame(false);
    password->setPlaceholderText(stored ? tr("stored in the keychain; type to replace")
                                        : tr("password"));
    m_digestTable->setCellWidget(row, 1, password);
}

ConnectionProfile ConnectionDialog::currentProfile() const
{
    ConnectionProfile profile;
    profile.id = m_currentId;
    profile.name = m_name->text().trimmed();
    profile.connectString = m_connectString->text().trimmed();
    profile.sessionTimeoutMs = m_timeout->value() * 1000;
    profile.readOnly = m_readOnly->isChecked();
    if (m_authDigest->isChecked())
        profile.auth = ConnectionProfile::Auth::Digest;
    else if (m_authSasl->isChecked())
        profile.auth = ConnectionProfile::Auth::SaslGssapi;
    else
        profile.auth = ConnectionProfile::Auth::None;
    if (profile.auth == ConnectionProfile::Auth::Digest) {
        for (int row = 0; row < m_digestTable->rowCount(); ++row) {
            const QTableWidgetItem *item = m_digestTable->item(row, 0);
            const QString user = item ? item->text().trimmed() : QString();
            if (!user.isEmpty())
                profile.digestUsers.append(user);
        }
    }
    if (profile.auth == ConnectionProfile::Auth::SaslGssapi) {
        const QString service = m_saslService->text().trimmed();
        if (!service.isEmpty())
            profile.sasl.service = service;
        profile.sasl.host = m_saslHost->text().trimmed();
        if (m_saslKeytab->isChecked()) {
            profile.sasl.keytab = m_keytab->text().trimmed();
            profile.sasl.principal = m_principal->text().trimmed();
        } else {
            profile.sasl.ccache = m_ccache->text().trimmed();
        }
    }
    return profile;
}

QStringList ConnectionDialog::typedPasswords() const
{
    QStringList passwords;
    if (!m_authDigest->isChecked())
        return passwords;
    for (int row = 0; row < m_digestTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_digestTable->item(row, 0);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        const auto *edit = qobject_cast<QLineEdit *>(m_digestTable->cellWidget(row, 1));
        passwords.append(edit ? edit->text() : QString());
    }
    return passwords;
}

void ConnectionDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ConnectionDialog::messageText() const
{
    return m_message->text();
}

bool ConnectionDialog::saveCurrent()
{
    ConnectionProfile profile = currentProfile();
    if (profile.name.isEmpty())
        profile.name = profile.connectString;
    const Result<void> valid = profile.validate();
    if (!valid) {
        showMessage(valid.error().toDisplayString(), true);
        return false;
    }
    const QStringList passwords = typedPasswords();
    for (qsizetype i = 0; i < profile.digestUsers.size(); ++i) {
        const bool stored = m_storedUsers.contains(profile.digestUsers.at(i));
        if (!stored && passwords.value(i).isEmpty()) {
            showMessage(tr("Type the password of the digest user %1: it is stored in the "
                           "keychain, not in the profile.")
                            .arg(profile.digestUsers.at(i)),
                        true);
            return false;
        }
    }
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QStringList removed;
    for (const QString &user : std::as_const(m_storedUsers)) {
        if (!profile.digestUsers.contains(user))
            removed.append(user);
    }
    {
        QSettings settings;
        ConnectionProfileStore(settings).save(profile);
    }
    m_currentId = profile.id;
    m_storedUsers = profile.digestUsers;
    for (int row = 0; row < m_digestTable->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_digestTable->item(row, 0))
            item->setData(StoredRole, true);
    }
    loadProfiles();
    showMessage(tr("Saved %1.").arg(profile.name), false);
    storePasswords(profile, passwords, removed);
    return true;
}

void ConnectionDialog::storePasswords(const ConnectionProfile &profile,
                                      const QStringList &passwords, const QStringList &removedUsers)
{
    const SecretStore store;
    for (qsizetype i = 0; i < profile.digestUsers.size(); ++i) {
        const QString password = passwords.value(i);
        if (password.isEmpty())
            continue;
        const QString user = profile.digestUsers.at(i);
        continueOnGui(store.write(profile.keychainKey(user), password), this,
                      [this, user](const Result<void> &result) {
                          if (!result) {
                              showMessage(tr("The password of %1 could not be stored in the "
                                             "keychain, so it is used for this connection "
                                             "only: %2")
                                              .arg(user, result.error().toDisplayString()),
                                          true);
                          }
                          Q_EMIT keychainFinished(result.ok());
                      });
    }
    for (const QString &user : removedUsers) {
        continueOnGui(store.remove(profile.keychainKey(user)), this,
                      [this](const Result<void> &result) {
                          if (!result)
                              showMessage(result.error().toDisplayString(), true);
                          Q_EMIT keychainFinished(result.ok());
                      });
    }
}

void ConnectionDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    ConnectionProfile removed;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.id == m_currentId)
            removed = profile;
    }
    {
        QSettings settings;
        ConnectionProfileStore(settings).remove(m_currentId);
    }
    storePasswords(removed, {}, removed.digestUsers);
    m_currentId.clear();
    loadProfiles();
    if (m_profiles.isEmpty())
        newProfile();
    else
        selectProfile(m_profiles.first().id);
    showMessage(tr("Removed %1.").arg(removed.name), false);
}

void ConnectionDialog::connectCurrent()
{
    const QStringList passwords = typedPasswords();
    if (!saveCurrent())
        return;
    ConnectionProfile profile;
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (p.id == m_currentId)
            profile = p;
    }
    Q_EMIT connectRequested(profile, passwords);
    accept();
}

} // namespace Portier
