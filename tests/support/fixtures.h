#pragma once
// Invented people and records for tests. Never real patient data.

#include "clinic/domain/appointment.h"
#include "clinic/domain/invoice.h"
#include "clinic/domain/patient.h"
#include "clinic/domain/practitioner.h"
#include "clinic/domain/service.h"

#include <QTimeZone>

namespace clinic::test {

inline domain::Patient patient(const char *first, const char *last, const char *phone = "")
{
    domain::Patient p;
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.phone = QString::fromUtf8(phone);
    return p;
}

inline domain::Practitioner practitioner(const char *name)
{
    domain::Practitioner p;
    p.name = QString::fromUtf8(name);
    p.colour = QStringLiteral("#3A7BD5");
    return p;
}

inline domain::Service service(const char *code, qint64 price, int taxBp = 0)
{
    domain::Service s;
    s.code = QLatin1String(code);
    s.name = QStringLiteral("Service ") + QLatin1String(code);
    s.durationMinutes = 30;
    s.priceMinor = price;
    s.taxRateBp = taxBp;
    return s;
}

/// An appointment at `hour:minute` clinic time (Asia/Kolkata) on `day`, 30 minutes long.
inline domain::Appointment appointment(qint64 patientId, qint64 practitionerId, QDate day, int hour,
                                       int minute = 0, int minutes = 30)
{
    domain::Appointment a;
    a.patientId = patientId;
    a.practitionerId = practitionerId;
    a.startAt = QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Kolkata")).toUTC();
    a.endAt = a.startAt.addSecs(minutes * 60);
    return a;
}

inline domain::InvoiceLine line(const char *description, qint64 price, int taxBp = 0, int quantity = 1)
{
    domain::InvoiceLine l;
    l.description = QString::fromUtf8(description);
    l.unitPriceMinor = price;
    l.taxRateBp = taxBp;
    l.quantity = quantity;
    return l;
}

} // namespace clinic::test
