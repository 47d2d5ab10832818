#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace sohoa::store {
class Database;
}

// This office's identity towards the registries and the registry it is
// enrolled with, both inside the encrypted store (schema 0002).
namespace sohoa::sync {

struct DeviceKeys {
    QByteArray signPublicKey; // Ed25519
    crypto::SecretBytes signSecretKey;
    QByteArray boxPublicKey; // X25519 (receipts are sealed to it)
    crypto::SecretBytes boxSecretKey;
};

// The device keys, created on first use (call inside a write transaction).
Result<DeviceKeys> loadOrCreateDeviceKeys(store::Database& db);
// Fails with sync.not_enrolled when the device has no keys yet.
Result<DeviceKeys> loadDeviceKeys(store::Database& db);

struct RegistrySettings {
    QString url;      // https://host:port
    QString caPem;    // the certificate or CA pinned for TLS
    QString deviceId; // issued by the registry at enrolment
    QString registryName;
    QByteArray packagePublicKey; // X25519
    QByteArray receiptPublicKey; // Ed25519
    QString enrolledAt;
    QString enrolledBy;

    bool isEnrolled() const { return !deviceId.isEmpty(); }
};

// Empty settings (isEnrolled() false) when the device was never enrolled.
Result<RegistrySettings> loadRegistrySettings(store::Database& db);
Result<void> saveRegistrySettings(store::Database& db, const RegistrySettings& settings);
// sync.not_enrolled with a message saying what to do.
Error notEnrolledError();

// What every exchange with the registry needs: where it is and this device's keys.
struct EnrolledDevice {
    RegistrySettings settings;
    DeviceKeys keys;
};
// Fails with notEnrolledError() when the device was never enrolled.
Result<EnrolledDevice> loadEnrolledDevice(store::Database& db);

} // namespace sohoa::sync
