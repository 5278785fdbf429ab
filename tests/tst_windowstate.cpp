// SPDX-License-Identifier: GPL-3.0-or-later
// The window opens as it was left: its size, the split between the findings and the detail, the findings'
// column widths and sort order. Settings and the triage database live in a temporary folder, under an
// organisation name of their own, so neither the person's settings nor another test's are read or changed.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "ResultsPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyscout;

namespace {

// What a person sees of the layout, read from the widgets.
struct Layout {
    QSize windowSize;
    QList<int> split; // findings, detail
    QList<int> columnWidths;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

Layout readLayout(const MainWindow& window)
{
    Layout layout;
    layout.windowSize = window.size();
    layout.split = window.findChild<QSplitter*>(QStringLiteral("resultsSplitter"))->sizes();
    const QHeaderView* header = window.findChild<QTreeView*>(QStringLiteral("findingsTree"))->header();
    for (int column = 0; column < header->count(); ++column) {
        layout.columnWidths.append(header->sectionSize(column));
    }
    layout.sortColumn = header->sortIndicatorSection();
    layout.sortOrder = header->sortIndicatorOrder();
    return layout;
}

} // namespace

class TestWindowState : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_sandbox;

    // The results page appears when a scan starts: scan an empty folder, over at once.
    void showResults(MainWindow& window)
    {
        window.scanFolders({m_sandbox.filePath(QStringLiteral("empty"))});
        auto* again = window.findChild<QPushButton*>(QStringLiteral("scanAgainButton"));
        QVERIFY(again != nullptr);
        QTRY_VERIFY(again->isEnabled());
        QTRY_VERIFY(window.resultsPage()->isVisible());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("keyscout-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowstate"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_sandbox.filePath(QStringLiteral("config")));
        qputenv("XDG_DATA_HOME", m_sandbox.filePath(QStringLiteral("data")).toUtf8()); // triage database
        QVERIFY(QDir().mkpath(m_sandbox.filePath(QStringLiteral("empty"))));
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void layoutComesBackAfterARestart()
    {
        // A size the window would never pick itself, smaller than the screen so that restoreGeometry has no
        // reason to shrink it (it fits a restored window into the available screen).
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize size(qMin(1111, available.width() - 40), qMin(707, available.height() - 40));
        Layout before;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(size);
            showResults(window);
            QTRY_COMPARE(window.size(), size);
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("resultsSplitter"));
            QVERIFY(splitter != nullptr);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            // The person drags the detail wider than the default 3:2 and widens two columns.
            splitter->setSizes({total * 2 / 5, total - total * 2 / 5});
            auto* tree = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
            tree->header()->resizeSection(FindingsModel::SecretColumn, 262);
            tree->header()->resizeSection(FindingsModel::ExposureColumn, 183);
            tree->sortByColumn(FindingsModel::ProviderColumn, Qt::AscendingOrder);
            QCoreApplication::processEvents();
            before = readLayout(window);
            QCOMPARE(before.split.value(0), total * 2 / 5);
            QCOMPARE(before.columnWidths.value(FindingsModel::ExposureColumn), 183);
            window.close();
        }
        // Opened and closed again without a scan: the results page was never laid out, and what it saves
        // must still be what was restored.
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.size(), size);
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The size is restored on every platform. The position is not asserted: the offscreen platform and a
        // window manager both may place the window where they like.
        QCOMPARE(window.size(), size);
        showResults(window);
        const Layout after = readLayout(window);
        QCOMPARE(after.windowSize, before.windowSize);
        QCOMPARE(after.split, before.split);
        QCOMPARE(after.columnWidths, before.columnWidths);
        QCOMPARE(after.sortColumn, int(FindingsModel::ProviderColumn));
        QCOMPARE(after.sortOrder, Qt::AscendingOrder);
        // The sort is applied to the rows, not only drawn in the header.
        QCOMPARE(window.resultsPage()->filterModel()->sortColumn(), int(FindingsModel::ProviderColumn));
        QCOMPARE(window.resultsPage()->filterModel()->sortOrder(), Qt::AscendingOrder);
    }

    void unreadableStateKeepsTheDefaults()
    {
        QSettings settings;
        const QSize defaultSize(1200, 760);
        settings.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("results/splitter"), QByteArray("not a splitter"));
        settings.setValue(QStringLiteral("results/findingsHeader"), QByteArray("not a header"));
        settings.sync();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), defaultSize);
        showResults(window);
        const Layout layout = readLayout(window);
        // The default split is 3:2 between the findings and the detail.
        QVERIFY2(layout.split.value(0) > layout.split.value(1),
                 qPrintable(QStringLiteral("%1 / %2").arg(layout.split.value(0)).arg(layout.split.value(1))));
        QCOMPARE(layout.columnWidths.value(FindingsModel::SecretColumn), 150);
        QCOMPARE(layout.sortColumn, int(FindingsModel::SeverityColumn));
        QCOMPARE(layout.sortOrder, Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
