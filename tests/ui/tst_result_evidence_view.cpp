// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/log_excerpt_model.h"
#include "models/status_palette.h"
#include "ui/banner_widget.h"
#include "ui/result_evidence_view.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Portier;

namespace {

Error skewError()
{
    Error error(KrbError::ClockSkew,
                QStringLiteral("Could not get a ticket for alice@TEST.LOCAL: the clocks of this "
                               "host and the KDC differ by more than 5 minutes."),
                QStringLiteral("Synchronise the clock (chronyc makestep) and try again."));
    error.libraryCode = -1765328347;
    error.detail = QStringLiteral("Clock skew too great while getting initial credentials");
    LogExcerpt trace;
    trace.source = QStringLiteral("krb5 trace");
    trace.firstLine = 1;
    trace.lines = {QStringLiteral("[9] Getting initial credentials for alice@TEST.LOCAL"),
                   QStringLiteral("[9] Sending request (180 bytes) to TEST.LOCAL"),
                   QStringLiteral("[9] Received answer (160 bytes) from stream 127.0.0.1:8888"),
                   QStringLiteral("[9] Response was from primary KDC"),
                   QStringLiteral("[9] Received error from KDC: -1765328347/Clock skew too great")};
    trace.highlight(4);
    error.evidence = {trace};
    Diagnosis d;
    d.id = QStringLiteral("krb5.clock-skew");
    d.title = QStringLiteral("Clock skew too great");
    d.cause = QStringLiteral("Kerberos rejects requests whose timestamps differ from the KDC's.");
    d.fix = QStringLiteral("Run chronyc makestep, check the NTP sources.");
    d.reference =
        QStringLiteral("https://web.mit.edu/kerberos/krb5-latest/doc/admin/troubleshoot.html");
    d.matchedLines = {trace.lines.at(3)};
    error.diagnoses = {d};
    return error;
}

} // namespace

class TestResultEvidenceView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorShowsDiagnosisCommandAndTrace();
    void highlightedLinesAreMarked();
    void copyButtonCopiesTheCommand();
    void outcomeWithoutTrace();
    void detailsStartAtTheTop();
    void bannerOffersTheEvidence();
};

void TestResultEvidenceView::errorShowsDiagnosisCommandAndTrace()
{
    ResultEvidenceView view;
    QAbstractItemModelTester tester(view.traceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.showError(QStringLiteral("Get ticket"), skewError(),
                   QStringLiteral("kinit alice@TEST.LOCAL"));
    QVERIFY(view.isFailure());
    QVERIFY2(view.titleText().startsWith(QStringLiteral("Get ticket failed: Could not get")),
             qPrintable(view.titleText()));
    const QString details = view.detailsText();
    for (const char *expected :
         {"Synchronise the clock", "Clock skew too great while getting", "Kerberos.ClockSkew",
          "Cause:", "Fix: Run chronyc makestep", "Reference: https://web.mit.edu"})
        QVERIFY2(details.contains(QLatin1String(expected)), qPrintable(details));
    QCOMPARE(view.commandText(), QStringLiteral("kinit alice@TEST.LOCAL"));
    QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("evidenceCommand"))->isReadOnly());
    QCOMPARE(view.traceModel()->rowCount(), 1);
    QCOMPARE(view.traceModel()->rowCount(view.traceModel()->index(0, 0)), 5);
}

