// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/diagnosis.h"
#include "backends/core/error_codes.h"
#include "backends/core/log_excerpt.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portier {

/// What failed, in words a user understands, with the library's own text, what to do next and
/// the evidence. See DESIGN.md "Errors and evidence".
struct Error
{
    ErrorDomain domain = ErrorDomain::Core;
    int code =
        int(CoreError::Internal); ///< a value of the domain's enum (CoreError, KrbError, ...)
    qint64 libraryCode = 0; ///< the library's numeric code (krb5_error_code, ZOO_*, HTTP status)
    QString message;        ///< what failed, for which object, and why
    QString detail;         ///< the library's own text
    QString hint;           ///< what to do next, when known
    QList<LogExcerpt> evidence;
    QList<Diagnosis> diagnoses; ///< known failure signatures that matched the evidence

    Error() = default;
    Error(CoreError c, QString msg, QString hintText = {});
    Error(KrbError c, QString msg, QString hintText = {});
    Error(ZkError c, QString msg, QString hintText = {});

    bool is(CoreError c) const { return domain == ErrorDomain::Core && code == int(c); }
    bool is(KrbError c) const { return domain == ErrorDomain::Kerberos && code == int(c); }
    bool is(ZkError c) const { return domain == ErrorDomain::ZooKeeper && code == int(c); }
    bool isCancelled() const { return is(CoreError::Cancelled); }

    /// "Kerberos.KdcUnreachable" style name of domain and code, stable across releases.
    QString codeName() const;

    /// One paragraph for a banner or a CLI: message, then hint.
    QString toDisplayString() const;

    QJsonObject toJson() const;
    static std::optional<Error> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace Portier
