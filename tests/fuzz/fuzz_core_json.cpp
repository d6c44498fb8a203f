// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson of the core value types: diagnostic bundles carry them and may come from anywhere.
#include "backends/core/diagnosis.h"
#include "backends/core/error.h"
#include "backends/core/log_excerpt.h"
#include "backends/core/warning.h"

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
    parse<Portier::Error>(o);
    parse<Portier::LogExcerpt>(o);
    parse<Portier::Diagnosis>(o);
    parse<Portier::Warning>(o);
    return 0;
}
