// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/audit_widget.h"

#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "models/status_palette.h"
#include "models/value_list_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/operation_widget.h"
#include "ui/zookeeper/recursive_acl_dialog.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Portier {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int FindingRowRole = Qt::UserRole + 2;

StatusPalette::Level levelOf(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Critical:
    case AuditSeverity::High:
        return StatusPalette::Level::Critical;
    case AuditSeverity::Medium:
    case AuditSeverity::Low:
        return StatusPalette::Level::Warning;
    case AuditSeverity::Info:
        break;
    }
    return StatusPalette::Level::Info;
}

QString severityText(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Critical:
        return AuditWidget::tr("Critical");
    case AuditSeverity::High:
        return AuditWidget::tr("High");
    case AuditSeverity::Medium:
        return AuditWidget::tr("Medium");
    case AuditSeverity::Low:
        return AuditWidget::tr("Low");
    case AuditSeverity::Info:
        break;
    }
    return AuditWidget::tr("Info");
}

/// The deepest common ancestor of absolute paths.
QString commonRoot(const QStringList &paths)
{
    if (paths.isEmpty())
        return QStringLiteral("/");
    QStringList common = paths.first().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &path : paths) {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qsizetype same = 0;
        while (same < common.size() && same < parts.size() && common.at(same) == parts.at(same))
            ++same;
        common = common.mid(0, same);
    }
    return QLatin1Char('/') + common.join(QLatin1Char('/'));
}

} // namespace

// The findings: severity badge, path, rule, component, message.
class AuditWidget::FindingsModel : public ValueListModel<AuditFinding>
{
public:
    enum Column
    {
        SeverityColumn,
        PathColumn,
        RuleColumn,
        ComponentColumn,
        MessageColumn,
        ColumnCount
    };

    explicit FindingsModel(QObject *parent)
        : ValueListModel(ColumnCount, parent)
    {}

protected:
    QVariant cellData(const AuditFinding &finding, const QModelIndex &index,
                      int role) const override
    {
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case SeverityColumn:
                return severityText(finding.severity);
            case PathColumn:
                return finding.path;
            case RuleColumn:
                return finding.rule;
            case ComponentColumn:
                return finding.component;
            case MessageColumn:
                return finding.message;
            }
            return {};
        case Qt::ToolTipRole:
            return column == MessageColumn || column == PathColumn ? index.data(Qt::DisplayRole)
                                                                   : QVariant();
        case Qt::DecorationRole:
            if (column == SeverityColumn)
                return StatusPalette::icon(levelOf(finding.severity));
            return {};
        case Qt::ForegroundRole:
            if (column == SeverityColumn)
                return StatusPalette::foreground(levelOf(finding.severity));
            return {};
        case Qt::FontRole:
            if (column == SeverityColumn && finding.severity >= AuditSeverity::High) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case SortRole:
            if (column == SeverityColumn)
                return int(finding.severity);
            return index.data(Qt::DisplayRole);
        case FindingRowRole:
            return index.row();
        default:
            return {};
        }
    }
    QString columnHeader(int column) const override
    {
        switch (column) {
        case SeverityColumn:
            return AuditWidget::tr("Severity");
        case PathColumn:
            return AuditWidget::tr("Path");
        case RuleColumn:
            return AuditWidget::tr("Rule");
        case ComponentColumn:
            return AuditWidget::tr("Component");
        case MessageColumn:
            return AuditWidget::tr("Finding");
        }
        return {};
    }
};

