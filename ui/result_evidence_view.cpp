// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/result_evidence_view.h"

#include "models/log_excerpt_model.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Portier {

namespace {

QString paragraph(const QString &label, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

ResultEvidenceView::ResultEvidenceView(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_statusIcon(new QLabel)
    , m_title(new QLabel)
    , m_details(new QTextBrowser)
    , m_command(new QLineEdit)
    , m_copyCommand(new QToolButton)
    , m_traceStack(new QStackedWidget)
    , m_traceView(new QTreeView)
    , m_traceModel(new LogExcerptModel(this))
{
    setObjectName(QStringLiteral("evidenceView"));
    setChildrenCollapsible(false);

    // Result side.
    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 4, 0);
    auto *heading = new QHBoxLayout;
    m_statusIcon->setFixedSize(20, 20);
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *close = new QToolButton;
    close->setAutoRaise(true);
    close->setIcon(QIcon(QStringLiteral(":/icons/window-close.svg")));
    close->setToolTip(tr("Hide the result"));
    connect(close, &QToolButton::clicked, this, &ResultEvidenceView::closeRequested);
    heading->addWidget(m_statusIcon, 0, Qt::AlignTop);
    heading->addWidget(m_title, 1);
    heading->addWidget(close, 0, Qt::AlignTop);
    resultLayout->addLayout(heading);

    m_details->setObjectName(QStringLiteral("evidenceDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setFrameShape(QFrame::StyledPanel);
    resultLayout->addWidget(m_details, 1);

    auto *commandLabel = new QLabel(tr("Equivalent command:"));
    resultLayout->addWidget(commandLabel);
    auto *commandRow = new QHBoxLayout;
    m_command->setObjectName(QStringLiteral("evidenceCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    commandLabel->setBuddy(m_command);
    m_copyCommand->setObjectName(QStringLiteral("evidenceCopyCommand"));
    m_copyCommand->setIcon(QIcon(QStringLiteral(":/icons/edit-copy.svg")));
    m_copyCommand->setToolTip(tr("Copy the command to the clipboard"));
    connect(m_copyCommand, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->text()); });
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copyCommand);
    resultLayout->addLayout(commandRow);
    addWidget(result);

    // Trace side.
    auto *trace = new QWidget;
    auto *traceLayout = new QVBoxLayout(trace);
    traceLayout->setContentsMargins(4, 0, 0, 0);
    auto *traceLabel = new QLabel(tr("Trace"));
    traceLabel->setFont(titleFont);
    traceLayout->addWidget(traceLabel);
    m_traceView->setObjectName(QStringLiteral("evidenceTrace"));
    m_traceView->setModel(m_traceModel);
    m_traceView->setUniformRowHeights(true);
    m_traceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_traceView->setAlternatingRowColors(false);
    m_traceView->setRootIsDecorated(true);
    m_traceView->header()->setStretchLastSection(true);
    m_traceView->header()->setSectionResizeMode(LogExcerptModel::LineNumberColumn,
                                                QHeaderView::ResizeToContents);
    auto *copyLines =
        new QAction(QIcon(QStringLiteral(":/icons/edit-copy.svg")), tr("Copy Lines"), m_traceView);
    copyLines->setShortcut(QKeySequence::Copy);
    copyLines->setShortcutContext(Qt::WidgetShortcut);
    connect(copyLines, &QAction::triggered, this, &ResultEvidenceView::copySelectedTraceLines);
    m_traceView->addAction(copyLines);
    m_traceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *noTrace = new QLabel(tr("No trace was recorded for this action."));
    noTrace->setAlignment(Qt::AlignCenter);
    noTrace->setEnabled(false);
    m_traceStack->addWidget(m_traceView);
    m_traceStack->addWidget(noTrace);
    traceLayout->addWidget(m_traceStack, 1);
    addWidget(trace);

    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    clear();
}

void ResultEvidenceView::showOutcome(const QString &action, const ActionOutcome &outcome)
{
    m_failure = false;
    m_statusIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/status-ok.svg")).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_title->setText(tr("%1: %2").arg(action, outcome.summary));
    QString html = paragraph(tr("Cache:"), outcome.cacheName);
    if (!outcome.diagnoses.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The action succeeded, but the trace shows:").toHtmlEscaped()) +
                diagnosesHtml(outcome.diagnoses);
    setDetails(html);
    setCommand(outcome.shellCommand);
    setTrace(outcome.trace.isEmpty() ? QList<LogExcerpt>() : QList<LogExcerpt>{outcome.trace},
             outcome.diagnoses);
}

void ResultEvidenceView::showError(const QString &action, const Error &error,
                                   const QString &shellCommand)
{
    m_failure = true;
    m_statusIcon->setPixmap(QIcon(QStringLiteral(":/icons/status-critical.svg"))
                                .pixmap(QSize(18, 18), devicePixelRatioF()));
    m_title->setText(tr("%1 failed: %2").arg(action, error.message));
    QString html = paragraph(tr("What to do:"), error.hint);
    html += paragraph(tr("Library says:"), error.detail);
    if (error.libraryCode != 0)
        html += paragraph(tr("Code:"),
                          QStringLiteral("%1 (%2)").arg(error.codeName()).arg(error.libraryCode));
    else
        html += paragraph(tr("Code:"), error.codeName());
    html += diagnosesHtml(error.diagnoses);
    setDetails(html);
    setCommand(shellCommand);
    setTrace(error.evidence, error.diagnoses);
}

void ResultEvidenceView::clear()
{
    m_failure = false;
    m_statusIcon->clear();
    m_title->clear();
    m_details->clear();
    setCommand({});
    setTrace({}, {});
}

QString ResultEvidenceView::titleText() const
{
    return m_title->text();
}

QString ResultEvidenceView::detailsText() const
{
    return m_details->toPlainText();
}

QString ResultEvidenceView::commandText() const
{
    return m_command->text();
}

void ResultEvidenceView::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    // On its first show QTextEdit scrolls its cursor into view while its viewport is still a
    // few pixels high, which leaves the text scrolled by a line. Children are shown before their
    // parent, so by now that has happened: undo it.
    m_details->verticalScrollBar()->setValue(0);
}

void ResultEvidenceView::setDetails(const QString &html)
{
    m_details->setHtml(html);
    // A new result is read from its first line, wherever the previous one was scrolled to.
    m_details->verticalScrollBar()->setValue(0);
}

void ResultEvidenceView::setCommand(const QString &command)
{
    m_command->setText(command);
    m_command->setCursorPosition(0);
    m_copyCommand->setEnabled(!command.isEmpty());
    m_command->setPlaceholderText(command.isEmpty() ? tr("No shell equivalent") : QString());
}

void ResultEvidenceView::setTrace(const QList<LogExcerpt> &excerpts,
                                  const QList<Diagnosis> &diagnoses)
{
    QStringList matched;
    for (const Diagnosis &d : diagnoses)
        matched += d.matchedLines;
    m_traceModel->setExcerpts(excerpts, matched);
    m_traceView->expandAll();
    m_traceStack->setCurrentIndex(excerpts.isEmpty() ? 1 : 0);
    // Scroll to the first line that matters: that is what the reader came for.
    for (int e = 0; e < m_traceModel->rowCount(); ++e) {
        const QModelIndex excerpt = m_traceModel->index(e, 0);
        for (int l = 0; l < m_traceModel->rowCount(excerpt); ++l) {
            const QModelIndex line = m_traceModel->index(l, 0, excerpt);
            if (line.data(LogExcerptModel::IsHighlightedRole).toBool()) {
                m_traceView->scrollTo(line, QAbstractItemView::PositionAtCenter);
                return;
            }
        }
    }
}

QString ResultEvidenceView::diagnosesHtml(const QList<Diagnosis> &diagnoses)
{
    QString html;
    for (const Diagnosis &d : diagnoses) {
        html += QStringLiteral("<h4>%1</h4>").arg(d.title.toHtmlEscaped());
        html += paragraph(tr("Cause:"), d.cause);
        html += paragraph(tr("Fix:"), d.fix);
        if (!d.reference.isEmpty()) {
            const bool isLink = d.reference.startsWith(QLatin1String("https://")) ||
                                d.reference.startsWith(QLatin1String("http://"));
            html += isLink ? QStringLiteral("<p><b>%1</b> <a href=\"%2\">%2</a></p>")
                                 .arg(tr("Reference:").toHtmlEscaped(), d.reference.toHtmlEscaped())
                           : paragraph(tr("Reference:"), d.reference);
        }
    }
    return html;
}

void ResultEvidenceView::copySelectedTraceLines()
{
    const QString text = m_traceModel->textFor(m_traceView->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace Portier
