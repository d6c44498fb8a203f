// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson of the ZooKeeper value types, as read from snapshots, journals, profiles in QSettings
// and `portier-cli zk ... --json`: what parses serialises to JSON that parses to the same value.
#include "backends/zookeeper/acl_entry.h"
#include "backends/zookeeper/connection_profile.h"
#include "backends/zookeeper/zk_snapshot.h"
#include "backends/zookeeper/znode_record.h"
#include "backends/zookeeper/znode_stat.h"

#include "tests/fuzz/fuzz_json.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_zk_json: %s\n", what);
    std::abort();
}

// Through JSON text, where 64-bit integers must keep every bit.
QJsonObject throughText(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

template<typename T>
void roundTrip(const QJsonObject &o, const char *what)
{
    QString error;
    const auto value = T::fromJson(o, &error);
    if (!value) {
        check(!error.isEmpty(), what);
        return;
    }
    const auto again = T::fromJson(throughText(value->toJson()), &error);
    check(again.has_value(), what);
    check(*again == *value, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Portier;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    roundTrip<AclEntry>(o, "AclEntry does not round-trip");
    roundTrip<ZnodeStat>(o, "ZnodeStat does not round-trip");
    roundTrip<ZnodeRecord>(o, "ZnodeRecord does not round-trip");
    roundTrip<ConnectionProfile>(o, "ConnectionProfile does not round-trip");
    if (const auto profile = ConnectionProfile::fromJson(o))
        (void)profile->validate();

    const Result<ZkSnapshot> snapshot = ZkSnapshot::fromJson(o);
    if (snapshot.ok()) {
        const QJsonObject written = snapshot->toJson();
        const Result<ZkSnapshot> again = ZkSnapshot::fromJson(throughText(written));
        check(again.ok(), "a snapshot's own JSON does not load");
        check(again->toJson() == written, "a snapshot does not round-trip");
        check(SnapshotDiff::compare(snapshot.value(), again.value()).isEmpty(),
              "a snapshot differs from its own copy");
        (void)SnapshotDiff::compare(ZkSnapshot(), snapshot.value()).toJson();
    } else {
        check(!snapshot.error().message.isEmpty(), "a snapshot error without a message");
    }
    return 0;
}
