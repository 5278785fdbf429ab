#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpora and dictionaries for the fuzz targets in tests/fuzz, made at run time from the project's own
fixtures (resources/demo/home, resources/rules, tests/data) and from valid inputs generated here: notebooks,
pickles of protocols 0 to 5 (Python's own pickle module), torch-like and numpy zips, safetensors, .npy
arrays, gzip members, histories and credential files, IPython history databases. Nothing is committed: the
seeds hold token-shaped strings, made here from the rules' own test vectors.

    tests/fuzz/make-seeds.py OUT      writes OUT/<target>/* and OUT/<target>.dict
"""

import collections
import gzip
import io
import json
import os
import pickle
import random
import re
import sqlite3
import struct
import sys
import tempfile
import types
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RNG = random.Random(20261128)


class Corpus:
    def __init__(self, out):
        self.out = Path(out)
        self.counts = collections.Counter()

    def add(self, target, data, prefix=b""):
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        directory = self.out / target
        directory.mkdir(parents=True, exist_ok=True)
        self.counts[target] += 1
        (directory / f"seed-{self.counts[target]:04d}").write_bytes(prefix + data)

    def dictionary(self, target, words):
        lines = []
        for w in dict.fromkeys(words):  # unique, in order
            if isinstance(w, str):
                w = w.encode()
            if not w or len(w) > 64:
                continue
            escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\x{b:02x}" for b in w)
            lines.append(f'"{escaped}"')
        (self.out / f"{target}.dict").write_text("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------------------
# Secrets: the positive test vectors of the built-in rules (fake, but shaped like real ones).


def rules():
    for f in sorted((ROOT / "resources/rules").glob("*.json")):
        doc = json.loads(f.read_text())
        for rule in doc["rules"]:
            yield f, doc, rule


SECRETS = {}
for _, _, rule in rules():
    for test in rule["tests"]["positive"]:
        SECRETS.setdefault(rule["id"], test["secret"])
HF = SECRETS["huggingface.user_token"]
HF_ORG = SECRETS.get("huggingface.org_token", HF)
OTHERS = [s for k, s in SECRETS.items() if not k.startswith("huggingface")]


def token(i=0):
    return [HF, HF_ORG, *OTHERS][i % (2 + len(OTHERS))]


def placeholders(text):
    """The demo home's {{NAME}} and the notebook fixtures' @NAME@ markers, filled with token-shaped values."""
    names = {}

    def fill(m):
        return names.setdefault(m.group(0), token(len(names)))

    return re.sub(r"\{\{[A-Z0-9_]+\}\}|@[A-Z0-9_]+@", fill, text)


def demo(relative):
    path = ROOT / "resources/demo/home" / relative
    return placeholders(path.read_text()) if path.exists() else ""


# ---------------------------------------------------------------------------------------------------------
# Text formats.


def text_formats(c):
    hf = HF
    c.add("env", demo("projects/llm-finetune/.env"))
    c.add("env", demo(".bashrc"))
    c.add("env", demo("miniconda3/envs/llm/etc/conda/activate.d/env_vars.sh"))
    for sample in [
        f"HF_TOKEN={hf}\nexport OPENAI_API_KEY='{token(2)}'\n",
        f'\ufeffKEY="multi\nline {hf}"\n# comment\nexport A=b # trailing\n',
        f'Q="esc \\" \\\\ \\n {hf}"\r\nalias ll="ls -l"\nif [ -f x ]; then . x; fi\n',
        f"UNTERMINATED='{hf}\nNEXT=1\n",
        f'X = "{hf}" junk\nEMPTY=\nexport   SPACED  =  value\n',
    ]:
        c.add("env", sample)

    c.add("netrc", demo(".netrc"))
    for sample in [
        f"machine huggingface.co login hf_user password {hf}\n",
        f"machine api.wandb.ai\n  login user\n  password {token(3)}\ndefault login anonymous password x\n",
        f'machine "quoted host" login "a\\"b" password "{hf}"\nmacdef init\ncd /pub\nget {hf}\n\nmachine m\n',
        "# comment line\npassword orphan\nmachine\n",
        f'machine h password "unterminated {hf}\r\naccount acct login late\n',
    ]:
        c.add("netrc", sample)

    c.add("gitcredentials", demo(".git-credentials"))
    for sample in [
        f"https://user:{hf}@huggingface.co\n",
        f"https://us%40er:{hf.replace('_', '%5F')}@host.example:8443/path\n  http://a:b@c\n",
        "not a url\nhttps://nopassword@host\nhttps://user:@host\n://x:y@z\n",
    ]:
        c.add("gitcredentials", sample)

    auth = __import__("base64").b64encode(f"user:{hf}".encode()).decode()
    for sample in [
        {"auths": {"registry.example": {"auth": auth}}},
        {"auths": {"https://index.docker.io/v1/": {"auth": auth, "identitytoken": hf}, "ghcr.io": {"username": "u", "password": token(4)}}},
        {"auths": {"r": {"registrytoken": hf, "auth": "bm90LWJhc2U2NA=="}}, "credsStore": "desktop"},
        {"auths": []},
    ]:
        c.add("dockerconfig", json.dumps(sample, indent=1))
    c.add("dockerconfig", '{"auths": {"r\\u0065g": {"auth": "' + auth + '", "password": "p\\u0061ss"}}}')

    c.add("storedtokens", demo(".cache/huggingface/stored_tokens"))
    c.add("storedtokens", f"[work]\nhf_token = {hf}\n\n[ personal ]\r\nhf_token={HF_ORG}\n[]\n[broken\n")

    histories = [
        (0, demo(".bash_history")),
        (0, f"#1700000000\nhuggingface-cli login --token {hf}\n#1700000100\nexport HF_TOKEN={hf}\nls\n#\n#12x\n"),
        (1, demo(".zsh_history")),
        (1, f": 1700000000:0;export HF_TOKEN={hf}\n: 1700000001:12;echo a\\\nb\\\nc\nplain {hf}\\ \n"),
        (1, b": 1700000002:0;echo \x83\x20 metafied " + hf.encode() + b"\n"),
        (2, demo(".local/share/fish/fish_history")),
        (2, f"- cmd: set -x HF_TOKEN {hf}\n  when: 1700000000\n  paths:\n    - /tmp\n- cmd: echo a\\nb\\\\c {hf}\n  when: x\nstray line\n"),
        (3, demo(".python_history")),
        (3, f"_HiStOrY_V2_\nimport\\040os\nos.environ['HF_TOKEN']\\040=\\040'{hf}'\n\\M-a\\^I\\\\\n"),
        (3, f"from huggingface_hub import login\nlogin('{hf}')\n"),
    ]
    for selector, text in histories:
        c.add("history", text, bytes([selector]))

    words = ["\n", "\r\n", "=", "export ", "'", '"', "\\", "#", "\\n", "\\\"", "machine ", "login ", "password ",
             "account ", "macdef ", "default", "https://", "://", "@", ":", "%40", "%", ": 1700000000:0;", "\\\n",
             "\x83", "- cmd: ", "  when: ", "  paths:", "_HiStOrY_V2_", "\\040", "\\M-", "\\^", "#1700000000",
             "[", "]", "hf_token = ", "auths", "auth", "identitytoken", "registrytoken", "username", "{", "}"]
    for _, _, rule in rules():
        words += rule["keywords"]
    for target in ("env", "netrc", "gitcredentials", "dockerconfig", "storedtokens", "history"):
        c.dictionary(target, words)


# ---------------------------------------------------------------------------------------------------------
# JSON and notebooks.


def notebook(cells, nbformat=4, metadata=None):
    return {"nbformat": nbformat, "nbformat_minor": 5, "metadata": metadata or {}, "cells": cells}


def notebooks():
    hf = HF
    out = []
    for name in ("planted-v3.ipynb.in", "planted-v4.ipynb.in"):
        out.append(placeholders((ROOT / "tests/data/notebooks" / name).read_text()))
    out.append(demo("projects/llm-finetune/train.ipynb"))
    out.append(json.dumps(notebook([
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import os\n", f"os.environ['HF_TOKEN'] = '{hf}'"],
         "outputs": [
             {"output_type": "stream", "name": "stdout", "text": [f"\x1b[32mtoken {hf}\x1b[0m\n"]},
             {"output_type": "execute_result", "execution_count": 3, "metadata": {},
              "data": {"text/plain": [f"'{hf}'"], "application/json": {"token": hf, "list": [1, "x"]}, "image/png": "iVBORw0KGgo="}},
             {"output_type": "error", "ename": "HTTPError", "evalue": f"401 for {hf}",
              "traceback": ["\x1b[0;31m---\x1b[0m", f"token={hf}"]},
         ]},
        {"cell_type": "markdown", "metadata": {}, "source": f"Token: `{hf}`",
         "attachments": {"img.png": {"image/png": "AAAA", "text/plain": hf}}},
        {"cell_type": "raw", "metadata": {}, "source": []},
    ], metadata={"language_info": {"name": "python"}, "widgets": {"state": {"t": hf}}}), indent=1, ensure_ascii=False))
    out.append(json.dumps(notebook([{"cell_type": "code", "source": "print('\\u00e9\\ud83d\\ude00')", "outputs": []}]),
                          ensure_ascii=True))
    out.append(json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {"kernelspec": {"language": "R"}},
                           "worksheets": [{"cells": [
                               {"cell_type": "code", "input": [f"Sys.setenv(HF_TOKEN='{hf}')"], "prompt_number": 1,
                                "outputs": [{"output_type": "pyout", "text": [hf], "html": ["<b>x</b>"]},
                                            {"output_type": "stream", "stream": "stderr", "text": "e"},
                                            {"output_type": "pyerr", "ename": "E", "evalue": hf, "traceback": []}]}]}]}))
    return out


def json_and_notebooks(c):
    for text in notebooks():
        c.add("notebook", text)
        c.add("json", text)
    for f in sorted((ROOT / "resources/demo/home").rglob("*.json")):
        c.add("json", placeholders(f.read_text()))
    for sample in ['{"a":[1,-2.5e+3,true,false,null,"\\u00e9\\ud83d\\ude00\\n\\"\\\\\\/"],"b":{}}', "[]", '"x"', "0",
                   "\ufeff{}", '{"deep":' * 40 + "1" + "}" * 40, '["\\ud800", "\\udc00x", "\\u12"]']:
        c.add("json", sample)
    words = ["{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "-0.5e+10", "\\u", "\\ud83d\\ude00",
             "\\ud800", "\\n", "\\\"", "\\\\", "\ufeff", "\x1b[0;31m", "\x1b]8;;", "\\u001b[", '"cells"', '"outputs"',
             '"nbformat"', '"nbformat": 4', '"nbformat": 3', '"source"', '"cell_type"', '"code"', '"markdown"',
             '"output_type"', '"stream"', '"name"', '"text"', '"error"', '"pyerr"', '"pyout"', '"traceback"',
             '"ename"', '"evalue"', '"data"', '"text/plain"', '"application/json"', '"image/svg+xml"',
             '"execute_result"', '"display_data"', '"attachments"', '"metadata"', '"worksheets"', '"input"',
             '"prompt_number"', '"execution_count"', '"language_info"', '"kernelspec"', '"language"', '"widgets"',
             "hf_"]
    c.dictionary("json", words)
    c.dictionary("notebook", words)


# ---------------------------------------------------------------------------------------------------------
# Matcher and rule files.


def matcher_paths():
    source = (HERE / "fuzz_matcher.cpp").read_text()
    block = source[source.index("kPaths = {"):]
    return re.findall(r'"([^"]+)"', block[: block.index("};")])


def matcher_and_rules(c):
    paths = matcher_paths()

    def selector(path):
        if not path:
            return 0
        best = 0
        for i, p in enumerate(paths):
            if Path(p).name == Path(path).name or p.endswith(path.split("/", 1)[-1]):
                best = i
        return best

    for f, doc, rule in rules():
        for test in rule["tests"]["positive"]:
            c.add("matcher", test["input"], bytes([selector(test.get("path"))]))
        for test in rule["tests"]["negative"][:2]:
            if isinstance(test, str):
                c.add("matcher", test, b"\x00")
            else:
                c.add("matcher", test["input"], bytes([selector(test.get("path"))]))
        one = {k: v for k, v in doc.items() if k != "rules"}
        one["rules"] = [rule]
        c.add("rules", json.dumps(one, indent=1))
    for f in sorted((ROOT / "resources/demo/home").rglob("*")):
        if f.is_file() and not f.name.endswith(".in") and f.stat().st_size < 8192:
            c.add("matcher", placeholders(f.read_text(errors="replace")), bytes([selector(str(f))]))
    c.add("matcher", f"\x1b[1;32m{HF}\x1b[0m xhf_{HF[3:]} %3D{HF} \\u003d{HF} \\n{HF}", b"\x00")
    c.add("matcher", b"\x00\x00marshal z\x25" + HF.encode() + b"N \x8c\x25" + HF.encode() + b"\x94", b"\x03")
    words = ["\\n", "\\u003d", "%3D", "\x1b[0m", "\\x1b[1m", "\\033[", "=", ":", "'", '"', "\n", "password",
             "login", "machine", "token", "api_key", "secret"]
    for _, _, rule in rules():
        words += rule["keywords"] + ([rule["prefix"]] if rule.get("prefix") else [])
    c.dictionary("matcher", words)
    c.dictionary("rules", ['"format": 1', '"rules"', '"id"', '"name"', '"provider"', '"provider_name"',
                           '"description"', '"pattern"', '"keywords"', '"keywords_ignore_case"', '"severity"',
                           '"confidence"', '"boundary"', '"none"', '"token"', '"prefix"', '"min_entropy"',
                           '"min_length"', '"paths"', '"anchor"', '"keyword"', '"window"', '"before"', '"after"',
                           '"reject_code_values"', '"tests"', '"positive"', '"negative"', '"input"', '"secret"',
                           '"path"', '"critical"', '"high"', '"low"', "(?P<secret>", "[A-Za-z0-9]{34}", "\\\\b",
                           "(?i)", "**/", "{", "}", "[", "]", ",", ":", "true"])


# ---------------------------------------------------------------------------------------------------------
# Model files.


def fake_module(name, *functions):
    """Makes `name` importable with the given functions, so that pickle writes references to them (torch,
    numpy and joblib are not needed: only their names go into the pickle)."""
    parts = name.split(".")
    for i in range(1, len(parts) + 1):
        sys.modules.setdefault(".".join(parts[:i]), types.ModuleType(".".join(parts[:i])))
    module = sys.modules[name]
    for fn in functions:
        def f(*args, **kwargs):
            return None

        f.__module__ = name
        f.__name__ = f.__qualname__ = fn
        setattr(module, fn, f)
    return module


torch_utils = fake_module("torch._utils", "_rebuild_tensor_v2", "_rebuild_parameter")
torch_mod = fake_module("torch")


class FloatStorage:
    pass


FloatStorage.__module__ = "torch"
torch_mod.FloatStorage = FloatStorage
multiarray = fake_module("numpy.core.multiarray", "_reconstruct")
numpy_mod = fake_module("numpy", "dtype", "ndarray")
joblib_pickle = fake_module("joblib.numpy_pickle")


class NumpyArrayWrapper:
    def __init__(self):
        self.subclass = numpy_mod.ndarray
        self.shape = (2,)
        self.order = "C"
        self.dtype = "f8"
        self.allow_mmap = False


NumpyArrayWrapper.__module__ = "joblib.numpy_pickle"
joblib_pickle.NumpyArrayWrapper = NumpyArrayWrapper


class Reduce:
    """An object whose pickle calls `fn(*args)` when loaded (what a malicious pickle does)."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def __reduce__(self):
        return self.fn, self.args


class TorchPickler(pickle.Pickler):
    """torch.save's data.pkl: tensors as _rebuild_tensor_v2 calls on persistent storages."""

    def persistent_id(self, obj):
        if isinstance(obj, FloatStorage):
            return ("storage", FloatStorage, "0", "cpu", 4)
        return None


def state_dict():
    storage = FloatStorage()
    tensor = Reduce(torch_utils._rebuild_tensor_v2, storage, 0, (4,), (1,), False, collections.OrderedDict())
    return collections.OrderedDict([("weight", tensor), ("bias", tensor)])


def torch_pickle(protocol=2):
    buffer = io.BytesIO()
    TorchPickler(buffer, protocol=protocol).dump(state_dict())
    return buffer.getvalue()


def pickles():
    import os as os_module
    import builtins

    values = [
        None, True, 12, -1, 2**70, 1.5, "text é", b"bytes", bytearray(b"ba"), (1, 2), [1, [2, (3,)]],
        {"a": 1, "b": [1, 2]}, {1, 2}, frozenset({3}), collections.OrderedDict(a=1), complex(1, 2),
        Reduce(os_module.system, "id"), Reduce(builtins.getattr, Reduce(__import__("importlib").import_module, "os"), "system"),
        Reduce(builtins.eval, "1+1"), Reduce(collections.OrderedDict, [("k", Reduce(os_module.getcwd))]),
    ]
    out = []
    for protocol in range(0, 6):
        for v in values:
            out.append(pickle.dumps(v, protocol=protocol))
        out.append(pickle.dumps(values[:16], protocol=protocol))
        if protocol >= 2:
            out.append(torch_pickle(protocol))
        if protocol == 5:
            out.append(pickle.dumps(pickle.PickleBuffer(b"out of band"), protocol=5))
    # Shared references (memo), a recursive list, and a joblib-like wrapper followed by its array bytes.
    shared = [1, 2]
    out.append(pickle.dumps([shared, shared, {"x": shared}], protocol=4))
    rec = []
    rec.append(rec)
    out.append(pickle.dumps(rec, protocol=2))
    out.append(pickle.dumps(NumpyArrayWrapper(), protocol=4) + b"\x00" * 16)
    out.append(pickle.dumps(Reduce(multiarray._reconstruct, numpy_mod.ndarray, (0,), b"b"), protocol=2))
    # Legacy torch.save: the magic number, then five pickles back to back.
    legacy = pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2) + pickle.dumps(1001, protocol=2)
    legacy += pickle.dumps({"protocol_version": 1001}, protocol=2) + torch_pickle(2) + pickle.dumps(["0"], protocol=2)
    out.append(legacy + b"\x00" * 16)
    return out


