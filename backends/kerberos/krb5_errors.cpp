// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/krb5_errors.h"

#include "backends/kerberos/krb5_handles.h"

#include <QCoreApplication>

#include <cerrno>

namespace Portier::Krb5 {

namespace {

// Translation context "Kerberos". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Kerberos
{
    Q_DECLARE_TR_FUNCTIONS(Kerberos)
};

#define PORTIER_KRB5_CODE(name)                                                                    \
    {                                                                                              \
        name, #name                                                                                \
    }
const struct
{
    krb5_error_code code;
    const char *name;
} KnownCodes[] = {
    PORTIER_KRB5_CODE(KRB5KDC_ERR_NAME_EXP),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_SERVICE_EXP),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_NULL_KEY),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_CANNOT_POSTDATE),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_NEVER_VALID),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_POLICY),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_BADOPTION),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_ETYPE_NOSUPP),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_CLIENT_REVOKED),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_SERVICE_REVOKED),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_TGT_REVOKED),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_CLIENT_NOTYET),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_KEY_EXP),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_PREAUTH_FAILED),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_SVC_UNAVAILABLE),
    PORTIER_KRB5_CODE(KRB5KDC_ERR_WRONG_REALM),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_BAD_INTEGRITY),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_TKT_EXPIRED),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_TKT_NYV),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_SKEW),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_MODIFIED),
    PORTIER_KRB5_CODE(KRB5KRB_AP_ERR_BADKEYVER),
    PORTIER_KRB5_CODE(KRB5KRB_ERR_RESPONSE_TOO_BIG),
    PORTIER_KRB5_CODE(KRB5_LIBOS_CANTREADPWD),
    PORTIER_KRB5_CODE(KRB5_LIBOS_PWDINTR),
    PORTIER_KRB5_CODE(KRB5_PARSE_MALFORMED),
    PORTIER_KRB5_CODE(KRB5_CC_BADNAME),
    PORTIER_KRB5_CODE(KRB5_CC_UNKNOWN_TYPE),
    PORTIER_KRB5_CODE(KRB5_CC_NOTFOUND),
    PORTIER_KRB5_CODE(KRB5_CC_END),
    PORTIER_KRB5_CODE(KRB5_NO_TKT_SUPPLIED),
    PORTIER_KRB5_CODE(KRB5_KDCREP_SKEW),
    PORTIER_KRB5_CODE(KRB5_PROG_ETYPE_NOSUPP),
    PORTIER_KRB5_CODE(KRB5_REALM_UNKNOWN),
    PORTIER_KRB5_CODE(KRB5_KDC_UNREACH),
    PORTIER_KRB5_CODE(KRB5_KT_BADNAME),
    PORTIER_KRB5_CODE(KRB5_KT_UNKNOWN_TYPE),
    PORTIER_KRB5_CODE(KRB5_KT_NOTFOUND),
    PORTIER_KRB5_CODE(KRB5_KT_END),
    PORTIER_KRB5_CODE(KRB5_KT_IOERR),
    PORTIER_KRB5_CODE(KRB5_BAD_ENCTYPE),
    PORTIER_KRB5_CODE(KRB5_CC_IO),
    PORTIER_KRB5_CODE(KRB5_FCC_PERM),
    PORTIER_KRB5_CODE(KRB5_FCC_NOFILE),
    PORTIER_KRB5_CODE(KRB5_FCC_INTERNAL),
    PORTIER_KRB5_CODE(KRB5_CC_NOMEM),
    PORTIER_KRB5_CODE(KRB5_CC_FORMAT),
    PORTIER_KRB5_CODE(KRB5_NOCREDS_SUPPLIED),
    PORTIER_KRB5_CODE(KRB5_PREAUTH_FAILED),
    PORTIER_KRB5_CODE(KRB5_CCACHE_BADVNO),
    PORTIER_KRB5_CODE(KRB5_KEYTAB_BADVNO),
    PORTIER_KRB5_CODE(KRB5_ERR_BAD_HOSTNAME),
    PORTIER_KRB5_CODE(KRB5_REALM_CANT_RESOLVE),
    PORTIER_KRB5_CODE(KRB5_TKT_NOT_FORWARDABLE),
    PORTIER_KRB5_CODE(KRB5_GET_IN_TKT_LOOP),
    PORTIER_KRB5_CODE(KRB5_KT_NAME_TOOLONG),
    PORTIER_KRB5_CODE(KRB5_KT_KVNONOTFOUND),
    PORTIER_KRB5_CODE(KRB5_KT_FORMAT),
    PORTIER_KRB5_CODE(KRB5_CONFIG_ETYPE_NOSUPP),
    PORTIER_KRB5_CODE(KRB5_CC_READONLY),
    PORTIER_KRB5_CODE(KRB5_CC_NOSUPP),
    PORTIER_KRB5_CODE(KRB5_DELTAT_BADFORMAT),
    PORTIER_KRB5_CODE(KRB5_PLUGIN_NO_HANDLE),
};
#undef PORTIER_KRB5_CODE

