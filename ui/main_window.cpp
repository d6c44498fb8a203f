// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "ui/kerberos_pane.h"
#include "ui/zookeeper/zookeeper_pane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace Portier {

namespace {

constexpr int StatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(BackendContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_fileMenu(menuBar()->addMenu(tr("&File")))
    , m_kerberosPane(new KerberosPane(context))
    , m_zookeeperPane(new ZooKeeperPane(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Portier"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.portier.Portier.svg")));
    setAcceptDrops(true);

    m_sidebar->setObjectName(QStringLiteral("paneList"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setFixedWidth(150);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_fileMenu->addAction(m_kerberosPane->action(KerberosPane::Action::OpenKeytab));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_paneMenuAnchor = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        m_paneMenuAnchor->addAction(tr("&About Portier"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_paneMenuAnchor->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    addPane(m_kerberosPane);
    addPane(m_zookeeperPane);
    statusBar()->setSizeGripEnabled(true);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(Pane *pane)
{
    m_panes.append(pane);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_sidebar);
    item->setSizeHint(QSize(0, 40));
    // The pane's own menu sits before Help, in sidebar order.
    QMenu *menu = new QMenu(pane->title(), this);
    menu->addActions(pane->menuActions());
    menuBar()->insertMenu(m_paneMenuAnchor->menuAction(), menu);
    connect(pane, &Pane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    if (m_panes.size() == 1)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::setCurrentPane(Pane *pane)
{
    const int row = int(m_panes.indexOf(pane));
    if (row >= 0)
        m_sidebar->setCurrentRow(row);
}

Pane *MainWindow::currentPane() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_panes.size() ? m_panes.at(row) : nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    QList<Pane *> order = m_panes;
    if (Pane *current = currentPane())
        order.move(order.indexOf(current), 0);
    for (Pane *pane : std::as_const(order)) {
        if (pane->openFile(path)) {
            setCurrentPane(pane);
            return true;
        }
    }
    statusBar()->showMessage(tr("No pane can open %1.").arg(path), StatusMessageMs);
    return false;
}

QStringList MainWindow::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir())
            files.append(url.toLocalFile());
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Portier"));
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Portier %1</h3>"
                    "<p>A console for Linux identity and coordination infrastructure: Kerberos "
                    "credential caches and keytabs, and ZooKeeper znodes with their access "
                    "control lists, with the evidence beside every result.</p>"
                    "<p>Built with Qt %2, running on Qt %3.</p>"
                    "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                     .arg(QStringLiteral(PORTIER_VERSION), QStringLiteral(QT_VERSION_STR),
                          QString::fromLatin1(qVersion())));
    box->open();
}

} // namespace Portier
