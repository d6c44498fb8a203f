// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/connection_tab.h"

#include "backends/core/backend_context.h"
#include "backends/logs/signature_catalogue.h"
#include "models/zookeeper/znode_filter_proxy_model.h"
#include "models/zookeeper/znode_tree_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/result_evidence_view.h"
#include "ui/zookeeper/audit_widget.h"
#include "ui/zookeeper/create_node_dialog.h"
#include "ui/zookeeper/node_details_widget.h"
#include "ui/zookeeper/recursive_acl_dialog.h"
#include "ui/zookeeper/recursive_delete_dialog.h"
#include "ui/zookeeper/server_panel.h"
#include "ui/zookeeper/snapshot_dialog.h"
#include "ui/zookeeper/tree_search_widget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Portier {

namespace {

enum Page
{
    TreePage,
    SearchPage,
    AuditPage,
    ServerPage
};

} // namespace

ConnectionTab::ConnectionTab(BackendContext &context, const ConnectionProfile &profile,
                             const SessionOptions &options, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_profile(profile)
    , m_session(std::make_shared<ZkSession>(options))
    , m_model(new ZnodeTreeModel(this))
    , m_proxy(new ZnodeFilterProxyModel(this))
{
    setObjectName(QStringLiteral("zkConnectionTab"));

    m_reconnectAction =
        new QAction(QIcon(QStringLiteral(":/icons/zk-connect.svg")), tr("Reconnect"), this);
    m_reconnectAction->setObjectName(QStringLiteral("reconnect"));
    connect(m_reconnectAction, &QAction::triggered, this, &ConnectionTab::reconnect);
    m_showLogAction = new QAction(tr("Show Client Log"), this);
    connect(m_showLogAction, &QAction::triggered, this, [this] {
        Error log(ZkError::Library, tr("The ZooKeeper client log of this session."));
        log.evidence = {m_session->clientLogExcerpt(400)};
        m_evidence->showError(tr("Client log"), log, zkCliCommand());
        showEvidence();
    });
    m_deleteRecursivelyAction = new QAction(tr("Delete Recursively…"), this);
    connect(m_deleteRecursivelyAction, &QAction::triggered, this,
            &ConnectionTab::deleteRecursively);

    setUpLayout();
    setUpModel();

    connect(m_session.get(), &ZkSession::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_session.get(), &ZkSession::watchTriggered, this, &ConnectionTab::onWatch);
}

ConnectionTab::~ConnectionTab()
{
    // Answers still on their way are dropped (continuations check this object). The session is
    // closed on the pool: zookeeper_close() tells the server and joins the client's threads,
    // which must not block the GUI thread when this tab held the last reference.
    m_closing = true;
    ++m_sessionGeneration;
    if (m_session && m_session->state() != ZkSession::State::Closed) {
        m_context.track(
            QtConcurrent::run(m_context.pool(), [session = m_session]() -> Result<void> {
                session->close();
                return {};
            }));
    }
}

QString ConnectionTab::title() const
{
    return m_profile.name.isEmpty() ? m_profile.connectString : m_profile.name;
}

CreateNodeDialog *ConnectionTab::createDialog() const
{
    return m_createDialog && m_createDialog->isVisible() ? m_createDialog.data() : nullptr;
}

RecursiveDeleteDialog *ConnectionTab::recursiveDeleteDialog() const
{
    return m_deleteDialog && m_deleteDialog->isVisible() ? m_deleteDialog.data() : nullptr;
}

QMessageBox *ConnectionTab::deleteConfirmation() const
{
    return m_confirmation && m_confirmation->isVisible() ? m_confirmation.data() : nullptr;
}

QString ConnectionTab::zkCliCommand() const
{
    return QStringLiteral("zkCli.sh -server %1").arg(m_profile.connectString);
}

// --- layout ----------------------------------------------------------------------------------

void ConnectionTab::setUpLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    m_banner = new BannerWidget(this);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    connect(m_banner, &BannerWidget::dismissed, this,
            [this] { m_bannerOrigin = BannerOrigin::None; });
    layout->addWidget(m_banner);

    // The tree page: filter and load progress above the tree, the details beside it.
    auto *treeSide = new QWidget;
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("pathFilter"));
    m_filter->setPlaceholderText(tr("Filter loaded znodes by path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the loaded znodes whose path matches, with the way to them. "
                            "To search znodes that are not loaded, use Search."));
    m_filterRegex = new QCheckBox(tr("Regex"));
    m_filterRegex->setObjectName(QStringLiteral("pathFilterRegex"));
    // A filter over many loaded nodes is work: wait until the typing pauses.
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(250);
    connect(filterTimer, &QTimer::timeout, this, &ConnectionTab::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterRegex, &QCheckBox::toggled, this, &ConnectionTab::applyFilter);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterRegex);
    treeLayout->addLayout(filterRow);

    auto *progressRow = new QHBoxLayout;
    m_loadLabel = new QLabel;
    m_loadLabel->setObjectName(QStringLiteral("loadProgressLabel"));
    m_loadBar = new QProgressBar;
    m_loadBar->setObjectName(QStringLiteral("loadProgress"));
    m_loadBar->setMaximumHeight(14);
    m_loadBar->setTextVisible(false);
    progressRow->addWidget(m_loadLabel);
    progressRow->addWidget(m_loadBar, 1);
    treeLayout->addLayout(progressRow);
    m_loadLabel->hide();
    m_loadBar->hide();

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("znodeTree"));
    // The view shows the model itself; the filter proxy comes in between only while a filter is
    // set (switchViewModel()): a proxy costs every row of every layout a few hash lookups, too
    // much for a node with 300,000 children.
    m_view->setModel(m_model);
    // Essential for a node with 300,000 children: one row height for all.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    // Never ResizeToContents: it would look at every row of a huge node.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(ZnodeTreeModel::NameColumn, 240);
    header->resizeSection(ZnodeTreeModel::ChildrenColumn, 70);
    header->resizeSection(ZnodeTreeModel::DataSizeColumn, 80);
    header->resizeSection(ZnodeTreeModel::EphemeralColumn, 80);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ConnectionTab::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionTab::currentChanged);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const QString path = ZnodeTreeModel::pathForIndex(index);
        m_expanded.insert(path);
        if (m_view->model()->canFetchMore(index)) {
            m_view->model()->fetchMore(index);
        } else if (m_watchesEnabled && index.data(ZnodeTreeModel::ChildStateRole).toInt() ==
                                           int(ZnodeTreeModel::ChildState::Loaded)) {
            // A watch that fired while folded was not re-armed: read again, arming it.
            m_model->reloadChildren(path);
        }
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(ZnodeTreeModel::pathForIndex(index));
    });
    treeLayout->addWidget(m_view, 1);

    m_details = new NodeDetailsWidget(m_session);
    connect(m_details, &NodeDetailsWidget::statRead, this,
            [this](const QString &path, const ZnodeStat &stat) { m_model->setStat(path, stat); });
    connect(m_details, &NodeDetailsWidget::nodeMissing, this, [this](const QString &path) {
        m_model->reloadChildren(ZnodeTreeModel::parentPath(path));
    });
    connect(m_details, &NodeDetailsWidget::aclApplied, this,
            [this](const QString &path) { m_model->requestDetails(path); });
    connect(m_details, &NodeDetailsWidget::statusMessage, this, &ConnectionTab::statusMessage);

    auto *treeSplitter = new QSplitter(Qt::Horizontal);
    treeSplitter->setObjectName(QStringLiteral("treeSplitter"));
    treeSplitter->setChildrenCollapsible(false);
    treeSplitter->addWidget(treeSide);
    treeSplitter->addWidget(m_details);
    treeSplitter->setStretchFactor(0, 3);
    treeSplitter->setStretchFactor(1, 2);

    m_search = new TreeSearchWidget(m_session);
    connect(m_search, &TreeSearchWidget::showNode, this, [this](const QString &path) {
        m_pages->setCurrentIndex(TreePage);
        selectPath(path);
    });

    m_audit = new AuditWidget(m_session);
    m_audit->setThreadPool(m_context.pool());
    connect(m_audit, &AuditWidget::showNode, this, [this](const QString &path) {
        m_pages->setCurrentIndex(TreePage);
        selectPath(path);
    });
    m_server = new ServerPanel(m_profile.connectString, m_context.pool());

    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("connectionPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(treeSplitter, QIcon(QStringLiteral(":/icons/zk-node.svg")), tr("Tree"));
    m_pages->addTab(m_search, QIcon(QStringLiteral(":/icons/zk-search.svg")), tr("Search"));
    m_pages->addTab(m_audit, QIcon(QStringLiteral(":/icons/status-warning.svg")), tr("Audit"));
    m_pages->addTab(m_server, QIcon(QStringLiteral(":/icons/configuration.svg")), tr("Server"));

    m_evidence = new ResultEvidenceView;
    m_evidence->hide();
    connect(m_evidence, &ResultEvidenceView::closeRequested, m_evidence, &QWidget::hide);

    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_pages);
    m_mainSplitter->addWidget(m_evidence);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_mainSplitter, 1);
}

