// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/znode_reply.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace Portier {

class AclEditorWidget;
class BannerWidget;
class ZkSession;
class ZnodeDataView;
class ZnodeStatModel;

/// What there is to know about one znode: its data (ZnodeDataView: text, JSON, hex, base64;
/// edit and save with the version read, BADVERSION shown as a conflict), its stat (every field)
/// and its ACL (the ACL editor). Reads go through the session asynchronously; an answer for a
/// node that is no longer shown is dropped (generation counter).
class NodeDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NodeDetailsWidget(std::shared_ptr<ZkSession> session, QWidget *parent = nullptr);
    ~NodeDetailsWidget() override;

    /// Shows @p path (an empty path: nothing selected). An unsaved edit of the previous node is
    /// dropped.
    void setNode(const QString &path);
    QString path() const { return m_path; }
    /// Reads the shown node again (drops an unsaved edit).
    void reload();
    /// Read-only sessions view only: no Edit, no Save.
    void setReadOnly(bool readOnly);
    bool isLoading() const { return m_loading; }
    /// The lock reason of a node the session may not read, from the tree.
    void setLockReason(const QString &reason);

    ZnodeDataView *dataView() const { return m_dataView; }
    ZnodeStatModel *statModel() const { return m_statModel; }
    QTableView *statView() const { return m_statView; }
    QTabWidget *tabs() const { return m_tabs; }
    BannerWidget *banner() const { return m_banner; }
    AclEditorWidget *aclEditor() const { return m_aclEditor; }

Q_SIGNALS:
    /// A read of the shown node finished; ok is false when it failed (reported in the view).
    void loaded(const QString &path, bool ok);
    /// A stat of @p path was read or returned by a save: the tree updates its row.
    void statRead(const QString &path, const Portier::ZnodeStat &stat);
    /// A save finished: ok, or failed / met a newer version (then shown as a conflict).
    void saveFinished(const QString &path, bool ok);
    /// The ACL editor set a new ACL on @p path.
    void aclApplied(const QString &path);
    /// The node is gone (NONODE while reading it).
    void nodeMissing(const QString &path);
    void statusMessage(const QString &text);

private:
    void load();
    void applyData(const QString &path, const Result<ZnodeData> &result);
    void save(const QByteArray &data, int version);
    void showStat(const QString &path, const ZnodeStat &stat);

    std::shared_ptr<ZkSession> m_session;
    QString m_path;
    QString m_lockReason;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel *m_header;
    BannerWidget *m_banner;
    QTabWidget *m_tabs;
    ZnodeDataView *m_dataView;
    ZnodeStatModel *m_statModel;
    QTableView *m_statView;
    AclEditorWidget *m_aclEditor = nullptr;
};

} // namespace Portier
