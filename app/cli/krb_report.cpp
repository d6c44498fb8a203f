// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/krb_report.h"

#include "app/cli/error_report.h"
#include "app/cli/text_table.h"
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"

#include <QStringList>

#include <array>

namespace Portier::Cli {

namespace {

struct FlagName
{
    char letter;
    const char *meaning;
};

// The letters `klist -f` prints, in its order (MIT krb5 src/clients/klist/klist.c).
constexpr std::array<FlagName, 14> flagNames{{
    {'F', QT_TRANSLATE_NOOP("KrbReport", "forwardable")},
    {'f', QT_TRANSLATE_NOOP("KrbReport", "forwarded")},
    {'P', QT_TRANSLATE_NOOP("KrbReport", "proxiable")},
    {'p', QT_TRANSLATE_NOOP("KrbReport", "proxy")},
    {'D', QT_TRANSLATE_NOOP("KrbReport", "may be postdated")},
    {'d', QT_TRANSLATE_NOOP("KrbReport", "postdated")},
    {'i', QT_TRANSLATE_NOOP("KrbReport", "invalid")},
    {'R', QT_TRANSLATE_NOOP("KrbReport", "renewable")},
    {'I', QT_TRANSLATE_NOOP("KrbReport", "initial")},
    {'H', QT_TRANSLATE_NOOP("KrbReport", "hardware authenticated")},
    {'A', QT_TRANSLATE_NOOP("KrbReport", "preauthenticated")},
    {'T', QT_TRANSLATE_NOOP("KrbReport", "transit policy checked")},
    {'O', QT_TRANSLATE_NOOP("KrbReport", "ok as delegate")},
    {'a', QT_TRANSLATE_NOOP("KrbReport", "anonymous")},
}};

QString dash()
{
    return QStringLiteral("-");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : text;
}

QStringList ticketDetails(const Credential &credential, const QDateTime &now)
{
    QStringList details;
    if (!credential.sessionEnctype.isEmpty() || !credential.ticketEnctype.isEmpty()) {
        details.append(
            KrbReport::tr("Enctypes: session %1, ticket %2")
                .arg(orDash(credential.sessionEnctype), orDash(credential.ticketEnctype)));
    }
    if (credential.endTime.isValid() && now.isValid()) {
        const qint64 left = now.secsTo(credential.endTime);
        QString status = left > 0
                             ? KrbReport::tr("Valid for another %1.").arg(KrbReport::duration(left))
                             : KrbReport::tr("Expired %1 ago.").arg(KrbReport::duration(-left));
        if (credential.renewTill.isValid()) {
            const qint64 renewLeft = now.secsTo(credential.renewTill);
            status += QLatin1Char(' ') + (renewLeft > 0 ? KrbReport::tr("Renewable for another %1.")
                                                              .arg(KrbReport::duration(renewLeft))
                                                        : KrbReport::tr("No longer renewable."));
        }
        details.append(status);
    }
    for (const Warning &warning : credential.warnings)
        details.append(ErrorReport::warningLine(warning));
    return details;
}

QString cacheReport(const CredentialCache &cache, const QDateTime &now, QString *flagsSeen)
{
    QString text = KrbReport::tr("Cache: %1").arg(cache.name);
    if (cache.primary)
        text += QLatin1Char(' ') + KrbReport::tr("(primary)");
    text += QLatin1Char('\n');
    text += QStringLiteral("  ") + KrbReport::tr("Type: %1").arg(cache.type) + QLatin1Char('\n');
    if (cache.principal.isEmpty()) {
        text += QStringLiteral("  ") +
                KrbReport::tr("Default principal: none (the cache is not initialised)") +
                QLatin1Char('\n');
    } else {
        text += QStringLiteral("  ") + KrbReport::tr("Default principal: %1").arg(cache.principal) +
                QLatin1Char('\n');
    }
    for (const Warning &warning : cache.warnings)
        text += QStringLiteral("  ") + ErrorReport::warningLine(warning) + QLatin1Char('\n');
    if (cache.readError) {
        text += QStringLiteral("  ") + KrbReport::tr("Could not read this cache:") +
                QLatin1Char(' ') + ErrorReport::describe(*cache.readError, false);
    }

    TextTable tickets({KrbReport::tr("Valid starting"), KrbReport::tr("Expires"),
                       KrbReport::tr("Renew until"), KrbReport::tr("Flags"),
                       KrbReport::tr("Service principal")});
    TextTable config({KrbReport::tr("Key"), KrbReport::tr("Value"), KrbReport::tr("Meaning")});
    for (const Credential &credential : cache.credentials) {
        if (credential.isConfig) {
            QStringList details;
            for (const Warning &warning : credential.warnings)
                details.append(ErrorReport::warningLine(warning));
            config.addRow(
                {credential.configKey, orDash(credential.configValue), credential.configMeaning},
                details);
            continue;
        }
        *flagsSeen += credential.flags;
        QString server = credential.server;
        if (credential.client != cache.principal && !credential.client.isEmpty())
            server += QLatin1Char(' ') + KrbReport::tr("(for %1)").arg(credential.client);
        tickets.addRow({KrbReport::time(credential.startTime), KrbReport::time(credential.endTime),
                        KrbReport::time(credential.renewTill), orDash(credential.flags), server},
                       ticketDetails(credential, now));
    }
    text += QLatin1Char('\n');
    if (tickets.isEmpty())
        text += QStringLiteral("  ") + KrbReport::tr("No tickets.") + QLatin1Char('\n');
    else
        text += tickets.render(2);
    if (!config.isEmpty()) {
        text += QLatin1Char('\n') + QStringLiteral("  ") + KrbReport::tr("Configuration entries:") +
                QLatin1Char('\n') + config.render(4);
    }
    return text;
}

} // namespace

QString KrbReport::duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

QString KrbReport::time(const QDateTime &time)
{
    if (!time.isValid())
        return dash();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString KrbReport::flagLegend(const QString &flags)
{
    QStringList parts;
    for (const FlagName &flag : flagNames) {
        if (flags.contains(QLatin1Char(flag.letter)))
            parts.append(QLatin1Char(flag.letter) + QLatin1Char(' ') + tr(flag.meaning));
    }
    return parts.join(QStringLiteral(", "));
}

QString KrbReport::caches(const CacheCollection &collection, const QDateTime &now)
{
    QString text;
    if (!collection.defaultCacheName.isEmpty())
        text += tr("Default cache: %1").arg(collection.defaultCacheName) + QLatin1Char('\n');
    for (const Warning &warning : collection.warnings)
        text += ErrorReport::warningLine(warning) + QLatin1Char('\n');
    if (collection.caches.isEmpty()) {
        text += tr("No credential caches. Obtain a ticket with: portier-cli krb kinit PRINCIPAL") +
                QLatin1Char('\n');
        return text;
    }
    QString flagsSeen;
    for (const CredentialCache &cache : collection.caches)
        text += QLatin1Char('\n') + cacheReport(cache, now, &flagsSeen);
    const QString legend = flagLegend(flagsSeen);
    if (!legend.isEmpty())
        text += QLatin1Char('\n') + tr("Flags: %1").arg(legend) + QLatin1Char('\n');
    return text;
}

QString KrbReport::keytab(const KeytabListing &listing)
{
    QString text = tr("Keytab: %1").arg(listing.path) + QLatin1Char('\n');
    for (const Warning &warning : listing.warnings)
        text += QStringLiteral("  ") + ErrorReport::warningLine(warning) + QLatin1Char('\n');
    if (listing.entries.isEmpty())
        return text + QStringLiteral("  ") + tr("The keytab has no entries.") + QLatin1Char('\n');

    TextTable table({tr("KVNO"), tr("Timestamp"), tr("Enctype"), tr("Principal")});
    for (const KeytabEntry &entry : listing.entries) {
        QStringList details;
        for (const Warning &warning : entry.warnings)
            details.append(ErrorReport::warningLine(warning));
        table.addRow({QString::number(entry.kvno).rightJustified(4), time(entry.timestamp),
                      entry.enctype, entry.principal},
                     details);
    }
    return text + QLatin1Char('\n') + table.render(2);
}

QString KrbReport::outcome(const ActionOutcome &outcome, bool withTrace)
{
    QString text = outcome.summary + QLatin1Char('\n');
    if (!outcome.cacheName.isEmpty())
        text += QStringLiteral("  ") + tr("Cache: %1").arg(outcome.cacheName) + QLatin1Char('\n');
    if (!outcome.shellCommand.isEmpty()) {
        text += QStringLiteral("  ") + tr("Equivalent command: %1").arg(outcome.shellCommand) +
                QLatin1Char('\n');
    }
    text += ErrorReport::diagnoses(outcome.diagnoses, 2);
    if (withTrace)
        text += ErrorReport::excerpt(outcome.trace, 2);
    return text;
}

} // namespace Portier::Cli
