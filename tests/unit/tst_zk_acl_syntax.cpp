// SPDX-License-Identifier: GPL-3.0-or-later
// ZooKeeper ACLs in zkCli syntax: parse/format round trips for every scheme, bad inputs with the
// exact message an admin sees, the digest generator against independently computed vectors, the
// equivalent setAcl command and the risk badge.
#include "backends/zookeeper/acl_syntax.h"

#include <QTest>

using namespace Portier;

namespace {

const char kExpectedPerms[] = "letters from cdrwa (c create, d delete, r read, w write, a admin)";

QString expectedPerms()
{
    return QString::fromLatin1(kExpectedPerms);
}

QString ipExpected()
{
    return QStringLiteral("expected an IPv4 address such as 10.0.0.1, optionally with a prefix "
                          "length such as 10.0.0.0/8, or an IPv6 address such as fd00::1 or "
                          "fd00::/64");
}

QString missingPerms(const QString &entry)
{
    return QStringLiteral("The ACL entry \"%1\" has no permissions: expected "
                          "scheme:id:permissions with %2, e.g. world:anyone:r.")
        .arg(entry, expectedPerms());
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class TestZkAclSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perms_data();
    void perms();
    void badPerms_data();
    void badPerms();
    void entryRoundTrip_data();
    void entryRoundTrip();
    void aclRoundTrip_data();
    void aclRoundTrip();
    void badAcl_data();
    void badAcl();
    void validateEntry_data();
    void validateEntry();
    void validateAcl();
    void digestId_data();
    void digestId();
    void generatedDigestParses();
    void setAclCommand_data();
    void setAclCommand();
    void risk_data();
    void risk();
};

void TestZkAclSyntax::perms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("formatted");
    QTest::addRow("all") << "cdrwa" << int(ZkPerm::All) << "cdrwa";
    QTest::addRow("all-reordered") << "awrdc" << int(ZkPerm::All) << "cdrwa";
    QTest::addRow("read") << "r" << int(ZkPerm::Read) << "r";
    QTest::addRow("read-write") << "wr" << int(ZkPerm::Read | ZkPerm::Write) << "rw";
    QTest::addRow("create-delete") << "dc" << int(ZkPerm::Create | ZkPerm::Delete) << "cd";
    QTest::addRow("admin") << "a" << int(ZkPerm::Admin) << "a";
}

void TestZkAclSyntax::perms()
{
    QFETCH(QString, text);
    QFETCH(int, bits);
    QFETCH(QString, formatted);
    const Result<int> parsed = AclSyntax::parsePerms(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), bits);
    QCOMPARE(AclSyntax::formatPerms(bits), formatted);
    QCOMPARE(AclSyntax::parsePerms(formatted).value(), bits);
}

void TestZkAclSyntax::badPerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty")
        << "" << QStringLiteral("No permissions were given: expected %1.").arg(expectedPerms());
    QTest::addRow("unknown-letter")
        << "rwx"
        << QStringLiteral("The permission string \"rwx\" has the unknown permission letter "
                          "\"x\": expected %1.")
               .arg(expectedPerms());
    QTest::addRow("duplicate-letter")
        << "rwr"
        << QStringLiteral("The permission string \"rwr\" names the permission \"r\" twice: "
                          "expected each of c, d, r, w, a at most once.");
    QTest::addRow("capitals") << "CDRWA"
                              << QStringLiteral("The permission string \"CDRWA\" has the "
                                                "permissions \"CDRWA\" in capitals: permission "
                                                "letters are lowercase, write \"cdrwa\".");
}

void TestZkAclSyntax::badPerms()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<int> parsed = AclSyntax::parsePerms(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, message);
    QVERIFY(parsed.error().is(CoreError::InvalidInput));
}

