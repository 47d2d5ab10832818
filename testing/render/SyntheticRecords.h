#pragma once

#include "testing/render/FormRenderer.h"

#include <QDate>
#include <QString>

namespace sohoa::records {
struct RecordType;
}

namespace sohoa::render {

// A made-up record for tests, benchmarks and the demo: people drawn at random
// from the name vocabularies (no real person), consistent dates, real
// administrative units of the date (pre-2025 or 2025 lists), plausible
// numbers. The same seed gives the same record.
struct SyntheticDocument {
    QString type;
    FormValues values;                     // SPEC §1 values plus "_"-prefixed render extras
    QMap<QString, QString> fields() const; // SPEC values only
};

SyntheticDocument syntheticRecord(const records::RecordType& type, quint32 seed, const QDate& today = {});

} // namespace sohoa::render
