// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portier {

/// A known failure signature that matched: what it means and what to do. Signatures are data
/// (resources/diagnostics/*.json); the engine in backends/logs turns matches into these.
struct Diagnosis
{
    QString id;               ///< stable signature id, e.g. "krb5.clock-skew"
    QString title;            ///< one line: "Clock skew too great"
    QString cause;            ///< why it happens, in the admin's words
    QString fix;              ///< what to do next
    QString reference;        ///< documentation URL or man page, may be empty
    QStringList matchedLines; ///< the evidence lines that matched, verbatim

    QJsonObject toJson() const;
    static std::optional<Diagnosis> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Diagnosis &, const Diagnosis &) = default;
};

} // namespace Portier
