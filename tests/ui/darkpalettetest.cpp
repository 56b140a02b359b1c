// The screens on a dark system palette: our own colours (error messages, amounts owed, text on
// the calendar's appointment blocks) keep WCAG AA contrast (4.5:1) on light and dark palettes,
// and follow a switch of the application palette while the window is open. Offscreen, real widgets.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/daycalendar.h"
#include "clinic/ui/patientformdialog.h"
#include "clinic/ui/theme.h"

#include "support/darkpalette.h"
#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include "ui_patientform.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QStyle>
#include <QTest>

using namespace clinic;
namespace theme = clinic::ui::theme;

namespace {


QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    return p;
}

/// Sets the application palette for one test and puts the previous one back.
class PaletteScope
{
public:
    explicit PaletteScope(const QPalette &palette) : m_before(QApplication::palette()) { QApplication::setPalette(palette); }
    ~PaletteScope() { QApplication::setPalette(m_before); }
    PaletteScope(const PaletteScope &) = delete;
    PaletteScope &operator=(const PaletteScope &) = delete;

private:
    QPalette m_before;
};

/// The colour most pixels of `area` have (the block's fill), and the best contrast any pixel
/// there has with it (the text drawn on it).
std::pair<QColor, double> fillAndBestContrast(const QImage &image, const QRect &area)
{
    QMap<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb fill = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            fill = it.key();
        }
    }
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, theme::contrastRatio(QColor::fromRgb(it.key()), QColor::fromRgb(fill)));
    return {QColor::fromRgb(fill), best};
}

} // namespace

class DarkPaletteTest : public test::TempDatabaseTest
{
};

TEST_F(DarkPaletteTest, theErrorColourReadsOnLightDarkAndOddPalettes)
{
    QPalette grey;  // a mid-grey theme: neither red reads without help
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    grey.setColor(QPalette::Base, QColor(0x88, 0x88, 0x88));
    grey.setColor(QPalette::WindowText, Qt::black);
    for (const QPalette &palette : {lightPalette(), test::darkPalette(), grey}) {
        const QColor red = theme::errorColour(palette);
        EXPECT_GE(theme::contrastRatio(red, palette.color(QPalette::Window)), 4.5) << red.name().toStdString();
        EXPECT_GE(theme::contrastRatio(red, palette.color(QPalette::Base)), 4.5) << red.name().toStdString();
    }
    EXPECT_TRUE(theme::isDark(test::darkPalette()));
    EXPECT_FALSE(theme::isDark(lightPalette()));
    EXPECT_NEAR(theme::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_EQ(theme::textColourOn(QColor(0x1b, 0x1e, 0x20)), QColor(Qt::white));
    EXPECT_EQ(theme::textColourOn(QColor(0xa8, 0xc8, 0xf0)), QColor(Qt::black));
}

TEST_F(DarkPaletteTest, aFieldsMessageReadsOnADarkPaletteAndFollowsASwitchWhileOpen)
{
    PaletteScope light(lightPalette());
    ui::PatientFormDialog dialog(*m_db, m_session, QString());
    dialog.show();
    QTest::keyClicks(dialog.form().phone, QStringLiteral("12ab"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("phoneError"));
    ASSERT_NE(message, nullptr);
    ASSERT_FALSE(message->text().isEmpty());
    const auto contrast = [message] {
        return theme::contrastRatio(message->palette().color(QPalette::WindowText), message->palette().color(QPalette::Window));
    };
    EXPECT_GE(contrast(), 4.5) << "light";
    const QColor onLight = message->palette().color(QPalette::WindowText);

    QApplication::setPalette(test::darkPalette());  // the system switched to dark
    QApplication::processEvents();
    EXPECT_TRUE(theme::isDark(message->palette())) << "the label follows the application palette";
    EXPECT_GE(contrast(), 4.5) << "dark";
    EXPECT_NE(message->palette().color(QPalette::WindowText), onLight) << "a lighter red on dark";
    EXPECT_EQ(dialog.form().phone->palette().color(QPalette::Base), test::darkPalette().color(QPalette::Base)) << "the fields are dark too";
}

TEST_F(DarkPaletteTest, theCalendarDrawsOnTheDarkPaletteWithReadableTextOnEveryBlock)
{
    PaletteScope dark(test::darkPalette());
    const qint64 patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Noor", "Haddad")).value().meta.id;
    const qint64 doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Lind")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    const qint64 booked = appointments.create(test::appointment(patient, doctor, m_session.today(), 10)).value().meta.id;
    const qint64 cancelled = appointments.create(test::appointment(patient, doctor, m_session.today(), 12)).value().meta.id;
    ASSERT_TRUE(appointments.setStatus(cancelled, domain::AppointmentStatus::Cancelled, QStringLiteral("Unwell")).ok());

    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(700, 1100);
    calendar.show();
    const QImage image = calendar.grab().toImage();
    // A free slot is the palette's (dark) background, not a fixed white.
    const auto free = calendar.slotAt(calendar.rectFor(booked).center() + QPoint(0, 90));
    ASSERT_NE(free.first, 0);
    const QColor slot = QColor::fromRgb(image.pixel(calendar.rectFor(booked).center() + QPoint(0, 90)));
    EXPECT_TRUE(slot == test::darkPalette().color(QPalette::AlternateBase) || slot == test::darkPalette().color(QPalette::Base)) << slot.name().toStdString();
    for (const qint64 id : {booked, cancelled}) {
        const QRect block = calendar.rectFor(id).adjusted(3, 3, -3, -3);
        const auto [fill, best] = fillAndBestContrast(image, block);
        EXPECT_GE(best, 4.5) << "appointment " << id << " on " << fill.name().toStdString();
    }
}
