// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/snapshot_dialog.h"

#include "backends/zookeeper/acl_syntax.h"
#include "backends/zookeeper/zk_session.h"
#include "models/status_palette.h"
#include "models/value_list_model.h"
#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"
#include "ui/operation_widget.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Portier {

namespace {

constexpr int KindRole = Qt::UserRole + 1; ///< "added", "removed", "acl-changed", "data-changed"

using Kind = SnapshotDiff::Change::Kind;

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::AclChanged:
        return QStringLiteral("acl-changed");
    case Kind::DataChanged:
        break;
    }
    return QStringLiteral("data-changed");
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return SnapshotDialog::tr("added");
    case Kind::Removed:
        return SnapshotDialog::tr("removed");
    case Kind::AclChanged:
        return SnapshotDialog::tr("ACL changed");
    case Kind::DataChanged:
        break;
    }
    return SnapshotDialog::tr("data changed");
}

} // namespace

// The differences: kind, path, ACL before, ACL after.
class SnapshotDialog::ChangesModel : public ValueListModel<SnapshotDiff::Change>
{
public:
    enum Column
    {
        KindColumn,
        PathColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    explicit ChangesModel(QObject *parent)
        : ValueListModel(ColumnCount, parent)
    {}

protected:
    QVariant cellData(const SnapshotDiff::Change &change, const QModelIndex &index,
                      int role) const override
    {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
            case KindColumn:
                return kindText(change.kind);
            case PathColumn:
                return change.path;
            case BeforeColumn:
                return AclSyntax::formatAcl(change.aclBefore);
            case AfterColumn:
                return AclSyntax::formatAcl(change.aclAfter);
            }
            return {};
        case Qt::ForegroundRole:
            if (index.column() == KindColumn && change.kind == Kind::AclChanged)
                return StatusPalette::foreground(StatusPalette::Level::Warning);
            return {};
        case Qt::FontRole:
            if (index.column() == BeforeColumn || index.column() == AfterColumn)
                return QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return {};
        case KindRole:
            return kindKey(change.kind);
        default:
            return {};
        }
    }
    QString columnHeader(int column) const override
    {
        switch (column) {
        case KindColumn:
            return SnapshotDialog::tr("Change");
        case PathColumn:
            return SnapshotDialog::tr("Path");
        case BeforeColumn:
            return SnapshotDialog::tr("ACL Before");
        case AfterColumn:
            return SnapshotDialog::tr("ACL After");
        }
        return {};
    }
};

