#include "audit/AuditModel.h"

#include "common/Labels.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sohoa::ui {

QString auditActionLabel(const QString& action)
{
    static const QList<std::pair<const char*, const char*>> labels = {
        {"auth.sign_in", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Signed in")},
        {"auth.sign_out", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Signed out")},
        {"auth.sign_in_failed", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Wrong password")},
        {"auth.account_locked", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Account locked")},
        {"auth.recovery_code_used", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Recovery code used")},
        {"record.field_edit", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Field corrected")},
        {"record.confirmed", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Record confirmed")},
        {"record.approved", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Record approved")},
        {"record.rejected", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Record rejected")},
        {"record.created_manually", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Record keyed by hand")},
        {"batch.created", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Batch created")},
        {"batch.double_keying", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Double keying changed")},
        {"keying.second_pass", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Entry keyed a second time")},
        {"keying.resolved", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Double-keying differences resolved")},
        {"keying.layout_saved", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Book layout saved")},
        {"account.added", QT_TRANSLATE_NOOP("sohoa::ui::AuditModel", "Account added")},
    };
    for (const auto& [a, label] : labels)
        if (action == QLatin1String(a))
            return QCoreApplication::translate("sohoa::ui::AuditModel", label);
    return action;
}

void AuditModel::setEntries(const QList<audit::AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::appendEntries(const QList<audit::AuditEntry>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case 0:
            return e.seq;
        case 1:
            return localTime(e.at);
        case 2:
            return e.actor;
        case 3:
            return role == Qt::ToolTipRole ? e.action : auditActionLabel(e.action);
        case 4:
            return e.entity;
        case 5:
            return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("No.");
    case 1:
        return tr("Time");
    case 2:
        return tr("Account");
    case 3:
        return tr("Action");
    case 4:
        return tr("Concerning");
    case 5:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace sohoa::ui
