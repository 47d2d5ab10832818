#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the reference registry checks and keys for each record type, read from
// its own data (registry-record-types.json, compiled in), not from `if`s on the
// type name: a new record type is a new entry there.
namespace sohoa::registry {

struct RegistryPersonFields {
    QString id; // the personal id field
    QString name;
    QString dateOfBirth; // empty when the type records only a birth year
    QString birthYear;
};

struct EventKeyPart {
    enum class Fold { Simplified, Search, Upper };
    QString field;
    Fold fold = Fold::Simplified;
};

struct RegistryRecordType {
    QString type;
    QString registryIdPrefix; // "KS" -> KS-00000001
    QStringList required;
    QList<RegistryPersonFields> persons;
    QList<EventKeyPart> eventKey;
    QList<int> oldPersonalIdLengths; // accepted besides 12 digits

    // "type|part|part": the same event sent twice has the same key.
    QString eventKeyOf(const QJsonObject& fields) const;
};

// nullptr for a type the registry has no rules for.
const RegistryRecordType* registryRecordType(const QString& type);
QStringList registryRecordTypeNames();

} // namespace sohoa::registry