SnapshotDialog::SnapshotDialog(std::shared_ptr<ZkSession> session, const QString &root,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_banner(new BannerWidget)
    , m_tabs(new QTabWidget)
    , m_root(new QLineEdit(root.isEmpty() ? QStringLiteral("/") : root))
    , m_withData(new QCheckBox(tr("Include the &data (base64)")))
    , m_exportFile(new QLineEdit)
    , m_browseExport(new QToolButton)
    , m_export(new QPushButton(tr("&Export")))
    , m_beforeFile(new QLineEdit)
    , m_browseBefore(new QToolButton)
    , m_live(new QRadioButton(tr("The &live tree")))
    , m_otherSnapshot(new QRadioButton(tr("Another &snapshot:")))
    , m_afterFile(new QLineEdit)
    , m_browseAfter(new QToolButton)
    , m_compare(new QPushButton(tr("&Compare")))
    , m_summary(new QLabel)
    , m_aclOnly(new QCheckBox(tr("Only &ACL changes")))
    , m_changesView(new QTableView)
    , m_changesModel(new ChangesModel(this))
    , m_changesProxy(new QSortFilterProxyModel(this))
    , m_operation(new OperationWidget)
{
    setObjectName(QStringLiteral("snapshotDialog"));
    setWindowTitle(tr("ZooKeeper Snapshots"));
    m_io.setMaxThreadCount(1);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested =
        QStringLiteral("zookeeper-snapshot-%1.json")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_root->setObjectName(QStringLiteral("snapshotRoot"));
    m_withData->setObjectName(QStringLiteral("snapshotWithData"));
    m_withData->setToolTip(tr("Without data the snapshot holds paths, stats and ACLs only"));
    m_exportFile->setObjectName(QStringLiteral("snapshotExportFile"));
    m_exportFile->setText(QDir(documents).filePath(suggested));
    m_browseExport->setText(tr("…"));
    m_browseExport->setToolTip(tr("Choose where to write the snapshot"));
    m_export->setObjectName(QStringLiteral("snapshotExport"));
    m_beforeFile->setObjectName(QStringLiteral("snapshotBeforeFile"));
    m_beforeFile->setPlaceholderText(tr("snapshot file"));
    m_browseBefore->setText(tr("…"));
    m_live->setObjectName(QStringLiteral("compareLive"));
    m_otherSnapshot->setObjectName(QStringLiteral("compareSnapshot"));
    m_live->setChecked(true);
    m_afterFile->setObjectName(QStringLiteral("snapshotAfterFile"));
    m_afterFile->setPlaceholderText(tr("snapshot file"));
    m_browseAfter->setText(tr("…"));
    m_compare->setObjectName(QStringLiteral("snapshotCompare"));
    m_summary->setObjectName(QStringLiteral("snapshotSummary"));
    m_summary->setWordWrap(true);
    m_aclOnly->setObjectName(QStringLiteral("snapshotAclOnly"));

    m_changesProxy->setSourceModel(m_changesModel);
    m_changesProxy->setFilterRole(KindRole);
    m_changesView->setObjectName(QStringLiteral("snapshotChanges"));
    m_changesView->setModel(m_changesProxy);
    m_changesView->setSortingEnabled(true);
    m_changesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_changesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->verticalHeader()->hide();
    m_changesView->setWordWrap(false);
    m_changesView->horizontalHeader()->setStretchLastSection(true);
    m_changesView->horizontalHeader()->resizeSection(ChangesModel::PathColumn, 260);
    m_changesView->horizontalHeader()->resizeSection(ChangesModel::BeforeColumn, 240);

    // Export page.
    auto *exportPage = new QWidget;
    auto *exportForm = new QFormLayout(exportPage);
    exportForm->addRow(tr("S&ubtree:"), m_root);
    exportForm->addRow(QString(), m_withData);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportFile, 1);
    exportRow->addWidget(m_browseExport);
    auto *exportLabel = new QLabel(tr("&File:"));
    exportLabel->setBuddy(m_exportFile);
    exportForm->addRow(exportLabel, exportRow);
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addStretch();
    exportButtons->addWidget(m_export);
    exportForm->addRow(exportButtons);

    // Compare page.
    auto *comparePage = new QWidget;
    auto *compareLayout = new QVBoxLayout(comparePage);
    auto *compareForm = new QFormLayout;
    auto *beforeRow = new QHBoxLayout;
    beforeRow->addWidget(m_beforeFile, 1);
    beforeRow->addWidget(m_browseBefore);
    auto *beforeLabel = new QLabel(tr("&Before:"));
    beforeLabel->setBuddy(m_beforeFile);
    compareForm->addRow(beforeLabel, beforeRow);
    auto *afterRow = new QHBoxLayout;
    afterRow->addWidget(m_live);
    afterRow->addWidget(m_otherSnapshot);
    afterRow->addWidget(m_afterFile, 1);
    afterRow->addWidget(m_browseAfter);
    compareForm->addRow(tr("After:"), afterRow);
    compareLayout->addLayout(compareForm);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addWidget(m_summary, 1);
    compareRow->addWidget(m_aclOnly);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_changesView, 1);

    m_tabs->setObjectName(QStringLiteral("snapshotTabs"));
    m_tabs->addTab(exportPage, tr("Export"));
    m_tabs->addTab(comparePage, tr("Compare"));

    auto *close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_operation);
    layout->addLayout(bottom);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &SnapshotDialog::exportSnapshot);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotDialog::compare);
    connect(m_browseExport, &QToolButton::clicked, this,
            [this] { chooseFile(m_exportFile, true); });
    connect(m_browseBefore, &QToolButton::clicked, this,
            [this] { chooseFile(m_beforeFile, false); });
    connect(m_browseAfter, &QToolButton::clicked, this, [this] {
        m_otherSnapshot->setChecked(true);
        chooseFile(m_afterFile, false);
    });
    for (QLineEdit *edit : {m_root, m_exportFile, m_beforeFile, m_afterFile})
        connect(edit, &QLineEdit::textChanged, this, &SnapshotDialog::updateState);
    connect(m_live, &QRadioButton::toggled, this, &SnapshotDialog::updateState);
    connect(m_aclOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_changesProxy->setFilterFixedString(only ? QStringLiteral("acl-changed") : QString());
    });
    connect(m_operation, &OperationWidget::cancelled, this, [this] {
        ++m_generation;
        m_running = false;
        m_banner->showMessage(BannerWidget::Kind::Information, tr("Cancelled."));
        updateState();
        if (m_exporting)
            Q_EMIT exported(false);
        else
            Q_EMIT compared(false);
    });

    resize(820, 560);
    updateState();
}

