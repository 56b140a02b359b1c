#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;

namespace clinic::ui {

/// The clinic's logo for the letterhead: a preview, "Choose logo…" (an image file, scaled down
/// to 400 px and kept as PNG), "No logo", and a message next to them when a file cannot be
/// read. Used by the first-run wizard and Settings › Clinic (setting clinic.logoPng, base64).
/// Thread: the GUI thread.
class LogoPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxPngBytes = 512 * 1024;

    explicit LogoPicker(QWidget *parent = nullptr);

    [[nodiscard]] const QByteArray &png() const { return m_png; }
    void setPng(const QByteArray &png);
    /// Sets the logo from an image file; false, with the message shown, if it is not one.
    bool loadFile(const QString &path);
    [[nodiscard]] QLabel *error() const { return m_error; }

private:
    QLabel *m_preview;
    QLabel *m_error;
    QByteArray m_png;
};

} // namespace clinic::ui
