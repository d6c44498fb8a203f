// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/klist_oracle.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimeZone>

namespace Portier::Test {

namespace {

const QString Klist = QStringLiteral("/usr/bin/klist");

// klist's C-locale timestamp: strftime "%x %X" (two-digit year) or "%m/%d/%Y %T".
const QString TimePattern = QStringLiteral(R"(\d\d/\d\d/\d{2,4} \d\d:\d\d:\d\d)");

QStringList withCLocale(QStringList environment)
{
    QProcessEnvironment env;
    for (const QString &kv : std::as_const(environment)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.remove(QStringLiteral("KRB5_TRACE"));
    return env.toStringList();
}

} // namespace

KlistOracle::KlistOracle(QStringList environment)
    : m_environment(withCLocale(std::move(environment)))
{}

QDateTime KlistOracle::parseTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d\d)/(\d\d)/(\d{2,4}) (\d\d):(\d\d):(\d\d)$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    int year = m.captured(3).toInt();
    if (m.capturedLength(3) == 2)
        year += year < 69 ? 2000 : 1900; // POSIX %y: 69-99 are 19xx, 00-68 are 20xx
    const QDate date(year, m.captured(1).toInt(), m.captured(2).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

bool KlistOracle::run(const QStringList &args, QString *output, QString *error) const
{
    QProcess p;
    p.setEnvironment(m_environment);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(Klist, args);
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot run %1: %2").arg(Klist, p.errorString());
        return false;
    }
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        if (error)
            *error = QStringLiteral("klist %1 timed out").arg(args.join(QLatin1Char(' ')));
        return false;
    }
    *output = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("klist %1 exited with %2: %3%4")
                         .arg(args.join(QLatin1Char(' ')))
                         .arg(p.exitCode())
                         .arg(*output, err);
        return false;
    }
    return true;
}

std::optional<QList<KlistCache>> KlistOracle::parseCaches(const QString &output, QString *error)
{
    static const QRegularExpression ticketLine(
        QStringLiteral("^(%1)  (%1)  (\\S.*)$").arg(TimePattern));
    static const QRegularExpression configLine(
        QStringLiteral(R"(^config: ([^(= ]+)(?:\((.*)\))? = (.*)$)"));
    static const QRegularExpression forClient(QStringLiteral(R"(for client (\S+))"));
    static const QRegularExpression renewUntil(QStringLiteral("renew until (%1)").arg(TimePattern));
    static const QRegularExpression flagsField(QStringLiteral(R"(Flags: (\w+))"));
    static const QRegularExpression etypeField(
        QStringLiteral(R"(Etype \(skey, tkt\): ([^,]+), (\S+))"));

    auto fail = [error](const QString &line) {
        if (error)
            *error = QStringLiteral("unexpected klist line: \"%1\"").arg(line);
        return std::nullopt;
    };

    QList<KlistCache> caches;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw;
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1StringView("Ticket cache: "))) {
            caches.append(KlistCache{line.mid(14).trimmed(), {}, {}});
            continue;
        }
        if (caches.isEmpty())
            return fail(line);
        KlistCache &cache = caches.last();
        if (line.startsWith(QLatin1StringView("Default principal: "))) {
            cache.defaultPrincipal = line.mid(19).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1StringView("Valid starting")))
            continue;
        if (const auto m = configLine.match(line); m.hasMatch()) {
            KlistTicket t;
            t.isConfig = true;
            t.configKey = m.captured(1);
            t.configPrincipal = m.captured(2);
            t.configValue = m.captured(3);
            cache.tickets.append(t);
            continue;
        }
        if (const auto m = ticketLine.match(line); m.hasMatch()) {
            KlistTicket t;
            t.start = parseTime(m.captured(1));
            t.end = parseTime(m.captured(2));
            t.server = m.captured(3).trimmed();
            cache.tickets.append(t);
            continue;
        }
        if (line.startsWith(QLatin1Char('\t'))) {
            if (cache.tickets.isEmpty() || cache.tickets.last().isConfig)
                return fail(line);
            KlistTicket &t = cache.tickets.last();
            bool understood = false;
            if (const auto m = forClient.match(line); m.hasMatch()) {
                t.client = m.captured(1).chopped(m.captured(1).endsWith(QLatin1Char(',')) ? 1 : 0);
                understood = true;
            }
            if (const auto m = renewUntil.match(line); m.hasMatch()) {
                t.renewTill = parseTime(m.captured(1));
                understood = true;
            }
            if (const auto m = flagsField.match(line); m.hasMatch()) {
                t.flags = m.captured(1);
                understood = true;
            }
            if (const auto m = etypeField.match(line); m.hasMatch()) {
                t.sessionEnctype = m.captured(1).trimmed();
                t.ticketEnctype = m.captured(2).trimmed();
                understood = true;
            }
            if (!understood && !line.contains(QLatin1StringView("Addresses:")))
                return fail(line);
            continue;
        }
        return fail(line);
    }
    return caches;
}

