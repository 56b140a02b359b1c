// Every label with a keyboard mnemonic (&X) has a buddy to move the focus to; without one Qt
// shows the "&" itself (it did: "&Repeat", "&Language of this desk:", "Server c&ertificate").
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/appointmentdialog.h"
#include "clinic/ui/firstrunwizard.h"
#include "clinic/ui/mainwindow.h"
#include "clinic/ui/patientformdialog.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QLabel>
#include <QSettings>
#include <QTextDocument>

using namespace clinic;

namespace {
/// Plain-text labels under `root` that show a mnemonic but have no buddy.
QStringList labelsWithoutBuddy(const QWidget &root)
{
    QStringList found;
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            continue;
        const QString withoutEscapes = QString(text).replace(QStringLiteral("&&"), QString());
        if (withoutEscapes.contains(QLatin1Char('&')) && !label->buddy())
            found << text + QStringLiteral(" (in ") + QString::fromLatin1(label->parentWidget()->metaObject()->className()) + QLatin1Char(')');
    }
    return found;
}
} // namespace

class MnemonicTest : public test::TempDatabaseTest
{
};

TEST_F(MnemonicTest, everyLabelWithAShortcutLetterHasAFieldToGoTo)
{
    const qint64 patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Ines", "Calder")).value().meta.id;
    const qint64 doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Moss")).value().meta.id;
    QSettings settings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    const domain::User admin = storage::UserRepository(*m_db, m_session).get(makeUser("chief", domain::Role::Admin)).value();
    ui::MainWindow window(*m_db, m_session, admin, settings, nullptr);  // every page, Settings included
    EXPECT_TRUE(labelsWithoutBuddy(window).isEmpty()) << qPrintable(labelsWithoutBuddy(window).join(QStringLiteral("; ")));
    ui::AppointmentDialog booking(*m_db, m_session, doctor, QDateTime(m_session.today(), QTime(10, 0), m_session.timeZone), patient);
    EXPECT_TRUE(labelsWithoutBuddy(booking).isEmpty()) << qPrintable(labelsWithoutBuddy(booking).join(QStringLiteral("; ")));
    ui::PatientFormDialog form(*m_db, m_session, QString());
    EXPECT_TRUE(labelsWithoutBuddy(form).isEmpty()) << qPrintable(labelsWithoutBuddy(form).join(QStringLiteral("; ")));
    ui::FirstRunWizard wizard(*m_db);
    EXPECT_TRUE(labelsWithoutBuddy(wizard).isEmpty()) << qPrintable(labelsWithoutBuddy(wizard).join(QStringLiteral("; ")));
}
