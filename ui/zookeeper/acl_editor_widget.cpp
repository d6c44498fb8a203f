// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/acl_editor_widget.h"

#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/acl_table_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/zookeeper/acl_table_editor.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace Portier {

namespace {

/// The error for a banner: the backend's message already names the node most of the time; the
/// prefix only when it does not.
/// @p error with a message that names @p path (prefix "Could not ... %1: %2").
Error withPath(const QString &prefix, const QString &path, const Error &error)
{
    Error named = error;
    if (!error.message.contains(path))
        named.message = prefix.arg(path, error.message);
    return named;
}

} // namespace

AclEditorWidget::AclEditorWidget(std::shared_ptr<ZkSession> session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_nodeLabel(new QLabel)
    , m_banner(new BannerWidget)
    , m_editor(new AclTableEditor)
    , m_command(new QLineEdit)
    , m_conflict(new QFrame)
    , m_conflictText(new QLabel)
    , m_mine(new QLineEdit)
    , m_theirsText(new QLineEdit)
    , m_reloadTheirs(new QPushButton(tr("Reload &Theirs")))
    , m_reapplyMine(new QPushButton(tr("Re-apply &Mine")))
    , m_reload(new QPushButton(QIcon(QStringLiteral(":/icons/action-refresh.svg")), tr("&Reload")))
    , m_apply(new QPushButton(tr("&Apply ACL")))
{
    setObjectName(QStringLiteral("aclEditorWidget"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_nodeLabel->setObjectName(QStringLiteral("aclNodeLabel"));
    m_nodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeLabel->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("aclBanner"));

    m_command->setObjectName(QStringLiteral("aclCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(fixed);
    m_command->setToolTip(tr("What zkCli would run to set this ACL, with the ACL version read "
                             "(-v): it fails if someone changed the ACL meanwhile"));

    // Conflict: both versions side by side, the admin decides.
    m_conflict->setObjectName(QStringLiteral("aclConflict"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    m_conflictText->setObjectName(QStringLiteral("aclConflictText"));
    m_conflictText->setWordWrap(true);
    m_mine->setObjectName(QStringLiteral("aclConflictMine"));
    m_mine->setReadOnly(true);
    m_mine->setFont(fixed);
    m_theirsText->setObjectName(QStringLiteral("aclConflictTheirs"));
    m_theirsText->setReadOnly(true);
    m_theirsText->setFont(fixed);
    m_reloadTheirs->setObjectName(QStringLiteral("aclReloadTheirs"));
    m_reloadTheirs->setToolTip(tr("Drop your edits and show the ACL now on the server"));
    m_reapplyMine->setObjectName(QStringLiteral("aclReapplyMine"));
    auto *conflictForm = new QFormLayout;
    conflictForm->addRow(tr("Yours:"), m_mine);
    conflictForm->addRow(tr("On the server:"), m_theirsText);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_reloadTheirs);
    conflictButtons->addWidget(m_reapplyMine);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictForm);
    conflictLayout->addLayout(conflictButtons);
    m_conflict->hide();

    m_reload->setObjectName(QStringLiteral("aclReload"));
    m_reload->setToolTip(tr("Read the node's ACL again; unapplied edits are dropped"));
    m_apply->setObjectName(QStringLiteral("aclApply"));

    auto *commandRow = new QHBoxLayout;
    auto *commandLabel = new QLabel(tr("Equivalent command:"));
    commandLabel->setBuddy(m_command);
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_command, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reload);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nodeLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_conflict);
    layout->addWidget(m_editor, 1);
    layout->addLayout(commandRow);
    layout->addLayout(buttons);

    connect(m_editor, &AclTableEditor::aclChanged, this, &AclEditorWidget::updateState);
    connect(m_reload, &QPushButton::clicked, this, &AclEditorWidget::reload);
    connect(m_apply, &QPushButton::clicked, this, &AclEditorWidget::apply);
    connect(m_reloadTheirs, &QPushButton::clicked, this, &AclEditorWidget::reload);
    connect(m_reapplyMine, &QPushButton::clicked, this, [this] {
        // The admin chose to overwrite their change knowingly: apply on the aversion now read.
        m_aversion = m_theirAversion;
        m_loaded = m_theirs;
        hideConflict();
        apply();
    });
    if (m_session) {
        connect(m_session.get(), &ZkSession::stateChanged, this, &AclEditorWidget::updateState);
    }
    updateState();
}

AclEditorWidget::~AclEditorWidget() = default;

void AclEditorWidget::setNode(const QString &path)
{
    m_path = path;
    m_editor->setNodePath(path);
    m_hasConfirmedLockout = false;
    hideConflict();
    m_banner->clear();
    load(path);
}

void AclEditorWidget::reload()
{
    if (m_path.isEmpty())
        return;
    hideConflict();
    load(m_path);
}

void AclEditorWidget::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_loadedOk = false;
    m_aversion = -1;
    m_loaded.clear();
    m_editor->setAcl({});
    if (path.isEmpty() || !m_session) {
        m_busy = false;
        updateState();
        return;
    }
    m_busy = true;
    updateState();
    continueOnGui(
        m_session->getAcl(path), this, [this, generation, path](const Result<ZnodeAcl> &result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation != m_generation)
                return; // another node was chosen meanwhile
            m_busy = false;
            if (!result) {
                const Error error =
                    withPath(tr("Could not read the ACL of %1: %2"), path, result.error());
                // Not being allowed to read is a state of the node, not a failure.
                if (error.is(ZkError::NoAuth))
                    m_banner->showMessage(BannerWidget::Kind::Warning, error.toDisplayString());
                else
                    m_banner->showError(tr("Read the ACL of %1").arg(path), error);
                updateState();
                Q_EMIT loaded(false);
                return;
            }
            m_loaded = result->acl;
            m_aversion = result->stat.aversion;
            m_loadedOk = true;
            m_editor->setIdentities(m_session->identities());
            m_editor->setAcl(m_loaded);
            updateState();
            Q_EMIT loaded(true);
        });
}

