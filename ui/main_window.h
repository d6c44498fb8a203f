// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

class QListWidget;
class QMenu;
class QMimeData;
class QStackedWidget;

namespace Portier {

class BackendContext;
class KerberosPane;
class Pane;
class ZooKeeperPane;

/// The console window: a sidebar of panes (one per area: Kerberos now; ZooKeeper, Vault, AD
/// join as they arrive), each pane's commands in a menu of its own, File and Help menus. Local
/// files dropped on the window go to the pane that takes them (a keytab: the Kerberos pane).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(BackendContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPane(Pane *pane);
    void setCurrentPane(Pane *pane);
    Pane *currentPane() const;
    QList<Pane *> panes() const { return m_panes; }
    KerberosPane *kerberosPane() const { return m_kerberosPane; }
    ZooKeeperPane *zookeeperPane() const { return m_zookeeperPane; }

    /// Offers @p path to the current pane first, then to the others; false if none took it.
    bool openFile(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    static QStringList localFiles(const QMimeData *mime);

    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QMenu *m_fileMenu;
    QMenu *m_paneMenuAnchor = nullptr;
    QList<Pane *> m_panes;
    KerberosPane *m_kerberosPane;
    ZooKeeperPane *m_zookeeperPane;
};

} // namespace Portier
