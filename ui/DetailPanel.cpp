// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPanel.h"

#include "FindingsModel.h"
#include "context/CodeView.h"
#include "context/SourceLanguage.h"
#include "findings/PlaceDescription.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyscout {

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("detailWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_where);

    m_code = new CodeView;
    m_code->setObjectName(QStringLiteral("contextView"));
    layout->addWidget(m_code, 3);

    auto* revealRow = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal secret"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Shows the raw secret in this view only. It is never written anywhere."));
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    layout->addLayout(revealRow);
    connect(m_reveal, &QPushButton::toggled, this, &DetailPanel::setRevealed);

    m_placesLabel = new QLabel;
    layout->addWidget(m_placesLabel);
    m_places = new QListWidget;
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setAccessibleName(tr("Every place this secret was found"));
    m_places->setMaximumHeight(120);
    layout->addWidget(m_places, 1);
    connect(m_places, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit placeActivated(m_current.secretSha256, m_places->row(item));
    });

    auto* triage = new QFormLayout;
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("triageStatus"));
    for (TriageStatus s :
         {TriageStatus::New, TriageStatus::ToFix, TriageStatus::AcceptedRisk, TriageStatus::FalsePositive}) {
        m_status->addItem(FindingsModel::statusText(s), static_cast<int>(s));
    }
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("triageNote"));
    m_note->setPlaceholderText(tr("Why (kept with the decision)"));
    m_saveTriage = new QPushButton(tr("Save decision"));
    m_saveTriage->setObjectName(QStringLiteral("saveTriageButton"));
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_saveTriage);
    triage->addRow(tr("Decision:"), m_status);
    triage->addRow(tr("Note:"), noteRow);
    layout->addLayout(triage);
    connect(m_saveTriage, &QPushButton::clicked, this, [this] {
        if (m_hasCurrent) {
            emit triageChanged(m_current.secretSha256,
                               static_cast<TriageStatus>(m_status->currentData().toInt()), m_note->text());
        }
    });
    clear();
}

void DetailPanel::clear()
{
    m_hasCurrent = false;
    m_current = Finding{};
    m_title->setText(tr("Select a secret to see where it is."));
    m_where->clear();
    m_code->setSnippet({}, 1, 0, QString(), SourceLanguage::PlainText);
    m_reveal->setChecked(false);
    m_places->clear();
    m_placesLabel->clear();
    for (QWidget* w : {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_saveTriage)}) {
        w->setEnabled(false);
    }
}

void DetailPanel::showSecret(const Finding& place, const QList<Finding>& places,
                             const TriageDecision& decision)
{
    m_reveal->setChecked(false); // a new selection starts masked
    m_current = place;
    m_hasCurrent = true;
    m_title->setText(tr("%1 %2").arg(place.ruleName, place.masked));
    QString where = QStringLiteral("%1 — %2:%3").arg(describePlace(place), place.path).arg(place.line);
    for (const QString& note : place.notes) {
        where += QStringLiteral("\n⚠ ") + note;
    }
    m_where->setText(where);
    m_code->setSnippet(place.context, place.contextFirstLine, place.line, place.masked,
                       place.binary ? SourceLanguage::PlainText : languageForFileName(place.path),
                       place.path);
    m_placesLabel->setText(tr("Found in %n place(s):", nullptr, static_cast<int>(places.size())));
    m_places->clear();
    for (const Finding& f : places) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2:%3").arg(describePlace(f), f.path).arg(f.line));
        m_places->addItem(item);
        if (f.path == place.path && f.offset == place.offset) {
            m_places->setCurrentItem(item);
        }
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(decision.status)));
    m_note->setText(decision.note);
    for (QWidget* w : {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_saveTriage)}) {
        w->setEnabled(true);
    }
}

void DetailPanel::setRevealed(bool revealed)
{
    if (!m_hasCurrent) {
        return;
    }
    m_code->setRevealed(revealed, revealed ? QString::fromUtf8(m_current.secret) : QString());
    m_reveal->setText(revealed ? tr("Hide secret") : tr("Reveal secret"));
}

} // namespace keyscout
