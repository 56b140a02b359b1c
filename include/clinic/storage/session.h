#pragma once

#include "clinic/domain/clock.h"
#include "clinic/domain/role.h"
#include "clinic/domain/validator.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace clinic::storage {

/// Who is working, in which clinic settings, and which clock tells the time. Handed (by value)
/// to every repository; repositories enforce the role (e.g. reception cannot read note contents).
struct Session
{
    std::optional<qint64> userId;           ///< empty for system work (seeding, migrations)
    domain::Role role = domain::Role::Admin;
    QString defaultCountry = QStringLiteral("IN");
    QString currency = QStringLiteral("INR");
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    const domain::Clock *clock = &domain::SystemClock::instance();  ///< not owned; outlives us

    [[nodiscard]] QDate today() const { return clock->now().toTimeZone(timeZone).date(); }
    [[nodiscard]] domain::Validator::Context validationContext() const
    {
        return domain::Validator::Context{today(), defaultCountry};
    }
};

} // namespace clinic::storage
