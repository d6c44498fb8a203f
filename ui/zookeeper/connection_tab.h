// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_session.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Portier {

class AuditWidget;
class BackendContext;
class BannerWidget;
class CreateNodeDialog;
class NodeDetailsWidget;
class RecursiveDeleteDialog;
class ResultEvidenceView;
class ServerPanel;
class TreeSearchWidget;
class ZnodeFilterProxyModel;
class ZnodeTreeModel;

/// One open ZooKeeper connection: its session, a banner that follows the session's state
/// (connecting, connected, read-only, authentication failed, expired — with Reconnect), the lazy
/// znode tree with a path filter and the selected node's details beside it, and pages for the
/// full-tree search, the audit and the servers. Connection and authentication failures show the
/// C client's log as evidence below.
///
/// The tree loads children when a node is expanded and a row's stat and ACL when it is shown
/// (the model asks; this tab sends the requests). Refresh keeps expansion and selection. Watches
/// are optional and only ever set on expanded nodes (a child watch per expanded node, re-armed
/// when it fires). Every write is refused in read-only mode (ZkSession::isReadOnly()).
class ConnectionTab : public QWidget
{
    Q_OBJECT
public:
    ConnectionTab(BackendContext &context, const ConnectionProfile &profile,
                  const SessionOptions &options, QWidget *parent = nullptr);
    ~ConnectionTab() override;

    const ConnectionProfile &profile() const { return m_profile; }
    std::shared_ptr<ZkSession> session() const { return m_session; }
    QString title() const;

    /// Opens the session and waits (asynchronously) for it to connect.
    void connectSession();
    /// A new session with the same options (after expiry, authentication failure or close).
    void reconnect();
    void disconnectSession();
    ZkSession::State state() const;
    bool isConnected() const;
    bool isReadOnly() const;
    /// Shows @p error of @p action in the banner and its evidence below the tree.
    void showError(const QString &action, const Error &error);

    /// Reads the expanded nodes' children, the shown rows' details and the selected node again;
    /// expansion and selection stay.
    void refresh();
    QString selectedPath() const;
    /// Selects @p path in the tree, loading the nodes on the way as needed (asynchronous:
    /// revealed() or revealFailed()). A path filter that hides it is cleared.
    void selectPath(const QString &path);
    /// Filters the loaded nodes by path (what the filter box does, without its typing delay);
    /// an empty @p text ends filtering.
    void setPathFilter(const QString &text, bool regex = false);
    /// The view's index of @p path: the model's, or the filter proxy's while filtering.
    QModelIndex viewIndex(const QString &path) const;
    bool watchesEnabled() const { return m_watchesEnabled; }
    /// Child watches on expanded nodes only; a fired watch re-reads that node's children.
    void setWatchesEnabled(bool enabled);

    // Commands on the selected node (writes do nothing in read-only mode).
    void createNode();
    void deleteSelected();
    void deleteRecursively();
    void changeAclRecursively();
    void rollBackFromJournal();
    void exportSnapshot();
    /// Shows the search page, searching below the selected node.
    void showSearch();
    /// Copies the selected path to the clipboard.
    void copyPath();

    ZnodeTreeModel *model() const { return m_model; }
    /// The path filter; the view shows it (and it has the model as source) only while
    /// filtering.
    ZnodeFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *treeView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QProgressBar *loadProgressBar() const { return m_loadBar; }
    QLabel *loadProgressLabel() const { return m_loadLabel; }
    NodeDetailsWidget *details() const { return m_details; }
    BannerWidget *banner() const { return m_banner; }
    ResultEvidenceView *evidenceView() const { return m_evidence; }
    TreeSearchWidget *searchWidget() const { return m_search; }
    QTabWidget *pages() const { return m_pages; }
    AuditWidget *auditWidget() const { return m_audit; }
    ServerPanel *serverPanel() const { return m_server; }
    QAction *reconnectAction() const { return m_reconnectAction; }
    /// The open create dialog, recursive delete dialog or delete confirmation, if any.
    CreateNodeDialog *createDialog() const;
    RecursiveDeleteDialog *recursiveDeleteDialog() const;
    QMessageBox *deleteConfirmation() const;

Q_SIGNALS:
    void stateChanged(Portier::ZkSession::State state);
    /// whenConnected() answered: ok, or the error is in the banner.
    void connectFinished(bool ok);
    void selectionChanged(const QString &path);
    void statusMessage(const QString &text);
    void revealed(const QString &path);
    void revealFailed(const QString &path, const QString &reason);
    /// A write through this tab finished (create, delete, recursive delete).
    void writeFinished(bool ok);

private:
    enum class BannerOrigin
    {
        None,
        Session,
        Tree,
        Command,
    };

    void setUpLayout();
    void setUpModel();
    void fetchChildren(const QString &path);
    void fetchDetails(const QString &path);
    void onStateChanged(ZkSession::State state);
    /// Runs @p step (open or reopen) on the pool: the C client resolves host names there and
    /// a keytab session asks the KDC for a ticket, which must never block the window.
    void runOpenStep(const QString &action, std::function<Result<void>(ZkSession &)> step);
    void waitForConnection();
    void onConnected();
    void onWatch(const QString &path, const QString &type);
    void continueReveal();
    void updateLoadProgress(const QString &path, int inserted, int total);
    void currentChanged();
    void showContextMenu(const QPoint &position);
    void showBanner(BannerOrigin origin, int kind, const QString &text,
                    const QList<QAction *> &actions = {});
    void clearBanner(BannerOrigin origin);
    void showEvidence();
    void applyFilter();
    bool isExpandedPath(const QString &path) const;
    void switchViewModel(QAbstractItemModel *model);
    QString zkCliCommand() const;

    BackendContext &m_context;
    ConnectionProfile m_profile;
    std::shared_ptr<ZkSession> m_session;
    bool m_everConnected = false;
    /// The session was last served by a read-only server (its session cannot move to another).
    bool m_servedReadOnly = false;
    bool m_needsRefresh = false;
    bool m_closing = false;
    bool m_watchesEnabled = false;
    bool m_waitingForConnection = false;
    quint64 m_sessionGeneration = 0;
    QSet<QString> m_expanded;
    QString m_revealPath;
    QSet<QString> m_revealReloaded; ///< loaded nodes read again during this reveal
    BannerOrigin m_bannerOrigin = BannerOrigin::None;

    ZnodeTreeModel *m_model;
    ZnodeFilterProxyModel *m_proxy;
    BannerWidget *m_banner = nullptr;
    QTabWidget *m_pages = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_filterRegex = nullptr;
    QProgressBar *m_loadBar = nullptr;
    QLabel *m_loadLabel = nullptr;
    QTreeView *m_view = nullptr;
    NodeDetailsWidget *m_details = nullptr;
    ResultEvidenceView *m_evidence = nullptr;
    TreeSearchWidget *m_search = nullptr;
    AuditWidget *m_audit = nullptr;
    ServerPanel *m_server = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_showLogAction = nullptr;
    QAction *m_deleteRecursivelyAction = nullptr;
    QPointer<CreateNodeDialog> m_createDialog;
    QPointer<RecursiveDeleteDialog> m_deleteDialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace Portier
