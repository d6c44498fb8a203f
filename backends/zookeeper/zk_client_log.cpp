// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/zk_client_log.h"

#include "backends/core/logging.h"

#include <QDateTime>

#include <array>
#include <atomic>
#include <utility>

namespace Portier::Zk {

namespace {

std::array<std::atomic<ClientLog *>, ClientLog::Slots> &slots()
{
    static std::array<std::atomic<ClientLog *>, ClientLog::Slots> table{};
    return table;
}

template<int N>
void trampoline(const char *message)
{
    if (ClientLog *log = slots()[N].load(std::memory_order_acquire))
        log->append(message);
}

template<int... N>
constexpr std::array<ClientLog::Callback, sizeof...(N)>
makeTrampolines(std::integer_sequence<int, N...>)
{
    return {&trampoline<N>...};
}

constexpr auto Trampolines = makeTrampolines(std::make_integer_sequence<int, ClientLog::Slots>());

void uncaptured(const char *message)
{
    qCInfo(lcZk, "%s", message);
}

} // namespace

ClientLog::ClientLog() = default;

ClientLog::~ClientLog()
{
    detach();
}

ClientLog::Callback ClientLog::attach()
{
    if (m_slot >= 0)
        return Trampolines[size_t(m_slot)];
    for (int i = 0; i < Slots; ++i) {
        ClientLog *expected = nullptr;
        if (slots()[size_t(i)].compare_exchange_strong(expected, this, std::memory_order_acq_rel)) {
            m_slot = i;
            return Trampolines[size_t(i)];
        }
    }
    note(QStringLiteral("More than %1 ZooKeeper sessions are open: the client log of this "
                        "session is not captured (it goes to the portier.zk log category).")
             .arg(Slots));
    return uncaptured;
}

void ClientLog::detach()
{
    if (m_slot < 0)
        return;
    slots()[size_t(m_slot)].store(nullptr, std::memory_order_release);
    m_slot = -1;
}

void ClientLog::append(const char *message)
{
    QString line = QString::fromUtf8(message);
    while (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    appendLine(line);
    if (m_listener)
        m_listener(line);
}

void ClientLog::setListener(std::function<void(const QString &)> listener)
{
    m_listener = std::move(listener);
}

void ClientLog::note(const QString &text)
{
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
    appendLine(stamp + QStringLiteral(":PORTIER: ") + text);
}

void ClientLog::appendLine(QString line)
{
    QMutexLocker lock(&m_mutex);
    if (m_lines.size() >= Capacity)
        m_lines.removeFirst();
    m_lines.append(std::move(line));
    ++m_total;
}

QStringList ClientLog::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

bool ClientLog::contains(QLatin1StringView needle) const
{
    QMutexLocker lock(&m_mutex);
    for (const QString &line : m_lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

QDateTime ClientLog::lineTime(const QString &line)
{
    // "2025-01-31 12:00:00,123" is 23 characters.
    if (line.size() < 23)
        return {};
    return QDateTime::fromString(line.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
}

LogExcerpt ClientLog::excerpt(int count) const
{
    LogExcerpt excerpt;
    excerpt.source = QStringLiteral("ZooKeeper client log");
    {
        QMutexLocker lock(&m_mutex);
        const qsizetype n = qMin<qsizetype>(qMax(count, 0), m_lines.size());
        excerpt.lines = m_lines.mid(m_lines.size() - n);
        excerpt.firstLine = n > 0 ? int(m_total - n + 1) : 0;
    }
    for (int i = 0; i < excerpt.lines.size(); ++i) {
        const QString &line = excerpt.lines.at(i);
        if (line.contains(QLatin1StringView(":ZOO_ERROR@")) ||
            line.contains(QLatin1StringView(":ZOO_WARN@")))
            excerpt.highlight(i);
    }
    if (!excerpt.lines.isEmpty()) {
        excerpt.startTime = lineTime(excerpt.lines.first());
        excerpt.endTime = lineTime(excerpt.lines.last());
    }
    return excerpt;
}

} // namespace Portier::Zk
