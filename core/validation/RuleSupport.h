#pragma once

// Shared by the rule files of core/validation; not part of the public API.

#include "core/records/Record.h"
#include "core/records/RecordType.h"
#include "core/validation/Validator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace sohoa::validation::detail {

// Everything a rule needs about the record being checked.
struct Checking {
    const records::RecordType& type;
    const records::Record& record;
    const ValidationContext& context;
    QList<records::Issue>& issues;
    QStringList invalidFields; // fields already reported as date.invalid: other rules skip them
    QStringList checkedIds;    // personal_id fields a rule has checked

    QString value(const QString& key) const { return record.value(key).trimmed(); }
    QString label(const QString& key) const;
    bool hasIssue(const QString& code, const QString& field) const;
    void add(const QString& code, const QString& field, records::Severity severity, const QString& message,
             const QString& suggestion = {}, const QJsonObject& details = {});
};

// A canonical ISO date (YYYY-MM-DD) that exists in the calendar.
std::optional<QDate> parseIsoDate(const QString& value);
// A 4-digit year.
std::optional<int> parseYear(const QString& value);
// The year of a date or year field's value.
std::optional<int> yearOf(const QString& value);
// A date shown in a message: dd/MM/yyyy in the Vietnamese UI, ISO otherwise.
QString displayDate(const QDate& d);
bool uiIsVietnamese();

// Earliest year a civil-status or land paper can plausibly mention.
constexpr int kEarliestYear = 1800;

// Rule families (one file each).
void checkFieldKinds(Checking& c);
void checkRequired(Checking& c);
void checkDateRule(Checking& c, const QJsonObject& rule);
void checkPersonalIdRule(Checking& c, const QJsonObject& rule);
void checkPersonalIdDefaults(Checking& c); // personal_id fields no rule covers
void checkLandRule(Checking& c, const QJsonObject& rule);
void checkAdminUnitsRule(Checking& c, const QJsonObject& rule);
// National standard (NationalRules.cpp): code lists, numbers, date in words.
void checkCodedValue(Checking& c, const records::FieldDef& f, const QString& v);
void checkNumberValue(Checking& c, const records::FieldDef& f, const QString& v);
void checkDateWordsRule(Checking& c, const QJsonObject& rule);

} // namespace sohoa::validation::detail
