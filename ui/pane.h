// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;

namespace Portier {

/// One area of the console (Kerberos, ZooKeeper, Vault, AD): a page of the main window's sidebar.
/// The main window knows panes only through this interface, so adding an area is adding a pane.
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Sidebar and menu title, translated.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// The pane's commands, for a menu of the same title in the main window.
    virtual QList<QAction *> menuActions() const = 0;
    /// Re-read the state the pane shows.
    virtual void refresh() = 0;
    /// Local files dropped on the window or given on the command line; true if the pane took
    /// the file (e.g. a keytab for the Kerberos pane).
    virtual bool openFile(const QString &path) = 0;

Q_SIGNALS:
    /// A short, transient message for the status bar.
    void statusMessage(const QString &text);
};

} // namespace Portier
