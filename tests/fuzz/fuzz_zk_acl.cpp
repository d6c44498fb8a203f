// SPDX-License-Identifier: GPL-3.0-or-later
// ACLs in zkCli syntax, as typed by an admin, read from a journal or given to portier-cli: what
// parses is valid, formats to text that parses to the same ACL, and survives JSON.
#include "backends/zookeeper/acl_syntax.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &input)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_zk_acl: %s for input \"%s\"\n", what, qPrintable(input));
    std::abort();
}

void checkAcl(const Portier::Acl &acl, const QString &input)
{
    using namespace Portier;
    check(!acl.isEmpty(), "an empty ACL parsed", input);
    check(AclSyntax::validateAcl(acl).ok(), "a parsed ACL does not validate", input);
    const QString formatted = AclSyntax::formatAcl(acl);
    const Result<Acl> again = AclSyntax::parseAcl(formatted);
    check(again.ok(), "the formatted ACL does not parse", input);
    check(again.value() == acl, "the formatted ACL parses to another ACL", input);
    check(AclSyntax::formatAcl(again.value()) == formatted, "formatting is not stable", input);

    QString error;
    const auto fromJson = aclFromJson(aclToJson(acl), &error);
    check(fromJson && *fromJson == acl, "the ACL does not survive JSON", input);

    (void)AclSyntax::setAclCommand(QStringLiteral("/fuzz"), acl, 3, true);
    (void)AclSyntax::riskName(AclSyntax::assessRisk(acl));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Portier;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Result<Acl> acl = AclSyntax::parseAcl(text);
    if (acl.ok())
        checkAcl(acl.value(), text);
    else
        check(!acl.error().message.isEmpty(), "an ACL error without a message", text);

    const Result<AclEntry> entry = AclSyntax::parseEntry(text);
    if (entry.ok())
        checkAcl(Acl{entry.value()}, text);
    else
        check(!entry.error().message.isEmpty(), "an entry error without a message", text);

    const Result<int> perms = AclSyntax::parsePerms(text);
    if (perms.ok())
        check(AclSyntax::parsePerms(AclSyntax::formatPerms(perms.value())).valueOr(-1) ==
                  perms.value(),
              "permissions do not round-trip", text);

    // The digest generator's ids always parse, for any password.
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString user = QStringLiteral("fuzz-user");
    const QString id = AclSyntax::digestId(user, colon < 0 ? text : text.mid(colon + 1));
    const Result<AclEntry> digest =
        AclSyntax::parseEntry(QStringLiteral("digest:%1:cdrwa").arg(id));
    check(digest.ok() && digest->id == id, "a generated digest id does not parse", text);
    return 0;
}
