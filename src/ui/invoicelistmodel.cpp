#include "clinic/ui/invoicelistmodel.h"

#include "clinic/domain/money.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QHash>

namespace clinic::ui {

InvoiceListModel::InvoiceListModel(storage::Connection &connection, storage::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_session(std::move(session))
{
}

void InvoiceListModel::setFilter(const storage::InvoiceFilter &filter)
{
    m_filter = filter;
    reload();
}

void InvoiceListModel::reload()
{
    const auto invoices = storage::InvoiceRepository(m_connection, m_session).list(m_filter);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (!invoices) {
        m_error = invoices.error().message();
    } else {
        // Names looked up once per patient and practitioner, not once per row.
        QHash<qint64, QString> patients, practitioners;
        const storage::PatientRepository patientRepository(m_connection, m_session);
        const storage::PractitionerRepository practitionerRepository(m_connection, m_session);
        const storage::AccountRepository accounts(m_connection, m_session);
        for (const domain::Invoice &invoice : invoices.value()) {
            Row row{invoice, {}, {}, 0};
            if (!patients.contains(invoice.patientId)) {
                const auto p = patientRepository.get(invoice.patientId);
                patients.insert(invoice.patientId, p ? p.value().fullName() : tr("(deleted patient)"));
            }
            row.patient = patients.value(invoice.patientId);
            if (invoice.practitionerId) {
                if (!practitioners.contains(*invoice.practitionerId)) {
                    const auto p = practitionerRepository.get(*invoice.practitionerId);
                    practitioners.insert(*invoice.practitionerId, p ? p.value().name : QString());
                }
                row.practitioner = practitioners.value(*invoice.practitionerId);
            }
            if (invoice.status == domain::InvoiceStatus::Issued) {
                if (const auto owed = accounts.outstandingOnInvoice(invoice.meta.id))
                    row.outstandingMinor = owed.value();
            }
            m_rows << row;
        }
    }
    endResetModel();
}

int InvoiceListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).invoice.meta.id == id)
            return i;
    }
    return -1;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InvoiceListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const domain::Invoice &i = row.invoice;
    const bool issued = i.status == domain::InvoiceStatus::Issued;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return issued ? i.numberText : tr("draft");
        case Date: return (issued && i.issuedAt ? *i.issuedAt : i.meta.createdAt).toTimeZone(m_session.timeZone).toString(QStringLiteral("dd MMM yyyy"));
        case Patient: return row.patient;
        case Practitioner: return row.practitioner;
        case Total: return domain::Money(i.totalMinor, i.currency).format();
        case Outstanding: return issued ? domain::Money(row.outstandingMinor, i.currency).format() : QString();
        case Status:
            if (!issued)
                return tr("Draft");
            if (row.outstandingMinor <= 0)
                return tr("Paid");
            return row.outstandingMinor < i.totalMinor ? tr("Partly paid") : tr("Issued");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Outstanding))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Outstanding && row.outstandingMinor > 0)
        return QBrush(theme::errorColour(QGuiApplication::palette()));
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Date: return tr("Date");
    case Patient: return tr("Patient");
    case Practitioner: return tr("Practitioner");
    case Total: return tr("Total");
    case Outstanding: return tr("Owed");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace clinic::ui
