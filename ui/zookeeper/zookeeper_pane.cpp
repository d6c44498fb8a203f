// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/zookeeper_pane.h"

#include "backends/core/secret_store.h"
#include "backends/zookeeper/zk_session.h"
#include "ui/gui_continuation.h"
#include "ui/zookeeper/connection_dialog.h"
#include "ui/zookeeper/connection_tab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace Portier {

namespace {

constexpr int ProfileIdRole = Qt::UserRole + 1;

enum StackPage
{
    WelcomePage,
    TabsPage
};

QIcon stateIcon(ZkSession::State state)
{
    switch (state) {
    case ZkSession::State::Connected:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case ZkSession::State::ConnectedReadOnly:
    case ZkSession::State::Connecting:
        return QIcon(QStringLiteral(":/icons/status-info.svg"));
    case ZkSession::State::AuthFailed:
    case ZkSession::State::Expired:
        return QIcon(QStringLiteral(":/icons/status-critical.svg"));
    case ZkSession::State::Closed:
        break;
    }
    return QIcon(QStringLiteral(":/icons/zk-disconnect.svg"));
}

} // namespace

ZooKeeperPane::ZooKeeperPane(BackendContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("zookeeperPane"));
    setUpActions();
    setUpLayout();
    updateActions();
}

ZooKeeperPane::~ZooKeeperPane() = default;

QString ZooKeeperPane::title() const
{
    return tr("ZooKeeper");
}

QIcon ZooKeeperPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/pane-zookeeper.svg"));
}

QList<QAction *> ZooKeeperPane::menuActions() const
{
    return m_menuActions;
}

QAction *ZooKeeperPane::action(Action which) const
{
    return m_actions.value(int(which));
}

