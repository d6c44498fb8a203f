// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/shell_quote.h"

namespace Portier {

QString shellQuote(const QString &arg)
{
    if (arg.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : arg) {
        const bool plain = c.isLetterOrNumber() || QStringLiteral("@%+=:,./_-").contains(c);
        if (!plain || c.unicode() > 127) {
            safe = false;
            break;
        }
    }
    if (safe)
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList &args)
{
    QStringList quoted;
    quoted.reserve(args.size());
    for (const QString &a : args)
        quoted.append(shellQuote(a));
    return quoted.join(QLatin1Char(' '));
}

} // namespace Portier
