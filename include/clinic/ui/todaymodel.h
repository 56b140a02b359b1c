#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/storage/session.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// The front desk's day: every appointment of the clinic's today across practitioners, with the
/// patient, status, arrival time, waiting time (from arrival until called in) and the patient's
/// balance due. Thread: the GUI thread; borrows the connection.
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Patient, Practitioner, Status, Arrived, Waiting, Balance, ColumnCount };

    TodayModel(storage::Connection &connection, storage::Session session, QObject *parent = nullptr);

    /// Reloads the day from the database (keeps nothing stale: statuses, names, balances).
    void reload();
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] const domain::Appointment &appointment(int row) const { return m_rows.at(row).appointment; }
    /// Whether `text` (as typed at the front desk) finds this row's patient: each word starts a
    /// word of their name (accents and case ignored), or 3+ digits within their phone, or their
    /// file number.
    [[nodiscard]] bool matches(int row, const QString &text) const;
    /// `text` without accents, case-folded, split into words.
    static QStringList foldedWords(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        domain::Appointment appointment;
        QString patient;
        QStringList searchWords;   ///< the name, folded (foldedWords)
        QStringList searchDigits;  ///< phone numbers, digits only
        QString fileNumber;        ///< case-folded
        QString practitioner;
        qint64 balanceMinor = 0;
    };

    storage::Connection &m_connection;
    storage::Session m_session;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace clinic::ui
