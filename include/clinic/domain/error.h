#pragma once

#include "clinic/domain/fielderror.h"

#include <QList>
#include <QString>

namespace clinic::domain {

/// Machine-readable category of an Error. Stable: the UI and the sync layer switch on it.
enum class ErrorCode {
    Validation,   ///< input rejected; fieldErrors() says which fields and why
    NotFound,     ///< the record does not exist (or is deleted)
    Conflict,     ///< a uniqueness or state rule was violated
    Immutable,    ///< the record may no longer be changed (issued invoice, signed note)
    Forbidden,    ///< the signed-in role may not do this
    NewerSchema,  ///< the database was written by a newer ClinicDesk
    Corrupt,      ///< the database file failed an integrity check
    Io,           ///< a file could not be read or written
    Storage,      ///< the database engine reported an unexpected error
};

/// An error as a value, returned across layer boundaries (style.md #17).
/// Never thrown. Carries a human sentence and, for validation, per-field errors.
class Error
{
public:
    Error(ErrorCode code, QString message, QList<FieldError> fieldErrors = {});

    static Error validation(QList<FieldError> fieldErrors);
    static Error validation(const QString &field, const QString &message);

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    /// The message for `field`, or an empty string when that field is fine.
    [[nodiscard]] QString messageFor(const QString &field) const;
    [[nodiscard]] bool hasFieldError(const QString &field) const;
    /// What to show the user: the per-field messages, one per line, or the message when there
    /// are none.
    [[nodiscard]] QString details() const;

private:
    ErrorCode m_code;
    QString m_message;
    QList<FieldError> m_fieldErrors;
};

/// Short stable identifier for a code ("validation", "not_found", ...), used in logs and on the wire.
QString errorCodeName(ErrorCode code);

} // namespace clinic::domain