void TestZkAclSyntax::entryRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("perms");
    QTest::addColumn<QString>("formatted");

    const int all = ZkPerm::All;
    const int r = ZkPerm::Read;
    const int rw = ZkPerm::Read | ZkPerm::Write;
    QTest::addRow("world-read") << "world:anyone:r"
                                << "world"
                                << "anyone" << r << "world:anyone:r";
    QTest::addRow("world-all-reordered") << "world:anyone:awrdc"
                                         << "world"
                                         << "anyone" << all << "world:anyone:cdrwa";
    QTest::addRow("surrounding-space") << "  world:anyone:r\t"
                                       << "world"
                                       << "anyone" << r << "world:anyone:r";
    QTest::addRow("auth") << "auth::cdrwa"
                          << "auth"
                          << "" << all << "auth::cdrwa";
    QTest::addRow("digest-admin") << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa"
                                  << "digest"
                                  << "admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=" << all
                                  << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa";
    QTest::addRow("digest-slash-plus") << "digest:alice:SQICbGEP3vUd4FffsXSLZ8/1XtI=:rw"
                                       << "digest"
                                       << "alice:SQICbGEP3vUd4FffsXSLZ8/1XtI=" << rw
                                       << "digest:alice:SQICbGEP3vUd4FffsXSLZ8/1XtI=:rw";
    QTest::addRow("ipv4") << "ip:10.0.0.1:r"
                          << "ip"
                          << "10.0.0.1" << r << "ip:10.0.0.1:r";
    QTest::addRow("ipv4-bits") << "ip:10.0.0.0/8:rw"
                               << "ip"
                               << "10.0.0.0/8" << rw << "ip:10.0.0.0/8:rw";
    QTest::addRow("ipv4-any") << "ip:0.0.0.0/0:r"
                              << "ip"
                              << "0.0.0.0/0" << r << "ip:0.0.0.0/0:r";
    QTest::addRow("ipv4-host-bits") << "ip:192.168.1.255/32:cdrwa"
                                    << "ip"
                                    << "192.168.1.255/32" << all << "ip:192.168.1.255/32:cdrwa";
    QTest::addRow("ipv6-loopback") << "ip:::1:r"
                                   << "ip"
                                   << "::1" << r << "ip:::1:r";
    QTest::addRow("ipv6") << "ip:2001:db8::17:cdrwa"
                          << "ip"
                          << "2001:db8::17" << all << "ip:2001:db8::17:cdrwa";
    QTest::addRow("ipv6-prefix") << "ip:fd00::/64:r"
                                 << "ip"
                                 << "fd00::/64" << r << "ip:fd00::/64:r";
    QTest::addRow("sasl-short") << "sasl:kafka:cdrwa"
                                << "sasl"
                                << "kafka" << all << "sasl:kafka:cdrwa";
    QTest::addRow("sasl-full") << "sasl:kafka/broker1.example.com@EXAMPLE.COM:cdrwa"
                               << "sasl"
                               << "kafka/broker1.example.com@EXAMPLE.COM" << all
                               << "sasl:kafka/broker1.example.com@EXAMPLE.COM:cdrwa";
    QTest::addRow("sasl-realm") << "sasl:hbase@EXAMPLE.COM:r"
                                << "sasl"
                                << "hbase@EXAMPLE.COM" << r << "sasl:hbase@EXAMPLE.COM:r";
    QTest::addRow("x509-dn-commas") << "x509:CN=admin,OU=Platform Team,O=Example Corp,C=DE:cdrwa"
                                    << "x509"
                                    << "CN=admin,OU=Platform Team,O=Example Corp,C=DE" << all
                                    << "x509:CN=admin,OU=Platform Team,O=Example Corp,C=DE:cdrwa";
    QTest::addRow("super") << "super:admin:cdrwa"
                           << "super"
                           << "admin" << all << "super:admin:cdrwa";
    QTest::addRow("custom-scheme") << "key:deadbeef:r"
                                   << "key"
                                   << "deadbeef" << r << "key:deadbeef:r";
}

