// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/node_details_widget.h"

#include "backends/zookeeper/zk_session.h"
#include "models/zookeeper/znode_stat_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/zookeeper/acl_editor_widget.h"
#include "ui/zookeeper/znode_data_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Portier {

NodeDetailsWidget::NodeDetailsWidget(std::shared_ptr<ZkSession> session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_header(new QLabel)
    , m_banner(new BannerWidget)
    , m_tabs(new QTabWidget)
    , m_dataView(new ZnodeDataView)
    , m_statModel(new ZnodeStatModel(this))
    , m_statView(new QTableView)
{
    setObjectName(QStringLiteral("nodeDetails"));
    m_header->setObjectName(QStringLiteral("nodePath"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_statView->setObjectName(QStringLiteral("statView"));
    m_statView->setModel(m_statModel);
    m_statView->verticalHeader()->hide();
    m_statView->horizontalHeader()->setStretchLastSection(true);
    m_statView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statView->setAlternatingRowColors(true);
    m_statView->setWordWrap(false);
    m_statView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_statView->verticalHeader()->setDefaultSectionSize(m_statView->fontMetrics().height() + 8);
    // What a field means is its tooltip: beside a human-readable time it would not fit.
    m_statView->hideColumn(ZnodeStatModel::MeaningColumn);

    m_tabs->setObjectName(QStringLiteral("nodeDetailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dataView, tr("Data"));
    m_tabs->addTab(m_statView, tr("Stat"));
    auto *aclEditor = new AclEditorWidget(m_session);
    connect(aclEditor, &AclEditorWidget::aclApplied, this, [this](const QString &path) {
        Q_EMIT aclApplied(path);
        if (path == m_path)
            load();
    });
    m_aclEditor = aclEditor;
    m_aclEditor->setObjectName(QStringLiteral("aclEditor"));
    m_tabs->addTab(m_aclEditor, tr("ACL"));

    connect(m_dataView, &ZnodeDataView::saveRequested, this, &NodeDetailsWidget::save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    setNode(QString());
}

NodeDetailsWidget::~NodeDetailsWidget() = default;

void NodeDetailsWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_dataView->setReadOnly(readOnly);
}

void NodeDetailsWidget::setLockReason(const QString &reason)
{
    m_lockReason = reason;
}

void NodeDetailsWidget::setNode(const QString &path)
{
    if (path == m_path && !path.isEmpty())
        return;
    m_path = path;
    m_lockReason.clear();
    m_banner->clear();
    if (path.isEmpty()) {
        ++m_generation;
        m_loading = false;
        m_header->setText(tr("No znode selected"));
        m_dataView->showMessage(tr("Select a znode to see its data."));
        m_statModel->setStat(std::nullopt);
        return;
    }
    m_header->setText(path);
    m_aclEditor->setNode(path);
    load();
}

void NodeDetailsWidget::reload()
{
    if (m_path.isEmpty())
        return;
    m_banner->clear();
    m_aclEditor->reload();
    load();
}

void NodeDetailsWidget::load()
{
    const quint64 generation = ++m_generation;
    const QString path = m_path;
    m_loading = true;
    m_dataView->showMessage(tr("Reading %1…").arg(path));
    continueOnGui(m_session->getData(path), this,
                  [this, generation, path](const Result<ZnodeData> &result) {
                      if (generation != m_generation)
                          return;
                      applyData(path, result);
                  });
}

void NodeDetailsWidget::applyData(const QString &path, const Result<ZnodeData> &result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_loading = false;
    if (result) {
        m_dataView->setData(path, result->data, result->stat);
        showStat(path, result->stat);
        Q_EMIT loaded(path, true);
        return;
    }
    const Error &error = result.error();
    if (error.is(ZkError::NoAuth)) {
        m_dataView->showMessage(
            m_lockReason.isEmpty()
                ? tr("This session may not read the data of %1 (NOAUTH): none of its identities "
                     "has the READ permission in the node's ACL.")
                      .arg(path)
                : m_lockReason);
        // The stat needs no permission.
        const quint64 generation = m_generation;
        continueOnGui(m_session->exists(path), this,
                      [this, generation, path](const Result<ZnodeStat> &stat) {
                          if (generation == m_generation && stat)
                              showStat(path, *stat);
                      });
    } else if (error.is(ZkError::NoNode)) {
        m_dataView->showMessage(tr("%1 no longer exists.").arg(path));
        m_statModel->setStat(std::nullopt);
        Q_EMIT nodeMissing(path);
    } else {
        m_dataView->showMessage(tr("Could not read %1: %2").arg(path, error.toDisplayString()));
        m_statModel->setStat(std::nullopt);
    }
    Q_EMIT loaded(path, false);
}

void NodeDetailsWidget::showStat(const QString &path, const ZnodeStat &stat)
{
    m_statModel->setOwnSessionId(m_session->sessionId());
    m_statModel->setStat(stat);
    m_statView->resizeColumnToContents(ZnodeStatModel::FieldColumn);
    Q_EMIT statRead(path, stat);
}

void NodeDetailsWidget::save(const QByteArray &data, int version)
{
    if (m_readOnly || m_path.isEmpty())
        return;
    const QString path = m_path;
    const quint64 generation = m_generation;
    m_dataView->setBusy(true);
    m_banner->clear();
    continueOnGui(
        m_session->setData(path, data, version), this,
        [this, generation, path, data, version](const Result<ZnodeStat> &result) {
            m_dataView->setBusy(false);
            if (generation != m_generation)
                return; // another node is shown: its view is not this edit's
            if (result) {
                m_dataView->setData(path, data, *result);
                showStat(path, *result);
                Q_EMIT statusMessage(tr("Saved %1 (version %2).").arg(path).arg(result->version));
                Q_EMIT saveFinished(path, true);
                return;
            }
            const Error &error = result.error();
            if (error.is(ZkError::BadVersion)) {
                // Nothing was overwritten: show what the server has now and let the admin
                // decide.
                continueOnGui(m_session->getData(path), this,
                              [this, generation, path, version](const Result<ZnodeData> &theirs) {
                                  if (generation != m_generation)
                                      return;
                                  if (theirs) {
                                      m_dataView->showConflict(theirs->data, theirs->stat);
                                      showStat(path, theirs->stat);
                                  } else {
                                      m_banner->showMessage(
                                          BannerWidget::Kind::Error,
                                          tr("Not saved: %1 changed after version %2, and its "
                                             "newer data could not be read: %3")
                                              .arg(path)
                                              .arg(version)
                                              .arg(theirs.error().toDisplayString()));
                                  }
                                  Q_EMIT saveFinished(path, false);
                              });
                return;
            }
            Error failed = error;
            if (!error.message.contains(path))
                failed.message = tr("Could not save %1: %2").arg(path, error.message);
            m_banner->showError(tr("Save %1").arg(path), failed);
            Q_EMIT saveFinished(path, false);
        });
}

} // namespace Portier
