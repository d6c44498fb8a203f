// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/kerberos_checks.h"

#include "backends/kerberos/shell_quote.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>

#include <krb5.h>

#include <cerrno>
#include <cstring>

namespace Portier::KerberosChecks {

namespace {

// Translation context "Kerberos". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Kerberos
{
    Q_DECLARE_TR_FUNCTIONS(Kerberos)
};

// A ticket counts as not yet valid only beyond this tolerance, so that a KDC whose clock is a
// few seconds ahead does not make every fresh ticket look postdated.
constexpr qint64 StartToleranceSecs = 60;
constexpr qint64 SoonSecs = 30 * 60;

QString duration(qint64 secs)
{
    if (secs < 60)
        return QCoreApplication::translate("Kerberos", "%n second(s)", nullptr,
                                           static_cast<int>(secs));
    if (secs < 2 * 3600)
        return QCoreApplication::translate("Kerberos", "%n minute(s)", nullptr,
                                           static_cast<int>(secs / 60));
    if (secs < 2 * 86400)
        return QCoreApplication::translate("Kerberos", "%n hour(s)", nullptr,
                                           static_cast<int>(secs / 3600));
    return QCoreApplication::translate("Kerberos", "%n day(s)", nullptr,
                                       static_cast<int>(secs / 86400));
}

} // namespace

QString displayTime(const QDateTime &time)
{
    if (!time.isValid())
        return Kerberos::tr("(never)");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString flagLetters(quint32 bits)
{
    static const struct
    {
        quint32 bit;
        char letter;
    } order[] = {
        {TKT_FLG_FORWARDABLE, 'F'},    {TKT_FLG_FORWARDED, 'f'},
        {TKT_FLG_PROXIABLE, 'P'},      {TKT_FLG_PROXY, 'p'},
        {TKT_FLG_MAY_POSTDATE, 'D'},   {TKT_FLG_POSTDATED, 'd'},
        {TKT_FLG_INVALID, 'i'},        {TKT_FLG_RENEWABLE, 'R'},
        {TKT_FLG_INITIAL, 'I'},        {TKT_FLG_HW_AUTH, 'H'},
        {TKT_FLG_PRE_AUTH, 'A'},       {TKT_FLG_TRANSIT_POLICY_CHECKED, 'T'},
        {TKT_FLG_OK_AS_DELEGATE, 'O'}, {TKT_FLG_ANONYMOUS, 'a'},
    };
    QString letters;
    for (const auto &f : order) {
        if (bits & f.bit)
            letters.append(QLatin1Char(f.letter));
    }
    return letters;
}

QString enctypeName(qint32 id)
{
    char buf[128] = {};
    if (krb5_enctype_to_name(krb5_enctype(id), FALSE, buf, sizeof buf) != 0)
        return QStringLiteral("etype %1").arg(id);
    const QString name = QString::fromUtf8(buf);
    // klist marks what libkrb5 flags as deprecated; since single DES left libkrb5 (1.18) the
    // enctypes it still knows and flags are exactly the weak ones it can still name.
    return isWeakEnctype(id, name) ? QStringLiteral("DEPRECATED:") + name : name;
}

bool isWeakEnctype(qint32 id, const QString &name)
{
    switch (id) {
    case ENCTYPE_DES_CBC_CRC:
    case ENCTYPE_DES_CBC_MD4:
    case ENCTYPE_DES_CBC_MD5:
    case ENCTYPE_DES_CBC_RAW:
    case ENCTYPE_DES3_CBC_SHA:
    case ENCTYPE_DES3_CBC_RAW:
    case ENCTYPE_DES_HMAC_SHA1:
    case ENCTYPE_DES3_CBC_SHA1:
    case ENCTYPE_ARCFOUR_HMAC:
    case ENCTYPE_ARCFOUR_HMAC_EXP:
        return true;
    default:
        break;
    }
    QString n = name.toLower();
    if (n.startsWith(QLatin1StringView("deprecated:")))
        return true;
    return n.startsWith(QLatin1StringView("des")) || n.contains(QLatin1StringView("rc4")) ||
           n.contains(QLatin1StringView("arcfour")) || n.endsWith(QLatin1StringView("-exp"));
}

bool isTgt(const Credential &c)
{
    return !c.isConfig && c.server.startsWith(QLatin1StringView("krbtgt/"));
}

QList<Warning> credentialWarnings(const Credential &c, const QDateTime &now)
{
    QList<Warning> out;
    if (c.isConfig)
        return out;
    const bool tgt = isTgt(c);
    if (c.hasAllZeroTimes()) {
        out.append({QStringLiteral("placeholder-offline"),
                    Kerberos::tr(
                        "The credential for %1 has no authentication, start, end or renew time "
                        "(klist shows 01/01/1970): it is a placeholder, not a usable ticket. "
                        "SSSD's krb5_child writes such a placeholder TGT when a login was "
                        "authenticated offline from cached credentials, i.e. SSSD could not reach "
                        "a KDC at that login; it asks for a real ticket once a KDC answers again. "
                        "Check `sssctl domain-status DOMAIN` (is the domain offline?) and whether "
                        "the KDCs are reachable from this host, then log in again or run kinit.")
                        .arg(c.server),
                    Warning::Severity::Warning});
        return out;
    }
    const QDateTime issued = c.startTime.isValid() ? c.startTime : c.authTime;
    // An MIT KDC whose policy allows no renewable life (maxrenewlife 0) still sets the renewable
    // flag when asked, with renew-till equal to the start time: renewable in name only.
    const bool renewableInName = c.flagBits & TKT_FLG_RENEWABLE;
    const bool zeroRenewLife =
        renewableInName && c.renewTill.isValid() && issued.isValid() && c.renewTill <= issued;
    const bool renewable = renewableInName && !zeroRenewLife;
    const bool renewLeft = renewable && c.renewTill.isValid() && c.renewTill > now;
    if (c.endTime.isValid() && c.endTime <= now) {
        const QString what =
            tgt ? Kerberos::tr(
                      "The ticket-granting ticket %1 expired at %2; nothing can be authenticated "
                      "with it. Run kinit to get a new one.")
                : Kerberos::tr("The service ticket for %1 expired at %2. It is fetched again "
                               "automatically while a valid ticket-granting ticket is present.");
        out.append({QStringLiteral("expired"), what.arg(c.server, displayTime(c.endTime)),
                    tgt ? Warning::Severity::Critical : Warning::Severity::Warning});
    } else if (c.endTime.isValid()) {
        const qint64 left = now.secsTo(c.endTime);
        const QDateTime start = c.startTime.isValid() ? c.startTime : c.authTime;
        const qint64 lifetime = start.isValid() ? start.secsTo(c.endTime) : 0;
        if (left < SoonSecs || (lifetime > 0 && left * 10 < lifetime)) {
            QString text = Kerberos::tr("The ticket for %1 expires at %2 (in %3).")
                               .arg(c.server, displayTime(c.endTime), duration(left));
            if (renewLeft && c.renewTill > c.endTime)
                text += QLatin1Char(' ') + Kerberos::tr("It can be renewed with kinit -R until %1.")
                                               .arg(displayTime(c.renewTill));
            else if (tgt)
                text += QLatin1Char(' ') +
                        Kerberos::tr("It cannot be renewed further: run kinit before "
                                     "then.");
            out.append({QStringLiteral("expiring-soon"), text,
                        tgt ? Warning::Severity::Warning : Warning::Severity::Info});
        }
    }
    const QDateTime &start = issued;
    if (start.isValid() && start > now.addSecs(StartToleranceSecs)) {
        const QString why =
            (c.flagBits & TKT_FLG_POSTDATED)
                ? Kerberos::tr("It is a postdated ticket; once valid it must be validated "
                               "with kinit -v before use.")
                : Kerberos::tr("It was not requested as postdated, so this host's clock is "
                               "probably behind the KDC's: check time synchronisation.");
        out.append({QStringLiteral("not-yet-valid"),
                    Kerberos::tr("The ticket for %1 is not valid before %2.")
                            .arg(c.server, displayTime(start)) +
                        QLatin1Char(' ') + why,
                    Warning::Severity::Warning});
    }
    if (renewable && c.renewTill.isValid() && c.renewTill <= now) {
        out.append(
            {QStringLiteral("renew-expired"),
             Kerberos::tr("The ticket for %1 was renewable only until %2; kinit -R will fail. Run "
                          "kinit for a new ticket.")
                 .arg(c.server, displayTime(c.renewTill)),
             Warning::Severity::Warning});
    }
    if (isWeakEnctype(0, c.sessionEnctype) || isWeakEnctype(0, c.ticketEnctype)) {
        out.append(
            {QStringLiteral("weak-enctype"),
             Kerberos::tr("The ticket for %1 uses a weak encryption type (session key %2, ticket "
                          "%3). RFC 8429 deprecates DES, triple DES and RC4; give the accounts AES "
                          "keys and remove the weak types from the KDC and krb5.conf.")
                 .arg(c.server, c.sessionEnctype, c.ticketEnctype),
             Warning::Severity::Warning});
    }
    if (tgt && !renewable && c.endTime.isValid() && c.endTime > now) {
        const QString text =
            zeroRenewLife
                ? Kerberos::tr(
                      "This ticket-granting ticket is not renewable in practice: the KDC set its "
                      "renew-till time to its start time (%1), as it does when the maximum "
                      "renewable life of the principal or of krbtgt is 0. After %2 kinit must be "
                      "run again.")
                      .arg(displayTime(c.renewTill), displayTime(c.endTime))
                : Kerberos::tr(
                      "This ticket-granting ticket is not renewable: after %1 kinit must be run "
                      "again. Request a renewable ticket with kinit -r if the KDC policy allows "
                      "it.")
                      .arg(displayTime(c.endTime));
        out.append({QStringLiteral("not-renewable"), text, Warning::Severity::Info});
    }
    return out;
}

QList<Warning> cacheWarnings(const CredentialCache &cache)
{
    QList<Warning> out;
    if (cache.readError || cache.principal.isEmpty())
        return out;
    qsizetype tickets = 0;
    for (const Credential &c : cache.credentials)
        tickets += c.isConfig ? 0 : 1;
    if (tickets == 0) {
        out.append({QStringLiteral("empty"),
                    Kerberos::tr(
                        "The cache %1 is initialised for %2 but holds no tickets. Run kinit to get "
                        "one, or kdestroy to remove the cache.")
                        .arg(cache.name, cache.principal),
                    Warning::Severity::Info});
    } else if (!cache.tgt()) {
        out.append(
            {QStringLiteral("no-tgt"),
             Kerberos::tr("The cache %1 holds tickets for %2 but no ticket-granting ticket for its "
                          "realm, so no new service tickets can be obtained from it. Run kinit to "
                          "get one.")
                 .arg(cache.name, cache.principal),
             Warning::Severity::Warning});
    }
    return out;
}

void annotateKeytab(KeytabListing &listing)
{
    QHash<QString, int> highestKvno; // principal + enctype -> kvno
    QHash<QString, int> seen;        // principal + kvno + enctype -> count
    auto pe = [](const KeytabEntry &e) -> QString {
        return e.principal + QChar(0x1f) + QString::number(e.enctypeId);
    };
    auto pke = [&](const KeytabEntry &e) -> QString {
        return pe(e) + QChar(0x1f) + QString::number(e.kvno);
    };
    for (const KeytabEntry &e : std::as_const(listing.entries)) {
        const QString key = pe(e);
        highestKvno[key] = std::max(highestKvno.value(key, e.kvno), e.kvno);
        seen[pke(e)] += 1;
    }
    int weak = 0, duplicates = 0, old = 0;
    QHash<QString, int> reported;
    for (KeytabEntry &e : listing.entries) {
        const int highest = highestKvno.value(pe(e));
        if (e.kvno < highest) {
            ++old;
            e.warnings.append(
                {QStringLiteral("old-kvno"),
                 Kerberos::tr("Key version %1 of %2 (%3) is older than version %4 in the same "
                              "keytab. Old keys are kept so that tickets issued before a key "
                              "change still decrypt; remove them (ktutil delent) once those "
                              "tickets have expired.")
                     .arg(e.kvno)
                     .arg(e.principal, e.enctype)
                     .arg(highest),
                 Warning::Severity::Info});
        }
        if (isWeakEnctype(e.enctypeId, e.enctype)) {
            ++weak;
            e.warnings.append(
                {QStringLiteral("weak-enctype"),
                 Kerberos::tr("%1 is a weak encryption type (RFC 8429 deprecates DES, triple "
                              "DES and RC4). Make sure the account has AES keys, then remove "
                              "this key from the keytab.")
                     .arg(e.enctype),
                 Warning::Severity::Warning});
        }
        if (seen.value(pke(e)) > 1 && reported[pke(e)]++ > 0) {
            ++duplicates;
            e.warnings.append(
                {QStringLiteral("duplicate"),
                 Kerberos::tr("This entry repeats %1 kvno %2 (%3), which appears earlier in "
                              "the keytab; libkrb5 uses the first one. Duplicates usually come "
                              "from running ktadd or adcli twice; remove one with ktutil.")
                     .arg(e.principal)
                     .arg(e.kvno)
                     .arg(e.enctype),
                 Warning::Severity::Warning});
        }
    }
    if (listing.entries.isEmpty()) {
        listing.warnings.append({QStringLiteral("empty"),
                                 Kerberos::tr("The keytab %1 holds no keys.").arg(listing.path),
                                 Warning::Severity::Warning});
    }
    if (weak > 0) {
        listing.warnings.append(
            {QStringLiteral("weak-enctype"),
             QCoreApplication::translate(
                 "Kerberos", "%n key(s) in this keytab use weak encryption types.", nullptr, weak),
             Warning::Severity::Warning});
    }
    if (duplicates > 0) {
        listing.warnings.append(
            {QStringLiteral("duplicate"),
             QCoreApplication::translate("Kerberos", "%n entry(ies) in this keytab are duplicates.",
                                         nullptr, duplicates),
             Warning::Severity::Warning});
    }
    if (old > 0) {
        listing.warnings.append(
            {QStringLiteral("old-kvno"),
             QCoreApplication::translate("Kerberos",
                                         "%n key(s) in this keytab belong to older key versions.",
                                         nullptr, old),
             Warning::Severity::Info});
    }
}

QString printableConfigValue(const QByteArray &value)
{
    constexpr qsizetype Max = 512;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(value);
    bool printable = !decoder.hasError();
    for (const QChar c : text) {
        if (!c.isPrint()) {
            printable = false;
            break;
        }
    }
    QString out;
    if (printable) {
        out = text;
    } else {
        for (const char byte : value) {
            const auto b = static_cast<unsigned char>(byte);
            if (b >= 0x20 && b < 0x7f && b != '\\')
                out.append(QLatin1Char(char(b)));
            else
                out.append(QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0')));
            if (out.size() > Max)
                break;
        }
    }
    if (out.size() > Max)
        out = out.left(Max) + QStringLiteral("…");
    return out;
}

QString preauthMechanismName(int paType)
{
    switch (paType) {
    case 2:
        return Kerberos::tr("encrypted timestamp (PA-ENC-TIMESTAMP, password)");
    case 3:
        return Kerberos::tr("password salt (PA-PW-SALT)");
    case 14:
    case 15:
        return Kerberos::tr("PKINIT, old draft (smart card or certificate)");
    case 16:
    case 17:
        return Kerberos::tr("PKINIT (smart card or certificate)");
    case 133:
        return Kerberos::tr("FAST cookie");
    case 136:
        return Kerberos::tr("FAST armored request");
    case 138:
        return Kerberos::tr("encrypted challenge (FAST, password)");
    case 141:
    case 142:
        return Kerberos::tr("OTP (one-time password)");
    case 149:
        return Kerberos::tr("PAC request");
    case 151:
        return Kerberos::tr("SPAKE (password, resistant to offline dictionary attacks)");
    default:
        return Kerberos::tr("preauthentication type %1").arg(paType);
    }
}

QString configMeaning(const QString &key, const QString &value)
{
    if (key == QLatin1StringView("pa_type")) {
        bool ok = false;
        const int type = value.trimmed().toInt(&ok);
        if (!ok)
            return Kerberos::tr(
                "Preauthentication mechanism used for this principal (unreadable value).");
        return Kerberos::tr(
                   "The KDC accepted preauthentication type %1, %2, when these credentials were "
                   "obtained; libkrb5 tries it first next time.")
            .arg(type)
            .arg(preauthMechanismName(type));
    }
    if (key == QLatin1StringView("fast_avail"))
        return Kerberos::tr(
            "The KDC offered FAST (armored preauthentication) when these credentials were "
            "obtained, so requests armored with this cache can use FAST.");
    if (key == QLatin1StringView("refresh_time")) {
        bool ok = false;
        const qint64 secs = value.trimmed().toLongLong(&ok);
        if (!ok)
            return Kerberos::tr("When GSSAPI refreshes these credentials from the client keytab "
                                "(unreadable value).");
        return Kerberos::tr(
                   "GSSAPI (gss_acquire_cred) refreshes these credentials from the client keytab "
                   "after %1.")
            .arg(displayTime(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())));
    }
    if (key == QLatin1StringView("proxy_impersonator"))
        return Kerberos::tr(
                   "These credentials were obtained by %1 on behalf of the user (S4U2Self "
                   "impersonation); GSSAPI uses them for constrained delegation (S4U2Proxy).")
            .arg(value);
    if (key == QLatin1StringView("start_realm"))
        return Kerberos::tr(
                   "The realm the initial ticket came from (%1); libkrb5 looks for the TGT there "
                   "when the client principal's realm differs, e.g. after a referral.")
            .arg(value);
    if (key == QLatin1StringView("pa_config_data"))
        return Kerberos::tr(
            "Preauthentication state saved by a preauth mechanism (e.g. the SPAKE group or "
            "OTP token choice) for the next request.");
    return Kerberos::tr("unknown");
}

std::optional<Error> keytabAccessError(const QString &path, bool exists, bool isDir,
                                       int accessErrno, const QString &owner, const QString &group,
                                       uint mode)
{
    if (!exists && (accessErrno == 0 || accessErrno == ENOENT)) {
        return Error(
            CoreError::NotFound, Kerberos::tr("The keytab %1 does not exist.").arg(path),
            Kerberos::tr("Check the path; the default keytab is set by default_keytab_name in "
                         "krb5.conf or KRB5_KTNAME."));
    }
    if (isDir) {
        return Error(CoreError::InvalidInput,
                     Kerberos::tr("%1 is a directory, not a keytab file.").arg(path));
    }
    if (accessErrno == EACCES || accessErrno == EPERM || (!exists && accessErrno != ENOENT)) {
        const QString modeText =
            QString::number(mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
        Error e(
            CoreError::NeedsPrivilege,
            exists
                ? Kerberos::tr("The keytab %1 cannot be read without privilege: it belongs to %2 "
                               "(group %3) with mode %4.")
                      .arg(path, owner, group, modeText)
                : Kerberos::tr("The keytab %1 cannot be reached without privilege: a directory on "
                               "its path is not accessible.")
                      .arg(path),
            Kerberos::tr(
                "Keytabs hold service keys and are readable by root only, as they should be. "
                "To list it, run `portier-cli krb keytab %1` through pkexec or sudo; do not "
                "loosen its permissions.")
                .arg(shellQuote(path)));
        e.libraryCode = accessErrno;
        return e;
    }
    if (accessErrno != 0) {
        Error e(CoreError::Io, Kerberos::tr("The keytab %1 cannot be read: %2.")
                                   .arg(path, QString::fromLocal8Bit(strerror(accessErrno))));
        e.libraryCode = accessErrno;
        return e;
    }
    return std::nullopt;
}

} // namespace Portier::KerberosChecks