void ConnectionTab::setUpModel()
{
    m_model->setChildrenFetcher([this](const QString &path) { fetchChildren(path); });
    m_model->setDetailsFetcher([this](const QString &path) { fetchDetails(path); });
    connect(m_model, &ZnodeTreeModel::loadProgress, this, &ConnectionTab::updateLoadProgress);
    connect(m_model, &ZnodeTreeModel::childrenLoaded, this, [this](const QString &path) {
        if (!m_model->isInserting()) {
            m_loadBar->hide();
            m_loadLabel->hide();
        }
        if (!m_revealPath.isEmpty())
            continueReveal();
        Q_UNUSED(path)
    });
    connect(m_model, &ZnodeTreeModel::fetchFailed, this,
            [this](const QString &path, const Error &error) {
                if (!m_revealPath.isEmpty() && m_revealPath.startsWith(path)) {
                    const QString target = std::exchange(m_revealPath, QString());
                    Q_EMIT revealFailed(target, error.message);
                }
                // A lost connection has its own banner; report what else went wrong.
                if (error.is(ZkError::ConnectionLoss) || error.is(ZkError::SessionExpired) ||
                    error.is(ZkError::Closing))
                    return;
                showBanner(
                    BannerOrigin::Tree, int(BannerWidget::Kind::Warning),
                    tr("Could not list the children of %1: %2").arg(path, error.toDisplayString()));
            });
}

