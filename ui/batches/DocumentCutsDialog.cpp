#include "ui/batches/DocumentCutsDialog.h"

#include "core/batches/DocumentRepository.h"
#include "core/ingest/DocumentCuts.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

DocumentCutsDialog::DocumentCutsDialog(StoreAccess* store, qint64 batchId, const QString& batchName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_batchId(batchId)
    , m_list(new QTreeWidget(this))
    , m_merge(new QPushButton(tr("&Merge with the next document"), this))
    , m_split(new QPushButton(tr("S&plit at a page..."), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("documentCutsDialog"));
    setWindowTitle(tr("Documents of %1").arg(batchName));
    auto* note = new QLabel(tr("A file holding a stack of papers was cut into documents where a new form "
                               "starts. Where a cut is wrong, merge two documents or split one at a page "
                               "before the records are verified."),
                            this);
    note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Document"), tr("File"), tr("Pages of the file"), tr("Record type"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_merge->setObjectName(QStringLiteral("mergeDocuments"));
    m_split->setObjectName(QStringLiteral("splitDocument"));
    m_merge->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText));
    m_split->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText));
    auto* mergeKey = new QAction(this);
    mergeKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mergeKey, &QAction::triggered, this, &DocumentCutsDialog::mergeWithNext);
    auto* splitKey = new QAction(this);
    splitKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(splitKey, &QAction::triggered, this, &DocumentCutsDialog::askSplit);
    addAction(mergeKey);
    addAction(splitKey);
    connect(m_merge, &QPushButton::clicked, this, &DocumentCutsDialog::mergeWithNext);
    connect(m_split, &QPushButton::clicked, this, &DocumentCutsDialog::askSplit);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    m_message->setObjectName(QStringLiteral("documentCutsMessage"));
    m_message->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_split);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(760, 420);
    updateButtons();
    reload();
}

void DocumentCutsDialog::reload()
{
    const qint64 batchId = m_batchId;
    m_busy = true;
    whenDone(m_store->read([batchId](store::Database& db) { return batches::documentsInBatch(db, batchId); }),
             this, [this](const Result<QList<batches::DocumentInfo>>& docs) {
                 m_busy = false;
                 if (!docs) {
                     setMessage(clerkMessage(docs.error()), true);
                     return;
                 }
                 showDocuments(*docs);
             });
}

void DocumentCutsDialog::showDocuments(const QList<batches::DocumentInfo>& docs)
{
    m_docs = docs;
    m_list->clear();
    // Documents of one file follow each other in page order: each starts where the one before ended.
    QMap<QString, int> nextPage;
    QTreeWidgetItem* select = nullptr;
    for (const batches::DocumentInfo& d : docs) {
        const int first = nextPage.value(d.sourceName, 1);
        nextPage[d.sourceName] = first + d.pageCount;
        const QString pages = d.pageCount <= 1 ? tr("page %1").arg(first)
                                               : tr("pages %1-%2").arg(first).arg(first + d.pageCount - 1);
        auto* item =
            new QTreeWidgetItem(m_list, {QString::number(d.id), d.sourceName, pages,
                                         d.docType.isEmpty() ? tr("not known") : recordTypeName(d.docType),
                                         stateLabel(d.status)});
        item->setData(0, Qt::UserRole, d.id);
        if (d.id == m_select)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    if (select)
        m_list->setCurrentItem(select);
    m_list->setFocus();
    updateButtons();
}

int DocumentCutsDialog::selectedRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void DocumentCutsDialog::updateButtons()
{
    const int row = selectedRow();
    m_merge->setEnabled(!m_busy && row >= 0 && row + 1 < m_docs.size());
    m_split->setEnabled(!m_busy && row >= 0 && row < m_docs.size() && m_docs[row].pageCount > 1);
}

void DocumentCutsDialog::selectDocument(qint64 documentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == documentId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void DocumentCutsDialog::mergeWithNext()
{
    const int row = selectedRow();
    if (m_busy || row < 0 || row + 1 >= m_docs.size())
        return;
    const qint64 first = m_docs[row].id, second = m_docs[row + 1].id;
    m_busy = true;
    updateButtons();
    whenDone(m_store->write(
                 [first, second](accounts::Session& s) { return ingest::mergeDocuments(s, first, second); }),
             this, [this, first, second](const Result<ingest::CutResult>& r) {
                 m_busy = false;
                 if (!r) {
                     setMessage(clerkMessage(r.error()), true);
                     updateButtons();
                     return;
                 }
                 setMessage(tr("Document %1 now holds %2 page(s); document %3 was merged into it.")
                                .arg(first)
                                .arg(r->pages)
                                .arg(second),
                            false);
                 m_select = first;
                 reload();
                 Q_EMIT changed();
             });
}

void DocumentCutsDialog::askSplit()
{
    const int row = selectedRow();
    if (m_busy || row < 0 || row >= m_docs.size() || m_docs[row].pageCount < 2)
        return;
    bool ok = false;
    const int page = QInputDialog::getInt(this, tr("Split the document"),
                                          tr("The new document starts at page (of this document):"), 2, 2,
                                          m_docs[row].pageCount, 1, &ok);
    if (ok)
        split(m_docs[row].id, page);
}

void DocumentCutsDialog::split(qint64 documentId, int atPage)
{
    if (m_busy)
        return;
    m_busy = true;
    updateButtons();
    whenDone(m_store->write([documentId, atPage](accounts::Session& s) {
        return ingest::splitDocument(s, documentId, atPage);
    }),
             this, [this, documentId, atPage](const Result<ingest::CutResult>& r) {
                 m_busy = false;
                 if (!r) {
                     setMessage(clerkMessage(r.error()), true);
                     updateButtons();
                     return;
                 }
                 setMessage(tr("Document %1 keeps %2 page(s); its pages from %3 on are now document %4.")
                                .arg(documentId)
                                .arg(r->pages)
                                .arg(atPage)
                                .arg(r->newDocumentId),
                            false);
                 m_select = r->newDocumentId;
                 reload();
                 Q_EMIT changed();
             });
}

QList<qint64> DocumentCutsDialog::documentIds() const
{
    QList<qint64> out;
    for (const batches::DocumentInfo& d : m_docs)
        out.append(d.id);
    return out;
}

QList<int> DocumentCutsDialog::pageCounts() const
{
    QList<int> out;
    for (const batches::DocumentInfo& d : m_docs)
        out.append(d.pageCount);
    return out;
}

QString DocumentCutsDialog::message() const
{
    return m_message->text();
}

void DocumentCutsDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace sohoa::ui
