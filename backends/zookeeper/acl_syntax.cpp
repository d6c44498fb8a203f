// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/zookeeper/acl_syntax.h"

#include "backends/zookeeper/zk_tr.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Portier::AclSyntax {

namespace {

struct PermLetter
{
    char letter;
    int bit;
};

// zkCli's order.
constexpr std::array<PermLetter, 5> kPermLetters{{
    {'c', ZkPerm::Create},
    {'d', ZkPerm::Delete},
    {'r', ZkPerm::Read},
    {'w', ZkPerm::Write},
    {'a', ZkPerm::Admin},
}};

// Schemes ZooKeeper ships providers for, plus "super" (accepted like any other provider's).
constexpr std::array<QLatin1StringView, 7> kKnownSchemes{{
    QLatin1StringView("world"),
    QLatin1StringView("auth"),
    QLatin1StringView("digest"),
    QLatin1StringView("ip"),
    QLatin1StringView("sasl"),
    QLatin1StringView("x509"),
    QLatin1StringView("super"),
}};

constexpr qsizetype kDigestHashLength = 28; // base64 of a 20-byte SHA-1

bool isKnownScheme(QStringView scheme)
{
    return std::any_of(kKnownSchemes.begin(), kKnownSchemes.end(),
                       [scheme](QLatin1StringView known) { return scheme == known; });
}

int permBit(QChar c)
{
    for (const PermLetter &p : kPermLetters) {
        if (c == QLatin1Char(p.letter))
            return p.bit;
    }
    return 0;
}

QString expectedPerms()
{
    return ZooKeeper::tr("letters from cdrwa (c create, d delete, r read, w write, a admin)");
}

Error invalid(QString message, QString hint = {})
{
    return Error(CoreError::InvalidInput, std::move(message), std::move(hint));
}

Error missingPerms(QStringView entryText)
{
    return invalid(ZooKeeper::tr("The ACL entry \"%1\" has no permissions: expected "
                                 "scheme:id:permissions with %2, e.g. world:anyone:r.")
                       .arg(entryText, expectedPerms()));
}

struct PermsScan
{
    enum class Problem
    {
        None,
        Empty,
        Unknown,
        Duplicate,
        Uppercase,
    };
    Problem problem = Problem::None;
    QChar letter;
    int bits = 0;
};

PermsScan scanPerms(QStringView text)
{
    PermsScan scan;
    if (text.isEmpty()) {
        scan.problem = PermsScan::Problem::Empty;
        return scan;
    }
    for (QChar c : text) {
        const int bit = permBit(c);
        if (bit == 0) {
            scan.letter = c;
            const bool uppercaseOnly =
                std::all_of(text.begin(), text.end(), [](QChar x) { return permBit(x.toLower()); });
            scan.problem =
                uppercaseOnly ? PermsScan::Problem::Uppercase : PermsScan::Problem::Unknown;
            return scan;
        }
        if (scan.bits & bit) {
            scan.letter = c;
            scan.problem = PermsScan::Problem::Duplicate;
            return scan;
        }
        scan.bits |= bit;
    }
    return scan;
}

// The reason text of a perms problem, for "The ACL entry "x" <reason>" and for parsePerms.
QString permsProblemText(const PermsScan &scan, QStringView text)
{
    switch (scan.problem) {
    case PermsScan::Problem::None:
        break;
    case PermsScan::Problem::Empty:
        return ZooKeeper::tr("has no permissions: expected %1").arg(expectedPerms());
    case PermsScan::Problem::Unknown:
        return ZooKeeper::tr("has the unknown permission letter \"%1\": expected %2")
            .arg(scan.letter, expectedPerms());
    case PermsScan::Problem::Duplicate:
        return ZooKeeper::tr("names the permission \"%1\" twice: expected each of c, d, r, w, a "
                             "at most once")
            .arg(scan.letter);
    case PermsScan::Problem::Uppercase:
        return ZooKeeper::tr("has the permissions \"%1\" in capitals: permission letters are "
                             "lowercase, write \"%2\"")
            .arg(text, text.toString().toLower());
    }
    return {};
}

// Whether the last ':' field of an entry looks like an attempt at permissions (then a bad letter
// is reported) rather than the end of the id (then the permissions are missing).
bool looksLikePerms(QStringView text)
{
    if (text.isEmpty())
        return false;
    const bool letters = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
    const bool permLetters =
        std::all_of(text.begin(), text.end(), [](QChar c) { return permBit(c.toLower()) != 0; });
    return letters && (text.size() <= 5 || permLetters);
}

bool isSchemeName(QStringView scheme)
{
    return std::all_of(scheme.begin(), scheme.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
               c == QLatin1Char('-') || c == QLatin1Char('.');
    });
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

bool isBase64(QStringView text)
{
    // Standard alphabet with padding, as java.util.Base64 writes it.
    qsizetype padding = 0;
    for (QChar c : text) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (c == QLatin1Char('=')) {
            ++padding;
            continue;
        }
        if (padding > 0 || !(alnum || c == QLatin1Char('+') || c == QLatin1Char('/')))
            return false;
    }
    return padding <= 2;
}

