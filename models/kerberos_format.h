// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/warning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Portier {

/// Turns Kerberos values into text for people: relative and absolute times, ticket flag letters,
/// enctype names, warning lists. Shared by the models and the widgets so that a time or a flag
/// reads the same everywhere.
class KerberosFormat
{
    Q_DECLARE_TR_FUNCTIONS(KerberosFormat)
public:
    /// "9 h 12 min", "42 min", "3 d 4 h", "under a minute"; @p seconds is made non-negative.
    static QString duration(qint64 seconds);
    /// "in 9 h" for a future @p when, "2 h ago" for a past one, relative to @p now.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    /// End of a ticket: "in 9 h", or "expired 2 h ago".
    static QString expiryTime(const QDateTime &end, const QDateTime &now);
    /// Renew-till of a ticket: "in 6 d 23 h", or "ended 2 h ago".
    static QString renewTime(const QDateTime &renewTill, const QDateTime &now);
    /// "2026-11-22 07:43:43 UTC" in the local time zone; empty for an invalid time.
    static QString absoluteTime(const QDateTime &when);
    /// "07:43" today, "Mon 07:43" within a week, "2026-11-22 07:43" otherwise.
    static QString compactTime(const QDateTime &when, const QDateTime &now);

    /// What one `klist -f` flag letter means ('F' → "forwardable: ..."); empty if unknown.
    static QString flagDescription(QChar letter);
    /// One line per letter of @p flags: "F  forwardable: ...".
    static QString flagsToolTip(const QString &flags);

    /// "aes256-cts-hmac-sha1-96" → "aes256-sha1"; unknown names are returned unchanged.
    static QString shortEnctype(const QString &enctype);
    /// DES, RC4 and 3DES enctypes: deprecated by RFC 6649 / RFC 8429.
    static bool isWeakEnctype(const QString &enctype);

    /// The most severe warning, or nullptr.
    static const Warning *worstWarning(const QList<Warning> &warnings);
    /// One paragraph per warning, most severe first, for tooltips.
    static QString warningsToolTip(const QList<Warning> &warnings);
    /// "Critical", "Warning", "Information".
    static QString severityName(Warning::Severity severity);
};

} // namespace Portier
