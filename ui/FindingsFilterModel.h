// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Severity.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace keyscout {

// Filters and sorts the findings tree: free text across every column (case-insensitive), provider, lowest
// severity, source kind and triage status. A secret row is shown when it or one of its places matches, and
// then with all its places.
class FindingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setProvider(const QString& provider);  // empty: any
    void setMinimumSeverity(Severity severity); // Info: any
    void setSourceKind(const QString& kind);    // empty: any
    void setStatus(std::optional<int> status);  // TriageStatus as int; nullopt: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_provider;
    Severity m_minimumSeverity = Severity::Info;
    QString m_sourceKind;
    std::optional<int> m_status;
};

} // namespace keyscout
