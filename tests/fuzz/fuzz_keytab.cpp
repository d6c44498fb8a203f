// SPDX-License-Identifier: GPL-3.0-or-later
// Keytab listing on untrusted bytes: the file an admin points Portier at may be anything.
#include "backends/kerberos/keytab_reader.h"
#include "tests/fuzz/fuzz_input_file.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Portier::Fuzz::InputFile file(QStringLiteral("keytab"));
    if (!file.write(data, size))
        return 0;
    const auto listing = Portier::Krb5::readKeytabFile(file.path());
    if (listing.ok()) {
        // Exercise the value type too: every listing must serialise.
        (void)listing.value().toJson();
    } else {
        (void)listing.error().toJson();
    }
    return 0;
}
