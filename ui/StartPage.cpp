// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartPage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyscout {

namespace {

// A preset: its name, and under it what it reads, wrapped to the width (longer in some languages).
QPushButton* presetButton(const QString& title, const QString& detail, const QString& objectName)
{
    auto* button = new QCommandLinkButton(title, detail);
    button->setObjectName(objectName);
    button->setAccessibleName(title);
    button->setAccessibleDescription(detail);
    return button;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* title = new QLabel(tr("Keyscout"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto* intro = new QLabel(tr(
        "Keyscout finds Hugging Face tokens and other machine-learning credentials that leaked into files on "
        "this computer and shows each one in its context. It only reads: your home folder, the Hugging Face "
        "cache, shell and notebook histories and credential files — nothing is sent anywhere, and secrets "
        "stay "
        "masked unless you reveal them."));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    // Centred by stretches, not by an alignment flag: a word-wrapped label given an alignment in a layout
    // gets a height for the wrong width and is cut off.
    auto* introRow = new QHBoxLayout;
    introRow->addStretch(1);
    introRow->addWidget(intro, 4);
    introRow->addStretch(1);
    layout->addLayout(introRow);
    layout->addSpacing(16);

    auto* grid = new QVBoxLayout;
    auto* workstation = presetButton(
        tr("This workstation"), tr("Your home folder, Hugging Face cache, histories and credential files"),
        QStringLiteral("scanHomeButton"));
    auto* folder = presetButton(tr("A folder…"), tr("A project, a repository checkout, a download"),
                                QStringLiteral("scanFolderButton"));
    auto* mounted = presetButton(tr("A mounted home or disk image folder…"),
                                 tr("Read-only, for incident response: nothing is written there"),
                                 QStringLiteral("scanMountedButton"));
    auto* demo = presetButton(tr("Demo workstation"),
                              tr("A generated home with planted, clearly fake tokens — for workshops"),
                              QStringLiteral("scanDemoButton"));
    auto* workshop = presetButton(tr("Workshop"),
                                  tr("The demo workstation as an exercise: find and fix every planted token, "
                                     "paths hidden, then a score"),
                                  QStringLiteral("workshopButton"));
    for (QPushButton* b : {workstation, folder, mounted, demo, workshop}) {
        grid->addWidget(b);
    }
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    auto* buttons = new QWidget;
    buttons->setLayout(grid);
    buttons->setMaximumWidth(560);
    centre->addWidget(buttons, 3);
    centre->addStretch(1);
    layout->addLayout(centre);

    auto* optionsToggle = new QToolButton;
    optionsToggle->setObjectName(QStringLiteral("optionsToggle"));
    optionsToggle->setText(tr("Options"));
    optionsToggle->setCheckable(true);
    optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    optionsToggle->setArrowType(Qt::RightArrow);
    layout->addWidget(optionsToggle, 0, Qt::AlignHCenter);

    m_optionsBox = new QGroupBox(tr("What to read"));
    m_optionsBox->setObjectName(QStringLiteral("optionsBox"));
    auto* form = new QFormLayout(m_optionsBox);
    m_defaultExcludes = new QCheckBox(tr("Skip installed packages and package caches"));
    m_defaultExcludes->setObjectName(QStringLiteral("defaultExcludes"));
    m_defaultExcludes->setChecked(true);
    m_defaultExcludes->setToolTip(ScanOptions::defaultExcludeGlobs().join(QLatin1Char('\n')));
    form->addRow(m_defaultExcludes);
    m_processes =
        new QCheckBox(tr("Running programs' environments and command lines (this workstation only)"));
    m_processes->setObjectName(QStringLiteral("readProcesses"));
    m_processes->setChecked(true);
    m_processes->setToolTip(tr("A token exported in a shell lives on in every program started from it. Only "
                               "programs you may read; never for a folder or a mounted disk."));
    form->addRow(m_processes);
    m_models = new QCheckBox(tr("Model files that run code when loaded (pickles), in a chosen folder too"));
    m_models->setObjectName(QStringLiteral("judgeModels"));
    m_models->setChecked(true);
    m_models->setToolTip(
        tr("Reads each model file's header and pickles, never its tensor data. Scanning this "
           "workstation always judges the Hugging Face cache."));
    form->addRow(m_models);
    m_extraExcludes = new QLineEdit;
    m_extraExcludes->setObjectName(QStringLiteral("extraExcludes"));
    m_extraExcludes->setPlaceholderText(tr("for example  **/datasets  *.parquet"));
    m_extraExcludes->setAccessibleName(tr("Also skip (globs, separated by spaces)"));
    form->addRow(tr("Also skip:"), m_extraExcludes);
    m_optionsBox->setVisible(false);
    // Wide enough for the longest translation of a check box (their text does not wrap).
    m_optionsBox->setMaximumWidth(900);
    layout->addWidget(m_optionsBox, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(optionsToggle, &QToolButton::toggled, this, [this, optionsToggle](bool on) {
        m_optionsBox->setVisible(on);
        optionsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(workstation, &QPushButton::clicked, this, &StartPage::scanWorkstationRequested);
    connect(folder, &QPushButton::clicked, this, &StartPage::scanFolderRequested);
    connect(mounted, &QPushButton::clicked, this, &StartPage::scanMountedHomeRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::scanDemoRequested);
    connect(workshop, &QPushButton::clicked, this, &StartPage::workshopRequested);
}

bool StartPage::readProcesses() const
{
    return m_processes->isChecked();
}

ScanOptions StartPage::options(const QStringList& roots) const
{
    ScanOptions options;
    options.roots = roots;
    options.defaultExcludes = m_defaultExcludes->isChecked();
    options.excludeGlobs = m_extraExcludes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_models->isChecked()) {
        options.modelRoots = roots; // this workstation replaces them with the hub cache
    }
    return options;
}

} // namespace keyscout
