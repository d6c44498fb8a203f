// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/warning.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portier {

/// One key entry of a keytab, metadata only: the key itself is never read out.
struct KeytabEntry
{
    QString principal;
    int kvno = 0;
    QString enctype;      ///< as `klist -k -e` names it
    qint32 enctypeId = 0; ///< numeric enctype, for sorting and weak-enctype checks
    QDateTime timestamp;
    QList<Warning> warnings; ///< old-kvno, weak-enctype, duplicate

    QJsonObject toJson() const;
    static std::optional<KeytabEntry> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const KeytabEntry &, const KeytabEntry &) = default;
};

struct KeytabListing
{
    QString path; ///< file path without the "FILE:" prefix
    QList<KeytabEntry> entries;
    QList<Warning> warnings; ///< keytab-level summaries

    /// Distinct principals in file order, for the kinit-from-keytab picker.
    QStringList principals() const;

    /// {"path","entries":[...],"warnings":[...]}; the CLI contract of `krb keytab`.
    QJsonObject toJson() const;
    static std::optional<KeytabListing> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);

    friend bool operator==(const KeytabListing &, const KeytabListing &) = default;
};

} // namespace Portier