std::optional<QList<KlistKeytabEntry>> KlistOracle::parseKeytab(const QString &output,
                                                                QString *error)
{
    static const QRegularExpression entryLine(
        QStringLiteral(R"(^\s*(\d+) (%1) (\S+) \((.+)\)\s*$)").arg(TimePattern));
    QList<KlistKeytabEntry> entries;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1StringView("Keytab name:")) ||
            line.startsWith(QLatin1StringView("KVNO ")) ||
            line.startsWith(QLatin1StringView("----")))
            continue;
        const auto m = entryLine.match(line);
        if (!m.hasMatch()) {
            if (error)
                *error = QStringLiteral("unexpected klist -k line: \"%1\"").arg(line);
            return std::nullopt;
        }
        entries.append(KlistKeytabEntry{m.captured(1).toInt(), parseTime(m.captured(2)),
                                        m.captured(3), m.captured(4)});
    }
    return entries;
}

std::optional<QList<KlistCache>> KlistOracle::caches(QString *error) const
{
    QString out;
    if (!run({QStringLiteral("-A"), QStringLiteral("-f"), QStringLiteral("-e")}, &out, error))
        return std::nullopt;
    return parseCaches(out, error);
}

std::optional<QList<KlistCache>> KlistOracle::cachesWithConfig(QString *error) const
{
    QString out;
    if (!run({QStringLiteral("-A"), QStringLiteral("-f"), QStringLiteral("-e"),
              QStringLiteral("-C")},
             &out, error))
        return std::nullopt;
    return parseCaches(out, error);
}

std::optional<KlistCache> KlistOracle::cache(const QString &name, QString *error,
                                             bool withConfig) const
{
    QStringList args{QStringLiteral("-f"), QStringLiteral("-e")};
    if (withConfig)
        args << QStringLiteral("-C");
    args << QStringLiteral("-c") << name;
    QString out;
    if (!run(args, &out, error))
        return std::nullopt;
    auto parsed = parseCaches(out, error);
    if (!parsed)
        return std::nullopt;
    if (parsed->size() != 1) {
        if (error)
            *error = QStringLiteral("klist printed %1 caches for %2").arg(parsed->size()).arg(name);
        return std::nullopt;
    }
    return parsed->first();
}

std::optional<QList<KlistCollectionEntry>> KlistOracle::collection(QString *error) const
{
    QString out;
    if (!run({QStringLiteral("-l")}, &out, error))
        return std::nullopt;
    static const QRegularExpression entryLine(
        QStringLiteral(R"(^(\S+)\s+(\S+)( \(Expired\))?\s*$)"));
    QList<KlistCollectionEntry> entries;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1StringView("Principal name")) ||
            line.startsWith(QLatin1StringView("----")))
            continue;
        const auto m = entryLine.match(line);
        if (!m.hasMatch()) {
            if (error)
                *error = QStringLiteral("unexpected klist -l line: \"%1\"").arg(line);
            return std::nullopt;
        }
        entries.append(KlistCollectionEntry{m.captured(1), m.captured(2), m.hasCaptured(3)});
    }
    return entries;
}

std::optional<QList<KlistKeytabEntry>> KlistOracle::keytab(const QString &path,
                                                           QString *error) const
{
    QString out;
    if (!run({QStringLiteral("-k"), QStringLiteral("-t"), QStringLiteral("-e"), path}, &out, error))
        return std::nullopt;
    return parseKeytab(out, error);
}

bool KlistOracle::hasValidTickets(const QString &cacheName) const
{
    QStringList args{QStringLiteral("-s")};
    if (!cacheName.isEmpty())
        args << QStringLiteral("-c") << cacheName;
    QString out;
    return run(args, &out, nullptr);
}

} // namespace Portier::Test
