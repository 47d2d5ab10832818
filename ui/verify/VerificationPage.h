#pragma once

#include "core/keying/BookLayout.h"
#include "core/keying/HandKeying.h"
#include "core/records/Record.h"
#include "ui/mainwindow/Page.h"

#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace sohoa::ui {

class FieldPanel;
class PageImageLoader;
class PageView;
class StoreAccess;
struct LoadedPage;

// The verification station: the page image with the focused field's box on
// one side, the record's fields grouped as on the paper on the other. The
// cursor starts on the first field that needs a look; Enter accepts a field
// (saving a correction) and jumps to the next uncertain one, and on the last
// one confirms the record and opens the next; Tab walks through every field;
// PgDown/PgUp change record; F4 applies a validation fix; Ctrl+Enter confirms.
class VerificationPage : public Page {
    Q_OBJECT
public:
    explicit VerificationPage(StoreAccess* store, QWidget* parent = nullptr);
    ~VerificationPage() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;
    void flushEdits() override;

    void openBatch(qint64 batchId);
    void openRecord(qint64 recordId);

    // For tests and screenshots.
    qint64 currentRecordId() const { return m_record.id; }
    qint64 batchId() const { return m_batchId; }
    int queueSize() const { return int(m_queue.size()); }
    bool isBusy() const { return m_loading || m_writesInFlight > 0; }
    FieldPanel* fieldPanel() const { return m_panel; }
    PageView* pageView() const { return m_view; }
    QString bannerText() const;

    void confirmRecord();
    void nextRecord();
    void previousRecord();
    void applyFix();
    // Accepts the character under the cursor and moves to the next uncertain
    // character, in this field or the next field that has one (F3).
    void nextUncertainCharacter();
    // Takes back the last confirmation made here (Ctrl+Z).
    void undoLastConfirmation();
    // "Đúng như sổ gốc" (F6): keeps the focused field's value as written in
    // the book although the validator finds it wrong; its errors are
    // acknowledged (workflow::acknowledgeIssue) and the supervisor sees them.
    void confirmAsWritten();
    // "Cần hỏi" (F7): sets the record aside with a note (it leaves the
    // to-verify queue for the "Needs asking" list), or takes it back.
    void holdRecord(const QString& note);
    void releaseHold();
    bool isHeld() const { return m_held; }
    QString counterText() const;

Q_SIGNALS:
    void recordShown(qint64 recordId);
    void recordConfirmed(qint64 recordId);
    void queueFinished();

private:
    // The actions the page's tool bars show as buttons.
    struct ToolActions {
        QAction* confirm = nullptr;
        QAction* next = nullptr;
        QAction* prev = nullptr;
        QAction* fix = nullptr;
        QAction* nextPage = nullptr;
        QAction* prevPage = nullptr;
        QAction* zoomIn = nullptr;
        QAction* zoomOut = nullptr;
        QAction* fit = nullptr;
    };
    void setUpWidgets();
    ToolActions createActions();
    void buildLayout(const ToolActions& a);
    void connectSignals();
    void showStraightened(bool on);
    void reloadBatches(qint64 select);
    void loadQueue(qint64 focusRecord);
    void showIndex(int index);
    void loadRecord(qint64 id);
    void showRecord(const records::Record& record);
    QRect zoneFor(const QString& key) const;
    void showBanner(const QString& text, bool error);
    void updatePageLabel();
    void fieldFocused(const QString& key);
    void fieldAccepted(const QString& key);
    void fieldLeft(const QString& key);
    bool saveField(const QString& key);
    void save(const QMap<QString, QString>& changes);
    void moveToNextNeedingLook(const QString& after);
    void focusFirstNeedingLook();
    void pageLoaded(const LoadedPage& page);
    void showPage(int pageNo);
    void updatePosition();
    void updateCounter();
    void markChecked(const QString& key);
    void askHold();
    void dropFromQueue();

    StoreAccess* m_store;
    PageImageLoader* m_loader;
    QComboBox* m_batch;
    QComboBox* m_scope;
    QLabel* m_position;
    QLabel* m_banner;
    QLabel* m_pageLabel;
    QLabel* m_counter;
    PageView* m_view;
    FieldPanel* m_panel;
    QSplitter* m_splitter;
    QList<QAction*> m_actions;
    QAction* m_straighten = nullptr;

    qint64 m_batchId = 0;
    QList<qint64> m_queue;
    int m_index = -1;
    records::Record m_record;
    // Hand-keyed records: their entry on the page and the book layout's zones.
    keying::DoubleKeyingState m_keying;
    std::optional<keying::BookLayout> m_layout;
    QSize m_pageSize;
    bool m_readOnly = false;
    bool m_held = false;
    QString m_holdNote, m_heldBy;
    QSet<QString> m_reviewed;
    qint64 m_lastConfirmed = 0;
    int m_shownPage = 0;
    int m_pageCount = 0;
    bool m_loading = false;
    int m_writesInFlight = 0;
    quint64 m_generation = 0;
    // The version the next edit expects; updated by the writer thread in order.
    std::shared_ptr<std::atomic_int> m_version;
};

} // namespace sohoa::ui
