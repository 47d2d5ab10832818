#pragma once

#include "core/reporting/Dashboard.h"

#include <QByteArray>

namespace sohoa::reporting {

// The dashboard as CSV (UTF-8 with BOM so spreadsheet programs read the
// Vietnamese correctly): one table with columns section, key, subkey, value.
// Only counts, states, record types, issue codes, days and staff account
// names: no field of any record.
QByteArray dashboardCsv(const DashboardData& data);

} // namespace sohoa::reporting
