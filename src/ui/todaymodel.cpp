#include "clinic/ui/todaymodel.h"

#include "clinic/domain/money.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace clinic::ui {

namespace {
const QRegularExpression &nonDigit()
{
    static const QRegularExpression re(QStringLiteral("\\D"));
    return re;
}
} // namespace

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
        if (const auto patient = patients.get(a.patientId)) {
            row.patient = patient.value().fullName();
            // What a receptionist may type to find them for check-in (matches()).
            row.searchWords = foldedWords(row.patient);
            for (const QString &phone : {patient.value().phone, patient.value().altPhone}) {
                if (!phone.isEmpty())
                    row.searchDigits << QString(phone).remove(nonDigit());
            }
            row.fileNumber = patient.value().patientNumber.toCaseFolded();
        }
        row.practitioner = practitioners.value(a.practitionerId);
        if (const auto balance = accounts.balance(a.patientId))
            row.balanceMinor = balance.value().balanceMinor;
        m_rows.append(row);
    }
    endResetModel();
}

QStringList TodayModel::foldedWords(const QString &text)
{
    // Accent- and case-insensitive: "José" is found by "jose", "Muñoz" by "munoz".
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return folded.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

bool TodayModel::matches(int row, const QString &text) const
{
    const Row &r = m_rows.at(row);
    const QStringList typed = foldedWords(text);
    if (typed.isEmpty())
        return true;
    static const QRegularExpression phonePunctuation(QStringLiteral("[\\s+()-]"));
    const QString digits = QString(text).remove(nonDigit());
    if (digits.size() >= 3 && digits.size() == text.trimmed().remove(phonePunctuation).size()) {  // typed a number
        for (const QString &phone : r.searchDigits) {
            if (phone.contains(digits))
                return true;
        }
    }
    if (typed.size() == 1 && !r.fileNumber.isEmpty() && r.fileNumber == typed.first())
        return true;
    // Every word typed starts a word of the name, in any order ("rao an" finds Anika Rao).
    for (const QString &word : typed) {
        const bool found = std::any_of(r.searchWords.cbegin(), r.searchWords.cend(), [&word](const QString &w) { return w.startsWith(word); });
        if (!found)
            return false;
    }
    return true;
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
