// SPDX-License-Identifier: GPL-3.0-or-later
// fromJson of the Kerberos value types, as read back from diagnostic bundles and `--json`.
#include "backends/kerberos/action_outcome.h"
#include "backends/kerberos/credential_cache.h"
#include "backends/kerberos/keytab_listing.h"

#include "tests/fuzz/fuzz_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Portier::Fuzz::parseAsEach<Portier::CacheCollection, Portier::CredentialCache,
                               Portier::Credential, Portier::KeytabListing, Portier::KeytabEntry,
                               Portier::ActionOutcome>(data, size);
    return 0;
}