// --- requests the model asks for ---------------------------------------------------------------

bool ConnectionTab::isExpandedPath(const QString &path) const
{
    const QModelIndex index = viewIndex(path);
    return index.isValid() && m_view->isExpanded(index);
}

QModelIndex ConnectionTab::viewIndex(const QString &path) const
{
    const QModelIndex source = m_model->indexForPath(path);
    return m_view->model() == m_proxy ? m_proxy->mapFromSource(source) : source;
}

void ConnectionTab::fetchChildren(const QString &path)
{
    // QTreeView marks a node expanded before it fetches: an expanded node gets its watch.
    const bool watch = m_watchesEnabled && isExpandedPath(path);
    const quint64 generation = m_sessionGeneration;
    continueOnGui(m_session->getChildren(path, watch), this,
                  [this, path, generation](const Result<ZnodeChildren> &result) {
                      if (generation != m_sessionGeneration)
                          return;
                      if (result)
                          m_model->setChildren(path, result.value());
                      else
                          m_model->setChildrenError(path, result.error());
                  });
}

void ConnectionTab::fetchDetails(const QString &path)
{
    const quint64 generation = m_sessionGeneration;
    continueOnGui(m_session->getAcl(path), this,
                  [this, path, generation](const Result<ZnodeAcl> &result) {
                      if (generation != m_sessionGeneration)
                          return;
                      if (result) {
                          m_model->setDetails(path, result.value());
                          return;
                      }
                      m_model->setDetailsError(path, result.error());
                      if (!result.error().is(ZkError::NoAuth))
                          return;
                      // Locked, but its stat needs no permission: counts and size still show.
                      continueOnGui(m_session->exists(path), this,
                                    [this, path, generation](const Result<ZnodeStat> &stat) {
                                        if (generation == m_sessionGeneration && stat)
                                            m_model->setStat(path, stat.value());
                                    });
                  });
}

// --- session -----------------------------------------------------------------------------------

ZkSession::State ConnectionTab::state() const
{
    return m_session->state();
}

bool ConnectionTab::isConnected() const
{
    return m_session->isConnected();
}

bool ConnectionTab::isReadOnly() const
{
    return m_profile.readOnly || m_session->isReadOnly();
}

void ConnectionTab::connectSession()
{
    m_closing = false;
    runOpenStep(tr("Connect to %1").arg(title()),
                [](ZkSession &session) { return session.open(); });
}

