// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/recursive_acl_dialog.h"

#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "models/status_palette.h"
#include "models/value_list_model.h"
#include "models/zookeeper/acl_table_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/operation_widget.h"
#include "ui/zookeeper/acl_table_editor.h"

#include <QAbstractTableModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Portier {

namespace {

constexpr int WillChangeRole = Qt::UserRole + 1; ///< "1" when the node will change, else "0"

QString skipText(const QString &reason)
{
    if (reason.isEmpty())
        return RecursiveAclDialog::tr("will change");
    if (reason == QLatin1String("unchanged"))
        return RecursiveAclDialog::tr("unchanged (already so)");
    if (reason == QLatin1String("NOAUTH"))
        return RecursiveAclDialog::tr("skipped: this session may not read it (NOAUTH)");
    if (reason == QLatin1String("empty ACL"))
        return RecursiveAclDialog::tr("skipped: removing the entry would leave no ACL");
    if (reason == QLatin1String("NONODE"))
        return RecursiveAclDialog::tr("skipped: the node no longer exists");
    return RecursiveAclDialog::tr("skipped: %1").arg(reason);
}

template<typename T>
void cancelIfRunning(QFuture<T> future)
{
    // Qt 6.4: never cancel a finished future whose continuation ran (see OperationWidget).
    if (!future.isFinished())
        future.cancel();
}

} // namespace

// The dry run's items: path, ACL before, ACL after, what happens.
class RecursiveAclDialog::PlanModel : public ValueListModel<AclChangeItem>
{
public:
    enum Column
    {
        PathColumn,
        BeforeColumn,
        AfterColumn,
        StatusColumn,
        ColumnCount
    };

    explicit PlanModel(QObject *parent)
        : ValueListModel(ColumnCount, parent)
    {}

    /// The headers and the status column differ between a change and a rollback.
    void setPlan(QList<AclChangeItem> items, bool rollback)
    {
        beginResetModel();
        m_items = std::move(items);
        m_rollback = rollback;
        endResetModel();
    }

protected:
    QVariant cellData(const AclChangeItem &item, const QModelIndex &index, int role) const override
    {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
            case PathColumn:
                return item.path;
            case BeforeColumn:
                return AclSyntax::formatAcl(item.before);
            case AfterColumn:
                return item.willChange() || m_rollback ? AclSyntax::formatAcl(item.after)
                                                       : QString();
            case StatusColumn:
                return m_rollback ? RecursiveAclDialog::tr("restore") : skipText(item.skipReason);
            }
            return {};
        case Qt::ForegroundRole:
            if (index.column() == StatusColumn && !item.willChange() &&
                item.skipReason != QLatin1String("unchanged"))
                return StatusPalette::foreground(StatusPalette::Level::Warning);
            if (!item.willChange() && !m_rollback)
                return StatusPalette::muted();
            return {};
        case Qt::FontRole:
            if (index.column() == BeforeColumn || index.column() == AfterColumn)
                return QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return {};
        case WillChangeRole:
            return item.willChange() ? QStringLiteral("1") : QStringLiteral("0");
        default:
            return {};
        }
    }
    QString columnHeader(int column) const override
    {
        switch (column) {
        case PathColumn:
            return RecursiveAclDialog::tr("Path");
        case BeforeColumn:
            return m_rollback ? RecursiveAclDialog::tr("Applied ACL")
                              : RecursiveAclDialog::tr("ACL Before");
        case AfterColumn:
            return m_rollback ? RecursiveAclDialog::tr("Restores")
                              : RecursiveAclDialog::tr("ACL After");
        case StatusColumn:
            return RecursiveAclDialog::tr("Status");
        }
        return {};
    }

private:
    bool m_rollback = false;
};

// Nodes an apply or rollback could not change: path, error, what to do.
class RecursiveAclDialog::FailureModel : public ValueListModel<AclApplyReport::Failure>
{
public:
    enum Column
    {
        PathColumn,
        ErrorColumn,
        MessageColumn,
        ColumnCount
    };

    explicit FailureModel(QObject *parent)
        : ValueListModel(ColumnCount, parent)
    {}

protected:
    QVariant cellData(const AclApplyReport::Failure &failure, const QModelIndex &index,
                      int role) const override
    {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case PathColumn:
                return failure.path;
            case ErrorColumn:
                return failure.error.codeName().section(QLatin1Char('.'), -1);
            case MessageColumn:
                return failure.error.toDisplayString();
            }
        } else if (role == Qt::ForegroundRole && index.column() == ErrorColumn) {
            return StatusPalette::foreground(StatusPalette::Level::Critical);
        }
        return {};
    }
    QString columnHeader(int column) const override
    {
        switch (column) {
        case PathColumn:
            return RecursiveAclDialog::tr("Path");
        case ErrorColumn:
            return RecursiveAclDialog::tr("Error");
        case MessageColumn:
            return RecursiveAclDialog::tr("Message");
        }
        return {};
    }
};

