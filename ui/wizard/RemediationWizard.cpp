// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemediationWizard.h"

#include "CleanupStep.h"
#include "PathDisplay.h"
#include "PreventStep.h"
#include "ReplacementSteps.h"
#include "findings/Guidance.h"
#include "findings/PlaceDescription.h"
#include "remediate/Assessment.h"
#include "rules/RuleText.h"
#include "verify/Capabilities.h"
#include "verify/CheckStore.h"
#include "verify/TokenVerifier.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace keyscout {

namespace {

QLabel* wrapped(const QString& text = QString())
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    return label;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

QString stepName(RemediationWizard::Step step)
{
    switch (step) {
    case RemediationWizard::Step::Assess:
        return RemediationWizard::tr("Assess");
    case RemediationWizard::Step::Plan:
        return RemediationWizard::tr("Plan the replacement");
    case RemediationWizard::Step::Install:
        return RemediationWizard::tr("Install the new token");
    case RemediationWizard::Step::Revoke:
        return RemediationWizard::tr("Revoke the old token");
    case RemediationWizard::Step::Clean:
        return RemediationWizard::tr("Remove every copy");
    case RemediationWizard::Step::Prevent:
        return RemediationWizard::tr("Keep it out of git");
    case RemediationWizard::Step::Summary:
        return RemediationWizard::tr("Summary");
    }
    return {};
}

constexpr int kStepCount = 7;

} // namespace

RemediationWizard::RemediationWizard(const RemediationTarget& target, const RemediationServices& services,
                                     QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_services(services)
    , m_log(target.fingerprint, target.masked, target.ruleName)
{
    setWindowTitle(tr("Fix %1 %2").arg(ruleText(target.ruleName), target.masked));
    setObjectName(QStringLiteral("remediationWizard"));
    resize(980, 680);

    auto* layout = new QHBoxLayout(this);
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < kStepCount; ++i) {
        m_steps->addItem(stepName(static_cast<Step>(i)) + QStringLiteral("  \u2713"));
    }
    // Wide enough for the longest name with its mark, in any language.
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth() + 16);
    layout->addWidget(m_steps);

    auto* right = new QVBoxLayout;
    m_pages = new QStackedWidget;
    m_pages->addWidget(makeAssessPage());
    m_plan = new PlanStep;
    m_plan->setObjectName(QStringLiteral("planStep"));
    m_pages->addWidget(m_plan);
    m_install = new InstallStep(services.verifier, services.journal);
    m_install->setObjectName(QStringLiteral("installStep"));
    m_pages->addWidget(m_install);
    m_pages->addWidget(makeRevokePage());
    m_cleanup = new CleanupStep(services.journal, services.matcher);
    m_cleanup->setObjectName(QStringLiteral("cleanupStep"));
    m_pages->addWidget(m_cleanup);
    m_prevent = new PreventStep(services.keyscoutProgram.isEmpty() ? QCoreApplication::applicationFilePath()
                                                                   : services.keyscoutProgram);
    m_prevent->setObjectName(QStringLiteral("preventStep"));
    m_pages->addWidget(m_prevent);
    m_pages->addWidget(makeSummaryPage());
    right->addWidget(m_pages, 1);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    right->addLayout(buttons);
    layout->addLayout(right, 1);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_pages->setCurrentIndex(row);
            m_back->setEnabled(neighbour(row, -1) >= 0);
            m_next->setEnabled(neighbour(row, 1) >= 0);
            stepShown(static_cast<Step>(row));
        }
    });
    connect(m_back, &QPushButton::clicked, this,
            [this] { m_steps->setCurrentRow(neighbour(m_steps->currentRow(), -1)); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentStep() == Step::Assess && stepState(Step::Assess) != StepState::Done) {
            setStepState(Step::Assess, StepState::Done); // read: the verdict stands without a check
            m_log.add(tr("Assess"), m_verdict->text());
        }
        m_steps->setCurrentRow(neighbour(m_steps->currentRow(), 1));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    if (services.verifier != nullptr) {
        connect(services.verifier, &TokenVerifier::finished, this, &RemediationWizard::checkFinished);
        connect(services.verifier, &TokenVerifier::revokeFinished, this, &RemediationWizard::revokeFinished);
    }
    connect(m_cleanup, &CleanupStep::logged, this,
            [this](const QString& text) { m_log.add(tr("Clean"), text); });
    connect(m_prevent, &PreventStep::logged, this,
            [this](const QString& text) { m_log.add(tr("Prevent"), text); });
    connect(m_prevent, &PreventStep::changed, this, [this] {
        setStepState(Step::Prevent, m_prevent->anyInstalled() ? StepState::Done : StepState::ToDo);
    });
    connect(m_plan, &PlanStep::planned, this, [this] {
        setStepState(Step::Plan, StepState::Done);
        QStringList permissions;
        for (const ScopeEntry& e : m_plan->plan().entries) {
            permissions << e.describe();
        }
        m_log.add(tr("Plan"), permissions.isEmpty()
                                  ? tr("no permission needed by local use")
                                  : tr("least permissions: %1").arg(permissions.join(QStringLiteral("; "))));
    });
    connect(m_plan, &PlanStep::creationPageOpened, this,
            [this](const QString& url) { m_log.add(tr("Plan"), tr("opened %1").arg(url)); });
    connect(m_install, &InstallStep::logged, this,
            [this](const QString& text) { m_log.add(tr("Install"), text); });
    connect(m_install, &InstallStep::changed, this, [this] {
        setStepState(Step::Install, m_install->isInstalled() ? StepState::Done : StepState::ToDo);
    });
    connect(m_cleanup, &CleanupStep::changed, this, [this] {
        setStepState(Step::Clean, m_cleanup->isComplete() ? StepState::Done : StepState::Attention);
    });

    if (services.checks != nullptr) {
        m_check = services.checks->lookup(target.fingerprint);
    }
    m_cleanup->setTarget(target.secret, target.masked, target.places, target.others);
    // The repositories the token was found in: their next commits are the ones to guard.
    QStringList repositories;
    for (const Finding& f : target.places) {
        const QString folder = f.place.kind == SourceKind::Git ? f.place.git.repository : f.worktree.root;
        if (!folder.isEmpty() && !repositories.contains(folder)) {
            repositories << folder;
        }
    }
    m_prevent->setRepositories(repositories);
    for (int i = 0; i < kStepCount; ++i) {
        setStepState(static_cast<Step>(i), StepState::ToDo);
    }
    // Planning and installing a replacement are Hugging Face's; other providers' tokens are reissued on their
    // own settings page (the revoke step links it).
    for (const Step step : {Step::Plan, Step::Install}) {
        m_steps->item(static_cast<int>(step))->setHidden(!isHuggingFace());
    }
    updateAssessment();
    m_steps->setCurrentRow(0);
}

