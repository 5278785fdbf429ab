// SPDX-License-Identifier: GPL-3.0-or-later
// The model file scanner (core/artifacts): pickle interpretation, containers, safetensors, the HF cache.
#include "ModelFixtures.h"
#include "TestSupport.h"
#include "artifacts/ByteStream.h"
#include "artifacts/ModelFindings.h"
#include "artifacts/ModelScanner.h"
#include "artifacts/PickleScanner.h"
#include "artifacts/SafetensorsHeader.h"
#include "artifacts/ZipArchive.h"
#include "findings/Guidance.h"
#include "report/JsonReport.h"
#include "sources/GzipStream.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace keyscout;
using namespace keyscout::test;

namespace {

PickleReport scanBytes(const QByteArray& bytes, const PickleScanner::Limits& limits = {})
{
    MemoryStream stream(std::string_view(bytes.constData(), size_t(bytes.size())));
    return PickleScanner(limits).scan(stream);
}

const PickleImport* findImport(const PickleReport& r, const QString& path)
{
    for (const PickleImport& i : r.imports) {
        if (i.path == path) {
            return &i;
        }
    }
    return nullptr;
}

QString problemsOf(const ModelVerdict& v)
{
    return v.problems.join(QLatin1String(" | "));
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    ModelVerdict scan(const QString& name, const QByteArray& bytes)
    {
        return ModelScanner().scanFile(write(name, bytes));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- the interpreter -------------------------------------------------------------------------------

    void cleanStateDictIsAllowListed()
    {
        const PickleReport r = scanBytes(cleanStateDictPickle());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
        QCOMPARE(r.protocol, 2);
        QCOMPARE(r.pickles, 1);
        QCOMPARE(r.worst(), ImportClass::Safe);
        const PickleImport* rebuild = findImport(r, QStringLiteral("torch._utils._rebuild_tensor_v2"));
        QVERIFY(rebuild != nullptr);
        QCOMPARE(rebuild->calls, 1);
        QVERIFY(findImport(r, QStringLiteral("torch.FloatStorage")) != nullptr);
        QVERIFY(findImport(r, QStringLiteral("collections.OrderedDict")) != nullptr);
        QVERIFY(r.calls.isEmpty()); // allow-listed calls are not listed
    }

    void osSystemByReduceIsDangerous()
    {
        const PickleReport r = scanBytes(osSystemPickle());
        QCOMPARE(r.worst(), ImportClass::Dangerous);
        const PickleImport* system = findImport(r, QStringLiteral("posix.system"));
        QVERIFY(system != nullptr);
        QCOMPARE(system->calls, 1);
        QCOMPARE(system->callOpcodes, QStringList{QStringLiteral("REDUCE")});
        QCOMPARE(r.calls.size(), 1);
        QCOMPARE(r.calls.first().expression, QStringLiteral("posix.system('id')"));
        QCOMPARE(r.calls.first().opcode, QStringLiteral("REDUCE"));
    }

    void stackGlobalThroughMemo()
    {
        // The module and name are stored in the memo, popped, and fetched back before STACK_GLOBAL: a scanner
        // that looks at the two strings just before STACK_GLOBAL sees nothing.
        PickleBytes p;
        p.proto(4).frame(0x40);
        p.str("os").memoize().op('0').str("decoy").memoize().op('0').str("system").memoize().op('0');
        p.binget(0).longBinget(2).stackGlobal().memoize().str("id").tuple1().reduce().stop();
        const PickleReport r = scanBytes(p.bytes());
        QVERIFY2(!r.malformed, qPrintable(r.problems.value(0).message));
        QCOMPARE(r.imports.size(), 1);
        QCOMPARE(r.imports.first().path, QStringLiteral("os.system"));
        QCOMPARE(r.imports.first().opcode, QStringLiteral("STACK_GLOBAL"));
        QCOMPARE(r.imports.first().verdict, ImportClass::Dangerous);
        QCOMPARE(r.calls.first().expression, QStringLiteral("os.system('id')"));
    }

    void importModuleAndGetattrChain()
    {
        PickleBytes p;
        p.proto(4).global("builtins", "getattr").memoize();
        p.global("importlib", "import_module").str("os").tuple1().reduce();
        p.str("system").tuple2().reduce().str("id").tuple1().reduce().stop();
        const PickleReport r = scanBytes(p.bytes());
        QCOMPARE(r.worst(), ImportClass::Dangerous);
        QCOMPARE(r.calls.size(), 3);
        QCOMPARE(r.calls.last().expression,
                 QStringLiteral("builtins.getattr(importlib.import_module('os'), 'system')('id')"));
        const ModelVerdict v = scan(QStringLiteral("chain.pkl"), p.bytes());
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("importlib.import_module")); // the first to run
        QCOMPARE(v.severity, Severity::Critical);
    }

    void protocolZeroTextGlobal()
    {
        const QByteArray bytes("cposix\nsystem\np0\n(S'id'\np1\ntp2\nRp3\n.");
        const ModelVerdict v = scan(QStringLiteral("proto0.data"), bytes);
        QCOMPARE(v.format, ModelFormat::Pickle);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QCOMPARE(v.calls.size(), 1);
        QVERIFY(v.calls.first().startsWith(QLatin1String("posix.system('id')")));
        // INST (protocol 0's call of a class named in the opcode) and Python 2's __builtin__.
        const ModelVerdict inst = scan(QStringLiteral("inst.pkl"), "(S'print(1)'\ni__builtin__\neval\np0\n.");
        QCOMPARE(inst.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(inst.decidingImport, QStringLiteral("builtins.eval"));
        QCOMPARE(inst.imports.first().callOpcodes, QStringList{QStringLiteral("INST")});
    }

    void extensionCodesAreSuspicious()
    {
        for (const QByteArray& ext : {QByteArray("\x82\x05", 2), QByteArray("\x83\x05\x01", 3),
                                      QByteArray("\x84\x05\x00\x00\x01", 5)}) {
            PickleBytes p;
            p.proto(2).raw(ext).str("id").tuple1().reduce().stop();
            const ModelVerdict v = scan(QStringLiteral("ext.pkl"), p.bytes());
            QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
            QVERIFY2(v.decidingImport.startsWith(QLatin1String("<extension ")), qPrintable(v.decidingImport));
            QVERIFY2(problemsOf(v).contains(QLatin1String("extension code")), qPrintable(problemsOf(v)));
        }
    }

    void unresolvableStackGlobalIsSuspicious()
    {
        PickleBytes p;
        p.proto(4).str("os").int1(7).stackGlobal().stop();
        const ModelVerdict v = scan(QStringLiteral("unresolved.pkl"), p.bytes());
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY(v.decidingImport.startsWith(QLatin1String("<unresolved")));
    }

    void unknownClassIsSuspicious()
    {
        PickleBytes p;
        p.proto(2).global("sklearn.linear_model._base", "LinearRegression").emptyTuple().newobj();
        p.emptyDict().build().stop();
        const ModelVerdict v = scan(QStringLiteral("sk.pkl"), p.bytes());
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QCOMPARE(v.decidingImport, QStringLiteral("sklearn.linear_model._base.LinearRegression"));
        QCOMPARE(v.imports.first().callOpcodes,
                 (QStringList{QStringLiteral("NEWOBJ"), QStringLiteral("BUILD")}));
        QCOMPARE(v.severity, Severity::Medium);
    }

    void dangerousNamesAndNotSoDangerousOnes_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("verdict");
        const int safe = int(ImportClass::Safe);
        const int unknown = int(ImportClass::Unknown);
        const int dangerous = int(ImportClass::Dangerous);
        QTest::newRow("rebuild v2") << "torch._utils"
                                    << "_rebuild_tensor_v2" << safe;
        QTest::newRow("parameter") << "torch._utils"
                                   << "_rebuild_parameter" << safe;
        QTest::newRow("storage") << "torch"
                                 << "BFloat16Storage" << safe;
        QTest::newRow("dtype") << "torch"
                               << "bfloat16" << safe;
        QTest::newRow("ordered dict") << "collections"
                                      << "OrderedDict" << safe;
        QTest::newRow("numpy reconstruct") << "numpy.core.multiarray"
                                           << "_reconstruct" << safe;
        QTest::newRow("set") << "builtins"
                             << "set" << safe;
        QTest::newRow("py2 set") << "__builtin__"
                                 << "set" << safe;
        QTest::newRow("codecs") << "_codecs"
                                << "encode" << safe;
        QTest::newRow("os.system") << "os"
                                   << "system" << dangerous;
        QTest::newRow("nt.system") << "nt"
                                   << "system" << dangerous;
        QTest::newRow("subprocess") << "subprocess"
                                    << "Popen" << dangerous;
        QTest::newRow("eval") << "builtins"
                              << "eval" << dangerous;
        QTest::newRow("exec") << "__builtin__"
                              << "exec" << dangerous;
        QTest::newRow("getattr") << "builtins"
                                 << "getattr" << dangerous;
        QTest::newRow("import") << "builtins"
                                << "__import__" << dangerous;
        QTest::newRow("open") << "builtins"
                              << "open" << dangerous;
        QTest::newRow("importlib") << "importlib"
                                   << "import_module" << dangerous;
        QTest::newRow("inspect") << "inspect"
                                 << "getattr_static" << dangerous;
        QTest::newRow("runpy") << "runpy"
                               << "run_path" << dangerous;
        QTest::newRow("pip") << "pip"
                             << "main" << dangerous;
        QTest::newRow("socket") << "socket"
                                << "create_connection" << dangerous;
        QTest::newRow("shutil") << "shutil"
                                << "rmtree" << dangerous;
        QTest::newRow("webbrowser") << "webbrowser"
                                    << "open" << dangerous;
        QTest::newRow("pickle loads") << "pickle"
                                      << "loads" << dangerous;
        QTest::newRow("marshal") << "marshal"
                                 << "loads" << dangerous;
        QTest::newRow("types") << "types"
                               << "FunctionType" << dangerous;
        QTest::newRow("ctypes") << "ctypes"
                                << "CDLL" << dangerous;
        QTest::newRow("attrgetter") << "operator"
                                    << "attrgetter" << dangerous;
        QTest::newRow("methodcaller") << "_operator"
                                      << "methodcaller" << dangerous;
        QTest::newRow("torch.hub") << "torch.hub"
                                   << "load" << dangerous;
        QTest::newRow("dotted builtin") << "builtins"
                                        << "str.__class__" << dangerous;
        QTest::newRow("dunder walk") << "collections"
                                     << "OrderedDict.__init__.__globals__" << dangerous;
        QTest::newRow("os.path lookalike") << "osx"
                                           << "thing" << unknown;
        QTest::newRow("partial") << "functools"
                                 << "partial" << unknown;
        QTest::newRow("sklearn") << "sklearn.tree"
                                 << "DecisionTreeClassifier" << unknown;
        QTest::newRow("not a rebuild helper") << "torch._utils"
                                              << "_rebuild_tensor_v2.x" << unknown;
    }

    void dangerousNamesAndNotSoDangerousOnes()
    {
        QFETCH(QString, module);
        QFETCH(QString, name);
        QFETCH(int, verdict);
        QCOMPARE(int(judgeImport(module, name).verdict), verdict);
    }

    void truncatedPickleIsMalformedWithItsOffset()
    {
        const QByteArray full = cleanStateDictPickle();
        const QByteArray cut = full.left(full.size() / 2);
        const PickleReport r = scanBytes(cut);
        QVERIFY(r.malformed);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().message.contains(QLatin1String("truncated")));
        QVERIFY(r.problems.first().offset > 0 && r.problems.first().offset <= cut.size());
        const ModelVerdict v = scan(QStringLiteral("truncated.pkl"), cut);
        QCOMPARE(v.verdict, ModelVerdictKind::Malformed);
        QVERIFY2(problemsOf(v).contains(QStringLiteral("at byte %1").arg(r.problems.first().offset)),
                 qPrintable(problemsOf(v)));
        // A dangerous import before the cut still decides: pickle runs opcodes as it reads them.
        const QByteArray evil = osSystemPickle();
        const ModelVerdict w = scan(QStringLiteral("truncated-evil.pkl"), evil.left(evil.size() - 1));
        QCOMPARE(w.verdict, ModelVerdictKind::Dangerous);
        QVERIFY(!w.problems.isEmpty());
    }

