// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portier {

/// A problem noticed in otherwise readable state (an expired ticket, a weak enctype). The code is
/// stable for scripts ("expired"); the message explains it to a person.
struct Warning
{
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };

    QString code;
    QString message;
    Severity severity = Severity::Warning;

    QJsonObject toJson() const;
    static std::optional<Warning> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const Warning &, const Warning &) = default;
};

} // namespace Portier
