// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kerberos_pane.h"

#include "models/credential_cache_model.h"
#include "models/credential_cache_proxy_model.h"
#include "models/kerberos_format.h"
#include "models/keytab_model.h"
#include "ui/banner_widget.h"
#include "ui/cache_collection_watcher.h"
#include "ui/gui_continuation.h"
#include "ui/kerberos_command.h"
#include "ui/kinit_dialog.h"
#include "ui/middle_elide_delegate.h"
#include "ui/operation_widget.h"
#include "ui/result_evidence_view.h"
#include "ui/ticket_timeline_widget.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Portier {

namespace {

/// Cache types that hold a collection of caches with a primary one (kswitch works there).
bool isCollectionType(const QString &type)
{
    return type == QLatin1String("DIR") || type == QLatin1String("KEYRING") ||
           type == QLatin1String("KCM");
}

QString typeOfName(const QString &cacheName)
{
    const qsizetype colon = cacheName.indexOf(QLatin1Char(':'));
    if (colon <= 0 || cacheName.startsWith(QLatin1Char('/')))
        return QStringLiteral("FILE");
    return cacheName.left(colon).toUpper();
}

/// Cancels @p future unless it has finished. Qt 6.4 reads freed memory when a finished future
/// is cancelled after its .then() continuation ran (the chain keeps a dangling pointer to the
/// continuation's state). Our continuations run on this (the GUI) thread, so a future that is
/// not finished here cannot have run its continuation yet.
template<typename T>
void cancelIfRunning(QFuture<T> &future)
{
    if (!future.isFinished())
        future.cancel();
}

} // namespace

KerberosPane::KerberosPane(BackendContext &context, QWidget *parent)
    : Pane(parent)
    , m_backend(context)
    , m_cacheModel(new CredentialCacheModel(this))
    , m_cacheProxy(new CredentialCacheProxyModel(this))
    , m_keytabModel(new KeytabModel(this))
    , m_keytabProxy(new QSortFilterProxyModel(this))
    , m_watcher(new CacheCollectionWatcher(this))
{
    setObjectName(QStringLiteral("kerberosPane"));
    m_cacheProxy->setSourceModel(m_cacheModel);
    m_keytabProxy->setSourceModel(m_keytabModel);
    m_keytabProxy->setSortRole(KeytabModel::SortRole);

    setUpActions();
    setUpLayout();

    connect(m_watcher, &CacheCollectionWatcher::changed, this, &KerberosPane::refresh);
    m_minuteTimer.setInterval(60 * 1000);
    m_minuteTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        // Relative times ("in 9 h") and expiry move on without a refresh.
        m_cacheModel->refreshTimes();
        updateActions();
    });
    m_minuteTimer.start();

    updateActions();
    refresh();
}

KerberosPane::~KerberosPane()
{
    // Nothing may land on a half-destroyed pane: the continuations are bound to this object
    // and are dropped with it; cancelling lets the pool stop early where libkrb5 allows.
    cancelIfRunning(m_listFuture);
    cancelIfRunning(m_keytabFuture);
    if (m_command)
        m_command->cancel();
}

QString KerberosPane::title() const
{
    return tr("Kerberos");
}

QIcon KerberosPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/pane-kerberos.svg"));
}

QList<QAction *> KerberosPane::menuActions() const
{
    return {m_refreshAction,     m_getTicketAction,  m_renewAction,     m_destroyAction,
            m_makePrimaryAction, m_openKeytabAction, m_testKeytabAction};
}

