// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portier::Test {

/// One line group of `klist -f -e` (a ticket) or of `klist -C` (a "config:" entry).
struct KlistTicket
{
    QDateTime start;        ///< "Valid starting" (klist prints authtime when starttime is 0)
    QDateTime end;          ///< "Expires"
    QDateTime renewTill;    ///< "renew until", invalid when klist printed none
    QString server;         ///< "Service principal"
    QString client;         ///< "for client", empty when it is the default principal
    QString flags;          ///< letters after "Flags: ", empty when none were printed
    QString sessionEnctype; ///< first name of "Etype (skey, tkt): ..."
    QString ticketEnctype;  ///< second name of "Etype (skey, tkt): ..."

    bool isConfig = false;   ///< a "config: key(principal) = value" or "config: key = value" line
    QString configKey;       ///< "fast_avail", "pa_type", ...
    QString configPrincipal; ///< the principal in parentheses, may be empty
    QString configValue;     ///< the printed value, as klist escaped it
};

/// One "Ticket cache:" block of `klist -A`.
struct KlistCache
{
    QString name;               ///< "DIR::/tmp/x/ccache/tkt" as klist prints it
    QString defaultPrincipal;   ///< "alice@TEST.LOCAL"
    QList<KlistTicket> tickets; ///< in cache order; config entries only with -C
};

/// One line of `klist -l`.
struct KlistCollectionEntry
{
    QString principal;
    QString cacheName;
    bool expired = false; ///< klist printed "(Expired)"
};

/// One entry of `klist -k -t -e PATH`.
struct KlistKeytabEntry
{
    int kvno = 0;
    QDateTime timestamp;
    QString principal;
    QString enctype;
};

/// An independent oracle for tests: runs MIT klist (from krb5-user) with LC_ALL=C and TZ=UTC
/// in the given environment (e.g. KdcFixture::processEnvironment()) and parses what it prints.
/// Times are UTC with second precision, exactly as klist printed them. Every call returns
/// std::nullopt and sets *error (klist's exit code and output) when klist fails or prints
/// something the parser does not understand.
///
///     KlistOracle klist(kdc.processEnvironment());
///     QString error;
///     const auto caches = klist.caches(&error);      // klist -A -f -e
///     QVERIFY2(caches, qPrintable(error));
class KlistOracle
{
public:
    explicit KlistOracle(QStringList environment);

    /// `klist -A -f -e`: every cache of the collection, tickets only.
    std::optional<QList<KlistCache>> caches(QString *error) const;
    /// `klist -A -f -e -C`: as caches(), with the configuration entries in cache order.
    std::optional<QList<KlistCache>> cachesWithConfig(QString *error) const;
    /// `klist -f -e [-C] -c NAME`: one cache.
    std::optional<KlistCache> cache(const QString &name, QString *error,
                                    bool withConfig = false) const;
    /// `klist -l`: principal and name of every cache in the collection.
    std::optional<QList<KlistCollectionEntry>> collection(QString *error) const;
    /// `klist -k -t -e PATH` (PATH may carry a "FILE:" prefix).
    std::optional<QList<KlistKeytabEntry>> keytab(const QString &path, QString *error) const;
    /// `klist -s [-c NAME]`: klist's exit status says whether the cache has valid tickets.
    bool hasValidTickets(const QString &cacheName = {}) const;

    /// Parsers, public so that they can be tested on captured output.
    static std::optional<QList<KlistCache>> parseCaches(const QString &output, QString *error);
    static std::optional<QList<KlistKeytabEntry>> parseKeytab(const QString &output,
                                                              QString *error);
    /// "11/22/26 07:48:42" or "11/22/2026 07:48:42" as UTC; invalid QDateTime if malformed.
    static QDateTime parseTime(const QString &text);

private:
    bool run(const QStringList &args, QString *output, QString *error) const;

    QStringList m_environment;
};

} // namespace Portier::Test
