// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/cache_reader.h"

#include "backends/core/logging.h"
#include "backends/kerberos/kerberos_checks.h"
#include "backends/kerberos/krb5_errors.h"
#include "backends/kerberos/krb5_handles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Portier::Krb5 {

namespace {

// Translation context "Kerberos". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Kerberos
{
    Q_DECLARE_TR_FUNCTIONS(Kerberos)
};

QString dataString(const krb5_data &d)
{
    if (!d.data || d.length == 0)
        return {};
    return QString::fromUtf8(d.data, qsizetype(d.length));
}

// The file or directory to watch for changes; empty for caches that live in the kernel or a
// daemon.
QString cacheLocation(const QString &type, const QString &residual)
{
    if (type == QLatin1StringView("FILE"))
        return residual;
    if (type == QLatin1StringView("DIR")) {
        // "DIR::/dir/tkt" names one cache of the collection in /dir; "DIR:/dir" the collection.
        if (residual.startsWith(QLatin1Char(':')))
            return QFileInfo(residual.mid(1)).absolutePath();
        return residual;
    }
    return {};
}

Credential readCredential(const Context &ctx, const krb5_creds &creds, const QDateTime &now)
{
    Credential c;
    c.client = unparse(ctx, creds.client);
    if (krb5_is_config_principal(ctx, creds.server)) {
        // krb5_ccache_conf_data/<key>[/<principal>]@X-CACHECONF:
        c.isConfig = true;
        const krb5_principal_data *server = creds.server;
        if (server->length > 1)
            c.configKey = dataString(server->data[1]);
        if (server->length > 2)
            c.server = dataString(server->data[2]);
        c.configValue = KerberosChecks::printableConfigValue(
            QByteArray(creds.ticket.data, qsizetype(creds.ticket.length)));
        c.configMeaning = KerberosChecks::configMeaning(c.configKey, c.configValue);
        return c;
    }
    c.server = unparse(ctx, creds.server);
    c.authTime = toDateTime(creds.times.authtime);
    c.startTime = toDateTime(creds.times.starttime ? creds.times.starttime : creds.times.authtime);
    c.endTime = toDateTime(creds.times.endtime);
    c.renewTill = toDateTime(creds.times.renew_till);
    c.flagBits = quint32(creds.ticket_flags);
    c.flags = KerberosChecks::flagLetters(c.flagBits);
    // Only the enctype of the session key is read; its contents stay inside libkrb5.
    c.sessionEnctype = KerberosChecks::enctypeName(creds.keyblock.enctype);
    c.ticketSize = int(creds.ticket.length);
    if (creds.ticket.length > 0) {
        Ticket ticket(ctx);
        if (krb5_decode_ticket(&creds.ticket, ticket.out()) == 0 && ticket)
            c.ticketEnctype = KerberosChecks::enctypeName(ticket.get()->enc_part.enctype);
    }
    c.warnings = KerberosChecks::credentialWarnings(c, now);
    return c;
}

Error readError(const Context &ctx, krb5_error_code code, const QString &name)
{
    Error e = makeError(ctx, code, Operation::ListCaches, name);
    if (e.domain == ErrorDomain::Kerberos && e.code == int(KrbError::Library)) {
        e.domain = ErrorDomain::Core;
        e.code = int(CoreError::Io);
    }
    return e;
}

} // namespace

std::optional<CredentialCache> readCache(const Context &ctx, krb5_ccache cc, const QDateTime &now)
{
    CredentialCache cache;
    cache.name = fullName(ctx, cc);
    cache.type = QString::fromUtf8(krb5_cc_get_type(ctx, cc));
    cache.location = cacheLocation(cache.type, QString::fromUtf8(krb5_cc_get_name(ctx, cc)));

    Principal principal(ctx);
    krb5_error_code ret = krb5_cc_get_principal(ctx, cc, principal.out());
    if (ret == KRB5_FCC_NOFILE || ret == KRB5_CC_NOTFOUND)
        return std::nullopt;
    if (ret) {
        cache.readError = readError(ctx, ret, cache.name);
        return cache;
    }
    cache.principal = unparse(ctx, principal.get());

    QList<Credential> tickets;
    QList<Credential> config;
    CcCursor cursor(ctx, cc);
    ret = cursor.start();
    if (ret) {
        cache.readError = readError(ctx, ret, cache.name);
        return cache;
    }
    for (;;) {
        Creds creds(ctx);
        ret = cursor.next(creds.get());
        if (ret == KRB5_CC_END)
            break;
        if (ret) {
            cache.readError = readError(ctx, ret, cache.name);
            break;
        }
        Credential c = readCredential(ctx, *creds.get(), now);
        (c.isConfig ? config : tickets).append(std::move(c));
    }
    cache.credentials = tickets + config;
    cache.warnings = KerberosChecks::cacheWarnings(cache);
    return cache;
}

