// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/connection_profile.h"
#include "ui/pane.h"

#include <QPointer>

class QAction;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace Portier {

class BackendContext;
class ConnectionDialog;
class ConnectionTab;

/// ZooKeeper ensembles: one tab per open connection (ConnectionTab: session banner, lazy znode
/// tree, node details, search, audit, servers), the saved connections (ConnectionDialog), and the
/// commands on the current tab's selected znode. The commands follow the current tab and its
/// selection in one place (updateActions()); write commands are hidden when the tab's session is
/// read-only.
class ZooKeeperPane : public Pane
{
    Q_OBJECT
public:
    enum class Action
    {
        Connect,
        Disconnect,
        Reconnect,
        Refresh,
        NewNode,
        Delete,
        DeleteRecursively,
        ChangeAclRecursively,
        RollBack,
        Snapshot,
        Search,
        WatchExpanded,
        CopyPath,
    };
    Q_ENUM(Action)

    explicit ZooKeeperPane(BackendContext &context, QWidget *parent = nullptr);
    ~ZooKeeperPane() override;

    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> menuActions() const override;
    void refresh() override;
    bool openFile(const QString &path) override;

    /// Opens a tab for @p profile and starts connecting. @p passwords: the digest users'
    /// passwords in the profile's order (not read from the keychain).
    ConnectionTab *openConnection(const ConnectionProfile &profile,
                                  const QStringList &passwords = {});
    /// Opens @p profile, reading the digest passwords that were not typed (empty strings in
    /// @p typedPasswords) from the keychain first.
    void openProfile(const ConnectionProfile &profile, const QStringList &typedPasswords = {});
    /// The saved connections (window-modal, not blocking).
    void showConnectionDialog();
    ConnectionDialog *connectionDialog() const;

    ConnectionTab *currentTab() const;
    QList<ConnectionTab *> connectionTabs() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    void closeTab(ConnectionTab *tab);
    QAction *action(Action which) const;

Q_SIGNALS:
    void connectionOpened(Portier::ConnectionTab *tab);

private:
    ConnectionTab *addTab(const ConnectionProfile &profile, const SessionOptions &options);
    void setUpActions();
    void setUpLayout();
    void updateActions();
    void updateTabState(ConnectionTab *tab);
    void fillProfileList();

    BackendContext &m_context;
    QList<QAction *> m_actions;     ///< in Action order
    QList<QAction *> m_menuActions; ///< m_actions with separators between the groups
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_profileList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<ConnectionDialog> m_dialog;
};

} // namespace Portier