// The reason why an ip id is invalid, or an empty string.
QString ipProblem(QStringView id)
{
    const QString expected = ZooKeeper::tr(
        "expected an IPv4 address such as 10.0.0.1, optionally with a prefix length such as "
        "10.0.0.0/8, or an IPv6 address such as fd00::1 or fd00::/64");
    if (id.isEmpty())
        return ZooKeeper::tr("has no address: %1").arg(expected);
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    const QStringView address = slash < 0 ? id : id.left(slash);
    const bool v6 = address.contains(QLatin1Char(':'));
    if (v6) {
        QHostAddress parsed;
        if (!parsed.setAddress(address.toString()) ||
            parsed.protocol() != QAbstractSocket::IPv6Protocol || !parsed.scopeId().isEmpty())
            return ZooKeeper::tr("has the address \"%1\", which is not an IP address: %2")
                .arg(address, expected);
    } else {
        const QList<QStringView> parts = address.split(QLatin1Char('.'));
        if (parts.size() != 4 || !std::all_of(parts.begin(), parts.end(), [](QStringView p) {
                return isDigits(p) && p.size() <= 3;
            }))
            return ZooKeeper::tr("has the address \"%1\", which is not an IP address: %2")
                .arg(address, expected);
        for (QStringView part : parts) {
            if (part.toInt() > 255)
                return ZooKeeper::tr("has the address \"%1\", whose part %2 is above 255: %3")
                    .arg(address, part, expected);
        }
    }
    if (slash >= 0) {
        const QStringView bits = id.mid(slash + 1);
        const int maxBits = v6 ? 128 : 32;
        if (!isDigits(bits) || bits.size() > 3)
            return ZooKeeper::tr("has the prefix \"/%1\", which is not a number of bits: "
                                 "expected /0 to /%2 after the address")
                .arg(bits, QString::number(maxBits));
        if (bits.toInt() > maxBits)
            return (v6 ? ZooKeeper::tr("has the prefix /%1, longer than an IPv6 address: "
                                       "expected /0 to /%2")
                       : ZooKeeper::tr("has the prefix /%1, longer than an IPv4 address: "
                                       "expected /0 to /%2"))
                .arg(bits, QString::number(maxBits));
    }
    return {};
}

// The reason why a digest id is invalid, or an empty string.
QString digestProblem(QStringView id)
{
    const QString form = ZooKeeper::tr("a digest id is user:base64(sha1(user:password))");
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return ZooKeeper::tr("has the id \"%1\" without a password hash: %2").arg(id, form);
    if (id.indexOf(QLatin1Char(':'), colon + 1) >= 0)
        return ZooKeeper::tr("has the id \"%1\" with more than one ':': %2, and neither the user "
                             "nor the hash may contain ':'")
            .arg(id, form);
    const QStringView user = id.left(colon);
    const QStringView hash = id.mid(colon + 1);
    if (user.isEmpty())
        return ZooKeeper::tr("has no user name before the hash: %1").arg(form);
    if (hash.size() != kDigestHashLength)
        return ZooKeeper::tr("has a digest hash of %1 characters: expected %2 base64 characters "
                             "(the SHA-1 of user:password), as in %3")
            .arg(hash.size())
            .arg(kDigestHashLength)
            .arg(QStringLiteral("user:base64(sha1(user:password))"));
    if (!isBase64(hash) || !hash.endsWith(QLatin1Char('=')) ||
        hash.endsWith(QLatin1StringView("==")))
        return ZooKeeper::tr("has the digest hash \"%1\", which is not the base64 of a SHA-1: %2")
            .arg(hash, form);
    return {};
}

// Whether the text after a ',' starts a new entry: a known scheme name followed by ':'.
bool startsEntry(QStringView next)
{
    next = next.trimmed();
    const qsizetype colon = next.indexOf(QLatin1Char(':'));
    return colon >= 0 && isKnownScheme(next.left(colon));
}