void ZooKeeperPane::setUpActions()
{
    struct Spec
    {
        Action action;
        const char *icon;
        QString text;
        QString tip;
        const char *name;
    };
    const QList<Spec> specs = {
        {Action::Connect, ":/icons/zk-connect.svg", tr("&Connect…"),
         tr("Open a saved ZooKeeper connection or add one"), "actionZkConnect"},
        {Action::Disconnect, ":/icons/zk-disconnect.svg", tr("&Disconnect"),
         tr("Close the session of the current connection"), "actionZkDisconnect"},
        {Action::Reconnect, ":/icons/action-renew.svg", tr("Reco&nnect"),
         tr("Open a new session for the current connection"), "actionZkReconnect"},
        {Action::Refresh, ":/icons/action-refresh.svg", tr("&Refresh"),
         tr("Read the expanded znodes and the selected one again"), "actionZkRefresh"},
        {Action::NewNode, ":/icons/zk-node-new.svg", tr("&New Znode…"),
         tr("Create a znode below the selected one"), "actionZkNewNode"},
        {Action::Delete, ":/icons/action-destroy.svg", tr("De&lete"),
         tr("Delete the selected znode (it must have no children)"), "actionZkDelete"},
        {Action::DeleteRecursively, nullptr, tr("Delete Rec&ursively…"),
         tr("Delete the selected znode and everything below it, after a preview"),
         "actionZkDeleteRecursively"},
        {Action::ChangeAclRecursively, ":/icons/key.svg", tr("Change &ACL Recursively…"),
         tr("Replace, add or remove ACL entries on a subtree, with a dry run and a journal"),
         "actionZkChangeAclRecursively"},
        {Action::RollBack, nullptr, tr("Roll &Back from Journal…"),
         tr("Restore the ACLs a recursive change wrote to a journal"), "actionZkRollBack"},
        {Action::Snapshot, nullptr, tr("Export Snapshot / Com&pare…"),
         tr("Save a subtree to a JSON snapshot, or compare snapshots with each other or the "
            "live tree"),
         "actionZkSnapshot"},
        {Action::Search, ":/icons/zk-search.svg", tr("&Search Tree…"),
         tr("Search every znode below the selected one by path"), "actionZkSearch"},
        {Action::WatchExpanded, ":/icons/zk-watch.svg", tr("&Watch Expanded Znodes"),
         tr("Follow changes to the children of expanded znodes (one watch per expanded znode, "
            "never the whole tree)"),
         "actionZkWatch"},
        {Action::CopyPath, ":/icons/edit-copy.svg", tr("Copy &Path"),
         tr("Copy the selected znode's path"), "actionZkCopyPath"},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(this);
        if (spec.icon)
            action->setIcon(QIcon(QString::fromLatin1(spec.icon)));
        action->setText(spec.text);
        action->setToolTip(spec.tip);
        action->setStatusTip(spec.tip);
        action->setObjectName(QString::fromLatin1(spec.name));
        m_actions.append(action);
    }
    // The menu: the same actions in groups (connection, writes, views).
    auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_menuActions = m_actions;
    m_menuActions.insert(int(Action::Snapshot), separator());
    m_menuActions.insert(int(Action::NewNode), separator());
    m_menuActions.insert(int(Action::Refresh), separator());
    action(Action::WatchExpanded)->setCheckable(true);
    action(Action::Refresh)->setShortcut(QKeySequence::Refresh);
    action(Action::Refresh)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action(Action::Delete)->setShortcut(QKeySequence::Delete);
    action(Action::Delete)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action(Action::Search)->setShortcut(QKeySequence::Find);
    action(Action::Search)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({action(Action::Refresh), action(Action::Delete), action(Action::Search)});

    connect(action(Action::Connect), &QAction::triggered, this,
            &ZooKeeperPane::showConnectionDialog);
    auto onTab = [this](void (ConnectionTab::*method)()) {
        return [this, method] {
            if (ConnectionTab *tab = currentTab())
                (tab->*method)();
        };
    };
    connect(action(Action::Disconnect), &QAction::triggered, this,
            onTab(&ConnectionTab::disconnectSession));
    connect(action(Action::Reconnect), &QAction::triggered, this, onTab(&ConnectionTab::reconnect));
    connect(action(Action::Refresh), &QAction::triggered, this, onTab(&ConnectionTab::refresh));
    connect(action(Action::NewNode), &QAction::triggered, this, onTab(&ConnectionTab::createNode));
    connect(action(Action::Delete), &QAction::triggered, this,
            onTab(&ConnectionTab::deleteSelected));
    connect(action(Action::DeleteRecursively), &QAction::triggered, this,
            onTab(&ConnectionTab::deleteRecursively));
    connect(action(Action::ChangeAclRecursively), &QAction::triggered, this,
            onTab(&ConnectionTab::changeAclRecursively));
    connect(action(Action::RollBack), &QAction::triggered, this,
            onTab(&ConnectionTab::rollBackFromJournal));
    connect(action(Action::Snapshot), &QAction::triggered, this,
            onTab(&ConnectionTab::exportSnapshot));
    connect(action(Action::Search), &QAction::triggered, this, onTab(&ConnectionTab::showSearch));
    connect(action(Action::CopyPath), &QAction::triggered, this, onTab(&ConnectionTab::copyPath));
    connect(action(Action::WatchExpanded), &QAction::toggled, this, [this](bool on) {
        if (ConnectionTab *tab = currentTab())
            tab->setWatchesEnabled(on);
    });
}