RecursiveAclDialog::RecursiveAclDialog(std::shared_ptr<ZkSession> session, const QString &root,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_banner(new BannerWidget)
    , m_root(new QLineEdit(root))
    , m_replace(new QRadioButton(tr("&Replace the ACL")))
    , m_add(new QRadioButton(tr("A&dd entries")))
    , m_remove(new QRadioButton(tr("Remo&ve entries")))
    , m_modeGroup(new QButtonGroup(this))
    , m_fixNote(new QLabel)
    , m_editor(new AclTableEditor)
    , m_dryRun(new QPushButton(tr("Dr&y Run")))
    , m_counts(new QLabel)
    , m_onlyChanges(new QCheckBox(tr("Only nodes that &change")))
    , m_planView(new QTableView)
    , m_planModel(new PlanModel(this))
    , m_planProxy(new QSortFilterProxyModel(this))
    , m_journal(new QLineEdit(defaultJournalFile()))
    , m_browseJournal(new QToolButton)
    , m_operation(new OperationWidget)
    , m_reportLabel(new QLabel)
    , m_failureView(new QTableView)
    , m_failureModel(new FailureModel(this))
    , m_apply(new QPushButton(tr("&Apply…")))
    , m_rollback(new QPushButton(tr("Roll &Back…")))
    , m_forceRollback(new QPushButton(tr("&Force Roll Back…")))
    , m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("recursiveAclDialog"));
    setWindowTitle(tr("Change ACLs Recursively"));
    m_io.setMaxThreadCount(1);

    m_root->setObjectName(QStringLiteral("root"));
    m_replace->setObjectName(QStringLiteral("modeReplace"));
    m_add->setObjectName(QStringLiteral("modeAdd"));
    m_remove->setObjectName(QStringLiteral("modeRemove"));
    m_replace->setToolTip(tr("Every node's ACL becomes exactly this ACL"));
    m_add->setToolTip(tr("These entries are added to every node's ACL; an entry with the same "
                         "scheme:id gets these permissions"));
    m_remove->setToolTip(tr("Entries with these scheme:id are removed from every node's ACL "
                            "(permissions do not matter); a node left with no entry is skipped"));
    m_modeGroup->addButton(m_replace, int(AclChangeMode::Replace));
    m_modeGroup->addButton(m_add, int(AclChangeMode::AddEntry));
    m_modeGroup->addButton(m_remove, int(AclChangeMode::RemoveEntry));
    m_replace->setChecked(true);
    m_fixNote->setObjectName(QStringLiteral("fixNote"));
    m_fixNote->setWordWrap(true);
    m_fixNote->hide();

    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("Read the subtree and list what would change; nothing is written"));
    m_counts->setObjectName(QStringLiteral("planCounts"));
    m_counts->setWordWrap(true);
    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));

    m_planProxy->setSourceModel(m_planModel);
    m_planProxy->setFilterRole(WillChangeRole);
    m_planProxy->setFilterKeyColumn(PlanModel::PathColumn);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setModel(m_planProxy);
    m_planView->setSortingEnabled(true);
    m_planView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setStretchLastSection(true);
    m_planView->horizontalHeader()->resizeSection(PlanModel::PathColumn, 260);
    m_planView->horizontalHeader()->resizeSection(PlanModel::BeforeColumn, 220);
    m_planView->horizontalHeader()->resizeSection(PlanModel::AfterColumn, 220);
    m_planView->setWordWrap(false);

    m_journal->setObjectName(QStringLiteral("journalFile"));
    m_journal->setToolTip(tr("Written before the first change: path, ACL version and previous "
                             "ACL of every node, so that the change can be rolled back"));
    m_browseJournal->setText(tr("…"));
    m_browseJournal->setToolTip(tr("Choose where to write the journal"));
    m_reportLabel->setObjectName(QStringLiteral("reportSummary"));
    m_reportLabel->setWordWrap(true);
    m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failureView->setObjectName(QStringLiteral("failureView"));
    m_failureView->setModel(m_failureModel);
    m_failureView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failureView->verticalHeader()->hide();
    m_failureView->horizontalHeader()->setStretchLastSection(true);
    m_failureView->horizontalHeader()->resizeSection(FailureModel::PathColumn, 260);
    m_failureView->hide();

    m_apply->setObjectName(QStringLiteral("apply"));
    m_rollback->setObjectName(QStringLiteral("rollback"));
    m_forceRollback->setObjectName(QStringLiteral("forceRollback"));
    m_forceRollback->setToolTip(tr("Also restore the nodes whose ACL someone else changed after "
                                   "the journal was written (their change is lost)"));
    m_forceRollback->hide();
    m_close->setObjectName(QStringLiteral("close"));
    m_apply->setAutoDefault(false);
    m_dryRun->setAutoDefault(false);
    m_rollback->setAutoDefault(false);
    m_forceRollback->setAutoDefault(false);
    m_close->setAutoDefault(false);

    // Layout: settings on top, the plan in the middle, journal, progress and outcome below.
    auto *form = new QFormLayout;
    form->addRow(tr("S&ubtree:"), m_root);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_replace);
    modes->addWidget(m_add);
    modes->addWidget(m_remove);
    modes->addStretch();
    auto *modeLabel = new QLabel(tr("Mode:"));
    form->addRow(modeLabel, modes);

    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_fixNote);
    settingsLayout->addWidget(m_editor, 1);

    auto *planPage = new QWidget;
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    auto *dryRunRow = new QHBoxLayout;
    dryRunRow->addWidget(m_dryRun);
    dryRunRow->addWidget(m_counts, 1);
    dryRunRow->addWidget(m_onlyChanges);
    planLayout->addLayout(dryRunRow);
    planLayout->addWidget(m_planView, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(settings);
    splitter->addWidget(planPage);
    splitter->addWidget(m_failureView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);

    auto *journalRow = new QHBoxLayout;
    auto *journalLabel = new QLabel(tr("&Journal:"));
    journalLabel->setBuddy(m_journal);
    journalRow->addWidget(journalLabel);
    journalRow->addWidget(m_journal, 1);
    journalRow->addWidget(m_browseJournal);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_forceRollback);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(journalRow);
    layout->addWidget(m_operation);
    layout->addWidget(m_reportLabel);
    layout->addLayout(buttons);

    m_changeWidgets = {m_root,   m_replace,    m_add,     m_remove,        modeLabel, m_editor,
                       m_dryRun, journalLabel, m_journal, m_browseJournal, m_apply};

    connect(m_root, &QLineEdit::textChanged, this, &RecursiveAclDialog::settingsChanged);
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_editor->setPermissionsIgnored(mode() == AclChangeMode::RemoveEntry);
        settingsChanged();
    });
    connect(m_editor, &AclTableEditor::aclChanged, this, &RecursiveAclDialog::settingsChanged);
    connect(m_journal, &QLineEdit::textChanged, this, &RecursiveAclDialog::updateState);
    connect(m_onlyChanges, &QCheckBox::toggled, this, [this](bool only) {
        m_planProxy->setFilterFixedString(only ? QStringLiteral("1") : QString());
    });
    connect(m_dryRun, &QPushButton::clicked, this, &RecursiveAclDialog::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &RecursiveAclDialog::apply);
    connect(m_rollback, &QPushButton::clicked, this, [this] { rollback(false); });
    connect(m_forceRollback, &QPushButton::clicked, this, [this] { rollback(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_browseJournal, &QToolButton::clicked, this, &RecursiveAclDialog::browseJournal);
    connect(m_operation, &OperationWidget::cancelled, this, [this] {
        const Running was = std::exchange(m_running, Running::Nothing);
        ++m_generation; // whatever still arrives is dropped
        if (was == Running::Apply || was == Running::Rollback) {
            m_banner->showMessage(
                BannerWidget::Kind::Warning,
                tr("Cancelled. Nodes already changed stay changed; the journal %1 records them "
                   "and can roll them back.")
                    .arg(m_lastJournal));
        } else {
            m_banner->showMessage(BannerWidget::Kind::Information, tr("Cancelled."));
        }
        updateState();
        if (was == Running::DryRun)
            Q_EMIT dryRunFinished(false);
        else if (was == Running::Apply)
            Q_EMIT applyFinished(false);
        else if (was == Running::Rollback)
            Q_EMIT rollbackFinished(false);
    });

    if (m_session)
        m_editor->setIdentities(m_session->identities());
    m_editor->setNodePath(root);
    resize(900, 700);
    updateState();
}

RecursiveAclDialog::~RecursiveAclDialog()
{
    // A dry run has no use any more. A running apply is not cancelled here: the journal and the
    // progress file record it, and the changer finishes the nodes it sent; its result has no
    // one to land on (continueOnGui).
    if (m_running == Running::DryRun)
        cancelIfRunning(m_scan);
    m_io.waitForDone();
}

void RecursiveAclDialog::reject()
{
    if (m_running == Running::Apply || m_running == Running::Rollback) {
        m_banner->showMessage(BannerWidget::Kind::Warning,
                              tr("ACLs are being changed: wait until it ends, or Cancel it first "
                                 "(the journal records what was changed)."));
        return;
    }
    if (m_running == Running::DryRun) {
        cancelIfRunning(m_scan);
        m_running = Running::Nothing;
        m_operation->stop();
        ++m_generation;
    }
    QDialog::reject();
}

RecursiveAclDialog *RecursiveAclDialog::forFix(std::shared_ptr<ZkSession> session,
                                               const AclChangePlan &plan, QWidget *parent)
{
    auto *dialog = new RecursiveAclDialog(std::move(session), plan.root, parent);
    dialog->setWindowTitle(tr("Fix ACLs"));
    dialog->m_fixItems = plan.items;
    dialog->m_replace->setChecked(true);
    dialog->setMode(plan.mode);
    dialog->m_editor->setAcl(plan.acl);
    dialog->setPurpose(Purpose::Fix);
    // The fix's targets come from an earlier scan: read the nodes again before anything else.
    QMetaObject::invokeMethod(dialog, &RecursiveAclDialog::dryRun, Qt::QueuedConnection);
    return dialog;
}

RecursiveAclDialog *RecursiveAclDialog::forJournal(std::shared_ptr<ZkSession> session,
                                                   const QString &journalFile, QWidget *parent)
{
    auto *dialog = new RecursiveAclDialog(std::move(session), QString(), parent);
    dialog->setWindowTitle(tr("Roll Back ACL Changes"));
    dialog->setPurpose(Purpose::Rollback);
    dialog->loadJournal(journalFile);
    return dialog;
}

void RecursiveAclDialog::rollbackFromJournal(std::shared_ptr<ZkSession> session, QWidget *parent)
{
    auto *files = new QFileDialog(parent, tr("Choose a Journal to Roll Back"));
    files->setObjectName(QStringLiteral("journalFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("ACL journals (*.json)"), tr("All files (*)")});
    const QString directory = QFileInfo(defaultJournalFile()).absolutePath();
    if (QFileInfo::exists(directory))
        files->setDirectory(directory);
    QObject::connect(files, &QFileDialog::fileSelected, files,
                     [session = std::move(session), parent](const QString &file) {
                         RecursiveAclDialog *dialog = forJournal(session, file, parent);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->open();
                     });
    files->open();
}

QString RecursiveAclDialog::defaultJournalFile()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return base + QStringLiteral("/zookeeper-journals/") + stamp + QStringLiteral(".json");
}

void RecursiveAclDialog::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    const bool change = purpose == Purpose::Change;
    m_root->setReadOnly(!change);
    const QList<QAbstractButton *> modeButtons = m_modeGroup->buttons();
    for (QAbstractButton *button : modeButtons)
        button->setEnabled(change);
    m_editor->setReadOnly(!change);
    if (purpose == Purpose::Fix) {
        m_fixNote->setText(tr("Fix from the audit: %n node(s) get the recommended ACL. The dry "
                              "run reads their current ACLs again; nothing is written before you "
                              "confirm.",
                              nullptr, static_cast<int>(m_fixItems.size())));
        m_fixNote->show();
        // Several targets cannot be shown as one ACL: the plan lists each.
        bool sameTarget = true;
        for (const AclChangeItem &item : std::as_const(m_fixItems))
            sameTarget = sameTarget && item.after == m_fixItems.constFirst().after;
        m_editor->setVisible(sameTarget);
    } else if (purpose == Purpose::Rollback) {
        for (QWidget *widget : std::as_const(m_changeWidgets))
            widget->hide();
        m_fixNote->show();
        m_root->parentWidget()->hide();
        m_planModel->setPlan({}, true);
    }
    updateState();
}

QString RecursiveAclDialog::root() const
{
    return m_root->text().trimmed();
}

void RecursiveAclDialog::setRoot(const QString &root)
{
    m_root->setText(root);
    m_editor->setNodePath(root);
}

AclChangeMode RecursiveAclDialog::mode() const
{
    return AclChangeMode(m_modeGroup->checkedId());
}

void RecursiveAclDialog::setMode(AclChangeMode mode)
{
    if (QAbstractButton *button = m_modeGroup->button(int(mode)))
        button->setChecked(true);
}

Acl RecursiveAclDialog::acl() const
{
    return m_editor->acl();
}

void RecursiveAclDialog::setAcl(const Acl &acl)
{
    m_editor->setAcl(acl);
}

QString RecursiveAclDialog::journalFile() const
{
    return m_journal->text().trimmed();
}

void RecursiveAclDialog::setJournalFile(const QString &fileName)
{
    m_journal->setText(fileName);
}

QAbstractItemModel *RecursiveAclDialog::planModel() const
{
    return m_planModel;
}

QAbstractItemModel *RecursiveAclDialog::failureModel() const
{
    return m_failureModel;
}

QString RecursiveAclDialog::countsText() const
{
    return m_counts->text();
}

QString RecursiveAclDialog::reportText() const
{
    return m_reportLabel->text();
}

QMessageBox *RecursiveAclDialog::confirmation() const
{
    return m_confirmation.data();
}

bool RecursiveAclDialog::isBusy() const
{
    return m_running != Running::Nothing;
}

bool RecursiveAclDialog::isPlanCurrent() const
{
    return m_hasPlan && !m_planStale && !m_planPartial;
}

void RecursiveAclDialog::settingsChanged()
{
    if (m_hasPlan && m_purpose == Purpose::Change)
        m_planStale = true;
    updateState();
}

void RecursiveAclDialog::dryRun()
{
    if (isBusy() || !m_session || m_purpose == Purpose::Rollback)
        return;
    const QString rootPath = root();
    if (m_purpose == Purpose::Change) {
        if (!rootPath.startsWith(QLatin1Char('/'))) {
            m_banner->showMessage(BannerWidget::Kind::Error,
                                  tr("The subtree must be an absolute path such as /kafka."));
            Q_EMIT dryRunFinished(false);
            return;
        }
        if (!m_editor->isValid()) {
            m_banner->showMessage(BannerWidget::Kind::Error, m_editor->validationMessage());
            Q_EMIT dryRunFinished(false);
            return;
        }
    }
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = Running::DryRun;

    if (m_purpose == Purpose::Fix) {
        QList<QFuture<Result<ZnodeAcl>>> reads;
        reads.reserve(m_fixItems.size());
        for (const AclChangeItem &item : std::as_const(m_fixItems))
            reads.append(m_session->getAcl(item.path));
        QFuture<QList<QFuture<Result<ZnodeAcl>>>> all =
            QtFuture::whenAll(reads.begin(), reads.end());
        m_scan = QFuture<void>(all);
        m_operation->start(tr("Reading the current ACLs of %n node(s)…", nullptr,
                              static_cast<int>(m_fixItems.size())),
                           QFuture<void>(all));
        const QList<AclChangeItem> items = m_fixItems;
        continueOnGui(all, this,
                      [this, generation, items](const QList<QFuture<Result<ZnodeAcl>>> &done) {
                          QList<Result<ZnodeAcl>> acls;
                          acls.reserve(done.size());
                          for (const QFuture<Result<ZnodeAcl>> &future : done)
                              acls.append(future.result());
                          fixReadDone(generation, items, acls);
                      });
        updateState();
        return;
    }

    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = rootPath;
    const QFuture<Result<ScanResult>> scan = ScanEngine::scan(m_session, options);
    m_scan = QFuture<void>(scan);
    m_operation->start(tr("Reading the ACLs under %1…").arg(rootPath), m_scan);
    const AclChangeMode changeMode = mode();
    const Acl changeAcl = m_editor->acl();
    continueOnGui(
        scan, this,
        [this, generation, rootPath, changeMode, changeAcl](const Result<ScanResult> &result) {
            scanDone(generation, rootPath, changeMode, changeAcl, result);
        });
    updateState();
}

void RecursiveAclDialog::scanDone(quint64 generation, const QString &rootPath, AclChangeMode mode,
                                  const Acl &acl, const Result<ScanResult> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation)
        return;
    m_running = Running::Nothing;
    m_operation->stop();
    if (!result) {
        Error failed = result.error();
        failed.message = tr("Could not read the subtree %1: %2").arg(rootPath, failed.message);
        m_banner->showError(tr("Read the subtree %1").arg(rootPath), failed);
        updateState();
        Q_EMIT dryRunFinished(false);
        return;
    }
    const ScanResult &scan = result.value();
    setPlan(AclChangePlan::make(scan.nodes, rootPath, mode, acl), scan.partial);
    if (scan.partial) {
        m_banner->showMessage(
            BannerWidget::Kind::Warning,
            tr("The scan of %1 did not finish (%2): the plan lists only the %n node(s) read. "
               "Run the dry run again before applying.",
               nullptr, static_cast<int>(scan.nodes.size()))
                .arg(rootPath, scan.partialReason));
    }
    Q_EMIT dryRunFinished(true);
}