void TestZkAclSyntax::entryRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, scheme);
    QFETCH(QString, id);
    QFETCH(int, perms);
    QFETCH(QString, formatted);

    const Result<AclEntry> parsed = AclSyntax::parseEntry(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->scheme, scheme);
    QCOMPARE(parsed->id, id);
    QCOMPARE(parsed->perms, perms);
    QCOMPARE(parsed->toString(), formatted);
    QVERIFY(AclSyntax::validateEntry(parsed.value()).ok());

    const Result<AclEntry> again = AclSyntax::parseEntry(formatted);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), parsed.value());

    // The entry alone is also an ACL of one entry.
    const Result<Acl> acl = AclSyntax::parseAcl(text);
    QVERIFY2(acl.ok(), qPrintable(acl.ok() ? QString() : acl.error().message));
    QCOMPARE(acl->size(), qsizetype(1));
    QCOMPARE(acl->first(), parsed.value());
}

void TestZkAclSyntax::aclRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries"); // each entry's toString()
    QTest::addColumn<QString>("formatted");

    QTest::addRow("kafka") << "sasl:kafka:cdrwa,world:anyone:r"
                           << strings({"sasl:kafka:cdrwa", "world:anyone:r"})
                           << "sasl:kafka:cdrwa,world:anyone:r";
    QTest::addRow("spaces") << "  sasl:kafka:cdrwa ,  world:anyone:r "
                            << strings({"sasl:kafka:cdrwa", "world:anyone:r"})
                            << "sasl:kafka:cdrwa,world:anyone:r";
    QTest::addRow("yarn") << "sasl:rm:cdrwa,sasl:yarn:cdrwa"
                          << strings({"sasl:rm:cdrwa", "sasl:yarn:cdrwa"})
                          << "sasl:rm:cdrwa,sasl:yarn:cdrwa";
    QTest::addRow("x509-first") << "x509:CN=admin,O=Example,C=DE:cdrwa,world:anyone:r"
                                << strings({"x509:CN=admin,O=Example,C=DE:cdrwa", "world:anyone:r"})
                                << "x509:CN=admin,O=Example,C=DE:cdrwa,world:anyone:r";
    QTest::addRow("x509-middle") << "world:anyone:r,x509:CN=svc,OU=Ops:rw,sasl:solr:cdrwa"
                                 << strings({"world:anyone:r", "x509:CN=svc,OU=Ops:rw",
                                             "sasl:solr:cdrwa"})
                                 << "world:anyone:r,x509:CN=svc,OU=Ops:rw,sasl:solr:cdrwa";
    QTest::addRow("x509-escaped-comma")
        << "x509:CN=Smith\\, John,O=Corp:r,auth::cdrwa"
        << strings({"x509:CN=Smith\\, John,O=Corp:r", "auth::cdrwa"})
        << "x509:CN=Smith\\, John,O=Corp:r,auth::cdrwa";
    QTest::addRow("two-x509") << "x509:CN=a,O=X:r,x509:CN=b,O=X:cdrwa"
                              << strings({"x509:CN=a,O=X:r", "x509:CN=b,O=X:cdrwa"})
                              << "x509:CN=a,O=X:r,x509:CN=b,O=X:cdrwa";
    QTest::addRow("mixed")
        << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa,ip:10.0.0.0/8:r,auth::cdrwa"
        << strings({"digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa", "ip:10.0.0.0/8:r",
                    "auth::cdrwa"})
        << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa,ip:10.0.0.0/8:r,auth::cdrwa";
    QTest::addRow("ipv6-in-list") << "ip:fd00::/64:r,sasl:zookeeper:cdrwa"
                                  << strings({"ip:fd00::/64:r", "sasl:zookeeper:cdrwa"})
                                  << "ip:fd00::/64:r,sasl:zookeeper:cdrwa";
    QTest::addRow("custom-after-sasl")
        << "sasl:a:r,key:k1:cdrwa" << strings({"sasl:a:r", "key:k1:cdrwa"})
        << "sasl:a:r,key:k1:cdrwa";
    QTest::addRow("perms-normalised")
        << "world:anyone:ar,sasl:hbase:awdrc" << strings({"world:anyone:ra", "sasl:hbase:cdrwa"})
        << "world:anyone:ra,sasl:hbase:cdrwa";
}

