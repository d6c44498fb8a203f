// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/kerberos_backend.h"

#include "backends/core/backend_context.h"
#include "backends/core/logging.h"
#include "backends/kerberos/cache_reader.h"
#include "backends/kerberos/kerberos_checks.h"
#include "backends/kerberos/keytab_reader.h"
#include "backends/kerberos/krb5_errors.h"
#include "backends/kerberos/krb5_handles.h"
#include "backends/kerberos/krb5_trace.h"
#include "backends/kerberos/shell_quote.h"
#include "backends/logs/signature_catalogue.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimeZone>
#include <QtConcurrent>

#include <cerrno>
#include <cstring>
#include <functional>
#include <vector>

namespace Portier {

namespace {

using namespace Krb5;
using Catalogue = std::shared_ptr<const SignatureCatalogue>;

// Translation context "Kerberos". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Kerberos
{
    Q_DECLARE_TR_FUNCTIONS(Kerberos)
};

/// A copy of the password that is wiped when it goes out of scope.
class SecretBuffer
{
public:
    explicit SecretBuffer(const QByteArray &secret)
        : m_bytes(size_t(secret.size()) + 1, '\0')
    {
        std::memcpy(m_bytes.data(), secret.constData(), size_t(secret.size()));
    }
    ~SecretBuffer() { explicit_bzero(m_bytes.data(), m_bytes.size()); }
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;
    char *data() { return m_bytes.data(); }

private:
    std::vector<char> m_bytes;
};

/// Stops KDC exchanges once the promise is cancelled: libkrb5 calls the send hook before every
/// request and the receive hook after every reply (or failed exchange), and an error returned
/// there aborts the operation. A single exchange with a silent KDC cannot be interrupted.
struct CancelHooks
{
    std::function<bool()> cancelled;

    static krb5_error_code KRB5_CALLCONV send(krb5_context, void *data, const krb5_data *,
                                              const krb5_data *, krb5_data **, krb5_data **)
    {
        return static_cast<CancelHooks *>(data)->cancelled() ? ECANCELED : 0;
    }
    static krb5_error_code KRB5_CALLCONV recv(krb5_context, void *data, krb5_error_code code,
                                              const krb5_data *, const krb5_data *,
                                              const krb5_data *, krb5_data **)
    {
        return static_cast<CancelHooks *>(data)->cancelled() ? ECANCELED : code;
    }
    void install(krb5_context ctx)
    {
        krb5_set_kdc_send_hook(ctx, &CancelHooks::send, this);
        krb5_set_kdc_recv_hook(ctx, &CancelHooks::recv, this);
    }
};

/// What every action shares: its own context on this worker thread, the trace, cancellation.
template<typename T>
class Action
{
public:
    Action(QPromise<Result<T>> &promise, Catalogue catalogue)
        : m_promise(promise)
        , m_catalogue(std::move(catalogue))
        , m_trace(m_ctx)
    {
        m_hooks.cancelled = [this] { return m_promise.isCanceled(); };
        if (m_ctx.get())
            m_hooks.install(m_ctx);
    }

    const Context &ctx() const { return m_ctx; }
    bool cancelled() const { return m_promise.isCanceled(); }

    /// False (and the error reported) if the context could not be created.
    bool ready(Operation op, const QString &subject)
    {
        if (!m_ctx.initError())
            return true;
        fail(contextError(m_ctx, op, subject));
        return false;
    }

    /// Reports the error for @p code with the trace as evidence and the matched diagnoses.
    void failWith(krb5_error_code code, Operation op, const QString &subject)
    {
        if (cancelled())
            code = ECANCELED; // whatever libkrb5 made of the aborted exchange
        Error e = makeError(m_ctx, code, op, subject);
        addEvidence(e, catalogueCodes(code));
        fail(std::move(e));
    }

    /// Reports @p error (built by the caller) with the trace and diagnoses.
    void failWith(Error error, const QStringList &codes = {})
    {
        addEvidence(error, codes);
        fail(std::move(error));
    }

    bool checkCancelled(const QString &what)
    {
        if (!cancelled())
            return false;
        fail(Error(CoreError::Cancelled, Kerberos::tr("%1 was cancelled.").arg(what)));
        return true;
    }

