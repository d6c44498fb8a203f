// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/tree_search_widget.h"

#include "backends/zookeeper/zk_session.h"
#include "ui/gui_continuation.h"
#include "ui/operation_widget.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Portier {

TreeSearchWidget::TreeSearchWidget(std::shared_ptr<ZkSession> session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_pattern(new QLineEdit)
    , m_regex(new QCheckBox(tr("Re&gular expression")))
    , m_root(new QLineEdit(QStringLiteral("/")))
    , m_search(new QPushButton(QIcon(QStringLiteral(":/icons/zk-search.svg")), tr("&Search")))
    , m_operation(new OperationWidget)
    , m_summary(new QLabel)
    , m_results(new QListView)
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("treeSearch"));
    m_pattern->setObjectName(QStringLiteral("searchPattern"));
    m_pattern->setPlaceholderText(tr("Part of a path, e.g. brokers/ids"));
    m_pattern->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("searchRegex"));
    m_root->setObjectName(QStringLiteral("searchRoot"));
    m_root->setToolTip(tr("Only znodes below this path are searched"));
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setToolTip(tr("Double-click a path to show it in the tree"));

    connect(m_search, &QPushButton::clicked, this, &TreeSearchWidget::search);
    connect(m_pattern, &QLineEdit::returnPressed, this, &TreeSearchWidget::search);
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT showNode(index.data().toString()); });
    connect(m_operation, &OperationWidget::cancelled, this, [this] {
        ++m_generation;
        m_summary->setText(tr("Search cancelled."));
        m_search->setEnabled(true);
        Q_EMIT finished(false);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_pattern, 3);
    row->addWidget(m_regex);
    row->addWidget(new QLabel(tr("below")));
    row->addWidget(m_root, 1);
    row->addWidget(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_operation);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    m_summary->setText(tr("Searches the whole tree below the given path, not only what the tree "
                          "has loaded."));
}

TreeSearchWidget::~TreeSearchWidget()
{
    if (!m_future.isFinished())
        m_future.cancel();
}

void TreeSearchWidget::setRoot(const QString &root)
{
    m_root->setText(root);
}

QString TreeSearchWidget::root() const
{
    const QString root = m_root->text().trimmed();
    return root.isEmpty() ? QStringLiteral("/") : root;
}

void TreeSearchWidget::setPattern(const QString &text, bool regex)
{
    m_pattern->setText(text);
    m_regex->setChecked(regex);
}

bool TreeSearchWidget::isRunning() const
{
    return m_operation->isRunning();
}

QStringList TreeSearchWidget::results() const
{
    return m_model->stringList();
}

QString TreeSearchWidget::summaryText() const
{
    return m_summary->text();
}

void TreeSearchWidget::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    if (!m_future.isFinished())
        m_future.cancel();
    m_operation->stop();
    m_search->setEnabled(true);
}

void TreeSearchWidget::search()
{
    const QString pattern = m_pattern->text();
    const bool regex = m_regex->isChecked();
    if (regex) {
        const QRegularExpression expression(pattern);
        if (!expression.isValid()) {
            m_summary->setText(tr("Not a valid regular expression: %1 (at position %2)")
                                   .arg(expression.errorString())
                                   .arg(expression.patternErrorOffset()));
            return;
        }
    }
    cancel();
    const quint64 generation = ++m_generation;
    ScanOptions options;
    options.sessions = ScanOptions::defaultSessions;
    options.root = root();
    m_future = ScanEngine::scan(m_session, options);
    m_model->setStringList({});
    m_summary->setText(tr("Searching below %1…").arg(options.root));
    m_search->setEnabled(false);
    m_operation->start(tr("Searching %1").arg(options.root), QFuture<void>(m_future));
    continueOnGui(m_future, this,
                  [this, generation, pattern, regex](const Result<ScanResult> &result) {
                      apply(generation, pattern, regex, result);
                  });
}

void TreeSearchWidget::apply(quint64 generation, const QString &pattern, bool regex,
                             const Result<ScanResult> &result)
{
    if (generation != m_generation)
        return;
    m_operation->stop();
    m_search->setEnabled(true);
    if (!result) {
        m_summary->setText(tr("The search failed: %1").arg(result.error().toDisplayString()));
        Q_EMIT finished(false);
        return;
    }
    const ScanResult &scan = result.value();
    const QRegularExpression expression(regex ? pattern : QRegularExpression::escape(pattern),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList matches;
    for (const ZnodeRecord &record : scan.nodes) {
        if (pattern.isEmpty() || expression.match(record.path).hasMatch())
            matches.append(record.path);
    }
    m_model->setStringList(matches);
    const QLocale locale;
    QString summary = tr("%1 of %2 znodes below %3 match (%4 s).")
                          .arg(locale.toString(qsizetype(matches.size())),
                               locale.toString(qsizetype(scan.nodes.size())), root(),
                               locale.toString(double(scan.elapsedMs) / 1000.0, 'f', 1));
    if (scan.partial)
        summary +=
            QLatin1Char(' ') +
            tr("The search did not finish (%1): the list is partial.").arg(scan.partialReason);
    m_summary->setText(summary);
    Q_EMIT finished(true);
}

} // namespace Portier
