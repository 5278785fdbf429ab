// SPDX-License-Identifier: GPL-3.0-or-later
// The findings tree and its filter proxy, tested as models (QAbstractItemModelTester) and for what a person
// sees: one row per secret, places below it, batches arriving while a scan runs, filters and sorting.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "TestSupport.h"
#include "findings/PlaceDescription.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace keyscout;

namespace {

Finding makeFinding(const QByteArray& secret, const QString& path, qint64 line, Severity severity,
                    const QString& provider = QStringLiteral("huggingface"), uint mode = 0600)
{
    Finding f;
    f.ruleId = provider + QStringLiteral(".token");
    f.ruleName = QStringLiteral("%1 token").arg(provider);
    f.provider = provider;
    f.providerName = provider == QLatin1String("huggingface") ? QStringLiteral("Hugging Face") : provider;
    f.severity = severity;
    f.confidence = Confidence::High;
    f.secret = secret;
    f.secretSha256 =
        QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
    f.masked = QString::fromLatin1(secret.left(7)) + QChar(0x2026) + QString::fromLatin1(secret.right(4));
    f.path = path;
    f.line = line;
    f.column = 1;
    f.file.mode = mode;
    f.place.kind = classifyPath(path);
    return f;
}

} // namespace

class TestFindingsModel : public QObject {
    Q_OBJECT
private:
    QRandomGenerator m_rng{99};

private slots:
    void batchesGroupBySecret()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray a = test::hfToken(m_rng);
        const QByteArray b = test::hfToken(m_rng);
        model.addFindings({makeFinding(a, QStringLiteral("/h/.env"), 2, Severity::Critical),
                           makeFinding(b, QStringLiteral("/h/.bash_history"), 9, Severity::Critical),
                           makeFinding(a, QStringLiteral("/h/nb/train.ipynb"), 21, Severity::Critical,
                                       QStringLiteral("huggingface"), 0644)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.secretCount(), 2);
        QCOMPARE(model.placeCount(), 3);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.index(0, FindingsModel::WhereColumn).data().toString(), QStringLiteral("2 place(s)"));
        QCOMPARE(model.index(0, FindingsModel::ExposureColumn).data().toString(),
                 exposureName(Exposure::WorldReadable));
        QCOMPARE(model.index(1, FindingsModel::WhereColumn, first).data().toString(),
                 QStringLiteral("Notebook train.ipynb, line 21"));