Acl AclEditorWidget::editedAcl() const
{
    return m_editor->acl();
}

bool AclEditorWidget::isModified() const
{
    return m_loadedOk && m_editor->acl() != m_loaded;
}

bool AclEditorWidget::isConflictShown() const
{
    return !m_conflict->isHidden();
}

QMessageBox *AclEditorWidget::lockoutConfirmation() const
{
    return m_confirmation.data();
}

QString AclEditorWidget::commandPreview() const
{
    return m_command->text();
}

bool AclEditorWidget::lockoutConfirmed(const Acl &acl) const
{
    return m_hasConfirmedLockout && m_confirmedLockout == acl;
}

void AclEditorWidget::apply()
{
    if (m_busy || !m_loadedOk || m_path.isEmpty() || !m_session || m_session->isReadOnly() ||
        m_confirmation)
        return;
    const Acl acl = m_editor->acl();
    if (acl.isEmpty() || !m_editor->isValid()) {
        m_banner->showMessage(
            BannerWidget::Kind::Error,
            tr("The ACL of %1 was not changed: %2").arg(m_path, m_editor->validationMessage()));
        Q_EMIT applyFinished(false);
        return;
    }

    const Acl identities = m_session->identities();
    if (AclTableModel::grantsAdmin(acl, identities) || lockoutConfirmed(acl)) {
        send(acl, m_aversion);
        return;
    }

    QStringList names;
    for (const AclEntry &identity : identities)
        names.append(identity.scheme + QLatin1Char(':') + identity.id);
    const QString who =
        names.isEmpty()
            ? tr("This session has no identity besides world:anyone.")
            : tr("This session's identities: %1.").arg(names.join(QStringLiteral(", ")));
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Lock Yourself Out?"),
        tr("After this change, none of this session's identities keeps the ADMIN permission on "
           "%1.\n\nYou will no longer be able to change this node's ACL; only a super user can "
           "(or an identity the new ACL grants ADMIN).\n\n%2")
            .arg(m_path, who),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("lockoutConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Apply and Lose ADMIN"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmLockout"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString path = m_path;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, acl, path] {
        const bool confirmed = box->clickedButton() == confirm;
        m_confirmation = nullptr; // the box is deleted later; the decision is made now
        if (!confirmed || path != m_path) {
            m_banner->showMessage(BannerWidget::Kind::Information,
                                  tr("The ACL of %1 was not changed.").arg(path));
            updateState();
            Q_EMIT applyFinished(false);
            return;
        }
        m_confirmedLockout = acl;
        m_hasConfirmedLockout = true;
        send(acl, m_aversion);
    });
    m_confirmation = box;
    updateState();
    box->open();
}

