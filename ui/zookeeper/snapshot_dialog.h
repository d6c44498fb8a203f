// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/scan_engine.h"
#include "backends/zookeeper/zk_snapshot.h"

#include <QDialog>
#include <QFuture>
#include <QThreadPool>

#include <memory>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Portier {

class BannerWidget;
class OperationWidget;
class ZkSession;

/// Snapshots of a subtree: export it (paths, stats, ACLs, optionally the data as base64) to a
/// JSON file, and compare two snapshot files, or a snapshot with the live tree, listing what
/// changed (nodes added and removed, ACLs changed with before and after, data changed).
/// Scans run with progress and Cancel; file reads and writes run off the GUI thread.
class SnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotDialog(std::shared_ptr<ZkSession> session, const QString &root,
                   QWidget *parent = nullptr);
    ~SnapshotDialog() override;

    QString root() const;
    void setRoot(const QString &root);
    bool withData() const;
    void setWithData(bool withData);
    QString exportFile() const;
    void setExportFile(const QString &fileName);
    /// Scans the subtree and writes the snapshot file; exported() tells how it went.
    void exportSnapshot();

    void setBeforeFile(const QString &fileName);
    /// An empty @p fileName compares with the live tree.
    void setAfterFile(const QString &fileName);
    void setCompareWithLive(bool live);
    /// Loads the snapshot(s), scans the live tree when asked, and lists the changes.
    void compare();

    void cancel();
    bool isBusy() const { return m_running; }
    bool hasDiff() const { return m_hasDiff; }
    const SnapshotDiff &diff() const { return m_diff; }
    QString diffSummary() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *changesView() const { return m_changesView; }
    QAbstractItemModel *changesModel() const;
    BannerWidget *banner() const { return m_banner; }
    OperationWidget *operationWidget() const { return m_operation; }

Q_SIGNALS:
    void exported(bool ok);
    void compared(bool ok);

private:
    class ChangesModel;

    void exportScanned(quint64 generation, const Result<ScanResult> &result, bool withData,
                       const QString &fileName);
    void compareLoaded(quint64 generation, const Result<QList<ZkSnapshot>> &loaded, bool live);
    void showDiff(quint64 generation, const SnapshotDiff &diff, const QString &beforeName,
                  const QString &afterName);
    void fail(const QString &text, bool exporting);
    /// A backend failure: the banner offers its evidence.
    void fail(const QString &action, const Error &error, bool exporting);
    void finishFailure(bool exporting);
    void chooseFile(QLineEdit *edit, bool save);
    void updateState();

    std::shared_ptr<ZkSession> m_session;
    QThreadPool m_io;
    quint64 m_generation = 0;
    bool m_running = false;
    QFuture<void> m_scan;
    bool m_exporting = false;
    SnapshotDiff m_diff;
    bool m_hasDiff = false;

    BannerWidget *m_banner;
    QTabWidget *m_tabs;
    QLineEdit *m_root;
    QCheckBox *m_withData;
    QLineEdit *m_exportFile;
    QToolButton *m_browseExport;
    QPushButton *m_export;
    QLineEdit *m_beforeFile;
    QToolButton *m_browseBefore;
    QRadioButton *m_live;
    QRadioButton *m_otherSnapshot;
    QLineEdit *m_afterFile;
    QToolButton *m_browseAfter;
    QPushButton *m_compare;
    QLabel *m_summary;
    QCheckBox *m_aclOnly;
    QTableView *m_changesView;
    ChangesModel *m_changesModel;
    QSortFilterProxyModel *m_changesProxy;
    OperationWidget *m_operation;
};

} // namespace Portier