def npy(descr, data=b"", version=1, shape="(2,)"):
    header = f"{{'descr': {descr}, 'fortran_order': False, 'shape': {shape}, }}".encode()
    length_bytes = 2 if version == 1 else 4
    while (8 + length_bytes + len(header) + 1) % 64:
        header += b" "
    header += b"\n"
    length = struct.pack("<H" if version == 1 else "<I", len(header))
    return b"\x93NUMPY" + bytes([version, 0]) + length + header + data


def npys():
    return [
        npy("'<f4'", b"\x00" * 8), npy("'|b1'", b"\x01\x00"), npy("'<U3'", b"\x00" * 24, 2),
        npy("[('a', '<i4'), ('b', 'O')]", pickle.dumps([1, 2], protocol=3), 3),
        npy("'|O'", pickle.dumps(["x", Reduce(__import__("os").system, "id")], protocol=3)),
        npy("'<f8'", b"", 1, "()"),
    ]


def safetensors(tensors, metadata=None, pad=True):
    header = {}
    offset = 0
    data = b""
    for name, dtype, shape, size in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
        data += b"\x00" * size
    if metadata is not None:
        header["__metadata__"] = metadata
    text = json.dumps(header).encode()
    if pad:
        text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def safetensor_files():
    return [
        safetensors([("weight", "F32", [2, 2], 16), ("bias", "F16", [2], 4)], {"format": "pt"}),
        safetensors([("a", "BF16", [], 2), ("b", "U8", [0], 0), ("c", "F4", [3], 2)]),
        safetensors([("x", "I64", [1], 8)], {"bad": 1}, pad=False),
        safetensors([("x", "F8_E4M3", [4], 3)]),  # a size that disagrees with the shape
        struct.pack("<Q", 2) + b"{}",
    ]


