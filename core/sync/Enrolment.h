#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/sync/Device.h"

#include <QByteArray>
#include <QString>

namespace sohoa::sync {

struct EnrolmentRequest {
    QString serverUrl;  // https://host:port
    QString code;       // one-time code from the registry administrator
    QByteArray caPem;   // the registry's certificate or CA, to pin
    QString deviceName; // shown to the registry administrator
    int timeoutMs = 30000;
};

// Registers this device's public keys with the registry (creating the keys on
// first use), pins the certificate/CA, and stores the registry's package and
// receipt keys. Needs Permission::ManageSettings; audited.
Result<RegistrySettings> enrolDevice(accounts::Session& session, const EnrolmentRequest& request);

} // namespace sohoa::sync
