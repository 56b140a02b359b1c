#include "clinic/domain/error.h"

#include <QStringList>

#include <QCoreApplication>

namespace clinic::domain {

Error::Error(ErrorCode code, QString message, QList<FieldError> fieldErrors)
    : m_code(code), m_message(std::move(message)), m_fieldErrors(std::move(fieldErrors))
{
}

Error Error::validation(QList<FieldError> fieldErrors)
{
    QString message = fieldErrors.size() == 1
        ? fieldErrors.first().message
        : QCoreApplication::translate("Error", "Please correct the highlighted fields.");
    return Error(ErrorCode::Validation, message, std::move(fieldErrors));
}

Error Error::validation(const QString &field, const QString &message)
{
    return validation(QList<FieldError>{FieldError{field, message}});
}

QString Error::messageFor(const QString &field) const
{
    for (const auto &fe : m_fieldErrors) {
        if (fe.field == field)
            return fe.message;
    }
    return {};
}

QString Error::details() const
{
    QStringList lines;
    for (const FieldError &f : m_fieldErrors)
        lines << f.message;
    lines.removeDuplicates();
    return lines.isEmpty() ? m_message : lines.join(QLatin1Char('\n'));
}

bool Error::hasFieldError(const QString &field) const
{
    return std::any_of(m_fieldErrors.cbegin(), m_fieldErrors.cend(),
                       [&](const FieldError &fe) { return fe.field == field; });
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Immutable: return QStringLiteral("immutable");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::NewerSchema: return QStringLiteral("newer_schema");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Storage: return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

} // namespace clinic::domain