void RecursiveAclDialog::fixReadDone(quint64 generation, const QList<AclChangeItem> &items,
                                     const QList<Result<ZnodeAcl>> &acls)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation)
        return;
    m_running = Running::Nothing;
    m_operation->stop();
    AclChangePlan plan;
    plan.root = root();
    plan.mode = mode();
    plan.acl = m_editor->acl();
    for (qsizetype i = 0; i < items.size() && i < acls.size(); ++i) {
        AclChangeItem item = items.at(i);
        const Result<ZnodeAcl> &read = acls.at(i);
        if (read) {
            item.before = read->acl;
            item.aversion = read->stat.aversion;
            item.skipReason = item.before == item.after ? QStringLiteral("unchanged") : QString();
        } else {
            const Error &error = read.error();
            item.skipReason = error.is(ZkError::NoAuth)   ? QStringLiteral("NOAUTH")
                              : error.is(ZkError::NoNode) ? QStringLiteral("NONODE")
                                                          : error.toDisplayString();
        }
        plan.items.append(item);
    }
    setPlan(plan, false);
    Q_EMIT dryRunFinished(true);
}

void RecursiveAclDialog::setPlan(const AclChangePlan &plan, bool partial)
{
    m_plan = plan;
    m_hasPlan = true;
    m_planPartial = partial;
    m_planStale = false;
    m_planModel->setPlan(plan.items, m_purpose == Purpose::Rollback);
    int unchanged = 0;
    int noAuth = 0;
    int other = 0;
    for (const AclChangeItem &item : plan.items) {
        if (item.willChange())
            continue;
        if (item.skipReason == QLatin1String("unchanged"))
            ++unchanged;
        else if (item.skipReason == QLatin1String("NOAUTH"))
            ++noAuth;
        else
            ++other;
    }
    const int total = static_cast<int>(plan.items.size());
    if (m_purpose == Purpose::Rollback) {
        m_counts->setText(tr("%n node(s) in the journal.", nullptr, total));
    } else {
        QString text = tr("%n node(s) read: ", nullptr, total) +
                       tr("%n will change", nullptr, plan.changeCount());
        if (unchanged > 0)
            text += tr(", %n unchanged", nullptr, unchanged);
        if (noAuth > 0)
            text += tr(", %n not readable (NOAUTH)", nullptr, noAuth);
        if (other > 0)
            text += tr(", %n skipped otherwise", nullptr, other);
        m_counts->setText(text + QLatin1Char('.'));
    }
    m_planView->resizeColumnToContents(PlanModel::StatusColumn);
    updateState();
}

