// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

namespace keyscout::Language {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja"),
            QStringLiteral("zh_CN")};
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper(); // "français" → "Français", as a menu shows it
    }
    return name.isEmpty() ? code : name;
}

QString chosen()
{
    return QSettings().value(kSettingsKey).toString();
}

void setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kSettingsKey);
    } else {
        settings.setValue(kSettingsKey, code);
    }
}

QLocale effectiveLocale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString install()
{
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale);
    // Kept for the life of the application: the translators must outlive every window.
    static QTranslator qtTranslator;
    static QTranslator translator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    if (translator.load(locale, QStringLiteral("keyscout"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
        return translator.language();
    }
    return QStringLiteral("en");
}

void addMenu(QMainWindow* window)
{
    QMenu* settingsMenu = window->menuBar()->addMenu(QApplication::translate("Language", "&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    QMenu* menu = settingsMenu->addMenu(QApplication::translate("Language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = chosen();
    auto add = [&](const QString& code, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), QApplication::translate("Language", "System language"));
    menu->addSeparator();
    add(QStringLiteral("en"), nativeName(QStringLiteral("en")));
    for (const QString& code : available()) {
        add(code, nativeName(code));
    }
    QObject::connect(group, &QActionGroup::triggered, window, [window](QAction* action) {
        const QString code = action->data().toString();
        if (code == chosen()) {
            return;
        }
        setChosen(code);
        QMessageBox box(window);
        box.setIcon(QMessageBox::Information);
        box.setWindowTitle(QApplication::translate("Language", "Language"));
        box.setText(QApplication::translate("Language", "Keyscout will use %1 from its next start.")
                        .arg(code.isEmpty() ? QApplication::translate("Language", "the system language")
                                            : nativeName(code)));
        QPushButton* restart =
            box.addButton(QApplication::translate("Language", "Restart now"), QMessageBox::AcceptRole);
        box.addButton(QApplication::translate("Language", "Later"), QMessageBox::RejectRole);
        box.setObjectName(QStringLiteral("languageRestartBox"));
        box.exec();
        if (box.clickedButton() == restart && window->close()) {
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
            QCoreApplication::quit();
        }
    });
}

} // namespace keyscout::Language
