#pragma once

#include "core/ingest/ScanReview.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace sohoa::ui {

// The scanned pages as thumbnails, in reading order, before they are read:
// turn (R, Shift+R), delete (Del), move (Ctrl+Left/Right or drag) and scan
// again (Ctrl+R). The strip only shows the list and asks for changes; the
// scan job owns the pages (in memory) and applies them (ScanReview.h).
class ScanPageStrip : public QWidget {
    Q_OBJECT
public:
    explicit ScanPageStrip(QWidget* parent = nullptr);

    void setPages(const std::vector<ingest::ReviewPage>& pages);
    void setEditable(bool editable);
    int pageCount() const;
    quint64 currentId() const; // 0: none
    void setCurrentId(quint64 id);
    QList<quint64> ids() const;

Q_SIGNALS:
    void rotateRequested(quint64 id, int quarterTurns);
    void removeRequested(quint64 id);
    void moveRequested(quint64 id, int toIndex);
    void reorderRequested(const QList<quint64>& ids);
    void rescanRequested(quint64 id);

private:
    void updateButtons();
    void moveCurrent(int step);

    QListWidget* m_list;
    QPushButton* m_left;
    QPushButton* m_right;
    QPushButton* m_moveLeft;
    QPushButton* m_moveRight;
    QPushButton* m_delete;
    QPushButton* m_rescan;
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace sohoa::ui
