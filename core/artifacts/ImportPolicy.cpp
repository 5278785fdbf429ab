// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPolicy.h"

#include <QHash>
#include <QSet>

namespace keyscout {

namespace {

// Python 2 module names that pickle maps to Python 3 ones on load (Lib/_compat_pickle.py IMPORT_MAPPING).
QString mappedModule(const QString& module)
{
    static const QHash<QString, QString> mapping{
        {QStringLiteral("__builtin__"), QStringLiteral("builtins")},
        {QStringLiteral("copy_reg"), QStringLiteral("copyreg")},
        {QStringLiteral("cPickle"), QStringLiteral("pickle")},
        {QStringLiteral("exceptions"), QStringLiteral("builtins")},
        {QStringLiteral("commands"), QStringLiteral("subprocess")},
        {QStringLiteral("UserDict"), QStringLiteral("collections")},
        {QStringLiteral("urllib2"), QStringLiteral("urllib.request")},
        {QStringLiteral("httplib"), QStringLiteral("http.client")},
    };
    return mapping.value(module, module);
}

// The globals torch.load(weights_only=True) accepts by default, and the numpy ones it accepts for arrays.
bool isAllowed(const QString& path)
{
    static const QSet<QString> exact{
        QStringLiteral("collections.OrderedDict"),
        QStringLiteral("collections.Counter"),
        QStringLiteral("torch.nn.parameter.Parameter"),
        QStringLiteral("torch.serialization._get_layout"),
        QStringLiteral("torch.Size"),
        QStringLiteral("torch.Tensor"),
        QStringLiteral("torch.device"),
        QStringLiteral("torch._tensor._rebuild_from_type_v2"),
        QStringLiteral("torch.storage.TypedStorage"),
        QStringLiteral("torch.storage.UntypedStorage"),
        QStringLiteral("torch.per_tensor_affine"),
        QStringLiteral("torch.per_tensor_symmetric"),
        QStringLiteral("torch.per_channel_affine"),
        QStringLiteral("torch.per_channel_symmetric"),
        QStringLiteral("torch.per_channel_affine_float_qparams"),
        QStringLiteral("torch.contiguous_format"),
        QStringLiteral("torch.channels_last"),
        QStringLiteral("torch.preserve_format"),
        QStringLiteral("torch.strided"),
        QStringLiteral("torch.sparse_coo"),
        QStringLiteral("torch.sparse_csr"),
        QStringLiteral("_codecs.encode"), // bytes under protocol 2
        QStringLiteral("builtins.bytearray"),
        QStringLiteral("builtins.set"),
        QStringLiteral("builtins.frozenset"),
        QStringLiteral("builtins.complex"),
        QStringLiteral("builtins.slice"),
        QStringLiteral("builtins.range"),
        QStringLiteral("builtins.list"),
        QStringLiteral("builtins.dict"),
        QStringLiteral("builtins.tuple"),
        QStringLiteral("builtins.int"),
        QStringLiteral("builtins.float"),
        QStringLiteral("builtins.bool"),
        QStringLiteral("builtins.str"),
        QStringLiteral("builtins.bytes"),
        QStringLiteral("numpy.core.multiarray._reconstruct"),
        QStringLiteral("numpy._core.multiarray._reconstruct"),
        QStringLiteral("numpy.core.multiarray.scalar"),
        QStringLiteral("numpy._core.multiarray.scalar"),
        QStringLiteral("numpy.ndarray"),
        QStringLiteral("numpy.dtype"),
        // joblib's array wrapper only describes the array data written after it (read like a pickle of its
        // own when the array holds objects).
        QStringLiteral("joblib.numpy_pickle.NumpyArrayWrapper"),
        QStringLiteral("sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper"),
    };
    if (exact.contains(path)) {
        return true;
    }
    // torch._utils._rebuild_tensor, _rebuild_tensor_v2/v3, _rebuild_parameter(_with_state), _rebuild_qtensor,
    // _rebuild_sparse_tensor, _rebuild_meta_tensor_no_storage, _rebuild_wrapper_subclass,
    // _rebuild_device_tensor_from_numpy/_from_cpu_tensor: all "_rebuild_" helpers of torch._utils.
    static const QLatin1String rebuild("torch._utils._rebuild_");
    if (path.startsWith(rebuild) && !path.mid(rebuild.size()).contains(QLatin1Char('.'))) {
        return true;
    }
    // Storage classes (torch.FloatStorage, torch.cuda.HalfStorage, …) and dtypes (torch.float32, …).
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QString module = path.left(dot);
    const QString name = path.mid(dot + 1);
    const bool torchModule = module == QLatin1String("torch") || module == QLatin1String("torch.cuda");
    if (torchModule && name.endsWith(QLatin1String("Storage")) && !name.contains(QLatin1Char('_'))) {
        return true;
    }
    static const QSet<QString> dtypes{
        QStringLiteral("float32"),
        QStringLiteral("float"),
        QStringLiteral("float64"),
        QStringLiteral("double"),
        QStringLiteral("float16"),
        QStringLiteral("half"),
        QStringLiteral("bfloat16"),
        QStringLiteral("complex32"),
        QStringLiteral("complex64"),
        QStringLiteral("complex128"),
        QStringLiteral("cfloat"),
        QStringLiteral("cdouble"),
        QStringLiteral("uint8"),
        QStringLiteral("int8"),
        QStringLiteral("int16"),
        QStringLiteral("short"),
        QStringLiteral("int32"),
        QStringLiteral("int"),
        QStringLiteral("int64"),
        QStringLiteral("long"),
        QStringLiteral("bool"),
        QStringLiteral("qint8"),
        QStringLiteral("quint8"),
        QStringLiteral("qint32"),
        QStringLiteral("quint4x2"),
        QStringLiteral("quint2x4"),
        QStringLiteral("float8_e4m3fn"),
        QStringLiteral("float8_e5m2"),
        QStringLiteral("float8_e4m3fnuz"),
        QStringLiteral("float8_e5m2fnuz"),
        QStringLiteral("uint16"),
        QStringLiteral("uint32"),
        QStringLiteral("uint64"),
        QStringLiteral("uint1"),
        QStringLiteral("uint2"),
        QStringLiteral("uint3"),
        QStringLiteral("uint4"),
        QStringLiteral("uint5"),
        QStringLiteral("uint6"),
        QStringLiteral("uint7"),
        QStringLiteral("int1"),
        QStringLiteral("int2"),
        QStringLiteral("int3"),
        QStringLiteral("int4"),
        QStringLiteral("int5"),
        QStringLiteral("int6"),
        QStringLiteral("int7"),
    };
    if (module == QLatin1String("torch") && dtypes.contains(name)) {
        return true;
    }
    // numpy's dtype classes (numpy.dtypes.Float32DType, …), which numpy ≥ 1.25 pickles for dtypes.
    return module == QLatin1String("numpy.dtypes") && name.endsWith(QLatin1String("DType")) &&
           !name.contains(QLatin1Char('_'));
}

struct DangerousName {
    const char* name;
    const char* reason;
};

// Modules any of whose names reaches code execution, processes, files, the network or imports.
constexpr DangerousName kDangerousNames[] = {
    {"os", "runs commands and touches files"},
    {"posix", "runs commands and touches files"},
    {"nt", "runs commands and touches files"},
    {"subprocess", "runs commands"},
    {"_posixsubprocess", "runs commands"},
    {"pty", "runs commands"},
    {"platform", "runs commands"},
    {"sys", "changes the interpreter"},
    {"importlib", "imports modules"},
    {"imp", "imports modules"},
    {"pkgutil", "imports modules"},
    {"zipimport", "imports modules"},
    {"runpy", "runs Python code"},
    {"code", "runs Python code"},
    {"codeop", "compiles Python code"},
    {"inspect", "looks up attributes"},
    {"types", "builds functions and code objects"},
    {"marshal", "loads code objects"},
    {"pickle", "loads another pickle"},
    {"_pickle", "loads another pickle"},
    {"dill", "loads another pickle"},
    {"cloudpickle", "loads another pickle"},
    {"joblib.load", "loads another pickle"},
    {"shelve", "loads pickles"},
    {"ctypes", "calls native code"},
    {"_ctypes", "calls native code"},
    {"cffi", "calls native code"},
    {"socket", "opens network connections"},
    {"_socket", "opens network connections"},
    {"ssl", "opens network connections"},
    {"http", "opens network connections"},
    {"urllib", "opens network connections"},
    {"requests", "opens network connections"},
    {"httpx", "opens network connections"},
    {"aiohttp", "opens network connections"},
    {"ftplib", "opens network connections"},
    {"smtplib", "opens network connections"},
    {"telnetlib", "opens network connections"},
    {"xmlrpc", "opens network connections"},
    {"webbrowser", "starts programs"},
    {"shutil", "copies, moves and deletes files"},
    {"tempfile", "creates files"},
    {"pathlib", "touches files"},
    {"glob", "lists files"},
    {"io", "opens files"},
    {"_io", "opens files"},
    {"fileinput", "opens files"},
    {"asyncio", "runs commands and opens connections"},
    {"multiprocessing", "starts processes"},
    {"threading", "starts threads"},
    {"_thread", "starts threads"},
    {"signal", "changes signal handlers"},
    {"pdb", "runs Python code"},
    {"bdb", "runs Python code"},
    {"timeit", "runs Python code"},
    {"cProfile", "runs Python code"},
    {"profile", "runs Python code"},
    {"trace", "runs Python code"},
    {"doctest", "runs Python code"},
    {"pip", "installs packages"},
    {"setuptools", "runs setup code"},
    {"distutils", "runs commands"},
    {"ensurepip", "installs packages"},
    {"venv", "runs commands"},
    {"operator.attrgetter", "looks up attributes"},
    {"operator.methodcaller", "calls methods by name"},
    {"_operator.attrgetter", "looks up attributes"},
    {"_operator.methodcaller", "calls methods by name"},
    {"torch.hub", "downloads and runs code"},
    {"torch.load", "loads another pickle"},
    {"torch.jit", "loads TorchScript"},
    {"torch.serialization.load", "loads another pickle"},
    {"numpy.load", "loads pickles"},
    {"numpy.testing", "runs commands"},
    {"numpy.f2py", "runs commands"},
};

// Names of builtins that reach code, attributes, imports or files.
constexpr DangerousName kDangerousBuiltins[] = {
    {"eval", "evaluates Python code"},
    {"exec", "runs Python code"},
    {"compile", "compiles Python code"},
    {"execfile", "runs Python code"},
    {"getattr", "looks up attributes"},
    {"setattr", "changes attributes"},
    {"delattr", "deletes attributes"},
    {"__import__", "imports modules"},
    {"open", "opens files"},
    {"file", "opens files"},
    {"globals", "reaches the interpreter's globals"},
    {"locals", "reaches the interpreter's locals"},
    {"vars", "reaches attributes"},
    {"breakpoint", "starts a debugger"},
    {"input", "reads the terminal"},
    {"help", "runs the help pager"},
    {"exit", "exits the interpreter"},
    {"quit", "exits the interpreter"},
};

bool matchesPrefix(const QString& path, const char* prefix)
{
    const QLatin1String p(prefix);
    return path == p || (path.startsWith(p) && path.at(p.size()) == QLatin1Char('.'));
}

} // namespace

QString importPath(const QString& module, const QString& name)
{
    return mappedModule(module) + QLatin1Char('.') + name;
}

ImportJudgement judgeImport(const QString& module, const QString& name)
{
    const QString path = importPath(module, name);
    if (isAllowed(path)) {
        return {ImportClass::Safe, {}};
    }
    for (const DangerousName& d : kDangerousNames) {
        if (matchesPrefix(path, d.name)) {
            return {ImportClass::Dangerous, QString::fromLatin1(d.reason)};
        }
    }
    const QString mapped = mappedModule(module);
    if (mapped == QLatin1String("builtins")) {
        // A dotted name reaches attributes of the builtin ("getattr.__call__", "str.__class__").
        const QString first = name.section(QLatin1Char('.'), 0, 0);
        for (const DangerousName& d : kDangerousBuiltins) {
            if (first == QLatin1String(d.name)) {
                return {ImportClass::Dangerous, QString::fromLatin1(d.reason)};
            }
        }
        if (name.contains(QLatin1Char('.'))) {
            return {ImportClass::Dangerous, QStringLiteral("looks up attributes")};
        }
    }
    // Any dunder in the name ("OrderedDict.__init__.__globals__") walks from an object to anything.
    if (name.contains(QLatin1String("__")) && name.contains(QLatin1Char('.'))) {
        return {ImportClass::Dangerous, QStringLiteral("looks up attributes")};
    }
    return {ImportClass::Unknown, {}};
}

} // namespace keyscout
