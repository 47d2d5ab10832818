#pragma once

#include "core/keying/BookLayout.h"
#include "core/keying/HandKeying.h"
#include "ui/mainwindow/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sohoa::ui {

class FieldPanel;
class PageImageLoader;
class PageView;
class ResolvePanel;
class StoreAccess;
struct LoadedPage;

// Keying pages OCR cannot read (handwritten registers, one or several entries
// per page). The clerk picks the record type, adds as many entries to a page
// as it holds and keys each field while the page view shows the zone it
// belongs to; zones are drawn once per book layout and reused on every page.
// With double keying a second clerk keys the same entries blind and the
// differences are resolved here.
class KeyingPage : public Page {
    Q_OBJECT
public:
    enum class Mode { First, Second, Resolve };

    explicit KeyingPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;

    void openBatch(qint64 batchId);
    void setMode(Mode mode);
    void setRecordType(const QString& type);
    void selectPage(int index);
    void saveEntry();

    // For tests.
    FieldPanel* fieldPanel() const { return m_panel; }
    ResolvePanel* resolvePanel() const { return m_resolve; }
    PageView* pageView() const { return m_view; }
    QListWidget* pageList() const { return m_pages; }
    int pageCount() const { return int(m_pageRefs.size()); }
    int currentEntryNo() const;
    QString message() const;
    bool isBusy() const { return m_busy; }
    std::optional<keying::BookLayout> layout() const { return m_layout; }
    void setZone(int entry, const QString& field, const QRect& pixels);
    void saveLayout(const QString& name);

Q_SIGNALS:
    void entrySaved(qint64 recordId);
    void secondPassSaved();
    void pagesLoaded();
    void layoutSaved();

private:
    void setUpWidgets();
    QAction* createActions();
    void buildLayout(QAction* save);
    void connectSignals(QAction* save);
    void saveOrResolve();
    void fieldAccepted(const QString& key);
    void drawZonesToggled(bool on);
    void layoutChosen();
    void askLayoutName();
    void reloadBatches();
    void reloadPages(int keepIndex);
    void loadEntries();
    void newForm();
    void pageLoaded(const LoadedPage& page);
    void fieldFocused(const QString& key);
    void showZone();
    void zoneDrawn(const QRect& box);
    void showMessage(const QString& text, bool error);
    void updateModeUi();
    void loadLayouts(qint64 select);

    StoreAccess* m_store;
    PageImageLoader* m_loader;
    QComboBox* m_batch;
    QComboBox* m_mode;
    QComboBox* m_type;
    QComboBox* m_layoutBox;
    QSpinBox* m_entriesPerPage;
    QListWidget* m_pages;
    QLabel* m_entries;
    QLabel* m_message;
    PageView* m_view;
    FieldPanel* m_panel;
    ResolvePanel* m_resolve;
    QStackedWidget* m_right;
    QPushButton* m_drawZones;
    QComboBox* m_zoneTarget;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_saveLayoutButton = nullptr;
    QList<QAction*> m_actions;

    qint64 m_batchId = 0;
    bool m_doubleKeying = false;
    QList<keying::KeyingPage> m_pageRefs;
    int m_pageIndex = -1;
    QList<keying::PageEntry> m_pageEntries;
    int m_entriesLoading = 0;     // reads of m_pageEntries under way
    bool m_saveAfterLoad = false; // Ctrl+Enter came before the page's entries: save once they are in
    std::optional<keying::BookLayout> m_layout;
    QList<keying::BookLayout> m_layouts;
    QSize m_pageSize;
    QString m_focusedField;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace sohoa::ui
