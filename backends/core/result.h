// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/core/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace Portier {

/// Either a value or an Error. Backends return QFuture<Result<T>>.
/// Default-constructed results hold an Internal error so that QFuture's result store never hands
/// out a value nobody produced.
template<typename T>
class [[nodiscard]] Result
{
public:
    using value_type = T;

    Result()
        : m_data(Error(CoreError::Internal, QStringLiteral("No result was produced.")))
    {}
    Result(const T &value)
        : m_data(value)
    {}
    Result(T &&value)
        : m_data(std::move(value))
    {}
    Result(const Error &error)
        : m_data(error)
    {}
    Result(Error &&error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const & { return std::get<1>(m_data); }
    Error &error() & { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    friend bool operator==(const Result &, const Result &) = default;

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

    friend bool operator==(const Result &, const Result &) = default;

private:
    std::optional<Error> m_error;
};

} // namespace Portier