SnapshotDialog::~SnapshotDialog()
{
    // Qt 6.4: cancel only what has not finished (see OperationWidget).
    if (m_running && !m_scan.isFinished())
        m_scan.cancel();
    m_io.waitForDone();
}

QString SnapshotDialog::root() const
{
    const QString text = m_root->text().trimmed();
    return text.isEmpty() ? QStringLiteral("/") : text;
}

void SnapshotDialog::setRoot(const QString &root)
{
    m_root->setText(root);
}

bool SnapshotDialog::withData() const
{
    return m_withData->isChecked();
}

void SnapshotDialog::setWithData(bool withData)
{
    m_withData->setChecked(withData);
}

QString SnapshotDialog::exportFile() const
{
    return m_exportFile->text().trimmed();
}

void SnapshotDialog::setExportFile(const QString &fileName)
{
    m_exportFile->setText(fileName);
}

void SnapshotDialog::setBeforeFile(const QString &fileName)
{
    m_beforeFile->setText(fileName);
}

void SnapshotDialog::setAfterFile(const QString &fileName)
{
    m_afterFile->setText(fileName);
    setCompareWithLive(fileName.isEmpty());
}

void SnapshotDialog::setCompareWithLive(bool live)
{
    (live ? m_live : m_otherSnapshot)->setChecked(true);
}

QAbstractItemModel *SnapshotDialog::changesModel() const
{
    return m_changesModel;
}

QString SnapshotDialog::diffSummary() const
{
    return m_summary->text();
}

void SnapshotDialog::fail(const QString &text, bool exporting)
{
    m_running = false;
    m_operation->stop();
    m_banner->showMessage(BannerWidget::Kind::Error, text);
    finishFailure(exporting);
}

void SnapshotDialog::fail(const QString &action, const Error &error, bool exporting)
{
    m_running = false;
    m_operation->stop();
    m_banner->showError(action, error);
    finishFailure(exporting);
}

void SnapshotDialog::finishFailure(bool exporting)
{
    updateState();
    if (exporting)
        Q_EMIT exported(false);
    else
        Q_EMIT compared(false);
}

void SnapshotDialog::exportSnapshot()
{
    if (m_running || !m_session)
        return;
    const QString rootPath = root();
    const QString fileName = exportFile();
    if (!rootPath.startsWith(QLatin1Char('/')) || fileName.isEmpty()) {
        m_banner->showMessage(BannerWidget::Kind::Error,
                              tr("Give an absolute subtree path (such as /kafka) and a file to "
                                 "write the snapshot to."));
        Q_EMIT exported(false);
        return;
    }
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_exporting = true;
    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = rootPath;
    options.withData = withData();
    const QFuture<Result<ScanResult>> scan = ScanEngine::scan(m_session, options);
    m_scan = QFuture<void>(scan);
    m_operation->start(tr("Reading %1…").arg(rootPath), m_scan);
    const bool data = options.withData;
    continueOnGui(scan, this, [this, generation, data, fileName](const Result<ScanResult> &result) {
        exportScanned(generation, result, data, fileName);
    });
    updateState();
}

