// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Portier {

/// A message strip inside a pane for recoverable problems and notices (in the manner of
/// KMessageWidget): an icon, a text, optional action buttons and a close button. Hidden until
/// showMessage().
class BannerWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit BannerWidget(QWidget *parent = nullptr);

    /// Shows @p text (plain text) with buttons for @p actions, replacing the previous message.
    /// The actions are not owned.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    /// Hides the banner (no dismissed() signal: that is for the user's close click).
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accentColor() const;

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace Portier
