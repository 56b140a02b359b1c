#include "clinic/print/letterhead.h"

#include "clinic/storage/settingsrepository.h"

#include <QByteArray>

namespace clinic::print {

Letterhead Letterhead::fromSettings(const storage::SettingsRepository &settings)
{
    Letterhead l;
    l.name = settings.value(QStringLiteral("clinic.name"));
    l.address = settings.value(QStringLiteral("clinic.address"));
    l.phone = settings.value(QStringLiteral("clinic.phone"));
    l.taxRegistration = settings.value(QStringLiteral("clinic.taxRegistration"));
    const QByteArray png = QByteArray::fromBase64(settings.value(QStringLiteral("clinic.logoPng")).toLatin1());
    if (!png.isEmpty())
        l.logo.loadFromData(png, "PNG");  // a broken logo prints no logo rather than failing
    return l;
}

} // namespace clinic::print