int RemediationWizard::neighbour(int row, int direction) const
{
    for (int r = row + direction; r >= 0 && r < kStepCount; r += direction) {
        if (!m_steps->item(r)->isHidden()) {
            return r;
        }
    }
    return -1;
}

void RemediationWizard::stepShown(Step step)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const HuggingFacePaths paths = HuggingFacePaths::resolve(environment, QDir::homePath());
    if (step == Step::Plan && !m_plan->hasPlan()) {
        ScopePlanOptions options;
        options.folders = m_target.projectFolders;
        options.hubCache = hubCacheFolder(environment, paths);
        if (m_check && m_check->state == CheckResult::State::Valid) {
            options.owner = m_check->ownerName;
            for (const CheckResult::Organisation& o : m_check->orgs) {
                options.orgs << o.name;
            }
        }
        if (m_services.verifier != nullptr) {
            options.endpoint = m_services.verifier->endpoint(QStringLiteral("huggingface")).toString();
        }
        m_plan->setInput(options);
    } else if (step == Step::Install) {
        m_install->setContext(paths, m_target.secret, m_plan->hasPlan() ? &m_plan->plan() : nullptr);
    } else if (step == Step::Summary) {
        updateSummary();
    }
}

RemediationWizard::~RemediationWizard() = default;

bool RemediationWizard::isHuggingFace() const
{
    return m_target.provider == QLatin1String("huggingface");
}

