// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPanel.h"

#include "FindingsModel.h"
#include "PathDisplay.h"
#include "context/CodeView.h"
#include "context/SourceLanguage.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleText.h"
#include "verify/Capabilities.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace keyscout {

namespace {

// The file (home shown as ~) and the line, or the file alone for a place without one (a model file, judged
// whole).
QString fileAndLine(const Finding& f)
{
    return f.line < 1 ? PathDisplay::shown(f.path)
                      : QStringLiteral("%1:%2").arg(PathDisplay::shown(f.path)).arg(f.line);
}

QString commitHeaderText(const GitPlace& g, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QString colour = dark ? QStringLiteral("#e6c07b") : QStringLiteral("#9a6700"); // git log's yellow
    QString html;
    if (g.commit.isEmpty()) {
        html = DetailPanel::tr("unreachable blob %1").arg(g.blob.left(12)).toHtmlEscaped();
    } else {
        html = QStringLiteral(
                   "<span style=\"font-family: monospace; color: %1; font-weight: 600\">commit %2</span>")
                   .arg(colour, g.commit.left(12));
        if (!g.refs.isEmpty()) {
            html += QStringLiteral(" (%1)").arg(g.refs.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("<br>") + g.author.toHtmlEscaped();
        if (g.time > 0) {
            html += QStringLiteral(" \u00b7 ") + QDateTime::fromSecsSinceEpoch(g.time)
                                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                     .toHtmlEscaped();
        }
        html += QStringLiteral("<br><i>%1</i>").arg(g.summary.toHtmlEscaped());
    }
    html += QStringLiteral("<br>") +
            (g.pathInRepo.isEmpty() ? DetailPanel::tr("commit message") : g.pathInRepo).toHtmlEscaped();
    if (g.pushed) {
        html += QStringLiteral(" \u00b7 <b>%1</b>").arg(DetailPanel::tr("pushed").toHtmlEscaped());
    } else if (g.dangling) {
        html += QStringLiteral(" \u00b7 %1").arg(DetailPanel::tr("on no branch").toHtmlEscaped());
    }
    return html;
}

QString cellHeaderText(const Place& p, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const bool output = p.part == CellPart::Output;
    // Jupyter's prompt colours: blue for In, red for Out, lighter on a dark background.
    const QString colour = output ? (dark ? QStringLiteral("#ff8a65") : QStringLiteral("#c62828"))
                                  : (dark ? QStringLiteral("#90caf9") : QStringLiteral("#303f9f"));
    const QString count = p.entry > 0 ? QString::number(p.entry) : QStringLiteral("\u00a0");
    QString prompt;
    if (p.cellType == QLatin1String("code") && (p.part == CellPart::Source || output)) {
        prompt = (output ? QStringLiteral("Out[%1]:") : QStringLiteral("In\u00a0[%1]:")).arg(count);
    }
    QString what;
    switch (p.part) {
    case CellPart::Source:
        what = DetailPanel::tr("%1 cell %2, source").arg(p.cellType).arg(p.cell);
        break;
    case CellPart::Output:
        what = DetailPanel::tr("cell %1, output %2: %3").arg(p.cell).arg(p.output).arg(p.outputType);
        break;
    case CellPart::Attachment:
        what = DetailPanel::tr("%1 cell %2, %3").arg(p.cellType).arg(p.cell).arg(p.outputType);
        break;
    case CellPart::Metadata:
    case CellPart::None:
        what = DetailPanel::tr("cell %1").arg(p.cell);
        break;
    }
    if (p.checkpoint) {
        what += DetailPanel::tr(" (checkpoint of %1)").arg(p.checkpointOf);
    }
    QString html;
    if (!prompt.isEmpty()) {
        html +=
            QStringLiteral(
                "<span style=\"font-family: monospace; color: %1; font-weight: 600\">%2</span>&nbsp;&nbsp;")
                .arg(colour, prompt);
    }
    html += what.toHtmlEscaped();
    return html;
}

} // namespace

DetailPanel::DetailPanel(QWidget* parent)
    : QWidget(parent)
{
    // Everything but the decision scrolls when the pane is shorter than what it has to say; the decision
    // stays at the bottom.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    // Wrapped: a long rule name (German's are longer still) made the whole panel wider than its pane, cutting
    // off the title and the right edge of the context view.
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("detailWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_where);

    // For a notebook: the cell as Jupyter shows it, its prompt and which part of it the lines below are.
    m_cellHeader = new QLabel;
    m_cellHeader->setObjectName(QStringLiteral("cellHeader"));
    m_cellHeader->setTextFormat(Qt::RichText);
    m_cellHeader->setVisible(false);
    layout->addWidget(m_cellHeader);

    m_code = new CodeView;
    m_code->setObjectName(QStringLiteral("contextView"));
    m_code->setMinimumHeight(m_code->fontMetrics().height() * 8);
    layout->addWidget(m_code, 1);

    auto* revealRow = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal secret"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Shows the raw secret in this view only. It is never written anywhere."));
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    // The guided fix: check, revoke, remove every copy.
    m_fix = new QPushButton(tr("Fix this token\u2026"));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setToolTip(tr("Check what it can do, revoke it and remove every copy, step by step"));
    revealRow->addWidget(m_fix);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (m_hasCurrent) {
            emit fixRequested(m_current.secretSha256);
        }
    });
    layout->addLayout(revealRow);
    connect(m_reveal, &QPushButton::toggled, this, &DetailPanel::setRevealed);

    // What this kind of token can do: the rule's description (verification adds this token's own facts).
    m_abilities = new QLabel;
    m_abilities->setObjectName(QStringLiteral("tokenAbilities"));
    m_abilities->setWordWrap(true);
    m_abilities->setTextFormat(Qt::RichText);
    m_abilities->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_abilities);

    m_placesLabel = new QLabel;
    m_placesLabel->setWordWrap(true);
    layout->addWidget(m_placesLabel);
    m_places = new QListWidget;
    m_places->setObjectName(QStringLiteral("placesList"));
    m_places->setAccessibleName(tr("Every place this secret was found"));
    m_places->setMaximumHeight(120);
    // No stretch: once at its maximum height, a stretching list left the spare height as a gap above the
    // next steps (a model file, which has no reveal row, showed a band of nothing). The context view takes
    // it.
    layout->addWidget(m_places);
    connect(m_places, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit placeActivated(m_current.secretSha256, m_places->row(item));
    });

    // What to do next, in order: revoke, reissue, clean each kind of place (the guided remediation builds on
    // the same steps).
    m_nextSteps = new QLabel;
    m_nextSteps->setObjectName(QStringLiteral("nextSteps"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextFormat(Qt::RichText);
    m_nextSteps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_nextSteps->setOpenExternalLinks(true);
    layout->addWidget(m_nextSteps);

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
    auto* triageBox = new QWidget;
    triageBox->setLayout(triage);
    outer->addWidget(triageBox);
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
    m_cellHeader->clear();
    m_cellHeader->setVisible(false);
    m_nextSteps->clear();
    m_abilities->clear();
    m_abilities->setVisible(false);
    m_code->setSnippet({}, 1, 0, QString(), SourceLanguage::PlainText);
    m_reveal->setChecked(false);
    m_places->clear();
    m_placesLabel->clear();
    for (QWidget* w :
         {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_fix), static_cast<QWidget*>(m_status),
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
    // A model file: its verdict's import (and, below, the file without a line: it is judged whole).
    const bool model = place.place.kind == SourceKind::ModelFile;
    m_title->setText(model ? tr("%1: %2").arg(ruleText(place.ruleName), place.masked)
                           : tr("%1 %2").arg(ruleText(place.ruleName), place.masked));
    // The place in its own words, then the file (home shortened to ~), then how exposed this copy is.
    QString where = describePlace(place) + QLatin1Char('\n') + fileAndLine(place);
    if (!place.place.command.isEmpty()) {
        where += QLatin1Char('\n') + tr("Command: %1").arg(place.place.command);
    }
    const Exposure exposure = exposureOf(place);
    if (exposure != Exposure::WorldReadable && exposure != Exposure::GroupReadable) {
        where += QLatin1Char('\n') + exposureExplanation(place); // the permission note below says those
    }
    m_where->setToolTip(QStringLiteral("%1:%2").arg(PathDisplay::shown(place.path)).arg(place.line));
    for (const QString& note : place.notes) {
        where += QStringLiteral("\n⚠ ") + note;
    }
    m_where->setText(PathDisplay::shownIn(where));
    if (place.place.kind == SourceKind::Notebook && place.place.lineInPart > 0) {
        m_cellHeader->setText(cellHeaderText(place.place, palette()));
        m_cellHeader->setAccessibleName(
            m_cellHeader->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        m_cellHeader->setVisible(true);
        // The cell's own text, numbered as in the cell, highlighted in the cell's language; outputs are
        // plain.
        m_code->setSnippet(place.context, place.contextFirstLine, place.contextLine(), place.masked,
                           languageForName(place.place.language), QString());
    } else if (place.place.kind == SourceKind::Git && !place.place.git.inConfig) {
        // The commit that introduced the blob, as `git log` heads it, then the change it made there (or the
        // file at that commit when the change cannot be shown).
        m_cellHeader->setText(commitHeaderText(place.place.git, palette()));
        m_cellHeader->setAccessibleName(
            m_cellHeader->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        m_cellHeader->setVisible(true);
        const GitPlace& git = place.place.git;
        if (git.hunkSecretIndex > 0) {
            // The change the commit made, as `git show` prints it, numbered with the commit's version.
            m_code->setNumberedSnippet(git.hunk, git.hunkLines, git.hunkSecretIndex, place.masked,
                                       SourceLanguage::Diff, QString());
        } else {
            m_code->setSnippet(place.context, place.contextFirstLine, place.contextLine(), place.masked,
                               languageForFileName(git.pathInRepo), git.pathInRepo);
        }
    } else {
        m_cellHeader->clear();
        m_cellHeader->setVisible(false);
        m_code->setSnippet(place.context, place.contextFirstLine, place.contextLine(), place.masked,
                           place.binary ? SourceLanguage::PlainText : languageForFileName(place.path),
                           place.path);
    }
    // What it can do: this token's own check when one was made, else what tokens of its kind can do.
    QString abilities = m_ruleDescriptions.value(place.ruleId);
    QString abilitiesHtml = abilities.toHtmlEscaped();
    if (const std::optional<CheckResult> check =
            m_checkLookup ? m_checkLookup(place.secretSha256) : std::nullopt) {
        const QString when = check->checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QStringList can = capabilities(*check);
        abilities = tr("Checked %1: %2. %3").arg(when, checkSummary(*check), can.join(QLatin1String("; ")));
        abilitiesHtml = tr("checked %1: %2").arg(when, checkSummary(*check)).toHtmlEscaped();
        for (const QString& c : can) {
            abilitiesHtml += QStringLiteral("<br>\u2022 ") + c.toHtmlEscaped();
        }
    }
    m_abilities->setText(
        QStringLiteral("<b>%1</b> %2").arg(tr("What this token can do:").toHtmlEscaped(), abilitiesHtml));
    m_abilities->setAccessibleName(tr("What this token can do: %1").arg(abilities));
    m_abilities->setVisible(!abilities.isEmpty());
    QString placesText = tr("Found in %n place(s):", nullptr, static_cast<int>(places.size()));
    if (const qsizetype copies = copiesOutsideTokenStore(places); copies > 0) {
        placesText = tr("Kept in Hugging Face's token store, and copied to %n other place(s): those copies "
                        "should not exist.",
                        nullptr, static_cast<int>(copies)) +
                     QLatin1Char('\n') + placesText;
    }
    if (sharedAcrossEnvironments(places)) {
        placesText =
            tr("Shared across environments: this token is in a CI or deployment file and in your own "
               "places. Give each environment its own token.") +
            QLatin1Char('\n') + placesText;
    }
    m_placesLabel->setText(placesText);
    QString steps = QStringLiteral("<b>%1</b><ol style=\"margin-left: 0px; -qt-list-indent: 1\">")
                        .arg(tr("What to do next"));
    for (const QString& step : nextSteps(places)) {
        QString html = step.toHtmlEscaped();
        // Links people can open.
        static const QRegularExpression url(QStringLiteral("(https://[^\\s<]+[^\\s<.,)])"));
        html.replace(url, QStringLiteral("<a href=\"\\1\">\\1</a>"));
        // `commands` as code.
        static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
        html.replace(code, QStringLiteral("<code>\\1</code>"));
        steps += QStringLiteral("<li>%1</li>").arg(html);
    }
    steps += QStringLiteral("</ol>");
    m_nextSteps->setText(steps);
    m_places->clear();
    for (const Finding& f : places) {
        const QString folder =
            PathDisplay::shown(f.path.left(std::max<qsizetype>(0, f.path.lastIndexOf(QLatin1Char('/')))));
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(describePlace(f), folder));
        item->setToolTip(fileAndLine(f));
        m_places->addItem(item);
        if (f.path == place.path && f.offset == place.offset) {
            m_places->setCurrentItem(item);
        }
    }
    fitLabels();
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(decision.status)));
    m_note->setText(decision.note);
    for (QWidget* w :
         {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_fix), static_cast<QWidget*>(m_status),
          static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_saveTriage)}) {
        w->setEnabled(true);
    }
    // A model file holds no secret: nothing to reveal, revoke or clean, its own next steps say what to do.
    const bool secret = place.place.kind != SourceKind::ModelFile;
    m_reveal->setVisible(secret);
    m_fix->setVisible(secret);
    m_fix->setEnabled(!m_responderMode);
}

void DetailPanel::setResponderMode(bool on)
{
    m_responderMode = on;
    m_fix->setEnabled(m_hasCurrent && !on);
    m_fix->setToolTip(on ? tr("Responder mode: read-only, offline")
                         : tr("Check what it can do, revoke it and remove every copy, step by step"));
}

void DetailPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void DetailPanel::fitLabels()
{
    for (QLabel* label : {m_title, m_where, m_cellHeader, m_abilities, m_placesLabel, m_nextSteps}) {
        const int width = label->width();
        if (label->wordWrap() && width > 0) {
            // -1 when the label has no height for a width (empty): no minimum then.
            label->setMinimumHeight(std::max(0, label->heightForWidth(width)));
        }
    }
    // Laid out now, not on the next turn of the event loop: what is painted (or grabbed) next never shows
    // the lines of one label over the next.
    if (QLayout* layout = m_title->parentWidget()->layout()) {
        layout->activate();
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
