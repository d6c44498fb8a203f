// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson of the core value types: diagnostic bundles carry them and may come from anywhere.
#include "backends/core/diagnosis.h"
#include "backends/core/error.h"
#include "backends/core/log_excerpt.h"
#include "backends/core/warning.h"

#include "tests/fuzz/fuzz_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Portier::Fuzz::parseAsEach<Portier::Error, Portier::LogExcerpt, Portier::Diagnosis,
                               Portier::Warning>(data, size);
    return 0;
}