void ConnectionTab::reconnect()
{
    m_closing = false;
    m_servedReadOnly = false;
    ++m_sessionGeneration; // the old session's answers are void
    m_evidence->hide();
    m_needsRefresh = m_everConnected;
    runOpenStep(tr("Reconnect to %1").arg(title()),
                [](ZkSession &session) { return session.reopen(); });
}

void ConnectionTab::runOpenStep(const QString &action,
                                std::function<Result<void>(ZkSession &)> step)
{
    const quint64 generation = m_sessionGeneration;
    QFuture<Result<void>> opened = QtConcurrent::run(
        m_context.pool(), [session = m_session, step = std::move(step)] { return step(*session); });
    m_context.track(opened);
    continueOnGui(opened, this, [this, action, generation](const Result<void> &result) {
        if (generation != m_sessionGeneration)
            return;
        if (!result) {
            showError(action, result.error());
            Q_EMIT connectFinished(false);
            return;
        }
        waitForConnection();
    });
}

void ConnectionTab::waitForConnection()
{
    m_waitingForConnection = true;
    const quint64 generation = m_sessionGeneration;
    continueOnGui(m_session->whenConnected(), this, [this, generation](const Result<void> &result) {
        if (generation != m_sessionGeneration)
            return;
        m_waitingForConnection = false;
        if (result) {
            onConnected();
            Q_EMIT connectFinished(true);
            return;
        }
        showError(tr("Connect to %1").arg(title()), result.error());
        Q_EMIT connectFinished(false);
    });
}

void ConnectionTab::disconnectSession()
{
    m_closing = true;
    const quint64 generation = ++m_sessionGeneration;
    // zookeeper_close() tells the server and joins the client's threads: off the GUI thread.
    QFuture<Result<void>> closed =
        QtConcurrent::run(m_context.pool(), [session = m_session]() -> Result<void> {
            session->close();
            return {};
        });
    m_context.track(closed);
    continueOnGui(closed, this, [this, generation](const Result<void> &) {
        if (generation != m_sessionGeneration)
            return;
        showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                   tr("Disconnected from %1.").arg(m_profile.connectString), {m_reconnectAction});
        Q_EMIT stateChanged(m_session->state());
    });
}

void ConnectionTab::onConnected()
{
    clearBanner(BannerOrigin::Session);
    Q_EMIT statusMessage(tr("Connected to %1 (session %2).")
                             .arg(m_profile.connectString, ZnodeStat::hex(m_session->sessionId())));
    m_servedReadOnly = m_session->state() == ZkSession::State::ConnectedReadOnly;
    if (m_servedReadOnly) {
        showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                   tr("Connected to a read-only server of %1: it is cut off from its quorum. "
                      "Write actions are off until it is back.")
                       .arg(m_profile.connectString));
    }
    m_details->setReadOnly(isReadOnly());
    const QModelIndex root = viewIndex(QStringLiteral("/"));
    if (!m_everConnected) {
        m_everConnected = true;
        m_view->expand(root);
        if (m_view->model()->canFetchMore(root))
            m_view->model()->fetchMore(root);
        m_view->setCurrentIndex(root);
    } else if (std::exchange(m_needsRefresh, false)) {
        refresh();
    }
}