def zip_bytes(members, compression=zipfile.ZIP_STORED, zip64=False, comment=b""):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as z:
        for name, data in members:
            with z.open(name, "w", force_zip64=zip64) as f:
                f.write(data)
        z.comment = comment
    return buffer.getvalue()


def torch_zip(pkl, compression=zipfile.ZIP_STORED, zip64=False):
    return zip_bytes([("archive/data.pkl", pkl), ("archive/byteorder", b"little"), ("archive/data/0", b"\x01" * 16),
                      ("archive/version", b"3\n")], compression, zip64)


def zips():
    return [
        torch_zip(torch_pickle(2)),
        torch_zip(torch_pickle(2), zipfile.ZIP_DEFLATED),
        torch_zip(pickle.dumps(Reduce(__import__("os").system, "id"), protocol=2), zip64=True),
        zip_bytes([("x.npy", npys()[0]), ("y.npy", npys()[3])]),
        zip_bytes([("model/data.pkl", torch_pickle(4))], zipfile.ZIP_DEFLATED, comment=b"a comment"),
        zip_bytes([("readme.txt", b"not a model")]),
    ]


def gzips():
    text = f"step 1 loss 0.5\nlogin with {HF}\n".encode()
    out = [gzip.compress(text), gzip.compress(text) + gzip.compress(b"second member\n"), gzip.compress(b"")]
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="train.log", mode="wb", fileobj=buffer, mtime=0) as g:
        g.write(text * 4)
    out.append(buffer.getvalue())
    out.append(gzip.compress(text) + b"trailing garbage")
    out.append(gzip.compress(text)[:-6])  # truncated
    flagged = bytearray(gzip.compress(text))
    flagged[3] |= 0x02 | 0x04 | 0x10  # FHCRC, FEXTRA, FCOMMENT: now malformed headers to explore
    out.append(bytes(flagged))
    out.append(gzip.compress(b"\x00" * 60000, 9))
    return out


