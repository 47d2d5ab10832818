// libFuzzer target: the record-type JSON loader (core/records RecordTypeRegistry::parse).
#include "core/records/RecordType.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    auto type = records::RecordTypeRegistry::parse(doc.object());
    if (type) {
        (void)type->keys();
        (void)type->requiredKeys();
    }
    (void)type.ok();
    return 0;
}