QWidget* RemediationWizard::makeAssessPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("assessPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Where the token is and how exposed")));
    m_verdict = wrapped();
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_places = new QListWidget;
    m_places->setObjectName(QStringLiteral("assessPlaces"));
    m_places->setAccessibleName(tr("Every place the token was found"));
    for (const Finding& f : std::as_const(m_target.places)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 \u2014 %2").arg(describePlace(f), exposureName(exposureOf(f))));
        item->setToolTip(PathDisplay::shownIn(exposureExplanation(f)));
        m_places->addItem(item);
    }
    layout->addWidget(m_places, 1);

    layout->addWidget(heading(tr("What it can do")));
    m_checkConsent = wrapped();
    m_checkConsent->setObjectName(QStringLiteral("checkConsent"));
    layout->addWidget(m_checkConsent);
    m_checkButton = new QPushButton(tr("Check the token"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_checkButton);
    row->addStretch(1);
    layout->addLayout(row);
    m_checkResult = wrapped();
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setTextFormat(Qt::RichText);
    layout->addWidget(m_checkResult);
    layout->addStretch(0);

    const QUrl url =
        m_services.verifier != nullptr ? m_services.verifier->checkUrl(m_target.provider) : QUrl();
    if (url.isEmpty()) {
        m_checkConsent->setText(tr("Keyscout has no read-only check for %1 tokens: what it can do depends on "
                                   "how it was created; see the provider's settings.")
                                    .arg(m_target.providerName));
        m_checkButton->setVisible(false);
    } else {
        m_checkConsent->setText(
            tr("Checking sends this token, in a request header and nowhere else, to %1. "
               "%2 answers who it belongs to and what it may do; the check changes nothing. "
               "Nothing is sent unless you press the button.")
                .arg(url.toString(), m_target.providerName));
    }
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startCheck(false); });
    return page;
}

QWidget* RemediationWizard::makeRevokePage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("revokePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Revoke the old token")));
    const QString settings = revokeLocation(m_target.provider);
    layout->addWidget(wrapped(
        tr("Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. "
           "Create its replacement first if something depends on it, then revoke.")));
    m_revokeConsent = new QCheckBox;
    m_revokeConsent->setObjectName(QStringLiteral("revokeConsent"));
    m_revokeButton = new QPushButton(tr("Revoke it now"));
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setEnabled(false);
    const QUrl revokeUrl = m_services.verifier != nullptr ? m_services.verifier->revokeUrl() : QUrl();
    if (isHuggingFace() && !revokeUrl.isEmpty()) {
        m_revokeConsent->setText(
            tr("Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails "
               "its owner.")
                .arg(revokeUrl.toString()));
        auto* row = new QHBoxLayout;
        row->addWidget(m_revokeConsent, 1);
        row->addWidget(m_revokeButton);
        layout->addLayout(row);
    } else {
        m_revokeConsent->setVisible(false);
        m_revokeButton->setVisible(false);
    }
    auto* settingsButton = new QPushButton(tr("Open the token settings"));
    settingsButton->setObjectName(QStringLiteral("openSettingsButton"));
    settingsButton->setEnabled(settings.startsWith(QLatin1String("https://")));
    settingsButton->setToolTip(settings);
    m_recheckButton = new QPushButton(tr("Check that it stopped working"));
    m_recheckButton->setObjectName(QStringLiteral("recheckButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(settingsButton);
    row->addWidget(m_recheckButton);
    row->addStretch(1);
    layout->addWidget(wrapped(settings.isEmpty() ? tr("Revoke it where it was created.")
                                                 : tr("Or revoke it yourself: %1").arg(settings)));
    layout->addLayout(row);
    m_revokeStatus = wrapped();
    m_revokeStatus->setObjectName(QStringLiteral("revokeStatus"));
    layout->addWidget(m_revokeStatus);
    layout->addStretch(1);

    const bool canCheck = m_services.verifier != nullptr && TokenVerifier::canCheck(m_target.provider);
    m_recheckButton->setVisible(canCheck);
    if (!canCheck) {
        auto* confirm = new QPushButton(tr("I revoked it"));
        confirm->setObjectName(QStringLiteral("confirmRevokedButton"));
        row->insertWidget(1, confirm);
        connect(confirm, &QPushButton::clicked, this, [this] {
            setStepState(Step::Revoke, StepState::Done);
            m_revokeStatus->setText(
                tr("Marked revoked by you (Keyscout cannot check %1 tokens).").arg(m_target.providerName));
            m_log.add(tr("Revoke"), tr("marked revoked by the person (no check exists for this provider)"));
        });
    }
    connect(m_revokeConsent, &QCheckBox::toggled, m_revokeButton, &QPushButton::setEnabled);
    connect(m_revokeButton, &QPushButton::clicked, this, [this] {
        m_revokeButton->setEnabled(false);
        m_revokeStatus->setText(tr("Sending the revocation\u2026"));
        m_log.add(tr("Revoke"),
                  tr("revocation sent to %1 with consent").arg(m_services.verifier->revokeUrl().toString()));
        m_services.verifier->revokeHuggingFace({m_target.secret});
    });
    connect(settingsButton, &QPushButton::clicked, this,
            [settings] { QDesktopServices::openUrl(QUrl(settings.section(QLatin1Char(' '), 0, 0))); });
    connect(m_recheckButton, &QPushButton::clicked, this, [this] { startCheck(true); });
    return page;
}

QWidget* RemediationWizard::makeSummaryPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("summaryPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("What was done, and what remains")));
    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Remediation log"));
    layout->addWidget(m_summary, 1);
    auto* save = new QPushButton(tr("Save the log\u2026"));
    save->setObjectName(QStringLiteral("saveLogButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(save);
    row->addStretch(1);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the remediation log"),
                                                          m_log.defaultPath(), tr("Markdown (*.md)"));
        QString error;
        if (!path.isEmpty() && !m_log.save(path, &error)) {
            m_summary->appendPlainText(QStringLiteral("\n") + error);
        }
    });
    return page;
}