void ConnectionTab::onStateChanged(ZkSession::State signalled)
{
    Q_ASSERT(QThread::currentThread() == thread());
    using State = ZkSession::State;
    // The signals are queued: by the time one arrives the session may have moved on (and the
    // answer of whenConnected() may have come first). The banner follows the state as it is.
    Q_UNUSED(signalled)
    const State state = m_session->state();
    const QString ensemble = m_profile.connectString;
    switch (state) {
    case State::Connecting:
        if (m_everConnected)
            showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Warning),
                       tr("The connection to %1 was lost; the client is reconnecting. Requests "
                          "wait until it is back, within the session timeout.")
                           .arg(ensemble));
        else
            showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                       tr("Connecting to %1…").arg(ensemble));
        break;
    case State::Connected:
        clearBanner(BannerOrigin::Session);
        if (m_everConnected && m_needsRefresh && !m_waitingForConnection) {
            m_needsRefresh = false;
            refresh();
        }
        break;
    case State::ConnectedReadOnly:
        showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                   tr("Connected to a read-only server of %1: it is cut off from its quorum. "
                      "Write actions are off until it is back.")
                       .arg(ensemble));
        break;
    case State::AuthFailed: {
        Error error(ZkError::AuthFailed,
                    tr("The servers of %1 rejected this session's credentials.").arg(ensemble),
                    m_profile.auth == ConnectionProfile::Auth::SaslGssapi
                        ? tr("Check that you hold a Kerberos ticket (klist), that the service "
                             "and host name match the server's principal, and see the client "
                             "log below.")
                        : tr("Check the user names and passwords of the connection, and see "
                             "the client log below."));
        error.evidence = {m_session->clientLogExcerpt()};
        // This state may be reported before the connection attempt's own (diagnosed) failure:
        // name the known problem here too.
        SignatureCatalogue::builtin().diagnose(error);
        showError(tr("Authenticate to %1").arg(ensemble), error);
        break;
    }
    case State::Expired:
        m_needsRefresh = true;
        if (m_servedReadOnly) {
            // A read-only server keeps its sessions to itself: once it rejoins its quorum (or
            // the client finds a read-write server), that session is gone.
            showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                       tr("The read-only session with %1 ended: a session opened on a read-only "
                          "server does not carry over once a read-write server answers. "
                          "Reconnect opens a new session, read-write if the quorum is back.")
                           .arg(ensemble),
                       {m_reconnectAction, m_showLogAction});
        } else {
            showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Error),
                       tr("The session with %1 expired: the servers did not hear from it within "
                          "its timeout and dropped it, with its ephemeral znodes and watches. "
                          "Reconnect opens a new session.")
                               .arg(ensemble) +
                           (m_profile.readOnly
                                ? QLatin1Char(' ') +
                                      tr("If the ensemble has lost its quorum, a server in "
                                         "read-only mode accepts only new sessions: Reconnect "
                                         "opens one there.")
                                : QString()),
                       {m_reconnectAction, m_showLogAction});
        }
        break;
    case State::Closed:
        if (!m_closing)
            showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Information),
                       tr("Disconnected from %1.").arg(ensemble), {m_reconnectAction});
        break;
    }
    if (state == State::ConnectedReadOnly)
        m_servedReadOnly = true;
    else if (state == State::Connected)
        m_servedReadOnly = false;
    m_details->setReadOnly(isReadOnly());
    Q_EMIT stateChanged(state);
}

void ConnectionTab::showError(const QString &action, const Error &error)
{
    m_evidence->showError(action, error, zkCliCommand());
    if (!error.evidence.isEmpty())
        showEvidence();
    QList<QAction *> actions;
    if (error.is(ZkError::AuthFailed) || error.is(ZkError::SessionExpired) ||
        error.is(ZkError::ConnectionLoss) || error.is(ZkError::SaslFailed) ||
        error.is(ZkError::Closing) || error.is(ZkError::OperationTimeout))
        actions.append(m_reconnectAction);
    const QString details =
        error.evidence.isEmpty() ? QString() : QLatin1Char(' ') + tr("The client log is below.");
    showBanner(BannerOrigin::Session, int(BannerWidget::Kind::Error),
               tr("%1 failed: %2").arg(action, error.toDisplayString()) + details, actions);
}

void ConnectionTab::onWatch(const QString &path, const QString &type)
{
    if (!m_watchesEnabled)
        return;
    if (type == QLatin1String("child") && isExpandedPath(path)) {
        m_model->reloadChildren(path);
    } else if (type == QLatin1String("deleted")) {
        const QString parent = ZnodeTreeModel::parentPath(path);
        if (isExpandedPath(parent))
            m_model->reloadChildren(parent);
    }
    if (path == m_details->path() &&
        (type == QLatin1String("changed") || type == QLatin1String("deleted")))
        m_details->reload();
}

void ConnectionTab::setWatchesEnabled(bool enabled)
{
    if (enabled == m_watchesEnabled)
        return;
    m_watchesEnabled = enabled;
    if (!enabled)
        return; // watches already set fire once more and are ignored
    // Arm a watch on every expanded node by reading its children again.
    for (const QString &path : std::as_const(m_expanded)) {
        if (isExpandedPath(path))
            m_model->reloadChildren(path);
    }
}

// --- tree ----------------------------------------------------------------------------------------

