#pragma once

#include <QObject>
#include <QTimer>

namespace sohoa::ui {

// Watches keyboard and mouse input application-wide and emits idle() after
// `minutes` without any (0 disables).
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;
    void setTimeoutMinutes(int minutes);
    void setTimeoutMs(int ms); // for tests
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace sohoa::ui
