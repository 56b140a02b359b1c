#pragma once

#include <QDialog>

class QLabel;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Help › About: version and build, the Qt and SQLite versions in use, and where this desk keeps
/// its data, logs and backups (what support asks for first). Thread: the GUI thread.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(storage::Connection &connection, const QString &logFolder, QWidget *parent = nullptr);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_text;
};

} // namespace clinic::ui
