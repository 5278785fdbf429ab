// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher's edge cases: token boundaries in the places real leaks sit, chunk edges, binaries,
// placeholders, masking, line and column.
#include "TestSupport.h"
#include "detect/Matcher.h"
#include "detect/SecretFilter.h"
#include "findings/SecretMask.h"
#include "rules/RuleCatalogue.h"
#include "sources/FileSystemScanner.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace keyscout;

class TestMatcher : public QObject {
    Q_OBJECT
private:
    RuleCatalogue m_catalogue = RuleCatalogue::builtin();
    std::unique_ptr<Matcher> m_matcher;
    QRandomGenerator m_rng{4242};

    QList<Finding> scan(const QByteArray& text, const QString& path = QStringLiteral("/tmp/input.txt"))
    {
        return FileSystemScanner::scanBuffer(*m_matcher, std::string_view(text.constData(), text.size()),
                                             path);
    }
    QList<Finding> hfFindings(const QList<Finding>& all)
    {
        QList<Finding> out;
        for (const Finding& f : all) {
            if (f.ruleId == QLatin1String("huggingface.user_token")) {
                out << f;
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_catalogue.errors().isEmpty(), qPrintable(m_catalogue.errors().value(0).toString()));
        QVERIFY(m_catalogue.findRule(QStringLiteral("huggingface.user_token")) != nullptr);
        m_matcher = std::make_unique<Matcher>(m_catalogue.rules());
    }

    void boundaries_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<bool>("found");
        QTest::newRow("whole file") << QByteArray() << QByteArray() << true;
        QTest::newRow("start of file, newline after") << QByteArray() << QByteArray("\n") << true;
        QTest::newRow("end of file, no newline") << QByteArray("HF_TOKEN=") << QByteArray() << true;
        QTest::newRow("env assignment") << QByteArray("HF_TOKEN=") << QByteArray("\n") << true;
        QTest::newRow("export with quotes") << QByteArray("export HF_TOKEN=\"") << QByteArray("\"\n") << true;
        QTest::newRow("single quotes") << QByteArray("token='") << QByteArray("'") << true;
        QTest::newRow("yaml colon") << QByteArray("hub_token: ") << QByteArray("\n") << true;
        QTest::newRow("json value") << QByteArray("{\"token\":\"") << QByteArray("\"}") << true;
        QTest::newRow("json-escaped in notebook")
            << QByteArray("\"token = \\\"") << QByteArray("\\\"\\n\",") << true;
        QTest::newRow("after escaped newline") << QByteArray("\"login\\n") << QByteArray("\\n\"") << true;
        QTest::newRow("url userinfo")
            << QByteArray("https://user:") << QByteArray("@huggingface.co/org/m") << true;
        QTest::newRow("url percent-encoded") << QByteArray("?token%3D") << QByteArray("&x=1") << true;
        QTest::newRow("crlf line") << QByteArray("HF_TOKEN=") << QByteArray("\r\nNEXT=1\r\n") << true;
        QTest::newRow("python call") << QByteArray("login(token=\"") << QByteArray("\")") << true;
        QTest::newRow("after a terminal colour")
            << QByteArray("token \x1b[1;32m") << QByteArray("\x1b[0m") << true;
        QTest::newRow("after a colour in JSON")
            << QByteArray("\"\\u001b[0;32m") << QByteArray("\\u001b[0m\"") << true;
        QTest::newRow("after a colour in code") << QByteArray("print('\\033[31m") << QByteArray("')") << true;
        QTest::newRow("bracket and m without escape") << QByteArray("arr[12m") << QByteArray("\n") << false;
        QTest::newRow("glued before") << QByteArray("xyz") << QByteArray("\n") << false;
        QTest::newRow("glued after") << QByteArray("=") << QByteArray("Q7\n") << false;
        QTest::newRow("identifier before") << QByteArray("my_") << QByteArray("\n") << false;
        // Length-prefixed strings of binary serialisations: whatever follows is the next object, letters too.
        QTest::newRow(".pyc short string, then None")
            << QByteArray("\xe3\x00\x00)\x02\xda\x25", 7) << QByteArray("N)\x01", 3) << true;
        QTest::newRow(".pyc interned string, then a name")
            << QByteArray("\x00Z\x25", 3) << QByteArray("Z\x08TOKEN", 8) << true;
        QTest::newRow(".pyc long string") << QByteArray("\x00"
                                                        "a"
                                                        "\x25\x00\x00\x00",
                                                        6)
                                          << QByteArray("N", 1) << true;
        QTest::newRow("pickle SHORT_BINUNICODE, then MEMOIZE")
            << QByteArray("\x80\x04\x8c\x25", 4) << QByteArray("\x94\x8c\x04name", 7) << true;
        QTest::newRow("pickle BINUNICODE")
            << QByteArray("X\x25\x00\x00\x00", 5) << QByteArray("q", 1) << true;
        QTest::newRow("a length that does not fit is no prefix")
            << QByteArray("\xda\x26", 2) << QByteArray("N", 1) << false;
        QTest::newRow("a length byte with no type before it")
            << QByteArray("\x00\x25", 2) << QByteArray("N", 1) << false;
    }
    void boundaries()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(bool, found);
        const QByteArray token = test::hfToken(m_rng);
        const QList<Finding> findings = hfFindings(scan(before + token + after));
        QCOMPARE(findings.size(), found ? 1 : 0);
        if (found) {
            QCOMPARE(findings.first().secret, token);
            QCOMPARE(findings.first().offset, before.size());
        }
    }

    void placeholdersAreNotFindings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("x run") << QByteArray("HF_TOKEN=hf_") + QByteArray(34, 'x');
        QTest::newRow("zeros") << QByteArray("HF_TOKEN=hf_") + QByteArray(34, '0');
        QTest::newRow("alphabet") << QByteArray("HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz01234567");
        QTest::newRow("your token") << QByteArray("HF_TOKEN=hf_YOURTOKENHEREq8Zr2Lm4Np6Tv8Xb0Dd2Ff");
        QTest::newRow("aws doc example") << QByteArray("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
    }
    void placeholdersAreNotFindings()
    {
        QFETCH(QByteArray, text);
        const QList<Finding> findings = scan(text);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).ruleId));
    }

    void lineAndColumnCountCodePoints()
    {
        const QByteArray token = test::hfToken(m_rng);
        // Line 3, after "é = ": column counts characters, not bytes.
        const QByteArray text = "a\r\nb\r\n\xC3\xA9 = " + token + "\r\n";
        const QList<Finding> findings = hfFindings(scan(text));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, 3);
        QCOMPARE(findings.first().column, 5);
        QCOMPARE(findings.first().offset, text.indexOf(token));
    }

    void maskedPreviewAndHash()
    {
        const QByteArray token = test::hfToken(m_rng);
        const Finding f = hfFindings(scan("x=" + token)).value(0);
        QCOMPARE(f.masked,
                 QString::fromLatin1(token.left(7)) + QChar(0x2026) + QString::fromLatin1(token.right(4)));
        QCOMPARE(f.secretSha256,
                 QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(maskSecret("abcd", ""), QString(QChar(0x2026))); // too short to show anything
    }

    void contextIsMasked()
    {
        const QByteArray a = test::hfToken(m_rng);
        const QByteArray b = test::hfToken(m_rng);
        const QByteArray text = "# settings\nA=" + a + "\nB=" + b + "\nC=3\n";
        const QList<Finding> findings = hfFindings(scan(text));
        QCOMPARE(findings.size(), 2);
        for (const Finding& f : findings) {
            const QString joined = f.context.join(QLatin1Char('\n'));
            QVERIFY(!joined.contains(QString::fromLatin1(a)));
            QVERIFY(!joined.contains(QString::fromLatin1(b)));
            QVERIFY(joined.contains(f.masked));
            QCOMPARE(f.context.size(), 4); // up to two lines either side, clipped at the file's edges
        }
        QCOMPARE(findings.first().contextFirstLine, 1);
    }

    // Found by fuzzing (tests/fuzz): a copy of a secret that no rule reports (pasted again right after a
    // letter, where the token boundary rejects it) was shown as it is in the context lines of the copy that
    // was reported, and the JSON, HTML and SARIF reports write those lines.
    void copiesThatNoRuleReportsAreMaskedInTheContext()
    {
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray text = "HF_TOKEN=" + token + " # was x" + token + "\necho y" + token + "\nz" + token;
        const QList<Finding> findings = hfFindings(scan(text));
        QCOMPARE(findings.size(), 1);
        const QString joined = findings.first().context.join(QLatin1Char('\n'));
        QVERIFY2(!joined.contains(QString::fromLatin1(token)), qPrintable(joined));
        QCOMPARE(joined.count(findings.first().masked), 4);

        // Copies that overlap (a token ending with its first letter, written twice sharing it): after the
        // first copy's mask, which shows that last letter, the rest of the second spelled the whole token.
        QByteArray bordered = test::hfToken(m_rng);
        bordered.back() = 'h';
        const QByteArray twice = "HF_TOKEN=" + bordered + "\necho x" + bordered + bordered.mid(1) + "\n";
        const QList<Finding> overlapping = hfFindings(scan(twice));
        QCOMPARE(overlapping.size(), 1);
        const QString shown = overlapping.first().context.join(QLatin1Char('\n'));
        QVERIFY2(!shown.contains(QString::fromLatin1(bordered)), qPrintable(shown));

        // A mask shows a token's prefix and first letters, which can hold a shorter secret of the same lines
        // whole: here a git-credentials password that is an organisation token's first twelve letters (the
        // token's mask "api_org_XXXX…" spelled it). Found by fuzzing (tests/fuzz, gitcredentials).
        const QByteArray orgToken = "api_org_" + test::hfToken(m_rng).mid(3);
        const QByteArray password = orgToken.left(12);
        const QList<Finding> creds =
            scan("https://me:" + orgToken + "@huggingface.co\nhttps://me:" + password + "@github.com\n",
                 QStringLiteral("/home/u/.git-credentials"));
        QStringList secrets;
        for (const Finding& f : creds) {
            secrets << QString::fromLatin1(f.secret);
        }
        QVERIFY2(secrets.contains(QString::fromLatin1(password)), qPrintable(secrets.join(QLatin1Char(' '))));
        QVERIFY(secrets.contains(QString::fromLatin1(orgToken)));
        for (const Finding& f : creds) {
            const QString shown = f.context.join(QLatin1Char('\n'));
            QVERIFY2(!shown.contains(QString::fromLatin1(password)), qPrintable(shown));
            QVERIFY(!shown.contains(QString::fromLatin1(orgToken)));
        }

        // Binary content shows the printable run around the secret: a copy in it is masked too.
        QByteArray blob(16, '\0');
        blob += "token=" + token + ";old=q" + token;
        blob += QByteArray(16, '\0');
        const QList<Finding> inBinary = hfFindings(scan(blob, QStringLiteral("/tmp/cache.bin")));
        QCOMPARE(inBinary.size(), 1);
        QVERIFY(inBinary.first().binary);
        QVERIFY(!inBinary.first().context.first().contains(QString::fromLatin1(token)));
        QCOMPARE(inBinary.first().context.first().count(inBinary.first().masked), 2);
    }

    void longLinesAreCut()
    {
        const QByteArray token = test::hfToken(m_rng);
        const QByteArray text = QByteArray(5000, 'a') + " key=" + token + ' ' + QByteArray(5000, 'b');
        const Finding f = hfFindings(scan(text)).value(0);
        QCOMPARE(f.context.size(), 1);
        QVERIFY(f.context.first().size() < 260);
        QVERIFY(f.context.first().contains(f.masked));
    }

    void binaryContentIsScannedAsBytes()
    {
        // A .pyc-like blob: NULs around an embedded string constant.
        const QByteArray token = test::hfToken(m_rng);
        QByteArray blob(64, '\0');
        blob += "\xE3\x01\x00\x00\x00";
        blob += "\xDA\x25" + token;
        blob += QByteArray(64, '\0');
        const QList<Finding> findings =
            hfFindings(scan(blob, QStringLiteral("/tmp/__pycache__/cfg.cpython-311.pyc")));
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().binary);
        QCOMPARE(findings.first().context.size(), 1);
        QVERIFY(!findings.first().context.first().contains(QChar(0)));
    }

    void chunkEdges_data()
    {
        QTest::addColumn<qint64>("shift");
        // Positions of the token's first byte relative to the first 4 MiB chunk edge, including tokens that
        // straddle it and tokens that end exactly on it.
        for (const qint64 s : {-4200, -4096, -100, -37, -36, -20, -3, -1, 0, 1, 2, 100, 4095, 4096, 4200}) {
            QTest::newRow(
                qPrintable(QStringLiteral("edge%1%2").arg(s < 0 ? QString() : QStringLiteral("+")).arg(s)))
                << s;
        }
    }
    void chunkEdges()
    {
        QFETCH(qint64, shift);
        const qint64 edge = qint64(4) << 20;
        const QByteArray token = test::hfToken(m_rng);
        QByteArray content;
        content.reserve(edge * 2 + 1024);
        const QByteArray line("the quick brown fox jumps over the lazy dog 0123\n"); // 49 bytes
        while (content.size() < edge + shift - 1) {
            content += line;
        }
        content.truncate(edge + shift - 1);
        content += ' ';
        const qint64 at = content.size();
        content += token + '\n';
        while (content.size() < edge * 2 + 1000) {
            content += line;
        }
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("big.log")), content));
        ScanOptions options;
        options.roots = {dir.path()};
        FileSystemScanner scanner(*m_matcher, options);
        QList<Finding> findings;
        scanner.run([&](QList<Finding>&& batch) { findings += batch; });
        findings = hfFindings(findings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().offset, at);
        QCOMPARE(findings.first().line, content.left(at).count('\n') + 1);
        QCOMPARE(findings.first().secret, token);
    }

    void overlappingRulesKeepTheSpecificOne()
    {
        // `HF_TOKEN=hf_…` fits the generic *_TOKEN rule too: one finding, from the Hugging Face rule.
        const QByteArray token = test::hfToken(m_rng);
        const QList<Finding> findings = scan("MY_SERVICE_TOKEN=" + token + "\n");
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, QStringLiteral("huggingface.user_token"));
    }

    void codeLikeValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("code");
        QTest::newRow("dotted") << QByteArray("self.oauth2_parameters.client_secret") << true;
        QTest::newRow("args") << QByteArray("args.salesforce_oauth2_client_secret") << true;
        QTest::newRow("resource path") << QByteArray("projects/my-project/secrets/name/versions/2") << true;
        QTest::newRow("camel words") << QByteArray("V1SecretVolumeSource") << true;
        QTest::newRow("camel with group") << QByteArray("AWSSessionToken2") << true;
        QTest::newRow("snake words") << QByteArray("imdsv2_session_token_data") << true;
        QTest::newRow("random alnum") << QByteArray("q8ZrT2mLx4Np6Tv8Xb0Dd2Ff") << false;
        QTest::newRow("random upper start") << QByteArray("Kq8ZrT2mLx4Np6Tv8Xb0") << false;
        QTest::newRow("aws secret shape") << QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lm2Np4") << false;
        QTest::newRow("hex") << QByteArray("4f9c2a7e1b3d5f60718293a4b5c6d7e8") << false;
        QTest::newRow("jwt-ish dots") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.d2Vi") << false;
    }
    void codeLikeValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, code);
        QCOMPARE(SecretFilter::looksLikeCode(std::string_view(value.constData(), value.size())), code);
    }

    void entropy()
    {
        QCOMPARE(SecretFilter::entropy("aaaa"), 0.0);
        QCOMPARE(SecretFilter::entropy("abcd"), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
