// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/banner_widget.h"

#include "models/status_palette.h"
#include "ui/result_evidence_view.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portier {

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_evidenceAction(new QAction(tr("Show Evidence"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_evidenceAction->setObjectName(QStringLiteral("showEvidence"));
    m_evidenceAction->setToolTip(
        tr("The log lines, the library's message and the known problems that match them"));
    connect(m_evidenceAction, &QAction::triggered, this, &BannerWidget::showEvidence);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_buttons->setSpacing(4);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/window-close.svg")));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void BannerWidget::showError(const QString &action, const Error &error,
                             const QList<QAction *> &actions)
{
    QString text = error.toDisplayString();
    if (!error.detail.isEmpty() && !text.contains(error.detail))
        text += QLatin1Char(' ') + tr("(%1)").arg(error.detail);
    const bool hasEvidence =
        !error.evidence.isEmpty() || !error.diagnoses.isEmpty() || !error.detail.isEmpty();
    showMessage(Kind::Error, text,
                hasEvidence ? QList<QAction *>{m_evidenceAction} + actions : actions);
    m_error = error;
    m_errorAction = action;
}

void BannerWidget::showEvidence()
{
    if (!m_error)
        return;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("evidenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Evidence: %1").arg(m_errorAction));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new ResultEvidenceView(dialog);
    layout->addWidget(view);
    view->showError(m_errorAction, *m_error, QString());
    connect(view, &ResultEvidenceView::closeRequested, dialog, &QDialog::close);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(760, 480)));
    dialog->open();
}

void BannerWidget::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_error.reset();
    m_kind = kind;
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->addWidget(button);
    }
    QString iconName;
    switch (kind) {
    case Kind::Information:
        iconName = QStringLiteral(":/icons/status-info.svg");
        break;
    case Kind::Positive:
        iconName = QStringLiteral(":/icons/status-ok.svg");
        break;
    case Kind::Warning:
        iconName = QStringLiteral(":/icons/status-warning.svg");
        break;
    case Kind::Error:
        iconName = QStringLiteral(":/icons/status-critical.svg");
        break;
    }
    m_icon->setPixmap(QIcon(iconName).pixmap(QSize(18, 18), devicePixelRatioF()));
    setAccessibleName(text);
    show();
    update();
}

void BannerWidget::clear()
{
    m_error.reset();
    hide();
    m_text->clear();
}

QString BannerWidget::text() const
{
    return m_text->text();
}

QColor BannerWidget::accentColor() const
{
    switch (m_kind) {
    case Kind::Information:
        return QColor(0x2f, 0x6f, 0xb3);
    case Kind::Positive:
        return QColor(0x2e, 0x85, 0x40);
    case Kind::Warning:
        return StatusPalette::foreground(StatusPalette::Level::Warning);
    case Kind::Error:
        return StatusPalette::foreground(StatusPalette::Level::Critical);
    }
    return palette().color(QPalette::Highlight);
}

void BannerWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentColor();
    QColor fill = accent;
    fill.setAlpha(40);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace Portier
