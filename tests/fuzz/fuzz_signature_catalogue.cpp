// SPDX-License-Identifier: GPL-3.0-or-later
// The signature catalogue loader (JSON + RE2 patterns) and, when a catalogue loads, the matcher
// over a fixed set of evidence lines plus the input itself as a line.
#include "backends/logs/signature_catalogue.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto catalogue = Portier::SignatureCatalogue::fromJson(json, QStringLiteral("fuzz"));
    if (!catalogue.ok())
        return 0;
    Portier::LogExcerpt trace;
    trace.source = QStringLiteral("krb5 trace");
    trace.lines = {
        QStringLiteral("[1] 1.0: Received error from KDC: -1765328347/Clock skew too great"),
        QStringLiteral("Cannot contact any KDC for realm 'TEST.LOCAL'"),
        QString::fromUtf8(json.left(512))};
    Portier::LogExcerpt sssd = trace;
    sssd.source = QStringLiteral("/var/log/sssd/sssd_test.log");
    QList<Portier::LogExcerpt> evidence{trace, sssd};
    const auto diagnoses = catalogue.value().diagnose(
        evidence, {QStringLiteral("KRB5KRB_AP_ERR_SKEW"), QStringLiteral("-1765328347")});
    for (const Portier::Diagnosis &d : diagnoses)
        (void)d.toJson();
    return 0;
}
