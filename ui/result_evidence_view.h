// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"
#include "backends/kerberos/action_outcome.h"

#include <QSplitter>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace Portier {

class LogExcerptModel;

/// Where the evidence of an action lives (DESIGN.md, "Errors and evidence"): on one side the
/// outcome or the error, the diagnoses that matched (title, cause, fix, reference) and the
/// equivalent shell command, selectable with a copy button; on the other side the trace with
/// line numbers and the lines that matter highlighted.
class ResultEvidenceView : public QSplitter
{
    Q_OBJECT
public:
    explicit ResultEvidenceView(QWidget *parent = nullptr);

    /// @p action names what was done ("Renew", "Get ticket") for the heading.
    void showOutcome(const QString &action, const ActionOutcome &outcome);
    void showError(const QString &action, const Error &error, const QString &shellCommand);
    void clear();

    bool isFailure() const { return m_failure; }
    QString titleText() const;
    /// The details pane as plain text: message, hint, diagnoses.
    QString detailsText() const;
    QString commandText() const;
    LogExcerptModel *traceModel() const { return m_traceModel; }
    QTreeView *traceView() const { return m_traceView; }

Q_SIGNALS:
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setTrace(const QList<LogExcerpt> &excerpts, const QList<Diagnosis> &diagnoses);
    void setDetails(const QString &html);
    void setCommand(const QString &command);
    static QString diagnosesHtml(const QList<Diagnosis> &diagnoses);
    void copySelectedTraceLines();

    bool m_failure = false;
    QLabel *m_statusIcon;
    QLabel *m_title;
    QTextBrowser *m_details;
    QLineEdit *m_command;
    QToolButton *m_copyCommand;
    QStackedWidget *m_traceStack;
    QTreeView *m_traceView;
    LogExcerptModel *m_traceModel;
};

} // namespace Portier
