// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/scan_engine.h"

#include <QDialog>
#include <QFuture>
#include <QPromise>
#include <QStringList>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace Portier {

class OperationWidget;
class ZkSession;

/// Deletes a subtree, safely: first a preview (the scan engine lists every znode below the root,
/// with a count, the ephemeral ones and the ones this session may not read), then an explicit
/// confirmation that names the count, then the deletes — children before their parents,
/// pipelined (a window of requests in flight; the server handles one session's requests in
/// order), with progress and Cancel in an operation strip, and a summary of what failed.
class RecursiveDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage
    {
        Scanning,
        Confirm,
        Deleting,
        Done,
    };
    Q_ENUM(Stage)

    /// Requests in flight at most while deleting.
    static constexpr int Window = 100;

    RecursiveDeleteDialog(std::shared_ptr<ZkSession> session, const QString &root,
                          QWidget *parent = nullptr);
    ~RecursiveDeleteDialog() override;

    QString root() const { return m_root; }
    Stage stage() const { return m_stage; }
    /// The paths that will go (deepest first once deleting starts), after the scan.
    QStringList preview() const { return m_paths; }
    bool isPartialPreview() const { return m_partial; }
    int deletedCount() const { return m_deleted; }
    /// "path: reason" for every delete that failed.
    QStringList failures() const { return m_failures; }
    QString summaryText() const;

    /// Ticks the confirmation box and starts deleting (what the Delete button does).
    void confirmAndDelete();
    /// Starts deleting; only in the Confirm stage with the box ticked.
    void startDeleting();

Q_SIGNALS:
    void stageChanged(Portier::RecursiveDeleteDialog::Stage stage);
    /// Deleting ended (done or cancelled): the tree below root changed.
    void deleted(const QString &root, int count);

protected:
    void reject() override;

private:
    void startScan();
    void applyScan(const Result<ScanResult> &result);
    void sendMore();
    void deleteDone(const QString &path, const Result<void> &result);
    void finish(bool cancelled);
    void setStage(Stage stage);

    std::shared_ptr<ZkSession> m_session;
    QString m_root;
    Stage m_stage = Stage::Scanning;
    QFuture<Result<ScanResult>> m_scan;
    QStringList m_paths;
    bool m_partial = false;
    int m_next = 0;
    int m_inFlight = 0;
    int m_deleted = 0;
    QStringList m_failures;
    std::unique_ptr<QPromise<void>> m_progress;
    bool m_cancelled = false;
    bool m_sending = false;

    QLabel *m_summary;
    QListView *m_list;
    QStringListModel *m_listModel;
    QCheckBox *m_confirm;
    OperationWidget *m_operation;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
};

} // namespace Portier