void TestZkAclSyntax::aclRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QFETCH(QString, formatted);

    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QStringList got;
    for (const AclEntry &e : parsed.value())
        got.append(e.toString());
    QCOMPARE(got, entries);
    QCOMPARE(AclSyntax::formatAcl(parsed.value()), formatted);
    QVERIFY(AclSyntax::validateAcl(parsed.value()).ok());

    const Result<Acl> again = AclSyntax::parseAcl(formatted);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), parsed.value());
}

void TestZkAclSyntax::badAcl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");

    const QString noHint;
    const QString digestHint =
        QStringLiteral("Use the digest generator to compute the id from the user name and "
                       "password.");

    QTest::addRow("empty") << ""
                           << "The ACL is empty: ZooKeeper refuses a node without ACL entries."
                           << "Give at least one entry in zkCli syntax, e.g. world:anyone:r or "
                              "sasl:kafka:cdrwa.";
    QTest::addRow("blank") << "   "
                           << "The ACL is empty: ZooKeeper refuses a node without ACL entries."
                           << "Give at least one entry in zkCli syntax, e.g. world:anyone:r or "
                              "sasl:kafka:cdrwa.";
    QTest::addRow("empty-entry")
        << "sasl:kafka:cdrwa,,world:anyone:r"
        << "The ACL \"sasl:kafka:cdrwa,,world:anyone:r\" has an empty entry at position 2: "
           "entries are separated by single commas."
        << "Remove the extra comma.";
    QTest::addRow("trailing-comma")
        << "world:anyone:r,"
        << "The ACL \"world:anyone:r,\" has an empty entry at position 2: entries are separated "
           "by single commas."
        << "Remove the extra comma.";
    QTest::addRow("no-syntax")
        << "anyone"
        << "The ACL entry \"anyone\" is not in zkCli syntax: expected scheme:id:permissions, "
           "e.g. world:anyone:r."
        << noHint;
    QTest::addRow("no-scheme") << ":anyone:r"
                               << "The ACL entry \":anyone:r\" has no scheme: expected "
                                  "scheme:id:permissions, e.g. world:anyone:r."
                               << noHint;
    QTest::addRow("scheme-capitals")
        << "World:anyone:r"
        << "The ACL entry \"World:anyone:r\" has the scheme \"World\": scheme names are "
           "lowercase, write \"world\"."
        << noHint;
    QTest::addRow("scheme-not-a-name")
        << "wor ld:anyone:r"
        << "The ACL entry \"wor ld:anyone:r\" has the scheme \"wor ld\", which is not a scheme "
           "name: expected world, auth, digest, ip, sasl, x509 or the name of a server "
           "authentication provider."
        << noHint;
    QTest::addRow("unknown-perm-letter")
        << "world:anyone:rx"
        << QStringLiteral("The ACL entry \"world:anyone:rx\" has the unknown permission letter "
                          "\"x\": expected %1.")
               .arg(expectedPerms())
        << noHint;
    QTest::addRow("unknown-perm-in-second-entry")
        << "sasl:kafka:cdrwa,world:anyone:rq"
        << QStringLiteral("The ACL entry \"world:anyone:rq\" has the unknown permission letter "
                          "\"q\": expected %1.")
               .arg(expectedPerms())
        << noHint;
    QTest::addRow("duplicate-perm-letter")
        << "sasl:kafka:cdrwac"
        << "The ACL entry \"sasl:kafka:cdrwac\" names the permission \"c\" twice: expected each "
           "of c, d, r, w, a at most once."
        << noHint;
    QTest::addRow("perm-capitals")
        << "sasl:kafka:RW"
        << "The ACL entry \"sasl:kafka:RW\" has the permissions \"RW\" in capitals: permission "
           "letters are lowercase, write \"rw\"."
        << noHint;
    QTest::addRow("missing-perms")
        << "world:anyone" << missingPerms(QStringLiteral("world:anyone")) << noHint;
    QTest::addRow("missing-perms-colon")
        << "world:anyone:" << missingPerms(QStringLiteral("world:anyone:")) << noHint;
    QTest::addRow("missing-perms-digest")
        << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc="
        << missingPerms(QStringLiteral("digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=")) << noHint;
    QTest::addRow("missing-perms-ip")
        << "ip:10.0.0.1" << missingPerms(QStringLiteral("ip:10.0.0.1")) << noHint;
    QTest::addRow("world-not-anyone")
        << "world:everyone:r"
        << "The ACL entry \"world:everyone:r\" has the id \"everyone\": the world scheme only "
           "has the id \"anyone\", e.g. world:anyone:r."
        << noHint;
    QTest::addRow("auth-with-id")
        << "auth:alice:cdrwa"
        << "The ACL entry \"auth:alice:cdrwa\" has the id \"alice\": the auth scheme takes no "
           "id (auth::cdrwa); it stands for the session's authenticated identities."
        << noHint;
    QTest::addRow("digest-hash-length")
        << "digest:admin:abc=:r"
        << "The ACL entry \"digest:admin:abc=:r\" has a digest hash of 4 characters: expected "
           "28 base64 characters (the SHA-1 of user:password), as in "
           "user:base64(sha1(user:password))."
        << digestHint;
    QTest::addRow("digest-plain-password")
        << "digest:admin:admin:cdrwa"
        << "The ACL entry \"digest:admin:admin:cdrwa\" has a digest hash of 5 characters: "
           "expected 28 base64 characters (the SHA-1 of user:password), as in "
           "user:base64(sha1(user:password))."
        << digestHint;
    QTest::addRow("digest-no-hash")
        << "digest:admin:cdrwa"
        << "The ACL entry \"digest:admin:cdrwa\" has the id \"admin\" without a password hash: "
           "a digest id is user:base64(sha1(user:password))."
        << digestHint;
    QTest::addRow("digest-no-user")
        << "digest::x1nq8J5GOJVPY6zgzhtTtA9izLc=:r"
        << "The ACL entry \"digest::x1nq8J5GOJVPY6zgzhtTtA9izLc=:r\" has no user name before "
           "the hash: a digest id is user:base64(sha1(user:password))."
        << digestHint;
    QTest::addRow("digest-not-base64")
        << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izL!=:r"
        << "The ACL entry \"digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izL!=:r\" has the digest hash "
           "\"x1nq8J5GOJVPY6zgzhtTtA9izL!=\", which is not the base64 of a SHA-1: a digest id is "
           "user:base64(sha1(user:password))."
        << digestHint;
    QTest::addRow("ip-out-of-range")
        << "ip:10.0.0.256:r"
        << QStringLiteral("The ACL entry \"ip:10.0.0.256:r\" has the address \"10.0.0.256\", "
                          "whose part 256 is above 255: %1.")
               .arg(ipExpected())
        << noHint;
    QTest::addRow("ip-prefix-33")
        << "ip:10.0.0.0/33:r"
        << "The ACL entry \"ip:10.0.0.0/33:r\" has the prefix /33, longer than an IPv4 address: "
           "expected /0 to /32."
        << noHint;
    QTest::addRow("ip-prefix-not-number")
        << "ip:10.0.0.0/x:r"
        << "The ACL entry \"ip:10.0.0.0/x:r\" has the prefix \"/x\", which is not a number of "
           "bits: expected /0 to /32 after the address."
        << noHint;
    QTest::addRow("ipv6-prefix-129")
        << "ip:fd00::/129:r"
        << "The ACL entry \"ip:fd00::/129:r\" has the prefix /129, longer than an IPv6 address: "
           "expected /0 to /128."
        << noHint;
    QTest::addRow("ip-three-parts")
        << "ip:10.0.0:r"
        << QStringLiteral("The ACL entry \"ip:10.0.0:r\" has the address \"10.0.0\", which is "
                          "not an IP address: %1.")
               .arg(ipExpected())
        << noHint;
    QTest::addRow("ip-host-name") << "ip:zk1.example.com:r"
                                  << QStringLiteral(
                                         "The ACL entry \"ip:zk1.example.com:r\" has the address "
                                         "\"zk1.example.com\", which is not an IP address: %1.")
                                         .arg(ipExpected())
                                  << noHint;
    QTest::addRow("ip-empty")
        << "ip::r"
        << QStringLiteral("The ACL entry \"ip::r\" has no address: %1.").arg(ipExpected())
        << noHint;
    QTest::addRow("sasl-empty-principal")
        << "sasl::cdrwa"
        << "The ACL entry \"sasl::cdrwa\" has no principal: the sasl scheme needs a principal "
           "such as kafka or kafka/host.example.com@EXAMPLE.COM."
        << noHint;
    QTest::addRow("sasl-space")
        << "sasl:kafka admin:r"
        << "The ACL entry \"sasl:kafka admin:r\" has the principal \"kafka admin\", which "
           "contains a space: a sasl principal is a name such as kafka or "
           "kafka/host@EXAMPLE.COM."
        << noHint;
    QTest::addRow("sasl-colon")
        << "sasl:kafka:cdrwa:r"
        << "The ACL entry \"sasl:kafka:cdrwa:r\" has the principal \"kafka:cdrwa\", which "
           "contains ':': a sasl principal is a name such as kafka or kafka/host@EXAMPLE.COM."
        << noHint;
    QTest::addRow("x509-not-dn")
        << "x509:admin:r"
        << "The ACL entry \"x509:admin:r\" has the id \"admin\": an x509 id is a certificate's "
           "subject distinguished name such as CN=admin,O=Example."
        << noHint;
    QTest::addRow("custom-no-id") << "key::r"
                                  << "The ACL entry \"key::r\" has no id: the key scheme needs "
                                     "an id."
                                  << noHint;
}

