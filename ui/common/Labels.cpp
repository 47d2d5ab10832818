#include "ui/common/Labels.h"

#include "core/records/RecordType.h"
#include "core/review/FieldAttention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sohoa::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::ui::Labels", text);
}

} // namespace

QString stateLabel(const QString& s)
{
    if (s == QLatin1String("new"))
        return tr("New");
    if (s == QLatin1String("ocr_running"))
        return tr("OCR running");
    if (s == QLatin1String("ocr_failed"))
        return tr("OCR failed");
    if (s == QLatin1String("to_verify"))
        return tr("To verify");
    if (s == QLatin1String("verified"))
        return tr("Verified");
    if (s == QLatin1String("approved"))
        return tr("Approved");
    if (s == QLatin1String("rejected"))
        return tr("Rejected");
    if (s == QLatin1String("exported"))
        return tr("Exported");
    if (s == QLatin1String("synced"))
        return tr("Synced");
    if (s == QLatin1String("sync_failed"))
        return tr("Sync failed");
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
        return tr("Clerk");
    case accounts::Role::Supervisor:
        return tr("Supervisor");
    case accounts::Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString recordTypeName(const QString& typeId)
{
    if (const records::RecordType* t = records::RecordTypeRegistry::builtin().find(typeId))
        return t->name();
    if (typeId == QLatin1String("unknown") || typeId.isEmpty())
        return tr("Unknown type");
    return typeId;
}

QString issueCodeLabel(const QString& code)
{
    static const QList<std::pair<const char*, const char*>> labels = {
        {"required.missing", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Required field missing")},
        {"date.invalid", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Invalid date")},
        {"date.future", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Date in the future")},
        {"date.order", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Dates out of order")},
        {"personal_id.format", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Personal ID format")},
        {"personal_id.province", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Personal ID province code")},
        {"personal_id.century_sex", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Personal ID century/sex digit")},
        {"personal_id.birth_year", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Personal ID birth year")},
        {"marriage.age", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Under marriage age")},
        {"land.purpose_code", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Land-use purpose code")},
        {"land.area", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Land area")},
        {"admin_unit.unknown", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Unknown administrative unit")},
        {"admin_unit.renamed", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Pre-2025 administrative unit")},
        {"text.encoding", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Legacy text encoding")},
        {"duplicate.suspect", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Possible duplicate")},
        {"code.unknown", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Code not in its list")},
        {"number.format", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Not a number")},
        {"date.words_mismatch", QT_TRANSLATE_NOOP("sohoa::ui::Labels", "Date in words disagrees")},
    };
    for (const auto& [c, label] : labels)
        if (code == QLatin1String(c))
            return tr(label);
    return code;
}

QString syncStateLabel(const QString& state)
{
    if (state == QLatin1String("not_ready"))
        return tr("Not ready");
    if (state == QLatin1String("ready"))
        return tr("Ready to send");
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
