// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/TriageStore.h"
#include "verify/CheckResult.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QComboBox;

namespace keyscout {

class CodeView;

// One secret in detail: the selected place's lines with the secret marked and masked (reveal on request),
// every other place it was found, and the triage decision.
class DetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailPanel(QWidget* parent = nullptr);

    // `place` is the selected location; `places` every location of the same secret.
    void showSecret(const Finding& place, const QList<Finding>& places, const TriageDecision& decision);
    void clear();
    // What each kind of token can do, by rule id (the rule catalogue's descriptions), shown with the secret.
    void setRuleDescriptions(const QHash<QString, QString>& descriptions)
    {
        m_ruleDescriptions = descriptions;
    }
    // The last online check of a secret, when one was made (the check cache); shown instead of the rule's
    // general description.
    using CheckLookup = std::function<std::optional<CheckResult>(const QString& fingerprint)>;
    void setCheckLookup(CheckLookup lookup) { m_checkLookup = std::move(lookup); }
    // Responder mode (a read-only scan of a mounted home or disk image): nothing is checked, revoked or
    // changed from here, and the fix button says why.
    void setResponderMode(bool on);

signals:
    void triageChanged(const QString& fingerprint, keyscout::TriageStatus status, const QString& note);
    void placeActivated(const QString& fingerprint, int placeIndex);
    // The person asked to fix this secret (the remediation wizard).
    void fixRequested(const QString& fingerprint);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setRevealed(bool revealed);
    // Word-wrapped labels at the height their text needs at their width: a box layout would squeeze them
    // below it (it sizes them by their unwrapped hint) and cut lines off; the pane scrolls instead.
    void fitLabels();

    QLabel* m_title = nullptr;
    QLabel* m_cellHeader = nullptr;
    QLabel* m_nextSteps = nullptr;
    QLabel* m_abilities = nullptr;
    QLabel* m_where = nullptr;
    CodeView* m_code = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_fix = nullptr;
    QLabel* m_placesLabel = nullptr;
    QListWidget* m_places = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_saveTriage = nullptr;
    Finding m_current;
    bool m_hasCurrent = false;
    QHash<QString, QString> m_ruleDescriptions;
    CheckLookup m_checkLookup;
    bool m_responderMode = false;
};

} // namespace keyscout