// Whether the x509 id has a ',' that parseAcl() would take as the start of the next entry (in
// the formatted entry, the id is followed by ':').
bool x509IdSplits(const QString &id)
{
    const QString text = id + QLatin1Char(':');
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (text[i] == QLatin1Char(',') && (i == 0 || text[i - 1] != QLatin1Char('\\')) &&
            startsEntry(QStringView(text).mid(i + 1)))
            return true;
    }
    return false;
}

QString schemeIdProblem(const AclEntry &entry);

// The reason why the entry's id does not suit its scheme, or an empty string.
QString idProblem(const AclEntry &entry)
{
    if (QString problem = schemeIdProblem(entry); !problem.isEmpty())
        return problem;
    // In zkCli syntax a ',' ends the entry; only an x509 distinguished name may contain one.
    if (entry.scheme != QLatin1StringView("x509") && entry.id.contains(QLatin1Char(',')))
        return ZooKeeper::tr("has the id \"%1\", which contains ',': in zkCli syntax a ',' "
                             "separates entries, and only an x509 id may contain one")
            .arg(entry.id);
    if (entry.scheme == QLatin1StringView("x509") && x509IdSplits(entry.id))
        return ZooKeeper::tr("has the id \"%1\", in which a ',' is followed by a scheme name "
                             "and ':', which zkCli syntax reads as the start of the next entry: "
                             "write that ',' as '\\,'")
            .arg(entry.id);
    return {};
}

QString schemeIdProblem(const AclEntry &entry)
{
    const QString &scheme = entry.scheme;
    const QString &id = entry.id;
    if (scheme == QLatin1StringView("world")) {
        if (id != QLatin1StringView("anyone"))
            return ZooKeeper::tr("has the id \"%1\": the world scheme only has the id "
                                 "\"anyone\", e.g. world:anyone:r")
                .arg(id);
    } else if (scheme == QLatin1StringView("auth")) {
        if (!id.isEmpty())
            return ZooKeeper::tr("has the id \"%1\": the auth scheme takes no id (auth::cdrwa); "
                                 "it stands for the session's authenticated identities")
                .arg(id);
    } else if (scheme == QLatin1StringView("digest")) {
        return digestProblem(id);
    } else if (scheme == QLatin1StringView("ip")) {
        return ipProblem(id);
    } else if (scheme == QLatin1StringView("sasl")) {
        if (id.isEmpty())
            return ZooKeeper::tr("has no principal: the sasl scheme needs a principal such as "
                                 "kafka or kafka/host.example.com@EXAMPLE.COM");
        if (std::any_of(id.begin(), id.end(), [](QChar c) { return c.isSpace(); }))
            return ZooKeeper::tr("has the principal \"%1\", which contains a space: a sasl "
                                 "principal is a name such as kafka or kafka/host@EXAMPLE.COM")
                .arg(id);
        if (id.contains(QLatin1Char(':')))
            return ZooKeeper::tr("has the principal \"%1\", which contains ':': a sasl "
                                 "principal is a name such as kafka or kafka/host@EXAMPLE.COM")
                .arg(id);
    } else if (scheme == QLatin1StringView("x509")) {
        if (!id.contains(QLatin1Char('=')))
            return ZooKeeper::tr("has the id \"%1\": an x509 id is a certificate's subject "
                                 "distinguished name such as CN=admin,O=Example")
                .arg(id);
    } else if (id.isEmpty()) {
        return ZooKeeper::tr("has no id: the %1 scheme needs an id").arg(scheme);
    }
    return {};
}

Result<void> validateNamed(const AclEntry &entry, QStringView entryText)
{
    auto fail = [entryText](const QString &reason, QString hint = {}) {
        return invalid(ZooKeeper::tr("The ACL entry \"%1\" %2.").arg(entryText, reason),
                       std::move(hint));
    };
    if (entry.scheme.isEmpty())
        return invalid(ZooKeeper::tr("The ACL entry \"%1\" has no scheme: expected "
                                     "scheme:id:permissions, e.g. world:anyone:r.")
                           .arg(entryText));
    if (!isSchemeName(entry.scheme))
        return fail(ZooKeeper::tr("has the scheme \"%1\", which is not a scheme name: expected "
                                  "world, auth, digest, ip, sasl, x509 or the name of a server "
                                  "authentication provider")
                        .arg(entry.scheme));
    const QString lowered = entry.scheme.toLower();
    if (lowered != entry.scheme && isKnownScheme(lowered))
        return fail(ZooKeeper::tr("has the scheme \"%1\": scheme names are lowercase, write "
                                  "\"%2\"")
                        .arg(entry.scheme, lowered));
    if (const QString problem = idProblem(entry); !problem.isEmpty()) {
        QString hint;
        if (entry.scheme == QLatin1StringView("digest"))
            hint = ZooKeeper::tr("Use the digest generator to compute the id from the user name "
                                 "and password.");
        return fail(problem, hint);
    }
    if ((entry.perms & ZkPerm::All) == 0)
        return missingPerms(entryText);
    if ((entry.perms & ~ZkPerm::All) != 0)
        return fail(ZooKeeper::tr("has unknown permission bits 0x%1: expected %2")
                        .arg(QString::number(entry.perms & ~ZkPerm::All, 16), expectedPerms()));
    return {};
}