void RemediationWizard::showStep(Step step)
{
    m_steps->setCurrentRow(static_cast<int>(step));
}

RemediationWizard::Step RemediationWizard::currentStep() const
{
    return static_cast<Step>(m_steps->currentRow());
}

RemediationWizard::StepState RemediationWizard::stepState(Step step) const
{
    return static_cast<StepState>(m_steps->item(static_cast<int>(step))->data(Qt::UserRole).toInt());
}

void RemediationWizard::setStepState(Step step, StepState state)
{
    QListWidgetItem* item = m_steps->item(static_cast<int>(step));
    item->setData(Qt::UserRole, static_cast<int>(state));
    const QString name = stepName(step);
    switch (state) {
    case StepState::ToDo:
        item->setText(name);
        break;
    case StepState::Done:
        item->setText(name + QStringLiteral("  \u2713"));
        break;
    case StepState::Attention:
        item->setText(name + QStringLiteral("  !"));
        break;
    }
    item->setData(Qt::AccessibleTextRole, state == StepState::Done ? tr("%1, done").arg(name)
                                          : state == StepState::Attention
                                              ? tr("%1, needs attention").arg(name)
                                              : name);
}

void RemediationWizard::startCheck(bool confirmingRevocation)
{
    if (m_services.verifier == nullptr || m_checking) {
        return;
    }
    m_checking = true;
    m_confirmingRevocation = confirmingRevocation;
    m_checkButton->setEnabled(false);
    m_recheckButton->setEnabled(false);
    (confirmingRevocation ? m_revokeStatus : m_checkResult)->setText(tr("Checking\u2026"));
    m_log.add(confirmingRevocation ? tr("Revoke") : tr("Assess"),
              tr("checked with %1 (consent given)")
                  .arg(m_services.verifier->checkUrl(m_target.provider).toString()));
    m_services.verifier->check(m_target.fingerprint, m_target.secret, m_target.provider);
}

void RemediationWizard::checkFinished(const QString& fingerprint, const CheckResult& result)
{
    if (fingerprint != m_target.fingerprint) {
        return;
    }
    m_checking = false;
    m_checkButton->setEnabled(true);
    m_recheckButton->setEnabled(true);
    m_check = result;
    if (m_services.checks != nullptr) {
        m_services.checks->store(fingerprint, result);
    }
    const QString summary = checkSummary(result);
    if (m_confirmingRevocation) {
        if (result.state == CheckResult::State::Invalid) {
            setStepState(Step::Revoke, StepState::Done);
            m_revokeStatus->setText(tr("Confirmed: the old token is refused now (%1).").arg(summary));
            m_log.add(tr("Revoke"), tr("confirmed: the token is refused (%1)").arg(summary));
        } else {
            setStepState(Step::Revoke, StepState::Attention);
            m_revokeStatus->setText(
                result.state == CheckResult::State::Valid
                    ? tr("It still works (%1). Revoke it on the settings page, then check again.")
                          .arg(summary)
                    : tr("Could not confirm: %1. Check again later.").arg(summary));
            m_log.add(tr("Revoke"), tr("not confirmed yet: %1").arg(summary));
        }
    } else {
        m_log.add(tr("Assess"), summary);
        if (stepState(Step::Assess) != StepState::Done) {
            setStepState(Step::Assess, StepState::Done);
        }
    }
    updateAssessment();
}

