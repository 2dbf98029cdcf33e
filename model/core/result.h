#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Ledgerdesk {

// What went wrong, for a person (message, translated) and for the log (detail, never shown).
struct Error
{
    enum class Kind {
        Validation, // the input is wrong; retrying will not help
        NotFound, // something named in the input does not exist
        Conflict, // the state does not allow it (insufficient funds, wrong status)
        Forbidden, // the acting agent may not do this
        Storage, // the database failed; may be transient
        Network, // a peer failed; may be transient
        Unsupported, // the program cannot do this with what it was given (schema too new)
    };

    Kind kind = Kind::Validation;
    QString message;
    QString detail;

    bool isTransient() const { return kind == Kind::Storage || kind == Kind::Network; }
    static QString kindName(Kind kind);
};

// A value or an Error. Expected failures travel as values; exceptions never cross the event loop.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that has no value.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Kind kind, QString message, QString detail = {})
{
    return Error {kind, std::move(message), std::move(detail)};
}

} // namespace Ledgerdesk
