// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kerberos_format.h"

#include <QStringList>

#include <algorithm>

namespace Portier {

QString KerberosFormat::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    if (seconds < Minute)
        return tr("under a minute");
    if (seconds < Hour)
        return tr("%n min", nullptr, int(seconds / Minute));
    if (seconds < 10 * Hour) {
        const int hours = int(seconds / Hour);
        const int minutes = int((seconds % Hour) / Minute);
        if (minutes == 0)
            return tr("%n h", nullptr, hours);
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (seconds < 2 * Day)
        return tr("%n h", nullptr, int(seconds / Hour));
    const int days = int(seconds / Day);
    const int hours = int((seconds % Day) / Hour);
    if (hours == 0)
        return tr("%n d", nullptr, days);
    return tr("%1 d %2 h").arg(days).arg(hours);
}

QString KerberosFormat::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 delta = now.secsTo(when);
    if (delta > 0)
        return tr("in %1").arg(duration(delta));
    return tr("%1 ago").arg(duration(-delta));
}

QString KerberosFormat::expiryTime(const QDateTime &end, const QDateTime &now)
{
    if (!end.isValid())
        return {};
    const qint64 delta = now.secsTo(end);
    if (delta > 0)
        return tr("in %1").arg(duration(delta));
    return tr("expired %1 ago").arg(duration(-delta));
}

QString KerberosFormat::renewTime(const QDateTime &renewTill, const QDateTime &now)
{
    if (!renewTill.isValid())
        return {};
    const qint64 delta = now.secsTo(renewTill);
    if (delta > 0)
        return tr("in %1").arg(duration(delta));
    return tr("ended %1 ago").arg(duration(-delta));
}

QString KerberosFormat::absoluteTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString KerberosFormat::compactTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm"));
    if (std::abs(local.date().daysTo(today)) < 7)
        return local.toString(QStringLiteral("ddd HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString KerberosFormat::flagDescription(QChar letter)
{
    switch (letter.unicode()) {
    case 'F':
        return tr("forwardable: may be forwarded to another host (kinit -f)");
    case 'f':
        return tr("forwarded: this ticket was forwarded from another host");
    case 'P':
        return tr("proxiable: proxy tickets may be issued from it (kinit -p)");
    case 'p':
        return tr("proxy: this ticket is a proxy ticket");
    case 'D':
        return tr("may-postdate: postdated tickets may be issued from it");
    case 'd':
        return tr("postdated: valid only from its start time on");
    case 'i':
        return tr("invalid: must be validated by the KDC before use (kinit -v)");
    case 'R':
        return tr("renewable: can be renewed until its renew-till time (kinit -R)");
    case 'I':
        return tr("initial: issued by the AS exchange, not from a ticket-granting ticket");
    case 'H':
        return tr("hardware authentication: a hardware device was used to obtain it");
    case 'A':
        return tr("pre-authenticated: the client proved its identity before the KDC answered");
    case 'T':
        return tr("transit policy checked: the KDC checked the realms it crossed");
    case 'O':
        return tr("ok-as-delegate: the realm trusts the service with delegated credentials");
    case 'a':
        return tr("anonymous: issued to the anonymous principal");
    default:
        return {};
    }
}

QString KerberosFormat::flagsToolTip(const QString &flags)
{
    if (flags.isEmpty())
        return tr("No ticket flags set.");
    QStringList lines;
    for (const QChar letter : flags) {
        const QString description = flagDescription(letter);
        lines.append(description.isEmpty() ? tr("%1  unknown flag").arg(letter)
                                           : tr("%1  %2").arg(letter, description));
    }
    return lines.join(QLatin1Char('\n'));
}

QString KerberosFormat::shortEnctype(const QString &enctype)
{
    struct Abbreviation
    {
        QLatin1StringView full;
        QLatin1StringView brief;
    };
    static constexpr Abbreviation abbreviations[] = {
        {QLatin1StringView("aes256-cts-hmac-sha1-96"), QLatin1StringView("aes256-sha1")},
        {QLatin1StringView("aes128-cts-hmac-sha1-96"), QLatin1StringView("aes128-sha1")},
        {QLatin1StringView("aes256-cts-hmac-sha384-192"), QLatin1StringView("aes256-sha2")},
        {QLatin1StringView("aes128-cts-hmac-sha256-128"), QLatin1StringView("aes128-sha2")},
        {QLatin1StringView("camellia256-cts-cmac"), QLatin1StringView("camellia256")},
        {QLatin1StringView("camellia128-cts-cmac"), QLatin1StringView("camellia128")},
        {QLatin1StringView("des3-cbc-sha1"), QLatin1StringView("des3")},
        {QLatin1StringView("arcfour-hmac"), QLatin1StringView("rc4-hmac")},
        {QLatin1StringView("arcfour-hmac-exp"), QLatin1StringView("rc4-hmac-exp")},
    };
    for (const Abbreviation &a : abbreviations) {
        if (enctype.compare(a.full, Qt::CaseInsensitive) == 0)
            return QString(a.brief);
    }
    return enctype;
}

bool KerberosFormat::isWeakEnctype(const QString &enctype)
{
    const QString name = enctype.toLower();
    return name.startsWith(QLatin1StringView("des")) ||
           name.startsWith(QLatin1StringView("arcfour")) ||
           name.startsWith(QLatin1StringView("rc4"));
}

const Warning *KerberosFormat::worstWarning(const QList<Warning> &warnings)
{
    const Warning *worst = nullptr;
    for (const Warning &w : warnings) {
        if (!worst || int(w.severity) > int(worst->severity))
            worst = &w;
    }
    return worst;
}

QString KerberosFormat::warningsToolTip(const QList<Warning> &warnings)
{
    QList<const Warning *> sorted;
    for (const Warning &w : warnings)
        sorted.append(&w);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Warning *a, const Warning *b) {
        return int(a->severity) > int(b->severity);
    });
    QStringList paragraphs;
    for (const Warning *w : std::as_const(sorted))
        paragraphs.append(tr("%1 (%2): %3").arg(severityName(w->severity), w->code, w->message));
    return paragraphs.join(QLatin1Char('\n'));
}

QString KerberosFormat::severityName(Warning::Severity severity)
{
    switch (severity) {
    case Warning::Severity::Info:
        return tr("Information");
    case Warning::Severity::Warning:
        return tr("Warning");
    case Warning::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

} // namespace Portier
