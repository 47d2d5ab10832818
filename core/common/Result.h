#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace sohoa {

// A failure a user or a program can act on. `code` is a stable identifier
// (e.g. "store.wrong_password", "input.unreadable"); `message` is translated text.
struct Error {
    QString code;
    QString message;
};

// The outcome of an operation that can fail for reasons outside the program's
// control (bad input, wrong password, full disk). Programming errors assert instead.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace sohoa

#define SOHOA_CONCAT_INNER(a, b) a##b
#define SOHOA_CONCAT(a, b) SOHOA_CONCAT_INNER(a, b)

// Propagate a failed Result<...> from the current function.
#define SOHOA_TRY(expr) SOHOA_TRY_IMPL(expr, SOHOA_CONCAT(sohoa_try_result_, __LINE__))
#define SOHOA_TRY_IMPL(expr, var)                                                                            \
    do {                                                                                                     \
        auto&& var = (expr);                                                                                 \
        if (!var)                                                                                            \
            return var.error();                                                                              \
    } while (false)

// Bind the value of a successful Result to a new name, or propagate its error:
//   SOHOA_TRY_ASSIGN(auto record, records::loadRecord(db, id));
//   SOHOA_TRY_ASSIGN(const QString name, readName());
// Expands to statements (not one expression): use it where a declaration may stand.
#define SOHOA_TRY_ASSIGN(declaration, expr)                                                                  \
    SOHOA_TRY_ASSIGN_IMPL(declaration, expr, SOHOA_CONCAT(sohoa_try_value_, __LINE__))
#define SOHOA_TRY_ASSIGN_IMPL(declaration, expr, var)                                                        \
    auto var = (expr);                                                                                       \
    if (!var)                                                                                                \
        return var.error();                                                                                  \
    declaration = std::move(var).value()
