#pragma once

#include <QAction>
#include <QIcon>
#include <QList>
#include <QWidget>

namespace sohoa::ui {

// One screen of the main window (batches, verification, review, ...).
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Actions shown in the window's menu named menuTitle() while this page is
    // shown (and disabled otherwise, so their shortcuts do not collide).
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction*> pageActions() { return {}; }
    // The page became visible: refresh what it shows.
    virtual void activated() {}
    // The window is about to lock or sign out: save what the clerk typed.
    virtual void flushEdits() {}

Q_SIGNALS:
    void statusMessage(const QString& text);
    // Ask the window to open a record where this account can work on it.
    void openRecordRequested(qint64 recordId);
};

} // namespace sohoa::ui