AuditWidget::AuditWidget(std::shared_ptr<ZkSession> session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_pool(&m_ownPool)
    , m_root(new QLineEdit(QStringLiteral("/")))
    , m_mode(new QComboBox)
    , m_run(new QPushButton(tr("&Run Audit")))
    , m_exportJson(new QPushButton(tr("Export &JSON…")))
    , m_exportHtml(new QPushButton(tr("Export &HTML…")))
    , m_banner(new BannerWidget)
    , m_operation(new OperationWidget)
    , m_components(new QLabel)
    , m_view(new QTableView)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_details(new QTextBrowser)
    , m_fixCommand(new QLineEdit)
    , m_copyFix(new QToolButton)
    , m_fix(new QPushButton(tr("&Fix…")))
    , m_showNode(new QPushButton(tr("Show &Node")))
{
    setObjectName(QStringLiteral("auditWidget"));
    m_ownPool.setMaxThreadCount(1);

    m_root->setObjectName(QStringLiteral("auditRoot"));
    m_root->setToolTip(tr("The subtree to audit"));
    m_mode->setObjectName(QStringLiteral("auditMode"));
    m_mode->addItem(tr("Kerberos-secured cluster"), int(AuditOptions::Mode::Secure));
    m_mode->addItem(tr("Unsecured cluster"), int(AuditOptions::Mode::Unsecure));
    m_mode->setToolTip(tr("Which of the profiles' expected ACLs to check against"));
    m_run->setObjectName(QStringLiteral("auditRun"));
    m_exportJson->setObjectName(QStringLiteral("auditExportJson"));
    m_exportHtml->setObjectName(QStringLiteral("auditExportHtml"));
    m_components->setObjectName(QStringLiteral("auditComponents"));
    m_components->setWordWrap(true);
    m_components->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(FindingsModel::PathColumn, 240);
    m_view->horizontalHeader()->resizeSection(FindingsModel::RuleColumn, 170);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setOpenLinks(false);
    m_fixCommand->setObjectName(QStringLiteral("auditFixCommand"));
    m_fixCommand->setReadOnly(true);
    m_fixCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fixCommand->setPlaceholderText(tr("no single recommendation"));
    m_copyFix->setObjectName(QStringLiteral("auditCopyFix"));
    m_copyFix->setIcon(QIcon(QStringLiteral(":/icons/edit-copy.svg")));
    m_copyFix->setToolTip(tr("Copy the zkCli command"));
    m_fix->setObjectName(QStringLiteral("auditFix"));
    m_fix->setToolTip(tr("Set the recommended ACL on the selected findings' nodes, through a dry "
                         "run, a journal and a confirmation"));
    m_showNode->setObjectName(QStringLiteral("auditShowNode"));

    auto *top = new QHBoxLayout;
    auto *rootLabel = new QLabel(tr("S&ubtree:"));
    rootLabel->setBuddy(m_root);
    top->addWidget(rootLabel);
    top->addWidget(m_root, 1);
    top->addWidget(m_mode);
    top->addWidget(m_run);
    top->addStretch();
    top->addWidget(m_exportJson);
    top->addWidget(m_exportHtml);

    auto *detailsPage = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *commandRow = new QHBoxLayout;
    auto *commandLabel = new QLabel(tr("Fix command:"));
    commandLabel->setBuddy(m_fixCommand);
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_fixCommand, 1);
    commandRow->addWidget(m_copyFix);
    detailsLayout->addLayout(commandRow);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch();
    actionRow->addWidget(m_showNode);
    actionRow->addWidget(m_fix);
    detailsLayout->addLayout(actionRow);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPage);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_operation);
    layout->addWidget(m_components);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &AuditWidget::run);
    connect(m_root, &QLineEdit::returnPressed, this, &AuditWidget::run);
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Json); });
    connect(m_exportHtml, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Html); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditWidget::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditWidget::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const AuditFinding *finding = m_model->item(source.row()))
            Q_EMIT showNode(finding->path);
    });
    connect(m_showNode, &QPushButton::clicked, this, [this] {
        const QList<AuditFinding> findings = selectedFindings();
        if (!findings.isEmpty())
            Q_EMIT showNode(findings.constFirst().path);
    });
    connect(m_copyFix, &QToolButton::clicked, this, [this] {
        if (!m_fixCommand->text().isEmpty())
            QApplication::clipboard()->setText(m_fixCommand->text());
    });
    connect(m_fix, &QPushButton::clicked, this, &AuditWidget::fixSelected);
    connect(m_operation, &OperationWidget::cancelled, this, [this] {
        ++m_generation;
        m_running = false;
        m_banner->showMessage(BannerWidget::Kind::Information, tr("The audit was cancelled."));
        updateState();
        Q_EMIT auditFinished(false);
    });

    m_components->setText(tr("Run the audit to see which components use this ensemble."));
    updateDetails();
    updateState();
}

