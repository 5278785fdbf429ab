// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplacementSteps.h"

#include "remediate/AtomicFile.h"
#include "verify/Capabilities.h"
#include "verify/TokenVerifier.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace keyscout {

namespace {

QLabel* wrappedLabel(const QString& text = QString())
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

PlanStep::PlanStep(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr(
        "The replacement should be a fine-grained token with only what your work uses. Keyscout reads your "
        "projects' code, notebooks and scripts and the Hugging Face cache to find the repositories you read "
        "and write — as text, nothing is run.")));
    m_read = new QPushButton(tr("Read my projects"));
    m_read->setObjectName(QStringLiteral("readProjectsButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_read);
    row->addStretch(1);
    layout->addLayout(row);
    m_entries = new QTreeWidget;
    m_entries->setObjectName(QStringLiteral("scopeEntries"));
    m_entries->setAccessibleName(tr("Permissions the new token needs"));
    m_entries->setHeaderLabels({tr("Permission"), tr("Why")});
    m_entries->setRootIsDecorated(false);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_entries->header()->setStretchLastSection(true);
    layout->addWidget(m_entries, 1);
    m_byHand = wrappedLabel();
    m_byHand->setObjectName(QStringLiteral("scopeByHand"));
    layout->addWidget(m_byHand);
    m_open = new QPushButton(tr("Open the token creation page"));
    m_open->setObjectName(QStringLiteral("openCreationPageButton"));
    m_open->setEnabled(false);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    layout->addLayout(openRow);

    connect(m_read, &QPushButton::clicked, this, &PlanStep::start);
    connect(&m_watcher, &QFutureWatcher<ScopePlan>::finished, this, [this] { show(m_watcher.result()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl(m_plan.creationUrl));
        emit creationPageOpened(m_plan.creationUrl);
    });
}

void PlanStep::setInput(const ScopePlanOptions& options)
{
    m_options = options;
}

void PlanStep::start()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_read->setEnabled(false);
    m_byHand->setText(tr("Reading\u2026"));
    const ScopePlanOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([options] { return planScopes(options); }));
}

void PlanStep::show(const ScopePlan& plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_read->setEnabled(true);
    m_entries->clear();
    for (const ScopeEntry& e : plan.entries) {
        auto* item = new QTreeWidgetItem({e.describe(), e.reason});
        QStringList where;
        for (const ScopeEvidence& ev : e.evidence) {
            where << ev.text() + QStringLiteral(": ") + ev.snippet;
        }
        item->setToolTip(1, where.join(QLatin1Char('\n')));
        m_entries->addTopLevelItem(item);
    }
    QStringList text;
    if (plan.entries.isEmpty()) {
        text << tr("Nothing in your projects needs a permission: a token with no scope, or read access to "
                   "public repositories only, is enough.");
    }
    if (plan.needsGatedRepos) {
        text << tr(
            "Your code reads gated repositories: tick \u201cRead access to contents of all public gated "
            "repos you can access\u201d.");
    }
    if (!plan.byHand.isEmpty()) {
        text << tr("Tick by hand on the creation page (its other options cannot be filled in for you):");
        for (const QString& line : plan.byHand) {
            text << QStringLiteral("  \u2022 ") + line;
        }
    }
    text += plan.notes;
    text << tr("%n file(s) read.", nullptr, plan.filesRead);
    m_byHand->setText(text.join(QLatin1Char('\n')));
    m_open->setEnabled(!plan.creationUrl.isEmpty());
    emit planned();
}

InstallStep::InstallStep(TokenVerifier* verifier, ChangeJournal* journal, QWidget* parent)
    : QWidget(parent)
    , m_verifier(verifier)
    , m_journal(journal)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the "
           "old one), compares what it may do with the plan, then stores it where huggingface_hub and the "
           "hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. "
           "Every file written is backed up and can be put back.")));
    auto* row = new QHBoxLayout;
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("newTokenEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("hf_\u2026"));
    m_edit->setAccessibleName(tr("The new token"));
    m_checkButton = new QPushButton(tr("Check it"));
    m_checkButton->setObjectName(QStringLiteral("checkNewTokenButton"));
    row->addWidget(m_edit, 1);
    row->addWidget(m_checkButton);
    layout->addLayout(row);
    m_status = wrappedLabel();
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_installButton = new QPushButton(tr("Store it"));
    m_installButton->setObjectName(QStringLiteral("installButton"));
    m_installButton->setEnabled(false);
    m_undoButton = new QPushButton(tr("Put the old store back"));
    m_undoButton->setObjectName(QStringLiteral("undoInstallButton"));
    m_undoButton->setEnabled(false);
    buttons->addWidget(m_installButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_checkButton, &QPushButton::clicked, this, &InstallStep::checkPasted);
    connect(m_edit, &QLineEdit::returnPressed, this, &InstallStep::checkPasted);
    connect(m_installButton, &QPushButton::clicked, this, [this] { install(); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoInstall(); });
    if (m_verifier != nullptr) {
        connect(m_verifier, &TokenVerifier::finished, this, &InstallStep::checkFinished);
    }
}

