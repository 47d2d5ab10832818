#pragma once

#include "core/records/Record.h"
#include "core/review/FieldHistory.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace sohoa::ui {

class FieldPanel;
class PageImageLoader;
class PageView;
class StoreAccess;
struct LoadedPage;

// A record read-only, side by side with its page: the clerk's corrections
// under each field (old value, who, when), the box of the focused field on
// the image. Used by review and search.
class RecordDetail : public QWidget {
    Q_OBJECT
public:
    explicit RecordDetail(StoreAccess* store, QWidget* parent = nullptr);

    void showRecord(qint64 recordId);
    void clear(const QString& message = {});
    const records::Record& record() const { return m_record; }
    QList<review::FieldEdit> history() const { return m_history; }
    FieldPanel* fieldPanel() const { return m_panel; }
    PageView* pageView() const { return m_view; }

Q_SIGNALS:
    void recordLoaded(const sohoa::records::Record& record);

private:
    void pageLoaded(const LoadedPage& page);
    void fieldFocused(const QString& key);

    StoreAccess* m_store;
    PageImageLoader* m_loader;
    PageView* m_view;
    FieldPanel* m_panel;
    QLabel* m_header;
    records::Record m_record;
    QList<review::FieldEdit> m_history;
    quint64 m_generation = 0;
    int m_shownPage = 0;
};

} // namespace sohoa::ui
