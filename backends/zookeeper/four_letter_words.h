// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QThreadPool;

namespace Portier {

/// A server's reply to a four-letter word (srvr, mntr, conf, envi, ruok, ...).
struct FourLetterReply
{
    QString server; ///< host:port
    QString word;
    QString text; ///< raw reply
    /// Key/value pairs parsed from the reply ("Mode: leader", "zk_avg_latency\t0", "k=v");
    /// empty for ruok.
    QList<QPair<QString, QString>> values;

    QJsonObject toJson() const;
};

class FourLetterWords
{
public:
    /// Sends @p word to host:port over a plain TCP socket (blocking, on @p pool) and reads the
    /// reply until the server closes. A server that does not whitelist the word answers
    /// "... is not executed because it is not in the whitelist." → ZkError::NotWhitelisted with
    /// a hint naming 4lw.commands.whitelist; a refused or silent port → ServerUnreachable.
    static QFuture<Result<FourLetterReply>> query(QThreadPool *pool, const QString &host,
                                                  quint16 port, const QString &word,
                                                  int timeoutMs = 5000);
    /// The same, synchronously (the CLI and tests).
    static Result<FourLetterReply> querySync(const QString &host, quint16 port, const QString &word,
                                             int timeoutMs = 5000);
    /// Server host:port list of a connect string ("h1:2181,h2:2182/chroot"); default port 2181.
    static QList<QPair<QString, quint16>> servers(const QString &connectString);
    /// The key/value pairs of a reply: mntr "key<TAB>value", conf/envi "key=value", srvr/stat
    /// "Key: value" (stat's client list becomes the value of "Clients"); empty for ruok.
    static QList<QPair<QString, QString>> parseReply(const QString &word, const QString &text);
};

} // namespace Portier
