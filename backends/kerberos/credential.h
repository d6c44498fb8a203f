// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/warning.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portier {

/// One entry of a credential cache: a ticket, or a cache configuration entry (X-CACHECONF:).
/// Metadata only; key bytes are never read out of libkrb5.
struct Credential
{
    QString client;      ///< "alice@TEST.LOCAL"
    QString server;      ///< "krbtgt/TEST.LOCAL@TEST.LOCAL"
    QDateTime authTime;  ///< invalid when the field is 0
    QDateTime startTime; ///< as klist: starttime, or authtime when starttime is 0
    QDateTime endTime;
    QDateTime renewTill;    ///< invalid when not renewable
    quint32 flagBits = 0;   ///< TKT_FLG_* bits
    QString flags;          ///< the letters `klist -f` prints, in its order ("FRIA")
    QString sessionEnctype; ///< as `klist -e` names it ("aes256-cts-hmac-sha1-96")
    QString ticketEnctype;  ///< enctype of the ticket's encrypted part, decoded from the ticket
    int ticketSize = 0;     ///< encoded ticket length in bytes

    bool isConfig = false; ///< a cache configuration entry, not a ticket
    QString configKey;     ///< "pa_type", "fast_avail", "refresh_time", ...
    QString configValue;   ///< printable value of a configuration entry
    QString configMeaning; ///< what the entry means, for people

    QList<Warning> warnings; ///< expired, not-yet-valid, placeholder-offline, ...

    /// A stable key within one cache, used by models to update in place: client and server (and
    /// the configuration key), so a renewed ticket keeps its key. A FILE cache can hold an old and
    /// a new ticket for the same server; such entries share a key and are told apart by order.
    QString key() const;
    /// True when auth, start, end and renew-till times are all zero (see placeholder-offline).
    bool hasAllZeroTimes() const;

    QJsonObject toJson() const;
    static std::optional<Credential> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Credential &, const Credential &) = default;
};

} // namespace Portier