    void malformedStreamsNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("pop on empty") << QByteArray("\x80\x02"
                                                    "0.",
                                                    4)
                                      << "empty stack";
        QTest::newRow("get unknown memo") << QByteArray("\x80\x02h\x07.", 5) << "never stored";
        QTest::newRow("unknown opcode") << QByteArray("\x80\x02\xff", 3) << "unknown opcode 0xff";
        QTest::newRow("protocol 6") << QByteArray("\x80\x06N.", 4) << "unsupported pickle protocol 6";
        QTest::newRow("huge length") << QByteArray("\x80\x04\x8e\xff\xff\xff\xff\xff\xff\xff\x7f.", 12)
                                     << "truncated";
        QTest::newRow("frame overrun")
            << QByteArray("\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00\x8c\x05hello.", 20) << "frame";
        // Found by fuzzing (tests/fuzz): FRAME and 8-byte lengths near 2^63 overflowed the frame arithmetic
        // (undefined behaviour; in practice the frame check was lost).
        QTest::newRow("frame of impossible length")
            << QByteArray("\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\x7fN.", 13)
            << "FRAME with an impossible length";
        QTest::newRow("huge length in a frame")
            << QByteArray("\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8e\xf0\xff\xff\xff\xff\xff\xff\x7f.",
                          21)
            << "crosses the end of its frame";
        QTest::newRow("tuple without mark") << QByteArray("\x80\x02Nt.", 5) << "without a MARK";
        QTest::newRow("empty") << QByteArray() << "empty";
    }

    void malformedStreamsNeverCrash()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const PickleReport r = scanBytes(bytes);
        QVERIFY(r.malformed);
        QVERIFY2(r.problems.first().message.contains(problem), qPrintable(r.problems.first().message));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 3000; ++i) {
            QByteArray b("\x80\x04", 2);
            const int n = int(rng.bounded(200));
            for (int k = 0; k < n; ++k) {
                // Mostly opcodes, so the interpreter goes deep.
                static const char ops[] =
                    "()0123NKJMhjqr\x94\x93\x85\x86\x87RbcuetdlsaX\x8c\x8e\x81\x92\x82o.";
                b += rng.bounded(3) == 0 ? char(rng.bounded(256)) : ops[rng.bounded(quint32(sizeof ops - 1))];
            }
            const PickleReport r = scanBytes(b);
            QVERIFY(r.end <= b.size());
        }
    }

    void limitsBoundMemoryAndTime()
    {
        PickleScanner::Limits limits;
        limits.maxStack = 1000;
        QByteArray marks("\x80\x02", 2);
        marks += QByteArray(5000, 'N');
        PickleReport r = scanBytes(marks, limits);
        QVERIFY(r.limitHit);
        QVERIFY(!r.malformed);
        limits = {};
        limits.maxOpcodes = 100;
        r = scanBytes(QByteArray("\x80\x02", 2) + QByteArray(1000, 'N'), limits);
        QVERIFY(r.limitHit);
        QVERIFY(r.problems.first().message.contains(QLatin1String("opcodes")));
        limits = {};
        limits.maxMemo = 10;
        QByteArray memo("\x80\x02N", 3);
        for (int i = 0; i < 50; ++i) {
            memo += "q" + le(i, 1);
        }
        r = scanBytes(memo, limits);
        QVERIFY(r.limitHit);
        // A memo bomb that duplicates one list into a deep nest stays linear.
        QByteArray nest("\x80\x02]q\x00", 5);
        for (int i = 0; i < 100000; ++i) {
            nest += QByteArray("h\x00\x85q\x00", 5);
        }
        nest += '.';
        r = scanBytes(nest);
        QVERIFY(!r.malformed);
        QCOMPARE(r.pickles, 1);
        // A large bytes payload is skipped, not read: a 4 GiB BINBYTES8 claim costs nothing.
        limits = {};
        limits.maxBytesRead = 1 << 20;
        QByteArray payload("\x80\x04\x8e", 3);
        payload += le(qint64(3) << 20, 8) + QByteArray(3 << 20, 'x') + "\x85.";
        r = scanBytes(payload, limits);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
    }

    void buildOnAGlobalItselfIsNoted()
    {
        PickleBytes p;
        p.proto(2).global("collections", "OrderedDict").emptyDict().build().stop();
        const ModelVerdict v = scan(QStringLiteral("build.pkl"), p.bytes());
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY(problemsOf(v).contains(QLatin1String("BUILD on collections.OrderedDict itself")));
    }

    // ---- containers ------------------------------------------------------------------------------------

    void cleanTorchZip()
    {
        const ModelVerdict v =
            scan(QStringLiteral("clean/pytorch_model.bin"), torchZip(cleanStateDictPickle()));
        QCOMPARE(v.format, ModelFormat::TorchZip);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
        QCOMPARE(v.pickles, QStringList{QStringLiteral("archive/data.pkl")});
        QVERIFY(v.decidingImport.isEmpty());
        QCOMPARE(v.severity, Severity::Info);
        QVERIFY(v.twin.isEmpty());
        QVERIFY2(v.recommendation.contains(QLatin1String("weights_only=True")), qPrintable(v.recommendation));
        QVERIFY(v.recommendation.contains(QLatin1String("model.safetensors")));
    }

    void osSystemInTorchZip()
    {
        const ModelVerdict v = scan(QStringLiteral("evil.pt"), torchZip(osSystemPickle()));
        QCOMPARE(v.format, ModelFormat::TorchZip);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QCOMPARE(v.imports.first().entry, QStringLiteral("archive/data.pkl"));
        QVERIFY(v.calls.first().contains(QLatin1String("archive/data.pkl")));
        QVERIFY(v.recommendation.startsWith(QLatin1String("Do not load")));
    }

    void pickleEntryUnderAnotherName()
    {
        // torch.load reads only data.pkl, but other loaders (torch.package, custom code) read any pickle.
        const QByteArray zip =
            zipBytes({{"archive/data.pkl", cleanStateDictPickle(), false, {}},
                      {"archive/extra/weights.bin", osSystemPickle(4), false, {}},
                      {"archive/data/0", QByteArray("\x80\x02\x00\x00garbage", 11), false, {}}});
        const ModelVerdict v = scan(QStringLiteral("renamed.ckpt"), zip);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QCOMPARE(v.pickles, (QStringList{QStringLiteral("archive/data.pkl"),
                                         QStringLiteral("archive/extra/weights.bin")}));
        // Tensor bytes that happen to start like a pickle are noted, not judged.
        QVERIFY(
            v.notes.join(QLatin1Char(' ')).contains(QLatin1String("archive/data/0 starts like a pickle")));
    }

    // Found by fuzzing (tests/fuzz): an archive whose only pickle cannot be read (encrypted, or compressed
    // with LZMA, which Python's zipfile loads and Keyscout does not read) was judged "suspicious" but its
    // format "unknown", so a scan dropped it: the hidden pickle went unreported.
    void unreadablePickleEntryIsReported()
    {
        QByteArray zip = zipBytes({{"model/weights.pkl", osSystemPickle(4), false, {}}});
        const qsizetype central = zip.indexOf("PK\x01\x02");
        QVERIFY(central > 0);
        zip[central + 10] = 14; // compression method 14: LZMA
        zip[8] = 14;            // in the local header too
        const QString path = write(QStringLiteral("lzma/model.zip"), zip);
        const ModelVerdict v = ModelScanner().scanFile(path);
        QCOMPARE(v.format, ModelFormat::Zip);
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY2(problemsOf(v).contains(QLatin1String("model/weights.pkl cannot be read")),
                 qPrintable(problemsOf(v)));
        const QList<ModelVerdict> scanned = ModelScanner().scanPaths({QFileInfo(path).absolutePath()});
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().verdict, ModelVerdictKind::Suspicious);
    }

    void localHeaderNamesThatLie()
    {
        // The central directory (what PyTorch reads) says data.pkl; the local header says a harmless name.
        const QByteArray evil = zipBytes({{"archive/data.pkl", osSystemPickle(), false, "archive/readme.txt"},
                                          {"archive/version", "3\n", false, {}}});
        ModelVerdict v = scan(QStringLiteral("lying.pt"), evil);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QVERIFY2(problemsOf(v).contains(QLatin1String("local header names \"archive/readme.txt\"")),
                 qPrintable(problemsOf(v)));
        // The same lie around clean content is still not normal: suspicious.
        const QByteArray lie =
            zipBytes({{"archive/data.pkl", cleanStateDictPickle(), false, "archive/data.txt"}});
        v = scan(QStringLiteral("lying-clean.pt"), lie);
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY(v.decidingImport.isEmpty());
    }

    void hiddenLocalEntryAndDuplicateNames()
    {
        QByteArray zip = zipBytes({{"archive/data.pkl", cleanStateDictPickle(), false, {}}});
        // Prepend a local entry the central directory does not list: shift the directory's offsets.
        const QByteArray hidden = zipBytes({{"archive/data.pkl", osSystemPickle(), false, {}}});
        const qsizetype hiddenLocal = hidden.indexOf(QByteArray("PK\x01\x02", 4));
        QByteArray shifted = hidden.left(hiddenLocal);
        QByteArray rest = zip;
        // Rewrite the listed entry's local header offset and the directory offset by the prefix length.
        const qsizetype cd = rest.indexOf(QByteArray("PK\x01\x02", 4));
        const qsizetype end = rest.indexOf(QByteArray("PK\x05\x06", 4));
        rest.replace(cd + 42, 4, le(quint64(shifted.size()), 4));
        rest.replace(end + 16, 4, le(quint64(cd + shifted.size()), 4));
        const ModelVerdict v = scan(QStringLiteral("hidden.pt"), shifted + rest);
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY2(problemsOf(v).contains(QLatin1String("not in the central directory")),
                 qPrintable(problemsOf(v)));
    }

    void deflatedAndZip64Entries()
    {
        const QByteArray deflated = zipBytes({{"archive/data.pkl", osSystemPickle(), true, {}},
                                              {"archive/data/0", QByteArray(4096, '\0'), true, {}}});
        ModelVerdict v = scan(QStringLiteral("deflated.pt"), deflated);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
        const QByteArray zip64 = zipBytes({{"archive/data.pkl", cleanStateDictPickle(), false, {}},
                                           {"archive/data/0", QByteArray(64, '\x02'), false, {}}},
                                          true);
        // An archive comment pushes the end record back from the last kilobyte.
        QByteArray commented = torchZip(osSystemPickle());
        commented.chop(2);
        commented += le(3000, 2) + QByteArray(3000, 'c');
        QCOMPARE(scan(QStringLiteral("commented.pt"), commented).verdict, ModelVerdictKind::Dangerous);
        v = scan(QStringLiteral("zip64.pt"), zip64);
        QCOMPARE(v.format, ModelFormat::TorchZip);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
    }

    // A zip bomb (a pickle entry whose bytes object inflates past the limit) is judged suspicious at the
    // limit and says so: it was reported as a truncated, malformed pickle (tst_hostile's archive of 2 GiB).
    void zipBombStopsAtTheInflateLimit()
    {
        QByteArray pickle("\x80\x04\x8e", 3);
        pickle += le(qint64(64) << 20, 8) + QByteArray(4 << 20, '\0');
        const QByteArray zip = zipBytes({{"archive/data.pkl", pickle, true, {}}});
        QVERIFY(zip.size() < 64 * 1024);
        ModelScanner::Limits limits;
        limits.maxInflated = qint64(1) << 20;
        const ModelVerdict v = ModelScanner(limits).scanFile(write(QStringLiteral("bomb.pt"), zip));
        QCOMPARE(v.format, ModelFormat::TorchZip);
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        const QString problems = problemsOf(v);
        QVERIFY2(problems.contains(QLatin1String("inflates past 1048576 bytes")), qPrintable(problems));
        QVERIFY2(!problems.contains(QLatin1String("truncated")), qPrintable(problems));
    }

    void brokenZipIsMalformed()
    {
        const QByteArray zip = torchZip(cleanStateDictPickle());
        const ModelVerdict v = scan(QStringLiteral("cut.pt"), zip.left(zip.size() - 30));
        QCOMPARE(v.verdict, ModelVerdictKind::Malformed);
        QVERIFY(problemsOf(v).contains(QLatin1String("end of central directory")));
        // A zip without pickles or arrays is not a model file.
        const ModelVerdict docs =
            scan(QStringLiteral("notes.zip"), zipBytes({{"a.txt", "hello", false, {}}}));
        QCOMPARE(docs.format, ModelFormat::Unknown);
    }

    void rawProtocol4PickleNamedPth()
    {
        PickleBytes p;
        p.proto(4).frame(0x30).global("collections", "OrderedDict").emptyTuple().reduce().memoize();
        p.str("w")
            .str("builtins")
            .memoize()
            .str("exec")
            .memoize()
            .stackGlobal()
            .str("import os")
            .tuple1()
            .reduce();
        p.op('s').stop();
        const ModelVerdict v = scan(QStringLiteral("model.pth"), p.bytes());
        QCOMPARE(v.format, ModelFormat::Pickle);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("builtins.exec"));
        QCOMPARE(v.pickles, QStringList{QStringLiteral("model.pth")});
        // A raw protocol-4 state dict of allow-listed parts only is clean.
        PickleBytes clean;
        clean.proto(4).global("collections", "OrderedDict").emptyTuple().reduce().memoize();
        clean.str("step").int1(3).op('s').stop();
        QCOMPARE(scan(QStringLiteral("clean.pth"), clean.bytes()).verdict, ModelVerdictKind::Clean);
    }

    void picklesOneAfterAnother()
    {
        // A second pickle after the first: a loader that calls load() twice runs it; scanners that stop at
        // the first STOP miss it.
        const ModelVerdict v =
            scan(QStringLiteral("two.pkl"), QByteArray("\x80\x02N.", 4) + osSystemPickle());
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
    }

    void legacyTorchFile()
    {
        QByteArray file("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15); // magic
        file += QByteArray("\x80\x02M\xe9\x03.", 6);                                      // protocol 1001
        PickleBytes info;
        info.proto(2).emptyDict().str("little_endian").op('\x88').op('s').stop();
        file += info.bytes();
        QByteArray main = file + cleanStateDictPickle();
        PickleBytes keys;
        keys.proto(2).op(']').str("0").op('a').stop();
        main += keys.bytes() + QByteArray(64, '\x80'); // raw storage bytes follow; never read as pickles
        ModelVerdict v = scan(QStringLiteral("legacy.bin"), main);
        QCOMPARE(v.format, ModelFormat::LegacyTorch);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
        v = scan(QStringLiteral("legacy-evil.bin"), file + osSystemPickle() + keys.bytes());
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
    }

    void numpyArrays()
    {
        ModelVerdict v = scan(QStringLiteral("floats.npy"), npyBytes("'<f4'", QByteArray(4, '\0')));
        QCOMPARE(v.format, ModelFormat::Numpy);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        QVERIFY(v.pickles.isEmpty());
        v = scan(QStringLiteral("objects.npy"), npyBytes("'|O'", osSystemPickle(3)));
        QCOMPARE(v.format, ModelFormat::Numpy);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        // An object array's ordinary pickle: numpy's reconstruct and dtype are allowed.
        PickleBytes arr;
        arr.proto(3)
            .global("numpy.core.multiarray", "_reconstruct")
            .global("numpy", "ndarray")
            .int1(0)
            .tuple1();
        arr.raw("C\x01"
                "b")
            .tuple3()
            .reduce()
            .stop();
        v = scan(QStringLiteral("plain-objects.npy"), npyBytes("[('a', '<i4'), ('b', 'O')]", arr.bytes()));
        QVERIFY2(v.verdict == ModelVerdictKind::Clean, qPrintable(problemsOf(v)));
        QCOMPARE(v.pickles.size(), 1);
        // .npz: a zip of .npy.
        const QByteArray npz = zipBytes({{"a.npy", npyBytes("'<f4'", QByteArray(4, '\0')), false, {}},
                                         {"b.npy", npyBytes("'|O'", osSystemPickle(3)), true, {}}});
        v = scan(QStringLiteral("arrays.npz"), npz);
        QCOMPARE(v.format, ModelFormat::NumpyZip);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.imports.first().entry, QStringLiteral("b.npy"));
    }

    void joblibArraysAreSkipped()
    {
        // joblib.dump of a 3-float64 array: the wrapper, BUILD, one padding byte + padding, then raw data.
        PickleBytes p;
        p.proto(4)
            .global("joblib.numpy_pickle", "NumpyArrayWrapper")
            .memoize()
            .emptyTuple()
            .newobj()
            .memoize();
        p.emptyDict()
            .memoize()
            .mark()
            .str("subclass")
            .global("numpy", "ndarray")
            .str("shape")
            .int1(3)
            .tuple1();
        p.str("order")
            .str("C")
            .str("dtype")
            .global("numpy", "dtype")
            .str("f8")
            .op('\x89')
            .op('\x88')
            .tuple3();
        p.reduce().mark().int1(3).str("<").op('N').op('N').op('N').raw(
            QByteArray("J\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00", 12));
        p.tuple().build().str("allow_mmap").op('\x88').str("numpy_array_alignment_bytes").int1(16).setitems();
        p.build();
        QByteArray bytes = p.bytes() + QByteArray("\x03\xff\xff\xff", 4) + QByteArray(24, '\x80') + ".";
        ModelVerdict v = scan(QStringLiteral("model.joblib"), bytes);
        QCOMPARE(v.format, ModelFormat::Joblib);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        // The same with an sklearn estimator around it: suspicious, not malformed.
        PickleBytes sk;
        sk.proto(4)
            .global("sklearn.linear_model._base", "LinearRegression")
            .emptyTuple()
            .newobj()
            .emptyDict();
        sk.str("coef_");
        QByteArray inner = p.bytes().mid(2); // the wrapper without its PROTO
        inner += QByteArray("\x03\xff\xff\xff", 4) + QByteArray(24, '\x80');
        v = scan(QStringLiteral("estimator.joblib"), sk.bytes() + inner + "sb.");
        QCOMPARE(v.format, ModelFormat::Joblib);
        QVERIFY2(!problemsOf(v).contains(QLatin1String("truncated")), qPrintable(problemsOf(v)));
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QCOMPARE(v.decidingImport, QStringLiteral("sklearn.linear_model._base.LinearRegression"));
    }

    // joblib.dump(…, compress=…) pickles through a compressor: zlib and gzip are inflated and judged, the old
    // "ZF" format too; bz2, xz, lzma and lz4 are reported as not judged when the name says joblib or pickle.
    // Before, every compressed joblib file was taken for an unknown file and passed in silence.
    void compressedJoblibFiles()
    {
        const auto zlib = [](const QByteArray& data) {
            return qCompress(data, 3).mid(4);
        };
        ModelVerdict v = scan(QStringLiteral("evil.joblib"), zlib(osSystemPickle()));
        QCOMPARE(v.format, ModelFormat::Pickle);
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
        QVERIFY2(v.notes.join(QLatin1Char(' ')).contains(QLatin1String("zlib-compressed")),
                 qPrintable(v.notes.join(QLatin1Char(' '))));

        const std::string gz = gzipCompress(osSystemPickle().toStdString());
        v = scan(QStringLiteral("model.pkl.gz"), QByteArray(gz.data(), static_cast<qsizetype>(gz.size())));
        QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
        QVERIFY(v.notes.join(QLatin1Char(' ')).contains(QLatin1String("gzip-compressed")));

        const QByteArray clean = cleanStateDictPickle();
        v = scan(QStringLiteral("clean.joblib"), zlib(clean));
        QCOMPARE(v.format, ModelFormat::Pickle);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);

        // joblib before 0.10: "ZF", the length in hex padded to 16 characters, then zlib.
        const QByteArray length = QByteArray("0x") + QByteArray::number(osSystemPickle().size(), 16);
        const QByteArray old = "ZF" + length.leftJustified(16, ' ') + zlib(osSystemPickle());
        QCOMPARE(scan(QStringLiteral("old.pkl"), old).verdict, ModelVerdictKind::Dangerous);

        const QByteArray xz = QByteArray("\xfd"
                                         "7zXZ\0",
                                         6) +
                              QByteArray(64, '\x11');
        v = scan(QStringLiteral("model.joblib"), xz);
        QCOMPARE(v.format, ModelFormat::Joblib);
        QCOMPARE(v.verdict, ModelVerdictKind::Suspicious);
        QVERIFY2(problemsOf(v).contains(QLatin1String("compressed with xz")), qPrintable(problemsOf(v)));
        // Other compressed files are not model files: an xz archive by another name, zlib data of text.
        QCOMPARE(scan(QStringLiteral("logs.tar.xz"), xz).format, ModelFormat::Unknown);
        QCOMPARE(scan(QStringLiteral("notes.z"), zlib("x = 1\n")).format, ModelFormat::Unknown);
    }

    // ---- safetensors -----------------------------------------------------------------------------------

    void validSafetensors()
    {
        const QByteArray header =
            R"({"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},"b":{"dtype":"BF16","shape":[3],"data_offsets":[16,22]}})";
        const ModelVerdict v =
            scan(QStringLiteral("model.safetensors"), safetensorsBytes(header, QByteArray(22, '\0')));
        QCOMPARE(v.format, ModelFormat::Safetensors);
        QCOMPARE(v.verdict, ModelVerdictKind::Clean);
        QVERIFY2(v.problems.isEmpty(), qPrintable(problemsOf(v)));
        QVERIFY(v.recommendation.isEmpty());
        QVERIFY(v.bytesRead <= 64 + 8 + header.size()); // the first bytes, then the header: never the data
    }

    void invalidSafetensors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem");
        const QByteArray ok = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        QTest::newRow("length past end") << QByteArray(le(1000, 8) + ok) << "runs past the end";
        QTest::newRow("too long") << QByteArray(le(200'000'000, 8) + "{") << "over the format's limit";
        QTest::newRow("not json") << safetensorsBytes("{\"a\":", QByteArray(8, '\0')) << "not a JSON object";
        QTest::newRow("size mismatch")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})",
                                QByteArray(8, '\0'))
            << "need 12";
        QTest::newRow("overlap")
            << safetensorsBytes(
                   R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}})",
                   QByteArray(6, '\0'))
            << "overlaps";
        QTest::newRow("hole") << safetensorsBytes(R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}})",
                                                  QByteArray(8, '\0'))
                              << "a hole of 4 bytes";
        QTest::newRow("trailing data") << safetensorsBytes(ok, QByteArray(12, '\0')) << "the file holds 12";
        QTest::newRow("bad dtype") << safetensorsBytes(
                                          R"({"a":{"dtype":"F31","shape":[2],"data_offsets":[0,8]}})",
                                          QByteArray(8, '\0'))
                                   << "unknown dtype";
        QTest::newRow("metadata")
            << safetensorsBytes(
                   R"({"__metadata__":{"n":1},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
                   QByteArray(8, '\0'))
            << "not a string";
        QTest::newRow("negative shape")
            << safetensorsBytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})",
                                QByteArray(8, '\0'))
            << "non-negative";
        // Found by fuzzing (tests/fuzz): numbers beyond 64 bits were converted anyway (undefined; 2^64 became
        // 0, so this file passed as valid).
        QTest::newRow("offsets beyond 64 bits")
            << safetensorsBytes(
                   R"({"a":{"dtype":"U8","shape":[0],"data_offsets":[18446744073709551616,18446744073709551616]}})",
                   {})
            << "non-negative integers";
        QTest::newRow("shape beyond 64 bits")
            << safetensorsBytes(R"({"a":{"dtype":"U8","shape":[1e300],"data_offsets":[0,0]}})", {})
            << "non-negative integers";
        QTest::newRow("fractional offsets")
            << safetensorsBytes(R"({"a":{"dtype":"U8","shape":[0],"data_offsets":[0.5,0.5]}})", {})
            << "non-negative integers";
    }

    void invalidSafetensors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        // Named .safetensors: when the header length is absurd the content no longer sniffs as safetensors,
        // so these are checked directly.
        const QString path = write(QStringLiteral("bad.safetensors"), file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SafetensorsCheck c = checkSafetensors(f);
        QVERIFY(!c.valid);
        QVERIFY2(c.problems.join(QLatin1Char(' ')).contains(problem),
                 qPrintable(c.problems.join(QLatin1Char(' '))));
    }

    void invalidSafetensorsVerdict()
    {
        const ModelVerdict v =
            scan(QStringLiteral("broken.safetensors"),
                 safetensorsBytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})",
                                  QByteArray(8, '\0')));
        QCOMPARE(v.format, ModelFormat::Safetensors);
        QCOMPARE(v.verdict, ModelVerdictKind::Malformed);
        QCOMPARE(v.severity, Severity::Low);
        QVERIFY(v.recommendation.contains(QLatin1String("download it again")));
    }

    // ---- the Hugging Face cache ------------------------------------------------------------------------

    void hubCacheLocationAndTwin()
    {
        const QString snapshot =
            m_dir.filePath(QStringLiteral("hub/models--acme--bert-tiny/snapshots/0123abcd"));
        const QString blobs = m_dir.filePath(QStringLiteral("hub/models--acme--bert-tiny/blobs"));
        QVERIFY(writeFile(blobs + QStringLiteral("/e3b0c442"), torchZip(cleanStateDictPickle())));
        QDir().mkpath(snapshot);
        QVERIFY(QFile::link(QStringLiteral("../../blobs/e3b0c442"),
                            snapshot + QStringLiteral("/pytorch_model.bin")));
        const QString path = snapshot + QStringLiteral("/pytorch_model.bin");
        ModelVerdict v = ModelScanner().scanFile(path);
        QCOMPARE(v.hub.repo, QStringLiteral("acme/bert-tiny"));
        QCOMPARE(v.hub.repoType, QStringLiteral("model"));
        QCOMPARE(v.hub.revision, QStringLiteral("0123abcd"));
        QCOMPARE(v.hub.file, QStringLiteral("pytorch_model.bin"));
        QVERIFY(v.twin.isEmpty());
        QVERIFY2(v.recommendation.contains(QLatin1String("spaces/safetensors/convert")),
                 qPrintable(v.recommendation));
        QVERIFY(v.recommendation.contains(QLatin1String("acme/bert-tiny")));
        QVERIFY(v.recommendation.contains(QStringLiteral("torch.load(\"%1\"").arg(path)));

        // The hub scan reads the blob once, through the snapshot, and names it by the snapshot.
        const QList<ModelVerdict> all = ModelScanner().scanPaths({m_dir.filePath(QStringLiteral("hub"))});
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().path, path);

        // With a safetensors twin the pickle need not be loaded at all.
        QVERIFY(writeFile(snapshot + QStringLiteral("/model.safetensors"),
                          safetensorsBytes(R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})", "x")));
        v = ModelScanner().scanFile(path);
        QCOMPARE(v.twin, snapshot + QStringLiteral("/model.safetensors"));
        QVERIFY(v.recommendation.contains(QLatin1String("need not be loaded")));
        QCOMPARE(ModelScanner().scanPaths({m_dir.filePath(QStringLiteral("hub"))}).size(), 2);

        // Sharded names and other repository kinds.
        QCOMPARE(safetensorsNameFor(QStringLiteral("/x/pytorch_model-00001-of-00002.bin")),
                 QStringLiteral("model-00001-of-00002.safetensors"));
        const HubCacheLocation d = HubCacheLocation::fromPath(
            QStringLiteral("/h/hub/datasets--org--set/snapshots/ff00/data/train.pkl"));
        QCOMPARE(d.repoType, QStringLiteral("dataset"));
        QCOMPARE(d.repo, QStringLiteral("org/set"));
        QCOMPARE(d.file, QStringLiteral("data/train.pkl"));
        QCOMPARE(HubCacheLocation::fromPath(QStringLiteral("/h/hub/models--gpt2/snapshots/aa/x.bin")).repo,
                 QStringLiteral("gpt2"));
        QVERIFY(!HubCacheLocation::fromPath(QStringLiteral("/h/models/x.bin")).inCache());
    }

    void conversionCommandRunsWhereThereIsPython()
    {
        // The command is valid Python with awkward paths (quotes, spaces); torch itself is not needed to
        // check that, only to run it.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            QSKIP("python3 is not installed");
        }
        const QString command =
            conversionCommand(QStringLiteral("/tmp/it's a \"model\".bin"), QStringLiteral("out.safetensors"));
        const QString code = command.mid(command.indexOf(QLatin1Char('\'')));
        QProcess sh;
        sh.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("printf %s ") + code + QStringLiteral(" | ") + python +
                                       QStringLiteral(" -c 'import ast,sys; ast.parse(sys.stdin.read())'")});
        QVERIFY(sh.waitForFinished(30000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
    }

    // ---- against CPython's own pickler ------------------------------------------------------------------

    void realPicklesOfEveryProtocol()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            QSKIP("python3 is not installed");
        }
        const QString out = m_dir.filePath(QStringLiteral("cpython"));
        QDir().mkpath(out);
        // Ordinary data of every kind for each protocol, and one object whose __reduce__ calls os.system.
        const QString script = QStringLiteral(R"(
import collections, os, pickle, sys
out = sys.argv[1]
class Evil:
    def __reduce__(self):
        return (os.system, ('true',))
data = collections.OrderedDict(a=[1, 2.5, -3, 2**70], b=(b'x' * 300, 'y' * 300), c={1, 2}, d=frozenset([3]),
                               e=bytearray(b'z'), f=None, g=True, h=complex(1, 2), i={'k': [[], {}, ()]})
data['self'] = [data['a'], data['a']]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    with open(f'{out}/clean-{proto}.pkl', 'wb') as f:
        pickle.dump(data, f, protocol=proto)
    with open(f'{out}/evil-{proto}.pkl', 'wb') as f:
        pickle.dump([1, Evil()], f, protocol=proto)
)");
        QProcess p;
        p.start(python, {QStringLiteral("-c"), script, out});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList files = QDir(out).entryList({QStringLiteral("*.pkl")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString& name : files) {
            const ModelVerdict v = ModelScanner().scanFile(out + QLatin1Char('/') + name);
            QVERIFY2(v.format == ModelFormat::Pickle, qPrintable(name));
            if (name.startsWith(QLatin1String("clean"))) {
                QVERIFY2(v.verdict == ModelVerdictKind::Clean,
                         qPrintable(name + QLatin1Char(' ') + problemsOf(v) + QLatin1Char(' ') +
                                    v.decidingImport));
            } else {
                QVERIFY2(v.verdict == ModelVerdictKind::Dangerous,
                         qPrintable(name + QLatin1Char(' ') + problemsOf(v)));
                QCOMPARE(v.decidingImport, QStringLiteral("posix.system"));
                QVERIFY2(v.calls.join(QLatin1Char(' ')).contains(QLatin1String("posix.system('true')")),
                         qPrintable(v.calls.join(QLatin1Char(' '))));
            }
        }
    }

    // ---- findings ---------------------------------------------------------------------------------------

    // The same folder given twice, or a folder and one inside it (`keyscout scan DIR --models DIR`, `~` and
    // `~/models`): each file is judged and reported once, not once per root.
    void overlappingRootsJudgeEachFileOnce()
    {
        write(QStringLiteral("overlap/evil.pt"), torchZip(osSystemPickle()));
        write(QStringLiteral("overlap/inner/odd.pkl"), QByteArray("\x80\x02\x82\x05.", 5));
        const QString dir = m_dir.filePath(QStringLiteral("overlap"));
        const QList<ModelVerdict> verdicts =
            ModelScanner().scanPaths({dir, dir, dir + QStringLiteral("/inner"), dir + QStringLiteral("/")});
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(modelFindings(verdicts).size(), 2);
    }

    // Names are bytes on Linux: a model whose name is not UTF-8 is judged, and so is every file listed after
    // such a name (the walk used QDirIterator, which could not open the first and, under Qt 6.8, stopped at
    // it: tst_hostile's zip bomb went unreported in a whole-home scan on Debian 13). A link to a folder is
    // not followed; a link to a model file is.
    void walkReadsNamesThatAreNotUtf8()
    {
        const QString dir = m_dir.filePath(QStringLiteral("bytes"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/sub")));
        const QByteArray native = QFile::encodeName(dir);
        const QByteArray evil = torchZip(osSystemPickle());
        for (const QByteArray& name : {QByteArray("/evil-\xff\xfe.pt"), QByteArray("/sub/\xc3(.pkl")}) {
            QFile f;
            const int fd =
                ::open(QByteArray(native + name).constData(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
            QVERIFY(fd >= 0);
            QVERIFY(f.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
            QCOMPARE(f.write(evil), evil.size());
        }
        write(QStringLiteral("bytes/sub/zz-later.pt"), evil);
        QCOMPARE(::symlink("zz-later.pt", QByteArray(native + "/sub/link-to-model.pt").constData()), 0);
        QCOMPARE(::symlink("/", QByteArray(native + "/everything").constData()), 0);
        const QList<ModelVerdict> verdicts = ModelScanner().scanPaths({dir});
        QStringList names;
        for (const ModelVerdict& v : verdicts) {
            QCOMPARE(v.verdict, ModelVerdictKind::Dangerous);
            names << QFileInfo(v.path).fileName();
        }
        names.sort();
        QCOMPARE(names.size(), 4);
        QVERIFY2(names.at(0).startsWith(QLatin1String("evil-")), qPrintable(names.join(QLatin1Char(' '))));
        QCOMPARE(names.at(1), QStringLiteral("link-to-model.pt"));
        QCOMPARE(names.at(2), QStringLiteral("zz-later.pt"));
        QVERIFY2(names.at(3).endsWith(QLatin1String("(.pkl")), qPrintable(names.join(QLatin1Char(' '))));
        // QTemporaryDir cannot name these to remove them.
        QCOMPARE(::unlink(QByteArray(native + "/evil-\xff\xfe.pt").constData()), 0);
        QCOMPARE(::unlink(QByteArray(native + "/sub/\xc3(.pkl").constData()), 0);
    }

    void verdictsBecomeFindings()
    {
        const QString evil = write(QStringLiteral("findings/evil.pt"), torchZip(osSystemPickle()));
        const QString clean = write(QStringLiteral("findings/clean.pt"), torchZip(cleanStateDictPickle()));
        const QString odd = write(QStringLiteral("findings/odd.pkl"), QByteArray("\x80\x02\x82\x05.", 5));
        const QList<ModelVerdict> verdicts =
            ModelScanner().scanPaths({m_dir.filePath(QStringLiteral("findings"))});
        QCOMPARE(verdicts.size(), 3);
        const QList<Finding> findings = modelFindings(verdicts);
        QCOMPARE(findings.size(), 2); // the clean file needs nothing
        const Finding* e = nullptr;
        for (const Finding& f : findings) {
            QCOMPARE(f.place.kind, SourceKind::ModelFile);
            QVERIFY(f.secret.isEmpty());
            QCOMPARE(f.secretSha256.size(), 64);
            QVERIFY(f.path != clean);
            if (f.path == evil) {
                e = &f;
            }
        }
        QVERIFY(e != nullptr);
        QCOMPARE(e->ruleId, QStringLiteral("model.dangerous"));
        QCOMPARE(e->severity, Severity::Critical);
        QCOMPARE(e->masked, QStringLiteral("posix.system"));
        QCOMPARE(e->place.model.verdict, QStringLiteral("dangerous"));
        QVERIFY(e->context.join(QLatin1Char('\n')).contains(QLatin1String("posix.system('id')")));
        // The import list, each judged, where people look (the window's and the text report's notes).
        QVERIFY2(e->notes.contains(QStringLiteral("Imports: posix.system (dangerous)")),
                 qPrintable(e->notes.join(QLatin1Char('\n'))));
        QCOMPARE(groupBySecret(findings).size(), 2); // one group per file
        // The guidance is the verdict's recommendation (nothing to revoke), and the JSON report carries it.
        QCOMPARE(nextSteps({*e}), QStringList{e->place.model.recommendation});
        QVERIFY(e->place.model.recommendation.startsWith(QLatin1String("Do not load evil.pt")));
        const QJsonObject json = JsonReport::findingObject(*e, ReportOptions{});
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("model-file"));
        const QJsonObject model =
            json.value(QLatin1String("place")).toObject().value(QLatin1String("model")).toObject();
        QCOMPARE(model.value(QLatin1String("verdict")).toString(), QStringLiteral("dangerous"));
        QCOMPARE(model.value(QLatin1String("deciding_import")).toString(), QStringLiteral("posix.system"));
        QVERIFY(!json.contains(QLatin1String("secret")));
        QVERIFY(!odd.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