def model_files(c):
    for p in pickles():
        c.add("pickle", p)
        c.add("model", p)
    for z in zips():
        c.add("zip", z)
        c.add("model", z)
    for n in npys():
        c.add("numpy", n)
        c.add("model", n)
    for s in safetensor_files():
        c.add("safetensors", s)
        c.add("model", s)
    opcodes = [bytes([b]) for b in b"()0123456789.FGIJKLMNPQRSTUVXabcdeghijlopqrstu}"] + [
        bytes([0x80 + i]) for i in range(0x1A)]
    words = opcodes + [b"\x80\x02", b"\x80\x04", b"\x80\x05", b"\x95" + b"\x00" * 8, b"cposix\nsystem\n",
                       b"cbuiltins\neval\n", b"c__builtin__\ngetattr\n", b"ctorch._utils\n_rebuild_tensor_v2\n",
                       b"ccollections\nOrderedDict\n", b"\x8c\x05posix\x94\x8c\x06system\x94\x93",
                       b"\x8c\x08builtins", b"\x8c\x07getattr", b"torch", b"FloatStorage", b"storage",
                       b"numpy.core.multiarray", b"_reconstruct", b"joblib.numpy_pickle", b"NumpyArrayWrapper",
                       b"importlib", b"import_module", b"os", b"subprocess", b"Popen", b"\xff\xff\xff\xff",
                       b"\xff\xff\xff\xff\xff\xff\xff\x7f"]
    c.dictionary("pickle", words)
    zip_words = [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07", b"PK\x07\x08",
                 b"\xff\xff\xff\xff", b"\xff\xff", b"\x01\x00\x18\x00", b"\x08\x00", b"archive/data.pkl",
                 b"archive/byteorder", b".npy", b".pkl"]
    c.dictionary("zip", zip_words)
    numpy_words = [b"\x93NUMPY\x01\x00", b"\x93NUMPY\x02\x00", b"\x93NUMPY\x03\x00", b"'descr'", b"'fortran_order'",
                   b"'shape'", b"'<f4'", b"'|O'", b"'O'", b"[('a', 'O')]", b"False", b"True", b"(1,)", b"{", b"}"]
    c.dictionary("numpy", numpy_words)
    safetensors_words = [b'"dtype"', b'"shape"', b'"data_offsets"', b'"__metadata__"', b'"F32"', b'"BF16"',
                         b'"F8_E4M3"', b'"F4"', b'"I64"', b"[0, 16]", b"1e308", b"-1", b"18446744073709551616",
                         b"\x00\x00\x00\x00\x00\x00\x00"]
    c.dictionary("safetensors", safetensors_words)
    c.dictionary("model", words + zip_words + numpy_words + safetensors_words)
    for g in gzips():
        c.add("gzip", g, b"\x10\x40")
    c.dictionary("gzip", [b"\x1f\x8b\x08", b"\x1f\x8b\x08\x1f", b"\x00\x00\x00\x00", b"\x03\x00", b"\xff\xff"])


