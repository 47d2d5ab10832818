#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace sohoa {

// Compact, key-sorted JSON: the same object always gives the same bytes, which
// hash chains, signatures and tests rely on.
QByteArray canonicalJson(const QJsonObject& object);
QByteArray canonicalJson(const QJsonArray& array);

// Parse text that must be a JSON object; the error names what was wrong.
Result<QJsonObject> parseJsonObject(const QByteArray& text);

} // namespace sohoa