void KerberosPane::setUpActions()
{
    auto make = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon(icon), text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_refreshAction = make(QStringLiteral(":/icons/action-refresh.svg"), tr("&Refresh"),
                           tr("Read the credential cache collection again"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_getTicketAction = make(QStringLiteral(":/icons/action-get-ticket.svg"), tr("&Get Ticket…"),
                             tr("Obtain a ticket-granting ticket with a password or a keytab "
                                "(kinit)"));
    m_getTicketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_renewAction = make(QStringLiteral(":/icons/action-renew.svg"), tr("Re&new"),
                         tr("Renew the selected cache's ticket-granting ticket (kinit -R)"));
    m_destroyAction = make(QStringLiteral(":/icons/action-destroy.svg"), tr("&Destroy"),
                           tr("Destroy the selected credential cache (kdestroy)"));
    m_destroyAction->setShortcut(QKeySequence::Delete);
    m_destroyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_makePrimaryAction =
        make(QStringLiteral(":/icons/action-make-primary.svg"), tr("Make &Primary"),
             tr("Make the selected cache the collection's primary cache "
                "(kswitch)"));
    m_openKeytabAction = make(QStringLiteral(":/icons/action-open-keytab.svg"), tr("&Open Keytab…"),
                              tr("List the entries of a keytab file"));
    m_openKeytabAction->setShortcut(QKeySequence::Open);
    m_testKeytabAction = make(QStringLiteral(":/icons/action-test-keytab.svg"), tr("&Test Keytab"),
                              tr("Obtain a ticket from the keytab into a throw-away memory cache: "
                                 "proves the keys match the KDC's"));

    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_getTicketAction->setObjectName(QStringLiteral("actionGetTicket"));
    m_renewAction->setObjectName(QStringLiteral("actionRenew"));
    m_destroyAction->setObjectName(QStringLiteral("actionDestroy"));
    m_makePrimaryAction->setObjectName(QStringLiteral("actionMakePrimary"));
    m_openKeytabAction->setObjectName(QStringLiteral("actionOpenKeytab"));
    m_testKeytabAction->setObjectName(QStringLiteral("actionTestKeytab"));

    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_explicitRefresh = true;
        refresh();
    });
    connect(m_getTicketAction, &QAction::triggered, this, &KerberosPane::getTicket);
    connect(m_renewAction, &QAction::triggered, this, &KerberosPane::renewSelected);
    connect(m_destroyAction, &QAction::triggered, this, &KerberosPane::destroySelected);
    connect(m_makePrimaryAction, &QAction::triggered, this, &KerberosPane::makeSelectedPrimary);
    connect(m_openKeytabAction, &QAction::triggered, this, &KerberosPane::chooseKeytab);
    connect(m_testKeytabAction, &QAction::triggered, this, &KerberosPane::testKeytab);
}

