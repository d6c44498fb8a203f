// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/zk_session.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Portier {

/// Creates a znode below a parent: name, mode (persistent, ephemeral, persistent or ephemeral
/// sequential, container), data as text, and the ACL — by default the parent's, or a preset, or
/// typed in zkCli syntax (validated). The equivalent zkCli command is shown. The dialog sends the
/// create itself and stays open with the server's answer when it fails (a name that exists,
/// a parent that is ephemeral, NOAUTH), so the admin can correct it; created() on success.
class CreateNodeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class AclPreset
    {
        Parent,        ///< the parent's ACL, read when the dialog opens
        Open,          ///< world:anyone:cdrwa (ZooKeeper's OPEN_ACL_UNSAFE)
        WorldReadable, ///< world:anyone:r plus auth::cdrwa (the session's identities)
        CreatorOnly,   ///< auth::cdrwa (ZooKeeper's CREATOR_ALL_ACL)
        Custom,
    };
    Q_ENUM(AclPreset)

    CreateNodeDialog(std::shared_ptr<ZkSession> session, const QString &parentPath,
                     QWidget *parent = nullptr);
    ~CreateNodeDialog() override;

    void setName(const QString &name);
    void setMode(ZkSession::CreateMode mode);
    void setData(const QString &text);
    void setAclPreset(AclPreset preset);
    /// Sets the ACL text (the preset becomes Custom).
    void setAclText(const QString &text);

    QString parentPath() const { return m_parentPath; }
    /// The path that will be created (sequential modes: the prefix).
    QString path() const;
    ZkSession::CreateMode mode() const;
    /// The ACL to create with; std::nullopt and @p error when the text does not parse.
    std::optional<Acl> acl(QString *error = nullptr) const;
    /// The zkCli command for the form as it is.
    QString command() const;
    /// The path the server created (with the sequence suffix), after created().
    QString createdPath() const { return m_createdPath; }
    QString messageText() const;
    /// The parent's ACL was asked for and answered (read or not).
    bool parentAclAnswered() const { return m_parentAclAnswered; }
    bool isBusy() const { return m_busy; }

    /// Checks the form and sends the create (the Create button).
    void create();

    /// "create -s -e /a/b 'data' world:anyone:r" for zkCli.
    static QString zkCliCommand(const QString &path, const QString &data, const Acl &acl,
                                ZkSession::CreateMode mode);

Q_SIGNALS:
    void created(const QString &path);
    /// The parent's ACL arrived (or could not be read).
    void parentAclLoaded(bool ok);

private:
    void updateState();
    void applyPreset();
    QString nameProblem() const;

    std::shared_ptr<ZkSession> m_session;
    QString m_parentPath;
    std::optional<Acl> m_parentAcl;
    QString m_createdPath;
    bool m_busy = false;
    bool m_parentAclAnswered = false;

    QLineEdit *m_name;
    QComboBox *m_mode;
    QPlainTextEdit *m_data;
    QComboBox *m_preset;
    QLineEdit *m_aclText;
    QLineEdit *m_command;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace Portier
