// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/zookeeper/acl_change.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/znode_reply.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QAbstractItemModel;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Portier {

class AclTableEditor;
class BannerWidget;
class OperationWidget;
class ZkSession;

/// A recursive ACL change on a subtree, the safe way: choose the mode (replace the ACL, add an
/// entry, remove an entry) and the ACL; "Dry Run" scans the subtree and lists every node with
/// its ACL before and after (or why it is skipped); Apply asks for confirmation, writes the
/// journal (by default under AppDataLocation/zookeeper-journals/) and sets each node's ACL with
/// the aversion the dry run read, with progress and Cancel; failures are listed (path and
/// error); "Roll Back" restores the previous ACLs from the journal just written, and conflicts
/// (nodes someone else changed since) can be forced.
///
/// The same dialog serves the audit's one-click fix (forFix(): the plan's nodes and targets,
/// re-read by a dry run before anything is applied) and rolling back any journal
/// (rollbackFromJournal(), forJournal()). Confirmations are window-modal QMessageBoxes opened
/// with open(), found by object name ("applyConfirmation", "rollbackConfirmation").
class RecursiveAclDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Change,   ///< a recursive change the admin composes
        Fix,      ///< an audit fix: given nodes and target ACLs
        Rollback, ///< a journal to roll back
    };
    Q_ENUM(Purpose)

    RecursiveAclDialog(std::shared_ptr<ZkSession> session, const QString &root,
                       QWidget *parent = nullptr);
    ~RecursiveAclDialog() override;

    /// The audit's fix: @p plan's items name the nodes and their target ACLs (after). The dialog
    /// starts a dry run that reads the nodes' current ACLs; Apply still asks for confirmation.
    static RecursiveAclDialog *forFix(std::shared_ptr<ZkSession> session, const AclChangePlan &plan,
                                      QWidget *parent = nullptr);
    /// A dialog that shows @p journalFile's entries and rolls them back.
    static RecursiveAclDialog *forJournal(std::shared_ptr<ZkSession> session,
                                          const QString &journalFile, QWidget *parent = nullptr);
    /// Asks for a journal file (non-blocking file dialog), then opens forJournal() on it.
    static void rollbackFromJournal(std::shared_ptr<ZkSession> session, QWidget *parent);

    /// A fresh journal path: AppDataLocation/zookeeper-journals/<UTC timestamp>.json.
    static QString defaultJournalFile();

    Purpose purpose() const { return m_purpose; }
    QString root() const;
    void setRoot(const QString &root);
    AclChangeMode mode() const;
    void setMode(AclChangeMode mode);
    Acl acl() const;
    void setAcl(const Acl &acl);
    QString journalFile() const;
    void setJournalFile(const QString &fileName);

    /// Scans the subtree (or re-reads the fix's nodes) and shows the plan.
    void dryRun();
    /// Asks for confirmation, then writes the journal and applies the plan.
    void apply();
    /// Asks for confirmation, then rolls back the last journal (written by apply() or given to
    /// forJournal()); @p force also restores nodes someone else changed since.
    void rollback(bool force = false);
    /// Cancels the running scan, apply or rollback.
    void cancel();

    bool isBusy() const;
    bool hasPlan() const { return m_hasPlan; }
    /// The plan is current: settings unchanged since the dry run, and the scan complete.
    bool isPlanCurrent() const;
    const AclChangePlan &plan() const { return m_plan; }
    const AclApplyReport &lastReport() const { return m_report; }
    /// The journal apply() wrote (or forJournal() loaded); rollback() uses it.
    QString lastJournal() const { return m_lastJournal; }

    AclTableEditor *editor() const { return m_editor; }
    OperationWidget *operationWidget() const { return m_operation; }
    BannerWidget *banner() const { return m_banner; }
    QTableView *planView() const { return m_planView; }
    QAbstractItemModel *planModel() const;
    QTableView *failureView() const { return m_failureView; }
    QAbstractItemModel *failureModel() const;
    QString countsText() const;
    QString reportText() const;
    /// The open confirmation box, if any.
    QMessageBox *confirmation() const;

public Q_SLOTS:
    /// Refused while an apply or a rollback runs (Cancel it first); a dry run is cancelled.
    void reject() override;

Q_SIGNALS:
    void dryRunFinished(bool ok);
    void applyFinished(bool ok);
    void rollbackFinished(bool ok);

private:
    class PlanModel;
    class FailureModel;

    void setPurpose(Purpose purpose);
    void scanDone(quint64 generation, const QString &root, AclChangeMode mode, const Acl &acl,
                  const Result<ScanResult> &result);
    void fixReadDone(quint64 generation, const QList<AclChangeItem> &items,
                     const QList<Result<ZnodeAcl>> &acls);
    void setPlan(const AclChangePlan &plan, bool partial);
    void startApply();
    void startRollback(const QString &journal, bool force);
    void showReport(const QString &what, const Result<AclApplyReport> &result, bool rollback);
    void loadJournal(const QString &fileName);
    void settingsChanged();
    void updateState();
    void browseJournal();
    QMessageBox *confirm(const QString &objectName, const QString &title, const QString &text,
                         const QString &confirmText);

    std::shared_ptr<ZkSession> m_session;
    Purpose m_purpose = Purpose::Change;
    QList<AclChangeItem> m_fixItems;

    AclChangePlan m_plan;
    bool m_hasPlan = false;
    bool m_planPartial = false;
    bool m_planStale = false;
    AclApplyReport m_report;
    bool m_hasReport = false;
    QString m_lastJournal;
    bool m_lastWasRollback = false;
    int m_conflicts = 0;

    enum class Running
    {
        Nothing,
        DryRun,
        Apply,
        Rollback,
        Journal
    };
    Running m_running = Running::Nothing;
    quint64 m_generation = 0;
    QFuture<void> m_scan; ///< the dry run's scan or reads
    QThreadPool m_io;     ///< journal reads: file I/O stays off the GUI thread

    BannerWidget *m_banner;
    QLineEdit *m_root;
    QRadioButton *m_replace;
    QRadioButton *m_add;
    QRadioButton *m_remove;
    QButtonGroup *m_modeGroup;
    QLabel *m_fixNote;
    AclTableEditor *m_editor;
    QPushButton *m_dryRun;
    QLabel *m_counts;
    QCheckBox *m_onlyChanges;
    QTableView *m_planView;
    PlanModel *m_planModel;
    QSortFilterProxyModel *m_planProxy;
    QLineEdit *m_journal;
    QToolButton *m_browseJournal;
    OperationWidget *m_operation;
    QLabel *m_reportLabel;
    QTableView *m_failureView;
    FailureModel *m_failureModel;
    QPushButton *m_apply;
    QPushButton *m_rollback;
    QPushButton *m_forceRollback;
    QPushButton *m_close;
    QPointer<QMessageBox> m_confirmation;
    QList<QWidget *> m_changeWidgets;
};

} // namespace Portier
