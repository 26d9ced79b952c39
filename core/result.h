#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace doorstep {

// Why an operation was refused: the field it concerns (empty when it concerns no single field) and
// the reason in words. Messages never carry personal data, so they are safe to show and to log.
struct Error
{
    Error() = default;
    Error(QString field, QString reason, QString code = {}, QString subject = {})
        : field(std::move(field)), reason(std::move(reason)), code(std::move(code)), subject(std::move(subject))
    {
    }

    QString field;
    QString reason;
    QString code; // machine-readable kind, where a caller branches on it (the sync protocol's error codes)
    QString subject; // what the error is about beyond the field, e.g. the mutation id in a refused batch
    int retryAfterSeconds = 0; // how long a server that is slowing requests down asked to be left alone

    QString message() const { return field.isEmpty() ? reason : field + QLatin1String(": ") + reason; }
};

// A value or the Error that prevented it. Small on purpose: C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations whose success carries no value.
struct Done
{
};
using Status = Result<Done>;

inline Status ok()
{
    return Done{};
}
inline Error fieldError(const QString &field, const QString &reason)
{
    return Error{field, reason};
}

} // namespace doorstep
