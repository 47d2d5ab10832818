#include "core/store/WriterTurns.h"

namespace sohoa::store {

WriterTurns::WriterTurns(const QString& databaseFile)
    : m_file(databaseFile + QStringLiteral("-turns"))
{
}

bool WriterTurns::openFile()
{
    if (!m_file.isOpen() && !m_openFailed)
        m_openFailed = !m_file.open();
    return m_file.isOpen();
}

void WriterTurns::startWaiting()
{
    if (!m_waiting && openFile())
        m_waiting = m_file.tryLock(false);
}

void WriterTurns::stopWaiting()
{
    if (!m_waiting)
        return;
    m_file.unlock();
    m_waiting = false;
}

bool WriterTurns::othersWaiting()
{
    if (!openFile() || !m_file.tryLock(true))
        return true; // a waiter holds it shared, or nobody can know
    m_file.unlock();
    return false;
}

} // namespace sohoa::store