void ZooKeeperPane::setUpLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *toolbar = new QToolBar(tr("ZooKeeper"), this);
    toolbar->setObjectName(QStringLiteral("zookeeperToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(action(Action::Connect));
    toolbar->addAction(action(Action::Disconnect));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Refresh));
    toolbar->addAction(action(Action::NewNode));
    toolbar->addAction(action(Action::Delete));
    toolbar->addAction(action(Action::ChangeAclRecursively));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Search));
    toolbar->addAction(action(Action::WatchExpanded));
    layout->addWidget(toolbar);

    // Nothing open yet: the saved connections, one double-click away.
    auto *welcome = new QWidget;
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *heading = new QLabel(tr("<h3>No ZooKeeper connection is open</h3>"
                                  "<p>Open a saved connection, or add one with Connect….</p>"));
    heading->setWordWrap(true);
    m_profileList = new QListWidget;
    m_profileList->setObjectName(QStringLiteral("welcomeProfiles"));
    m_profileList->setMaximumWidth(520);
    m_profileList->setIconSize(QSize(24, 24));
    connect(m_profileList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(ProfileIdRole).toString();
        QSettings settings;
        const QList<ConnectionProfile> profiles = ConnectionProfileStore(settings).load();
        for (const ConnectionProfile &profile : profiles) {
            if (profile.id == id)
                openProfile(profile);
        }
    });
    auto *connectButton = new QPushButton(action(Action::Connect)->icon(), tr("Connect…"));
    connect(connectButton, &QPushButton::clicked, this, &ZooKeeperPane::showConnectionDialog);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(connectButton);
    buttonRow->addStretch(1);
    welcomeLayout->addWidget(heading);
    welcomeLayout->addWidget(m_profileList, 1);
    welcomeLayout->addLayout(buttonRow);
    welcomeLayout->addStretch(0);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeTab(qobject_cast<ConnectionTab *>(m_tabs->widget(index))); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ConnectionTab *tab = currentTab()) {
            const QSignalBlocker blocker(action(Action::WatchExpanded));
            action(Action::WatchExpanded)->setChecked(tab->watchesEnabled());
        }
        updateActions();
    });

    m_stack = new QStackedWidget;
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    fillProfileList();
}

void ZooKeeperPane::fillProfileList()
{
    QSettings settings;
    const QList<ConnectionProfile> profiles = ConnectionProfileStore(settings).load();
    m_profileList->clear();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(icon(), profile.name, m_profileList);
        item->setData(ProfileIdRole, profile.id);
        item->setToolTip(tr("%1 — double-click to connect").arg(profile.connectString));
    }
    m_profileList->setVisible(!profiles.isEmpty());
}

void ZooKeeperPane::refresh()
{
    if (ConnectionTab *tab = currentTab())
        tab->refresh();
    else
        fillProfileList();
}

bool ZooKeeperPane::openFile(const QString &)
{
    return false;
}

ConnectionDialog *ZooKeeperPane::connectionDialog() const
{
    return m_dialog.data();
}

ConnectionTab *ZooKeeperPane::currentTab() const
{
    return qobject_cast<ConnectionTab *>(m_tabs->currentWidget());
}

QList<ConnectionTab *> ZooKeeperPane::connectionTabs() const
{
    QList<ConnectionTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ConnectionTab *>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

void ZooKeeperPane::showConnectionDialog()
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ConnectionTab *tab = currentTab())
        dialog->selectProfile(tab->profile().id);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this](const ConnectionProfile &profile, const QStringList &passwords) {
                openProfile(profile, passwords);
            });
    connect(dialog, &QDialog::finished, this, &ZooKeeperPane::fillProfileList);
    m_dialog = dialog;
    dialog->open();
}

void ZooKeeperPane::openProfile(const ConnectionProfile &profile, const QStringList &typedPasswords)
{
    struct Pending
    {
        QStringList passwords;
        int remaining = 0;
        std::optional<Error> error;
    };
    auto pending = std::make_shared<Pending>();
    pending->passwords = typedPasswords;
    while (pending->passwords.size() < profile.digestUsers.size())
        pending->passwords.append(QString());

    auto finish = [this, profile, pending] {
        if (!pending->error) {
            openConnection(profile, pending->passwords);
            return;
        }
        // No connection without the passwords: say which and why in the tab.
        ConnectionTab *tab = addTab(profile, profile.sessionOptions());
        tab->showError(tr("Connect to %1").arg(tab->title()), *pending->error);
        updateTabState(tab);
        Q_EMIT connectionOpened(tab);
    };

    // One count for this function itself: a read answered at once must not finish early.
    pending->remaining = 1;
    if (profile.auth == ConnectionProfile::Auth::Digest) {
        const SecretStore store;
        for (qsizetype i = 0; i < profile.digestUsers.size(); ++i) {
            if (!pending->passwords.at(i).isEmpty())
                continue;
            ++pending->remaining;
            const QString user = profile.digestUsers.at(i);
            continueOnGui(store.read(profile.keychainKey(user)), this,
                          [pending, i, user, finish](const Result<QString> &result) {
                              if (result) {
                                  pending->passwords[i] = result.value();
                              } else if (!pending->error) {
                                  Error error = result.error();
                                  error.message =
                                      tr("The password of the digest user %1 could not be read "
                                         "from the keychain: %2")
                                          .arg(user, error.message);
                                  if (error.hint.isEmpty())
                                      error.hint = tr("Edit the connection (Connect…) and type "
                                                      "the password again.");
                                  pending->error = error;
                              }
                              if (--pending->remaining == 0)
                                  finish();
                          });
        }
    }
    if (--pending->remaining == 0)
        finish();
}