void TestZkAclSyntax::badAcl()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    const Result<Acl> parsed = AclSyntax::parseAcl(text);
    QVERIFY2(!parsed.ok(), qPrintable(AclSyntax::formatAcl(parsed.valueOr({}))));
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().hint, hint);
    QVERIFY(parsed.error().is(CoreError::InvalidInput));
}

void TestZkAclSyntax::validateEntry_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("perms");
    QTest::addColumn<QString>("message"); // empty: valid

    QTest::addRow("valid") << "sasl"
                           << "kafka" << int(ZkPerm::All) << "";
    QTest::addRow("no-perms") << "world"
                              << "anyone" << 0 << missingPerms(QStringLiteral("world:anyone:"));
    QTest::addRow("unknown-bits")
        << "world"
        << "anyone" << (int(ZkPerm::Read) | 64)
        << QStringLiteral("The ACL entry \"world:anyone:r\" has unknown permission bits 0x40: "
                          "expected %1.")
               .arg(expectedPerms());
    QTest::addRow("empty-scheme") << ""
                                  << "anyone" << int(ZkPerm::Read)
                                  << "The ACL entry \":anyone:r\" has no scheme: expected "
                                     "scheme:id:permissions, e.g. world:anyone:r.";
    QTest::addRow("comma-in-custom-id")
        << "key"
        << "a,b" << int(ZkPerm::Read)
        << "The ACL entry \"key:a,b:r\" has the id \"a,b\", which contains ',': in zkCli syntax "
           "a ',' separates entries, and only an x509 id may contain one.";
    QTest::addRow("comma-in-digest-user")
        << "digest"
        << "a,b:x1nq8J5GOJVPY6zgzhtTtA9izLc=" << int(ZkPerm::Read)
        << "The ACL entry \"digest:a,b:x1nq8J5GOJVPY6zgzhtTtA9izLc=:r\" has the id "
           "\"a,b:x1nq8J5GOJVPY6zgzhtTtA9izLc=\", which contains ',': in zkCli syntax a ',' "
           "separates entries, and only an x509 id may contain one.";
    QTest::addRow("x509-comma-scheme")
        << "x509"
        << "CN=a,sasl:b" << int(ZkPerm::Read)
        << "The ACL entry \"x509:CN=a,sasl:b:r\" has the id \"CN=a,sasl:b\", in which a ',' is "
           "followed by a scheme name and ':', which zkCli syntax reads as the start of the next "
           "entry: write that ',' as '\\,'.";
    QTest::addRow("x509-escaped-comma-scheme") << "x509"
                                               << "CN=a\\,sasl:b" << int(ZkPerm::Read) << "";
    QTest::addRow("world-id") << "world"
                              << "" << int(ZkPerm::Read)
                              << "The ACL entry \"world::r\" has the id \"\": the world scheme "
                                 "only has the id \"anyone\", e.g. world:anyone:r.";
}

