#pragma once

#include "clinic/domain/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace clinic::domain {

/// Either a value or an Error (a small std::expected stand-in; C++23 is not on every target).
/// Accessing value() of an error result (or error() of a value) is a programming error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}         // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}     // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { assert(ok()); return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { assert(ok()); return std::get<T>(m_state); }
    /// By value on temporaries, so `for (auto &x : f().value())` never dangles.
    [[nodiscard]] T value() && { assert(ok()); return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const { assert(!ok()); return std::get<Error>(m_state); }

    /// The value, or `fallback` for an error.
    [[nodiscard]] T value_or(T fallback) const & { return ok() ? std::get<T>(m_state) : std::move(fallback); }

    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { assert(m_failed); return m_error; }

private:
    Error m_error{ErrorCode::Storage, {}};
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace clinic::domain