void KerberosPane::setUpLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *toolbar = new QToolBar(tr("Kerberos"), this);
    toolbar->setObjectName(QStringLiteral("kerberosToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_getTicketAction);
    toolbar->addAction(m_renewAction);
    toolbar->addAction(m_destroyAction);
    toolbar->addAction(m_makePrimaryAction);
    toolbar->addSeparator();
    toolbar->addAction(m_openKeytabAction);
    toolbar->addAction(m_testKeytabAction);
    layout->addWidget(toolbar);

    m_banner = new BannerWidget(this);
    connect(m_banner, &BannerWidget::dismissed, this,
            [this] { m_bannerOrigin = BannerOrigin::None; });
    layout->addWidget(m_banner);

    m_operation = new OperationWidget(this);
    connect(m_operation, &OperationWidget::cancelled, this, &KerberosPane::cancelCommand);
    layout->addWidget(m_operation);

    // Credential caches: filter row, tree, timeline.
    auto *cachesPage = new QWidget;
    auto *cachesLayout = new QVBoxLayout(cachesPage);
    cachesLayout->setContentsMargins(0, 4, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("cacheFilter"));
    m_filter->setPlaceholderText(tr("Filter by principal or cache name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_cacheProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_showConfiguration = new QCheckBox(tr("Show configuration entries"));
    m_showConfiguration->setChecked(true);
    connect(m_showConfiguration, &QCheckBox::toggled, m_cacheProxy,
            &CredentialCacheProxyModel::setShowConfiguration);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showConfiguration);
    cachesLayout->addLayout(filterRow);

    m_cacheView = new QTreeView;
    m_cacheView->setObjectName(QStringLiteral("cacheView"));
    m_cacheView->setModel(m_cacheProxy);
    m_cacheView->setUniformRowHeights(true);
    m_cacheView->setAlternatingRowColors(true);
    m_cacheView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cacheView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cacheView->setAllColumnsShowFocus(true);
    // Cache names and principals: both ends matter ("DIR::/run/…/tkt", "host/…@REALM").
    auto *middleElide = new MiddleElideDelegate(m_cacheView);
    m_cacheView->setItemDelegateForColumn(CredentialCacheModel::NameColumn, middleElide);
    m_cacheView->setItemDelegateForColumn(CredentialCacheModel::PrincipalColumn, middleElide);
    m_cacheView->setSortingEnabled(true);
    // No sort column: libkrb5's order (TGT first) until the user clicks a header.
    m_cacheView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_cacheView->header()->setStretchLastSection(true);
    m_cacheView->header()->setSectionsMovable(true);
    m_cacheView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_cacheView->addActions({m_renewAction, m_makePrimaryAction, m_destroyAction});
    connect(m_cacheView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateTimeline();
    });
    // New caches appear expanded; configuration groups stay folded.
    connect(m_cacheProxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_cacheView->expand(m_cacheProxy->index(row, 0));
            });
    connect(m_cacheProxy, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_cacheProxy->rowCount(); ++row)
            m_cacheView->expand(m_cacheProxy->index(row, 0));
    });

    m_timeline = new TicketTimelineWidget;
    auto *cachesSplitter = new QSplitter(Qt::Vertical);
    cachesSplitter->setChildrenCollapsible(false);
    cachesSplitter->addWidget(m_cacheView);
    cachesSplitter->addWidget(m_timeline);
    // The timeline keeps the height its tickets need; the tree takes the rest.
    cachesSplitter->setStretchFactor(0, 1);
    cachesSplitter->setStretchFactor(1, 0);
    cachesLayout->addWidget(cachesSplitter, 1);

    // Keytab: header (path, summary) and the entries.
    auto *keytabPage = new QWidget;
    auto *keytabLayout = new QVBoxLayout(keytabPage);
    keytabLayout->setContentsMargins(0, 4, 0, 0);
    m_keytabHeader = new QLabel;
    m_keytabHeader->setObjectName(QStringLiteral("keytabHeader"));
    m_keytabHeader->setWordWrap(true);
    m_keytabHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keytabHeader->setText(tr("No keytab open. Use Open Keytab… or drop a keytab file on the "
                               "window."));
    keytabLayout->addWidget(m_keytabHeader);
    m_keytabView = new QTableView;
    m_keytabView->setObjectName(QStringLiteral("keytabView"));
    m_keytabView->setModel(m_keytabProxy);
    m_keytabView->setSortingEnabled(true);
    m_keytabView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_keytabView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keytabView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keytabView->setAlternatingRowColors(true);
    m_keytabView->verticalHeader()->hide();
    m_keytabView->horizontalHeader()->setStretchLastSection(true);
    m_keytabView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_keytabView->addAction(m_testKeytabAction);
    connect(m_keytabView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &KerberosPane::updateActions);
    keytabLayout->addWidget(m_keytabView, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("kerberosTabs"));
    m_tabs->addTab(cachesPage, QIcon(QStringLiteral(":/icons/cache.svg")), tr("Credential Caches"));
    m_tabs->addTab(keytabPage, QIcon(QStringLiteral(":/icons/key.svg")), tr("Keytab"));

    m_evidence = new ResultEvidenceView;
    m_evidence->hide();
    connect(m_evidence, &ResultEvidenceView::closeRequested, m_evidence, &QWidget::hide);

    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->setObjectName(QStringLiteral("kerberosSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_evidence);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_mainSplitter, 1);
}

void KerberosPane::refresh()
{
    // A newer listing supersedes an older one still on its way.
    const quint64 generation = ++m_listGeneration;
    cancelIfRunning(m_listFuture);
    m_listFuture = m_backend.listCaches();
    continueOnGui(m_listFuture, this, [this, generation](const Result<CacheCollection> &result) {
        applyCollection(generation, result);
    });
}

void KerberosPane::applyCollection(quint64 generation, const Result<CacheCollection> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_listGeneration)
        return;
    const bool explicitRefresh = std::exchange(m_explicitRefresh, false);
    if (!result) {
        showBanner(
            BannerOrigin::Listing, int(BannerWidget::Kind::Warning),
            tr("Could not list the credential caches: %1").arg(result.error().toDisplayString()),
            {m_refreshAction});
        updateActions();
        Q_EMIT collectionRefreshed(false);
        return;
    }

    const CacheCollection &collection = result.value();
    m_cacheModel->setCollection(collection);
    m_watcher->watch(collection);
    clearBanner(BannerOrigin::Listing);

    if (!collection.warnings.isEmpty()) {
        const Warning *worst = KerberosFormat::worstWarning(collection.warnings);
        const auto kind = worst->severity == Warning::Severity::Info
                              ? BannerWidget::Kind::Information
                              : BannerWidget::Kind::Warning;
        QStringList messages;
        for (const Warning &w : collection.warnings)
            messages.append(w.message);
        showBanner(BannerOrigin::CollectionWarnings, int(kind), messages.join(QLatin1Char('\n')));
    } else {
        clearBanner(BannerOrigin::CollectionWarnings);
    }

    if (!m_columnsSized && !collection.caches.isEmpty()) {
        resizeCacheColumns();
        m_columnsSized = true;
    }

    // Select the cache an action just touched, or the primary one on first sight.
    QString select = std::exchange(m_selectAfterRefresh, QString());
    if (select.isEmpty() && !m_cacheView->currentIndex().isValid() && collection.primary())
        select = collection.primary()->name;
    if (!select.isEmpty() && collection.find(select))
        selectCache(select);

    updateTimeline();
    updateActions();
    if (explicitRefresh) {
        Q_EMIT statusMessage(
            tr("%n credential cache(s) read at %1.", nullptr, int(collection.caches.size()))
                .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    }
    Q_EMIT collectionRefreshed(true);
}

void KerberosPane::resizeCacheColumns()
{
    QHeaderView *header = m_cacheView->header();
    for (int column = 0; column < CredentialCacheModel::ColumnCount - 1; ++column)
        m_cacheView->resizeColumnToContents(column);
    // Long DIR:: names must not push every other column off screen (they elide in the middle).
    const int nameLimit = std::max(300, m_cacheView->viewport()->width() / 3);
    if (header->sectionSize(CredentialCacheModel::NameColumn) > nameLimit)
        header->resizeSection(CredentialCacheModel::NameColumn, nameLimit);
}

bool KerberosPane::openFile(const QString &path)
{
    openKeytab(path);
    return true;
}

void KerberosPane::openKeytab(const QString &path)
{
    const quint64 generation = ++m_keytabGeneration;
    cancelIfRunning(m_keytabFuture);
    m_keytabHeader->setText(tr("Reading %1…").arg(path));
    m_tabs->setCurrentIndex(1);
    m_keytabFuture = m_backend.listKeytab(path);
    continueOnGui(m_keytabFuture, this,
                  [this, generation, path](const Result<KeytabListing> &result) {
                      applyKeytab(generation, path, result);
                  });
}

void KerberosPane::applyKeytab(quint64 generation, const QString &path,
                               const Result<KeytabListing> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_keytabGeneration)
        return;
    if (!result) {
        m_keytabHeader->setText(tr("Could not read %1.").arg(path));
        showBanner(
            BannerOrigin::Keytab,
            int(result.error().is(CoreError::NeedsPrivilege) ? BannerWidget::Kind::Information
                                                             : BannerWidget::Kind::Warning),
            tr("Could not read the keytab %1: %2").arg(path, result.error().toDisplayString()));
        updateActions();
        Q_EMIT keytabLoaded(false);
        return;
    }
    const KeytabListing &listing = result.value();
    m_keytabModel->setListing(listing);
    clearBanner(BannerOrigin::Keytab);
    QString header = tr("%1 — %n entries", nullptr, int(listing.entries.size())).arg(listing.path);
    for (const Warning &w : listing.warnings)
        header += QLatin1Char('\n') + w.message;
    m_keytabHeader->setText(header);
    m_keytabView->resizeColumnsToContents();
    m_tabs->setCurrentIndex(1);
    updateActions();
    Q_EMIT statusMessage(tr("Opened keytab %1.").arg(listing.path));
    Q_EMIT keytabLoaded(true);
}

