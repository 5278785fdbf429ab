// SPDX-License-Identifier: GPL-3.0-or-later
// Steps 2 and 3 of fixing a Hugging Face token: plan the replacement's least permissions from local use, then
// install the new token where huggingface_hub reads it, checked against the plan.
#pragma once

#include "remediate/ScopePlan.h"
#include "remediate/TokenInstall.h"
#include "verify/CheckResult.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace keyscout {

class TokenVerifier;

// Reads the person's projects and the Hugging Face cache (nothing is run) and lists each permission the new
// token needs, with the reason and the files that show it; opens the creation page with what can be
// preselected, and lists what to tick by hand.
class PlanStep : public QWidget {
    Q_OBJECT
public:
    explicit PlanStep(QWidget* parent = nullptr);

    // The folders to read, the cache, and who the old token belonged to (from its check, when known).
    void setInput(const ScopePlanOptions& options);
    void start(); // reads on a worker thread; planned() follows
    [[nodiscard]] const ScopePlan& plan() const { return m_plan; }
    [[nodiscard]] bool hasPlan() const { return m_hasPlan; }

signals:
    void planned();
    void creationPageOpened(const QString& url);

private:
    void show(const ScopePlan& plan);

    ScopePlanOptions m_options;
    ScopePlan m_plan;
    bool m_hasPlan = false;
    QFutureWatcher<ScopePlan> m_watcher;
    QPushButton* m_read = nullptr;
    QTreeWidget* m_entries = nullptr;
    QLabel* m_byHand = nullptr;
    QPushButton* m_open = nullptr;
};

// The person pastes the new token; it is checked (it must be fine-grained and match the plan, broader is
// warned about), then stored as huggingface_hub stores it — the active token file and a named stored_tokens
// section, the old token's sections removed — through the journal, undoable.
class InstallStep : public QWidget {
    Q_OBJECT
public:
    InstallStep(TokenVerifier* verifier, ChangeJournal* journal, QWidget* parent = nullptr);
    ~InstallStep() override;

    void setContext(const HuggingFacePaths& paths, const QByteArray& oldToken, const ScopePlan* plan);
    [[nodiscard]] bool isInstalled() const { return m_installed; }
    [[nodiscard]] std::optional<CheckResult> newTokenCheck() const { return m_check; }

    // For tests and keyboard users alike: what the buttons do.
    void checkPasted();
    bool install();
    bool undoInstall();

signals:
    void logged(const QString& text);
    void changed();

private:
    void checkFinished(const QString& fingerprint, const CheckResult& result);
    void forgetToken();

    TokenVerifier* m_verifier;
    ChangeJournal* m_journal;
    HuggingFacePaths m_paths;
    QByteArray m_oldToken;
    const ScopePlan* m_plan = nullptr;
    QByteArray m_token; // the pasted token while it is checked and installed; wiped after
    QString m_fingerprint;
    std::optional<CheckResult> m_check;
    TokenInstallResult m_result;
    bool m_installed = false;

    QLineEdit* m_edit = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_installButton = nullptr;
    QPushButton* m_undoButton = nullptr;
};

} // namespace keyscout