CacheCollection readCollection(const Context &ctx, const QDateTime &now,
                               const std::function<bool()> &cancelled)
{
    CacheCollection collection;
    const char *defaultName = krb5_cc_default_name(ctx);
    collection.defaultCacheName = QString::fromUtf8(defaultName ? defaultName : "");

    QString primaryName;
    QString defaultType;
    QSet<QString> seen;
    Ccache defaultCache(ctx);
    const krb5_error_code defRet = krb5_cc_default(ctx, defaultCache.out());
    if (defRet == 0) {
        primaryName = fullName(ctx, defaultCache.get());
        defaultType = QString::fromUtf8(krb5_cc_get_type(ctx, defaultCache.get()));
    } else {
        collection.warnings.append(
            {QStringLiteral("default-cache-unresolvable"),
             Kerberos::tr("The default credential cache %1 cannot be opened: %2")
                 .arg(collection.defaultCacheName, ctx.errorMessage(defRet)),
             Warning::Severity::Warning});
    }

    auto add = [&](krb5_ccache cc) {
        const QString name = fullName(ctx, cc);
        if (seen.contains(name))
            return;
        seen.insert(name);
        if (auto cache = readCache(ctx, cc, now)) {
            cache->primary = name == primaryName;
            collection.caches.append(std::move(*cache));
        }
    };

    CccolCursor cursor(ctx);
    krb5_error_code ret = krb5_cccol_cursor_new(ctx, cursor.out());
    if (ret) {
        collection.warnings.append(
            {QStringLiteral("collection-unreadable"),
             Kerberos::tr("The cache collection cannot be listed: %1").arg(ctx.errorMessage(ret)),
             Warning::Severity::Warning});
    } else {
        for (;;) {
            if (cancelled && cancelled())
                return collection;
            Ccache cc(ctx);
            ret = krb5_cccol_cursor_next(ctx, cursor.get(), cc.out());
            if (ret) {
                collection.warnings.append(
                    {QStringLiteral("collection-unreadable"),
                     Kerberos::tr("Listing the cache collection stopped early: %1")
                         .arg(ctx.errorMessage(ret)),
                     Warning::Severity::Warning});
                break;
            }
            if (!cc)
                break;
            add(cc.get());
        }
    }
    if (defaultCache)
        add(defaultCache.get());

    std::stable_sort(collection.caches.begin(), collection.caches.end(),
                     [](const CredentialCache &a, const CredentialCache &b) {
                         if (a.primary != b.primary)
                             return a.primary;
                         return a.name < b.name;
                     });

    const bool primaryListed = std::any_of(collection.caches.begin(), collection.caches.end(),
                                           [](const CredentialCache &c) { return c.primary; });
    const QByteArray typeBytes = defaultType.toUtf8();
    const bool isCollection =
        !defaultType.isEmpty() && krb5_cc_support_switch(ctx, typeBytes.constData());
    if (isCollection && !primaryListed && !collection.caches.isEmpty()) {
        const bool keyring = defaultType == QLatin1StringView("KEYRING");
        collection.warnings.append(
            {keyring ? QStringLiteral("keyring-primary-missing")
                     : QStringLiteral("collection-primary-missing"),
             Kerberos::tr(
                 "The primary cache %1 of the %2 collection is missing or empty, although the "
                 "collection holds %3 other cache(s): programs that use the default cache (ssh, "
                 "GSSAPI applications) will find no tickets. Make one of them primary (kswitch) "
                 "or run kinit.")
                 .arg(primaryName, defaultType)
                 .arg(collection.caches.size()),
             Warning::Severity::Warning});
    }
    return collection;
}

Result<CredentialCache> readCacheNamed(const QString &name, const QDateTime &now)
{
    Context ctx;
    if (ctx.initError())
        return contextError(ctx, Operation::ListCaches, name);
    Ccache cc(ctx);
    const QByteArray bytes = name.toUtf8();
    const krb5_error_code ret = krb5_cc_resolve(ctx, bytes.constData(), cc.out());
    if (ret)
        return makeError(ctx, ret, Operation::ListCaches, name);
    auto cache = readCache(ctx, cc.get(), now);
    if (!cache)
        return makeError(ctx, KRB5_FCC_NOFILE, Operation::ListCaches, name);
    return *cache;
}

} // namespace Portier::Krb5