AuditWidget::~AuditWidget()
{
    // Qt 6.4: cancel only what has not finished (see OperationWidget).
    if (m_running && !m_scan.isFinished())
        m_scan.cancel();
    // Rules and exports work on copies; waiting only bounds them to this widget's life.
    m_ownPool.waitForDone();
}

void AuditWidget::setThreadPool(QThreadPool *pool)
{
    m_pool = pool ? pool : &m_ownPool;
}

QString AuditWidget::root() const
{
    const QString text = m_root->text().trimmed();
    return text.isEmpty() ? QStringLiteral("/") : text;
}

void AuditWidget::setRoot(const QString &root)
{
    m_root->setText(root);
}

AuditOptions::Mode AuditWidget::mode() const
{
    return AuditOptions::Mode(m_mode->currentData().toInt());
}

void AuditWidget::setMode(AuditOptions::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

bool AuditWidget::isBusy() const
{
    return m_running;
}

RecursiveAclDialog *AuditWidget::fixDialog() const
{
    return m_fixDialog.data();
}

QAbstractItemModel *AuditWidget::findingsModel() const
{
    return m_model;
}

QString AuditWidget::componentsText() const
{
    return m_components->text();
}

QString AuditWidget::detailsText() const
{
    return m_details->toPlainText();
}

QString AuditWidget::fixCommandText() const
{
    return m_fixCommand->text();
}

void AuditWidget::run()
{
    if (m_running || !m_session)
        return;
    const QString rootPath = root();
    if (!rootPath.startsWith(QLatin1Char('/'))) {
        m_banner->showMessage(BannerWidget::Kind::Error,
                              tr("The subtree must be an absolute path such as /kafka."));
        Q_EMIT auditFinished(false);
        return;
    }
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = true;
    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = rootPath;
    const QFuture<Result<ScanResult>> scan = ScanEngine::scan(m_session, options);
    m_scan = QFuture<void>(scan);
    m_operation->start(tr("Reading the ACLs under %1…").arg(rootPath), m_scan);
    continueOnGui(scan, this, [this, generation](const Result<ScanResult> &result) {
        auditScanned(generation, result);
    });
    updateState();
}

void AuditWidget::auditScanned(quint64 generation, const Result<ScanResult> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation)
        return;
    if (!result) {
        m_running = false;
        m_operation->stop();
        m_banner->showMessage(
            BannerWidget::Kind::Error,
            tr("Could not audit %1: %2").arg(root(), result.error().toDisplayString()));
        updateState();
        Q_EMIT auditFinished(false);
        return;
    }
    AuditOptions options;
    options.root = root();
    options.mode = mode();
    const ScanResult scan = result.value();
    m_nodes = std::make_shared<const QList<ZnodeRecord>>(scan.nodes);
    const QString connectString = m_session->options().connectString;
    // The rules run over every node: off the GUI thread, on copies.
    const QFuture<AuditReport> audit = QtConcurrent::run(m_pool, [scan, options, connectString] {
        AuditReport report = Auditor().run(scan.nodes, options);
        report.partial = report.partial || scan.partial;
        if (report.connectString.isEmpty())
            report.connectString = connectString;
        return report;
    });
    const QString partialReason = scan.partial ? scan.partialReason : QString();
    continueOnGui(audit, this, [this, generation, partialReason](const AuditReport &report) {
        if (generation != m_generation)
            return;
        m_running = false;
        m_operation->stop();
        showReport(report);
        if (report.partial) {
            m_banner->showMessage(
                BannerWidget::Kind::Warning,
                tr("The scan did not finish (%1): the findings cover only the %n node(s) read. "
                   "Run the audit again for a complete report.",
                   nullptr, report.nodesScanned)
                    .arg(partialReason.isEmpty() ? tr("interrupted") : partialReason));
        }
        updateState();
        Q_EMIT auditFinished(true);
    });
}

