#include "clinic/ui/logopicker.h"

#include "clinic/ui/theme.h"

#include <QBuffer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace clinic::ui {

LogoPicker::LogoPicker(QWidget *parent) : QWidget(parent), m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(120, 60);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(QStringLiteral("logoError"));
    theme::markAsError(m_error);
    auto *choose = new QPushButton(tr("Choose &logo…"), this);
    auto *clear = new QPushButton(tr("No logo"), this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview);
    row->addWidget(choose);
    row->addWidget(clear);
    row->addWidget(m_error, 1);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Clinic logo"), {}, tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(clear, &QPushButton::clicked, this, [this] { setPng({}); });
}

void LogoPicker::setPng(const QByteArray &png)
{
    m_png = png;
    m_error->clear();
    QPixmap logo;
    if (!png.isEmpty() && logo.loadFromData(png, "PNG"))
        m_preview->setPixmap(logo.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_preview->clear();
}

bool LogoPicker::loadFile(const QString &path)
{
    QImage image(path);
    if (image.isNull()) {
        m_error->setText(tr("This file is not an image ClinicDesk can read."));
        return false;
    }
    if (image.width() > 400 || image.height() > 400)
        image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    setPng(png.data());
    return true;
}

} // namespace clinic::ui