QMessageBox *RecursiveAclDialog::confirm(const QString &objectName, const QString &title,
                                         const QString &text, const QString &confirmText)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    m_confirmation = box;
    return box;
}

void RecursiveAclDialog::apply()
{
    if (isBusy() || m_confirmation || !isPlanCurrent() || m_plan.changeCount() == 0 || !m_session ||
        m_session->isReadOnly() || m_purpose == Purpose::Rollback)
        return;
    const QString journal = journalFile();
    if (journal.isEmpty()) {
        m_banner->showMessage(BannerWidget::Kind::Error,
                              tr("Choose a journal file first: the change is only applied once "
                                 "its journal is written."));
        return;
    }
    // Count the nodes on which this session would lose ADMIN.
    const Acl identities = m_session->identities();
    int lockouts = 0;
    for (const AclChangeItem &item : std::as_const(m_plan.items)) {
        if (item.willChange() && AclTableModel::grantsAdmin(item.before, identities) &&
            !AclTableModel::grantsAdmin(item.after, identities))
            ++lockouts;
    }
    QString text =
        tr("Change the ACL of %n node(s)?", nullptr, m_plan.changeCount()) +
        QStringLiteral("\n\n") +
        tr("The journal is written first to %1; it lets you roll the change back.").arg(journal);
    if (lockouts > 0) {
        text += QStringLiteral("\n\n") +
                tr("On %n node(s) none of this session's identities keeps ADMIN afterwards: you "
                   "will no longer be able to change their ACLs (only a super user can), nor "
                   "roll them back with this session.",
                   nullptr, lockouts);
    }
    QMessageBox *box =
        confirm(QStringLiteral("applyConfirmation"), tr("Apply ACL Change"), text, tr("Apply"));
    QAbstractButton *yes = box->findChild<QPushButton *>(QStringLiteral("confirm"));
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        const bool confirmed = box->clickedButton() == yes;
        m_confirmation = nullptr; // the box is deleted later; the decision is made now
        updateState();
        if (confirmed)
            startApply();
        else
            Q_EMIT applyFinished(false);
    });
    updateState();
    box->open();
}