void KerberosPane::chooseKeytab()
{
    auto *dialog = new QFileDialog(this, tr("Open Keytab"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Keytabs (*.keytab *.kt)"), tr("All files (*)")});
    if (!m_keytabModel->listing().path.isEmpty())
        dialog->selectFile(m_keytabModel->listing().path);
    connect(dialog, &QFileDialog::fileSelected, this, &KerberosPane::openKeytab);
    dialog->open();
}

void KerberosPane::getTicket()
{
    if (m_kinitDialog) {
        m_kinitDialog->raise();
        m_kinitDialog->activateWindow();
        return;
    }
    auto *dialog = new KinitDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const CacheCollection &collection = m_cacheModel->collection();
    QStringList principals;
    for (const CredentialCache &cache : collection.caches) {
        if (!cache.principal.isEmpty() && !principals.contains(cache.principal))
            principals.append(cache.principal);
    }
    dialog->setKnownPrincipals(principals);
    const CredentialCache *cache = selectedCache();
    if (!cache)
        cache = collection.primary();
    if (cache)
        dialog->setPrincipal(cache->principal);
    if (!m_keytabModel->listing().path.isEmpty())
        dialog->setKeytabPath(m_keytabModel->listing().path);
    dialog->setCollectionAvailable(isCollectionType(typeOfName(collection.defaultCacheName)));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        KinitRequest request = dialog->request();
        dialog->clearPassword();
        runCommand(KerberosCommand::kinit(m_backend, std::move(request), this));
    });
    m_kinitDialog = dialog;
    dialog->open();
}