void AuditWidget::showReport(const AuditReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_model->setItems(report.findings);
    QStringList names;
    for (const QString &name : report.components) {
        QString display = name;
        for (const AuditReport::ComponentInfo &info : report.componentDetails) {
            if (info.name == name && !info.displayName.isEmpty())
                display = info.displayName;
        }
        names.append(display);
    }
    const QString components =
        names.isEmpty() ? tr("No known component found.")
                        : tr("Components found: %1.").arg(names.join(QStringLiteral(", ")));
    m_components->setText(components + QLatin1Char(' ') +
                          tr("%n node(s) scanned, ", nullptr, report.nodesScanned) +
                          tr("%n finding(s).", nullptr, static_cast<int>(report.findings.size())));
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
}

QList<AuditFinding> AuditWidget::selectedFindings(bool allWhenNone) const
{
    QList<AuditFinding> findings;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const AuditFinding *finding = m_model->item(m_proxy->mapToSource(index).row()))
            findings.append(*finding);
    }
    if (findings.isEmpty() && allWhenNone)
        findings = m_report.findings;
    return findings;
}

void AuditWidget::selectFinding(const QString &path, const QString &rule)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const AuditFinding *finding = m_model->item(m_proxy->mapToSource(index).row());
        if (finding && finding->path == path && (rule.isEmpty() || finding->rule == rule)) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void AuditWidget::updateDetails()
{
    const QList<AuditFinding> findings = selectedFindings();
    if (findings.isEmpty()) {
        m_details->setHtml(m_hasReport ? tr("<p>Select a finding to see its details.</p>")
                                       : QString());
        m_fixCommand->clear();
        updateState();
        return;
    }
    const AuditFinding &finding = findings.constFirst();
    const QString none = tr("(none)");
    QString html = QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
                       .arg(finding.path.toHtmlEscaped(), severityText(finding.severity),
                            finding.message.toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString &label, const QString &value, bool code) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                         code ? QStringLiteral("<code>%1</code>").arg(value.toHtmlEscaped())
                              : value.toHtmlEscaped());
    };
    row(tr("Rule:"), finding.rule, false);
    if (!finding.component.isEmpty()) {
        const AuditComponentProfile *profile =
            AuditProfiles::builtIn().component(finding.component);
        row(tr("Component:"),
            profile && !profile->displayName.isEmpty() ? profile->displayName : finding.component,
            false);
    }
    if (!finding.profileRule.isEmpty())
        row(tr("Profile rule:"), finding.profileRule, true);
    if (!finding.reference.isEmpty())
        row(tr("Reference:"), finding.reference, false);
    row(tr("Current ACL:"), finding.acl.isEmpty() ? none : AclSyntax::formatAcl(finding.acl), true);
    row(tr("Recommended ACL:"),
        finding.recommended.isEmpty() ? none : AclSyntax::formatAcl(finding.recommended), true);
    html += QStringLiteral("</table>");
    if (finding.fixSubtree)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The fix covers the node's subtree (setAcl -R): descendants governed "
                            "by the same rule get the recommended ACL too.")
                             .toHtmlEscaped());
    if (findings.size() > 1)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("%n finding(s) selected; Fix… applies every recommendation among them.",
                            nullptr, static_cast<int>(findings.size()))
                             .toHtmlEscaped());
    m_details->setHtml(html);
    m_fixCommand->setText(finding.fixCommand);
    m_fixCommand->setCursorPosition(0);
    updateState();
}

AclChangePlan AuditWidget::fixPlan(const QList<AuditFinding> &findings) const
{
    AclChangePlan plan;
    plan.mode = AclChangeMode::Replace;
    const QList<ZnodeRecord> noNodes;
    const QList<ZnodeRecord> &nodes = m_nodes ? *m_nodes : noNodes;
    const Auditor auditor;
    QStringList paths;
    for (const AuditFinding &finding : findings) {
        if (finding.recommended.isEmpty())
            continue;
        const Result<AclChangePlan> one = auditor.fixPlan(finding, nodes, m_report.mode);
        if (!one)
            continue;
        // Findings come sorted by severity: the first target for a path wins.
        for (const AclChangeItem &item : one->items) {
            if (paths.contains(item.path))
                continue;
            paths.append(item.path);
            plan.items.append(item);
        }
        if (plan.acl.isEmpty())
            plan.acl = finding.recommended;
    }
    plan.root = commonRoot(paths);
    return plan;
}

