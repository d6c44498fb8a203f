// SPDX-License-Identifier: GPL-3.0-or-later
// Private to backends/kerberos: captures the libkrb5 trace of one operation as evidence.
#pragma once

#include "backends/core/log_excerpt.h"

#include <QStringList>

#include <krb5.h>

namespace Portier::Krb5 {

/// Installs a trace callback on @p ctx for its lifetime and collects the lines libkrb5 would
/// write to KRB5_TRACE ("[pid] seconds.micros: message"). Lives on the worker's stack; the
/// callback runs on the same thread as the libkrb5 call, so no locking is needed.
class TraceCapture
{
public:
    explicit TraceCapture(krb5_context ctx);
    ~TraceCapture();
    TraceCapture(const TraceCapture &) = delete;
    TraceCapture &operator=(const TraceCapture &) = delete;

    /// The lines so far as a LogExcerpt with source "krb5 trace", numbered from 1, with the time
    /// span taken from the trace timestamps.
    LogExcerpt excerpt() const;
    bool isEmpty() const { return m_lines.isEmpty(); }

    /// Parses the "[pid] 1795333722.673096: " prefix of a trace line; invalid if absent.
    static QDateTime lineTime(const QString &line);

private:
    static void KRB5_CALLCONV callback(krb5_context, const krb5_trace_info *info, void *data);

    krb5_context m_ctx;
    QStringList m_lines;
    bool m_installed = false;
};

} // namespace Portier::Krb5
