// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopBar.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyscout {

WorkshopBar::WorkshopBar(QWidget* parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("workshopBar"));
    setWindowTitle(tr("Workshop"));
    setMovable(false);
    setFloatable(false);
    auto* title = new QLabel(tr("<b>Workshop</b> — find every planted token, then fix each one: check it, "
                                "revoke it, remove every copy."));
    title->setTextFormat(Qt::RichText);
    title->setContentsMargins(8, 0, 16, 0);
    addWidget(title);
    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("workshopScore"));
    m_score->setContentsMargins(0, 0, 16, 0);
    addWidget(m_score);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_finish = new QPushButton(tr("Finish workshop…"));
    m_finish->setObjectName(QStringLiteral("finishWorkshopButton"));
    m_finish->setToolTip(tr("Scans the demo workstation once more and shows the score"));
    addWidget(m_finish);
    connect(m_finish, &QPushButton::clicked, this, &WorkshopBar::finishRequested);
}

void WorkshopBar::showScore(const WorkshopScore& score)
{
    m_score->setText(WorkshopScoreDialog::headline(score));
}

QString WorkshopScoreDialog::headline(const WorkshopScore& score)
{
    if (score.scans() == 0) {
        return tr("%n planted secret(s) to find", nullptr, score.total());
    }
    return tr("Found %1 of %2 · fixed %3 of %4 · %5 left")
        .arg(score.found())
        .arg(score.total())
        .arg(score.fixed())
        .arg(score.toFix())
        .arg(score.left());
}

QString WorkshopScoreDialog::stateOf(const WorkshopScore::Secret& s)
{
    if (!s.found) {
        return tr("Not found");
    }
    if (!s.toFix()) {
        return tr("Nothing to fix: only in Hugging Face's private token store");
    }
    if (s.fixed()) {
        return s.revocable ? tr("Fixed: revoked, no copy left") : tr("Fixed: no copy left");
    }
    QStringList missing;
    if (s.revocable && !s.revoked) {
        missing << tr("not revoked");
    }
    if (s.exposedCopies > 0) {
        missing << tr("%n copy(ies) left", nullptr, s.exposedCopies);
    }
    return tr("Left: %1").arg(missing.join(QLatin1String(", ")));
}

WorkshopScoreDialog::WorkshopScoreDialog(const WorkshopScore& score, QWidget* parent)
    : QDialog(parent)
    , m_score(score)
{
    setObjectName(QStringLiteral("workshopScoreDialog"));
    setWindowTitle(tr("Workshop score"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QLabel(QStringLiteral("<h2>%1</h2>").arg(headline(score).toHtmlEscaped()));
    head->setObjectName(QStringLiteral("workshopHeadline"));
    head->setTextFormat(Qt::RichText);
    layout->addWidget(head);
    auto* explain = new QLabel(tr(
        "A secret is fixed when no copy is left outside Hugging Face's private token store and git history, "
        "and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token "
        "is dead."));
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_table = new QTreeWidget;
    m_table->setObjectName(QStringLiteral("workshopTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Secret"), tr("Provider"), tr("State")});
    for (const WorkshopScore::Secret& s : score.secrets()) {
        auto* item = new QTreeWidgetItem(
            {s.masked.isEmpty() ? tr("(not found)") : s.masked, s.providerName, stateOf(s)});
        item->setToolTip(2, stateOf(s));
        m_table->addTopLevelItem(item);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* saveButton = buttons->addButton(tr("Save score…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveScoreButton"));
    connect(saveButton, &QPushButton::clicked, this, &WorkshopScoreDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString WorkshopScoreDialog::markdown(const WorkshopScore& score)
{
    QString out = QStringLiteral("# %1\n\n%2\n\n").arg(tr("Keyscout workshop score"), headline(score));
    out += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n").arg(tr("Secret"), tr("Provider"), tr("State"));
    for (const WorkshopScore::Secret& s : score.secrets()) {
        out += QStringLiteral("| `%1` | %2 | %3 |\n")
                   .arg(s.masked.isEmpty() ? tr("(not found)") : s.masked, s.providerName, stateOf(s));
    }
    out += QStringLiteral("\n%1\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return out;
}

void WorkshopScoreDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save score"), QStringLiteral("workshop-score.md"), tr("Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown(m_score).toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save score"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace keyscout