void SnapshotDialog::exportScanned(quint64 generation, const Result<ScanResult> &result,
                                   bool withData, const QString &fileName)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation)
        return;
    if (!result) {
        Error failed = result.error();
        failed.message = tr("Could not read %1: %2").arg(root(), failed.message);
        fail(tr("Read %1").arg(root()), failed, true);
        return;
    }
    if (result->partial) {
        // A partial snapshot would later show the missing nodes as removed.
        fail(tr("The scan of %1 did not finish (%2); no snapshot was written. Try again.")
                 .arg(root(), result->partialReason),
             true);
        return;
    }
    ZkSnapshot snapshot;
    snapshot.connectString = m_session->options().connectString;
    snapshot.root = root();
    snapshot.taken = QDateTime::currentDateTimeUtc();
    snapshot.withData = withData;
    snapshot.nodes = result->nodes;
    const int count = static_cast<int>(snapshot.nodes.size());
    const QFuture<Result<void>> saved = QtConcurrent::run(&m_io, [snapshot, fileName] {
        const QString directory = QFileInfo(fileName).absolutePath();
        QDir().mkpath(directory);
        return snapshot.save(fileName);
    });
    continueOnGui(saved, this, [this, generation, fileName, count](const Result<void> &written) {
        if (generation != m_generation)
            return;
        if (!written) {
            fail(tr("Write the snapshot %1").arg(fileName), written.error(), true);
            return;
        }
        m_running = false;
        m_operation->stop();
        m_banner->showMessage(BannerWidget::Kind::Positive,
                              tr("%n node(s) written to %1.", nullptr, count).arg(fileName));
        // The natural next step: compare this snapshot with the tree later.
        if (m_beforeFile->text().isEmpty())
            m_beforeFile->setText(fileName);
        updateState();
        Q_EMIT exported(true);
    });
}

void SnapshotDialog::compare()
{
    if (m_running || !m_session)
        return;
    const QString before = m_beforeFile->text().trimmed();
    const bool live = m_live->isChecked();
    const QString after = live ? QString() : m_afterFile->text().trimmed();
    if (before.isEmpty() || (!live && after.isEmpty())) {
        m_banner->showMessage(BannerWidget::Kind::Error,
                              tr("Choose the snapshot to compare, and the live tree or a second "
                                 "snapshot."));
        Q_EMIT compared(false);
        return;
    }
    m_banner->clear();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_exporting = false;
    const QFuture<Result<QList<ZkSnapshot>>> loaded =
        QtConcurrent::run(&m_io, [before, after]() -> Result<QList<ZkSnapshot>> {
            QList<ZkSnapshot> snapshots;
            for (const QString &file : {before, after}) {
                if (file.isEmpty())
                    continue;
                Result<ZkSnapshot> snapshot = ZkSnapshot::load(file);
                if (!snapshot)
                    return snapshot.error();
                snapshots.append(std::move(snapshot).value());
            }
            return snapshots;
        });
    m_operation->start(tr("Reading the snapshots…"), QFuture<void>(loaded));
    continueOnGui(loaded, this, [this, generation, live](const Result<QList<ZkSnapshot>> &result) {
        compareLoaded(generation, result, live);
    });
    updateState();
}