// zkCli splits its command line at whitespace and accepts '...' or "..." around an argument.
QString quoteForZkCli(const QString &argument)
{
    const bool plain =
        !argument.isEmpty() &&
        std::none_of(argument.begin(), argument.end(), [](QChar c) { return c.isSpace(); }) &&
        !argument.startsWith(QLatin1Char('\'')) && !argument.startsWith(QLatin1Char('"'));
    if (plain)
        return argument;
    if (!argument.contains(QLatin1Char('\'')))
        return QLatin1Char('\'') + argument + QLatin1Char('\'');
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

} // namespace

Result<int> parsePerms(QStringView text)
{
    const PermsScan scan = scanPerms(text);
    if (scan.problem == PermsScan::Problem::None)
        return scan.bits;
    if (scan.problem == PermsScan::Problem::Empty)
        return invalid(
            ZooKeeper::tr("No permissions were given: expected %1.").arg(expectedPerms()));
    return invalid(
        ZooKeeper::tr("The permission string \"%1\" %2.").arg(text, permsProblemText(scan, text)));
}

QString formatPerms(int perms)
{
    QString out;
    for (const PermLetter &p : kPermLetters) {
        if (perms & p.bit)
            out += QLatin1Char(p.letter);
    }
    return out;
}

Result<AclEntry> parseEntry(QStringView text)
{
    const QStringView entryText = text.trimmed();
    if (entryText.isEmpty())
        return invalid(ZooKeeper::tr("The ACL entry is empty: expected scheme:id:permissions, "
                                     "e.g. world:anyone:r."));
    const qsizetype firstColon = entryText.indexOf(QLatin1Char(':'));
    if (firstColon < 0)
        return invalid(ZooKeeper::tr("The ACL entry \"%1\" is not in zkCli syntax: expected "
                                     "scheme:id:permissions, e.g. world:anyone:r.")
                           .arg(entryText));
    AclEntry entry;
    entry.scheme = entryText.left(firstColon).toString();
    const QStringView rest = entryText.mid(firstColon + 1);
    const qsizetype lastColon = rest.lastIndexOf(QLatin1Char(':'));
    if (entry.scheme.isEmpty())
        return validateNamed(entry, entryText).error();
    if (lastColon < 0)
        return missingPerms(entryText);
    entry.id = rest.left(lastColon).toString();
    const QStringView permsText = rest.mid(lastColon + 1);
    const PermsScan scan = scanPerms(permsText);
    if (scan.problem == PermsScan::Problem::Empty)
        return missingPerms(entryText);
    if (scan.problem != PermsScan::Problem::None) {
        if (!looksLikePerms(permsText))
            return missingPerms(entryText);
        return invalid(ZooKeeper::tr("The ACL entry \"%1\" %2.")
                           .arg(entryText, permsProblemText(scan, permsText)));
    }
    entry.perms = scan.bits;
    if (Result<void> valid = validateNamed(entry, entryText); !valid.ok())
        return valid.error();
    return entry;
}

Result<Acl> parseAcl(QStringView text)
{
    if (text.trimmed().isEmpty())
        return invalid(ZooKeeper::tr("The ACL is empty: ZooKeeper refuses a node without ACL "
                                     "entries."),
                       ZooKeeper::tr("Give at least one entry in zkCli syntax, e.g. "
                                     "world:anyone:r or sasl:kafka:cdrwa."));

    // Split at ',' except inside an x509 id, where a ',' separates parts of the distinguished
    // name; there an entry only starts at a known scheme name followed by ':'. A backslash-escaped
    // ',' never splits.
    QList<QStringView> pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char(','))
            continue;
        if (i > 0 && text[i - 1] == QLatin1Char('\\'))
            continue;
        const QStringView current = text.mid(start, i - start).trimmed();
        const qsizetype colon = current.indexOf(QLatin1Char(':'));
        const bool inX509 = colon >= 0 && current.left(colon) == QLatin1StringView("x509");
        if (inX509 && !startsEntry(text.mid(i + 1)))
            continue;
        pieces.append(text.mid(start, i - start));
        start = i + 1;
    }
    pieces.append(text.mid(start));

    Acl acl;
    acl.reserve(pieces.size());
    for (qsizetype n = 0; n < pieces.size(); ++n) {
        if (pieces[n].trimmed().isEmpty())
            return invalid(ZooKeeper::tr("The ACL \"%1\" has an empty entry at position %2: "
                                         "entries are separated by single commas.")
                               .arg(text.trimmed(), QString::number(n + 1)),
                           ZooKeeper::tr("Remove the extra comma."));
        Result<AclEntry> entry = parseEntry(pieces[n]);
        if (!entry.ok())
            return entry.error();
        acl.append(std::move(entry).value());
    }
    return acl;
}

