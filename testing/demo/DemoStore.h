#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"

#include <QString>
#include <functional>

namespace sohoa::fixtures {

// A store full of made-up records (render::syntheticRecord: no real person)
// for screenshots, benchmarks and trying the desktop: accounts admin, clerk
// (lan), clerk2 (minh), supervisor (hoa); batches with rendered page images
// held in the encrypted store; records in every state with corrections,
// confirmations, approvals and a rejection in the audit trail.
struct DemoStoreSpec {
    QString path;
    int documents = 24;  // with rendered page images
    int bulkRecords = 0; // extra records without images (benchmarks: 100000)
    int dpi = 120;       // of the rendered pages
    quint32 seed = 7;
    crypto::KdfParams kdf = crypto::KdfParams::interactive();
};

struct DemoAccount {
    const char* name;
    const char* password;
};
inline constexpr DemoAccount kDemoAdmin{"admin", "admin-demo-2025"};
inline constexpr DemoAccount kDemoClerk{"lan", "lan-demo-2025"};
inline constexpr DemoAccount kDemoClerk2{"minh", "minh-demo-2025"};
inline constexpr DemoAccount kDemoSupervisor{"hoa", "hoa-demo-2025"};

// progress(done, total) is called from the calling thread.
Result<void> createDemoStore(const DemoStoreSpec& spec, const std::function<void(int, int)>& progress = {});

// What the sign-in dialog says over a fresh demonstration store: it names the
// demonstration accounts and their passwords.
QString demoAccountsNotice();

} // namespace sohoa::fixtures
