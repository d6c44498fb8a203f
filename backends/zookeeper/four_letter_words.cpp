// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/four_letter_words.h"

#include "backends/core/logging.h"
#include "backends/zookeeper/zk_tr.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Portier {

namespace {

constexpr quint16 defaultClientPort = 2181;

QString serverName(const QString &host, quint16 port)
{
    // host:port, with brackets for an IPv6 literal as connect strings write it.
    const QString shown =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(port);
}

Error unreachable(const QString &server, const QString &word, const QString &why,
                  const QString &detail)
{
    Error error(ZkError::ServerUnreachable,
                ZooKeeper::tr("Could not ask %1 for \"%2\": %3").arg(server, word, why),
                ZooKeeper::tr("Check that the ZooKeeper server is running and that %1 is its "
                              "client port.")
                    .arg(server));
    error.detail = detail;
    return error;
}

} // namespace

QJsonObject FourLetterReply::toJson() const
{
    QJsonArray array;
    for (const auto &[key, value] : values)
        array.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return QJsonObject{
        {QStringLiteral("server"), server},
        {QStringLiteral("word"), word},
        {QStringLiteral("text"), text},
        {QStringLiteral("values"), array},
    };
}

QList<QPair<QString, QString>> FourLetterWords::parseReply(const QString &word, const QString &text)
{
    QList<QPair<QString, QString>> values;
    if (word == QLatin1String("ruok"))
        return values;
    const bool equalsForm = word == QLatin1String("conf") || word == QLatin1String("envi");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        // stat lists clients as indented lines below "Clients:"
        if (line.front().isSpace()) {
            if (!values.isEmpty() && values.last().first == QLatin1String("Clients")) {
                QString &clients = values.last().second;
                if (!clients.isEmpty())
                    clients += QLatin1Char('\n');
                clients += line.trimmed();
            }
            continue;
        }
        qsizetype split = -1;
        qsizetype valueStart = -1;
        if (const qsizetype tab = line.indexOf(QLatin1Char('\t')); tab > 0) {
            split = tab;
            valueStart = tab + 1;
        } else if (equalsForm) {
            if (const qsizetype eq = line.indexOf(QLatin1Char('=')); eq > 0) {
                split = eq;
                valueStart = eq + 1;
            }
        } else if (const qsizetype colon = line.indexOf(QLatin1String(": ")); colon > 0) {
            split = colon;
            valueStart = colon + 2;
        } else if (line.endsWith(QLatin1Char(':'))) {
            split = line.size() - 1;
            valueStart = line.size();
        } else if (const qsizetype eq = line.indexOf(QLatin1Char('=')); eq > 0) {
            split = eq;
            valueStart = eq + 1;
        }
        if (split <= 0)
            continue; // a heading such as envi's "Environment:" handled above, or free text
        const QString key = line.left(split).trimmed();
        if (equalsForm && key == QLatin1String("Environment"))
            continue;
        values.append({key, line.mid(valueStart).trimmed()});
    }
    // envi starts with the heading "Environment:"; srvr/stat's "Clients:" keeps its list.
    values.removeIf([&](const QPair<QString, QString> &pair) {
        return pair.first == QLatin1String("Environment") && pair.second.isEmpty();
    });
    return values;
}

