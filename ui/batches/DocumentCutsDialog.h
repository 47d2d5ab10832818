#pragma once

#include "core/batches/Batch.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sohoa::ui {

class StoreAccess;

// Batch > Documents and cuts: the documents of a batch in page order, with the
// pages of its file each one holds, so that the clerk sees where a stack was
// cut; two documents that are one are merged (Ctrl+M: the selected one with
// the next), a document that is two is split at a page (Ctrl+T). The core
// (ingest::mergeDocuments / splitDocument) moves the pages, reads the records
// again and writes the audit trail; it refuses once a record was verified.
class DocumentCutsDialog : public QDialog {
    Q_OBJECT
public:
    DocumentCutsDialog(StoreAccess* store, qint64 batchId, const QString& batchName,
                       QWidget* parent = nullptr);

    void reload();
    // The selected document and the next one become one.
    void mergeWithNext();
    // Asks for the page, then splits the selected document there.
    void askSplit();
    void split(qint64 documentId, int atPage);
    void selectDocument(qint64 documentId);

    // For tests.
    QList<qint64> documentIds() const;
    QList<int> pageCounts() const;
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void changed();

private:
    void showDocuments(const QList<batches::DocumentInfo>& docs);
    void setMessage(const QString& text, bool error);
    int selectedRow() const;
    void updateButtons();

    StoreAccess* m_store;
    qint64 m_batchId;
    QTreeWidget* m_list;
    QPushButton* m_merge;
    QPushButton* m_split;
    QLabel* m_message;
    QList<batches::DocumentInfo> m_docs;
    qint64 m_select = 0;
    bool m_busy = false;
};

} // namespace sohoa::ui
