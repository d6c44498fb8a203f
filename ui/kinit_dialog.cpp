// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kinit_dialog.h"

#include "backends/kerberos/kerberos_backend.h"
#include "models/status_palette.h"
#include "ui/gui_continuation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portier {

KinitDialog::KinitDialog(const KerberosBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_principal(new QComboBox)
    , m_usePassword(new QRadioButton(tr("&Password")))
    , m_useKeytab(new QRadioButton(tr("&Keytab")))
    , m_password(new QLineEdit)
    , m_keytabPath(new QLineEdit)
    , m_browseKeytab(new QToolButton)
    , m_keytabStatus(new QLabel)
    , m_lifetime(new QLineEdit)
    , m_renewableLifetime(new QLineEdit)
    , m_forwardable(new QCheckBox(tr("&Forwardable")))
    , m_proxiable(new QCheckBox(tr("Pro&xiable")))
    , m_target(new QComboBox)
    , m_cacheName(new QLineEdit)
    , m_preview(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Get Ticket"));
    setObjectName(QStringLiteral("kinitDialog"));

    m_principal->setObjectName(QStringLiteral("principal"));
    m_principal->setEditable(true);
    m_principal->setInsertPolicy(QComboBox::NoInsert);
    m_principal->lineEdit()->setPlaceholderText(tr("user@REALM"));
    m_principal->setMinimumContentsLength(28);
    m_usePassword->setObjectName(QStringLiteral("usePassword"));
    m_useKeytab->setObjectName(QStringLiteral("useKeytab"));
    m_usePassword->setChecked(true);
    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_usePassword);
    sourceGroup->addButton(m_useKeytab);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keytabPath->setObjectName(QStringLiteral("keytabPath"));
    m_keytabPath->setPlaceholderText(tr("default client keytab"));
    m_browseKeytab->setIcon(QIcon(QStringLiteral(":/icons/action-open-keytab.svg")));
    m_browseKeytab->setToolTip(tr("Choose a keytab file"));
    m_keytabStatus->setObjectName(QStringLiteral("keytabStatus"));
    m_keytabStatus->setWordWrap(true);
    m_lifetime->setObjectName(QStringLiteral("lifetime"));
    m_lifetime->setPlaceholderText(tr("KDC default, e.g. 10h"));
    m_renewableLifetime->setObjectName(QStringLiteral("renewableLifetime"));
    m_renewableLifetime->setPlaceholderText(tr("not renewable, e.g. 7d"));
    m_forwardable->setObjectName(QStringLiteral("forwardable"));
    m_proxiable->setObjectName(QStringLiteral("proxiable"));
    m_target->setObjectName(QStringLiteral("target"));
    m_target->addItem(tr("Default cache"), int(KinitRequest::Target::Default));
    m_target->addItem(tr("New cache in the collection"),
                      int(KinitRequest::Target::NewInCollection));
    m_target->addItem(tr("Named cache"), int(KinitRequest::Target::Named));
    m_cacheName->setObjectName(QStringLiteral("cacheName"));
    m_cacheName->setPlaceholderText(tr("e.g. FILE:/tmp/krb5cc_test"));
    m_preview->setObjectName(QStringLiteral("commandPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Get Ticket"));

    auto *form = new QFormLayout;
    form->addRow(tr("P&rincipal:"), m_principal);
    auto *source = new QHBoxLayout;
    source->addWidget(m_usePassword);
    source->addWidget(m_useKeytab);
    source->addStretch();
    form->addRow(tr("Authenticate with:"), source);
    form->addRow(tr("Pass&word:"), m_password);
    auto *keytabRow = new QHBoxLayout;
    keytabRow->addWidget(m_keytabPath, 1);
    keytabRow->addWidget(m_browseKeytab);
    // A form row with a layout gets no buddy for its label: give it one, or the "&" shows.
    auto *keytabLabel = new QLabel(tr("Key&tab file:"));
    keytabLabel->setBuddy(m_keytabPath);
    form->addRow(keytabLabel, keytabRow);
    form->addRow(QString(), m_keytabStatus);
    form->addRow(tr("&Lifetime:"), m_lifetime);
    form->addRow(tr("R&enewable for:"), m_renewableLifetime);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_forwardable);
    flags->addWidget(m_proxiable);
    flags->addStretch();
    form->addRow(tr("Ticket flags:"), flags);
    form->addRow(tr("Store &in:"), m_target);
    form->addRow(tr("Cache &name:"), m_cacheName);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *previewLabel = new QLabel(tr("Equivalent command:"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    m_keytabDebounce.setSingleShot(true);
    m_keytabDebounce.setInterval(300);
    connect(&m_keytabDebounce, &QTimer::timeout, this, &KinitDialog::listKeytab);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseKeytab, &QToolButton::clicked, this, &KinitDialog::browseKeytab);
    connect(m_principal, &QComboBox::editTextChanged, this, &KinitDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &KinitDialog::updateState);
    connect(m_usePassword, &QRadioButton::toggled, this, [this](bool passwordMode) {
        if (!passwordMode)
            m_keytabDebounce.start();
        const QString principal = m_principal->currentText();
        m_principal->clear();
        m_principal->addItems(passwordMode ? m_knownPrincipals : m_keytabPrincipals);
        m_principal->setEditText(principal);
        updateState();
    });
    connect(m_keytabPath, &QLineEdit::textChanged, this, [this] {
        m_keytabDebounce.start();
        updateState();
    });
    for (QLineEdit *edit : {m_lifetime, m_renewableLifetime, m_cacheName})
        connect(edit, &QLineEdit::textChanged, this, &KinitDialog::updateState);
    for (QCheckBox *box : {m_forwardable, m_proxiable})
        connect(box, &QCheckBox::toggled, this, &KinitDialog::updateState);
    connect(m_target, &QComboBox::currentIndexChanged, this, &KinitDialog::updateState);
    // Whatever way the dialog closes, the password does not stay in the widget.
    connect(this, &QDialog::finished, this, &KinitDialog::clearPassword);

    updateState();
}

