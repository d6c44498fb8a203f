// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portier {

/// One known failure signature from a catalogue under resources/diagnostics/: how to recognise
/// it (library error codes, regular expressions over evidence lines) and what it means.
struct Signature
{
    QString id;        ///< stable, "krb5.clock-skew"
    QString title;     ///< one line for a list
    QString cause;     ///< why it happens
    QString fix;       ///< what to do
    QString reference; ///< documentation URL or man page
    /// Error codes that identify it without evidence: library code names ("KRB5KRB_AP_ERR_SKEW"),
    /// decimal numbers ("-1765328347") or Portier codes ("Kerberos.ClockSkew").
    QStringList codes;
    QStringList patterns; ///< RE2 syntax, matched anywhere in one evidence line
    /// LogExcerpt::source values the patterns apply to; '*' matches any run of characters.
    /// Empty: every source.
    QStringList sources;

    QJsonObject toJson() const;
    /// Parses and checks one catalogue entry (field types, non-empty id and title, at least one
    /// code or pattern); the regular expressions are checked by SignatureCatalogue.
    static std::optional<Signature> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Signature &, const Signature &) = default;
};

} // namespace Portier
