// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "remediate/RemediationLog.h"
#include "verify/CheckResult.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace keyscout {

class ChangeJournal;
class CheckStore;
class CleanupStep;
class InstallStep;
class PlanStep;
class PreventStep;
class Matcher;
class TokenVerifier;

// What the wizard works with; owned by the caller and alive while the wizard is open.
struct RemediationServices {
    TokenVerifier* verifier = nullptr;
    CheckStore* checks = nullptr; // may be null: results are then not remembered
    ChangeJournal* journal = nullptr;
    const Matcher* matcher = nullptr; // scans a cleaned file again
    QString keyscoutProgram;          // what git guards run; empty: this program
};

// The token being fixed: every place it was found, and the other findings in those files (masked too).
struct RemediationTarget {
    QString fingerprint;
    QByteArray secret;
    QString masked;
    QString provider;
    QString providerName;
    QString ruleName;
    QList<Finding> places;
    QList<Finding> others;
    QStringList
        projectFolders; // where the person's code is (the scan's folders): read to plan the replacement
};

// Guides one leaked token from "found" to "dead, replaced and gone": assess (where, how exposed, what it can
// do — checked online only with consent), revoke (and confirm it stopped working), clean every copy, and a
// summary saved as a log without the secret. The steps are listed on the left with their state; any step
// can be opened, and a step is marked done only when what it asks for is confirmed.
class RemediationWizard : public QDialog {
    Q_OBJECT
public:
    enum class Step { Assess, Plan, Install, Revoke, Clean, Prevent, Summary };
    enum class StepState { ToDo, Done, Attention };

    RemediationWizard(const RemediationTarget& target, const RemediationServices& services,
                      QWidget* parent = nullptr);
    ~RemediationWizard() override;

    void showStep(Step step);
    [[nodiscard]] Step currentStep() const;
    [[nodiscard]] StepState stepState(Step step) const;
    [[nodiscard]] const RemediationLog& log() const { return m_log; }
    [[nodiscard]] std::optional<CheckResult> checkResult() const { return m_check; }
    [[nodiscard]] CleanupStep* cleanupStep() const { return m_cleanup; }
    [[nodiscard]] PlanStep* planStep() const { return m_plan; }
    [[nodiscard]] InstallStep* installStep() const { return m_install; }
    [[nodiscard]] PreventStep* preventStep() const { return m_prevent; }
    // Where the log was saved when the wizard closed (empty before).
    [[nodiscard]] QString savedLogPath() const { return m_savedLog; }

    void done(int result) override;

private:
    QWidget* makeAssessPage();
    QWidget* makeRevokePage();
    QWidget* makeSummaryPage();
    void setStepState(Step step, StepState state);
    void startCheck(bool confirmingRevocation);
    void checkFinished(const QString& fingerprint, const CheckResult& result);
    void revokeFinished(int httpStatus, const QString& message);
    void updateAssessment();
    void updateSummary();
    void stepShown(Step step);
    [[nodiscard]] int neighbour(int row, int direction) const; // the next step shown, or -1
    [[nodiscard]] bool isHuggingFace() const;

    RemediationTarget m_target;
    RemediationServices m_services;
    RemediationLog m_log;
    std::optional<CheckResult> m_check;
    bool m_confirmingRevocation = false;
    bool m_checking = false;
    QString m_savedLog;

    QListWidget* m_steps = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;

    QLabel* m_verdict = nullptr;
    QListWidget* m_places = nullptr;
    QLabel* m_checkConsent = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_checkResult = nullptr;

    QCheckBox* m_revokeConsent = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_recheckButton = nullptr;
    QLabel* m_revokeStatus = nullptr;

    CleanupStep* m_cleanup = nullptr;
    PlanStep* m_plan = nullptr;
    InstallStep* m_install = nullptr;
    PreventStep* m_prevent = nullptr;
    QPlainTextEdit* m_summary = nullptr;
};

} // namespace keyscout
