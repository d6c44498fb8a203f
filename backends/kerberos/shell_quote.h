// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Portier {

/// Quotes @p arg for a POSIX shell when it holds anything but safe characters.
QString shellQuote(const QString &arg);
/// Joins arguments into one command line, each quoted as needed.
QString shellJoin(const QStringList &args);

} // namespace Portier
