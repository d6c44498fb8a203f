// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Portier {
struct ActionOutcome;
struct CacheCollection;
struct KeytabListing;
} // namespace Portier

namespace Portier::Cli {

/// Human output of `portier-cli krb ...`: klist's tables, plus the warnings and what they mean.
class KrbReport
{
    Q_DECLARE_TR_FUNCTIONS(KrbReport)

public:
    /// Every cache, its tickets and configuration entries; relative times are measured from
    /// @p now.
    static QString caches(const CacheCollection &collection, const QDateTime &now);
    static QString keytab(const KeytabListing &listing);
    static QString outcome(const ActionOutcome &outcome, bool withTrace);

    /// "2 d 3 h", "9 h 59 min", "4 min", "12 s"
    static QString duration(qint64 seconds);
    /// "2026-11-22 07:43:43" in local time, "-" when invalid.
    static QString time(const QDateTime &time);
    /// "F forwardable, R renewable" for the letters in @p flags, in klist's order.
    static QString flagLegend(const QString &flags);
};

} // namespace Portier::Cli