# ---------------------------------------------------------------------------------------------------------
# IPython history databases (IPython/core/history.py init_db), small pages so that seeds stay small.


def ipython(c):
    with tempfile.TemporaryDirectory() as tmp:
        variants = [
            ("plain", "2024-05-01 10:11:12.123456"),
            ("zone", "2024-05-01T10:11:12+02:00"),
            ("number", 1714557072),
            ("real", 1714557072.5),
            ("huge real", 1e300),
        ]
        for i, (label, start) in enumerate(variants):
            path = os.path.join(tmp, f"h{i}.sqlite")
            db = sqlite3.connect(path)
            db.execute("PRAGMA page_size=512")
            db.execute("CREATE TABLE sessions (session integer primary key autoincrement, start timestamp, "
                       "end timestamp, num_cmds integer, remark text)")
            db.execute("CREATE TABLE history (session integer, line integer, source text, source_raw text, "
                       "PRIMARY KEY (session, line))")
            db.execute("CREATE TABLE output_history (session integer, line integer, output text, "
                       "PRIMARY KEY (session, line))")
            db.execute("INSERT INTO sessions VALUES (1, ?, NULL, 2, ?)", (start, label))
            db.execute("INSERT INTO history VALUES (1, 1, ?, ?)", ("import os", "import os"))
            db.execute("INSERT INTO history VALUES (1, 2, ?, ?)", (f"login('{HF}')", None))
            db.execute("INSERT INTO output_history VALUES (1, 2, ?)", (f"'{HF}'",))
            db.execute("INSERT INTO history VALUES (2, 1, NULL, NULL)")
            db.commit()
            db.close()
            c.add("ipython", Path(path).read_bytes())
    c.dictionary("ipython", [b"SQLite format 3\x00", b"\x02\x00", b"\x0d", b"\x05", b"\x0a", b"\x02",
                             b"\x7f\xff\xff\xff", b"\xff\xf0\x00\x00\x00\x00\x00\x00"])


