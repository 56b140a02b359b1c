#pragma once

#include <QImage>
#include <QString>

namespace clinic::storage {
class SettingsRepository;
}

namespace clinic::print {

/// The clinic's identity at the top of every printed document, from the clinic profile
/// (settings clinic.name, clinic.address, clinic.phone, clinic.taxRegistration, and
/// clinic.logoPng: a base64 PNG kept in the database so it travels with backups).
struct Letterhead
{
    QString name;
    QString address;
    QString phone;
    QString taxRegistration;
    QImage logo;

    static Letterhead fromSettings(const storage::SettingsRepository &settings);
};

} // namespace clinic::print