void RecursiveAclDialog::startApply()
{
    const QString journal = journalFile();
    const QString directory = QFileInfo(journal).absolutePath();
    if (!QDir().mkpath(directory)) {
        m_banner->showMessage(BannerWidget::Kind::Error,
                              tr("Could not create the journal folder %1. Choose another journal "
                                 "file.")
                                  .arg(directory));
        Q_EMIT applyFinished(false);
        return;
    }
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = Running::Apply;
    m_lastJournal = journal;
    m_lastWasRollback = false;
    const QFuture<Result<AclApplyReport>> future = AclChanger::apply(m_session, m_plan, journal);
    m_operation->start(tr("Setting the ACL of %n node(s)…", nullptr, m_plan.changeCount()),
                       QFuture<void>(future));
    continueOnGui(future, this, [this, generation](const Result<AclApplyReport> &result) {
        if (generation != m_generation)
            return;
        showReport(tr("Apply"), result, false);
    });
    updateState();
}

void RecursiveAclDialog::rollback(bool force)
{
    if (isBusy() || m_confirmation || m_lastJournal.isEmpty() || !m_session ||
        m_session->isReadOnly())
        return;
    const QString journal = m_lastJournal;
    const QString text =
        force ? tr("Restore the previous ACLs recorded in %1, also on the nodes someone else "
                   "changed since (their change is lost)?")
                    .arg(journal)
              : tr("Restore the previous ACLs recorded in %1? Nodes someone else changed since "
                   "are left alone and listed.")
                    .arg(journal);
    QMessageBox *box = confirm(QStringLiteral("rollbackConfirmation"), tr("Roll Back"), text,
                               force ? tr("Force Roll Back") : tr("Roll Back"));
    QAbstractButton *yes = box->findChild<QPushButton *>(QStringLiteral("confirm"));
    connect(box, &QMessageBox::finished, this, [this, box, yes, journal, force] {
        const bool confirmed = box->clickedButton() == yes;
        m_confirmation = nullptr; // the box is deleted later; the decision is made now
        updateState();
        if (confirmed)
            startRollback(journal, force);
        else
            Q_EMIT rollbackFinished(false);
    });
    updateState();
    box->open();
}

