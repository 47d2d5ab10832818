// libFuzzer target: the sync JSON bodies as the reference registry reads them
// (server/registry RegistryService: enrolment, status, records, office state,
// upload bundles) and the roster/approval readers both sides share
// (core/sync/Approvals). One registry data folder (real SQLCipher file) with one
// enrolled device is made at the first input.
// Input: byte 0 picks the endpoint (mod 7); the rest is the body.
#include "SyncJsonFixture.h"
#include "core/common/Json.h"
#include "core/crypto/PasswordKdf.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryStore.h"

#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace sohoa;

struct Registry {
    QTemporaryDir dir;
    std::unique_ptr<registry::RegistryStore> store;
    std::unique_ptr<registry::RegistryService> service;
    registry::Device device;

    Registry()
    {
        const QString path = dir.path() + QStringLiteral("/registry");
        crypto::KdfParams kdf = crypto::KdfParams::interactive();
        if (!registry::RegistryStore::create(path, "fuzz-passphrase-1", kdf, QStringLiteral("fuzz registry")))
            std::abort();
        auto s = registry::RegistryStore::open(path, "fuzz-passphrase-1");
        if (!s)
            std::abort();
        store = std::move(*s);
        service = std::make_unique<registry::RegistryService>(*store);
        auto code = service->issueEnrolmentCode(QStringLiteral("UBND xã Fuzz"), 1);
        if (!code)
            std::abort();
        QJsonObject request{
            {QStringLiteral("code"), *code},
            {QStringLiteral("sign_public_key"),
             QString::fromLatin1(fuzz::deviceKeys().signPublic.toBase64())},
            {QStringLiteral("box_public_key"), QString::fromLatin1(fuzz::deviceKeys().boxPublic.toBase64())},
            {QStringLiteral("device_name"), QStringLiteral("fuzz")},
            {QStringLiteral("roster"), fuzz::fixedRoster()}};
        request.insert(
            QStringLiteral("proof"),
            QString::fromLatin1(
                sync::signDetached(canonicalJson(request), fuzz::deviceKeys().signSecret).toBase64()));
        auto answer = service->enrol(request);
        if (!answer)
            std::abort(); // the fixture itself must hold
        auto d = service->device(answer->value(QLatin1String("device_id")).toString());
        if (!d)
            std::abort();
        device = *d;
    }
};

Registry& fixture()
{
    static Registry r;
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    Registry& r = fixture();
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const int endpoint = data[0] % 7;
    if (endpoint == 5) {
        auto parts = sync::protocol::decodeUploadBundle(body);
        if (parts)
            (void)r.service->putUploads(r.device, *parts);
        return 0;
    }
    auto object = parseJsonObject(body);
    if (!object)
        return 0;
    switch (endpoint) {
    case 0:
        (void)r.service->enrol(*object);
        break;
    case 1:
        (void)r.service->status(r.device, *object);
        break;
    case 2:
    case 3: {
        QStringList missing;
        (void)r.service->submit(
            r.device, endpoint == 2 ? sync::protocol::Registry::CivilStatus : sync::protocol::Registry::Land,
            *object, &missing);
        break;
    }
    case 4:
        (void)r.service->office(r.device, *object);
        // A fork found by the input would stop every later input here: forgive it.
        (void)r.service->acceptNewHistory(r.device.id);
        break;
    case 6: {
        // The readers both sides share, without the database.
        auto roster = sync::approvals::rosterFromJson(object->value(QLatin1String("roster")).toArray());
        if (roster) {
            (void)sync::approvals::checkRosterUpdate({}, *roster);
            const QJsonObject record = object->value(QLatin1String("record")).toObject();
            const QString type = record.value(QLatin1String("type")).toString();
            const QJsonObject fields = record.value(QLatin1String("fields")).toObject();
            (void)sync::approvals::checkApprovals(
                *roster, sync::protocol::recordContentHash(type, fields, {}),
                sync::protocol::recordContentHash(type, fields, sync::protocol::pageHashesOf(record)),
                record.value(QLatin1String("approvals")).toArray());
        }
        break;
    }
    }
    return 0;
}
