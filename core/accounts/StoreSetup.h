#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"

#include <QByteArray>
#include <QString>

namespace sohoa::accounts {

struct NewStore {
    QString path;
    QString adminName;
    QByteArray adminPasswordUtf8; // wiped by createStore
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
};

// Creates a store folder with a random 256-bit data key, the first
// administrator and a recovery code (returned once, never stored in clear).
// Refuses to touch an existing store or a non-empty folder.
Result<QString> createStore(NewStore spec);

} // namespace sohoa::accounts
