#include "clinic/ui/patientlistmodel.h"

#include "clinic/storage/patientrepository.h"

#include <QLocale>

namespace clinic::ui {

PatientListModel::PatientListModel(storage::Connection &connection, storage::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection), m_session(std::move(session))
{
}

void PatientListModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    beginResetModel();
    m_rows.clear();
    m_limit = kPage;
    m_more = false;
    m_truncated = false;
    endResetModel();
    load(kPage);
}

void PatientListModel::refresh()
{
    const int limit = std::max<int>(kPage, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    endResetModel();
    load(limit);
}

void PatientListModel::load(int limit)
{
    m_error.clear();
    m_limit = limit;
    if (m_text.isEmpty()) {
        m_more = false;
        m_truncated = false;
        Q_EMIT searchFinished(0, false);
        return;
    }
    const auto found = storage::PatientRepository(m_connection, m_session).search(m_text, limit);
    if (!found) {
        m_error = found.error().message();
        m_more = false;
        Q_EMIT searchFinished(int(m_rows.size()), false);
        return;
    }
    const QList<domain::Patient> &patients = found.value().patients;
    m_more = patients.size() >= limit && limit < storage::PatientRepository::kSearchCandidates;
    m_truncated = found.value().truncated;
    // Results are ordered and stable for one text, so a larger page starts with the rows shown.
    const int shown = int(m_rows.size());
    if (patients.size() > shown) {
        beginInsertRows({}, shown, int(patients.size()) - 1);
        for (qsizetype i = shown; i < patients.size(); ++i)
            m_rows.append(patients.at(i));
        endInsertRows();
    }
    Q_EMIT searchFinished(int(m_rows.size()), truncated());
}

qint64 PatientListModel::patientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meta.id : 0;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::Patient &p = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p.fullName();
        case Phone:
            return p.phone;
        case DateOfBirth:
            return p.dateOfBirth.isValid() ? QLocale().toString(p.dateOfBirth, QLocale::ShortFormat) : QString();
        case FileNumber:
            return p.patientNumber;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !p.alerts.isEmpty())
        return tr("Alerts: %1").arg(p.alerts);
    if (role == Qt::UserRole)
        return p.meta.id;
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case DateOfBirth:
        return tr("Date of birth");
    case FileNumber:
        return tr("File no.");
    default:
        return {};
    }
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(std::min(m_limit + kPage * 2, int(storage::PatientRepository::kSearchCandidates)));
}

} // namespace clinic::ui
