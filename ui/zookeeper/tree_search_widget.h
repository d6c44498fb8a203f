// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/scan_engine.h"

#include <QFuture>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace Portier {

class OperationWidget;
class ZkSession;

/// Full-tree search by path: the scan engine walks the subtree below a root (pipelined, with
/// progress and Cancel), and every path that contains the text — or matches the regular
/// expression — is listed, NOAUTH nodes included (their path is visible even when their data is
/// not). Double-clicking a result asks for it in the tree (showNode()).
class TreeSearchWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TreeSearchWidget(std::shared_ptr<ZkSession> session, QWidget *parent = nullptr);
    ~TreeSearchWidget() override;

    void setRoot(const QString &root);
    QString root() const;
    void setPattern(const QString &text, bool regex = false);
    /// Starts the search (a running one is cancelled first).
    void search();
    void cancel();
    bool isRunning() const;
    QStringList results() const;
    QString summaryText() const;
    QLineEdit *patternEdit() const { return m_pattern; }
    QListView *resultView() const { return m_results; }

Q_SIGNALS:
    void showNode(const QString &path);
    /// A search ended with a result list (also partial); false when it failed or was cancelled.
    void finished(bool ok);

private:
    void apply(quint64 generation, const QString &pattern, bool regex,
               const Result<ScanResult> &result);

    std::shared_ptr<ZkSession> m_session;
    quint64 m_generation = 0;
    QFuture<Result<ScanResult>> m_future;

    QLineEdit *m_pattern;
    QCheckBox *m_regex;
    QLineEdit *m_root;
    QPushButton *m_search;
    OperationWidget *m_operation;
    QLabel *m_summary;
    QListView *m_results;
    QStringListModel *m_model;
};

} // namespace Portier
