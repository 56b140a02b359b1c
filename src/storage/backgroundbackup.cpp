#include "clinic/storage/backgroundbackup.h"

#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"

#include <QPointer>
#include <QThread>

namespace clinic::storage {

BackgroundBackup::BackgroundBackup(QString databasePath, QString folder, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_folder(std::move(folder)),
      m_running(std::make_shared<std::atomic<bool>>(false))
{
}

BackgroundBackup::~BackgroundBackup()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool BackgroundBackup::start(int keep)
{
    if (m_running->exchange(true))
        return false;
    if (m_worker) {  // the last one finished: its thread is done
        m_worker->wait();
        delete m_worker;
    }
    QPointer<BackgroundBackup> self(this);  // alive until the thread ends: the destructor waits
    m_worker = QThread::create([self, path = m_databasePath, folder = m_folder, keep, running = m_running] {
        OpenOptions options;
        options.quickCheck = false;  // the window's connection checked the file at start
        bool ok = false;
        QString outcome;
        if (auto opened = Connection::open(path, Connection::uniqueName(QStringLiteral("clinic.backup.")), options)) {
            const auto written = BackupService::backup(*opened.value(), folder, keep);
            ok = written.ok();
            outcome = written ? written.value() : written.error().message();
        } else {
            outcome = opened.error().message();
        }
        running->store(false);
        QMetaObject::invokeMethod(self.data(), [self, ok, outcome] {
            if (self)
                Q_EMIT self->finished(ok, outcome);
        }, Qt::QueuedConnection);
    });
    m_worker->start();
    return true;
}

} // namespace clinic::storage
