// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/zookeeper: the C client's log lines of one session.
#pragma once

#include "backends/core/log_excerpt.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace Portier::Zk {

/// Captures the ZooKeeper C client's log of one session.
///
/// The 3.8 C client's per-handle log callback (zookeeper_init2's log_callback_fn) receives only
/// the formatted line, no context pointer. attach() therefore hands out one of a fixed table of
/// distinct trampoline functions, each bound to one ClientLog until detach(); the handle must be
/// closed (zookeeper_close returned) before detach(), because the callback may run on the
/// client's I/O and completion threads until then. Lines are kept in a bounded buffer; append()
/// is thread-safe.
class ClientLog
{
public:
    using Callback = void (*)(const char *message);

    /// Lines kept; older ones are dropped (the line numbers of the excerpt keep counting).
    static constexpr int Capacity = 4000;
    /// Number of sessions whose logs can be captured at the same time.
    static constexpr int Slots = 128;

    ClientLog();
    ~ClientLog(); ///< detach()es
    ClientLog(const ClientLog &) = delete;
    ClientLog &operator=(const ClientLog &) = delete;

    /// Binds a free trampoline to this log and returns it, for zookeeper_init2/_sasl. When all
    /// slots are taken, returns a callback that forwards to the portier.zk logging category and
    /// notes in this log that its lines are not captured.
    Callback attach();
    /// Releases the trampoline; call after zookeeper_close() has returned.
    void detach();

    /// Adds one line as the C client formats it ("2025-01-31 12:00:00,123:4711(0x7f..):
    /// ZOO_ERROR@handle_socket_error_msg@1232: Socket [127.0.0.1:2181] zk retcode=-4, ...").
    void append(const char *message);
    /// Adds a line of Portier's own (what was attempted), in the C client's format with the
    /// level "PORTIER" so that it is told apart from the library's lines.
    void note(const QString &text);

    QStringList lines() const;
    /// The last @p count lines; source "ZooKeeper client log", numbered, ZOO_ERROR and ZOO_WARN
    /// lines highlighted, time span from the line timestamps.
    LogExcerpt excerpt(int count = 80) const;
    /// Called with every line the C client logs (not with note()s), on the client's threads,
    /// outside the log's lock. Set before attach(), cleared after detach().
    void setListener(std::function<void(const QString &line)> listener);

    /// Whether any line contains @p needle (case-sensitive).
    bool contains(QLatin1StringView needle) const;

    /// Parses the "yyyy-MM-dd HH:mm:ss,zzz" local-time prefix of a client log line.
    static QDateTime lineTime(const QString &line);

private:
    void appendLine(QString line);

    std::function<void(const QString &)> m_listener;

    mutable QMutex m_mutex;
    QStringList m_lines;
    qint64 m_total = 0; // lines ever appended
    int m_slot = -1;
};

} // namespace Portier::Zk