RecursiveAclDialog *AuditWidget::fixSelected()
{
    if (!m_session || m_session->isReadOnly() || m_fixDialog)
        return nullptr;
    const AclChangePlan plan = fixPlan(selectedFindings());
    if (plan.items.isEmpty()) {
        m_banner->showMessage(BannerWidget::Kind::Information,
                              tr("The selected findings have no single recommended ACL: change "
                                 "them in the ACL editor."));
        return nullptr;
    }
    RecursiveAclDialog *dialog = RecursiveAclDialog::forFix(m_session, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecursiveAclDialog::applyFinished, this, [this](bool ok) {
        if (!ok)
            return;
        auto *again = new QAction(tr("Run Again"), m_banner);
        connect(again, &QAction::triggered, this, &AuditWidget::run);
        m_banner->showMessage(BannerWidget::Kind::Positive,
                              tr("The fix was applied. Run the audit again to see the result."),
                              {again});
    });
    m_fixDialog = dialog;
    dialog->open();
    return dialog;
}

void AuditWidget::chooseExportFile(ExportFormat format)
{
    if (!m_hasReport)
        return;
    const bool json = format == ExportFormat::Json;
    auto *files =
        new QFileDialog(this, json ? tr("Export Audit as JSON") : tr("Export Audit as HTML"));
    files->setObjectName(QStringLiteral("auditExportDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setNameFilters(
        {json ? tr("JSON files (*.json)") : tr("HTML pages (*.html)"), tr("All files (*)")});
    files->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("html"));
    files->selectFile(json ? QStringLiteral("zookeeper-audit.json")
                           : QStringLiteral("zookeeper-audit.html"));
    connect(files, &QFileDialog::fileSelected, this,
            [this, format](const QString &file) { exportReport(file, format); });
    files->open();
}

void AuditWidget::exportReport(const QString &fileName, ExportFormat format)
{
    if (!m_hasReport)
        return;
    const AuditReport report = m_report;
    const QFuture<Result<void>> written =
        QtConcurrent::run(m_pool, [report, fileName, format]() -> Result<void> {
            const QByteArray bytes =
                format == ExportFormat::Json
                    ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)
                    : report.toHtml().toUtf8();
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit()) {
                Error error(
                    CoreError::Io,
                    AuditWidget::tr("Could not write the audit report to %1.").arg(fileName),
                    AuditWidget::tr("Choose a folder you can write to."));
                error.detail = file.errorString();
                return error;
            }
            return {};
        });
    continueOnGui(written, this, [this, fileName](const Result<void> &result) {
        if (result) {
            m_banner->showMessage(BannerWidget::Kind::Positive,
                                  tr("The audit report was written to %1.").arg(fileName));
        } else {
            m_banner->showError(tr("Write the audit report %1").arg(fileName), result.error());
        }
        Q_EMIT exported(fileName, result.ok());
    });
}

void AuditWidget::cancel()
{
    if (!m_operation->isRunning())
        return;
    if (QPushButton *button =
            m_operation->findChild<QPushButton *>(QStringLiteral("operationCancel")))
        button->click();
}

void AuditWidget::updateState()
{
    const bool readOnly = !m_session || m_session->isReadOnly();
    m_run->setEnabled(!m_running && m_session);
    m_root->setEnabled(!m_running);
    m_mode->setEnabled(!m_running);
    m_exportJson->setEnabled(m_hasReport && !m_running);
    m_exportHtml->setEnabled(m_hasReport && !m_running);
    const QList<AuditFinding> selected = selectedFindings();
    bool fixable = false;
    for (const AuditFinding &finding : selected)
        fixable = fixable || !finding.recommended.isEmpty();
    m_fix->setEnabled(fixable && !readOnly && !m_running && !m_fixDialog);
    m_fix->setToolTip(readOnly ? tr("This session is read-only.")
                               : tr("Set the recommended ACL on the selected findings' nodes, "
                                    "through a dry run, a journal and a confirmation"));
    m_showNode->setEnabled(!selected.isEmpty());
    m_copyFix->setEnabled(!m_fixCommand->text().isEmpty());
}

} // namespace Portier