void TestZkAclSyntax::validateEntry()
{
    QFETCH(QString, scheme);
    QFETCH(QString, id);
    QFETCH(int, perms);
    QFETCH(QString, message);
    const Result<void> valid = AclSyntax::validateEntry(AclEntry{scheme, id, perms});
    QCOMPARE(valid.ok(), message.isEmpty());
    if (!valid.ok())
        QCOMPARE(valid.error().message, message);
}

void TestZkAclSyntax::validateAcl()
{
    const Result<void> empty = AclSyntax::validateAcl({});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message,
             QStringLiteral("The ACL is empty: ZooKeeper refuses a node without ACL entries."));
    QCOMPARE(empty.error().hint,
             QStringLiteral("Add at least one entry, e.g. world:anyone:r or sasl:kafka:cdrwa."));

    const Acl secondBad{{QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All},
                        {QStringLiteral("world"), QStringLiteral("anybody"), ZkPerm::Read}};
    const Result<void> bad = AclSyntax::validateAcl(secondBad);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(
                 QStringLiteral("The ACL entry \"world:anybody:r\" has the id \"anybody\"")),
             qPrintable(bad.error().message));

    QVERIFY(
        AclSyntax::validateAcl({{QStringLiteral("sasl"), QStringLiteral("kafka"), ZkPerm::All},
                                {QStringLiteral("world"), QStringLiteral("anyone"), ZkPerm::Read}})
            .ok());
}

