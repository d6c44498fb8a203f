// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zookeeper/server_panel.h"

#include "ui/banner_widget.h"
#include "ui/gui_continuation.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portier {

namespace {

QString wordDescription(const QString &word)
{
    if (word == QLatin1String("srvr"))
        return ServerPanel::tr("Version, latency, mode (leader, follower, standalone), node count");
    if (word == QLatin1String("mntr"))
        return ServerPanel::tr("Monitoring variables: outstanding requests, watches, file "
                               "descriptors, …");
    if (word == QLatin1String("conf"))
        return ServerPanel::tr("The server's configuration");
    if (word == QLatin1String("envi"))
        return ServerPanel::tr("The server's environment: Java, OS, class path, …");
    if (word == QLatin1String("ruok"))
        return ServerPanel::tr("Is the server running? (answers imok)");
    return {};
}

} // namespace

ServerPanel::ServerPanel(const QString &connectString, QThreadPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_server(new QComboBox)
    , m_status(new QLabel)
    , m_banner(new BannerWidget)
    , m_tabs(new QTabWidget)
    , m_values(new QTableWidget(0, 2))
    , m_raw(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("serverPanel"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setToolTip(tr("The server of the connect string to ask"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_banner->setObjectName(QStringLiteral("serverBanner"));
    m_values->setObjectName(QStringLiteral("serverValues"));
    m_values->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setAlternatingRowColors(true);
    m_values->setWordWrap(false);
    m_values->setSortingEnabled(false);
    m_raw->setObjectName(QStringLiteral("serverRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->addTab(m_values, tr("Values"));
    m_tabs->addTab(m_raw, tr("Raw Reply"));

    auto *top = new QHBoxLayout;
    auto *serverLabel = new QLabel(tr("&Server:"));
    serverLabel->setBuddy(m_server);
    top->addWidget(serverLabel);
    top->addWidget(m_server, 1);
    const QStringList allWords = words();
    for (const QString &word : allWords) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("word-") + word);
        button->setText(word);
        button->setToolTip(wordDescription(word));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, word] { query(word); });
        m_wordButtons.append(button);
        top->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    setConnectString(connectString);
}

ServerPanel::~ServerPanel() = default;

QStringList ServerPanel::words()
{
    return {QStringLiteral("srvr"), QStringLiteral("mntr"), QStringLiteral("conf"),
            QStringLiteral("envi"), QStringLiteral("ruok")};
}

void ServerPanel::setConnectString(const QString &connectString)
{
    m_servers = FourLetterWords::servers(connectString);
    m_server->clear();
    for (const auto &[host, port] : std::as_const(m_servers))
        m_server->addItem(QStringLiteral("%1:%2").arg(host).arg(port));
    ++m_generation;
    m_busy = false;
    m_status->setText(m_servers.isEmpty()
                          ? tr("The connect string names no server.")
                          : tr("Choose a command to send to the server. Servers answer only the "
                               "commands listed in their 4lw.commands.whitelist."));
    updateState();
}

QStringList ServerPanel::servers() const
{
    QStringList names;
    for (int i = 0; i < m_server->count(); ++i)
        names.append(m_server->itemText(i));
    return names;
}

int ServerPanel::currentServer() const
{
    return m_server->currentIndex();
}

void ServerPanel::setCurrentServer(int index)
{
    m_server->setCurrentIndex(index);
}

void ServerPanel::query(const QString &word)
{
    const int index = m_server->currentIndex();
    if (index < 0 || index >= m_servers.size() || !m_pool)
        return;
    const auto [host, port] = m_servers.at(index);
    const QString server = m_server->currentText();
    const quint64 generation = ++m_generation;
    m_busy = true;
    m_status->setText(tr("Asking %1 for %2…").arg(server, word));
    updateState();
    continueOnGui(FourLetterWords::query(m_pool, host, port, word), this,
                  [this, generation, server, word](const Result<FourLetterReply> &result) {
                      Q_ASSERT(QThread::currentThread() == thread());
                      if (generation != m_generation)
                          return; // a newer question was asked
                      m_busy = false;
                      if (result)
                          showReply(result.value());
                      else
                          showError(server, word, result.error());
                      updateState();
                      Q_EMIT replyReceived(result.ok());
                  });
}

void ServerPanel::showReply(const FourLetterReply &reply)
{
    m_reply = reply;
    m_hasReply = true;
    m_error = Error();
    m_banner->clear();
    QList<QPair<QString, QString>> values = reply.values;
    if (values.isEmpty() && !reply.text.trimmed().isEmpty() && reply.word == QLatin1String("ruok"))
        values.append({reply.word, reply.text.trimmed()});
    m_values->setRowCount(static_cast<int>(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        auto *key = new QTableWidgetItem(values.at(row).first);
        auto *value = new QTableWidgetItem(values.at(row).second);
        value->setToolTip(values.at(row).second);
        m_values->setItem(row, 0, key);
        m_values->setItem(row, 1, value);
    }
    m_values->resizeColumnToContents(0);
    m_raw->setPlainText(reply.text);
    m_tabs->setCurrentIndex(values.isEmpty() ? 1 : 0);
    m_status->setText(tr("%1 answered %2 at %3.")
                          .arg(reply.server, reply.word,
                               QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void ServerPanel::showError(const QString &server, const QString &word, const Error &error)
{
    m_error = error;
    m_hasReply = false;
    m_values->setRowCount(0);
    m_raw->setPlainText(error.detail);
    if (error.is(ZkError::NotWhitelisted)) {
        m_banner->showMessage(
            BannerWidget::Kind::Warning,
            tr("%1 does not allow the command %2: it is not in the server's "
               "4lw.commands.whitelist. Add it to zoo.cfg (for example "
               "4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) and restart the server.")
                .arg(server, word));
    } else {
        m_banner->showMessage(
            BannerWidget::Kind::Error,
            tr("Could not ask %1 for %2: %3").arg(server, word, error.toDisplayString()));
    }
    m_status->setText(tr("No answer from %1.").arg(server));
}

QString ServerPanel::rawText() const
{
    return m_raw->toPlainText();
}

QAbstractItemModel *ServerPanel::valuesModel() const
{
    return m_values->model();
}

void ServerPanel::updateState()
{
    const bool haveServer = !m_servers.isEmpty() && m_pool;
    for (QToolButton *button : std::as_const(m_wordButtons))
        button->setEnabled(haveServer);
    m_server->setEnabled(!m_servers.isEmpty());
}

} // namespace Portier
