#include "clinic/ui/todaymodel.h"

#include "clinic/domain/money.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"

#include <QHash>
#include <QLocale>

namespace clinic::ui {

TodayModel::TodayModel(storage::Connection &connection, storage::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_session(std::move(session))
{
    reload();
}

void TodayModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    const auto appointments = storage::AppointmentRepository(m_connection, m_session).forDay(m_session.today());
    if (!appointments) {
        m_error = appointments.error().message();
        endResetModel();
        return;
    }
    QHash<qint64, QString> practitioners;
    if (const auto all = storage::PractitionerRepository(m_connection, m_session).list(false)) {
        for (const auto &p : all.value())
            practitioners.insert(p.meta.id, p.name);
    }
    storage::PatientRepository patients(m_connection, m_session);
    storage::AccountRepository accounts(m_connection, m_session);
    for (const domain::Appointment &a : appointments.value()) {
        Row row;
        row.appointment = a;
        if (const auto patient = patients.get(a.patientId))
            row.patient = patient.value().fullName();
        row.practitioner = practitioners.value(a.practitionerId);
        if (const auto balance = accounts.balance(a.patientId))
            row.balanceMinor = balance.value().balanceMinor;
        m_rows.append(row);
    }
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const domain::Appointment &a = row.appointment;
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return locale.toString(a.startAt.toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat);
    case Patient:
        return row.patient;
    case Practitioner:
        return row.practitioner;
    case Status:
        return domain::appointmentStatusName(a.status);
    case Arrived:
        return a.arrivedAt ? locale.toString(a.arrivedAt->toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat) : QString();
    case Waiting:
        if (a.status == domain::AppointmentStatus::Arrived && a.arrivedAt)
            return tr("%1 min").arg(std::max<qint64>(0, a.arrivedAt->secsTo(m_session.clock->now()) / 60));
        return {};
    case Balance:
        return row.balanceMinor > 0 ? domain::Money(row.balanceMinor, m_session.currency).format(locale) : QString();
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Patient"), QT_TR_NOOP("Practitioner"), QT_TR_NOOP("Status"),
                                        QT_TR_NOOP("Arrived"), QT_TR_NOOP("Waiting"), QT_TR_NOOP("Balance due")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace clinic::ui
