// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/krb5_trace.h"

#include "backends/core/logging.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Portier::Krb5 {

namespace {
// A trace of a hung exchange stays small, but a broken plugin could loop: cap the evidence.
constexpr qsizetype MaxLines = 2000;
} // namespace

TraceCapture::TraceCapture(krb5_context ctx)
    : m_ctx(ctx)
{
    if (!ctx)
        return;
    const krb5_error_code ret = krb5_set_trace_callback(ctx, &TraceCapture::callback, this);
    m_installed = ret == 0;
    if (!m_installed)
        qCWarning(lcKrb5) << "libkrb5 tracing is unavailable, error" << ret;
}

TraceCapture::~TraceCapture()
{
    if (m_installed)
        krb5_set_trace_callback(m_ctx, nullptr, nullptr);
}

void KRB5_CALLCONV TraceCapture::callback(krb5_context, const krb5_trace_info *info, void *data)
{
    if (!info || !info->message || !data)
        return; // called with NULL when the callback is replaced or the context freed
    auto *self = static_cast<TraceCapture *>(data);
    if (self->m_lines.size() >= MaxLines)
        return;
    QString line = QString::fromUtf8(info->message);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    // Some messages span lines (e.g. long principal lists); keep each as its own line.
    const QStringList parts = line.split(QLatin1Char('\n'));
    for (const QString &part : parts)
        self->m_lines.append(part);
}

QDateTime TraceCapture::lineTime(const QString &line)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^\[\d+\] (\d+)\.(\d{1,6}): )"));
    const auto m = prefix.match(line);
    if (!m.hasMatch())
        return {};
    const qint64 secs = m.captured(1).toLongLong();
    const int micros = m.captured(2).leftJustified(6, QLatin1Char('0')).toInt();
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + micros / 1000, QTimeZone::utc());
}

LogExcerpt TraceCapture::excerpt() const
{
    LogExcerpt e;
    e.source = QStringLiteral("krb5 trace");
    e.firstLine = m_lines.isEmpty() ? 0 : 1;
    e.lines = m_lines;
    for (const QString &line : m_lines) {
        const QDateTime t = lineTime(line);
        if (!t.isValid())
            continue;
        if (!e.startTime.isValid())
            e.startTime = t;
        e.endTime = t;
    }
    return e;
}

} // namespace Portier::Krb5