Result<FourLetterReply> FourLetterWords::querySync(const QString &host, quint16 port,
                                                   const QString &word, int timeoutMs)
{
    const QString server = serverName(host, port);
    const bool wellFormed =
        word.size() == 4 && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
            return c >= QLatin1Char('a') && c <= QLatin1Char('z');
        });
    if (!wellFormed) {
        return Error(CoreError::InvalidInput,
                     ZooKeeper::tr("\"%1\" is not a four-letter word.").arg(word),
                     ZooKeeper::tr("Use one of srvr, stat, mntr, conf, envi, ruok."));
    }
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        const bool timedOut = socket.error() == QAbstractSocket::SocketTimeoutError;
        return unreachable(
            server, word,
            timedOut ? ZooKeeper::tr("no connection within %n second(s).", nullptr,
                                     static_cast<int>((timeoutMs + 999) / 1000))
                     : ZooKeeper::tr("the connection failed (%1).").arg(socket.errorString()),
            socket.errorString());
    }
    socket.write(word.toLatin1());
    if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) {
        return unreachable(
            server, word,
            ZooKeeper::tr("the request could not be sent (%1).").arg(socket.errorString()),
            socket.errorString());
    }
    // The server answers and closes the connection.
    QByteArray reply;
    for (;;) {
        reply += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
        if (deadline.hasExpired()) {
            return unreachable(server, word,
                               ZooKeeper::tr("no complete answer within %n second(s).", nullptr,
                                             static_cast<int>((timeoutMs + 999) / 1000)),
                               QString::fromUtf8(reply));
        }
        if (!socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
            if (socket.error() == QAbstractSocket::RemoteHostClosedError ||
                socket.state() == QAbstractSocket::UnconnectedState) {
                reply += socket.readAll();
                break;
            }
            if (socket.error() != QAbstractSocket::SocketTimeoutError) {
                return unreachable(
                    server, word,
                    ZooKeeper::tr("the connection failed (%1).").arg(socket.errorString()),
                    socket.errorString());
            }
        }
    }
    const QString text = QString::fromUtf8(reply);
    if (text.contains(QLatin1String("is not executed because it is not in the whitelist"))) {
        Error error(ZkError::NotWhitelisted,
                    ZooKeeper::tr("The server %1 does not allow the four-letter word \"%2\".")
                        .arg(server, word),
                    ZooKeeper::tr("Add it to 4lw.commands.whitelist in the server's zoo.cfg (for "
                                  "example 4lw.commands.whitelist=srvr,mntr,conf,envi,ruok) and "
                                  "restart the server, or use the AdminServer's HTTP commands."));
        error.detail = text.trimmed();
        return error;
    }
    if (text.isEmpty()) {
        return unreachable(server, word,
                           ZooKeeper::tr("the server closed the connection without answering."),
                           QString());
    }
    FourLetterReply out;
    out.server = server;
    out.word = word;
    out.text = text;
    out.values = parseReply(word, text);
    return out;
}

QFuture<Result<FourLetterReply>> FourLetterWords::query(QThreadPool *pool, const QString &host,
                                                        quint16 port, const QString &word,
                                                        int timeoutMs)
{
    return QtConcurrent::run(
        pool, [host, port, word, timeoutMs] { return querySync(host, port, word, timeoutMs); });
}

QList<QPair<QString, quint16>> FourLetterWords::servers(const QString &connectString)
{
    QList<QPair<QString, quint16>> out;
    QString hosts = connectString.trimmed();
    // The chroot starts at the first '/': neither host names nor IPv6 literals contain one.
    if (const qsizetype slash = hosts.indexOf(QLatin1Char('/')); slash >= 0)
        hosts.truncate(slash);
    const QStringList parts = hosts.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        QString host;
        QString portText;
        if (part.startsWith(QLatin1Char('['))) {
            const qsizetype close = part.indexOf(QLatin1Char(']'));
            if (close < 0)
                continue;
            host = part.mid(1, close - 1);
            const QString rest = part.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':')))
                portText = rest.mid(1);
            else if (!rest.isEmpty())
                continue;
        } else if (part.count(QLatin1Char(':')) == 1) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            host = part.left(colon);
            portText = part.mid(colon + 1);
        } else {
            host = part; // a name, an IPv4 address, or a bare IPv6 literal: default port
        }
        quint16 port = defaultClientPort;
        if (!portText.isEmpty()) {
            bool ok = false;
            const uint value = portText.toUInt(&ok);
            if (!ok || value == 0 || value > 65535)
                continue;
            port = quint16(value);
        }
        if (host.isEmpty())
            continue;
        out.append({host, port});
    }
    return out;
}

} // namespace Portier