    void succeed(ActionOutcome outcome)
    {
        outcome.trace = m_trace.excerpt();
        if (m_catalogue)
            outcome.diagnoses = m_catalogue->diagnose(outcome.trace);
        m_promise.addResult(Result<T>(std::move(outcome)));
    }

private:
    void addEvidence(Error &e, const QStringList &codes)
    {
        if (!m_trace.isEmpty())
            e.evidence.append(m_trace.excerpt());
        if (m_catalogue)
            m_catalogue->diagnose(e, codes);
    }
    void fail(Error e) { m_promise.addResult(Result<T>(std::move(e))); }

    QPromise<Result<T>> &m_promise;
    Catalogue m_catalogue;
    Context m_ctx;
    TraceCapture m_trace;
    CancelHooks m_hooks;
};

/// Resolves @p name, or the default cache when it is empty.
krb5_error_code resolveCache(const Context &ctx, const QString &name, Ccache &cc)
{
    if (name.isEmpty())
        return krb5_cc_default(ctx, cc.out());
    const QByteArray bytes = name.toUtf8();
    return krb5_cc_resolve(ctx, bytes.constData(), cc.out());
}

QString subjectForCache(const Context &ctx, const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const char *name = krb5_cc_default_name(ctx);
    return QString::fromUtf8(name ? name : "");
}

QString validityText(const krb5_creds &creds)
{
    QString text = Kerberos::tr("valid until %1")
                       .arg(KerberosChecks::displayTime(toDateTime(creds.times.endtime)));
    if ((creds.ticket_flags & TKT_FLG_RENEWABLE) && creds.times.renew_till)
        text += Kerberos::tr(", renewable until %1")
                    .arg(KerberosChecks::displayTime(toDateTime(creds.times.renew_till)));
    return text;
}

/// The first principal in @p kt, for keytab actions that were given none.
krb5_error_code firstKeytabPrincipal(const Context &ctx, krb5_keytab kt, Principal &out)
{
    KtCursor cursor(ctx, kt);
    krb5_error_code ret = cursor.start();
    if (ret)
        return ret;
    Krb5::KeytabEntry entry(ctx);
    ret = cursor.next(entry.get());
    if (ret)
        return ret == KRB5_KT_END ? KRB5_KT_NOTFOUND : ret;
    entry.markFilled();
    return krb5_copy_principal(ctx, entry->principal, out.out());
}

/// When the default cache of a KEYRING collection is missing but the collection has others,
/// the useful error is "no primary", not "no such cache".
std::optional<Error> keyringPrimaryMissing(const Context &ctx, krb5_ccache defaultCache,
                                           Operation op, const QString &subject)
{
    if (QLatin1StringView(krb5_cc_get_type(ctx, defaultCache)) != QLatin1StringView("KEYRING"))
        return std::nullopt;
    const CacheCollection collection = readCollection(ctx, QDateTime::currentDateTimeUtc());
    if (collection.caches.isEmpty())
        return std::nullopt;
    Error e = makeError(ctx, KRB5_FCC_NOFILE, op, subject);
    e.domain = ErrorDomain::Kerberos;
    e.code = int(KrbError::KeyringPrimaryMissing);
    e.message =
        Kerberos::tr("%1: the keyring collection has no primary cache, although it holds %2 other "
                     "cache(s).")
            .arg(subject)
            .arg(collection.caches.size());
    e.hint =
        Kerberos::tr("Make one of them primary with kswitch (or the Switch action), or run kinit.");
    return e;
}

// ---- the actions, run on a pool thread ----

void doKinit(QPromise<Result<ActionOutcome>> &promise, Catalogue catalogue, KinitRequest request,
             std::shared_ptr<SecretBuffer> password)
{
    const bool fromKeytab = request.source == KinitRequest::Source::Keytab;
    const Operation op = fromKeytab ? Operation::KinitKeytab : Operation::Kinit;
    Action<ActionOutcome> a(promise, std::move(catalogue));
    if (!a.ready(op, request.principal))
        return;
    const Context &ctx = a.ctx();

    Keytab keytab(ctx);
    if (fromKeytab) {
        const KeytabName name = keytabName(ctx, request.keytabPath);
        krb5_error_code ret = 0;
        if (request.keytabPath.isEmpty()) {
            ret = krb5_kt_client_default(ctx, keytab.out());
        } else {
            if (auto error = checkKeytabFile(name)) {
                a.failWith(*error);
                return;
            }
            const QByteArray bytes = name.resolvable.toUtf8();
            ret = krb5_kt_resolve(ctx, bytes.constData(), keytab.out());
        }
        if (ret) {
            a.failWith(ret, op, request.principal);
            return;
        }
    }

    Principal client(ctx);
    if (request.principal.trimmed().isEmpty()) {
        if (!fromKeytab) {
            a.failWith(Error(KrbError::BadPrincipal,
                             Kerberos::tr("No principal was given for kinit."),
                             Kerberos::tr("Enter a principal such as alice@EXAMPLE.COM.")));
            return;
        }
        const krb5_error_code ret = firstKeytabPrincipal(ctx, keytab.get(), client);
        if (ret) {
            a.failWith(ret, op, Kerberos::tr("the keytab's first principal"));
            return;
        }
    } else {
        const QByteArray name = request.principal.trimmed().toUtf8();
        const krb5_error_code ret = krb5_parse_name(ctx, name.constData(), client.out());
        if (ret) {
            Error e(KrbError::BadPrincipal,
                    Kerberos::tr("\"%1\" is not a valid Kerberos principal name.")
                        .arg(request.principal),
                    Kerberos::tr("Write it as name@REALM or name/instance@REALM."));
            e.libraryCode = ret;
            e.detail = ctx.errorMessage(ret);
            a.failWith(std::move(e), catalogueCodes(ret));
            return;
        }
    }
    const QString principalName = unparse(ctx, client.get());

    InitCredsOpt opt(ctx);
    krb5_error_code ret = krb5_get_init_creds_opt_alloc(ctx, opt.out());
    if (ret) {
        a.failWith(ret, op, principalName);
        return;
    }
    const struct
    {
        const QString &text;
        const char *what;
        void (*apply)(krb5_get_init_creds_opt *, krb5_deltat);
    } lifetimes[] = {
        {request.lifetime, QT_TRANSLATE_NOOP("Kerberos", "ticket lifetime"),
         &krb5_get_init_creds_opt_set_tkt_life},
        {request.renewableLifetime, QT_TRANSLATE_NOOP("Kerberos", "renewable lifetime"),
         &krb5_get_init_creds_opt_set_renew_life},
    };
    for (const auto &l : lifetimes) {
        if (l.text.trimmed().isEmpty())
            continue;
        krb5_deltat delta = 0;
        const QByteArray bytes = l.text.trimmed().toUtf8();
        ret = krb5_string_to_deltat(const_cast<char *>(bytes.constData()), &delta);
        if (ret || delta < 0) {
            Error e(KrbError::BadLifetime,
                    Kerberos::tr("The %1 \"%2\" is not a valid duration.")
                        .arg(Kerberos::tr(l.what), l.text),
                    Kerberos::tr("Use a krb5 duration such as 10h, 1d, 2d12h or 90m."));
            e.libraryCode = ret;
            if (ret)
                e.detail = ctx.errorMessage(ret);
            a.failWith(std::move(e));
            return;
        }
        l.apply(opt.get(), delta);
    }
    if (request.forwardable)
        krb5_get_init_creds_opt_set_forwardable(opt.get(), 1);
    if (request.proxiable)
        krb5_get_init_creds_opt_set_proxiable(opt.get(), 1);

    // The target cache; libkrb5 initialises it and stores the ticket (and its configuration
    // entries such as fast_avail and pa_type) only when the exchange succeeded.
    Ccache cc(ctx);
    bool createdCache = false;
    switch (request.target) {
    case KinitRequest::Target::Default:
        ret = krb5_cc_default(ctx, cc.out());
        break;
    case KinitRequest::Target::Named:
        if (request.cacheName.trimmed().isEmpty()) {
            a.failWith(Error(CoreError::InvalidInput,
                             Kerberos::tr("No credential cache name was given for kinit.")));
            return;
        }
        ret = resolveCache(ctx, request.cacheName.trimmed(), cc);
        break;
    case KinitRequest::Target::NewInCollection: {
        Ccache def(ctx);
        ret = krb5_cc_default(ctx, def.out());
        if (ret)
            break;
        const char *type = krb5_cc_get_type(ctx, def.get());
        if (!krb5_cc_support_switch(ctx, type)) {
            a.failWith(
                Error(CoreError::Unsupported,
                      Kerberos::tr("Cannot create a new cache in the collection: the default cache "
                                   "%1 is of type %2, which is not a collection.")
                          .arg(fullName(ctx, def.get()), QString::fromUtf8(type)),
                      Kerberos::tr("Collections are DIR:, KEYRING: and KCM: caches; set "
                                   "default_ccache_name in krb5.conf or KRB5CCNAME to one of them, "
                                   "or name a cache explicitly.")));
            return;
        }
        ret = krb5_cc_new_unique(ctx, type, nullptr, cc.out());
        createdCache = ret == 0;
        break;
    }
    }
    if (ret) {
        a.failWith(ret, op, principalName);
        return;
    }
    const QString cacheName = fullName(ctx, cc.get());
    ret = krb5_get_init_creds_opt_set_out_ccache(ctx, opt.get(), cc.get());
    if (ret) {
        a.failWith(ret, op, principalName);
        return;
    }
    if (a.checkCancelled(Kerberos::tr("kinit for %1").arg(principalName))) {
        if (createdCache)
            krb5_cc_destroy(ctx, cc.release());
        return;
    }

    qCDebug(lcKrb5) << "kinit" << principalName << "into" << cacheName
                    << (fromKeytab ? "from keytab" : "with password");
    Creds creds(ctx);
    if (fromKeytab) {
        ret = krb5_get_init_creds_keytab(ctx, creds.get(), client.get(), keytab.get(), 0, nullptr,
                                         opt.get());
    } else {
        ret = krb5_get_init_creds_password(ctx, creds.get(), client.get(),
                                           password ? password->data() : nullptr, nullptr, nullptr,
                                           0, nullptr, opt.get());
    }
    password.reset(); // wiped now, not when the promise is released
    if (ret) {
        if (createdCache)
            krb5_cc_destroy(ctx, cc.release());
        a.failWith(ret, op, principalName);
        return;
    }

    ActionOutcome outcome;
    outcome.cacheName = cacheName;
    outcome.shellCommand = request.shellCommand();
    outcome.summary = Kerberos::tr("Obtained a ticket-granting ticket for %1 in %2, %3.")
                          .arg(principalName, cacheName, validityText(*creds.get()));
    a.succeed(std::move(outcome));
}

void doRenew(QPromise<Result<ActionOutcome>> &promise, Catalogue catalogue, QString cacheName)
{
    Action<ActionOutcome> a(promise, std::move(catalogue));
    const Context &ctx = a.ctx();
    if (!a.ready(Operation::Renew, cacheName))
        return;
    const QString subject = subjectForCache(ctx, cacheName);
    Ccache cc(ctx);
    krb5_error_code ret = resolveCache(ctx, cacheName, cc);
    if (ret) {
        a.failWith(ret, Operation::Renew, subject);
        return;
    }
    const QString name = fullName(ctx, cc.get());
    Principal client(ctx);
    ret = krb5_cc_get_principal(ctx, cc.get(), client.out());
    if (ret) {
        if (cacheName.isEmpty() && (ret == KRB5_FCC_NOFILE || ret == KRB5_CC_NOTFOUND)) {
            if (auto e = keyringPrimaryMissing(ctx, cc.get(), Operation::Renew, name)) {
                a.failWith(*e);
                return;
            }
        }
        a.failWith(ret, Operation::Renew, name);
        return;
    }
    const QString principalName = unparse(ctx, client.get());

    // Check the TGT first, so that a ticket that cannot be renewed is explained with its times
    // instead of the KDC's terse KDC_ERR_BADOPTION.
    Principal tgs(ctx);
    const krb5_data &realm = client.get()->realm;
    ret = krb5_build_principal_ext(ctx, tgs.out(), realm.length, realm.data, KRB5_TGS_NAME_SIZE,
                                   KRB5_TGS_NAME, realm.length, realm.data, 0);
    if (ret) {
        a.failWith(ret, Operation::Renew, name);
        return;
    }
    krb5_creds match{};
    match.client = client.get();
    match.server = tgs.get();
    Creds tgt(ctx);
    ret = krb5_cc_retrieve_cred(ctx, cc.get(), 0, &match, tgt.get());
    if (ret) {
        Error e = makeError(ctx, ret, Operation::Renew, name);
        if (ret == KRB5_CC_NOTFOUND || ret == KRB5_CC_END) {
            e = Error(
                KrbError::CacheNotFound,
                Kerberos::tr("Could not renew the ticket in %1: it holds no ticket-granting ticket "
                             "for %2.")
                    .arg(name, principalName),
                Kerberos::tr("Run kinit to get one."));
            e.libraryCode = ret;
            e.detail = ctx.errorMessage(ret);
        }
        a.failWith(std::move(e), catalogueCodes(ret));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime renewTill = toDateTime(tgt->times.renew_till);
    const QDateTime endTime = toDateTime(tgt->times.endtime);
    if (!(tgt->ticket_flags & TKT_FLG_RENEWABLE)) {
        a.failWith(Error(
            KrbError::NotRenewable,
            Kerberos::tr("Could not renew the ticket in %1: the ticket-granting ticket for %2 "
                         "is not renewable (it was issued without a renewable lifetime); it "
                         "is valid until %3.")
                .arg(name, principalName, KerberosChecks::displayTime(endTime)),
            Kerberos::tr("Run kinit again, with -r to request a renewable ticket; the KDC's "
                         "maximum renewable life for the principal and for krbtgt must allow "
                         "it.")));
        return;
    }
    const QDateTime issued =
        toDateTime(tgt->times.starttime ? tgt->times.starttime : tgt->times.authtime);
    if (renewTill.isValid() && issued.isValid() && renewTill <= issued) {
        a.failWith(Error(
            KrbError::NotRenewable,
            Kerberos::tr("Could not renew the ticket in %1: the ticket-granting ticket for %2 "
                         "is not renewable in practice: the KDC set its renew-till time to its "
                         "start time (%3), as it does when the maximum renewable life of the "
                         "principal or of krbtgt is 0.")
                .arg(name, principalName, KerberosChecks::displayTime(renewTill)),
            Kerberos::tr("Run kinit again. For renewable tickets an administrator must raise "
                         "the maximum renewable life (kadmin modprinc -maxrenewlife) of the "
                         "principal and of krbtgt.")));
        return;
    }
    if (renewTill.isValid() && renewTill <= now) {
        a.failWith(Error(
            KrbError::NotRenewable,
            Kerberos::tr("Could not renew the ticket in %1: the ticket-granting ticket for %2 "
                         "is past its renew-till time (%3).")
                .arg(name, principalName, KerberosChecks::displayTime(renewTill)),
            Kerberos::tr("Run kinit again.")));
        return;
    }
    if (endTime.isValid() && endTime <= now) {
        a.failWith(Error(
            KrbError::TicketExpired,
            Kerberos::tr("Could not renew the ticket in %1: the ticket-granting ticket for %2 "
                         "expired at %3, and an expired ticket cannot be renewed.")
                .arg(name, principalName, KerberosChecks::displayTime(endTime)),
            Kerberos::tr("Run kinit again.")));
        return;
    }
    if (a.checkCancelled(Kerberos::tr("Renewing %1").arg(name)))
        return;

    Creds renewed(ctx);
    ret = krb5_get_renewed_creds(ctx, renewed.get(), client.get(), cc.get(), nullptr);
    if (ret) {
        a.failWith(ret, Operation::Renew, name);
        return;
    }
    // As kinit -R: the cache then holds only the renewed TGT.
    ret = krb5_cc_initialize(ctx, cc.get(), client.get());
    if (!ret)
        ret = krb5_cc_store_cred(ctx, cc.get(), renewed.get());
    if (ret) {
        a.failWith(ret, Operation::Renew, name);
        return;
    }
    ActionOutcome outcome;
    outcome.cacheName = name;
    outcome.shellCommand = KerberosBackend::renewCommand(cacheName);
    outcome.summary = Kerberos::tr("Renewed the ticket-granting ticket for %1 in %2: %3.")
                          .arg(principalName, name, validityText(*renewed.get()));
    a.succeed(std::move(outcome));
}

void doDestroy(QPromise<Result<ActionOutcome>> &promise, Catalogue catalogue, QString cacheName)
{
    Action<ActionOutcome> a(promise, std::move(catalogue));
    const Context &ctx = a.ctx();
    if (!a.ready(Operation::Destroy, cacheName))
        return;
    Ccache cc(ctx);
    krb5_error_code ret = resolveCache(ctx, cacheName, cc);
    if (ret) {
        a.failWith(ret, Operation::Destroy, subjectForCache(ctx, cacheName));
        return;
    }
    const QString name = fullName(ctx, cc.get());
    Principal client(ctx);
    ret = krb5_cc_get_principal(ctx, cc.get(), client.out());
    if (ret) {
        a.failWith(ret, Operation::Destroy, name);
        return;
    }
    const QString principalName = unparse(ctx, client.get());
    if (a.checkCancelled(Kerberos::tr("Destroying %1").arg(name)))
        return;
    ret = krb5_cc_destroy(ctx, cc.release()); // frees the handle whatever the result
    if (ret) {
        a.failWith(ret, Operation::Destroy, name);
        return;
    }
    ActionOutcome outcome;
    outcome.cacheName = name;
    outcome.shellCommand = KerberosBackend::destroyCommand(cacheName.isEmpty() ? QString() : name);
    outcome.summary = Kerberos::tr("Destroyed the credential cache %1 and the tickets of %2 in it.")
                          .arg(name, principalName);
    a.succeed(std::move(outcome));
}

void doSwitch(QPromise<Result<ActionOutcome>> &promise, Catalogue catalogue, QString cacheName)
{
    Action<ActionOutcome> a(promise, std::move(catalogue));
    const Context &ctx = a.ctx();
    if (!a.ready(Operation::Switch, cacheName))
        return;
    if (cacheName.trimmed().isEmpty()) {
        a.failWith(Error(CoreError::InvalidInput,
                         Kerberos::tr("No credential cache was named to switch to.")));
        return;
    }
    Ccache cc(ctx);
    krb5_error_code ret = resolveCache(ctx, cacheName.trimmed(), cc);
    if (ret) {
        a.failWith(ret, Operation::Switch, cacheName);
        return;
    }
    const QString name = fullName(ctx, cc.get());
    // libkrb5 "switches" to a FILE or MEMORY cache by doing nothing; say why instead.
    if (!krb5_cc_support_switch(ctx, krb5_cc_get_type(ctx, cc.get()))) {
        a.failWith(KRB5_CC_NOSUPP, Operation::Switch, name);
        return;
    }
    Principal client(ctx);
    ret = krb5_cc_get_principal(ctx, cc.get(), client.out());
    if (ret) {
        a.failWith(ret, Operation::Switch, name);
        return;
    }
    ret = krb5_cc_switch(ctx, cc.get());
    if (ret) {
        a.failWith(ret, Operation::Switch, name);
        return;
    }
    ActionOutcome outcome;
    outcome.cacheName = name;
    outcome.shellCommand = KerberosBackend::switchCommand(name);
    outcome.summary = Kerberos::tr("%1 (%2) is now the primary cache of its collection.")
                          .arg(name, unparse(ctx, client.get()));
    a.succeed(std::move(outcome));
}

void doTestKeytab(QPromise<Result<ActionOutcome>> &promise, Catalogue catalogue, QString path,
                  QString principal)
{
    Action<ActionOutcome> a(promise, std::move(catalogue));
    const Context &ctx = a.ctx();
    if (!a.ready(Operation::TestKeytab, path))
        return;
    const KeytabName name = keytabName(ctx, path);
    const QString shownPath = name.path.isEmpty() ? name.resolvable : name.path;
    if (auto error = checkKeytabFile(name)) {
        a.failWith(*error);
        return;
    }
    Keytab kt(ctx);
    const QByteArray resolvable = name.resolvable.toUtf8();
    krb5_error_code ret = krb5_kt_resolve(ctx, resolvable.constData(), kt.out());
    if (ret) {
        a.failWith(ret, Operation::TestKeytab, shownPath);
        return;
    }
    Principal client(ctx);
    if (principal.trimmed().isEmpty()) {
        ret = firstKeytabPrincipal(ctx, kt.get(), client);
        if (ret) {
            a.failWith(ret, Operation::ListKeytab, shownPath);
            return;
        }
    } else {
        const QByteArray bytes = principal.trimmed().toUtf8();
        ret = krb5_parse_name(ctx, bytes.constData(), client.out());
        if (ret) {
            Error e(KrbError::BadPrincipal,
                    Kerberos::tr("\"%1\" is not a valid Kerberos principal name.").arg(principal),
                    Kerberos::tr("Write it as name@REALM or name/instance@REALM."));
            e.libraryCode = ret;
            e.detail = ctx.errorMessage(ret);
            a.failWith(std::move(e));
            return;
        }
    }
    const QString principalName = unparse(ctx, client.get());

    // A private MEMORY cache: the test never touches the user's caches.
    Ccache cc(ctx);
    ret = krb5_cc_new_unique(ctx, "MEMORY", nullptr, cc.out());
    InitCredsOpt opt(ctx);
    if (!ret)
        ret = krb5_get_init_creds_opt_alloc(ctx, opt.out());
    if (!ret)
        ret = krb5_get_init_creds_opt_set_out_ccache(ctx, opt.get(), cc.get());
    if (ret) {
        a.failWith(ret, Operation::TestKeytab, principalName);
        return;
    }
    if (a.checkCancelled(Kerberos::tr("The keytab test for %1").arg(principalName)))
        return;
    Creds creds(ctx);
    ret =
        krb5_get_init_creds_keytab(ctx, creds.get(), client.get(), kt.get(), 0, nullptr, opt.get());
    krb5_cc_destroy(ctx, cc.release());
    if (ret) {
        a.failWith(ret, Operation::TestKeytab, principalName);
        return;
    }
    ActionOutcome outcome;
    outcome.shellCommand =
        KerberosBackend::testKeytabCommand(name.path.isEmpty() ? path : name.path, principalName);
    outcome.summary =
        Kerberos::tr("The keytab %1 holds a valid key for %2: the KDC issued a ticket %3. No "
                     "credential cache was changed.")
            .arg(shownPath, principalName, validityText(*creds.get()));
    a.succeed(std::move(outcome));
}

} // namespace

KerberosBackend::KerberosBackend(BackendContext &context)
    : m_context(context)
    , m_catalogue(&SignatureCatalogue::builtin(), [](const SignatureCatalogue *) {})
{}

KerberosBackend::KerberosBackend(BackendContext &context,
                                 std::shared_ptr<const SignatureCatalogue> catalogue)
    : m_context(context)
    , m_catalogue(std::move(catalogue))
{}

QFuture<Result<CacheCollection>> KerberosBackend::listCaches() const
{
    auto future =
        QtConcurrent::run(m_context.pool(), [](QPromise<Result<CacheCollection>> &promise) {
            Context ctx;
            if (ctx.initError()) {
                promise.addResult(
                    contextError(ctx, Operation::ListCaches, Kerberos::tr("(default)")));
                return;
            }
            CacheCollection collection = readCollection(
                ctx, QDateTime::currentDateTimeUtc(), [&promise] { return promise.isCanceled(); });
            if (promise.isCanceled()) {
                promise.addResult(
                    Error(CoreError::Cancelled, Kerberos::tr("Listing the credential caches "
                                                             "was cancelled.")));
                return;
            }
            promise.addResult(std::move(collection));
        });
    m_context.track(future);
    return future;
}

QFuture<Result<KeytabListing>> KerberosBackend::listKeytab(const QString &path) const
{
    auto future = QtConcurrent::run(
        m_context.pool(),
        [path, catalogue = m_catalogue](QPromise<Result<KeytabListing>> &promise) {
            Context ctx;
            Result<KeytabListing> result =
                ctx.initError()
                    ? Result<KeytabListing>(contextError(ctx, Operation::ListKeytab, path))
                    : readKeytab(ctx, path, [&promise] { return promise.isCanceled(); });
            if (!result.ok() && catalogue)
                catalogue->diagnose(result.error());
            promise.addResult(std::move(result));
        });
    m_context.track(future);
    return future;
}

QFuture<Result<ActionOutcome>> KerberosBackend::kinit(const KinitRequest &request) const
{
    // The worker gets its own wiped-on-release copy of the password; the request copy it
    // captures carries none.
    auto password = std::make_shared<SecretBuffer>(request.password);
    KinitRequest copy = request;
    copy.password = QByteArray();
    auto future =
        QtConcurrent::run(m_context.pool(), [copy, password, catalogue = m_catalogue](
                                                QPromise<Result<ActionOutcome>> &promise) mutable {
            doKinit(promise, catalogue, copy, std::move(password));
        });
    m_context.track(future);
    return future;
}

QFuture<Result<ActionOutcome>> KerberosBackend::renew(const QString &cacheName) const
{
    auto future = QtConcurrent::run(
        m_context.pool(),
        [cacheName, catalogue = m_catalogue](QPromise<Result<ActionOutcome>> &promise) {
            doRenew(promise, catalogue, cacheName);
        });
    m_context.track(future);
    return future;
}

QFuture<Result<ActionOutcome>> KerberosBackend::destroy(const QString &cacheName) const
{
    auto future = QtConcurrent::run(
        m_context.pool(),
        [cacheName, catalogue = m_catalogue](QPromise<Result<ActionOutcome>> &promise) {
            doDestroy(promise, catalogue, cacheName);
        });
    m_context.track(future);
    return future;
}

QFuture<Result<ActionOutcome>> KerberosBackend::switchPrimary(const QString &cacheName) const
{
    auto future = QtConcurrent::run(
        m_context.pool(),
        [cacheName, catalogue = m_catalogue](QPromise<Result<ActionOutcome>> &promise) {
            doSwitch(promise, catalogue, cacheName);
        });
    m_context.track(future);
    return future;
}

QFuture<Result<ActionOutcome>> KerberosBackend::testKeytab(const QString &path,
                                                           const QString &principal) const
{
    auto future = QtConcurrent::run(
        m_context.pool(),
        [path, principal, catalogue = m_catalogue](QPromise<Result<ActionOutcome>> &promise) {
            doTestKeytab(promise, catalogue, path, principal);
        });
    m_context.track(future);
    return future;
}

QString KerberosBackend::renewCommand(const QString &cacheName)
{
    QStringList args{QStringLiteral("kinit"), QStringLiteral("-R")};
    if (!cacheName.isEmpty())
        args << QStringLiteral("-c") << cacheName;
    return shellJoin(args);
}

QString KerberosBackend::destroyCommand(const QString &cacheName)
{
    QStringList args{QStringLiteral("kdestroy")};
    if (!cacheName.isEmpty())
        args << QStringLiteral("-c") << cacheName;
    return shellJoin(args);
}

QString KerberosBackend::switchCommand(const QString &cacheName)
{
    return shellJoin({QStringLiteral("kswitch"), QStringLiteral("-c"), cacheName});
}

QString KerberosBackend::testKeytabCommand(const QString &path, const QString &principal)
{
    // A MEMORY: cache keeps the command as harmless as the test: the user's caches stay as
    // they are.
    QStringList args{QStringLiteral("kinit"), QStringLiteral("-k")};
    if (!path.isEmpty())
        args << QStringLiteral("-t") << path;
    args << QStringLiteral("-c") << QStringLiteral("MEMORY:portier-keytab-test");
    if (!principal.isEmpty())
        args << principal;
    return shellJoin(args);
}

} // namespace Portier