void RecursiveAclDialog::startRollback(const QString &journal, bool force)
{
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = Running::Rollback;
    m_lastWasRollback = true;
    const QFuture<Result<AclApplyReport>> future = AclChanger::rollback(m_session, journal, force);
    m_operation->start(tr("Restoring the ACLs from %1…").arg(QFileInfo(journal).fileName()),
                       QFuture<void>(future));
    continueOnGui(future, this, [this, generation](const Result<AclApplyReport> &result) {
        if (generation != m_generation)
            return;
        showReport(tr("Roll back"), result, true);
    });
    updateState();
}

void RecursiveAclDialog::showReport(const QString &what, const Result<AclApplyReport> &result,
                                    bool rollback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_running = Running::Nothing;
    m_operation->stop();
    if (!result) {
        Error failed = result.error();
        failed.message = tr("%1 failed: %2").arg(what, failed.message);
        m_banner->showError(what, failed);
        m_hasReport = false;
        updateState();
        if (rollback)
            Q_EMIT rollbackFinished(false);
        else
            Q_EMIT applyFinished(false);
        return;
    }
    m_report = result.value();
    m_hasReport = true;
    if (!m_report.journalFile.isEmpty())
        m_lastJournal = m_report.journalFile;
    m_failureModel->setItems(m_report.failures);
    m_failureView->setVisible(!m_report.failures.isEmpty());
    m_conflicts = 0;
    for (const AclApplyReport::Failure &failure : std::as_const(m_report.failures)) {
        if (failure.error.is(ZkError::JournalConflict))
            ++m_conflicts;
    }

    QString summary = rollback ? tr("Rolled back: %n node(s) restored", nullptr, m_report.changed)
                               : tr("Applied: %n node(s) changed", nullptr, m_report.changed);
    summary += tr(", %n already as wanted", nullptr, m_report.skipped);
    summary += tr(", %n failed", nullptr, static_cast<int>(m_report.failures.size()));
    summary += QLatin1Char('.');
    if (m_report.cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled before the end.");
    if (m_report.reconnects > 0)
        summary += QLatin1Char(' ') +
                   tr("The connection was lost %n time(s); the run waited for the reconnect and "
                      "checked the nodes it had in flight.",
                      nullptr, m_report.reconnects);
    if (!rollback)
        summary += QLatin1Char(' ') + tr("Journal: %1").arg(m_lastJournal);
    m_reportLabel->setText(summary);

    if (m_conflicts > 0) {
        m_banner->showMessage(
            BannerWidget::Kind::Warning,
            tr("%n node(s) were changed by someone else after the journal was written and were "
               "left alone (listed below). Force Roll Back restores them anyway.",
               nullptr, m_conflicts));
    } else if (!m_report.failures.isEmpty()) {
        m_banner->showMessage(BannerWidget::Kind::Warning,
                              tr("%1 could not change %n node(s); they are listed below.", nullptr,
                                 static_cast<int>(m_report.failures.size()))
                                  .arg(what));
    } else if (!m_report.cancelled) {
        m_banner->showMessage(BannerWidget::Kind::Positive, summary);
    }

    if (!rollback) {
        // The plan's ACL versions are spent: another apply needs a new dry run, and a new
        // journal so that this one stays for the rollback.
        m_planStale = true;
        m_journal->setText(defaultJournalFile());
    }
    updateState();
    if (rollback)
        Q_EMIT rollbackFinished(m_report.ok());
    else
        Q_EMIT applyFinished(m_report.ok());
}

void RecursiveAclDialog::loadJournal(const QString &fileName)
{
    const quint64 generation = ++m_generation;
    m_running = Running::Journal;
    m_lastJournal = fileName;
    m_fixNote->setText(tr("Reading the journal %1…").arg(fileName));
    const QFuture<Result<AclJournal>> future =
        QtConcurrent::run(&m_io, [fileName] { return AclJournal::load(fileName); });
    continueOnGui(future, this, [this, generation, fileName](const Result<AclJournal> &result) {
        if (generation != m_generation)
            return;
        m_running = Running::Nothing;
        if (!result) {
            m_fixNote->setText(tr("Could not read the journal %1.").arg(fileName));
            m_banner->showError(tr("Read the journal %1").arg(fileName), result.error());
            m_lastJournal.clear();
            updateState();
            return;
        }
        const AclJournal &journal = result.value();
        AclChangePlan plan;
        plan.root = journal.root;
        plan.mode = journal.mode;
        plan.acl = journal.acl;
        for (const AclJournal::Entry &entry : journal.entries) {
            AclChangeItem item;
            item.path = entry.path;
            item.aversion = entry.aversion;
            item.before = entry.target;
            item.after = entry.previous;
            plan.items.append(item);
        }
        m_fixNote->setText(
            tr("Journal %1, written %2 for %3 on %4: %5 (%6).")
                .arg(fileName,
                     QLocale().toString(journal.created.toLocalTime(), QLocale::ShortFormat),
                     journal.root, journal.connectString, aclChangeModeName(journal.mode),
                     AclSyntax::formatAcl(journal.acl)));
        m_root->setText(journal.root);
        setPlan(plan, false);
    });
    updateState();
}

void RecursiveAclDialog::browseJournal()
{
    auto *files = new QFileDialog(this, tr("Journal File"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilters({tr("ACL journals (*.json)"), tr("All files (*)")});
    files->setDefaultSuffix(QStringLiteral("json"));
    files->selectFile(journalFile());
    connect(files, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_journal->setText(file); });
    files->open();
}

void RecursiveAclDialog::cancel()
{
    if (!m_operation->isRunning())
        return;
    // The operation strip's Cancel does the bookkeeping (cancelled()).
    if (QPushButton *button =
            m_operation->findChild<QPushButton *>(QStringLiteral("operationCancel")))
        button->click();
}

void RecursiveAclDialog::updateState()
{
    const bool busy = isBusy();
    const bool readOnly = !m_session || m_session->isReadOnly();
    const bool modal = m_confirmation != nullptr;
    const bool change = m_purpose == Purpose::Change;

    m_root->setEnabled(!busy);
    const QList<QAbstractButton *> modeButtons = m_modeGroup->buttons();
    for (QAbstractButton *button : modeButtons)
        button->setEnabled(change && !busy);
    m_editor->setEnabled(!busy);
    m_dryRun->setEnabled(!busy && !modal && m_purpose != Purpose::Rollback);
    m_journal->setEnabled(!busy);
    m_browseJournal->setEnabled(!busy);

    const bool canApply = !busy && !modal && !readOnly && isPlanCurrent() &&
                          m_plan.changeCount() > 0 && !journalFile().isEmpty();
    m_apply->setEnabled(canApply);
    QString applyTip = tr("Write the journal, then set the new ACLs");
    if (readOnly)
        applyTip = tr("This session is read-only.");
    else if (!m_hasPlan)
        applyTip = tr("Run the dry run first.");
    else if (m_planStale)
        applyTip = tr("The settings changed since the dry run (or it was applied): run it again.");
    else if (m_planPartial)
        applyTip = tr("The dry run did not read the whole subtree: run it again.");
    else if (m_plan.changeCount() == 0)
        applyTip = tr("Nothing to change.");
    m_apply->setToolTip(applyTip);
    if (m_hasPlan && m_planStale && m_purpose == Purpose::Change && !busy)
        m_counts->setToolTip(applyTip);

    const bool canRollback = !busy && !modal && !readOnly && !m_lastJournal.isEmpty() &&
                             (m_purpose == Purpose::Rollback ? m_hasPlan : m_hasReport);
    m_rollback->setEnabled(canRollback);
    m_rollback->setVisible(m_purpose == Purpose::Rollback || !m_lastJournal.isEmpty());
    m_forceRollback->setVisible(m_conflicts > 0 && m_lastWasRollback);
    m_forceRollback->setEnabled(canRollback);
    m_close->setEnabled(true);
}

} // namespace Portier
