#pragma once

#include "Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace ysb {

/// Empty value for results that carry nothing but success.
struct Ok {};

/// A value or an Error (std::expected does not build with clang 14 here).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_v(value) {}
    Result(T &&value) : m_v(std::move(value)) {}
    Result(const Error &error) : m_v(error) {}
    Result(Error &&error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }

    const Error &error() const { return std::get<Error>(m_v); }

    template <typename U>
    T valueOr(U &&fallback) const
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_v;
};

using Status = Result<Ok>;

} // namespace ysb
