#pragma once

#include "core/accounts/Role.h"
#include "core/records/Record.h"

#include <QColor>
#include <QString>

namespace sohoa::ui {

// Words the UI shows for the stable identifiers of the core.
QString stateLabel(const QString& stateOrCount); // to_verify, new, ocr_running, synced, ...
QString stateLabel(records::RecordState state);
QString roleLabel(accounts::Role role);
QString recordTypeName(const QString& typeId);
QString issueCodeLabel(const QString& code);
QString syncStateLabel(const QString& state); // not_ready, ready, exported, synced, sync_failed

// The batch list's columns, in order.
QStringList batchCountKeys();

// Colours for confidence and severity (readable on the default palette).
QColor attentionColor(int level); // review::Attention as int
QColor errorColor();
QColor warningColor();

// "12/03/2025 14:05" in local time from a stored UTC timestamp.
QString localTime(const QString& isoUtc);

} // namespace sohoa::ui
