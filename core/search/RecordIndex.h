#pragma once

#include "records/Record.h"

#include <QString>
#include <QStringList>

namespace sohoa::search {

// The folded text of a record that full-text search sees (names, places,
// numbers, dates).
QString searchText(const records::Record& record);

// Blocking keys for duplicate detection: records that share a key are
// compared in detail; records that share none are never compared.
QStringList blockingKeys(const records::Record& record);

} // namespace sohoa::search