InstallStep::~InstallStep()
{
    forgetToken();
}

void InstallStep::setContext(const HuggingFacePaths& paths, const QByteArray& oldToken, const ScopePlan* plan)
{
    m_paths = paths;
    m_oldToken = oldToken;
    m_plan = plan;
}

void InstallStep::forgetToken()
{
    wipe(m_token);
}

void InstallStep::checkPasted()
{
    forgetToken();
    m_token = m_edit->text().trimmed().toUtf8();
    if (m_token.isEmpty() || m_verifier == nullptr) {
        return;
    }
    if (m_token == m_oldToken) {
        m_status->setText(tr("This is the leaked token. Create a new one on the token page first."));
        forgetToken();
        return;
    }
    m_fingerprint = sha256Hex(m_token);
    m_checkButton->setEnabled(false);
    m_installButton->setEnabled(false);
    m_status->setText(tr("Checking the new token with %1\u2026")
                          .arg(m_verifier->checkUrl(QStringLiteral("huggingface")).toString()));
    m_verifier->check(m_fingerprint, m_token, QStringLiteral("huggingface"));
}

void InstallStep::checkFinished(const QString& fingerprint, const CheckResult& result)
{
    if (fingerprint != m_fingerprint || m_token.isEmpty()) {
        return;
    }
    m_checkButton->setEnabled(true);
    m_check = result;
    QStringList text{checkSummary(result)};
    if (result.state != CheckResult::State::Valid) {
        text << tr("This token cannot be used. Paste it again, or create another.");
        m_status->setText(text.join(QLatin1Char('\n')));
        forgetToken();
        return;
    }
    if (m_plan != nullptr) {
        const ScopeComparison comparison = compare(*m_plan, result);
        text << comparison.summary();
        if (comparison.broader()) {
            text << tr(
                "It may do more than your work needs: consider a narrower token. You can still store it.");
        }
    }
    text << capabilities(result);
    m_status->setText(text.join(QLatin1Char('\n')));
    m_installButton->setEnabled(true);
    emit logged(tr("new token checked: %1").arg(checkSummary(result)));
}

bool InstallStep::install()
{
    if (m_token.isEmpty() || !m_check || m_check->state != CheckResult::State::Valid ||
        m_journal == nullptr) {
        return false;
    }
    const TokenInstall installer(m_paths);
    TokenInstallRequest request;
    request.token = m_token;
    request.name = m_check->displayName.isEmpty() ? QStringLiteral("keyscout") : m_check->displayName;
    request.oldToken = m_oldToken;
    const TokenInstallPlan plan = installer.plan(request);
    wipe(request.token);
    QString error;
    if (!plan.ok()) {
        m_status->setText(plan.problems.join(QLatin1Char('\n')));
        return false;
    }
    if (!TokenInstall::apply(plan, *m_journal, &m_result, &error)) {
        m_status->setText(tr("Not stored: %1").arg(error));
        emit logged(tr("storing the new token failed: %1").arg(error));
        return false;
    }
    forgetToken();
    m_edit->clear();
    m_installed = true;
    m_installButton->setEnabled(false);
    m_undoButton->setEnabled(true);
    QStringList titles;
    for (const PlannedChange& c : plan.changes) {
        titles << c.title;
    }
    m_status->setText(m_status->text() + QStringLiteral("\n\n") +
                      tr("Stored. %1").arg(titles.join(QStringLiteral("; "))));
    emit logged(tr("new token \u201c%1\u201d stored: %2 (changes %3)")
                    .arg(request.name, titles.join(QStringLiteral("; ")),
                         m_result.entryIds.join(QStringLiteral(", "))));
    emit changed();
    return true;
}

bool InstallStep::undoInstall()
{
    QString error;
    if (!m_installed || !TokenInstall::undo(m_result, *m_journal, &error)) {
        if (!error.isEmpty()) {
            m_status->setText(error);
        }
        return false;
    }
    m_installed = false;
    m_undoButton->setEnabled(false);
    m_status->setText(tr("The token store is back as it was."));
    emit logged(tr("new token's installation undone"));
    emit changed();
    return true;
}

} // namespace keyscout