# ---------------------------------------------------------------------------------------------------------
# Git packs (gitformat-pack(5)), written here rather than by git so that the deltas are known: full blobs,
# trees and commits, offset deltas and reference deltas in chains, and the version 2 index.


def varint(n):
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not out[-1] & 0x80:
            return bytes(out)


def delta(base, result):
    """A delta that copies the longest common prefix of `base` and inserts the rest of `result`."""
    common = 0
    while common < min(len(base), len(result)) and base[common] == result[common]:
        common += 1
    out = bytearray(varint(len(base)) + varint(len(result)))
    if common:
        out += bytes([0x80 | 0x01 | 0x10 | 0x20, 0, common & 0xFF, common >> 8])  # copy offset 0, size 2 bytes
    rest = result[common:]
    for i in range(0, len(rest), 127):
        out += bytes([len(rest[i:i + 127])]) + rest[i:i + 127]
    return bytes(out)


def entry_header(kind, size):
    out = bytearray([(kind << 4) | (size & 0x0F)])
    size >>= 4
    while size:
        out[-1] |= 0x80
        out.append(size & 0x7F)
        size >>= 7
    return bytes(out)


def ofs_distance(n):
    out = bytearray([n & 0x7F])
    n >>= 7
    while n:
        n -= 1
        out.insert(0, 0x80 | (n & 0x7F))
        n >>= 7
    return bytes(out)