        // A later batch adds a place to a known secret and a new secret, without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QByteArray c = test::githubToken(m_rng);
        model.addFindings({makeFinding(b, QStringLiteral("/h/.zsh_history"), 3, Severity::Critical),
                           makeFinding(c, QStringLiteral("/h/.git-credentials"), 1, Severity::High,
                                       QStringLiteral("github"))});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(0, FindingsModel::WhereColumn, model.index(2, 0)).data().toString(),
                 QStringLiteral("Git credentials file, line 1"));
        QCOMPARE(model.finding(model.index(1, 0, model.index(1, 0)))->path,
                 QStringLiteral("/h/.zsh_history"));
        QCOMPARE(model.indexForFingerprint(model.index(2, 0).data(FindingsModel::FingerprintRole).toString())
                     .row(),
                 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void severityHasAnIcon()
    {
        FindingsModel model;
        model.addFindings(
            {makeFinding(test::hfToken(m_rng), QStringLiteral("/h/.env"), 2, Severity::Critical)});
        const auto icon =
            model.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>();
        // SVG: sharp at every scale, which needs Qt's SVG icon engine at run time.
        QVERIFY(!icon.pixmap(16).isNull());
        QVERIFY(!icon.pixmap(64).isNull());
    }

    void rawSecretIsNeverDisplayed()
    {
        FindingsModel model;
        const QByteArray a = test::hfToken(m_rng);
        model.addFindings({makeFinding(a, QStringLiteral("/h/.env"), 2, Severity::Critical)});
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
            for (int c = 0; c < model.columnCount(); ++c) {
                QVERIFY(!model.index(0, c).data(role).toString().contains(QString::fromLatin1(a)));
                QVERIFY(!model.index(0, c, model.index(0, 0))
                             .data(role)
                             .toString()
                             .contains(QString::fromLatin1(a)));
            }
        }
    }

    void triageShowsAndFilters()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray a = test::hfToken(m_rng);
        const QByteArray b = test::hfToken(m_rng);
        const Finding fa = makeFinding(a, QStringLiteral("/h/.env"), 2, Severity::Critical);
        // A decision known before the secret appears is applied when it does ("applied on the next scan").
        model.setDecisions(
            {{fa.secretSha256, TriageDecision{TriageStatus::FalsePositive, QStringLiteral("test key"), {}}}});
        model.addFindings({fa, makeFinding(b, QStringLiteral("/h/.env"), 3, Severity::Critical)});
        QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("False positive"));
        QCOMPARE(model.index(0, FindingsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("test key"));
        proxy.setStatus(static_cast<int>(TriageStatus::New));
        QCOMPARE(proxy.rowCount(), 1);
        model.setDecision(fa.secretSha256, TriageDecision{TriageStatus::New, {}, {}});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void filters()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFindings(
            {makeFinding(test::hfToken(m_rng), QStringLiteral("/h/projects/a/.env"), 2, Severity::Critical),
             makeFinding(test::hfToken(m_rng), QStringLiteral("/h/.bash_history"), 4, Severity::Critical),
             makeFinding(test::githubToken(m_rng), QStringLiteral("/h/.git-credentials"), 1, Severity::High,
                         QStringLiteral("github")),
             makeFinding(test::awsKeyId(m_rng), QStringLiteral("/h/notes.txt"), 7, Severity::Medium,
                         QStringLiteral("aws"))});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setText(
            QStringLiteral("BASH_HISTORY")); // matches a place: its secret is shown, with its places
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        proxy.setText(QStringLiteral("hugging face"));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        proxy.setText(QString());

        proxy.setProvider(QStringLiteral("github"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setProvider(QString());
        proxy.setMinimumSeverity(Severity::High);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setMinimumSeverity(Severity::Info);
        proxy.setSourceKind(QStringLiteral("git"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSourceKind(QStringLiteral("file"));
        QCOMPARE(proxy.rowCount(), 1); // notes.txt
        proxy.setSourceKind(QStringLiteral("credential-file"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSourceKind(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void kindFilterShowsASecretWithItsPlacesOfThatKind()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray a = test::hfToken(m_rng);
        Finding inCell = makeFinding(a, QStringLiteral("/h/nb/train.ipynb"), 21, Severity::Critical);
        inCell.place.cell = 3;
        inCell.place.part = CellPart::Output;
        inCell.place.outputType = QStringLiteral("stream stdout");
        inCell.place.lineInPart = 1;
        model.addFindings(
            {makeFinding(a, QStringLiteral("/h/.env"), 2, Severity::Critical),
             makeFinding(a, QStringLiteral("/h/.bash_history"), 9, Severity::Critical), inCell,
             makeFinding(test::hfToken(m_rng), QStringLiteral("/h/b/.env"), 1, Severity::Critical)});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSourceKind(QStringLiteral("notebook"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex secret = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(secret), 1); // only the notebook place of the secret
        const QString where = proxy.index(0, FindingsModel::WhereColumn, secret).data().toString();
        QCOMPARE(where, QStringLiteral("Notebook train.ipynb, cell 3 output (stream stdout), line 1"));
        proxy.setSourceKind(QStringLiteral("environment"));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    }

    void sortsSeverityAsARank()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFindings({makeFinding(test::awsKeyId(m_rng), QStringLiteral("/h/a"), 1, Severity::Medium,
                                       QStringLiteral("aws")),
                           makeFinding(test::hfToken(m_rng), QStringLiteral("/h/b"), 1, Severity::Critical),
                           makeFinding(test::githubToken(m_rng), QStringLiteral("/h/c"), 1, Severity::High,
                                       QStringLiteral("github"))});
        proxy.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        // Alphabetically "Medium" > "High" > "Critical"; as a rank Critical comes first.
        QCOMPARE(proxy.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(proxy.index(1, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("High"));
        QCOMPARE(proxy.index(2, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Medium"));
        // New rows arriving during a scan land in sorted position.
        model.addFindings({makeFinding(test::hfToken(m_rng), QStringLiteral("/h/d"), 1, Severity::Low)});
        QCOMPARE(proxy.index(3, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Low"));
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