void SnapshotDialog::compareLoaded(quint64 generation, const Result<QList<ZkSnapshot>> &loaded,
                                   bool live)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != m_generation)
        return;
    if (!loaded) {
        fail(tr("Load the snapshots"), loaded.error(), false);
        return;
    }
    const ZkSnapshot before = loaded->constFirst();
    const QString beforeName = QFileInfo(m_beforeFile->text().trimmed()).fileName();
    if (!live) {
        const ZkSnapshot after = loaded->value(1);
        const QString afterName = QFileInfo(m_afterFile->text().trimmed()).fileName();
        const QFuture<SnapshotDiff> diff = QtConcurrent::run(
            &m_io, [before, after] { return SnapshotDiff::compare(before, after); });
        continueOnGui(diff, this,
                      [this, generation, beforeName, afterName](const SnapshotDiff &result) {
                          showDiff(generation, result, beforeName, afterName);
                      });
        return;
    }

    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = before.root;
    options.withData = before.withData;
    const QFuture<Result<ScanResult>> scan = ScanEngine::scan(m_session, options);
    m_scan = QFuture<void>(scan);
    m_operation->start(tr("Reading the live tree under %1…").arg(before.root), m_scan);
    const QString connectString = m_session->options().connectString;
    continueOnGui(
        scan, this,
        [this, generation, before, beforeName, connectString](const Result<ScanResult> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                Error failed = result.error();
                failed.message = tr("Could not read the live tree under %1: %2")
                                     .arg(before.root, failed.message);
                fail(tr("Read the live tree under %1").arg(before.root), failed, false);
                return;
            }
            if (result->partial) {
                fail(tr("The scan of the live tree under %1 did not finish (%2): "
                        "compare again.")
                         .arg(before.root, result->partialReason),
                     false);
                return;
            }
            ZkSnapshot after;
            after.connectString = connectString;
            after.root = before.root;
            after.taken = QDateTime::currentDateTimeUtc();
            after.withData = before.withData;
            after.nodes = result->nodes;
            const QFuture<SnapshotDiff> diff = QtConcurrent::run(
                &m_io, [before, after] { return SnapshotDiff::compare(before, after); });
            continueOnGui(diff, this, [this, generation, beforeName](const SnapshotDiff &changes) {
                showDiff(generation, changes, beforeName, tr("the live tree"));
            });
        });
}

void SnapshotDialog::showDiff(quint64 generation, const SnapshotDiff &diff,
                              const QString &beforeName, const QString &afterName)
{
    if (generation != m_generation)
        return;
    m_running = false;
    m_operation->stop();
    m_diff = diff;
    m_hasDiff = true;
    m_changesModel->setItems(diff.changes);
    int added = 0;
    int removed = 0;
    int acl = 0;
    int data = 0;
    for (const SnapshotDiff::Change &change : diff.changes) {
        switch (change.kind) {
        case Kind::Added:
            ++added;
            break;
        case Kind::Removed:
            ++removed;
            break;
        case Kind::AclChanged:
            ++acl;
            break;
        case Kind::DataChanged:
            ++data;
            break;
        }
    }
    if (diff.isEmpty()) {
        m_summary->setText(tr("No difference between %1 and %2.").arg(beforeName, afterName));
    } else {
        m_summary->setText(tr("%1 → %2: ").arg(beforeName, afterName) +
                           tr("%n ACL(s) changed", nullptr, acl) + QStringLiteral(", ") +
                           tr("%n node(s) added", nullptr, added) + QStringLiteral(", ") +
                           tr("%n removed", nullptr, removed) + QStringLiteral(", ") +
                           tr("%n with changed data", nullptr, data) + QLatin1Char('.'));
    }
    m_tabs->setCurrentIndex(1);
    updateState();
    Q_EMIT compared(true);
}

void SnapshotDialog::chooseFile(QLineEdit *edit, bool save)
{
    auto *files = new QFileDialog(this, save ? tr("Write Snapshot") : tr("Open Snapshot"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    files->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    files->setNameFilters({tr("Snapshots (*.json)"), tr("All files (*)")});
    files->setDefaultSuffix(QStringLiteral("json"));
    if (!edit->text().isEmpty())
        files->selectFile(edit->text());
    connect(files, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    files->open();
}

void SnapshotDialog::cancel()
{
    if (!m_operation->isRunning())
        return;
    if (QPushButton *button =
            m_operation->findChild<QPushButton *>(QStringLiteral("operationCancel")))
        button->click();
}

void SnapshotDialog::updateState()
{
    const bool idle = !m_running && m_session;
    m_export->setEnabled(idle && !exportFile().isEmpty());
    m_compare->setEnabled(idle && !m_beforeFile->text().trimmed().isEmpty() &&
                          (m_live->isChecked() || !m_afterFile->text().trimmed().isEmpty()));
    m_afterFile->setEnabled(!m_live->isChecked());
    for (QWidget *widget :
         {static_cast<QWidget *>(m_root), static_cast<QWidget *>(m_withData),
          static_cast<QWidget *>(m_exportFile), static_cast<QWidget *>(m_beforeFile)})
        widget->setEnabled(!m_running);
}

} // namespace Portier
