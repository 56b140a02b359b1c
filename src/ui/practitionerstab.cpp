#include "clinic/ui/practitionerstab.h"

#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace clinic::ui {

namespace {
/// Colours for new practitioners, told apart on the calendar in light and dark themes.
const char *const kColours[] = {"#3A7BD5", "#2ECC71", "#E67E22", "#9B59B6", "#E74C3C", "#16A085", "#F1C40F", "#34495E"};
} // namespace

PractitionersTab::PractitionersTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)),
      m_table(readOnlyTable({tr("Name"), tr("Title"), tr("Colour"), tr("In use")}, QStringLiteral("practitioners"), this)),
      m_name(new QLineEdit(this)), m_title(new QLineEdit(this)), m_colour(new QLineEdit(this)), m_pickColour(new QPushButton(tr("C&hoose…"), this)),
      m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)), m_registration(new QLineEdit(this)),
      m_active(new QCheckBox(tr("In use (a column in the calendar)"), this)), m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("practitionerError"));
    m_error->setWordWrap(true);
    theme::markAsError(m_error);
    m_name->setObjectName(QStringLiteral("practitionerName"));
    m_title->setPlaceholderText(tr("e.g. Physiotherapist"));
    m_colour->setObjectName(QStringLiteral("practitionerColour"));
    m_colour->setPlaceholderText(QStringLiteral("#3A7BD5"));
    m_colour->setMaxLength(7);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_pickColour);
    auto *colourLabel = new QLabel(tr("C&olour"), this);
    colourLabel->setBuddy(m_colour);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Title"), m_title);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Registration no."), m_registration);
    form->addRow(QString(), m_active);
    const auto [newButton, saveButton] = layOutListEditor(this, m_table, form, m_error, tr("Ne&w practitioner"), tr("&Save practitioner"));
    saveButton->setObjectName(QStringLiteral("savePractitioner"));
    connect(newButton, &QPushButton::clicked, this, &PractitionersTab::newPractitioner);
    connect(saveButton, &QPushButton::clicked, this, &PractitionersTab::save);
    connect(m_colour, &QLineEdit::textChanged, this, &PractitionersTab::showColour);
    connect(m_pickColour, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_colour->text()), this, tr("The practitioner's colour"));
        if (chosen.isValid())
            m_colour->setText(chosen.name(QColor::HexRgb).toUpper());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_practitioners.size())
            return;
        m_current = m_practitioners.at(row);
        m_name->setText(m_current.name);
        m_title->setText(m_current.title);
        m_colour->setText(m_current.colour);
        m_phone->setText(m_current.phone);
        m_email->setText(m_current.email);
        m_registration->setText(m_current.registrationNo);
        m_active->setChecked(m_current.active);
        m_error->clear();
    });
    reload();
    newPractitioner();
}

QString PractitionersTab::error() const { return m_error->text(); }

void PractitionersTab::showColour()
{
    const QColor colour(m_colour->text());
    m_pickColour->setStyleSheet(colour.isValid() && m_colour->text().size() == 7
                                    ? QStringLiteral("background: %1; color: %2;").arg(colour.name(), theme::textColourOn(colour).name())
                                    : QString());
}

void PractitionersTab::reload()
{
    m_table->setRowCount(0);
    m_practitioners = storage::PractitionerRepository(m_connection, m_session).list(false).value_or(QList<domain::Practitioner>{});
    for (const domain::Practitioner &p : m_practitioners) {
        appendRow(m_table, {p.name, p.title, p.colour, p.active ? tr("yes") : tr("no")});
        if (QTableWidgetItem *swatch = m_table->item(m_table->rowCount() - 1, 2); swatch && QColor(p.colour).isValid()) {
            swatch->setBackground(QColor(p.colour));
            swatch->setForeground(theme::textColourOn(QColor(p.colour)));
        }
    }
}

void PractitionersTab::newPractitioner()
{
    m_current = domain::Practitioner{};
    for (QLineEdit *field : {m_name, m_title, m_phone, m_email, m_registration})
        field->clear();
    m_colour->setText(QString::fromLatin1(kColours[m_practitioners.size() % qsizetype(std::size(kColours))]));
    m_active->setChecked(true);
    m_error->clear();
    m_name->setFocus();
}

bool PractitionersTab::save()
{
    domain::Practitioner edited = m_current;
    edited.name = m_name->text().trimmed();
    edited.title = m_title->text().trimmed();
    edited.colour = m_colour->text().trimmed().toUpper();
    edited.phone = m_phone->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.registrationNo = m_registration->text().trimmed();
    edited.active = m_active->isChecked();
    storage::PractitionerRepository practitioners(m_connection, m_session);
    const auto stored = edited.meta.id ? practitioners.update(m_current, edited) : practitioners.create(edited);
    if (!stored) {
        m_error->setText(stored.error().details());
        return false;
    }
    m_current = stored.value();
    reload();
    Q_EMIT saved(tr("Saved %1.").arg(m_current.name));
    return true;
}

} // namespace clinic::ui
