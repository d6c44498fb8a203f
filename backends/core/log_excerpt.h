// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portier {

/// A few lines of evidence taken from one source (a log file, a journal unit, a library trace),
/// with the lines that matter marked. Every Error and every check result carries these.
struct LogExcerpt
{
    QString source;         ///< "/var/log/sssd/sssd_corp.log", "journal:sssd.service", "krb5 trace"
    int firstLine = 0;      ///< 1-based line number of lines.first() in the source; 0 if unnumbered
    QStringList lines;      ///< the excerpt, without trailing newlines
    QList<int> highlighted; ///< indexes into lines (0-based) that matter, ascending
    QDateTime startTime;    ///< time span covered, invalid when unknown
    QDateTime endTime;

    bool isEmpty() const { return lines.isEmpty(); }
    int lastLine() const { return firstLine > 0 ? firstLine + int(lines.size()) - 1 : 0; }
    bool isHighlighted(int index) const { return highlighted.contains(index); }
    void highlight(int index);

    QJsonObject toJson() const;
    static std::optional<LogExcerpt> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const LogExcerpt &, const LogExcerpt &) = default;
};

} // namespace Portier
