#pragma once

#include "ui/mainwindow/Page.h"

class QLabel;
class QTableView;

namespace sohoa::ui {

class BatchListModel;
class ImportPanel;
class StoreAccess;

// The batches of the store with their state counts; create a batch, bring
// pages in (files, folders, drag-and-drop, scanner) and go on to verify, key
// by hand or review a batch.
class BatchesPage : public Page {
    Q_OBJECT
public:
    BatchesPage(StoreAccess* store, const QString& samplesDir, QWidget* parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;

    BatchListModel* model() const { return m_model; }
    ImportPanel* importPanel() const { return m_import; }
    // Imports files or folders into a batch (the selected one when 0).
    void importPaths(const QStringList& paths, qint64 batchId = 0);
    QTableView* view() const { return m_view; }
    qint64 selectedBatch() const;
    void selectBatch(qint64 id);
    void reload();
    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    void verifyBatchRequested(qint64 batchId);
    void keyBatchRequested(qint64 batchId);
    void reviewBatchRequested(qint64 batchId);
    void batchesLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QList<QAction*> createActions(QAction*& refresh);
    void layOut(const QList<QAction*>& toolbar, QAction* refresh);
    void connectSignals();
    void newBatch();
    void chooseFiles();
    void chooseFolder();
    void scan();
    QString batchName(qint64 id) const;
    void toggleDoubleKeying();
    void updateActions();

    StoreAccess* m_store;
    BatchListModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QString m_samplesDir;
    ImportPanel* m_import = nullptr;
    QList<QAction*> m_actions;
    QAction* m_verify = nullptr;
    QAction* m_key = nullptr;
    QAction* m_review = nullptr;
    QAction* m_doubleKeying = nullptr;
    qint64 m_pendingSelect = 0;
    bool m_loaded = false;
    bool m_reloading = false;
    bool m_reloadAgain = false;
};

} // namespace sohoa::ui
