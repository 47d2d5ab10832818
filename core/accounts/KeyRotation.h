#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/StoreLayout.h"

namespace sohoa::accounts {

// A key rotation writes store.db.rekey (the database under the new key), then
// commits by renaming keyring.json.rekey over keyring.json, then renames
// store.db.rekey over store.db. If SoHoa stopped in between, the next sign-in
// finishes or abandons it: whichever file the signed-in key opens wins.
// Called with the data key just unwrapped from keyring.json.
Result<void> finishInterruptedKeyRotation(const store::StoreLayout& layout,
                                          const crypto::SecretBytes& dataKey);

} // namespace sohoa::accounts