ConnectionTab *ZooKeeperPane::openConnection(const ConnectionProfile &profile,
                                             const QStringList &passwords)
{
    ConnectionTab *tab = addTab(profile, profile.sessionOptions(passwords));
    tab->connectSession();
    updateTabState(tab);
    Q_EMIT connectionOpened(tab);
    Q_EMIT statusMessage(tr("Connecting to %1…").arg(profile.connectString));
    return tab;
}

ConnectionTab *ZooKeeperPane::addTab(const ConnectionProfile &profile,
                                     const SessionOptions &options)
{
    auto *tab = new ConnectionTab(m_context, profile, options, this);
    connect(tab, &ConnectionTab::stateChanged, this, [this, tab] { updateTabState(tab); });
    connect(tab, &ConnectionTab::selectionChanged, this, &ZooKeeperPane::updateActions);
    connect(tab, &ConnectionTab::connectFinished, this, &ZooKeeperPane::updateActions);
    connect(tab, &ConnectionTab::statusMessage, this, &Pane::statusMessage);
    const int index = m_tabs->addTab(tab, stateIcon(ZkSession::State::Connecting), tab->title());
    m_tabs->setTabToolTip(index, profile.connectString);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentIndex(TabsPage);
    return tab;
}

void ZooKeeperPane::closeTab(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0) {
        fillProfileList();
        m_stack->setCurrentIndex(WelcomePage);
    }
    updateActions();
}

void ZooKeeperPane::updateTabState(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index >= 0) {
        m_tabs->setTabIcon(index, stateIcon(tab->state()));
        QString tip = tab->profile().connectString;
        if (tab->isReadOnly())
            tip += QLatin1Char('\n') + tr("Read-only");
        m_tabs->setTabToolTip(index, tip);
    }
    updateActions();
}

void ZooKeeperPane::updateActions()
{
    // The one place where the commands follow the current tab, its session and its selection.
    ConnectionTab *tab = currentTab();
    const bool open = tab != nullptr;
    const bool connected = open && tab->isConnected();
    const bool readOnly = open && tab->isReadOnly();
    const QString path = open ? tab->selectedPath() : QString();
    const bool selected = !path.isEmpty();
    const bool notRoot = selected && path != QLatin1String("/");

    action(Action::Connect)->setEnabled(true);
    action(Action::Disconnect)->setEnabled(open && tab->state() != ZkSession::State::Closed);
    action(Action::Reconnect)->setEnabled(open);
    action(Action::Refresh)->setEnabled(connected);
    action(Action::Search)->setEnabled(connected);
    action(Action::Snapshot)->setEnabled(connected);
    action(Action::CopyPath)->setEnabled(selected);
    action(Action::WatchExpanded)->setEnabled(connected);

    // Read-only sessions offer no write action at all.
    for (Action write : {Action::NewNode, Action::Delete, Action::DeleteRecursively,
                         Action::ChangeAclRecursively, Action::RollBack})
        action(write)->setVisible(!readOnly);
    action(Action::NewNode)->setEnabled(connected && !readOnly);
    action(Action::Delete)->setEnabled(connected && !readOnly && notRoot);
    action(Action::DeleteRecursively)->setEnabled(connected && !readOnly && notRoot);
    action(Action::ChangeAclRecursively)->setEnabled(connected && !readOnly && selected);
    action(Action::RollBack)->setEnabled(connected && !readOnly);
}

} // namespace Portier
