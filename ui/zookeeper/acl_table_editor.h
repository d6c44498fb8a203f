// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/audit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace Portier {

class AclTableModel;

/// The ACL editing part shared by AclEditorWidget (one node) and RecursiveAclDialog (a subtree):
/// the entry table (scheme combo, id, c d r w a checkboxes, cdrwa text, meaning or validation
/// message per row), add/remove, presets (world-readable/service-writable, service-only, the
/// audit's component profiles), the whole ACL as zkCli text, and a digest generator that turns
/// user + password into a digest id (the password is cleared at once and never stored).
class AclTableEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Preset
    {
        WorldReadableServiceWritable, ///< world:anyone:r + <service>:cdrwa
        ServiceOnly,                  ///< <service>:cdrwa
    };
    Q_ENUM(Preset)

    explicit AclTableEditor(QWidget *parent = nullptr);

    AclTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void setAcl(const Acl &acl);
    Acl acl() const;
    bool isValid() const;
    QString validationMessage() const;

    /// The session's identities, for the meaning of `auth` rows.
    void setIdentities(const Acl &identities);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    /// "Remove entry" changes: only scheme:id matter.
    void setPermissionsIgnored(bool ignored);
    /// The node the ACL is for: the profile presets list the rules that cover it first.
    void setNodePath(const QString &path);

    /// Replaces the table with @p text parsed as a zkCli ACL ("sasl:kafka:cdrwa,world:anyone:r").
    /// On a parse error the table stays as it is, the error is shown under the text and false
    /// is returned.
    bool setAclText(const QString &text);
    /// The table as zkCli text.
    QString aclText() const;
    /// The parse error of the last setAclText(), empty when it succeeded.
    QString textError() const;

    /// Builds digest:user:base64(sha1(user:password)) from the generator's fields; sets it on the
    /// current row when that is a digest row, otherwise adds a digest:...:cdrwa row. Clears the
    /// password field. Returns the id ("" when user or password is missing).
    QString generateDigest();
    /// The id the generator produced last (shown for copying).
    QString generatedDigest() const;

    /// @p service is a principal ("kafka" → sasl:kafka) or a full "scheme:id".
    void applyPreset(Preset preset, const QString &service);
    /// Sets the profile rule's expected ACL for a secured or an unsecured cluster.
    void applyProfileRule(const AuditComponentProfile::Rule &rule, bool secure);

    /// Adds an empty entry (scheme sasl) and starts editing its id.
    void addEntry();
    /// Removes the selected entries.
    void removeSelected();

Q_SIGNALS:
    /// The ACL in the table changed (edit, add, remove, preset, text).
    void aclChanged();

private:
    void updateState();
    void syncText();
    void askServiceForPreset(Preset preset);
    void fillProfileMenu();
    static AclEntry serviceEntry(const QString &service, int perms);

    AclTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_presets;
    QMenu *m_presetMenu;
    QMenu *m_profileMenu;
    QLabel *m_validation;
    QLineEdit *m_text;
    QToolButton *m_useText;
    QLabel *m_textError;
    QLineEdit *m_digestUser;
    QLineEdit *m_digestPassword;
    QToolButton *m_digestGenerate;
    QLineEdit *m_digestResult;
    QWidget *m_digestRow;
    QString m_nodePath;
    QString m_lastService;
    bool m_syncing = false;
};

} // namespace Portier
