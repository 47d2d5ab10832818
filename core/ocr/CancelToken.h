#pragma once

#include <atomic>
#include <memory>

namespace sohoa::ocr {

// Cancellation shared between the thread that asks and the workers that
// check. A child token is cancelled by its own cancel() or by its parent's:
// one token per batch, one child per page.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

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
        return m_flag->load(std::memory_order_relaxed) || (m_parent && m_parent->load(std::memory_order_relaxed))
               || (m_grandparent && m_grandparent->load(std::memory_order_relaxed));
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
    std::shared_ptr<std::atomic_bool> m_parent;
    std::shared_ptr<std::atomic_bool> m_grandparent;
};

} // namespace sohoa::ocr