void TestZkAclSyntax::digestId_data()
{
    // Computed independently with Python:
    //   import hashlib, base64
    //   u + ":" + base64.b64encode(hashlib.sha1((u + ":" + p).encode()).digest()).decode()
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("id");
    QTest::addRow("super") << "super"
                           << "super-secret-1"
                           << "super:lE0lzO2ZPjMPHeLKNgBLihtKQI0=";
    QTest::addRow("admin") << "admin"
                           << "admin"
                           << "admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=";
    QTest::addRow("alice") << "alice"
                           << "alice-pw"
                           << "alice:SQICbGEP3vUd4FffsXSLZ8/1XtI=";
    QTest::addRow("utf8") << "bob" << QStringLiteral("p\u00e4ssw\u00f6rd")
                          << "bob:gC53HwYEhhFmg1+JETnfcQTLVa8=";
    QTest::addRow("empty-password") << "u"
                                    << ""
                                    << "u:IX23jg4I7W2/R//KoV8VL1UfuBM=";
}

void TestZkAclSyntax::digestId()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, id);
    QCOMPARE(AclSyntax::digestId(user, password), id);
}

void TestZkAclSyntax::generatedDigestParses()
{
    const QString id = AclSyntax::digestId(u"svc", u"correct horse battery staple");
    const Result<AclEntry> entry = AclSyntax::parseEntry(QStringLiteral("digest:%1:cdrwa").arg(id));
    QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
    QCOMPARE(entry->id, id);
}

