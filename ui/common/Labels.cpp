#include "ui/common/Labels.h"

#include "core/records/RecordType.h"
#include "core/review/FieldAttention.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sohoa::ui {

QString stateLabel(const QString& s)
{
    if (s == QLatin1String("new"))
        return Tr::tr("New");
    if (s == QLatin1String("ocr_running"))
        return Tr::tr("OCR running");
    if (s == QLatin1String("ocr_failed"))
        return Tr::tr("OCR failed");
    if (s == QLatin1String("to_verify"))
        return Tr::tr("To verify");
    if (s == QLatin1String("verified"))
        return Tr::tr("Verified");
    if (s == QLatin1String("approved"))
        return Tr::tr("Approved");
    if (s == QLatin1String("rejected"))
        return Tr::tr("Rejected");
    if (s == QLatin1String("exported"))
        return Tr::tr("Exported");
    if (s == QLatin1String("synced"))
        return Tr::tr("Synced");
    if (s == QLatin1String("sync_failed"))
        return Tr::tr("Sync failed");
    return s;
}

QString stateLabel(records::RecordState state)
{
    return stateLabel(records::stateName(state));
}

QString roleLabel(accounts::Role role)
{
    switch (role) {
    case accounts::Role::Clerk:
        return Tr::tr("Clerk");
    case accounts::Role::Supervisor:
        return Tr::tr("Supervisor");
    case accounts::Role::Admin:
        return Tr::tr("Administrator");
    }
    return {};
}

QString recordTypeName(const QString& typeId)
{
    if (const records::RecordType* t = records::RecordTypeRegistry::builtin().find(typeId))
        return t->name();
    if (typeId == QLatin1String("unknown") || typeId.isEmpty())
        return Tr::tr("Unknown type");
    return typeId;
}

QString issueCodeLabel(const QString& code)
{
    static const QList<std::pair<const char*, const char*>> labels = {
        {"required.missing", QT_TRANSLATE_NOOP("sohoa::ui", "Required field missing")},
        {"date.invalid", QT_TRANSLATE_NOOP("sohoa::ui", "Invalid date")},
        {"date.future", QT_TRANSLATE_NOOP("sohoa::ui", "Date in the future")},
        {"date.order", QT_TRANSLATE_NOOP("sohoa::ui", "Dates out of order")},
        {"personal_id.format", QT_TRANSLATE_NOOP("sohoa::ui", "Personal ID format")},
        {"personal_id.province", QT_TRANSLATE_NOOP("sohoa::ui", "Personal ID province code")},
        {"personal_id.century_sex", QT_TRANSLATE_NOOP("sohoa::ui", "Personal ID century/sex digit")},
        {"personal_id.birth_year", QT_TRANSLATE_NOOP("sohoa::ui", "Personal ID birth year")},
        {"marriage.age", QT_TRANSLATE_NOOP("sohoa::ui", "Under marriage age")},
        {"land.purpose_code", QT_TRANSLATE_NOOP("sohoa::ui", "Land-use purpose code")},
        {"land.area", QT_TRANSLATE_NOOP("sohoa::ui", "Land area")},
        {"admin_unit.unknown", QT_TRANSLATE_NOOP("sohoa::ui", "Unknown administrative unit")},
        {"admin_unit.renamed", QT_TRANSLATE_NOOP("sohoa::ui", "Pre-2025 administrative unit")},
        {"text.encoding", QT_TRANSLATE_NOOP("sohoa::ui", "Legacy text encoding")},
        {"duplicate.suspect", QT_TRANSLATE_NOOP("sohoa::ui", "Possible duplicate")},
        {"code.unknown", QT_TRANSLATE_NOOP("sohoa::ui", "Code not in its list")},
        {"number.format", QT_TRANSLATE_NOOP("sohoa::ui", "Not a number")},
        {"date.words_mismatch", QT_TRANSLATE_NOOP("sohoa::ui", "Date in words disagrees")},
    };
    for (const auto& [c, label] : labels)
        if (code == QLatin1String(c))
            return Tr::tr(label);
    return code;
}

QString syncStateLabel(const QString& state)
{
    if (state == QLatin1String("not_ready"))
        return Tr::tr("Not ready");
    if (state == QLatin1String("ready"))
        return Tr::tr("Ready to send");
    return stateLabel(state);
}

QStringList batchCountKeys()
{
    return {QStringLiteral("new"),      QStringLiteral("ocr_running"), QStringLiteral("to_verify"),
            QStringLiteral("verified"), QStringLiteral("approved"),    QStringLiteral("rejected"),
            QStringLiteral("exported"), QStringLiteral("synced"),      QStringLiteral("sync_failed")};
}

QColor attentionColor(int level)
{
    switch (review::Attention(level)) {
    case review::Attention::None:
        return {};
    case review::Attention::LowConfidence:
        return QColor(255, 243, 205); // pale amber
    case review::Attention::Missing:
        return QColor(255, 236, 214);
    case review::Attention::Warning:
        return QColor(255, 224, 178);
    case review::Attention::Error:
        return QColor(255, 205, 210); // pale red
    }
    return {};
}

QColor errorColor()
{
    return QColor(183, 28, 28);
}

QColor warningColor()
{
    return QColor(176, 96, 0);
}

QString localTime(const QString& isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    return QLocale().toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace sohoa::ui
