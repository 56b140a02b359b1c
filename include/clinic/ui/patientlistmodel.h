#pragma once

#include "clinic/domain/patient.h"
#include "clinic/storage/session.h"

#include <QAbstractTableModel>
#include <QList>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// The patients matching the search text, for the search-first patient list (style.md #13).
/// Rows are loaded in pages as the view scrolls (canFetchMore / fetchMore), up to the search's
/// candidate cap; a broad text says so through truncated() ("keep typing").
/// Thread: the GUI thread; the connection is the GUI thread's and outlives the model.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, DateOfBirth, FileNumber, ColumnCount };
    static constexpr int kPage = 50;

    PatientListModel(storage::Connection &connection, storage::Session session, QObject *parent = nullptr);

    /// Runs the search again for `text` (empty = no rows).
    void setSearchText(const QString &text);
    /// Reloads the current search (after a save here or a change pulled by sync).
    void refresh();
    [[nodiscard]] const QString &searchText() const { return m_text; }
    [[nodiscard]] bool truncated() const { return m_truncated && !m_more; }
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] qint64 patientId(int row) const;
    [[nodiscard]] const domain::Patient &patient(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void searchFinished(int rows, bool truncated);

private:
    /// Loads the first `limit` matches; keeps the rows already shown when only more are added.
    void load(int limit);

    storage::Connection &m_connection;
    storage::Session m_session;
    QString m_text;
    QList<domain::Patient> m_rows;
    int m_limit = kPage;
    bool m_more = false;       ///< the search returned a full page: more may follow
    bool m_truncated = false;  ///< the repository capped the candidates
    QString m_error;
};

} // namespace clinic::ui
