// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/kerberos/keytab_reader.h"

#include "backends/kerberos/kerberos_checks.h"
#include "backends/kerberos/krb5_errors.h"
#include "backends/kerberos/krb5_handles.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Portier::Krb5 {

namespace {

// Translation context "Kerberos". A class, not a free tr(): lupdate files a free function's tr()
// under the enclosing namespace, which is not the context looked up at run time.
struct Kerberos
{
    Q_DECLARE_TR_FUNCTIONS(Kerberos)
};

QString userName(uid_t uid)
{
    if (const passwd *pw = ::getpwuid(uid))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

QString groupName(gid_t gid)
{
    if (const group *gr = ::getgrgid(gid))
        return QString::fromLocal8Bit(gr->gr_name);
    return QString::number(gid);
}

} // namespace

KeytabName keytabName(const Context &ctx, const QString &name)
{
    QString n = name;
    if (n.isEmpty()) {
        char buf[4096] = {};
        if (krb5_kt_default_name(ctx, buf, int(sizeof buf)) == 0)
            n = QString::fromUtf8(buf);
    }
    static const QRegularExpression typed(QStringLiteral("^([A-Za-z0-9_]+):(.*)$"));
    const auto m = typed.match(n);
    if (m.hasMatch()) {
        const QString type = m.captured(1).toUpper();
        if (type == QLatin1StringView("FILE") || type == QLatin1StringView("WRFILE"))
            return {QStringLiteral("FILE:") + m.captured(2), m.captured(2)};
        return {n, {}};
    }
    return {QStringLiteral("FILE:") + n, n};
}

std::optional<Error> checkKeytabFile(const KeytabName &name)
{
    if (name.path.isEmpty())
        return std::nullopt;
    const QByteArray path = QFile::encodeName(name.path);
    struct stat st = {};
    if (::stat(path.constData(), &st) != 0) {
        const int err = errno;
        return KerberosChecks::keytabAccessError(name.path, false, false, err, {}, {}, 0);
    }
    const int err = ::access(path.constData(), R_OK) == 0 ? 0 : errno;
    return KerberosChecks::keytabAccessError(name.path, true, S_ISDIR(st.st_mode), err,
                                             userName(st.st_uid), groupName(st.st_gid),
                                             uint(st.st_mode));
}

Result<KeytabListing> readKeytab(const Context &ctx, const QString &requested,
                                 const std::function<bool()> &cancelled)
{
    const KeytabName name = keytabName(ctx, requested);
    KeytabListing listing;
    listing.path = name.path.isEmpty() ? name.resolvable : name.path;
    if (auto error = checkKeytabFile(name))
        return *error;

    Keytab kt(ctx);
    const QByteArray resolvable = name.resolvable.toUtf8();
    krb5_error_code ret = krb5_kt_resolve(ctx, resolvable.constData(), kt.out());
    if (ret)
        return makeError(ctx, ret, Operation::ListKeytab, listing.path);

    KtCursor cursor(ctx, kt.get());
    ret = cursor.start();
    if (ret == KRB5_KT_END) {
        KerberosChecks::annotateKeytab(listing);
        return listing;
    }
    if (ret == ENOENT || ret == KRB5_KT_NOTFOUND)
        return Error(CoreError::NotFound,
                     Kerberos::tr("The keytab %1 does not exist.").arg(listing.path));
    if (ret == KRB5_KEYTAB_BADVNO) {
        Error e(CoreError::InvalidInput,
                Kerberos::tr(
                    "%1 is not a keytab: it does not start with a keytab format version libkrb5 "
                    "knows.")
                    .arg(listing.path),
                Kerberos::tr(
                    "Check that the path names a keytab (klist -k FILE) and recreate the keytab "
                    "if it was damaged."));
        e.libraryCode = ret;
        e.detail = ctx.errorMessage(ret);
        return e;
    }
    if (ret)
        return makeError(ctx, ret, Operation::ListKeytab, listing.path);

    KeytabEntry entry(ctx);
    for (;;) {
        if (cancelled && cancelled())
            return Error(CoreError::Cancelled,
                         Kerberos::tr("Listing the keytab %1 was cancelled.").arg(listing.path));
        entry.clear();
        ret = cursor.next(entry.get());
        if (ret == KRB5_KT_END)
            break;
        if (ret) {
            Error e(CoreError::InvalidInput,
                    QCoreApplication::translate("Kerberos",
                                                "The keytab %1 is malformed after %n entry(ies): "
                                                "libkrb5 cannot read the next one.",
                                                nullptr, int(listing.entries.size()))
                        .arg(listing.path),
                    Kerberos::tr(
                        "Recreate the keytab (kadmin ktadd, adcli update, net ads keytab create); "
                        "keep the damaged file until the new one works."));
            e.libraryCode = ret;
            e.detail = ctx.errorMessage(ret);
            return e;
        }
        entry.markFilled();
        Portier::KeytabEntry e;
        e.principal = unparse(ctx, entry->principal);
        e.kvno = int(entry->vno); // the 32-bit kvno when the file has one
        e.enctypeId = qint32(entry->key.enctype);
        e.enctype = KerberosChecks::enctypeName(entry->key.enctype);
        if (entry->timestamp != 0)
            e.timestamp =
                QDateTime::fromSecsSinceEpoch(qint64(quint32(entry->timestamp)), QTimeZone::utc());
        listing.entries.append(std::move(e));
    }
    KerberosChecks::annotateKeytab(listing);
    return listing;
}

Result<KeytabListing> readKeytabFile(const QString &path)
{
    Context ctx;
    if (ctx.initError())
        return contextError(ctx, Operation::ListKeytab, path);
    return readKeytab(ctx, path);
}

} // namespace Portier::Krb5
