// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"

#include <QFrame>
#include <QList>

#include <optional>

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
    /// Shows @p error as an Error banner: its message and hint, then the library's detail.
    /// When the error carries evidence (log excerpts, known-problem diagnoses, library text),
    /// a "Show Evidence" button opens it in a ResultEvidenceView, titled @p action ("Change the
    /// ACL of /kafka"), so that the banner stays short and the evidence stays one click away.
    void showError(const QString &action, const Error &error, const QList<QAction *> &actions = {});
    /// The error the banner shows, when it was set with showError().
    const std::optional<Error> &error() const { return m_error; }
    /// Opens the evidence of the error shown (what the "Show Evidence" button does).
    void showEvidence();

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
    std::optional<Error> m_error;
    QString m_errorAction;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QAction *m_evidenceAction;
    QToolButton *m_close;
};

} // namespace Portier
