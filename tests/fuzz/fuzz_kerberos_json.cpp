// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson of the Kerberos value types, as read back from diagnostic bundles and `--json`.
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {
template<typename T>
void parse(const QJsonObject &o)
{
    QString error;
    if (const auto value = T::fromJson(o, &error))
        (void)value->toJson();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    parse<Portier::CacheCollection>(o);
    parse<Portier::CredentialCache>(o);
    parse<Portier::Credential>(o);
    parse<Portier::KeytabListing>(o);
    parse<Portier::KeytabEntry>(o);
    parse<Portier::ActionOutcome>(o);
    return 0;
}
