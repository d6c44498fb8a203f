// SPDX-License-Identifier: GPL-3.0-or-later
// Credential cache listing on untrusted bytes: a FILE: cache is a file any process of the user
// (or a copied diagnostic bundle) may have written.
#include "backends/kerberos/cache_reader.h"
#include "tests/fuzz/fuzz_input_file.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Portier::Fuzz::InputFile file(QStringLiteral("ccache"));
    if (!file.write(data, size))
        return 0;
    const auto cache = Portier::Krb5::readCacheNamed(QStringLiteral("FILE:") + file.path());
    if (cache.ok())
        (void)cache.value().toJson();
    else
        (void)cache.error().toJson();
    return 0;
}