def pack_and_index(objects):
    """objects: (kind name, content, how) with how None (full), ("ofs", i) or ("ref", i) on an earlier one."""
    import hashlib
    import zlib

    kinds = {"commit": 1, "tree": 2, "blob": 3}
    ids, entries, offsets = [], [], []
    data = bytearray(b"PACK" + struct.pack(">II", 2, len(objects)))
    for kind, content, how in objects:
        ids.append(hashlib.sha1(f"{kind} {len(content)}".encode() + b"\0" + content).digest())
        offsets.append(len(data))
        if how is None:
            raw = entry_header(kinds[kind], len(content)) + zlib.compress(content)
        else:
            base = objects[how[1]][1]
            d = delta(base, content)
            if how[0] == "ofs":
                raw = entry_header(6, len(d)) + ofs_distance(offsets[-1] - offsets[how[1]]) + zlib.compress(d)
            else:
                raw = entry_header(7, len(d)) + ids[how[1]] + zlib.compress(d)
        entries.append(raw)
        data += raw
    data += hashlib.sha1(data).digest()
    order = sorted(range(len(objects)), key=lambda i: ids[i])
    index = bytearray(b"\xfftOc" + struct.pack(">I", 2))
    for byte in range(256):
        index += struct.pack(">I", sum(1 for i in ids if i[0] <= byte))
    index += b"".join(ids[i] for i in order)
    index += b"".join(struct.pack(">I", zlib.crc32(entries[i])) for i in order)
    index += b"".join(struct.pack(">I", offsets[i]) for i in order)
    index += data[-20:]
    index += hashlib.sha1(index).digest()
    return bytes(index), bytes(data)


