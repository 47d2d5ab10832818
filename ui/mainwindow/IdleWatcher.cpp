#include "ui/mainwindow/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace sohoa::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void IdleWatcher::setTimeoutMs(int ms)
{
    m_timer.setInterval(ms);
    if (ms <= 0)
        m_timer.stop();
    else if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start()
{
    if (m_timer.interval() > 0)
        m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sohoa::ui