KinitDialog::~KinitDialog()
{
    clearPassword();
}

void KinitDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // With the principal known, the password is what is left to type.
    if (m_usePassword->isChecked() && !m_principal->currentText().isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
    else
        m_principal->setFocus(Qt::OtherFocusReason);
}

void KinitDialog::setPrincipal(const QString &principal)
{
    m_principal->setEditText(principal);
}

void KinitDialog::setKnownPrincipals(const QStringList &principals)
{
    m_knownPrincipals = principals;
    if (m_usePassword->isChecked()) {
        const QString current = m_principal->currentText();
        m_principal->clear();
        m_principal->addItems(principals);
        m_principal->setEditText(current);
    }
}

void KinitDialog::setKeytabPath(const QString &path)
{
    m_keytabPath->setText(path);
}

void KinitDialog::setCollectionAvailable(bool available)
{
    const int row = m_target->findData(int(KinitRequest::Target::NewInCollection));
    if (available && row < 0)
        m_target->insertItem(1, tr("New cache in the collection"),
                             int(KinitRequest::Target::NewInCollection));
    else if (!available && row >= 0)
        m_target->removeItem(row);
}

KinitRequest KinitDialog::request() const
{
    KinitRequest r;
    r.principal = m_principal->currentText().trimmed();
    r.source =
        m_useKeytab->isChecked() ? KinitRequest::Source::Keytab : KinitRequest::Source::Password;
    if (r.source == KinitRequest::Source::Password)
        r.password = m_password->text().toUtf8();
    else
        r.keytabPath = m_keytabPath->text().trimmed();
    r.lifetime = m_lifetime->text().trimmed();
    r.renewableLifetime = m_renewableLifetime->text().trimmed();
    r.forwardable = m_forwardable->isChecked();
    r.proxiable = m_proxiable->isChecked();
    r.target = KinitRequest::Target(m_target->currentData().toInt());
    if (r.target == KinitRequest::Target::Named)
        r.cacheName = m_cacheName->text().trimmed();
    return r;
}

void KinitDialog::clearPassword()
{
    m_password->clear();
}

QString KinitDialog::commandPreview() const
{
    return m_preview->text();
}

void KinitDialog::updateState()
{
    const bool keytab = m_useKeytab->isChecked();
    m_password->setEnabled(!keytab);
    m_keytabPath->setEnabled(keytab);
    m_browseKeytab->setEnabled(keytab);
    m_keytabStatus->setVisible(keytab && !m_keytabStatus->text().isEmpty());
    const bool named =
        KinitRequest::Target(m_target->currentData().toInt()) == KinitRequest::Target::Named;
    m_cacheName->setEnabled(named);

    KinitRequest r = request();
    r.password.clear();
    m_preview->setText(r.shellCommand());
    m_preview->setCursorPosition(0);

    const bool ready = !r.principal.isEmpty() && (keytab || !m_password->text().isEmpty()) &&
                       (!named || !r.cacheName.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void KinitDialog::listKeytab()
{
    if (!m_useKeytab->isChecked())
        return;
    const QString path = m_keytabPath->text().trimmed();
    const quint64 generation = ++m_keytabGeneration;
    if (path.isEmpty()) {
        m_keytabPrincipals.clear();
        m_keytabStatus->clear();
        updateState();
        return;
    }
    m_keytabStatus->setText(tr("Reading the keytab…"));
    m_keytabStatus->setPalette(palette());
    updateState();
    continueOnGui(
        m_backend.listKeytab(path), this, [this, generation](const Result<KeytabListing> &result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation != m_keytabGeneration)
                return; // the path changed meanwhile
            const QString current = m_principal->currentText();
            if (result) {
                m_keytabPrincipals = result->principals();
                m_keytabStatus->setText(
                    tr("%n principal(s) in this keytab.", nullptr, int(m_keytabPrincipals.size())));
                m_keytabStatus->setPalette(palette());
            } else {
                m_keytabPrincipals.clear();
                m_keytabStatus->setText(result.error().toDisplayString());
                QPalette errorPalette = palette();
                errorPalette.setColor(QPalette::WindowText,
                                      StatusPalette::foreground(StatusPalette::Level::Critical));
                m_keytabStatus->setPalette(errorPalette);
            }
            if (m_useKeytab->isChecked()) {
                m_principal->clear();
                m_principal->addItems(m_keytabPrincipals);
                m_principal->setEditText(current.isEmpty() && !m_keytabPrincipals.isEmpty()
                                             ? m_keytabPrincipals.first()
                                             : current);
            }
            updateState();
            Q_EMIT keytabPrincipalsLoaded();
        });
}

void KinitDialog::browseKeytab()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Keytab"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Keytabs (*.keytab *.kt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_keytabPath->setText(file); });
    dialog->open();
}

} // namespace Portier
