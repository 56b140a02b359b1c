#include "clinic/ui/theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>

#include <cmath>

namespace clinic::ui::theme {

namespace {
double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// Re-colours the error labels it watches when the application palette changes. One instance,
/// parented to the application; labels are watched through installEventFilter().
class ErrorLabelWatcher : public QObject
{
public:
    using QObject::QObject;
    static ErrorLabelWatcher *instance()
    {
        static QPointer<ErrorLabelWatcher> watcher;  // gone with the application that owns it
        if (!watcher)
            watcher = new ErrorLabelWatcher(QCoreApplication::instance());
        return watcher;
    }
    static void apply(QLabel *label)
    {
        // From the application's palette for this widget: the label's own carries our colour.
        const QColor wanted = errorColour(QApplication::palette(label));
        if (label->palette().color(QPalette::WindowText) == wanted && label->palette().isBrushSet(QPalette::Active, QPalette::WindowText))
            return;  // also ends the PaletteChange our own setPalette() sends
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, wanted);
        label->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt 6 tells widgets about a new application palette with PaletteChange.
        if (event->type() == QEvent::PaletteChange) {
            if (auto *label = qobject_cast<QLabel *>(watched))
                apply(label);
        }
        return false;
    }
};
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QColor errorColour(const QPalette &palette)
{
    // #c0392b is 5.4:1 on white; on a dark window a light red instead.
    const QColor red = isDark(palette) ? QColor(0xff, 0x8a, 0x7a) : QColor(0xc0, 0x39, 0x2b);
    const QColor worst = contrastRatio(red, palette.color(QPalette::Window)) < contrastRatio(red, palette.color(QPalette::Base))
                             ? palette.color(QPalette::Window)
                             : palette.color(QPalette::Base);
    if (contrastRatio(red, worst) >= 4.5)
        return red;
    // An unusual palette: move the red towards the text colour until it reads.
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 1; step <= 10; ++step) {
        const double t = step / 10.0;
        const QColor mixed = QColor::fromRgbF(float(red.redF() + (text.redF() - red.redF()) * t),
                                              float(red.greenF() + (text.greenF() - red.greenF()) * t),
                                              float(red.blueF() + (text.blueF() - red.blueF()) * t));
        if (contrastRatio(mixed, worst) >= 4.5)
            return mixed;
    }
    return text;
}

QColor textColourOn(const QColor &background)
{
    return contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor blend(const QColor &over, const QColor &under)
{
    const float a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a), over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

void markAsError(QLabel *label, bool error)
{
    if (!error) {
        label->removeEventFilter(ErrorLabelWatcher::instance());
        label->setProperty("clinicMessage", QVariant());
        label->setPalette(QPalette());  // back to the application's
        return;
    }
    label->setProperty("clinicMessage", QStringLiteral("error"));
    ErrorLabelWatcher::apply(label);
    label->installEventFilter(ErrorLabelWatcher::instance());
}

} // namespace clinic::ui::theme