void TestResultEvidenceView::highlightedLinesAreMarked()
{
    ResultEvidenceView view;
    view.resize(1000, 400);
    view.showError(QStringLiteral("Get ticket"), skewError(), QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The excerpt's own highlight (line 5) and the diagnosis' matched line (line 4).
    LogExcerptModel *model = view.traceModel();
    const QModelIndex excerpt = model->index(0, 0);
    QCOMPARE(model->highlightedLineCount(), 2);
    QList<int> highlighted;
    for (int row = 0; row < model->rowCount(excerpt); ++row) {
        if (model->index(row, 0, excerpt).data(LogExcerptModel::IsHighlightedRole).toBool())
            highlighted.append(
                model->index(row, 0, excerpt).data(LogExcerptModel::LineNumberRole).toInt());
    }
    QCOMPARE(highlighted, (QList<int>{4, 5}));

    // And the view paints them with the highlight background, others not.
    QTreeView *tree = view.traceView();
    QVERIFY(tree->isExpanded(excerpt));
    const QImage image = tree->viewport()->grab().toImage();
    // Sample near the right end of the text cell, past the text.
    const auto sample = [&](int row) {
        const QRect cell =
            tree->visualRect(model->index(row, LogExcerptModel::TextColumn, excerpt));
        return image.pixelColor(QPoint(cell.right() - 4, cell.center().y()));
    };
    QCOMPARE(sample(4), StatusPalette::highlightBackground());
    QCOMPARE(sample(3), StatusPalette::highlightBackground());
    const QColor plain = sample(0);
    QVERIFY(plain != StatusPalette::highlightBackground());
}

void TestResultEvidenceView::copyButtonCopiesTheCommand()
{
    ResultEvidenceView view;
    view.showError(QStringLiteral("Renew"), skewError(), QStringLiteral("kinit -R -c 'DIR::/x'"));
    auto *copy = view.findChild<QToolButton *>(QStringLiteral("evidenceCopyCommand"));
    QVERIFY(copy && copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kinit -R -c 'DIR::/x'"));

    view.showError(QStringLiteral("Renew"), skewError(), QString());
    QVERIFY(!copy->isEnabled());
}

void TestResultEvidenceView::outcomeWithoutTrace()
{
    ResultEvidenceView view;
    ActionOutcome outcome;
    outcome.summary = QStringLiteral("Destroyed DIR::/tmp/cc/tkt.");
    outcome.cacheName = QStringLiteral("DIR::/tmp/cc/tkt");
    outcome.shellCommand = QStringLiteral("kdestroy -c DIR::/tmp/cc/tkt");
    view.showOutcome(QStringLiteral("Destroy"), outcome);
    QVERIFY(!view.isFailure());
    QCOMPARE(view.titleText(), QStringLiteral("Destroy: Destroyed DIR::/tmp/cc/tkt."));
    QCOMPARE(view.commandText(), outcome.shellCommand);
    QCOMPARE(view.traceModel()->rowCount(), 0);
    view.clear();
    QCOMPARE(view.titleText(), QString());
    QCOMPARE(view.commandText(), QString());
}

void TestResultEvidenceView::detailsStartAtTheTop()
{
    // Shown after the result was set, and small: the reader still starts at the first line.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("above")), 1);
    auto *view = new ResultEvidenceView;
    layout->addWidget(view);
    view->hide();
    window.resize(900, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->showError(QStringLiteral("Get ticket"), skewError(), QStringLiteral("kinit alice"));
    view->show();
    auto *details = view->findChild<QTextBrowser *>(QStringLiteral("evidenceDetails"));
    QVERIFY(details);
    QTRY_VERIFY(details->verticalScrollBar()->maximum() > 0);
    QTest::qWait(50);
    QCOMPARE(details->verticalScrollBar()->value(), 0);
}

QTEST_MAIN(TestResultEvidenceView)
void TestResultEvidenceView::bannerOffersTheEvidence()
{
    QWidget window;
    auto *banner = new BannerWidget(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto evidenceButton = [banner]() -> QToolButton * {
        const auto buttons = banner->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->defaultAction() &&
                button->defaultAction()->objectName() == QLatin1String("showEvidence"))
                return button;
        }
        return nullptr;
    };

    // An error with a trace: message, hint and library text in the banner, the rest a click away.
    banner->showError(QStringLiteral("Get ticket"), skewError());
    QCOMPARE(banner->kind(), BannerWidget::Kind::Error);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Could not get a ticket")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Synchronise the clock")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().endsWith(
                 QStringLiteral("(Clock skew too great while getting initial credentials)")),
             qPrintable(banner->text()));
    QToolButton *button = evidenceButton();
    QVERIFY(button);
    button->click();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("evidenceDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Evidence: Get ticket"));
    auto *view = dialog->findChild<ResultEvidenceView *>();
    QVERIFY(view);
    QVERIFY(view->isFailure());
    QCOMPARE(view->traceModel()->rowCount(view->traceModel()->index(0, 0)), 5);
    QVERIFY(view->detailsText().contains(QStringLiteral("Fix: Run chronyc makestep")));
    dialog->close();

    // Without evidence there is nothing to show: no button.
    banner->showError(QStringLiteral("Save"),
                      Error(CoreError::Io, QStringLiteral("Could not write /tmp/x.")));
    QVERIFY(!evidenceButton());
    QVERIFY(banner->error().has_value());
    // A plain message forgets the error.
    banner->showMessage(BannerWidget::Kind::Information, QStringLiteral("Saved."));
    QVERIFY(!banner->error().has_value());
    QVERIFY(!evidenceButton());
}

#include "tst_result_evidence_view.moc"
