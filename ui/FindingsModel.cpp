// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsModel.h"

#include "PathDisplay.h"
#include "findings/PlaceDescription.h"
#include "rules/RuleText.h"

#include <QFileInfo>
#include <QIcon>
#include <QMap>

namespace keyscout {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        // The same picture when selected: the colour is the information, a tinted dot says nothing.
        QIcon icon;
        const QString file = QStringLiteral(":/icons/severity-%1.svg").arg(severityName(s));
        icon.addFile(file, QSize(), QIcon::Normal);
        icon.addFile(file, QSize(), QIcon::Selected);
        icon.addFile(file, QSize(), QIcon::Active);
        m_severityIcons[static_cast<size_t>(s)] = icon;
    }
}

void FindingsModel::clear()
{
    beginResetModel();
    m_secrets.clear();
    m_rowOf.clear();
    m_placeCount = 0;
    endResetModel();
}

void FindingsModel::addFindings(const QList<Finding>& batch)
{
    // Group the batch: new secrets are appended in one insertion; places of known secrets in one insertion
    // per secret.
    QList<Finding> newSecretPlaces;
    QMap<int, QList<Finding>> morePlaces;
    QHash<QString, int> newRows;
    int nextRow = static_cast<int>(m_secrets.size());
    for (const Finding& f : batch) {
        const auto known = m_rowOf.constFind(f.secretSha256);
        if (known != m_rowOf.cend()) {
            morePlaces[*known].append(f);
        } else {
            if (!newRows.contains(f.secretSha256)) {
                newRows.insert(f.secretSha256, nextRow++);
            }
            newSecretPlaces.append(f);
        }
    }
    for (auto it = morePlaces.cbegin(); it != morePlaces.cend(); ++it) {
        SecretRow& s = m_secrets[static_cast<size_t>(it.key())];
        const QModelIndex parentIndex = createIndex(it.key(), 0, kTopLevel);
        const auto first = static_cast<int>(s.places.size());
        beginInsertRows(parentIndex, first, first + static_cast<int>(it.value().size()) - 1);
        for (const Finding& f : it.value()) {
            s.places.append(f);
            if (f.confidence > s.confidence) {
                s.confidence = f.confidence;
                s.providerName = f.providerName;
                s.provider = f.provider;
                s.ruleName = f.ruleName;
                s.masked = f.masked;
            }
            s.severity = std::max(s.severity, f.severity);
            s.exposure = std::max(s.exposure, static_cast<int>(exposureOf(f)));
        }
        m_placeCount += static_cast<int>(it.value().size());
        endInsertRows();
        emit dataChanged(index(it.key(), 0), index(it.key(), ColumnCount - 1));
    }
    if (newSecretPlaces.isEmpty()) {
        return;
    }
    const auto first = static_cast<int>(m_secrets.size());
    beginInsertRows({}, first, nextRow - 1);
    m_secrets.resize(static_cast<size_t>(nextRow));
    for (const Finding& f : newSecretPlaces) {
        const int row = newRows.value(f.secretSha256);
        SecretRow& s = m_secrets[static_cast<size_t>(row)];
        if (s.places.isEmpty()) {
            s.fingerprint = f.secretSha256;
            s.masked = f.masked;
            s.provider = f.provider;
            s.providerName = f.providerName;
            s.ruleName = f.ruleName;
            s.severity = f.severity;
            s.confidence = f.confidence;
            s.decision = m_decisions.value(f.secretSha256);
            m_rowOf.insert(f.secretSha256, row);
        } else if (f.confidence > s.confidence) {
            s.confidence = f.confidence;
            s.masked = f.masked;
            s.provider = f.provider;
            s.providerName = f.providerName;
            s.ruleName = f.ruleName;
        }
        s.severity = std::max(s.severity, f.severity);
        s.exposure = std::max(s.exposure, static_cast<int>(exposureOf(f)));
        s.places.append(f);
        ++m_placeCount;
    }
    endInsertRows();
}

void FindingsModel::setDecisions(const QHash<QString, TriageDecision>& decisions)
{
    m_decisions = decisions;
    for (size_t row = 0; row < m_secrets.size(); ++row) {
        m_secrets[row].decision = m_decisions.value(m_secrets[row].fingerprint);
    }
    if (!m_secrets.empty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_secrets.size()) - 1, ColumnCount - 1));
    }
}