def gitpack(c):
    import hashlib

    def oid(kind, content):
        return hashlib.sha1(f"{kind} {len(content)}".encode() + b"\0" + content).digest()

    body = "".join(f"line {i}: value {i * i}\n" for i in range(30)).encode()
    versions = [body + f"HF_TOKEN = '{token(i)}'\n".encode() + b"x\n" * i for i in range(4)]
    tree = b"100644 config.py\0" + oid("blob", versions[-1]) + b"100644 empty\0" + oid("blob", b"")
    commit = b"tree " + oid("tree", tree).hex().encode() + b"\nauthor a <a@example.com> 1700000000 +0000\n" \
        b"committer a <a@example.com> 1700000000 +0000\n\nadd config\n"
    layouts = [
        [("blob", versions[0], None), ("blob", versions[1], ("ofs", 0)), ("blob", versions[2], ("ofs", 1)),
         ("blob", versions[3], ("ref", 2)), ("blob", b"", None), ("tree", tree, None), ("commit", commit, None)],
        [("blob", versions[3], None), ("blob", versions[0], ("ref", 0)), ("blob", versions[1], ("ref", 0)),
         ("tree", tree, None), ("tree", tree[:20] + tree, ("ofs", 3)), ("commit", commit, None)],
        [("blob", b"x" * 300, None)],
    ]
    for objects in layouts:
        index, pack = pack_and_index(objects)
        c.add("gitpack", struct.pack("<I", len(index)) + index + pack)
    c.dictionary("gitpack", [b"\xfftOc\x00\x00\x00\x02", b"PACK\x00\x00\x00\x02", b"\x78\x9c", b"\x80\x00\x00\x00",
                             b"\x00\x00\x00\x00\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\x90", b"\x91", b"\x60", b"\x70"])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    c = Corpus(sys.argv[1])
    text_formats(c)
    json_and_notebooks(c)
    matcher_and_rules(c)
    model_files(c)
    ipython(c)
    gitpack(c)
    for target, n in sorted(c.counts.items()):
        print(f"make-seeds: {target}: {n} seeds")


if __name__ == "__main__":
    main()