QString realmOf(const QString &principal)
{
    const qsizetype at = principal.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? principal.mid(at + 1) : QString();
}

QString action(Operation op, const QString &subject)
{
    switch (op) {
    case Operation::Kinit:
        return Kerberos::tr("Could not get a ticket for %1").arg(subject);
    case Operation::KinitKeytab:
        return Kerberos::tr("Could not get a ticket for %1 from the keytab").arg(subject);
    case Operation::Renew:
        return Kerberos::tr("Could not renew the ticket in %1").arg(subject);
    case Operation::Destroy:
        return Kerberos::tr("Could not destroy the credential cache %1").arg(subject);
    case Operation::Switch:
        return Kerberos::tr("Could not make %1 the primary credential cache").arg(subject);
    case Operation::TestKeytab:
        return Kerberos::tr("The keytab test for %1 failed").arg(subject);
    case Operation::ListCaches:
        return Kerberos::tr("Could not read the credential cache %1").arg(subject);
    case Operation::ListKeytab:
        return Kerberos::tr("Could not read the keytab %1").arg(subject);
    }
    return subject;
}

bool usesKeytab(Operation op)
{
    return op == Operation::KinitKeytab || op == Operation::TestKeytab;
}

} // namespace

QString codeName(krb5_error_code code)
{
    for (const auto &k : KnownCodes) {
        if (k.code == code)
            return QString::fromLatin1(k.name);
    }
    return {};
}

QStringList catalogueCodes(krb5_error_code code)
{
    QStringList codes{QString::number(code)};
    const QString name = codeName(code);
    if (!name.isEmpty())
        codes.prepend(name);
    return codes;
}

KrbError classify(krb5_error_code code, Operation op)
{
    switch (code) {
    case KRB5_KDC_UNREACH:
        return KrbError::KdcUnreachable;
    case KRB5_REALM_UNKNOWN:
    case KRB5_REALM_CANT_RESOLVE:
        return KrbError::RealmUnknown;
    case KRB5KRB_AP_ERR_SKEW:
    case KRB5_KDCREP_SKEW:
        return KrbError::ClockSkew;
    case KRB5KDC_ERR_PREAUTH_FAILED:
    case KRB5KRB_AP_ERR_BAD_INTEGRITY:
    case KRB5_PREAUTH_FAILED:
        return KrbError::PreauthFailed;
    case KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN:
        return KrbError::ClientUnknown;
    case KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN:
        return KrbError::ServerUnknown;
    case KRB5KDC_ERR_KEY_EXP:
        return KrbError::PasswordExpired;
    case KRB5KDC_ERR_CLIENT_REVOKED:
    case KRB5KDC_ERR_NAME_EXP:
        return KrbError::ClientRevoked;
    case KRB5KDC_ERR_ETYPE_NOSUPP:
    case KRB5_CONFIG_ETYPE_NOSUPP:
    case KRB5_PROG_ETYPE_NOSUPP:
        return KrbError::EnctypeUnsupported;
    case KRB5_KT_NOTFOUND:
    case KRB5_KT_KVNONOTFOUND:
    case KRB5KRB_AP_ERR_BADKEYVER:
        return KrbError::KeytabNoKey;
    case KRB5_FCC_NOFILE:
    case KRB5_CC_NOTFOUND:
        return KrbError::CacheNotFound;
    case KRB5KRB_AP_ERR_TKT_EXPIRED:
        return KrbError::TicketExpired;
    case KRB5KDC_ERR_BADOPTION:
        return op == Operation::Renew ? KrbError::NotRenewable : KrbError::Library;
    case KRB5_PARSE_MALFORMED:
        return KrbError::BadPrincipal;
    case KRB5_DELTAT_BADFORMAT:
        return KrbError::BadLifetime;
    default:
        return KrbError::Library;
    }
}

