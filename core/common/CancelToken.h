#pragma once

#include <atomic>
#include <memory>

namespace sohoa {

// The one cancellation type of SoHoa: shared between the thread that asks
// (usually the UI thread: a Stop button, closing a window) and the workers
// that check it between units of work (an OCR page, a record of a bulk
// decision, a sync request). Copies share the flag. A child token is cancelled
// by its own cancel() or by its parent's: one token per batch, one child per
// page. Checking is a relaxed atomic load: cheap enough for every loop turn.
class CancelToken {
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }

    CancelToken child() const
    {
        CancelToken c;
        c.m_parent = m_flag;
        c.m_grandparent = m_parent;
        return c;
    }

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        return m_flag->load(std::memory_order_relaxed) ||
               (m_parent && m_parent->load(std::memory_order_relaxed)) ||
               (m_grandparent && m_grandparent->load(std::memory_order_relaxed));
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
    std::shared_ptr<std::atomic_bool> m_parent;
    std::shared_ptr<std::atomic_bool> m_grandparent;
};

} // namespace sohoa
