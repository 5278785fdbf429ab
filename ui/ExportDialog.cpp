// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QMessageBox>

namespace keyscout {

namespace {

QString filterOf(ReportFormat format)
{
    const QString suffix = QStringLiteral(" (*.") + reportFormatSuffix(format) + QLatin1Char(')');
    switch (format) {
    case ReportFormat::Html:
        return ExportDialog::tr("HTML report for people") + suffix;
    case ReportFormat::Json:
        return ExportDialog::tr("JSON report") + suffix;
    case ReportFormat::Sarif:
        return ExportDialog::tr("SARIF for code scanning") + suffix;
    case ReportFormat::Csv:
        return ExportDialog::tr("CSV, one row per place") + suffix;
    case ReportFormat::JsonLines:
        return ExportDialog::tr("JSON Lines, one place per line") + suffix;
    case ReportFormat::Text:
        break;
    }
    return ExportDialog::tr("Text report") + suffix;
}

} // namespace

QList<ReportFormat> ExportDialog::formats()
{
    return {ReportFormat::Html, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::Csv,
            ReportFormat::JsonLines};
}

ExportDialog::ExportDialog(QWidget* parent)
    : QFileDialog(parent, tr("Export report"), QDir::homePath())
{
    setObjectName(QStringLiteral("exportDialog"));
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const ReportFormat f : formats()) {
        filters << filterOf(f);
    }
    setNameFilters(filters);
    setFormat(ReportFormat::Html);
    selectFile(QStringLiteral("keyscout-report.html"));
    // Another format: the name typed so far follows it ("report.html" becomes "report.csv").
    connect(this, &QFileDialog::filterSelected, this, [this] {
        const QString suffix = reportFormatSuffix(format());
        setDefaultSuffix(suffix);
        const QStringList files = selectedFiles();
        if (files.isEmpty()) {
            return;
        }
        const QFileInfo typed(files.first());
        for (const ReportFormat f : formats()) {
            if (typed.suffix() == reportFormatSuffix(f) && f != format()) {
                selectFile(typed.completeBaseName() + QLatin1Char('.') + suffix);
                break;
            }
        }
    });

    m_secrets = new QCheckBox(tr("Include raw secrets"));
    m_secrets->setObjectName(QStringLiteral("includeSecretsCheck"));
    m_secrets->setToolTip(
        tr("Without it every secret is masked. A report with raw secrets is written readable only "
           "by you."));
    // Qt's dialog lays itself out on a grid: the choice goes in a row of its own under the file type.
    if (auto* grid = qobject_cast<QGridLayout*>(layout())) {
        grid->addWidget(m_secrets, grid->rowCount(), 0, 1, grid->columnCount());
    }
    connect(m_secrets, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !confirmSecrets()) {
            m_secrets->setChecked(false);
        }
    });
}

bool ExportDialog::confirmSecrets()
{
    QMessageBox box(
        QMessageBox::Warning, tr("Include raw secrets?"),
        tr("The report will contain every secret in full. Anyone who reads the file can use them. It "
           "is written readable only by you; do not share it, and delete it once the secrets are "
           "revoked."),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("includeSecretsConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Include secrets"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

ReportFormat ExportDialog::format() const
{
    const QStringList filters = nameFilters();
    const qsizetype at = filters.indexOf(selectedNameFilter());
    const QList<ReportFormat> all = formats();
    return at >= 0 && at < all.size() ? all.at(at) : ReportFormat::Html;
}

void ExportDialog::setFormat(ReportFormat format)
{
    selectNameFilter(filterOf(format));
    setDefaultSuffix(reportFormatSuffix(format));
}

bool ExportDialog::includeSecrets() const
{
    return m_secrets->isChecked();
}

QString ExportDialog::fileName() const
{
    const QStringList files = selectedFiles();
    if (files.isEmpty()) {
        return {};
    }
    QString name = files.first();
    if (QFileInfo(name).suffix().isEmpty()) {
        name += QLatin1Char('.') + reportFormatSuffix(format());
    }
    return name;
}

} // namespace keyscout