Error contextError(const Context &ctx, Operation op, const QString &subject)
{
    const krb5_error_code code = ctx.initError();
    const QByteArray config = qgetenv("KRB5_CONFIG");
    Error e(
        KrbError::Library,
        Kerberos::tr("%1: libkrb5 could not load its configuration (%2).")
            .arg(action(op, subject), config.isEmpty() ? QStringLiteral("/etc/krb5.conf")
                                                       : QString::fromLocal8Bit(config)),
        Kerberos::tr("Check that krb5.conf (or the files KRB5_CONFIG names) exists, is readable by "
                     "this user and has no syntax errors."));
    e.libraryCode = code;
    e.detail = ctx.errorMessage(code);
    return e;
}

Error makeError(const Context &ctx, krb5_error_code code, Operation op, const QString &subject)
{
    const QString detail = ctx.errorMessage(code);
    const QString what = action(op, subject);
    const QString realm = realmOf(subject);
    const QString realmText = realm.isEmpty() ? Kerberos::tr("the realm") : realm;

    // Failures that are not about Kerberos itself.
    if (code == ECANCELED) {
        Error e(CoreError::Cancelled, Kerberos::tr("%1: cancelled.").arg(what));
        e.libraryCode = code;
        e.detail = detail;
        return e;
    }
    if (code == KRB5_CC_NOSUPP) {
        Error e(CoreError::Unsupported,
                Kerberos::tr("%1: this credential cache type does not support it.").arg(what),
                Kerberos::tr(
                    "Only collection caches (DIR:, KEYRING:, KCM:) have a primary cache; for a "
                    "FILE: cache set KRB5CCNAME instead."));
        e.libraryCode = code;
        e.detail = detail;
        return e;
    }
    if (code == KRB5_FCC_PERM || code == EACCES || code == EPERM) {
        Error e(CoreError::NeedsPrivilege, Kerberos::tr("%1: permission denied.").arg(what),
                Kerberos::tr(
                    "The file belongs to another user or has restrictive permissions; read it as "
                    "its owner, or run `portier-cli` through pkexec or sudo."));
        e.libraryCode = code;
        e.detail = detail;
        return e;
    }
    if (code == KRB5_CC_FORMAT || code == KRB5_CCACHE_BADVNO || code == KRB5_KEYTAB_BADVNO ||
        code == KRB5_KT_FORMAT) {
        Error e(CoreError::InvalidInput,
                Kerberos::tr("%1: the file is damaged or is not in a format libkrb5 understands.")
                    .arg(what),
                Kerberos::tr(
                    "Recreate it (kinit for a cache; ktadd, adcli update or net ads keytab for a "
                    "keytab)."));
        e.libraryCode = code;
        e.detail = detail;
        return e;
    }

    const KrbError kind = classify(code, op);
    QString why;
    QString hint;
    switch (kind) {
    case KrbError::KdcUnreachable:
        why = Kerberos::tr("no KDC for %1 answered").arg(realmText);
        hint = Kerberos::tr(
                   "Check that the KDCs listed for %1 in krb5.conf or in DNS SRV records are up "
                   "and reachable on port 88 (UDP and TCP); the trace shows which addresses were "
                   "tried.")
                   .arg(realmText);
        break;
    case KrbError::RealmUnknown:
        why = Kerberos::tr("libkrb5 does not know where the KDCs of %1 are").arg(realmText);
        hint =
            Kerberos::tr("Check the realm name (usually upper case). Add a [realms] entry with kdc "
                         "lines to krb5.conf, or enable dns_lookup_kdc and publish _kerberos SRV "
                         "records.");
        break;
    case KrbError::ClockSkew:
        why = Kerberos::tr(
            "the clocks of this host and the KDC differ by more than the allowed skew");
        hint = Kerberos::tr(
            "Synchronise the clock (chronyc tracking, timedatectl) with the domain's time "
            "source, then try again.");
        break;
    case KrbError::PreauthFailed:
        if (usesKeytab(op)) {
            why = Kerberos::tr("the key in the keytab does not match the KDC's key");
            hint = Kerberos::tr(
                "The password or key version changed on the KDC: extract a fresh keytab "
                "(kadmin ktadd, adcli update) and compare kvnos with klist -k.");
        } else {
            why = Kerberos::tr("the password is incorrect");
            hint = Kerberos::tr(
                "Check the password and keyboard layout. Repeated failures can lock the "
                "account.");
        }
        break;
    case KrbError::ClientUnknown:
        why = Kerberos::tr("the KDC does not know this principal");
        hint = Kerberos::tr("Check the spelling and the realm (realm names are case-sensitive).");
        break;
    case KrbError::ServerUnknown:
        why = Kerberos::tr("the KDC does not know the service principal");
        hint =
            Kerberos::tr("Check the service name and host name; the trace names the principal that "
                         "was requested.");
        break;
    case KrbError::PasswordExpired:
        why = Kerberos::tr("the password has expired");
        hint =
            Kerberos::tr("Change it with kpasswd %1 (or at an interactive login), then try again.")
                .arg(subject);
        break;
    case KrbError::ClientRevoked:
        why =
            Kerberos::tr("the KDC refuses tickets for this account: it is disabled, locked out or "
                         "expired");
        hint = Kerberos::tr("Ask an administrator to check the account (kadmin getprinc; in AD the "
                            "account and lockout status).");
        break;
    case KrbError::EnctypeUnsupported:
        why = Kerberos::tr("the client and the KDC have no encryption type in common");
        hint = Kerberos::tr(
            "Check permitted_enctypes and default_tkt_enctypes in krb5.conf and the keys "
            "the account has on the KDC.");
        break;
    case KrbError::KeytabNoKey:
        why = Kerberos::tr(
            "the keytab holds no key for this principal with the needed key version and "
            "encryption type");
        hint = Kerberos::tr(
            "List the keytab (klist -k -t -e) and compare with the KDC's kvno; extract a "
            "fresh keytab if the key changed.");
        break;
    case KrbError::CacheNotFound:
        why = Kerberos::tr("the credential cache does not exist or holds no credentials");
        hint = Kerberos::tr("Run kinit first.");
        break;
    case KrbError::TicketExpired:
        why = Kerberos::tr("the ticket has expired");
        hint = Kerberos::tr("Run kinit to get a new ticket.");
        break;
    case KrbError::NotRenewable:
        why = Kerberos::tr("the KDC refused to renew the ticket (it is not renewable or past its "
                           "renew-till time)");
        hint = Kerberos::tr("Run kinit again; use kinit -r to request a renewable ticket.");
        break;
    case KrbError::BadPrincipal:
        why = Kerberos::tr("the principal name is malformed");
        hint = Kerberos::tr("Write it as name@REALM or name/instance@REALM.");
        break;
    case KrbError::BadLifetime:
        why = Kerberos::tr("the lifetime is not a valid duration");
        hint = Kerberos::tr("Use a krb5 duration such as 10h, 1d or 2d12h.");
        break;
    case KrbError::KeyringPrimaryMissing:
        why = Kerberos::tr("the keyring collection has no primary cache");
        hint = Kerberos::tr("Switch to one of the collection's caches (kswitch) or run kinit.");
        break;
    case KrbError::Library:
        why = detail.isEmpty() ? Kerberos::tr("libkrb5 error %1").arg(code) : detail;
        break;
    }
    Error e(kind, Kerberos::tr("%1: %2.").arg(what, why), hint);
    e.libraryCode = code;
    e.detail = detail;
    return e;
}

} // namespace Portier::Krb5
