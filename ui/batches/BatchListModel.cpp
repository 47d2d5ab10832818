#include "ui/batches/BatchListModel.h"

#include "ui/common/Labels.h"

#include <QBrush>
#include <QFont>

namespace sohoa::ui {

namespace {
// name, created, by, documents, pages, progress: the per-state counts are
// folded into one progress column (the whole breakdown is its tooltip).
constexpr int kColumns = 6;
constexpr int kProgress = 5;

int recordTotal(const batches::BatchSummary& b)
{
    int n = 0;
    for (const char* state : {"to_verify", "verified", "approved", "rejected"})
        n += b.counts.value(QLatin1String(state));
    return n;
}
} // namespace

QString BatchListModel::progressText(const batches::BatchSummary& b)
{
    const int total = recordTotal(b);
    QStringList parts;
    if (total > 0)
        parts.append(tr("%1 of %2 approved").arg(b.counts.value(QStringLiteral("approved"))).arg(total));
    const int waiting = b.counts.value(QStringLiteral("new")) + b.counts.value(QStringLiteral("ocr_running"));
    if (waiting > 0)
        parts.append(tr("%n document(s) waiting for OCR", nullptr, waiting));
    if (const int n = b.counts.value(QStringLiteral("ocr_failed")))
        parts.append(tr("%n unreadable", nullptr, n));
    if (const int n = b.counts.value(QStringLiteral("to_verify")))
        parts.append(tr("%n to verify", nullptr, n));
    if (const int n = b.counts.value(QStringLiteral("verified")))
        parts.append(tr("%n to approve", nullptr, n));
    if (const int n = b.counts.value(QStringLiteral("rejected")))
        parts.append(tr("%n returned", nullptr, n));
    if (const int n = b.counts.value(QStringLiteral("sync_failed")))
        parts.append(tr("%n not accepted by the registry", nullptr, n));
    if (parts.isEmpty())
        return tr("Empty");
    return parts.join(QStringLiteral(", "));
}

QString BatchListModel::progressDetails(const batches::BatchSummary& b) const
{
    QStringList lines;
    for (const QString& key : m_countKeys)
        if (const int n = b.counts.value(key))
            lines.append(QStringLiteral("%1: %2").arg(stateLabel(key)).arg(n));
    return lines.join(QLatin1Char('\n'));
}

BatchListModel::BatchListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_countKeys(batchCountKeys())
{
}

void BatchListModel::setBatches(const QList<batches::BatchSummary>& batches)
{
    // Same batches in the same order: only figures changed (keeps selection and scroll).
    bool same = batches.size() == m_batches.size();
    for (int i = 0; same && i < batches.size(); ++i)
        same = batches[i].batch.id == m_batches[i].batch.id;
    if (same) {
        m_batches = batches;
        if (!m_batches.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_batches.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const batches::BatchSummary* BatchListModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches[row] : nullptr;
}

int BatchListModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches[i].batch.id == id)
            return i;
    return -1;
}

int BatchListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const batches::BatchSummary& b = m_batches[index.row()];
    const int c = index.column();
    if (role == BatchIdRole)
        return b.batch.id;
    if (role == Qt::DisplayRole) {
        switch (c) {
        case 0:
            return b.batch.name;
        case 1:
            return localTime(b.batch.createdAt);
        case 2:
            return b.batch.createdBy;
        case 3:
            return b.documents;
        case 4:
            return b.pages;
        case kProgress:
            return progressText(b);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (c == 3 || c == 4))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && c == 0) {
        // The whole name (the column may elide it), the note, double keying.
        QString tip = b.batch.name;
        if (!b.batch.note.isEmpty())
            tip += QStringLiteral("\n") + b.batch.note;
        if (b.batch.doubleKeying)
            tip += QStringLiteral("\n") + tr("Double keying");
        return tip;
    }
    if (role == Qt::ToolTipRole && c == kProgress) {
        const QString details = progressDetails(b);
        return details.isEmpty() ? QVariant() : QVariant(details);
    }
    if (role == Qt::ForegroundRole && c == kProgress) {
        if (b.counts.value(QStringLiteral("rejected")) || b.counts.value(QStringLiteral("sync_failed")) ||
            b.counts.value(QStringLiteral("ocr_failed")))
            return QBrush(errorColor());
    }
    if (role == Qt::FontRole && c == 0) {
        QFont f;
        f.setBold(b.counts.value(QStringLiteral("to_verify")) > 0);
        return f;
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Batch");
    case 1:
        return tr("Created");
    case 2:
        return tr("By");
    case 3:
        return tr("Documents");
    case 4:
        return tr("Pages");
    case kProgress:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace sohoa::ui