void KerberosPane::renewSelected()
{
    if (const CredentialCache *cache = selectedCache())
        runCommand(KerberosCommand::renew(m_backend, cache->name, this));
}

void KerberosPane::destroySelected()
{
    const CredentialCache *cache = selectedCache();
    if (!cache || isBusy())
        return;
    const QString name = cache->name;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Destroy Credential Cache"),
        cache->principal.isEmpty()
            ? tr("Destroy the credential cache %1?").arg(name)
            : tr("Destroy the credential cache %1 with the tickets of %2?\n\nPrograms using "
                 "these tickets lose access until you obtain new ones.")
                  .arg(name, cache->principal),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *destroy = box->addButton(tr("Destroy"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, destroy, name](QAbstractButton *button) {
        if (button == destroy)
            runCommand(KerberosCommand::destroy(m_backend, name, this));
    });
    box->open();
}

void KerberosPane::makeSelectedPrimary()
{
    if (const CredentialCache *cache = selectedCache())
        runCommand(KerberosCommand::switchPrimary(m_backend, cache->name, this));
}

void KerberosPane::testKeytab()
{
    const KeytabListing &listing = m_keytabModel->listing();
    if (listing.path.isEmpty())
        return;
    QString principal;
    const QModelIndex current = m_keytabView->currentIndex();
    if (current.isValid())
        principal = current.data(KeytabModel::PrincipalRole).toString();
    runCommand(KerberosCommand::testKeytab(m_backend, listing.path, principal, this));
}

void KerberosPane::runCommand(KerberosCommand *command)
{
    if (m_command) {
        // Actions are disabled while one runs; a queued trigger can still slip through.
        command->deleteLater();
        return;
    }
    m_command = command;
    connect(command, &KerberosCommand::started, this, [this, command] {
        if (m_command != command)
            return;
        m_operation->start(command->description(), command->future());
    });
    connect(command, &KerberosCommand::finished, this,
            [this, command](const Result<ActionOutcome> &result) {
                if (m_command == command)
                    commandDone(command, result);
            });
    command->start();
    updateActions();
    Q_EMIT busyChanged(true);
}

void KerberosPane::commandDone(KerberosCommand *command, const Result<ActionOutcome> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_operation->stop();
    m_command = nullptr;
    command->deleteLater();

    if (result) {
        const ActionOutcome &outcome = result.value();
        m_evidence->showOutcome(command->action(), outcome);
        showEvidence();
        clearBanner(BannerOrigin::Command);
        m_selectAfterRefresh = outcome.cacheName;
        Q_EMIT statusMessage(outcome.summary);
    } else if (!result.error().isCancelled()) {
        // A cancelled error means the backend gave up on its own: nothing happened, nothing to
        // show. Anything else failed an explicit command: the banner says so, the evidence
        // view below explains it.
        const Error &error = result.error();
        m_evidence->showError(command->action(), error, command->shellCommand());
        showEvidence();
        showBanner(BannerOrigin::Command, int(BannerWidget::Kind::Error),
                   tr("%1 failed: %2 The details and the trace are below.")
                       .arg(command->action(), error.toDisplayString()));
    }
    refresh();
    updateActions();
    Q_EMIT busyChanged(false);
    Q_EMIT commandFinished(result.ok());
}

void KerberosPane::cancelCommand()
{
    if (!m_command)
        return;
    KerberosCommand *command = m_command;
    m_command = nullptr;
    const QString description = command->description();
    command->cancel();
    command->deleteLater();
    m_operation->stop();
    updateActions();
    Q_EMIT statusMessage(tr("Cancelled: %1").arg(description));
    Q_EMIT busyChanged(false);
}

void KerberosPane::showEvidence()
{
    if (m_evidence->isVisible())
        return;
    m_evidence->show();
    const int total = m_mainSplitter->height();
    m_mainSplitter->setSizes({total * 3 / 5, total * 2 / 5});
}

