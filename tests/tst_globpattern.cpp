// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/GlobPattern.h"

#include <QTest>

using keyscout::GlobPattern;

class TestGlobPattern : public QObject {
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("expected");
        // A pattern without '/' matches the last component anywhere, like .gitignore.
        QTest::newRow("basename anywhere") << "node_modules"
                                           << "a/b/node_modules" << true;
        QTest::newRow("basename top") << "node_modules"
                                      << "node_modules" << true;
        QTest::newRow("basename star") << "*.ipynb"
                                       << "work/nb/train.ipynb" << true;
        QTest::newRow("basename star no") << "*.ipynb"
                                          << "work/nb/train.ipynb.bak" << false;
        QTest::newRow("doublestar any depth") << "**/site-packages"
                                              << "venv/lib/python3.11/site-packages" << true;
        QTest::newRow("doublestar zero dirs") << "**/site-packages"
                                              << "site-packages" << true;
        QTest::newRow("doublestar not partial") << "**/site-packages"
                                                << "venv/my-site-packages" << false;
        QTest::newRow("two components") << "**/.cache/pip"
                                        << "home/u/.cache/pip" << true;
        QTest::newRow("two components other") << "**/.cache/pip"
                                              << "home/u/.cache/huggingface" << false;
        QTest::newRow("star stays in component") << "src/*.py"
                                                 << "src/a/b.py" << false;
        QTest::newRow("star in component") << "src/*.py"
                                           << "src/b.py" << true;
        QTest::newRow("trailing doublestar") << "build/**"
                                             << "build/x/y/z" << true;
        QTest::newRow("middle doublestar") << "a/**/z"
                                           << "a/b/c/z" << true;
        QTest::newRow("middle doublestar zero") << "a/**/z"
                                                << "a/z" << true;
        QTest::newRow("question") << "file?.txt"
                                  << "dir/file1.txt" << true;
        QTest::newRow("question not slash") << "a?b"
                                            << "a/b" << false;
        QTest::newRow("class") << "*.[jt]s"
                               << "x/app.ts" << true;
        QTest::newRow("class negated") << "*.[!jt]s"
                                       << "x/app.ts" << false;
        QTest::newRow("range") << "log[0-9]"
                               << "log7" << true;
        QTest::newRow("anchored") << "/top.txt"
                                  << "top.txt" << true;
        QTest::newRow("anchored deep") << "/sub/top.txt"
                                       << "x/sub/top.txt" << false;
        QTest::newRow("absolute path rule") << "**/kaggle.json"
                                            << "/home/u/.kaggle/kaggle.json" << true;
        QTest::newRow("unterminated class literal") << "a[b"
                                                    << "a[b" << true;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, expected);
        QCOMPARE(GlobPattern(pattern.toStdString()).matches(path.toStdString()), expected);
    }
    void invalidUtf8Names()
    {
        // Names on disk need not be UTF-8; globs match bytes.
        const std::string name = std::string("dir/caf\xE9/node_modules");
        QVERIFY(GlobPattern("node_modules").matches(name));
        QVERIFY(GlobPattern("**/caf?/node_modules").matches(name));
    }
};

QTEST_GUILESS_MAIN(TestGlobPattern)
#include "tst_globpattern.moc"
