// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/audit.h"
#include "backends/zookeeper/scan_engine.h"

#include <QFuture>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace Portier {

class BannerWidget;
class OperationWidget;
class RecursiveAclDialog;
class ZkSession;

/// The best-practice audit of a subtree: scans it (ScanEngine, progress, Cancel), runs the
/// Auditor for a secured or an unsecured cluster, lists the components found and the findings
/// (sortable by severity, path, rule; coloured by severity). The details pane shows the message,
/// the current and recommended ACL and the zkCli command that fixes it (copyable); "Fix…" opens
/// RecursiveAclDialog::forFix() with the selected findings (dry run, journal, confirmation,
/// rollback). The report exports to JSON and to a readable HTML page. A scan that did not
/// finish is marked as partial.
class AuditWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Json,
        Html,
    };
    Q_ENUM(ExportFormat)

    explicit AuditWidget(std::shared_ptr<ZkSession> session, QWidget *parent = nullptr);
    ~AuditWidget() override;

    /// Where the audit rules and exports run; by default a private one-thread pool.
    void setThreadPool(QThreadPool *pool);

    QString root() const;
    void setRoot(const QString &root);
    AuditOptions::Mode mode() const;
    void setMode(AuditOptions::Mode mode);

    void run();
    void cancel();
    bool isBusy() const;

    bool hasReport() const { return m_hasReport; }
    const AuditReport &report() const { return m_report; }
    /// The findings selected in the table (all of them when none is selected and @p
    /// allWhenNone).
    QList<AuditFinding> selectedFindings(bool allWhenNone = false) const;
    void selectFinding(const QString &path, const QString &rule = {});

    /// Writes the report (off the GUI thread); exported() tells how it went.
    void exportReport(const QString &fileName, ExportFormat format);
    /// Asks for a file name (non-blocking file dialog), then exportReport().
    void chooseExportFile(ExportFormat format);

    /// The recursive-change plan that applies the recommended ACLs of @p findings
    /// (Auditor::fixPlan of each, over the nodes of the last scan; a path planned twice keeps
    /// its first, most severe, target; findings without a recommendation are left out).
    AclChangePlan fixPlan(const QList<AuditFinding> &findings) const;
    /// Opens the fix dialog for the selected findings; nullptr when none has a recommendation.
    RecursiveAclDialog *fixSelected();

    QTableView *findingsView() const { return m_view; }
    QAbstractItemModel *findingsModel() const;
    BannerWidget *banner() const { return m_banner; }
    OperationWidget *operationWidget() const { return m_operation; }
    QString componentsText() const;
    QString detailsText() const;
    QString fixCommandText() const;
    /// The open fix dialog, if any.
    RecursiveAclDialog *fixDialog() const;

Q_SIGNALS:
    /// The admin wants to see @p path in the tree.
    void showNode(const QString &path);
    void auditFinished(bool ok);
    void exported(const QString &fileName, bool ok);

private:
    class FindingsModel;

    void auditScanned(quint64 generation, const Result<ScanResult> &result);
    void showReport(const AuditReport &report);
    void updateDetails();
    void updateState();

    std::shared_ptr<ZkSession> m_session;
    QThreadPool m_ownPool;
    QThreadPool *m_pool;
    AuditReport m_report;
    bool m_hasReport = false;
    std::shared_ptr<const QList<ZnodeRecord>> m_nodes; ///< the scan behind m_report
    quint64 m_generation = 0;
    bool m_running = false;
    QFuture<void> m_scan;

    QLineEdit *m_root;
    QComboBox *m_mode;
    QPushButton *m_run;
    QPushButton *m_exportJson;
    QPushButton *m_exportHtml;
    BannerWidget *m_banner;
    OperationWidget *m_operation;
    QLabel *m_components;
    QTableView *m_view;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTextBrowser *m_details;
    QLineEdit *m_fixCommand;
    QToolButton *m_copyFix;
    QPushButton *m_fix;
    QPushButton *m_showNode;
    QPointer<RecursiveAclDialog> m_fixDialog;
};

} // namespace Portier