void FindingsModel::setDecision(const QString& fingerprint, const TriageDecision& decision)
{
    if (decision.status == TriageStatus::New) {
        m_decisions.remove(fingerprint);
    } else {
        m_decisions.insert(fingerprint, decision);
    }
    const auto it = m_rowOf.constFind(fingerprint);
    if (it != m_rowOf.cend()) {
        m_secrets[static_cast<size_t>(*it)].decision = decision;
        emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
}

const Finding* FindingsModel::finding(const QModelIndex& idx) const
{
    if (!idx.isValid() || idx.model() != this) {
        return nullptr;
    }
    if (idx.internalId() == kTopLevel) {
        return &m_secrets[static_cast<size_t>(idx.row())].places.first();
    }
    const SecretRow& s = m_secrets[static_cast<size_t>(idx.internalId() - 1)];
    return &s.places.at(idx.row());
}

QList<Finding> FindingsModel::places(const QModelIndex& idx) const
{
    if (!idx.isValid() || idx.model() != this) {
        return {};
    }
    const size_t row = idx.internalId() == kTopLevel ? static_cast<size_t>(idx.row()) : idx.internalId() - 1;
    return m_secrets[row].places;
}

QList<Finding> FindingsModel::findingsIn(const QSet<QString>& paths) const
{
    QList<Finding> out;
    for (const SecretRow& secret : m_secrets) {
        for (const Finding& f : secret.places) {
            if (paths.contains(f.path)) {
                out << f;
            }
        }
    }
    return out;
}

TriageDecision FindingsModel::decision(const QModelIndex& idx) const
{
    if (!idx.isValid() || idx.model() != this) {
        return {};
    }
    const size_t row = idx.internalId() == kTopLevel ? static_cast<size_t>(idx.row()) : idx.internalId() - 1;
    return m_secrets[row].decision;
}

QModelIndex FindingsModel::indexForFingerprint(const QString& fingerprint) const
{
    const auto it = m_rowOf.constFind(fingerprint);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, 0);
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(m_secrets.size()) ? createIndex(row, column, kTopLevel) : QModelIndex();
    }
    if (parent.internalId() != kTopLevel || parent.row() >= static_cast<int>(m_secrets.size())) {
        return {}; // places have no children
    }
    const SecretRow& s = m_secrets[static_cast<size_t>(parent.row())];
    return row < s.places.size() ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1)
                                 : QModelIndex();
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_secrets.size());
    }
    if (parent.internalId() != kTopLevel || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_secrets[static_cast<size_t>(parent.row())].places.size());
}

int FindingsModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QString FindingsModel::statusText(TriageStatus status)
{
    switch (status) {
    case TriageStatus::ToFix:
        return tr("To fix");
    case TriageStatus::AcceptedRisk:
        return tr("Accepted risk");
    case TriageStatus::FalsePositive:
        return tr("False positive");
    case TriageStatus::New:
        break;
    }
    return tr("New");
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        return tr("Low");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QVariant FindingsModel::secretData(const SecretRow& s, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SecretColumn:
            return s.masked;
        case ProviderColumn:
            return s.providerName;
        case SeverityColumn:
            return severityText(s.severity);
        case WhereColumn:
            return tr("%n place(s)", nullptr, static_cast<int>(s.places.size()));
        case ExposureColumn:
            return exposureName(static_cast<Exposure>(s.exposure));
        case StatusColumn:
            return statusText(s.decision.status);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn) {
            return m_severityIcons[static_cast<size_t>(s.severity)];
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SecretColumn) {
            return tr("%1 — SHA-256 %2").arg(ruleText(s.ruleName), s.fingerprint);
        }
        if (column == StatusColumn && !s.decision.note.isEmpty()) {
            return s.decision.note;
        }
        return {};
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return static_cast<int>(s.severity);
        case WhereColumn:
            return static_cast<int>(s.places.size());
        case ExposureColumn:
            return s.exposure;
        case StatusColumn:
            return static_cast<int>(s.decision.status);
        default:
            return secretData(s, column, Qt::DisplayRole);
        }
    case SeverityRole:
        return static_cast<int>(s.severity);
    case ProviderRole:
        return s.provider;
    case StatusRole:
        return static_cast<int>(s.decision.status);
    case FingerprintRole:
        return s.fingerprint;
    case SourceKindRole:
        // None of its own: with a kind filter set, a secret is shown for its places of that kind.
        return QString();
    case IsSecretRole:
        return true;
    case Qt::AccessibleTextRole:
        if (column == SecretColumn) {
            return tr("%1 secret %2, %3").arg(severityText(s.severity), s.masked, s.providerName);
        }
        return secretData(s, column, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant FindingsModel::placeData(const SecretRow& s, const Finding& f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SecretColumn:
            return ruleText(f.ruleName);
        case WhereColumn:
            return describePlace(f);
        case ExposureColumn:
            return exposureName(exposureOf(f));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == WhereColumn) {
            return QStringLiteral("%1:%2").arg(PathDisplay::shown(f.path)).arg(f.line);
        }
        return column == ExposureColumn ? QVariant(PathDisplay::shownIn(exposureExplanation(f))) : QVariant();
    case SortRole:
        switch (column) {
        case ExposureColumn:
            return static_cast<int>(exposureOf(f));
        case WhereColumn:
            return QStringLiteral("%1:%2").arg(f.path).arg(f.line, 10, 10, QLatin1Char('0'));
        default:
            return placeData(s, f, column, Qt::DisplayRole);
        }
    // Filters look at the secret's facts from its places too, so a place row stays with its secret.
    case SeverityRole:
        return static_cast<int>(s.severity);
    case ProviderRole:
        return s.provider;
    case StatusRole:
        return static_cast<int>(s.decision.status);
    case FingerprintRole:
        return s.fingerprint;
    case SourceKindRole:
        return sourceKindId(f.place.kind);
    case IsSecretRole:
        return false;
    case Qt::AccessibleTextRole:
        return placeData(s, f, column, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex& idx, int role) const
{
    if (!idx.isValid()) {
        return {};
    }
    if (idx.internalId() == kTopLevel) {
        return secretData(m_secrets[static_cast<size_t>(idx.row())], idx.column(), role);
    }
    const SecretRow& s = m_secrets[static_cast<size_t>(idx.internalId() - 1)];
    return placeData(s, s.places.at(idx.row()), idx.column(), role);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SecretColumn:
        return tr("Secret");
    case ProviderColumn:
        return tr("Provider");
    case SeverityColumn:
        return tr("Severity");
    case WhereColumn:
        return tr("Where");
    case ExposureColumn:
        return tr("Exposure");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace keyscout