void TestZkAclSyntax::setAclCommand_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("acl");
    QTest::addColumn<int>("aversion");
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QString>("command");

    QTest::addRow("plain") << "/kafka"
                           << "sasl:kafka:cdrwa,world:anyone:r" << -1 << false
                           << "setAcl /kafka sasl:kafka:cdrwa,world:anyone:r";
    QTest::addRow("aversion") << "/brokers"
                              << "sasl:kafka:cdrwa" << 3 << false
                              << "setAcl -v 3 /brokers sasl:kafka:cdrwa";
    QTest::addRow("aversion-zero")
        << "/a"
        << "world:anyone:r" << 0 << false << "setAcl -v 0 /a world:anyone:r";
    QTest::addRow("recursive") << "/hbase"
                               << "sasl:hbase:cdrwa,world:anyone:r" << -1 << true
                               << "setAcl -R /hbase sasl:hbase:cdrwa,world:anyone:r";
    QTest::addRow("recursive-aversion") << "/rmstore"
                                        << "sasl:rm:cdrwa,sasl:yarn:cdrwa" << 7 << true
                                        << "setAcl -R -v 7 /rmstore sasl:rm:cdrwa,sasl:yarn:cdrwa";
    QTest::addRow("space-in-dn") << "/certs"
                                 << "x509:CN=Admin User,O=Corp:cdrwa" << -1 << false
                                 << "setAcl /certs 'x509:CN=Admin User,O=Corp:cdrwa'";
    QTest::addRow("space-in-path")
        << "/my node"
        << "world:anyone:r" << -1 << false << "setAcl '/my node' world:anyone:r";
}

void TestZkAclSyntax::setAclCommand()
{
    QFETCH(QString, path);
    QFETCH(QString, acl);
    QFETCH(int, aversion);
    QFETCH(bool, recursive);
    QFETCH(QString, command);
    const Result<Acl> parsed = AclSyntax::parseAcl(acl);
    QVERIFY(parsed.ok());
    QCOMPARE(AclSyntax::setAclCommand(path, parsed.value(), aversion, recursive), command);
}

void TestZkAclSyntax::risk_data()
{
    QTest::addColumn<QString>("acl");
    QTest::addColumn<QString>("risk");
    QTest::addRow("sasl-only") << "sasl:kafka:cdrwa"
                               << "restricted";
    QTest::addRow("digest-and-ip") << "digest:admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=:cdrwa,"
                                      "ip:10.0.0.0/8:r"
                                   << "restricted";
    QTest::addRow("world-read") << "world:anyone:r"
                                << "world-readable";
    QTest::addRow("hbase") << "sasl:hbase:cdrwa,world:anyone:r"
                           << "world-readable";
    QTest::addRow("world-write") << "world:anyone:rw"
                                 << "world-writable";
    QTest::addRow("world-create") << "world:anyone:c"
                                  << "world-writable";
    QTest::addRow("world-delete") << "sasl:x:cdrwa,world:anyone:rd"
                                  << "world-writable";
    QTest::addRow("world-admin") << "world:anyone:ra"
                                 << "world-admin";
    QTest::addRow("world-all") << "world:anyone:cdrwa"
                               << "world-admin";
    QTest::addRow("two-world-entries") << "world:anyone:r,world:anyone:w"
                                       << "world-writable";
}

void TestZkAclSyntax::risk()
{
    QFETCH(QString, acl);
    QFETCH(QString, risk);
    const Result<Acl> parsed = AclSyntax::parseAcl(acl);
    QVERIFY(parsed.ok());
    QCOMPARE(AclSyntax::riskName(AclSyntax::assessRisk(parsed.value())), risk);
}

QTEST_GUILESS_MAIN(TestZkAclSyntax)
#include "tst_zk_acl_syntax.moc"
