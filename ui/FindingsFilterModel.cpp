// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsFilterModel.h"

#include "FindingsModel.h"

namespace keyscout {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // a secret stays when one of its places matches
    setAutoAcceptChildRows(true);       // and a matching secret shows all its places
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setText(const QString& text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        invalidateRowsFilter();
    }
}

void FindingsFilterModel::setProvider(const QString& provider)
{
    if (provider != m_provider) {
        m_provider = provider;
        invalidateRowsFilter();
    }
}

void FindingsFilterModel::setMinimumSeverity(Severity severity)
{
    if (severity != m_minimumSeverity) {
        m_minimumSeverity = severity;
        invalidateRowsFilter();
    }
}

void FindingsFilterModel::setSourceKind(const QString& kind)
{
    if (kind != m_sourceKind) {
        m_sourceKind = kind;
        invalidateRowsFilter();
    }
}

void FindingsFilterModel::setStatus(std::optional<int> status)
{
    if (status != m_status) {
        m_status = status;
        invalidateRowsFilter();
    }
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // Facts of the secret: its place rows answer with the secret's values, so checking them on a place row
    // cannot hide a place of a shown secret.
    if (!m_provider.isEmpty() && row.data(FindingsModel::ProviderRole).toString() != m_provider) {
        return false;
    }
    if (row.data(FindingsModel::SeverityRole).toInt() < static_cast<int>(m_minimumSeverity)) {
        return false;
    }
    if (!m_sourceKind.isEmpty() && row.data(FindingsModel::SourceKindRole).toString() != m_sourceKind) {
        return false;
    }
    if (m_status && row.data(FindingsModel::StatusRole).toInt() != *m_status) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const int columns = sourceModel()->columnCount(sourceParent);
    for (int c = 0; c < columns; ++c) {
        const QModelIndex cell = sourceModel()->index(sourceRow, c, sourceParent);
        if (cell.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
            cell.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace keyscout