void KerberosPane::showBanner(BannerOrigin origin, int kind, const QString &text,
                              const QList<QAction *> &actions)
{
    // An explicit command's failure outranks background notices until it is dismissed.
    if (m_bannerOrigin == BannerOrigin::Command && origin != BannerOrigin::Command &&
        m_banner->isVisible())
        return;
    m_bannerOrigin = origin;
    m_banner->showMessage(BannerWidget::Kind(kind), text, actions);
}

void KerberosPane::clearBanner(BannerOrigin origin)
{
    if (m_bannerOrigin != origin)
        return;
    m_bannerOrigin = BannerOrigin::None;
    m_banner->clear();
}

const CredentialCache *KerberosPane::selectedCache() const
{
    const QString name = selectedCacheName();
    return name.isEmpty() ? nullptr : m_cacheModel->collection().find(name);
}

QString KerberosPane::selectedCacheName() const
{
    const QModelIndex current = m_cacheView->currentIndex();
    return current.isValid() ? current.data(CredentialCacheModel::CacheNameRole).toString()
                             : QString();
}

void KerberosPane::selectCache(const QString &cacheName)
{
    const QModelIndex index = m_cacheProxy->mapFromSource(m_cacheModel->indexForCache(cacheName));
    if (!index.isValid())
        return;
    m_cacheView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_cacheView->scrollTo(index);
}

const CredentialCache *KerberosPane::timelineCache() const
{
    if (const CredentialCache *cache = selectedCache())
        return cache;
    const CacheCollection &collection = m_cacheModel->collection();
    if (const CredentialCache *primary = collection.primary())
        return primary;
    return collection.caches.isEmpty() ? nullptr : &collection.caches.first();
}

void KerberosPane::updateTimeline()
{
    if (const CredentialCache *cache = timelineCache())
        m_timeline->setCache(*cache);
    else
        m_timeline->clear();
}

KinitDialog *KerberosPane::kinitDialog() const
{
    return m_kinitDialog.data();
}

bool KerberosPane::isBusy() const
{
    return m_command != nullptr;
}

QAction *KerberosPane::action(Action which) const
{
    switch (which) {
    case Action::Refresh:
        return m_refreshAction;
    case Action::GetTicket:
        return m_getTicketAction;
    case Action::Renew:
        return m_renewAction;
    case Action::Destroy:
        return m_destroyAction;
    case Action::MakePrimary:
        return m_makePrimaryAction;
    case Action::OpenKeytab:
        return m_openKeytabAction;
    case Action::TestKeytab:
        return m_testKeytabAction;
    }
    return nullptr;
}

void KerberosPane::updateActions()
{
    // The one place where actions follow the selection and the pane's state.
    const bool busy = isBusy();
    const CredentialCache *cache = selectedCache();
    const Credential *tgt = cache ? cache->tgt() : nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool renewable = tgt && tgt->renewTill.isValid() && tgt->renewTill > now;
    const bool hasKeytab =
        !m_keytabModel->listing().path.isEmpty() && !m_keytabModel->listing().entries.isEmpty();

    m_refreshAction->setEnabled(true);
    m_getTicketAction->setEnabled(!busy);
    m_renewAction->setEnabled(!busy && renewable);
    m_destroyAction->setEnabled(!busy && cache);
    m_makePrimaryAction->setEnabled(!busy && cache && !cache->primary &&
                                    isCollectionType(cache->type));
    m_openKeytabAction->setEnabled(true);
    m_testKeytabAction->setEnabled(!busy && hasKeytab);

    // Say why Renew is off: the most common "why can't I click this".
    QString renewTip = tr("Renew the selected cache's ticket-granting ticket (kinit -R)");
    if (cache && !tgt)
        renewTip = tr("The selected cache holds no ticket-granting ticket to renew.");
    else if (tgt && !tgt->renewTill.isValid())
        renewTip = tr("The ticket-granting ticket is not renewable: get a new ticket with a "
                      "renewable lifetime.");
    else if (tgt && !renewable)
        renewTip = tr("The ticket-granting ticket could only be renewed until %1.")
                       .arg(KerberosFormat::absoluteTime(tgt->renewTill));
    m_renewAction->setToolTip(renewTip);

    QString primaryTip = tr("Make the selected cache the collection's primary cache (kswitch)");
    if (cache && cache->primary)
        primaryTip = tr("The selected cache is already the primary cache.");
    else if (cache && !isCollectionType(cache->type))
        primaryTip = tr("Only caches of a collection (DIR, KEYRING, KCM) have a primary cache.");
    m_makePrimaryAction->setToolTip(primaryTip);
}

} // namespace Portier
