// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/recursive_delete_dialog.h"

#include "backends/zookeeper/zk_session.h"
#include "ui/gui_continuation.h"
#include "ui/operation_widget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>
#include <algorithm>

namespace Portier {

RecursiveDeleteDialog::RecursiveDeleteDialog(std::shared_ptr<ZkSession> session,
                                             const QString &root, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_root(root)
    , m_summary(new QLabel)
    , m_list(new QListView)
    , m_listModel(new QStringListModel(this))
    , m_confirm(new QCheckBox)
    , m_operation(new OperationWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("recursiveDeleteDialog"));
    setWindowTitle(tr("Delete %1 Recursively").arg(root));
    setWindowModality(Qt::WindowModal);

    m_summary->setObjectName(QStringLiteral("deleteSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("deletePreview"));
    m_list->setModel(m_listModel);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confirm->setObjectName(QStringLiteral("deleteConfirm"));
    m_confirm->setEnabled(false);
    m_delete = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    connect(m_confirm, &QCheckBox::toggled, this,
            [this](bool checked) { m_delete->setEnabled(checked && m_stage == Stage::Confirm); });
    connect(m_delete, &QPushButton::clicked, this, &RecursiveDeleteDialog::startDeleting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecursiveDeleteDialog::reject);
    connect(m_operation, &OperationWidget::cancelled, this, [this] {
        if (m_stage == Stage::Scanning) {
            m_summary->setText(tr("Listing cancelled: nothing was deleted."));
            setStage(Stage::Done);
        } else if (m_stage == Stage::Deleting) {
            m_cancelled = true;
            // Requests already sent complete; nothing new is sent.
            if (m_inFlight == 0)
                finish(true);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_operation);
    layout->addWidget(m_buttons);
    resize(640, 480);

    startScan();
}

RecursiveDeleteDialog::~RecursiveDeleteDialog()
{
    if (!m_scan.isFinished())
        m_scan.cancel();
    if (m_progress) {
        m_progress->finish();
        m_progress.reset();
    }
}

void RecursiveDeleteDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_confirm->setEnabled(stage == Stage::Confirm);
    m_delete->setEnabled(stage == Stage::Confirm && m_confirm->isChecked());
    m_delete->setVisible(stage == Stage::Scanning || stage == Stage::Confirm);
    if (stage == Stage::Done) {
        m_buttons->clear();
        m_buttons->addButton(QDialogButtonBox::Close);
    }
    Q_EMIT stageChanged(stage);
}

void RecursiveDeleteDialog::startScan()
{
    m_summary->setText(tr("Listing every znode below %1…").arg(m_root));
    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = m_root;
    m_scan = ScanEngine::scan(m_session, options);
    m_operation->start(tr("Listing %1").arg(m_root), QFuture<void>(m_scan));
    continueOnGui(m_scan, this, [this](const Result<ScanResult> &result) { applyScan(result); });
    setStage(Stage::Scanning);
}

void RecursiveDeleteDialog::applyScan(const Result<ScanResult> &result)
{
    m_operation->stop();
    if (!result) {
        m_summary->setText(tr("Could not list %1: %2 Nothing was deleted.")
                               .arg(m_root, result.error().toDisplayString()));
        setStage(Stage::Done);
        return;
    }
    const ScanResult &scan = result.value();
    int ephemeral = 0;
    int unreadable = 0;
    m_paths.clear();
    m_paths.reserve(scan.nodes.size());
    for (const ZnodeRecord &record : scan.nodes) {
        m_paths.append(record.path);
        if (record.stat.isEphemeral())
            ++ephemeral;
        if (record.error == QLatin1String("NOAUTH"))
            ++unreadable;
    }
    m_partial = scan.partial;
    m_listModel->setStringList(m_paths);
    if (m_paths.isEmpty()) {
        m_summary->setText(tr("%1 no longer exists: nothing to delete.").arg(m_root));
        setStage(Stage::Done);
        return;
    }

    const QLocale locale;
    QStringList lines;
    lines.append(tr("%1 znodes will be deleted: %2 and everything below it.")
                     .arg(locale.toString(qsizetype(m_paths.size())), m_root));
    if (ephemeral > 0)
        lines.append(tr("%1 of them are ephemeral: the sessions that own them (services that "
                        "are running) lose them.")
                         .arg(locale.toString(ephemeral)));
    if (unreadable > 0)
        lines.append(tr("%1 of them may not be read by this session (NOAUTH): their children "
                        "are unknown, and deleting them and their parents will fail.")
                         .arg(locale.toString(unreadable)));
    if (m_partial)
        lines.append(tr("The listing is incomplete (%1): znodes it did not see stay, and their "
                        "parents cannot be deleted.")
                         .arg(scan.partialReason));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_confirm->setText(tr("I understand that %1 znodes below %2 will be deleted for good.")
                           .arg(locale.toString(qsizetype(m_paths.size())), m_root));
    setStage(Stage::Confirm);
}

void RecursiveDeleteDialog::confirmAndDelete()
{
    if (m_stage != Stage::Confirm)
        return;
    m_confirm->setChecked(true);
    startDeleting();
}

void RecursiveDeleteDialog::startDeleting()
{
    if (m_stage != Stage::Confirm || !m_confirm->isChecked())
        return;
    // The scan lists parents before children: backwards, every znode comes after all of its
    // descendants, and one session's requests are applied in the order they were sent.
    std::reverse(m_paths.begin(), m_paths.end());
    m_next = 0;
    m_inFlight = 0;
    m_deleted = 0;
    m_failures.clear();
    m_cancelled = false;
    m_progress = std::make_unique<QPromise<void>>();
    m_progress->start();
    m_progress->setProgressRange(0, int(m_paths.size()));
    m_operation->start(tr("Deleting %1").arg(m_root), m_progress->future());
    setStage(Stage::Deleting);
    sendMore();
}

void RecursiveDeleteDialog::sendMore()
{
    // An answer can come back inside continueOnGui (the future finished before the
    // continuation was attached): no recursion, the loop here keeps sending.
    if (m_sending)
        return;
    m_sending = true;
    while (!m_cancelled && m_inFlight < Window && m_next < m_paths.size()) {
        const QString path = m_paths.at(m_next++);
        ++m_inFlight;
        continueOnGui(m_session->remove(path), this,
                      [this, path](const Result<void> &result) { deleteDone(path, result); });
    }
    m_sending = false;
    if (m_inFlight == 0 && (m_cancelled || m_next >= m_paths.size()))
        finish(m_cancelled);
}

void RecursiveDeleteDialog::deleteDone(const QString &path, const Result<void> &result)
{
    --m_inFlight;
    if (result || result.error().is(ZkError::NoNode))
        ++m_deleted; // gone either way
    else
        m_failures.append(tr("%1: %2").arg(path, result.error().message));
    if (m_progress)
        m_progress->setProgressValue(m_deleted + int(m_failures.size()));
    if (m_sending)
        return; // the sending loop goes on and finishes
    sendMore();
}

void RecursiveDeleteDialog::finish(bool cancelled)
{
    if (m_stage == Stage::Done)
        return;
    m_operation->stop();
    if (m_progress) {
        m_progress->finish();
        m_progress.reset();
    }
    const QLocale locale;
    QString text;
    if (cancelled)
        text = tr("Cancelled: %1 of %2 znodes were deleted.")
                   .arg(locale.toString(m_deleted), locale.toString(qsizetype(m_paths.size())));
    else if (m_failures.isEmpty())
        text = tr("Deleted %1 and all %2 znodes below and including it.")
                   .arg(m_root, locale.toString(m_deleted));
    else
        text = tr("Deleted %1 of %2 znodes; %3 could not be deleted:")
                   .arg(locale.toString(m_deleted), locale.toString(qsizetype(m_paths.size())),
                        locale.toString(qsizetype(m_failures.size())));
    m_summary->setText(text);
    m_listModel->setStringList(m_failures);
    setStage(Stage::Done);
    Q_EMIT deleted(m_root, m_deleted);
}

QString RecursiveDeleteDialog::summaryText() const
{
    return m_summary->text();
}

void RecursiveDeleteDialog::reject()
{
    if (m_stage == Stage::Deleting) {
        // Closing while deleting means stop: what was sent completes, then the summary shows.
        m_cancelled = true;
        return;
    }
    if (m_stage == Stage::Scanning && !m_scan.isFinished())
        m_scan.cancel();
    QDialog::reject();
}

} // namespace Portier