void ConnectionTab::refresh()
{
    QStringList active;
    for (const QString &path : std::as_const(m_expanded)) {
        if (isExpandedPath(path))
            active.append(path);
    }
    m_model->refresh(active);
    m_details->reload();
    Q_EMIT statusMessage(
        tr("Refreshed %1 expanded znode(s) of %2.").arg(active.size()).arg(title()));
}

void ConnectionTab::updateLoadProgress(const QString &path, int inserted, int total)
{
    const QLocale locale;
    m_loadLabel->setText(tr("Loading the children of %1: %2 of %3")
                             .arg(path, locale.toString(inserted), locale.toString(total)));
    m_loadBar->setRange(0, total);
    m_loadBar->setValue(inserted);
    const bool running = inserted < total || m_model->isInserting();
    m_loadBar->setVisible(running);
    m_loadLabel->setVisible(running);
}

void ConnectionTab::setPathFilter(const QString &text, bool regex)
{
    {
        const QSignalBlocker blockText(m_filter);
        const QSignalBlocker blockRegex(m_filterRegex);
        m_filter->setText(text);
        m_filterRegex->setChecked(regex);
    }
    applyFilter();
}

void ConnectionTab::switchViewModel(QAbstractItemModel *model)
{
    if (m_view->model() == model)
        return;
    // A new model for the view forgets expansion and selection: carry them over by path,
    // parents first.
    QStringList expanded;
    for (const QString &path : std::as_const(m_expanded)) {
        if (isExpandedPath(path))
            expanded.append(path);
    }
    std::sort(expanded.begin(), expanded.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'));
    });
    const QString selected = selectedPath();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(model);
    delete oldSelection; // setModel() leaves it to us
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionTab::currentChanged);
    for (const QString &path : std::as_const(expanded)) {
        const QModelIndex index = viewIndex(path);
        if (index.isValid())
            m_view->expand(index);
    }
    const QModelIndex current = viewIndex(selected);
    if (current.isValid()) {
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        m_view->scrollTo(current);
    }
}

void ConnectionTab::applyFilter()
{
    const auto syntax = m_filterRegex->isChecked() ? ZnodeFilterProxyModel::Syntax::Regex
                                                   : ZnodeFilterProxyModel::Syntax::Substring;
    if (m_filter->text().isEmpty()) {
        m_proxy->setPathFilter(QString());
        m_filter->setStyleSheet(QString());
        switchViewModel(m_model);
        // Unhooked, the proxy does no work while the tree loads.
        m_proxy->setSourceModel(nullptr);
        return;
    }
    if (m_proxy->sourceModel() != m_model)
        m_proxy->setSourceModel(m_model);
    if (!m_proxy->setPathFilter(m_filter->text(), syntax)) {
        m_filter->setToolTip(m_proxy->errorString());
        m_filter->setStyleSheet(QStringLiteral("color: #c01c28;"));
        return;
    }
    m_filter->setStyleSheet(QString());
    m_filter->setToolTip(tr("Shows the loaded znodes whose path matches, with the way to them. "
                            "To search znodes that are not loaded, use Search."));
    switchViewModel(m_proxy);
    // Open the way to the matches: expand the loaded nodes that still show children. Nothing
    // new is fetched (a folded, never loaded node stays folded).
    const QStringList loaded = m_model->loadedPaths();
    for (const QString &path : loaded) {
        const QModelIndex index = viewIndex(path);
        if (index.isValid() && m_proxy->rowCount(index) > 0)
            m_view->expand(index);
    }
}

QString ConnectionTab::selectedPath() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? ZnodeTreeModel::pathForIndex(current) : QString();
}

void ConnectionTab::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString path = selectedPath();
    m_details->setNode(path);
    if (current.isValid())
        m_details->setLockReason(current.data(ZnodeTreeModel::LockReasonRole).toString());
    Q_EMIT selectionChanged(path);
}

void ConnectionTab::selectPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/'))) {
        Q_EMIT revealFailed(path, tr("Not an absolute znode path."));
        return;
    }
    m_revealPath = path;
    m_revealReloaded.clear();
    continueReveal();
}