void AclEditorWidget::send(const Acl &acl, int aversion)
{
    m_busy = true;
    m_banner->clear();
    updateState();
    const QString path = m_path;
    continueOnGui(
        m_session->setAcl(path, acl, aversion), this,
        [this, path, acl, aversion](const Result<ZnodeStat> &result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (path != m_path) {
                // Another node is shown now; the change itself still happened (or not).
                if (result)
                    Q_EMIT aclApplied(path);
                return;
            }
            if (result) {
                m_busy = false;
                m_hasConfirmedLockout = false;
                m_banner->showMessage(
                    BannerWidget::Kind::Positive,
                    tr("The ACL of %1 was set (ACL version %2).").arg(path).arg(result->aversion));
                Q_EMIT aclApplied(path);
                Q_EMIT applyFinished(true);
                // Read back what the server stored: auth entries come back expanded.
                const quint64 generation = ++m_generation;
                m_busy = true;
                updateState();
                continueOnGui(m_session->getAcl(path), this,
                              [this, generation](const Result<ZnodeAcl> &reread) {
                                  if (generation != m_generation)
                                      return;
                                  m_busy = false;
                                  if (reread) {
                                      m_loaded = reread->acl;
                                      m_aversion = reread->stat.aversion;
                                      m_loadedOk = true;
                                      m_editor->setAcl(m_loaded);
                                  }
                                  updateState();
                                  Q_EMIT loaded(reread.ok());
                              });
                return;
            }
            const Error &error = result.error();
            if (!error.is(ZkError::BadVersion)) {
                m_busy = false;
                m_banner->showError(tr("Set the ACL of %1").arg(path),
                                    withPath(tr("Could not set the ACL of %1: %2"), path, error));
                updateState();
                Q_EMIT applyFinished(false);
                return;
            }
            // Someone changed the ACL since it was read: nothing was written. Show theirs.
            const quint64 generation = ++m_generation;
            continueOnGui(m_session->getAcl(path), this,
                          [this, generation, path, acl, aversion](const Result<ZnodeAcl> &now) {
                              if (generation != m_generation)
                                  return;
                              m_busy = false;
                              if (now) {
                                  showConflict(acl, now->acl, now->stat.aversion);
                                  m_banner->showMessage(
                                      BannerWidget::Kind::Warning,
                                      tr("Someone changed the ACL of %1 after it was read "
                                         "(ACL version %2, now %3). Nothing was overwritten: "
                                         "compare both versions and choose.")
                                          .arg(path)
                                          .arg(aversion)
                                          .arg(now->stat.aversion));
                              } else {
                                  m_banner->showMessage(
                                      BannerWidget::Kind::Error,
                                      tr("Someone changed the ACL of %1 after it was read; "
                                         "nothing was overwritten, and reading the new ACL "
                                         "failed: %2")
                                          .arg(path, now.error().toDisplayString()));
                              }
                              updateState();
                              Q_EMIT applyFinished(false);
                          });
        });
}

void AclEditorWidget::showConflict(const Acl &mine, const Acl &theirs, int theirAversion)
{
    m_theirs = theirs;
    m_theirAversion = theirAversion;
    m_conflictText->setText(
        tr("The ACL on the server changed while you were editing. Reload theirs (your edits are "
           "dropped), or re-apply yours on their ACL version %1 (their change is replaced).")
            .arg(theirAversion));
    m_mine->setText(AclSyntax::formatAcl(mine));
    m_mine->setCursorPosition(0);
    m_theirsText->setText(AclSyntax::formatAcl(theirs));
    m_theirsText->setCursorPosition(0);
    m_reapplyMine->setText(tr("Re-apply &Mine on Version %1").arg(theirAversion));
    m_conflict->show();
}

void AclEditorWidget::hideConflict()
{
    m_conflict->hide();
    m_theirs.clear();
    m_theirAversion = -1;
}

void AclEditorWidget::updateState()
{
    const bool readOnly = !m_session || m_session->isReadOnly();
    const bool connected = m_session && m_session->isConnected();
    m_editor->setReadOnly(readOnly || !m_loadedOk);
    m_editor->setEnabled(!m_path.isEmpty());

    QString label;
    if (m_path.isEmpty())
        label = tr("No node selected.");
    else if (m_busy && !m_loadedOk)
        label = tr("%1 — reading the ACL…").arg(m_path);
    else if (m_loadedOk)
        label = tr("%1 — ACL version %2").arg(m_path).arg(m_aversion);
    else
        label = m_path;
    if (readOnly && !m_path.isEmpty())
        label +=
            QLatin1Char('\n') + tr("This session is read-only: the ACL is shown, not changed.");
    m_nodeLabel->setText(label);

    const Acl acl = m_editor->acl();
    m_command->setText(m_path.isEmpty() ? QString()
                                        : AclSyntax::setAclCommand(m_path, acl, m_aversion));
    m_command->setCursorPosition(0);
    m_command->setVisible(!readOnly);

    const bool canApply = !readOnly && connected && m_loadedOk && !m_busy && !m_confirmation &&
                          !acl.isEmpty() && m_editor->isValid() && !isConflictShown();
    m_apply->setEnabled(canApply && isModified());
    m_apply->setVisible(!readOnly);
    QString applyTip =
        tr("Set this ACL on %1 if its ACL version is still %2").arg(m_path).arg(m_aversion);
    if (acl.isEmpty() && m_loadedOk)
        applyTip = tr("ZooKeeper refuses an empty ACL: add at least one entry.");
    else if (!m_editor->isValid())
        applyTip = m_editor->validationMessage();
    else if (!connected)
        applyTip = tr("The session is not connected.");
    m_apply->setToolTip(applyTip);
    m_reload->setEnabled(!m_path.isEmpty() && !m_busy);
    m_reloadTheirs->setEnabled(!m_busy);
    m_reapplyMine->setEnabled(!m_busy && !readOnly && m_editor->isValid());
}

} // namespace Portier
