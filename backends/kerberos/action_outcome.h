// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/diagnosis.h"
#include "backends/core/log_excerpt.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portier {

/// The successful outcome of a Kerberos action (kinit, renew, destroy, switch, test keytab).
/// Failures come back as an Error whose evidence holds the same trace.
struct ActionOutcome
{
    QString summary;            ///< "Obtained a ticket for alice@TEST.LOCAL, valid until 17:02."
    QString cacheName;          ///< the cache the action touched
    QString shellCommand;       ///< the equivalent MIT command, for the admin to learn or script
    LogExcerpt trace;           ///< the libkrb5 trace of the action (source "krb5 trace")
    QList<Diagnosis> diagnoses; ///< signatures seen in the trace even though it succeeded

    QJsonObject toJson() const;
    static std::optional<ActionOutcome> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);

    friend bool operator==(const ActionOutcome &, const ActionOutcome &) = default;
};

} // namespace Portier