void ConnectionTab::continueReveal()
{
    if (m_revealPath.isEmpty())
        return;
    const QString target = m_revealPath;
    QString current = QStringLiteral("/");
    const QStringList parts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString child = ZnodeTreeModel::childPath(current, part);
        if (m_model->indexForPath(child).isValid()) {
            current = child;
            continue;
        }
        // The way goes through current: its children must be there.
        const QModelIndex index = m_model->indexForPath(current);
        const auto state =
            ZnodeTreeModel::ChildState(index.data(ZnodeTreeModel::ChildStateRole).toInt());
        const bool inserting = index.data(ZnodeTreeModel::LoadedChildrenRole).toInt() <
                               index.data(ZnodeTreeModel::ExpectedChildrenRole).toInt();
        if (state == ZnodeTreeModel::ChildState::Loaded && !inserting &&
            !m_revealReloaded.contains(current)) {
            // Loaded a while ago: the node may be newer than the tree. Read again, once.
            m_revealReloaded.insert(current);
            m_model->reloadChildren(current);
            return;
        }
        if (state == ZnodeTreeModel::ChildState::Loaded && !inserting) {
            m_revealPath.clear();
            Q_EMIT revealFailed(target, tr("%1 does not exist.").arg(child));
            Q_EMIT statusMessage(tr("%1 does not exist.").arg(child));
            return;
        }
        if (state == ZnodeTreeModel::ChildState::Denied) {
            m_revealPath.clear();
            Q_EMIT revealFailed(target, index.data(ZnodeTreeModel::LockReasonRole).toString());
            return;
        }
        if (state != ZnodeTreeModel::ChildState::Loading && !inserting)
            m_model->reloadChildren(current);
        // Waiting for childrenLoaded.
        return;
    }
    m_revealPath.clear();
    QModelIndex index = viewIndex(target);
    if (!index.isValid() && m_proxy->isFiltering()) {
        m_filter->clear();
        applyFilter();
        index = viewIndex(target);
    }
    if (!index.isValid()) {
        Q_EMIT revealFailed(target, tr("%1 is not shown.").arg(target));
        return;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    Q_EMIT revealed(target);
}

void ConnectionTab::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString path = ZnodeTreeModel::pathForIndex(index);
    const bool writable = !isReadOnly() && isConnected();
    const bool isRoot = path == QLatin1String("/");
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(QIcon(QStringLiteral(":/icons/action-refresh.svg")), tr("Refresh"), this,
                    &ConnectionTab::refresh);
    menu->addAction(QIcon(QStringLiteral(":/icons/edit-copy.svg")), tr("Copy Path"), this,
                    &ConnectionTab::copyPath);
    menu->addAction(QIcon(QStringLiteral(":/icons/zk-search.svg")), tr("Search Below…"), this,
                    &ConnectionTab::showSearch);
    if (writable) {
        menu->addSeparator();
        menu->addAction(QIcon(QStringLiteral(":/icons/zk-node-new.svg")), tr("New Znode…"), this,
                        &ConnectionTab::createNode);
        QAction *remove = menu->addAction(QIcon(QStringLiteral(":/icons/action-destroy.svg")),
                                          tr("Delete"), this, &ConnectionTab::deleteSelected);
        remove->setEnabled(!isRoot);
        QAction *recursive =
            menu->addAction(tr("Delete Recursively…"), this, &ConnectionTab::deleteRecursively);
        recursive->setEnabled(!isRoot);
        menu->addSeparator();
        menu->addAction(tr("Change ACL Recursively…"), this, &ConnectionTab::changeAclRecursively);
    }
    menu->addAction(tr("Export Snapshot / Compare…"), this, &ConnectionTab::exportSnapshot);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void ConnectionTab::copyPath()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    QApplication::clipboard()->setText(path);
    Q_EMIT statusMessage(tr("Copied %1.").arg(path));
}

// --- commands ------------------------------------------------------------------------------------

void ConnectionTab::createNode()
{
    if (isReadOnly() || (m_createDialog && m_createDialog->isVisible()))
        return;
    const QString parentPath = selectedPath().isEmpty() ? QStringLiteral("/") : selectedPath();
    auto *dialog = new CreateNodeDialog(m_session, parentPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateNodeDialog::created, this, [this, parentPath](const QString &path) {
        Q_EMIT statusMessage(tr("Created %1.").arg(path));
        m_model->reloadChildren(parentPath);
        selectPath(path);
        Q_EMIT writeFinished(true);
    });
    m_createDialog = dialog;
    dialog->open();
}