void RemediationWizard::revokeFinished(int httpStatus, const QString& message)
{
    if (httpStatus == 0) {
        m_revokeStatus->setText(tr("The revocation could not be sent: %1").arg(message));
        m_revokeButton->setEnabled(m_revokeConsent->isChecked());
        m_log.add(tr("Revoke"), tr("revocation failed: %1").arg(message));
        setStepState(Step::Revoke, StepState::Attention);
        return;
    }
    m_log.add(tr("Revoke"), tr("revocation answered HTTP %1; confirming").arg(httpStatus));
    // The endpoint answers 202 whatever the token: only a refused check proves it.
    startCheck(true);
}

void RemediationWizard::updateAssessment()
{
    const Assessment assessment = assess(m_target.places, m_check);
    m_verdict->setText(assessment.verdict);
    if (!m_check) {
        return;
    }
    QString html = QStringLiteral("<p>%1").arg(checkSummary(*m_check).toHtmlEscaped());
    if (m_check->checkedAt.isValid()) {
        html +=
            QStringLiteral(" <i>(%1)</i>")
                .arg(tr("checked %1")
                         .arg(m_check->checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                         .toHtmlEscaped());
    }
    html += QStringLiteral("</p>");
    const QStringList abilities = capabilities(*m_check);
    if (!abilities.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString& a : abilities) {
            html += QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (assessment.published && assessment.couldWrite && isHuggingFace()) {
        // Where an attacker could have pushed: the owner's and the organisations' repositories.
        QStringList owners{m_check->ownerName};
        for (const CheckResult::Organisation& o : m_check->orgs) {
            if (o.roleInOrg != QLatin1String("read")) {
                owners << o.name;
            }
        }
        html +=
            QStringLiteral("<p>%1</p><ul>")
                .arg(
                    tr("It was published and could write. Look through the recent commits of these "
                       "accounts' repositories for changes you did not make, and through each organisation's "
                       "audit log (Enterprise plans) since the first exposure:")
                        .toHtmlEscaped());
        for (const QString& owner : owners) {
            html += QStringLiteral("<li><a href=\"https://huggingface.co/%1\">huggingface.co/%1</a></li>")
                        .arg(owner.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        if (const Finding* first = firstExposure(m_target.places)) {
            const QString when = QDateTime::fromSecsSinceEpoch(exposureTime(*first))
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("First exposure: %1, %2.").arg(when, describePlace(*first)).toHtmlEscaped());
        }
        const QStringList pushedTo = hubRepositoriesOf(m_target.places);
        if (!pushedTo.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>")
                        .arg(tr("Start with the repositories these places push to:").toHtmlEscaped());
            for (const QString& repository : pushedTo) {
                html += QStringLiteral("<li><a href=\"https://huggingface.co/%1/commits/main\">%1</a> "
                                       "(%2)</li>")
                            .arg(repository.toHtmlEscaped(), tr("commit history").toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_checkResult->setText(html);
}

void RemediationWizard::updateSummary()
{
    QStringList remaining;
    if (stepState(Step::Revoke) != StepState::Done &&
        !(m_check && m_check->state == CheckResult::State::Invalid)) {
        remaining << tr("Revoke the old token and confirm it is refused.");
    }
    remaining += m_cleanup->remaining();
    m_log.setRemaining(remaining);
    m_summary->setPlainText(m_log.toMarkdown());
    setStepState(Step::Summary, remaining.isEmpty() ? StepState::Done : StepState::Attention);
}

void RemediationWizard::done(int result)
{
    updateSummary();
    QString error;
    const QString path = m_log.defaultPath();
    if (!m_log.events().isEmpty() && m_log.save(path, &error)) {
        m_savedLog = path;
    }
    QDialog::done(result);
}

} // namespace keyscout
