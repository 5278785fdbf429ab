// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/TriageStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QIcon>
#include <array>
#include <vector>

namespace keyscout {

// The findings as a two-level tree: one row per secret, its places as child rows. Filled in batches while a
// scan runs (one beginInsertRows per batch and parent), so views stay responsive with thousands of rows.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        SecretColumn,
        ProviderColumn,
        SeverityColumn,
        WhereColumn,
        ExposureColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers: severity rank, place count
        SeverityRole,                // int (Severity)
        ProviderRole,                // provider id ("huggingface")
        StatusRole,                  // int (TriageStatus) of the secret
        FingerprintRole,             // secret_sha256
        SourceKindRole,              // place rows: sourceKindId() ("file", "notebook", …); secret rows: empty
        IsSecretRole,                // true on secret rows, false on place rows
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void clear();
    void addFindings(const QList<Finding>& batch);
    // Triage decisions by fingerprint, applied to present and future rows.
    void setDecisions(const QHash<QString, TriageDecision>& decisions);
    void setDecision(const QString& fingerprint, const TriageDecision& decision);

    [[nodiscard]] int secretCount() const { return static_cast<int>(m_secrets.size()); }
    [[nodiscard]] int placeCount() const { return m_placeCount; }
    // The finding of a place row, or the first place of a secret row; nullptr for an invalid index.
    [[nodiscard]] const Finding* finding(const QModelIndex& index) const;
    [[nodiscard]] QList<Finding> places(const QModelIndex& secretIndex) const;
    // Every finding, of any secret, in one of `paths`.
    [[nodiscard]] QList<Finding> findingsIn(const QSet<QString>& paths) const;
    [[nodiscard]] QModelIndex indexForFingerprint(const QString& fingerprint) const;
    // The triage decision of the secret a row belongs to.
    [[nodiscard]] TriageDecision decision(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(TriageStatus status);
    static QString severityText(Severity severity);

private:
    struct SecretRow {
        QString fingerprint;
        QString masked;
        QString providerName;
        QString provider;
        QString ruleName;
        Severity severity = Severity::Info;
        Confidence confidence = Confidence::Low;
        int exposure = 0;
        TriageDecision decision;
        QList<Finding> places;
    };
    static constexpr quintptr kTopLevel = 0; // internalId of secret rows; place rows store secret row + 1

    QVariant secretData(const SecretRow& secret, int column, int role) const;
    QVariant placeData(const SecretRow& secret, const Finding& place, int column, int role) const;

    std::vector<SecretRow> m_secrets;
    QHash<QString, int> m_rowOf;
    QHash<QString, TriageDecision> m_decisions;
    int m_placeCount = 0;
    // Made once: a QIcon made from the SVG file per data() call has a new icon engine each time, so its pixmap
    // cache never hits and every paint of a row parses and renders the SVG again.
    std::array<QIcon, 5> m_severityIcons;
};

} // namespace keyscout