void ConnectionTab::deleteSelected()
{
    const QString path = selectedPath();
    if (isReadOnly() || path.isEmpty() || path == QLatin1String("/") ||
        (m_confirmation && m_confirmation->isVisible()))
        return;
    const QModelIndex current = m_view->currentIndex();
    const QVariant statValue = current.data(ZnodeTreeModel::StatRole);
    const int children = statValue.isValid() ? statValue.value<ZnodeStat>().numChildren : 0;
    QString text = tr("Delete the znode %1?").arg(path);
    if (children > 0)
        text += QLatin1String("\n\n") +
                tr("It has %n child(ren): ZooKeeper deletes only empty znodes. Use Delete "
                   "Recursively to delete it with everything below it.",
                   nullptr, children);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete Znode"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, path](QAbstractButton *button) {
        if (button != remove)
            return;
        continueOnGui(m_session->remove(path), this, [this, path](const Result<void> &result) {
            if (result || result.error().is(ZkError::NoNode)) {
                clearBanner(BannerOrigin::Command);
                m_model->reloadChildren(ZnodeTreeModel::parentPath(path));
                Q_EMIT statusMessage(tr("Deleted %1.").arg(path));
                Q_EMIT writeFinished(true);
                return;
            }
            QList<QAction *> actions;
            if (result.error().is(ZkError::NotEmpty))
                actions.append(m_deleteRecursivelyAction);
            showBanner(BannerOrigin::Command, int(BannerWidget::Kind::Error),
                       tr("Could not delete %1: %2").arg(path, result.error().toDisplayString()),
                       actions);
            Q_EMIT writeFinished(false);
        });
    });
    m_confirmation = box;
    box->open();
}

void ConnectionTab::deleteRecursively()
{
    const QString path = selectedPath();
    if (isReadOnly() || path.isEmpty() || path == QLatin1String("/") ||
        (m_deleteDialog && m_deleteDialog->isVisible()))
        return;
    auto *dialog = new RecursiveDeleteDialog(m_session, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecursiveDeleteDialog::deleted, this, [this](const QString &root, int count) {
        clearBanner(BannerOrigin::Command);
        m_model->reloadChildren(ZnodeTreeModel::parentPath(root));
        Q_EMIT statusMessage(
            tr("Deleted %n znode(s) below and including %1.", nullptr, count).arg(root));
        Q_EMIT writeFinished(true);
    });
    m_deleteDialog = dialog;
    dialog->open();
}

void ConnectionTab::changeAclRecursively()
{
    if (isReadOnly())
        return;
    const QString path = selectedPath().isEmpty() ? QStringLiteral("/") : selectedPath();
    auto *dialog = new RecursiveAclDialog(m_session, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { refresh(); });
    dialog->open();
}

void ConnectionTab::rollBackFromJournal()
{
    if (isReadOnly())
        return;
    RecursiveAclDialog::rollbackFromJournal(m_session, this);
}

void ConnectionTab::exportSnapshot()
{
    const QString path = selectedPath().isEmpty() ? QStringLiteral("/") : selectedPath();
    auto *dialog = new SnapshotDialog(m_session, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionTab::showSearch()
{
    const QString path = selectedPath();
    if (!path.isEmpty())
        m_search->setRoot(path);
    m_pages->setCurrentIndex(SearchPage);
    m_search->patternEdit()->setFocus();
}

// --- banner and evidence -------------------------------------------------------------------------

void ConnectionTab::showBanner(BannerOrigin origin, int kind, const QString &text,
                               const QList<QAction *> &actions)
{
    // A failed command outranks background notices until it is dismissed; the session's state
    // outranks everything (it decides whether anything works at all).
    if (m_bannerOrigin == BannerOrigin::Command && origin == BannerOrigin::Tree &&
        m_banner->isVisible())
        return;
    m_bannerOrigin = origin;
    m_banner->showMessage(BannerWidget::Kind(kind), text, actions);
}

void ConnectionTab::clearBanner(BannerOrigin origin)
{
    if (m_bannerOrigin != origin)
        return;
    m_bannerOrigin = BannerOrigin::None;
    m_banner->clear();
}

void ConnectionTab::showEvidence()
{
    if (m_evidence->isVisible())
        return;
    m_evidence->show();
    const int total = m_mainSplitter->height();
    m_mainSplitter->setSizes({total * 3 / 5, total * 2 / 5});
}

} // namespace Portier
