#pragma once

#include "clinic/domain/result.h"
#include "clinic/print/tabledocument.h"
#include "clinic/storage/reportrepository.h"
#include "clinic/storage/session.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Turns the reports of storage::ReportRepository into tables people read (amounts formatted
/// in the clinic's currency, rates as percentages, a total row), ready for the screen, CSV and
/// PDF; and gives the series the charts draw. No widgets. Thread: the connection's.
class ReportBuilder
{
public:
    enum class Kind {
        Collections,
        RevenueByMonth,
        RevenueByPractitioner,
        RevenueByService,
        TaxByRate,
        Outstanding,
        AppointmentsByPractitioner,
        AppointmentsByWeekday,
        PatientsByMonth,
        Referrals,
    };
    static QList<Kind> kinds();
    static QString title(Kind kind);

    /// A chart: categories on the x axis, one or more stacked series of values (major units).
    struct Chart
    {
        QStringList categories;
        QList<QPair<QString, QList<double>>> series;
        bool stacked = false;
    };

    ReportBuilder(storage::Connection &connection, storage::Session session);

    domain::Result<print::TableDocument> table(Kind kind, const storage::DateRange &range) const;
    /// Empty when the report reads better as a table only.
    domain::Result<Chart> chart(Kind kind, const storage::DateRange &range) const;

    /// An amount as the clinic writes it (India groups 1,00,000.00).
    [[nodiscard]] QString money(qint64 minor) const;

private:
    storage::Connection &m_connection;
    storage::Session m_session;
};

} // namespace clinic::ui
