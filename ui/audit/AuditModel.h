#pragma once

#include "core/audit/AuditChain.h"

#include <QAbstractTableModel>

namespace sohoa::ui {

// Audit entries as a table: number, time, account, action, what, details.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(const QList<audit::AuditEntry>& entries);
    void appendEntries(const QList<audit::AuditEntry>& entries);
    qint64 lastSeq() const { return m_entries.isEmpty() ? 0 : m_entries.last().seq; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<audit::AuditEntry> m_entries;
};

// A readable name for an audit action ("record.field_edit" -> "Field corrected").
QString auditActionLabel(const QString& action);
// Who wrote an entry, in words ("system" is SoHoa itself).
QString auditActorLabel(const QString& actor);
// "record:24" -> "record 24".
QString auditEntityLabel(const QString& entity);
// The entry as a sentence: "lan confirmed record 24 at 10:05".
QString auditSentence(const audit::AuditEntry& entry);

} // namespace sohoa::ui
