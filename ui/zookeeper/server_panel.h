// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"
#include "backends/zookeeper/four_letter_words.h"

#include <QPair>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QThreadPool;
class QToolButton;

namespace Portier {

class BannerWidget;

/// The ensemble's servers seen through the four-letter words (srvr, mntr, conf, envi, ruok) over
/// a plain socket, one server of the connect string at a time: the reply as a key/value table
/// and as raw text. A server that does not whitelist a word gets a banner that says so and
/// names 4lw.commands.whitelist. Queries run on the given pool; a newer query supersedes an
/// older one.
class ServerPanel : public QWidget
{
    Q_OBJECT
public:
    ServerPanel(const QString &connectString, QThreadPool *pool, QWidget *parent = nullptr);
    ~ServerPanel() override;

    /// srvr, mntr, conf, envi, ruok.
    static QStringList words();

    void setConnectString(const QString &connectString);
    /// "host:port" of each server in the connect string.
    QStringList servers() const;
    int currentServer() const;
    void setCurrentServer(int index);

    /// Sends @p word to the current server; replyReceived() tells how it went.
    void query(const QString &word);
    bool isBusy() const { return m_busy; }

    bool hasReply() const { return m_hasReply; }
    const FourLetterReply &reply() const { return m_reply; }
    /// The last error (valid when the last query failed).
    const Error &lastError() const { return m_error; }
    QString rawText() const;
    QAbstractItemModel *valuesModel() const;
    BannerWidget *banner() const { return m_banner; }

Q_SIGNALS:
    void replyReceived(bool ok);

private:
    void showReply(const FourLetterReply &reply);
    void showError(const QString &server, const QString &word, const Error &error);
    void updateState();

    QThreadPool *m_pool;
    QList<QPair<QString, quint16>> m_servers;
    quint64 m_generation = 0;
    bool m_busy = false;
    FourLetterReply m_reply;
    bool m_hasReply = false;
    Error m_error;

    QComboBox *m_server;
    QList<QToolButton *> m_wordButtons;
    QLabel *m_status;
    BannerWidget *m_banner;
    QTabWidget *m_tabs;
    QTableWidget *m_values;
    QPlainTextEdit *m_raw;
};

} // namespace Portier
