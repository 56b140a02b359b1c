#include "clinic/ui/clinicalnotespanel.h"

#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/clinicalnotedialog.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace clinic::ui {

ClinicalNotesPanel::ClinicalNotesPanel(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_patientId(patientId),
      m_list(readOnlyTable({tr("Date"), tr("Practitioner"), tr("Pain"), tr("State")}, QStringLiteral("notes"), this)),
      m_view(new QTextBrowser(this)), m_new(new QPushButton(tr("&New note"), this)), m_edit(new QPushButton(tr("E&dit"), this)),
      m_sign(new QPushButton(tr("&Sign"), this)), m_amend(new QPushButton(tr("&Amend"), this)), m_error(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("noteText"));
    theme::markAsError(m_error);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_sign, m_amend})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) { show(row); });
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(int(ClinicalNoteDialog::Mode::New)); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(int(ClinicalNoteDialog::Mode::Edit)); });
    connect(m_amend, &QPushButton::clicked, this, [this] { openEditor(int(ClinicalNoteDialog::Mode::Amend)); });
    connect(m_sign, &QPushButton::clicked, this, &ClinicalNotesPanel::signSelected);
    reload();
}

QString ClinicalNotesPanel::shownText() const { return m_view->toPlainText(); }
QString ClinicalNotesPanel::error() const { return m_error->text(); }

int ClinicalNotesPanel::selectedRow() const { return m_list->currentRow(); }

void ClinicalNotesPanel::reload()
{
    const qint64 selected = selectedRow() >= 0 && selectedRow() < m_notes.size() ? m_notes.at(selectedRow()).meta.id : 0;
    m_list->setRowCount(0);
    m_error->clear();
    const auto notes = storage::ClinicalNoteRepository(m_connection, m_session).forPatient(m_patientId);
    if (!notes) {
        m_notes.clear();
        m_error->setText(notes.error().message());
        show(-1);
        return;
    }
    m_notes = notes.value();
    QHash<qint64, QString> names;
    if (const auto all = storage::PractitionerRepository(m_connection, m_session).list(false)) {
        for (const auto &p : all.value())
            names.insert(p.meta.id, p.name);
    }
    const QLocale locale;
    int again = -1;
    for (int i = 0; i < m_notes.size(); ++i) {
        const auto &n = m_notes.at(i);
        const QString state = n.amendsNoteId ? (n.isSigned() ? tr("amendment, signed") : tr("amendment, draft"))
                                             : (n.isSigned() ? tr("signed") : tr("draft"));
        appendRow(m_list, {locale.toString(n.meta.createdAt.toTimeZone(m_session.timeZone), QLocale::ShortFormat), names.value(n.practitionerId),
                           n.painScore ? QString::number(*n.painScore) : QString(), state});
        if (n.meta.id == selected)
            again = i;
    }
    m_list->setCurrentCell(again >= 0 ? again : (m_notes.isEmpty() ? -1 : 0), 0);
    show(m_list->currentRow());
}

void ClinicalNotesPanel::show(int row)
{
    const bool has = row >= 0 && row < m_notes.size();
    m_edit->setEnabled(has && !m_notes.at(row).isSigned());
    m_sign->setEnabled(has && !m_notes.at(row).isSigned());
    m_amend->setEnabled(has && m_notes.at(row).isSigned());
    if (!has) {
        m_view->clear();
        return;
    }
    const QLocale locale;
    const auto render = [&](const domain::ClinicalNote &n) {
        QString h;
        for (const auto &[label, text] : {std::pair{tr("Subjective"), n.subjective}, {tr("Objective"), n.objective},
                                          {tr("Assessment"), n.assessment}, {tr("Plan"), n.plan}}) {
            if (!text.isEmpty())
                h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        if (n.painScore)
            h += QStringLiteral("<p><b>%1</b> %2/10</p>").arg(tr("Pain"), QString::number(*n.painScore));
        h += QStringLiteral("<p><i>%1</i></p>").arg(n.isSigned() ? tr("Signed %1").arg(locale.toString(n.signedAt->toTimeZone(m_session.timeZone), QLocale::ShortFormat))
                                                                  : tr("Draft: not signed yet"));
        return h;
    };
    // The note, then (for an original) its amendments, oldest first: the trail.
    const domain::ClinicalNote &note = m_notes.at(row);
    QString html = render(note);
    if (note.amendsNoteId) {
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("Amends the note of an earlier visit (shown in the list).")) + html;
    } else {
        QList<domain::ClinicalNote> trail;
        for (const auto &n : m_notes) {
            if (n.amendsNoteId == note.meta.id)
                trail.prepend(n);
        }
        for (const auto &a : trail)
            html += QStringLiteral("<hr><p><b>%1</b></p>").arg(tr("Amendment of %1").arg(locale.toString(a.meta.createdAt.toTimeZone(m_session.timeZone), QLocale::ShortFormat))) + render(a);
    }
    m_view->setHtml(html);
}

void ClinicalNotesPanel::openEditor(int mode)
{
    domain::ClinicalNote note;
    note.patientId = m_patientId;
    const int row = selectedRow();
    if (mode != int(ClinicalNoteDialog::Mode::New)) {
        if (row < 0 || row >= m_notes.size())
            return;
        note = m_notes.at(row);
    }
    ClinicalNoteDialog dialog(m_connection, m_session, ClinicalNoteDialog::Mode(mode), note, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

bool ClinicalNotesPanel::signSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_notes.size())
        return false;
    const auto signedNote = storage::ClinicalNoteRepository(m_connection, m_session).sign(m_notes.at(row).meta.id);
    if (!signedNote) {
        m_error->setText(signedNote.error().message());
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace clinic::ui
