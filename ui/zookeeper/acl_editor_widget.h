// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace Portier {

class AclTableEditor;
class BannerWidget;
class ZkSession;

/// Views and edits one znode's ACL. Reads the ACL with its aversion, shows the equivalent zkCli
/// `setAcl -v <aversion>` command, and applies with that aversion: when someone changed the ACL
/// meanwhile nothing is overwritten, and both versions are shown (the admin reloads theirs or
/// re-applies this one on their aversion). An empty or invalid ACL cannot be applied. When no
/// identity of the session would keep ADMIN on the node afterwards (lockout), an explicit
/// confirmation naming the consequence is required. Read-only sessions only view.
///
/// Confirmations are window-modal QMessageBoxes opened with open() (never exec()): the event
/// loop keeps running and tests find them by object name ("lockoutConfirmation").
class AclEditorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AclEditorWidget(std::shared_ptr<ZkSession> session, QWidget *parent = nullptr);
    ~AclEditorWidget() override;

    /// Shows @p path's ACL (read asynchronously). Unapplied edits of the previous node are
    /// dropped.
    void setNode(const QString &path);
    QString node() const { return m_path; }
    /// Reads the node's ACL again (drops edits).
    void reload();
    /// Applies the edited ACL with the aversion read (after the lockout confirmation, if needed).
    void apply();

    /// The aversion the shown ACL was read with; -1 before a read.
    int aversion() const { return m_aversion; }
    /// The ACL as read from the server.
    Acl loadedAcl() const { return m_loaded; }
    /// The ACL as edited.
    Acl editedAcl() const;
    bool isModified() const;
    bool isBusy() const { return m_busy; }
    bool isConflictShown() const;
    /// The server's ACL and aversion shown in the conflict panel.
    Acl theirAcl() const { return m_theirs; }
    int theirAversion() const { return m_theirAversion; }
    /// The zkCli command shown before applying.
    QString commandPreview() const;

    AclTableEditor *editor() const { return m_editor; }
    BannerWidget *banner() const { return m_banner; }
    QPushButton *applyButton() const { return m_apply; }
    /// The open lockout confirmation, if any.
    QMessageBox *lockoutConfirmation() const;

Q_SIGNALS:
    /// The ACL of @p path was set on the server.
    void aclApplied(const QString &path);
    /// A read finished (shown or reported in the banner).
    void loaded(bool ok);
    /// An apply ended: ok, or failed / conflicted / was cancelled at the confirmation.
    void applyFinished(bool ok);

private:
    void load(const QString &path);
    void send(const Acl &acl, int aversion);
    void showConflict(const Acl &mine, const Acl &theirs, int theirAversion);
    void hideConflict();
    void updateState();
    bool lockoutConfirmed(const Acl &acl) const;

    std::shared_ptr<ZkSession> m_session;
    QString m_path;
    int m_aversion = -1;
    Acl m_loaded;
    Acl m_theirs;
    int m_theirAversion = -1;
    Acl m_confirmedLockout; ///< the ACL the admin accepted the lockout for
    bool m_hasConfirmedLockout = false;
    bool m_busy = false;
    bool m_loadedOk = false;
    quint64 m_generation = 0;

    QLabel *m_nodeLabel;
    BannerWidget *m_banner;
    AclTableEditor *m_editor;
    QLineEdit *m_command;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QLineEdit *m_mine;
    QLineEdit *m_theirsText;
    QPushButton *m_reloadTheirs;
    QPushButton *m_reapplyMine;
    QPushButton *m_reload;
    QPushButton *m_apply;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace Portier