QString formatAcl(const Acl &acl)
{
    QStringList entries;
    entries.reserve(acl.size());
    for (const AclEntry &entry : acl)
        entries.append(entry.toString());
    return entries.join(QLatin1Char(','));
}

Result<void> validateEntry(const AclEntry &entry)
{
    return validateNamed(entry, entry.toString());
}

Result<void> validateAcl(const Acl &acl)
{
    if (acl.isEmpty())
        return invalid(ZooKeeper::tr("The ACL is empty: ZooKeeper refuses a node without ACL "
                                     "entries."),
                       ZooKeeper::tr("Add at least one entry, e.g. world:anyone:r or "
                                     "sasl:kafka:cdrwa."));
    for (const AclEntry &entry : acl) {
        if (Result<void> valid = validateEntry(entry); !valid.ok())
            return valid;
    }
    return {};
}

QString digestId(QStringView user, QStringView password)
{
    const QString credentials = user + QLatin1Char(':') + password;
    const QByteArray hash =
        QCryptographicHash::hash(credentials.toUtf8(), QCryptographicHash::Sha1).toBase64();
    return user + QLatin1Char(':') + QString::fromLatin1(hash);
}

bool appliesTo(const AclEntry &entry, const AclEntry &identity)
{
    if (entry.scheme == QLatin1StringView("world"))
        return entry.id == QLatin1StringView("anyone");
    if (entry.scheme != identity.scheme)
        return false;
    if (entry.scheme != QLatin1StringView("ip"))
        return entry.id == identity.id;
    const QHostAddress address(identity.id);
    if (address.isNull())
        return false;
    const qsizetype slash = entry.id.indexOf(QLatin1Char('/'));
    const QHostAddress network(slash < 0 ? entry.id : entry.id.left(slash));
    if (network.isNull() || network.protocol() != address.protocol())
        return false;
    const int fullLength = network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    bool ok = true;
    const int prefix = slash < 0 ? fullLength : QStringView(entry.id).mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > fullLength)
        return false;
    return address.isInSubnet(network, prefix);
}

QString setAclCommand(const QString &path, const Acl &acl, int aversion, bool recursive)
{
    QStringList words{QStringLiteral("setAcl")};
    if (recursive)
        words.append(QStringLiteral("-R"));
    if (aversion >= 0) {
        words.append(QStringLiteral("-v"));
        words.append(QString::number(aversion));
    }
    words.append(quoteForZkCli(path));
    words.append(quoteForZkCli(formatAcl(acl)));
    return words.join(QLatin1Char(' '));
}

Risk assessRisk(const Acl &acl)
{
    Risk risk = Risk::Restricted;
    for (const AclEntry &entry : acl) {
        if (entry.scheme != QLatin1StringView("world") || entry.id != QLatin1StringView("anyone"))
            continue;
        Risk entryRisk = Risk::Restricted;
        if (entry.perms & ZkPerm::Admin)
            entryRisk = Risk::WorldAdmin;
        else if (entry.perms & (ZkPerm::Write | ZkPerm::Create | ZkPerm::Delete))
            entryRisk = Risk::WorldWritable;
        else if (entry.perms & ZkPerm::Read)
            entryRisk = Risk::WorldReadable;
        risk = std::max(risk, entryRisk);
    }
    return risk;
}

QString riskName(Risk risk)
{
    switch (risk) {
    case Risk::Restricted:
        return QStringLiteral("restricted");
    case Risk::WorldReadable:
        return QStringLiteral("world-readable");
    case Risk::WorldWritable:
        return QStringLiteral("world-writable");
    case Risk::WorldAdmin:
        return QStringLiteral("world-admin");
    }
    return QStringLiteral("restricted");
}

} // namespace Portier::AclSyntax
