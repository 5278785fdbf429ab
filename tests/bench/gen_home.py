#!/usr/bin/env python3
"""Generate a deterministic synthetic home directory for the Keyscout filesystem-scan benchmark.

    gen_home.py OUT_DIR [--files N] [--megabytes M] [--seed S] [--tokens T]

The tree looks like the home directory of an ML engineer: dotfiles and shell history, ~/.config, a
~/.local site-packages tree with __pycache__, a Hugging Face hub cache, projects with Python sources,
notebooks, .env files, YAML/TOML/JSON configs, Markdown, CSV/JSONL data, logs, wandb runs, checkpoints,
binary blobs, and a few large (5-30 MB) logs/CSVs. The text is full of near-miss words (token, tokenizer,
pad_token, api_key, secret, HF_HOME, hf_hub_download, ...) so that a keyword prefilter gets realistic work.

Planted credentials (all generated from the seeded RNG, never placeholders):
  * T Hugging Face user tokens (hf_ + 34 alphanumerics) in .env lines, notebook sources (JSON-escaped),
    URLs with user:token@, shell/python history, YAML/TOML/JSON values, logs, CSV, Markdown, JS, binary
    blobs (.pyc-style strings, IPython history.sqlite, raw bytes), ~/.cache/huggingface/token, .netrc,
    .git-credentials, a minified single-line JSON file, and straddling 64 KiB / 256 KiB / 1 MiB / 2 MiB ...
    boundaries inside the largest file; about 10% of them appear in a second place too;
  * a few dozen other provider tokens (ghp_, sk-ant-api03-, AKIA, gsk_);
  * a handful of HF/AWS placeholder decoys (hf_xxxx..., AKIAIOSFODNN7EXAMPLE) that a scanner must not report.

OUT_DIR/.bench-manifest.json records counts, sizes and the SHA-256 of every planted token (never the raw
tokens). "MB" means 10^6 bytes. The same arguments always produce byte-identical trees.
Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import os
import random
import re
import string
import sys
import time
from collections import Counter

MB = 1_000_000
KiB = 1024
MiB = 1024 * 1024

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"

MANIFEST_NAME = ".bench-manifest.json"
LARGE_FRACTION = 0.35          # share of the byte budget that goes to the few large files
LARGE_TARGET = 15 * MB         # typical size of one large file
UNITS_PER_POOL = 240           # pre-generated text units per kind (files are assembled from them)

# ----------------------------------------------------------------------------------------------------
# Tokens
# ----------------------------------------------------------------------------------------------------

# provider -> (prefix, body alphabet, body length, suffix, minimum Shannon entropy of the body)
PROVIDERS = {
    "huggingface": ("hf_", ALNUM, 34, "", 4.2),
    "github": ("ghp_", ALNUM, 36, "", 4.2),
    "anthropic": ("sk-ant-api03-", ALNUM + "_-", 93, "AA", 5.0),
    "aws": ("AKIA", B32, 16, "", 3.2),
    "groq": ("gsk_", ALNUM, 52, "", 4.5),
}
RULE_HINT = {
    "huggingface": "huggingface.user_token",
    "github": "github.pat_classic",
    "anthropic": "anthropic.api_key",
    "aws": "aws.access_key_id",
    "groq": "groq.api_key",
}
# Keyscout drops secrets whose body contains one of these (resources/rules/README.md "Placeholders")
DOC_WORDS = ("example", "placeholder", "redacted", "changeme", "dummy", "sample", "your_", "your-",
             "yourtoken", "yourkey", "insert", "replace", "xxxxx", "token_here", "key_here")
# never let one planted token contain another provider's prefix (keeps rg line counts exact)
FOREIGN_PREFIXES = ("hf_", "ghp_", "gsk_", "akia", "sk-ant", "github_pat_")

HF_DECOYS = [
    "hf_" + "x" * 34,
    "hf_" + "0" * 34,
    "hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGH",
    "hf_" + "REDACTEDREDACTEDREDACTEDREDACTED12",
    "hf_" + "placeholderPlaceholderPLACEHOLDER0",
    "hf_" + "ExampleTokenExampleTokenExampleTok",
]
AWS_DECOYS = ["AKIAIOSFODNN7EXAMPLE"]


def entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def is_placeholder_like(body: str) -> bool:
    low = body.lower()
    if any(w in low for w in DOC_WORDS) or any(p in low for p in FOREIGN_PREFIXES):
        return True
    run = 1
    for a, b in zip(body, body[1:]):
        run = run + 1 if a == b else 1
        if run >= 6:
            return True
    up = down = 1
    for a, b in zip(low, low[1:]):
        same = (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())
        up = up + 1 if same and ord(b) == ord(a) + 1 else 1
        down = down + 1 if same and ord(b) == ord(a) - 1 else 1
        if up >= 6 or down >= 6:
            return True
    return False


def make_token(rng: random.Random, provider: str, taken: set) -> str:
    prefix, alphabet, n, suffix, min_h = PROVIDERS[provider]
    while True:
        body = "".join(rng.choices(alphabet, k=n))
        if body[-1] in "_-" or is_placeholder_like(body) or entropy(body) < min_h:
            continue
        tok = prefix + body + suffix
        if tok not in taken:
            taken.add(tok)
            return tok


def sha256_hex(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


# ----------------------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------------------

PROSE = """the of and to in is that for it as with was on be by this are from at or an have not which but
we they can has all their more one were there been if also when will would into than other its some these
only after most first may about then new any time two over used such should however each well between
because both through during while where very many much those how same results model training data set
approach method performance evaluation experiment baseline result shows improves accuracy loss higher
lower better worse small large batch learning rate schedule warmup epoch step checkpoint run config
memory throughput latency inference token tokens tokenizer vocabulary sequence length context window
prompt completion embedding embeddings attention layer layers head heads weights gradient gradients
optimizer scheduler dataset datasets split validation test train fine-tuning pretraining adapter lora
quantization precision mixed bf16 fp16 cuda gpu cpu node cluster job queue cache hub repository
revision branch commit push pull request secret secrets key keys access permission read write scope
environment variable credentials login logout session user account organization private public gated
license download upload mirror offline local remote path folder file files directory note notes todo
fix bug issue workaround benchmark profile trace slow fast faster stable unstable seed deterministic""".split()

IDENTS = """model tokenizer batch inputs outputs labels logits loss optimizer scheduler config dataset
dataloader trainer args device dtype hidden_states attention_mask input_ids pad_token_id eos_token_id
bos_token max_length num_epochs lr step epoch metrics ckpt path cache_dir repo_id revision api
result scores preds targets texts samples features collator generator pipeline retriever index docs
chunks embeddings query response prompt messages history state params grads accelerator world_size rank
local_rank seed output_dir run_name project tags split shard buffer counter timer handle session client
headers payload url endpoint timeout retries backoff secret_name api_key_env token_path hub_cache
special_tokens pad_token unk_token mask_token sep_token cls_token vocab_size hidden_size num_layers
num_heads dropout warmup_steps grad_accum max_grad_norm weight_decay eval_steps save_steps""".split()

VERBS = """load save build make get set compute run train evaluate predict encode decode tokenize
collate prepare parse read write download upload push fetch resolve validate normalize filter merge
split shuffle sample pad truncate init register apply update log export convert quantize merge_lora
stream generate score rank embed retrieve cache refresh rotate mask redact check""".split()

NOUNS = """model tokenizer dataset batch config checkpoint weights adapter metrics logits outputs
prompt chat messages embeddings index corpus vocab special_tokens secrets credentials session
client headers state history results report figure table split shard cache snapshot revision
repo hub token_count sequence window labels features scheduler optimizer""".split()

CLASSES = """Trainer Collator Tokenizer Dataset Config Pipeline Retriever Embedder Evaluator Runner
Client Cache Registry Loader Writer Reader Scheduler Callback Metric Adapter Model Encoder Decoder
Sampler Buffer Manager Settings Store Monitor Profiler Exporter""".split()

MODELS = """meta-llama/Llama-2-7b-hf meta-llama/Meta-Llama-3-8B-Instruct mistralai/Mistral-7B-v0.1
mistralai/Mixtral-8x7B-Instruct-v0.1 bert-base-uncased roberta-base gpt2 distilgpt2 google/flan-t5-base
google/gemma-2b sentence-transformers/all-MiniLM-L6-v2 openai/whisper-small facebook/opt-350m
EleutherAI/pythia-1b Qwen/Qwen2-1.5B-Instruct microsoft/phi-2 tiiuae/falcon-7b BAAI/bge-small-en-v1.5
stabilityai/stable-diffusion-2-1 HuggingFaceH4/zephyr-7b-beta bigscience/bloom-560m
TinyLlama/TinyLlama-1.1B-Chat-v1.0 intfloat/e5-base-v2 facebook/bart-large-cnn""".split()

DATASETS = """imdb squad glue wikitext tatsu-lab/alpaca HuggingFaceH4/ultrachat_200k openai/gsm8k
allenai/c4 databricks/databricks-dolly-15k mozilla-foundation/common_voice_11_0 cnn_dailymail
Anthropic/hh-rlhf timdettmers/openassistant-guanaco yelp_review_full ag_news""".split()

PACKAGES = [("torch", 9), ("transformers", 9), ("numpy", 4), ("pandas", 4), ("datasets", 4),
            ("huggingface_hub", 3), ("tokenizers", 1), ("accelerate", 2), ("peft", 2), ("safetensors", 1),
            ("requests", 1), ("urllib3", 1), ("tqdm", 1), ("yaml", 1), ("regex", 1), ("filelock", 1),
            ("fsspec", 2), ("packaging", 1), ("pydantic", 2), ("jinja2", 1), ("sklearn", 4), ("scipy", 5),
            ("matplotlib", 3), ("wandb", 3), ("evaluate", 1), ("sentencepiece", 1), ("trl", 1),
            ("openai", 2), ("anthropic", 1), ("langchain", 3), ("aiohttp", 1), ("pyarrow", 2),
            ("jupyter_server", 2), ("ipykernel", 1), ("IPython", 2), ("bitsandbytes", 1)]

SUBPKGS = ["", "", "", "utils", "models", "models/bert", "models/llama", "models/gpt2", "models/t5",
           "data", "commands", "integrations", "pipelines", "generation", "nn", "nn/modules", "optim",
           "io", "core", "_internal", "cli", "auth", "hub", "tests", "testing", "backends", "ops"]

MODULES = """__init__ utils modeling_utils tokenization_utils_base tokenization_utils_fast file_download
hf_api constants errors _login _auth auth config configuration_utils core base io serialization logging
hub cli _commit_api _snapshot_download repocard keras_mixin inference_api _token utils_secrets
trainer trainer_utils training_args data_collator processing_utils image_processing feature_extraction
generation_utils streamers activations pytorch_utils convert dynamic_module_utils import_utils
versions dependency_versions_table hub_mixin fixes _compat typing_extensions compat exceptions
session adapters models api client _client _base_client resources types _types _utils _streaming
functional linear conv normalization dropout sparse quantization distributed checkpoint sharding""".split()

PROJECTS = """llm-finetune sentiment-bert whisper-asr rag-demo diffusion-playground tabular-xgb
kaggle-llm-science tokenizer-experiments vit-classifier speech-tts eval-harness data-pipeline
chatbot-api embeddings-search code-assistant summarizer ocr-invoices recsys-twotower
distill-small-lm agent-tools reward-model dpo-alignment moe-experiments quant-bench""".split()

USERS = ["alice", "bob", "mlops", "jdoe", "k.nakamura", "priya", "tmartin", "dev", "lucia", "ubuntu"]
HOSTS = ["gpu-01", "gpu-02", "a100-node3", "workstation", "dgx-7", "login1", "ml-box", "h100-spot-4"]
API_HOSTS = ["example-llm.internal", "inference.lab.local", "api.vectorstore.dev", "llm-gateway.corp"]

BENIGN_ENV = """HF_HOME HF_HUB_CACHE HF_DATASETS_CACHE HF_HUB_OFFLINE HF_HUB_ENABLE_HF_TRANSFER
TRANSFORMERS_CACHE TOKENIZERS_PARALLELISM CUDA_VISIBLE_DEVICES WANDB_PROJECT WANDB_ENTITY WANDB_MODE
PYTHONPATH OMP_NUM_THREADS NCCL_DEBUG PYTORCH_CUDA_ALLOC_CONF ACCELERATE_LOG_LEVEL MLFLOW_TRACKING_URI
DATA_DIR OUTPUT_DIR LOG_LEVEL SECRET_BACKEND TOKEN_CACHE_DIR API_BASE_URL""".split()

ENV_NAMES = {
    "huggingface": ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HF_API_TOKEN",
                    "HUGGINGFACE_TOKEN", "HF_HUB_TOKEN"],
    "github": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
    "anthropic": ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"],
    "aws": ["AWS_ACCESS_KEY_ID"],
    "groq": ["GROQ_API_KEY"],
}

# ----------------------------------------------------------------------------------------------------
# Template filling: {%name%} or {%name2%} (the same numbered field gets the same value within one fill)
# ----------------------------------------------------------------------------------------------------

FIELD_RE = re.compile(r"\{%([A-Za-z]+)(\d*)%\}")


class Filler:
    def __init__(self, rng: random.Random):
        r = rng
        self.rng = r
        c = r.choice
        self.gen = {
            "ident": lambda: c(IDENTS),
            "IDENT": lambda: c(IDENTS).upper(),
            "fn": lambda: f"{c(VERBS)}_{c(NOUNS)}",
            "cls": lambda: c(CLASSES) if r.random() < 0.5 else c(["Hf", "Lora", "Chat", "Fast", "Secret", "Token", "Rag", "Eval"]) + c(CLASSES),
            "word": lambda: c(PROSE),
            "words": lambda: " ".join(r.choices(PROSE, k=r.randint(3, 7))),
            "sentence": self.sentence,
            "para": lambda: " ".join(self.sentence() for _ in range(r.randint(2, 6))),
            "model": lambda: c(MODELS),
            "dataset": lambda: c(DATASETS),
            "int": lambda: str(c([8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 32000, 50257]) if r.random() < 0.5 else r.randint(0, 99999)),
            "small": lambda: str(r.randint(1, 16)),
            "float": lambda: c(["%.4f" % r.random(), "%.2e" % (r.random() * 1e-3), "%.3f" % (r.random() * 5)]),
            "lr": lambda: c(["1e-5", "2e-5", "3e-5", "5e-5", "1e-4", "2e-4", "3e-4"]),
            "path": lambda: c(["data/train.jsonl", "outputs/run1", "/mnt/data/hf", "~/.cache/huggingface",
                               "checkpoints/best.pt", "configs/base.yaml", "/scratch/tmp", "logs/train.log"]),
            "env": lambda: c(BENIGN_ENV),
            "user": lambda: c(USERS),
            "host": lambda: c(HOSTS),
            "apihost": lambda: c(API_HOSTS),
            "date": lambda: "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
            "time": lambda: "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
            "ms": lambda: "%03d" % r.randint(0, 999),
            "ts": lambda: str(r.randint(1_690_000_000, 1_730_000_000)),
            "hex": lambda: "".join(r.choices(HEX, k=8)),
            "hexl": lambda: "".join(r.choices(HEX, k=40)),
            "hexll": lambda: "".join(r.choices(HEX, k=64)),
            "uuid": lambda: "%s-%s-%s-%s-%s" % tuple("".join(r.choices(HEX, k=k)) for k in (8, 4, 4, 4, 12)),
            "runid": lambda: "".join(r.choices(string.ascii_lowercase + string.digits, k=8)),
            "module": lambda: c(MODULES),
            "pkg": lambda: c(PACKAGES)[0],
            "proj": lambda: c(PROJECTS),
            "ver": lambda: "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 45), r.randint(0, 12)),
            "kw": lambda: c(["token", "tokenizer", "pad_token", "api_key", "secret", "access_token", "hf_token",
                             "auth_token", "token_id", "password", "credentials", "HF_HOME", "use_auth_token"]),
            "port": lambda: str(c([8000, 8080, 8888, 5432, 6379, 7860, 11434])),
            "ip": lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
        }

    def sentence(self) -> str:
        r = self.rng
        words = r.choices(PROSE, k=r.randint(7, 18))
        if r.random() < 0.3:
            words.insert(r.randrange(len(words)), r.choice(["`pad_token`", "the HF token", "`HF_HOME`", "api_key",
                                                             "the tokenizer", "`hf_hub_download`", "secrets",
                                                             "`HF_TOKEN`", "the access token"]))
        s = " ".join(words)
        return s[0].upper() + s[1:] + r.choice([".", ".", ".", ":", "?"])

    def fill(self, tpl: str, extra: dict | None = None) -> str:
        cache: dict = {}

        def sub(m):
            name, idx = m.group(1), m.group(2)
            if extra is not None and name in extra:
                return extra[name]
            key = name + idx
            if key not in cache:
                cache[key] = self.gen[name]()
            return cache[key]

        return FIELD_RE.sub(sub, tpl)


# ----------------------------------------------------------------------------------------------------
# Text templates
# ----------------------------------------------------------------------------------------------------

PY_UNITS = [r'''
def {%fn1%}({%ident1%}, {%ident2%}=None, max_length={%int1%}):
    """{%sentence1%}"""
    tokenizer = AutoTokenizer.from_pretrained("{%model1%}", cache_dir=os.environ.get("HF_HOME"))
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    enc = tokenizer({%ident1%}, truncation=True, padding="max_length", max_length=max_length)
    return enc["input_ids"], enc["attention_mask"]
''', r'''
def {%fn1%}(repo_id="{%model1%}", revision="main"):
    # never hard-code the token: read it from the environment or the cached login
    token = os.environ.get("HF_TOKEN") or get_token()
    path = hf_hub_download(repo_id=repo_id, filename="config.json", revision=revision, token=token)
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
''', r'''
@dataclass
class {%cls1%}Config:
    model_name: str = "{%model1%}"
    learning_rate: float = {%lr1%}
    batch_size: int = {%small1%}
    max_seq_len: int = {%int1%}
    api_key: Optional[str] = None  # read from env, never commit secrets
    use_auth_token: bool = True
    pad_token: str = "<pad>"
    output_dir: str = "{%path1%}"
''', r'''
def {%fn1%}(name: str) -> str:
    """Return the secret called *name* from the environment or the keyring."""
    secret = os.getenv(name.upper())
    if not secret:
        secret = keyring.get_password("{%proj1%}", name)
    if not secret:
        raise RuntimeError(f"missing secret {name}; set it in .env (see README)")
    return secret
''', r'''
def {%fn1%}(batch):
    texts = [t.strip().lower() for t in batch["{%ident1%}"]]
    out = tokenizer(texts, return_special_tokens_mask=True)
    out["labels"] = [[-100 if tok == tokenizer.pad_token_id else tok for tok in ids] for ids in out["input_ids"]]
    return out


ds = load_dataset("{%dataset1%}", split="train[:{%int1%}]")
ds = ds.map({%fn1%}, batched=True, num_proc={%small1%}, remove_columns=ds.column_names)
''', r'''
def {%fn1%}(model, loader, optimizer, scheduler, device="cuda"):
    model.train()
    total = 0.0
    for step, batch in enumerate(tqdm(loader, desc="train")):
        batch = {k: v.to(device) for k, v in batch.items()}
        out = model(**batch)
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), {%float1%})
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        total += out.loss.item()
        if step % {%int1%} == 0:
            logger.info("step %d loss %.4f lr %.2e", step, out.loss.item(), scheduler.get_last_lr()[0])
    return total / max(1, len(loader))
''', r'''
class {%cls1%}(nn.Module):
    def __init__(self, vocab_size={%int1%}, hidden={%int2%}, n_heads={%small1%}):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab_size, hidden, padding_idx=0)
        self.layers = nn.ModuleList([nn.TransformerEncoderLayer(hidden, n_heads) for _ in range({%small2%})])
        self.lm_head = nn.Linear(hidden, vocab_size, bias=False)

    def forward(self, input_ids, attention_mask=None):
        h = self.embed_tokens(input_ids)
        for layer in self.layers:
            h = layer(h, src_key_padding_mask=attention_mask)
        return self.lm_head(h)
''', r'''
class {%cls1%}Client:
    BASE_URL = "https://{%apihost1%}/v1"

    def __init__(self, api_key=None, timeout={%small1%}):
        self.api_key = api_key or os.environ["{%IDENT1%}_API_KEY"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.api_key}"
        self.timeout = timeout

    def {%fn1%}(self, {%ident1%}):
        resp = self.session.post(f"{self.BASE_URL}/{%word1%}", json={"input": {%ident1%}}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["data"]
''', r'''
def test_{%fn1%}_{%ident1%}():
    tok = AutoTokenizer.from_pretrained("{%model1%}")
    ids = tok("{%sentence1%}")["input_ids"]
    assert ids[0] == tok.bos_token_id or tok.bos_token_id is None
    assert len(ids) < {%int1%}
    assert tok.pad_token is not None or tok.eos_token is not None
''', r'''
DEFAULT_CACHE = os.path.expanduser(os.getenv("HF_HOME", "~/.cache/huggingface"))
TOKEN_PATH = os.path.join(DEFAULT_CACHE, "token")
{%IDENT1%} = {%int1%}
{%IDENT2%} = "{%words1%}"
SECRET_KEYS = ("api_key", "token", "secret", "password")  # redacted in logs
''', r'''
def {%fn1%}(record: dict) -> dict:
    """{%sentence1%}"""
    clean = {}
    for key, value in record.items():
        if any(s in key.lower() for s in ("token", "secret", "api_key", "password")):
            clean[key] = "***"
        else:
            clean[key] = value
    return clean
''', r'''
lora_config = LoraConfig(
    r={%small1%},
    lora_alpha={%small2%},
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
    lora_dropout={%float1%},
    bias="none",
    task_type="CAUSAL_LM",
)
model = AutoModelForCausalLM.from_pretrained("{%model1%}", torch_dtype=torch.bfloat16, device_map="auto")
model = get_peft_model(model, lora_config)
model.print_trainable_parameters()
''', r'''
def {%fn1%}(query: str, k: int = {%small1%}):
    emb = embedder.encode([query], normalize_embeddings=True)
    scores, idx = index.search(emb, k)
    docs = [corpus[i] for i in idx[0]]
    prompt = PROMPT_TEMPLATE.format(context="\n\n".join(docs), question=query)
    return client.messages.create(model="{%word1%}-model", max_tokens={%int1%}, messages=[{"role": "user", "content": prompt}])
''', r'''
def main(argv=None):
    parser = argparse.ArgumentParser(description="{%sentence1%}")
    parser.add_argument("--model", default="{%model1%}")
    parser.add_argument("--dataset", default="{%dataset1%}")
    parser.add_argument("--lr", type=float, default={%lr1%})
    parser.add_argument("--epochs", type=int, default={%small1%})
    parser.add_argument("--push-to-hub", action="store_true")
    parser.add_argument("--hub-token", default=None, help="defaults to $HF_TOKEN")
    args = parser.parse_args(argv)
    if args.push_to_hub and not (args.hub_token or os.getenv("HF_TOKEN")):
        parser.error("--push-to-hub needs a token (huggingface-cli login)")
    return run(args)
''', r'''
logging.basicConfig(level=os.getenv("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("{%proj1%}.{%module1%}")
# silence the tokenizers fork warning
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
''', r'''
@torch.no_grad()
def {%fn1%}(model, tokenizer, prompts, max_new_tokens={%int1%}, temperature={%float1%}):
    enc = tokenizer(prompts, return_tensors="pt", padding=True).to(model.device)
    out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=True, temperature=temperature,
                         pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id)
    return tokenizer.batch_decode(out[:, enc["input_ids"].shape[1]:], skip_special_tokens=True)
''', r'''
class {%cls1%}Callback(TrainerCallback):
    """{%sentence1%}"""

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and state.is_world_process_zero:
            wandb.log({k: v for k, v in logs.items() if not k.startswith("_")}, step=state.global_step)

    def on_save(self, args, state, control, **kwargs):
        if args.push_to_hub:
            upload_folder(repo_id=args.hub_model_id, folder_path=args.output_dir, token=args.hub_token)
''', r'''
def {%fn1%}(path="{%path1%}"):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if len(item.get("{%ident1%}", "")) > {%int1%}:
                continue
            yield item["prompt"], item.get("completion", "")
''']

PY_HEADERS = [r'''"""{%sentence1%}"""
from __future__ import annotations

import argparse
import json
import logging
import os
from dataclasses import dataclass
from typing import Optional

import torch
from torch import nn
from huggingface_hub import HfApi, hf_hub_download, login, get_token
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback

logger = logging.getLogger(__name__)
''', r'''# {%sentence1%}
import os
import json
import requests
from tqdm import tqdm
from datasets import load_dataset
from transformers import AutoTokenizer

TOKENIZERS_PARALLELISM = os.environ.get("TOKENIZERS_PARALLELISM", "false")
''', r'''# Copyright 2024 The {%cls1%} Authors. Licensed under the Apache License, Version 2.0.
"""{%sentence1%}"""
import os
import re
import sys
from typing import Any, Dict, List, Optional, Union

from .utils import logging
from .constants import HF_HUB_CACHE, ENDPOINT

logger = logging.get_logger(__name__)
''']

MD_UNITS = [r'''
## {%words1%}

{%para1%}

{%para2%}
''', r'''
### Setup

```bash
python -m venv .venv && source .venv/bin/activate
pip install -U "transformers>={%ver1%}" datasets accelerate peft
huggingface-cli login          # paste your token when asked, it is stored in ~/.cache/huggingface/token
export HF_HOME=/mnt/data/hf    # keep the cache off the small root disk
```

{%para1%}
''', r'''
- {%sentence1%}
- {%sentence2%}
- Set `HF_TOKEN` in `.env`; the loader calls `load_dotenv()` and never prints the token.
- {%sentence3%}
''', r'''
| run | model | lr | pad_token | eval loss | notes |
|-----|-------|----|-----------|-----------|-------|
| {%runid1%} | {%model1%} | {%lr1%} | `<pad>` | {%float1%} | {%words1%} |
| {%runid2%} | {%model2%} | {%lr2%} | eos | {%float2%} | {%words2%} |
| {%runid3%} | {%model1%} | {%lr3%} | eos | {%float3%} | {%words3%} |
''', r'''
> **Note** {%sentence1%} Tokens with write access should never be committed; use a fine-grained
> read token for CI and store it as the `HF_TOKEN` repository secret.

{%para1%}
''', r'''
```python
from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("{%model1%}", token=os.environ["HF_TOKEN"])
tok.pad_token = tok.eos_token  # {%words1%}
print(tok.special_tokens_map)
```

{%para1%}
''', r'''
# {%words1%}

{%para1%}

TODO: {%sentence1%}
''']

LOG_UNITS = [
    "{%date1%} {%time1%},{%ms1%} INFO [trainer] step {%int1%}/{%int2%} loss={%float1%} lr={%lr1%} grad_norm={%float2%}\n",
    "{%date1%} {%time1%},{%ms1%} INFO [trainer] epoch {%small1%} eval_loss={%float1%} eval_accuracy={%float2%} tokens/s={%int1%}\n",
    "{%date1%} {%time1%},{%ms1%} WARNING huggingface_hub.file_download: Xet Storage is enabled for this repo, but the 'hf_xet' package is not installed.\n",
    "{%date1%} {%time1%},{%ms1%} DEBUG urllib3.connectionpool: https://huggingface.co:443 \"GET /api/models/{%model1%}/revision/main HTTP/1.1\" 200 {%int1%}\n",
    "{%date1%} {%time1%},{%ms1%} DEBUG urllib3.connectionpool: https://huggingface.co:443 \"HEAD /{%model1%}/resolve/main/tokenizer_config.json HTTP/1.1\" 200 0\n",
    "{%date1%} {%time1%},{%ms1%} INFO transformers.tokenization_utils_base: loading file tokenizer.json from cache at {%path1%}\n",
    "{%date1%} {%time1%},{%ms1%} WARNING transformers.tokenization_utils_base: Setting `pad_token_id` to `eos_token_id`:{%int1%} for open-end generation.\n",
    "{%date1%} {%time1%},{%ms1%} INFO secrets: loaded {%small1%} secrets from {%env1%} (values redacted)\n",
    "{%date1%} {%time1%},{%ms1%} INFO auth: token for {%user1%} expires in {%int1%}s, refreshing access token\n",
    "{%date1%} {%time1%},{%ms1%} ERROR api: 401 Unauthorized for https://{%apihost1%}/v1/chat (invalid api_key?) request_id={%uuid1%}\n",
    "{%date1%} {%time1%},{%ms1%} INFO wandb: Syncing run {%runid1%} to https://wandb.ai/{%user1%}/{%proj1%}/runs/{%runid1%}\n",
    "huggingface/tokenizers: The current process just got forked, after parallelism has already been used. Disabling parallelism to avoid deadlocks...\n",
    "{%date1%} {%time1%},{%ms1%} INFO accelerate.utils.modeling: We will use 90% of the memory on device 0 for storing the model, and 10% for the buffer to avoid OOM.\n",
    "{%date1%}T{%time1%}Z level=info msg=\"tokenized {%int1%} samples\" shard={%small1%} pad_token=<pad> max_len={%int2%}\n",
    "Token is valid (permission: read).\nYour token has been saved to /home/{%user1%}/.cache/huggingface/token\nLogin successful\n",
]

CSV_SCHEMAS = [
    ("id,text,label,split\n", "{%int1%},\"{%sentence1%}\",{%small1%},train\n"),
    ("timestamp,step,loss,lr,grad_norm,tokens_per_sec\n", "{%date1%}T{%time1%},{%int1%},{%float1%},{%lr1%},{%float2%},{%int2%}\n"),
    ("run_id,model,tokenizer,pad_token,max_length,eval_loss\n", "{%runid1%},{%model1%},{%model1%},<pad>,{%int1%},{%float1%}\n"),
    ("user_id,name,email,created_at,plan,api_key_last4\n", "{%int1%},{%user1%},{%user1%}@corp.example,{%date1%},pro,{%hex1%}\n"),
    ("prompt,response,score\n", "\"{%sentence1%}\",\"{%sentence2%}\",{%float1%}\n"),
]

JSONL_UNITS = [
    '{"id": {%int1%}, "prompt": "{%sentence1%}", "completion": "{%sentence2%}", "tokens": {%int2%}}\n',
    '{"messages": [{"role": "system", "content": "{%sentence1%}"}, {"role": "user", "content": "{%sentence2%}"}, {"role": "assistant", "content": "{%para1%}"}]}\n',
    '{"step": {%int1%}, "loss": {%float1%}, "learning_rate": {%lr1%}, "epoch": {%float2%}, "pad_token_ratio": {%float3%}}\n',
    '{"text": "{%para1%}", "meta": {"source": "{%dataset1%}", "split": "train", "tokenizer": "{%model1%}"}}\n',
]

YAML_UNITS = [r'''
model:
  name_or_path: {%model1%}
  tokenizer: {%model1%}
  pad_token: "<pad>"
  torch_dtype: bfloat16
  trust_remote_code: false
''', r'''
training:
  learning_rate: {%lr1%}
  per_device_train_batch_size: {%small1%}
  gradient_accumulation_steps: {%small2%}
  num_train_epochs: {%small3%}
  warmup_ratio: 0.03
  logging_steps: {%int1%}
  push_to_hub: true
  hub_model_id: {%user1%}/{%proj1%}
  hub_token: null   # taken from HF_TOKEN
''', r'''
services:
  {%word1%}:
    image: ghcr.io/{%user1%}/{%proj1%}:latest
    environment:
      - HF_TOKEN=${HF_TOKEN}
      - HF_HOME=/data/hf
      - API_KEY=${API_KEY:?set api_key in .env}
    ports:
      - "{%port1%}:{%port1%}"
''', r'''
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      HF_TOKEN: ${{ secrets.HF_TOKEN }}
      TOKENIZERS_PARALLELISM: "false"
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e ".[dev]" && pytest -q
''', r'''
data:
  dataset: {%dataset1%}
  text_column: {%ident1%}
  max_length: {%int1%}
  cache_dir: {%path1%}
  num_proc: {%small1%}
''', r'''
wandb_version: 1
_wandb:
  desc: null
  value:
    python_version: 3.11.7
    cli_version: {%ver1%}
    framework: huggingface
    huggingface_version: {%ver2%}
    t:
      1: [1, 11, 49, 51, 55, 71]
      2: [1, 11, 49, 51, 55, 71]
''']

TOML_UNITS = [r'''
[project]
name = "{%proj1%}"
version = "{%ver1%}"
description = "{%sentence1%}"
requires-python = ">=3.10"
dependencies = ["transformers>={%ver2%}", "datasets", "huggingface_hub", "tokenizers", "python-dotenv"]
''', r'''
[tool.ruff]
line-length = 120
select = ["E", "F", "I", "B", "S"]   # S105/S106: hard-coded password / token
ignore = ["S101"]
''', r'''
[tool.pytest.ini_options]
addopts = "-q"
markers = ["needs_token: requires HF_TOKEN in the environment", "gpu: needs a GPU"]
''', r'''
[secrets]
# api_key = ""          # set in the deployment, not here
token_env = "HF_TOKEN"
cache_dir = "{%path1%}"
''', r'''
[server]
port = {%port1%}
headless = true
max_upload_size = {%int1%}
''']

ENV_UNITS = [
    "{%env1%}={%path1%}\n", "WANDB_PROJECT={%proj1%}\n", "CUDA_VISIBLE_DEVICES=0,1\n", "TOKENIZERS_PARALLELISM=false\n",
    "HF_TOKEN=\n", "# HF_TOKEN=<paste your token, never commit it>\n", "OPENAI_API_KEY=${OPENAI_API_KEY}\n",
    "DATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/{%word1%}\n", "HF_HOME=/mnt/data/hf\n",
    "MODEL_ID={%model1%}\n", "SECRET_KEY_FILE=/run/secrets/{%word1%}\n", "LOG_LEVEL=INFO\n", "MAX_TOKENS={%int1%}\n",
]

SHELL_CMDS = [
    "pip install -U transformers datasets accelerate", "python train.py --model {%model1%} --bs {%small1%} --lr {%lr1%}",
    "huggingface-cli whoami", "huggingface-cli download {%model1%} --local-dir models/{%word1%}", "nvidia-smi",
    "cd ~/projects/{%proj1%}", "git status", "git push origin main", "export HF_HOME=/mnt/data/hf", "echo $HF_TOKEN | wc -c",
    "cat ~/.cache/huggingface/token | head -c 6", "ls -la ~/.cache/huggingface/hub", "du -sh ~/.cache/huggingface",
    "accelerate launch --num_processes {%small1%} train.py", "wandb login --relogin", "watch -n1 nvidia-smi",
    "python -c 'import torch; print(torch.cuda.is_available())'", "jupyter lab --no-browser --port {%port1%}",
    "grep -r api_key configs/", "tail -f logs/train.log", "tmux attach -t {%word1%}", "ssh {%host1%}",
    "conda activate {%proj1%}", "pytest -q tests/test_{%module1%}.py", "vim .env", "source .env && python serve.py",
    "docker compose up -d", "rsync -avz outputs/ {%host1%}:/data/{%proj1%}/", "htop", "git log --oneline | head",
]

SHELLRC_UNITS = [
    "alias ll='ls -alF'\nalias gs='git status'\nalias nv='watch -n1 nvidia-smi'\n",
    "export PATH=\"$HOME/.local/bin:$PATH\"\nexport HF_HOME=\"/mnt/data/hf\"\nexport TOKENIZERS_PARALLELISM=false\n",
    "# >>> conda initialize >>>\n__conda_setup=\"$('/home/{%user1%}/miniconda3/bin/conda' 'shell.bash' 'hook' 2> /dev/null)\"\nif [ $? -eq 0 ]; then\n    eval \"$__conda_setup\"\nfi\nunset __conda_setup\n# <<< conda initialize <<<\n",
    "HISTSIZE=100000\nHISTFILESIZE=200000\nshopt -s histappend\n",
    "# load secrets from the keyring instead of hard-coding them\nexport HF_TOKEN=\"$(secret-tool lookup service huggingface user {%user1%} 2>/dev/null)\"\n",
    "if [ -f ~/.bash_aliases ]; then\n    . ~/.bash_aliases\nfi\n",
    "export CUDA_HOME=/usr/local/cuda\nexport LD_LIBRARY_PATH=$CUDA_HOME/lib64:$LD_LIBRARY_PATH\n",
    "function hfdl() { huggingface-cli download \"$1\" --local-dir \"models/${1##*/}\"; }\n",
]

INI_UNITS = [
    "[{%word1%}]\nenabled = true\npath = {%path1%}\ntimeout = {%small1%}\n\n",
    "[default]\nregion = eu-west-1\noutput = json\n\n", "[user]\n\tname = {%user1%}\n\temail = {%user1%}@corp.example\n\n",
    "[credential]\n\thelper = store\n\n", "[core]\n\teditor = vim\n\tautocrlf = input\n\n",
    "[auth]\ntoken_cache = ~/.cache/{%word1%}/token\nsecret_backend = keyring\n\n",
]

JS_UNITS = [r'''
export async function {%fn1%}(context) {
  const token = await context.secrets.get("huggingface.token");
  if (!token) {
    vscode.window.showWarningMessage("No Hugging Face token configured; run the login command.");
    return undefined;
  }
  return fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: `Bearer ${token}` } });
}
''', r'''
function {%fn1%}(tokens, padTokenId = {%small1%}) {
  const maxLen = Math.max(...tokens.map((t) => t.length));
  return tokens.map((t) => t.concat(Array(maxLen - t.length).fill(padTokenId)));
}
''', r'''
const config = {
  apiBase: process.env.API_BASE_URL || "https://{%apihost1%}",
  apiKey: process.env.API_KEY, // never inline secrets
  model: "{%model1%}",
  maxTokens: {%int1%},
};
module.exports = config;
''', r'''
class {%cls1%} extends EventEmitter {
  constructor(options = {}) {
    super();
    this.timeout = options.timeout ?? {%int1%};
    this.cache = new Map();
  }
  get(key) { return this.cache.get(key); }
  set(key, value) { this.cache.set(key, value); this.emit("set", key); }
}
''']

# ----------------------------------------------------------------------------------------------------
# Plant formats: {%T%} = the token, {%E%} = an env var name for its provider
# ----------------------------------------------------------------------------------------------------

GENERIC_ENV = ["{%E%}={%T%}", "{%E%}=\"{%T%}\"", "export {%E%}='{%T%}'", "{%E%} = {%T%}", "{%E%}={%T%}  # personal, rotate!"]
PLANT_FORMATS = {
    "env": {"*": GENERIC_ENV},
    "history": {
        "*": ["export {%E%}={%T%}", "{%E%}={%T%} python train.py --push_to_hub", "echo \"{%E%}={%T%}\" >> .env"],
        "huggingface": ["huggingface-cli login --token {%T%}", "git clone https://{%user%}:{%T%}@huggingface.co/{%model%}",
                        "curl -s -H \"Authorization: Bearer {%T%}\" https://huggingface.co/api/whoami-v2",
                        "echo -n {%T%} > ~/.cache/huggingface/token",
                        "git push https://{%user%}:{%T%}@huggingface.co/spaces/{%user%}/{%proj%} main"],
        "github": ["gh auth login --with-token <<< {%T%}",
                   "git remote set-url origin https://{%user%}:{%T%}@github.com/{%user%}/{%proj%}.git"],
        "aws": ["aws configure set aws_access_key_id {%T%}"],
        "anthropic": ["curl https://api.anthropic.com/v1/messages -H \"x-api-key: {%T%}\" -H 'anthropic-version: 2023-06-01'"],
        "groq": ["curl https://api.groq.com/openai/v1/models -H \"Authorization: Bearer {%T%}\""],
    },
    "python_history": {
        "*": ["os.environ[\"{%E%}\"] = \"{%T%}\""],
        "huggingface": ["login(\"{%T%}\")", "HfApi(token=\"{%T%}\").whoami()"],
    },
    "py": {
        "*": ["{%E%} = \"{%T%}\"", "os.environ[\"{%E%}\"] = \"{%T%}\"  # TODO remove before pushing",
              "headers = {\"Authorization\": \"Bearer {%T%}\"}", "print(\"using key\\n{%T%}\")"],
        "huggingface": ["login(token=\"{%T%}\")", "api = HfApi(token='{%T%}')",
                        "    path = hf_hub_download(repo_id=\"{%model%}\", filename=\"config.json\", token=\"{%T%}\")",
                        "tokenizer = AutoTokenizer.from_pretrained(\"{%model%}\", token=\"{%T%}\")"],
        "anthropic": ["client = anthropic.Anthropic(api_key=\"{%T%}\")"],
        "groq": ["client = Groq(api_key=\"{%T%}\")"],
        "github": ["gh = Github(\"{%T%}\")"],
        "aws": ["s3 = boto3.client(\"s3\", aws_access_key_id=\"{%T%}\", aws_secret_access_key=os.environ[\"AWS_SECRET\"])"],
    },
    "yaml": {
        "*": ["{%E%}: {%T%}", "      {%E%}: \"{%T%}\"", "      - {%E%}={%T%}", "api_key: '{%T%}'"],
        "huggingface": ["hf_token: {%T%}", "  hub_token: \"{%T%}\"", "  token: {%T%}",
                        "  url: https://{%user%}:{%T%}@huggingface.co/datasets/{%dataset%}"],
        "github": ["    oauth_token: {%T%}"],
    },
    "toml": {"*": ["token = \"{%T%}\"", "api_key = '{%T%}'", "{%E%} = \"{%T%}\""]},
    "md": {
        "*": ["```bash\nexport {%E%}={%T%}\n```", "- token for the demo (read-only): {%T%}", "Use `{%T%}` until the new key is issued."],
        "huggingface": ["git clone https://{%user%}:{%T%}@huggingface.co/spaces/{%user%}/{%proj%}",
                        "Токен доступа → {%T%} (временный, удалить после демо)"],
    },
    "log": {
        "*": ["{%date%} {%time%},{%ms%} DEBUG config: env {%E%}={%T%}",
              "{%date%} {%time%},{%ms%} DEBUG http: request headers={'authorization': 'Bearer {%T%}', 'user-agent': 'python-requests/2.31.0'}"],
        "huggingface": ["{%date%} {%time%},{%ms%} DEBUG urllib3: GET https://huggingface.co/api/models/{%model%}?access_token%3D{%T%}&expand=siblings 200",
                        "{%date%} {%time%},{%ms%} INFO hub: cloning https://{%user%}:{%T%}@huggingface.co/{%model%} into models/"],
    },
    "csv": {"*": ["{%int%},{%date%},{%E%},{%T%},active", "{%int%},\"{%sentence%}\",\"{%T%}\",1"]},
    "jsonl": {"*": ["JSON:env", "JSON:chat"]},
    "txt": {
        "*": ["{%E%}={%T%}", "token: {%T%}", "key for staging -> {%T%}"],
        "huggingface": ["git+https://{%user%}:{%T%}@huggingface.co/{%user%}/{%proj%}.git@main#egg={%proj%}"],
    },
    "js": {"*": ["const apiKey = \"{%T%}\";", "  headers: { Authorization: \"Bearer {%T%}\" },"]},
    "shell": {"*": ["export {%E%}=\"{%T%}\""],
              "huggingface": ["huggingface-cli login --token {%T%} --add-to-git-credential"]},
    "ini": {"*": ["token = {%T%}", "{%E%} = {%T%}"]},
}
NB_SOURCES = {
    "*": ["os.environ[\"{%E%}\"] = \"{%T%}\"\n", "{%E%} = \"{%T%}\"  # TODO: move to secrets\n", "%env {%E%}={%T%}\n"],
    "huggingface": ["login(token=\"{%T%}\")\n", "!huggingface-cli login --token {%T%}\n",
                    "tokenizer = AutoTokenizer.from_pretrained(\"{%model%}\", token=\"{%T%}\")\n"],
    "anthropic": ["client = anthropic.Anthropic(api_key=\"{%T%}\")\n"],
    "groq": ["client = Groq(api_key=\"{%T%}\")\n"],
}
JSON_KEYS = {
    "huggingface": ["hf_token", "token", "HF_TOKEN", "hub_token", "access_token", "huggingface_token"],
    "github": ["github_token", "token", "GITHUB_TOKEN"],
    "anthropic": ["anthropic_api_key", "api_key", "ANTHROPIC_API_KEY"],
    "aws": ["aws_access_key_id", "accessKeyId"],
    "groq": ["groq_api_key", "api_key"],
}

KIND_HF_WEIGHTS = {  # carrier kind -> weight, for HF tokens placed outside the special files
    "env": 16, "env_crlf": 1, "ipynb": 14, "zsh_history": 6, "bash_history": 4, "python_history": 1,
    "yaml": 8, "py": 10, "json": 5, "toml": 3, "log": 5, "csv": 3, "jsonl": 3, "md": 5, "txt": 2, "js": 2,
    "shell": 2, "shellrc": 2, "ini": 1, "minjson": 1,
    "pyc": 2, "random": 1, "sqlite": 1, "bin": 1, "npy": 0.5, "safetensors": 0.5, "pdf": 0.5,
}
KIND_OTHER_WEIGHTS = {
    "github": {"env": 4, "yaml": 2, "py": 2, "zsh_history": 2, "ipynb": 1, "json": 1, "pyc": 1, "txt": 1},
    "anthropic": {"env": 5, "py": 3, "ipynb": 3, "toml": 1, "json": 1, "log": 1, "md": 1},
    "aws": {"env": 3, "yaml": 2, "py": 2, "log": 1, "ini": 1, "csv": 1, "random": 1},
    "groq": {"env": 4, "py": 3, "ipynb": 3, "yaml": 1, "js": 1, "bash_history": 1},
}
BINARY_KINDS = {"pyc", "random", "sqlite", "bin", "npy", "safetensors", "pdf"}
LINE_KINDS = {"py", "md", "log", "csv", "jsonl", "yaml", "toml", "env", "env_crlf", "zsh_history", "bash_history",
              "python_history", "shellrc", "shell", "ini", "txt", "js", "record", "vocab"}

UNSCALED_KINDS = {"env", "env_crlf", "yaml", "toml", "ini", "shellrc", "shell", "zsh_history", "bash_history",
                  "python_history", "record", "json"}
BINARY_SHARE = 0.3

# kind -> (median bytes, lognormal sigma, clamp low, clamp high) before the budget scaling
SIZES = {
    "py": (4500, 1.0, 60, 300_000), "md": (3000, 1.0, 60, 200_000), "log": (12_000, 1.4, 100, 3_000_000),
    "csv": (25_000, 1.4, 100, 3_000_000), "jsonl": (25_000, 1.4, 100, 3_000_000), "yaml": (1200, 0.8, 60, 60_000),
    "toml": (1200, 0.6, 60, 30_000), "env": (500, 0.5, 40, 5000), "env_crlf": (500, 0.5, 40, 5000),
    "zsh_history": (150_000, 0.3, 1000, 1_000_000), "bash_history": (60_000, 0.3, 1000, 500_000),
    "python_history": (8000, 0.3, 200, 100_000), "shellrc": (3500, 0.4, 200, 20_000), "shell": (1500, 0.7, 60, 20_000),
    "ini": (800, 0.6, 40, 10_000), "txt": (1500, 1.0, 20, 200_000), "js": (9000, 1.2, 100, 1_000_000),
    "record": (8000, 1.0, 200, 300_000), "vocab": (150_000, 0.6, 1000, 2_000_000), "ipynb": (35_000, 1.3, 1500, 4_000_000),
    "json": (2000, 1.0, 80, 1_000_000), "tokenizer_json": (500_000, 0.6, 50_000, 6_000_000),
    "minjson": (250_000, 0.7, 20_000, 3_000_000), "pyc": (5000, 1.0, 200, 400_000), "npy": (80_000, 1.3, 300, 8_000_000),
    "bin": (150_000, 1.2, 500, 10_000_000), "safetensors": (200_000, 1.2, 500, 10_000_000),
    "sqlite": (150_000, 0.8, 4096, 4_000_000), "pdf": (250_000, 1.0, 2000, 6_000_000), "random": (15_000, 1.6, 16, 4_000_000),
}


# ----------------------------------------------------------------------------------------------------
# Planning the tree
# ----------------------------------------------------------------------------------------------------

class FileSpec:
    __slots__ = ("path", "kind", "size", "user", "plants", "large", "offset_plants")

    def __init__(self, path: str, kind: str, user: bool):
        self.path = path
        self.kind = kind
        self.size = 0
        self.user = user          # a place where a person would plausibly paste a token
        self.plants: list = []    # [(provider, token)] placed by the kind's writer
        self.large = False
        self.offset_plants: list = []  # [(token_offset, provider, token)] for large files


class Planner:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.files: list[FileSpec] = []
        self.paths: set = set()

    def add(self, path: str, kind: str, user: bool = True) -> FileSpec:
        if path in self.paths:
            stem, dot, ext = path.rpartition(".")
            if not stem or "/" in ext:
                stem, dot, ext = path, "", ""
            n = 2
            while f"{stem}_{n}{dot}{ext}" in self.paths:
                n += 1
            path = f"{stem}_{n}{dot}{ext}"
        self.paths.add(path)
        spec = FileSpec(path, kind, user)
        self.files.append(spec)
        return spec


def hexs(rng, n):
    return "".join(rng.choices(HEX, k=n))


def fixed_files(pl: Planner):
    fixed = [
        (".bashrc", "shellrc"), (".bash_profile", "shellrc"), (".profile", "shellrc"), (".zshrc", "shellrc"),
        (".bash_logout", "shellrc"), (".zsh_history", "zsh_history"), (".bash_history", "bash_history"),
        (".python_history", "python_history"), (".gitconfig", "ini"), (".git-credentials", "gitcred"),
        (".netrc", "netrc"), (".condarc", "yaml"), (".wget-hsts", "txt"), (".lesshst", "txt"), (".viminfo", "txt"),
        (".docker/config.json", "json"), (".aws/credentials", "aws_credentials"), (".aws/config", "ini"),
        (".kaggle/kaggle.json", "json"), (".ssh/config", "ini"), (".ssh/known_hosts", "txt"),
        (".ssh/id_ed25519.pub", "txt"), (".cache/huggingface/token", "hf_token_file"),
        (".cache/huggingface/stored_tokens", "stored_tokens"), (".huggingface/token", "hf_token_file"),
        (".config/gh/hosts.yml", "gh_hosts"), (".config/gh/config.yml", "yaml"),
        (".config/Code/User/settings.json", "json"), (".config/pip/pip.conf", "ini"), (".config/htop/htoprc", "ini"),
        (".config/wandb/settings", "ini"), (".config/matplotlib/matplotlibrc", "ini"), (".config/starship.toml", "toml"),
        (".config/rclone/rclone.conf", "ini"), (".config/gcloud/configurations/config_default", "ini"),
        (".config/gcloud/application_default_credentials.json", "json"), (".ipython/profile_default/history.sqlite", "sqlite"),
        (".ipython/profile_default/startup/00-init.py", "py"), (".jupyter/jupyter_server_config.py", "py"),
        (".jupyter/lab/workspaces/default-37a8.jupyterlab-workspace", "minjson"), (".conda/environments.txt", "txt"),
        ("Documents/notes/hf-setup.md", "md"), ("Documents/notes/todo.md", "md"),
    ]
    for path, kind in fixed:
        pl.add(path, kind)


def gen_site_packages(pl: Planner, rng):
    base = ".local/lib/python3.11/site-packages"
    names = [p for p, _ in PACKAGES]
    weights = [w for _, w in PACKAGES]
    seen_pkg = set()
    mod_count: Counter = Counter()
    while True:
        pkg = rng.choices(names, weights)[0]
        if pkg not in seen_pkg:
            seen_pkg.add(pkg)
            ver = "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 45), rng.randint(0, 12))
            di = f"{base}/{pkg}-{ver}.dist-info"
            yield [(f"{di}/METADATA", "md"), (f"{di}/RECORD", "record"), (f"{di}/WHEEL", "ini"),
                   (f"{di}/INSTALLER", "txt"), (f"{di}/top_level.txt", "txt")]
        sub = rng.choice(SUBPKGS)
        d = f"{base}/{pkg}/{sub}".rstrip("/")
        mod = rng.choice(MODULES)
        mod_count[(d, mod)] += 1
        if mod_count[(d, mod)] > 1:
            mod = f"{mod}_{mod_count[(d, mod)]}"
        group = [(f"{d}/{mod}.py", "py")]
        if rng.random() < 0.8:
            group.append((f"{d}/__pycache__/{mod}.cpython-311.pyc", "pyc"))
        if rng.random() < 0.01:
            group.append((f"{d}/py.typed", "txt"))
        yield group


def gen_project(pl: Planner, rng, name):
    p = f"projects/{name}"
    pkg = name.replace("-", "_")
    yield [(f"{p}/README.md", "md"), (f"{p}/pyproject.toml", "toml"), (f"{p}/requirements.txt", "txt"),
           (f"{p}/.env", "env"), (f"{p}/.gitignore", "txt"), (f"{p}/src/__init__.py", "py")]
    cats = [("src", 30), ("pyc", 8), ("tests", 8), ("nb", 6), ("yaml", 6), ("json", 3), ("toml", 1), ("md", 4),
            ("csv", 3), ("jsonl", 3), ("log", 4), ("wandb", 5), ("ckpt", 1), ("sh", 3), ("npy", 2), ("minjson", 0.3),
            ("envx", 0.6), ("js", 1), ("txt", 2), ("random", 1)]
    cn, cw = zip(*cats)
    while True:
        c = rng.choices(cn, cw)[0]
        m = f"{rng.choice(VERBS)}_{rng.choice(NOUNS)}"
        if c == "src":
            sub = rng.choice(["", "", pkg, f"{pkg}/data", f"{pkg}/models", "utils"])
            yield [(f"{p}/src/{sub}/{m}.py".replace("//", "/"), "py")]
        elif c == "pyc":
            yield [(f"{p}/src/__pycache__/{m}.cpython-311.pyc", "pyc")]
        elif c == "tests":
            yield [(f"{p}/tests/test_{m}.py", "py")]
        elif c == "nb":
            yield [(f"{p}/notebooks/{rng.randint(1, 40):02d}-{m.replace('_', '-')}.ipynb", "ipynb")]
        elif c in ("yaml", "json", "toml"):
            yield [(f"{p}/configs/{m}.{c}", c)]
        elif c == "md":
            yield [(f"{p}/docs/{m}.md", "md")]
        elif c in ("csv", "jsonl"):
            yield [(f"{p}/data/{m}.{c}", c)]
        elif c == "log":
            yield [(f"{p}/logs/{m}-{rng.randint(1, 999)}.log", "log")]
        elif c == "wandb":
            run = "run-2024%02d%02d_%02d%02d%02d-%s" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                         rng.randint(0, 59), rng.randint(0, 59),
                                                         "".join(rng.choices(string.ascii_lowercase + string.digits, k=8)))
            w = f"{p}/wandb/{run}"
            yield [(f"{w}/files/config.yaml", "yaml"), (f"{w}/files/output.log", "log"),
                   (f"{w}/files/wandb-metadata.json", "json"), (f"{w}/files/wandb-summary.json", "json"),
                   (f"{w}/files/requirements.txt", "txt"), (f"{w}/logs/debug.log", "log")]
        elif c == "ckpt":
            ck = f"{p}/outputs/checkpoint-{rng.randint(1, 200) * 500}"
            yield [(f"{ck}/config.json", "json"), (f"{ck}/trainer_state.json", "json"),
                   (f"{ck}/training_args.bin", "bin"), (f"{ck}/model.safetensors", "safetensors"),
                   (f"{ck}/optimizer.pt", "bin"), (f"{ck}/rng_state.pth", "random"),
                   (f"{ck}/tokenizer_config.json", "json"), (f"{ck}/special_tokens_map.json", "json")]
        elif c == "sh":
            yield [(f"{p}/scripts/{m}.sh", "shell")]
        elif c == "npy":
            yield [(f"{p}/data/{m}.npy", "npy")]
        elif c == "minjson":
            yield [(f"{p}/.vscode/{m}.state.json", "minjson")]
        elif c == "envx":
            yield [(f"{p}/.env.{rng.choice(['local', 'production', 'staging', 'dev'])}",
                    "env_crlf" if rng.random() < 0.3 else "env")]
        elif c == "js":
            yield [(f"{p}/web/{m}.js", "js")]
        elif c == "txt":
            yield [(f"{p}/{rng.choice(['notes', 'prompts', 'scratch'])}-{m}.txt", "txt")]
        else:
            yield [(f"{p}/tmp/{m}.{rng.choice(['bin', 'dat', 'cache'])}", "random")]


def gen_hf_cache(pl: Planner, rng):
    base = ".cache/huggingface"
    while True:
        if rng.random() < 0.15:
            ds = rng.choice(DATASETS).replace("/", "___")
            d = f"{base}/datasets/{ds}/default/0.0.{rng.randint(0, 9)}/{hexs(rng, 16)}"
            yield [(f"{d}/dataset_info.json", "json"), (f"{d}/{ds}-train.arrow", "bin"),
                   (f"{d}/{ds}-validation.arrow", "bin")]
            continue
        model = rng.choice(MODELS)
        d = f"{base}/hub/models--{model.replace('/', '--')}"
        snap = f"{d}/snapshots/{hexs(rng, 40)}"
        group = [(f"{d}/refs/main", "txt"), (f"{snap}/config.json", "json"), (f"{snap}/tokenizer_config.json", "json"),
                 (f"{snap}/special_tokens_map.json", "json"), (f"{snap}/generation_config.json", "json"),
                 (f"{d}/blobs/{hexs(rng, 64)}", "random")]
        if rng.random() < 0.2:
            group.append((f"{snap}/tokenizer.json", "tokenizer_json"))
        if rng.random() < 0.4:
            group.append((f"{snap}/{rng.choice(['vocab.txt', 'merges.txt'])}", "vocab"))
        if rng.random() < 0.5:
            group.append((f"{snap}/{rng.choice(['model.safetensors', 'pytorch_model.bin'])}",
                          "safetensors" if rng.random() < 0.6 else "bin"))
        yield group


def gen_config(pl: Planner, rng):
    apps = ["Code", "htop", "pulse", "dconf", "kitty", "nvim", "fish", "autostart", "jupyter", "lazygit",
            "gcloud", "rclone", "wandb", "neofetch", "btop", "yt-dlp", "obs-studio", "zed"]
    hist_kinds = [("py", 6), ("md", 2), ("yaml", 2), ("env", 1), ("ipynb", 1), ("json", 1), ("toml", 1), ("txt", 1)]
    hk, hw = zip(*hist_kinds)
    while True:
        r = rng.random()
        if r < 0.6:  # VS Code local history: copies of edited files
            d = f".config/Code/User/History/-{hexs(rng, 8)}"
            group = [(f"{d}/entries.json", "json")]
            for _ in range(rng.randint(1, 6)):
                k = rng.choices(hk, hw)[0]
                ext = {"env": "env", "ipynb": "ipynb"}.get(k, k)
                group.append((f"{d}/{''.join(rng.choices(ALNUM, k=4))}.{ext}", k))
            yield group
        elif r < 0.7:
            d = f".config/Code/User/workspaceStorage/{hexs(rng, 32)}"
            yield [(f"{d}/workspace.json", "json"), (f"{d}/state.vscdb", "sqlite")]
        else:
            app = rng.choice(apps)
            name = rng.choice(["config", "settings", "state", "prefs", "session", rng.choice(NOUNS)])
            kind = rng.choice(["ini", "json", "yaml", "toml", "txt", "random"])
            ext = {"ini": "conf", "random": "db"}.get(kind, kind)
            yield [(f".config/{app}/{name}.{ext}", kind)]


def gen_docs(pl: Planner, rng):
    while True:
        m = f"{rng.choice(PROSE)}-{rng.choice(NOUNS).replace('_', '-')}"
        r = rng.random()
        if r < 0.35:
            yield [(f"Documents/notes/{m}.md", "md")]
        elif r < 0.45:
            yield [(f"Documents/papers/{rng.randint(2101, 2412)}.{rng.randint(10000, 99999)}.pdf", "pdf")]
        elif r < 0.55:
            yield [(f"Documents/{m}.txt", "txt")]
        else:
            kind = rng.choice(["pdf", "csv", "json", "ipynb", "random", "txt", "jsonl", "md", "csv"])
            ext = {"random": rng.choice(["zip", "tar.gz", "deb", "whl"])}.get(kind, kind)
            yield [(f"Downloads/{m}.{ext}", kind)]


def gen_caches(pl: Planner, rng):
    exts = ["ms-python.python-2024.8.1", "ms-toolsai.jupyter-2024.7.0", "github.copilot-1.219.0",
            "ms-python.vscode-pylance-2024.8.2", "redhat.vscode-yaml-1.15.0", "eamodio.gitlens-15.3.1"]
    while True:
        r = rng.random()
        if r < 0.35:
            yield [(f".cache/pip/http-v2/{hexs(rng, 1)}/{hexs(rng, 1)}/{hexs(rng, 1)}/{hexs(rng, 1)}/{hexs(rng, 52)}", "random")]
        elif r < 0.55:
            e = rng.choice(exts)
            sub = rng.choice(["out", "out/client", "dist", "out/extension", "node_modules/vscode-languageclient/lib"])
            yield [(f".vscode-server/extensions/{e}/{sub}/{rng.choice(VERBS)}{rng.choice(CLASSES)}.js", "js")]
        elif r < 0.7:
            yield [(f".npm/_cacache/index-v5/{hexs(rng, 2)}/{hexs(rng, 2)}/{hexs(rng, 40)}", "jsonl")]
        elif r < 0.75:
            yield [(f".cache/torch/hub/checkpoints/{rng.choice(NOUNS)}-{hexs(rng, 8)}.pth", "bin")]
        elif r < 0.85:
            yield [(f".cache/wandb/logs/core-debug-2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{hexs(rng, 6)}.log", "log")]
        elif r < 0.9:
            yield [(f".cache/jedi/CPython-311-33/{hexs(rng, 40)}.pkl", "random")]
        else:
            yield [(f".local/share/jupyter/runtime/kernel-{hexs(rng, 8)}-{hexs(rng, 4)}.json", "json")]


def gen_misc(pl: Planner, rng):
    while True:
        r = rng.random()
        m = f"{rng.choice(VERBS)}_{rng.choice(NOUNS)}"
        if r < 0.3:
            yield [(f".ipython/profile_default/startup/{rng.randint(10, 99)}-{m}.py", "py")]
        elif r < 0.5:
            yield [(f".jupyter/lab/user-settings/@jupyterlab/{m}.jupyterlab-settings", "json")]
        elif r < 0.8:
            yield [(f"scratch/{m}.{rng.choice(['py', 'md', 'txt', 'sh', 'json'])}", None)]
        else:
            yield [(f"Desktop/{m}.md", "md")]


def take(pl: Planner, gen, quota: int, user: bool):
    n = 0
    ext_kind = {"py": "py", "md": "md", "txt": "txt", "sh": "shell", "json": "json"}
    for group in gen:
        for path, kind in group:
            if n >= quota:
                return
            if kind is None:
                kind = ext_kind[path.rsplit(".", 1)[1]]
            pl.add(path, kind, user)
            n += 1


def plan_tree(rng, n_files: int, budget: int):
    pl = Planner(rng)
    fixed_files(pl)
    large_budget = int(budget * LARGE_FRACTION)
    n_large = max(1, min(round(large_budget / LARGE_TARGET), max(1, n_files // 200)))
    rest = n_files - len(pl.files) - n_large
    if rest < 50:
        raise SystemExit(f"--files {n_files} is too small (minimum {len(pl.files) + n_large + 50})")
    shares = [("site", 0.30), ("projects", 0.40), ("hf", 0.05), ("config", 0.08), ("docs", 0.05),
              ("caches", 0.10), ("misc", 0.02)]
    quotas = {k: int(rest * s) for k, s in shares}
    quotas["projects"] += rest - sum(quotas.values())
    take(pl, gen_site_packages(pl, rng), quotas["site"], user=False)
    n_proj = max(3, round(quotas["projects"] / 320))
    names = []
    for i in range(n_proj):
        base = PROJECTS[i % len(PROJECTS)]
        names.append(base if i < len(PROJECTS) else f"{base}-v{i // len(PROJECTS) + 1}")
    weights = [rng.random() + 0.3 for _ in names]
    tot = sum(weights)
    left = quotas["projects"]
    for i, name in enumerate(names):
        q = left if i == len(names) - 1 else min(left, max(8, int(quotas["projects"] * weights[i] / tot)))
        left -= q
        take(pl, gen_project(pl, rng, name), q, user=True)
    take(pl, gen_hf_cache(pl, rng), quotas["hf"], user=False)
    take(pl, gen_config(pl, rng), quotas["config"], user=True)
    take(pl, gen_docs(pl, rng), quotas["docs"], user=True)
    take(pl, gen_caches(pl, rng), quotas["caches"], user=False)
    take(pl, gen_misc(pl, rng), quotas["misc"], user=True)

    # sizes of the ordinary files, scaled so that they fill (1 - LARGE_FRACTION) of the budget
    small_budget = budget - large_budget
    sized = [f for f in pl.files if f.kind in SIZES]
    raw = []
    for f in sized:
        med, sigma, lo, hi = SIZES[f.kind]
        raw.append(min(hi, max(lo, rng.lognormvariate(math.log(med), sigma))))
    # small config-like kinds keep their natural size; the rest is scaled so that binary files take
    # BINARY_SHARE of what is left and text the remainder (real homes are far bigger than the budget)
    fixed = sum(s for f, s in zip(sized, raw) if f.kind in UNSCALED_KINDS)
    binary = sum(s for f, s in zip(sized, raw) if f.kind in BINARY_KINDS)
    text = sum(raw) - fixed - binary
    rest = small_budget - fixed
    if rest > 0.2 * small_budget and binary > 0 and text > 0:
        scales = {"fixed": 1.0, "bin": BINARY_SHARE * rest / binary, "text": (1 - BINARY_SHARE) * rest / text}
    else:
        u = small_budget / max(1.0, sum(raw))
        scales = {"fixed": u, "bin": u, "text": u}
    for f, s in zip(sized, raw):
        cls = "fixed" if f.kind in UNSCALED_KINDS else "bin" if f.kind in BINARY_KINDS else "text"
        f.size = max(16, int(s * scales[cls]))

    # the large files (sizes are decided at write time from what is left of the budget)
    large_kinds = ["log", "csv", "jsonl"]
    proj_names = names
    for i in range(n_large):
        kind = large_kinds[i % 3]
        where = rng.choice([f"projects/{rng.choice(proj_names)}/logs", f"projects/{rng.choice(proj_names)}/data",
                            "data/raw", "scratch", "Downloads"])
        spec = pl.add(f"{where}/{rng.choice(['full', 'dump', 'export', 'train', 'events'])}-{i:02d}.{kind}", kind, user=True)
        spec.large = True
    return pl


# ----------------------------------------------------------------------------------------------------
# Content generation
# ----------------------------------------------------------------------------------------------------

class Content:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.f = Filler(rng)
        self.pools: dict[str, list[bytes]] = {}
        self.avg: dict[str, int] = {}
        self._build_pools()
        self.noise = self._make_noise(8 * MiB)
        self.images = [base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(n)).decode()
                       for n in (6000, 15000, 30000, 60000, 110000)]
        self.cells_small = [self._nb_cell(False) for _ in range(160)]
        self.cells_image = [self._nb_cell(True) for _ in range(24)]
        self.large_blocks = {k: [self._block(k, 256 * KiB) for _ in range(6)] for k in ("log", "csv", "jsonl")}

    # -- pools ---------------------------------------------------------------------------------------
    def _pool(self, kind, make):
        units = [make().encode() for _ in range(UNITS_PER_POOL)]
        self.pools[kind] = units
        self.avg[kind] = max(1, sum(map(len, units)) // len(units))

    def _build_pools(self):
        r, f = self.rng, self.f
        self._pool("py", lambda: f.fill(r.choice(PY_UNITS)))
        self._pool("md", lambda: f.fill(r.choice(MD_UNITS)))
        self._pool("log", lambda: "".join(f.fill(r.choice(LOG_UNITS)) for _ in range(12)))
        self._pool("jsonl", lambda: "".join(self._jsonl_line(r.choice(JSONL_UNITS)) for _ in range(4)))
        self._pool("yaml", lambda: f.fill(r.choice(YAML_UNITS)))
        self._pool("toml", lambda: f.fill(r.choice(TOML_UNITS)))
        self._pool("env", lambda: "".join(f.fill(r.choice(ENV_UNITS)) for _ in range(3)))
        self._pool("zsh_history", lambda: "".join(f": {f.gen['ts']()}:0;{f.fill(r.choice(SHELL_CMDS))}\n" for _ in range(15)))
        self._pool("bash_history", lambda: "".join(f.fill(r.choice(SHELL_CMDS)) + "\n" for _ in range(15)))
        self._pool("python_history", lambda: f.fill(r.choice([
            "import torch\ntorch.cuda.is_available()\n", "from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained(\"{%model1%}\")\n",
            "tok.pad_token\ntok.eos_token\nlen(tok)\n", "import os\nos.environ.get(\"HF_HOME\")\n", "from huggingface_hub import whoami\nwhoami()\n"])))
        self._pool("shellrc", lambda: f.fill(r.choice(SHELLRC_UNITS)))
        self._pool("shell", lambda: "".join(f.fill(r.choice(SHELL_CMDS)) + "\n" for _ in range(6)))
        self._pool("ini", lambda: f.fill(r.choice(INI_UNITS)))
        self._pool("txt", lambda: r.choice([lambda: f.fill("{%para1%}\n\n"),
                                            lambda: f.fill("{%pkg1%}=={%ver1%}\n{%pkg2%}>={%ver2%}\n"),
                                            lambda: f.fill("{%sentence1%}\n"),
                                            lambda: f.fill("{%host1%} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{%hexl1%}\n")])())
        self._pool("js", lambda: f.fill(r.choice(JS_UNITS)))
        self._pool("record", lambda: "".join(self._record_line() for _ in range(10)))
        self._pool("vocab", lambda: "".join(self._vocab_piece() + "\n" for _ in range(40)))
        for i, (head, row) in enumerate(CSV_SCHEMAS):
            self._pool(f"csv{i}", lambda row=row: "".join(f.fill(row) for _ in range(8)))
        self.avg["csv"] = self.avg["csv0"]

    def _jsonl_line(self, tpl):
        # fill, then re-serialise so the line is valid JSON whatever the words are
        return json.dumps(json.loads(self.f.fill(tpl)), ensure_ascii=False) + "\n"

    def _record_line(self):
        r = self.rng
        while True:
            digest = base64.urlsafe_b64encode(r.randbytes(32)).decode().rstrip("=")
            low = digest.lower()
            if not any(p in low for p in FOREIGN_PREFIXES):
                break
        return f"{r.choice(PACKAGES)[0]}/{r.choice(SUBPKGS)}/{r.choice(MODULES)}.py,sha256={digest},{r.randint(200, 90000)}\n".replace("//", "/")

    def _vocab_piece(self):
        r = self.rng
        w = r.choice(PROSE + IDENTS)
        a = r.randrange(len(w))
        b = min(len(w), a + r.randint(2, 6))
        return r.choice(["", "Ġ", "##", "▁"]) + w[a:b]

    def _make_noise(self, n):
        buf = bytearray(self.rng.randbytes(n))
        r = self.rng
        for _ in range(n // 2048):   # runs of NUL bytes, as in real binaries
            a = r.randrange(n)
            ln = r.randint(8, 600)
            buf[a:a + ln] = bytes(min(ln, n - a))
        return bytes(buf)

    def noise_bytes(self, n):
        out = []
        while n > 0:
            off = self.rng.randrange(len(self.noise) - 1)
            piece = self.noise[off:off + n]
            out.append(piece)
            n -= len(piece)
        return b"".join(out)

    def _block(self, kind, size):
        if kind == "csv":
            pool = self.pools["csv1"]
        else:
            pool = self.pools[kind]
        parts, n = [], 0
        while n < size:
            u = self.rng.choice(pool)
            parts.append(u)
            n += len(u)
        return b"".join(parts)

    # -- line kinds ----------------------------------------------------------------------------------
    def lines(self, spec: FileSpec) -> bytes:
        r = self.rng
        kind, size = spec.kind, spec.size
        header = b""
        pool_kind = kind
        if kind == "py":
            header = self.f.fill(r.choice(PY_HEADERS)).encode()
        elif kind == "csv":
            i = r.randrange(len(CSV_SCHEMAS))
            header = CSV_SCHEMAS[i][0].encode()
            pool_kind = f"csv{i}"
        elif kind == "env_crlf":
            pool_kind = "env"
        elif kind == "shell":
            header = b"#!/usr/bin/env bash\nset -euo pipefail\n\n"
        elif kind == "md" and spec.path.endswith("METADATA"):
            header = self.f.fill("Metadata-Version: 2.1\nName: {%pkg1%}\nVersion: {%ver1%}\nSummary: {%sentence1%}\n\n").encode()
        pool = self.pools[pool_kind]
        k = max(1, (size - len(header)) // self.avg[pool_kind] + 1)
        data = header + b"".join(r.choices(pool, k=k))
        if len(data) > size:
            data = data[:size]
            cut = data.rfind(b"\n")
            if cut > size * 3 // 4:
                data = data[:cut + 1]
        for provider, tok in spec.plants:
            line = self.plant_line(kind, provider, tok)
            data = insert_line(r, data, line.encode())
        if kind == "env_crlf":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return data

    def plant_line(self, kind, provider, tok) -> str:
        r = self.rng
        if provider == "decoy":
            if tok.startswith("AKIA"):
                shapes = ["aws_access_key_id = {%T%}", "AWS_ACCESS_KEY_ID={%T%}  # from the AWS docs", "- key id: `{%T%}`"]
            else:
                shapes = ["export HF_TOKEN={%T%}", "HF_TOKEN={%T%}  # replace with your own", "login(token=\"{%T%}\")",
                          "hf_token: {%T%}", "- token: `{%T%}` (example)"]
            return self.f.fill(r.choice(shapes), {"T": tok})
        fam = {"zsh_history": "history", "bash_history": "history", "env_crlf": "env", "shellrc": "env",
               "python_history": "python_history", "record": "txt", "vocab": "txt"}.get(kind, kind)
        table = PLANT_FORMATS[fam]
        choices = list(table.get("*", [])) + list(table.get(provider, []))
        if fam in ("history", "py", "md", "log", "txt") and provider in table:
            choices += table[provider]  # favour the provider-specific shapes
        line = self.f.fill(r.choice(choices), {"T": tok, "E": r.choice(ENV_NAMES[provider])})
        if line == "JSON:env":
            return json.dumps({"ts": self.f.gen["ts"](), "env": {r.choice(ENV_NAMES[provider]): tok}})
        if line == "JSON:chat":
            return json.dumps({"messages": [{"role": "user", "content": f"my token is {tok} why does login fail?"}]})
        if kind == "zsh_history":
            line = f": {self.f.gen['ts']()}:0;{line}"
        return line

    # -- structured kinds ----------------------------------------------------------------------------
    def _nb_cell(self, image: bool) -> str:
        r, f = self.rng, self.f
        if not image and r.random() < 0.25:
            cell = {"cell_type": "markdown", "metadata": {}, "source": split_keep(f.fill(r.choice(MD_UNITS)).strip() + "\n")}
        else:
            src = f.fill(r.choice(PY_UNITS)).strip("\n")
            outputs = []
            if image:
                outputs.append({"data": {"image/png": r.choice(self.images) + "\n",
                                         "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                                "metadata": {}, "output_type": "display_data"})
            elif r.random() < 0.5:
                text = "".join(f.fill(r.choice(LOG_UNITS)) for _ in range(r.randint(1, 25)))
                outputs.append({"name": "stdout", "output_type": "stream", "text": split_keep(text)})
            if r.random() < 0.15:
                outputs.append({"name": "stderr", "output_type": "stream", "text": [
                    "huggingface/tokenizers: The current process just got forked, after parallelism has already been used. Disabling parallelism to avoid deadlocks...\n",
                    "To disable this warning, you can either:\n", "\t- Avoid using `tokenizers` before the fork if possible\n",
                    "\t- Explicitly set the environment variable TOKENIZERS_PARALLELISM=(true | false)\n"]})
            cell = {"cell_type": "code", "execution_count": r.randint(1, 300), "metadata": {},
                    "outputs": outputs, "source": split_keep(src)}
        return indent_json(cell)

    def _nb_plant_cell(self, provider, tok) -> str:
        r, f = self.rng, self.f
        if r.random() < 0.25:
            # token printed in an output; the JSON string holds "...\nhf_..." (escape right before the token)
            text = f"Token has been saved to /home/{r.choice(USERS)}/.cache/huggingface/token\n{tok}\n"
            cell = {"cell_type": "code", "execution_count": r.randint(1, 300), "metadata": {},
                    "outputs": [{"name": "stdout", "output_type": "stream", "text": text}],
                    "source": ["!huggingface-cli login --add-to-git-credential && cat ~/.cache/huggingface/token\n"]}
        else:
            choices = NB_SOURCES["*"] + NB_SOURCES.get(provider, []) * 2
            line = f.fill(r.choice(choices), {"T": tok, "E": r.choice(ENV_NAMES[provider])})
            src = ["import os\n", "from huggingface_hub import login\n", line, f.fill("{%ident1%} = {%int1%}\n")]
            cell = {"cell_type": "code", "execution_count": r.randint(1, 300), "metadata": {}, "outputs": [],
                    "source": src}
        return indent_json(cell)

    def ipynb(self, spec: FileSpec) -> bytes:
        r = self.rng
        cells = []
        n = 400
        while n < spec.size or not cells:
            left = spec.size - n
            if left > 40_000 and r.random() < 0.25:
                c = r.choice(self.cells_image)
            else:
                c = r.choice(self.cells_small)
            cells.append(c)
            n += len(c) + 2
        for provider, tok in spec.plants:
            if provider == "decoy":
                c = indent_json({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                                 "source": ["# paste your own token here\n", f"HF_TOKEN = \"{tok}\"\n"]})
            else:
                c = self._nb_plant_cell(provider, tok)
            cells.insert(r.randint(0, len(cells)), c)
        meta = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                "language_info": {"name": "python", "version": "3.11.7"}}
        body = '{\n "cells": [\n' + ",\n".join(cells) + '\n ],\n "metadata": ' + \
            json.dumps(meta, indent=1).replace("\n", "\n ") + ',\n "nbformat": 4,\n "nbformat_minor": 5\n}\n'
        return body.encode()

    def json_doc(self, spec: FileSpec) -> bytes:
        r, f = self.rng, self.f
        name = spec.path.rsplit("/", 1)[-1]
        if name == "config.json" and "docker" in spec.path:
            doc = {"auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}}, "credsStore": "desktop"}
        elif name == "config.json":
            doc = {"_name_or_path": f.gen["model"](), "architectures": ["LlamaForCausalLM"], "bos_token_id": 1,
                   "eos_token_id": 2, "pad_token_id": None, "hidden_size": 4096, "intermediate_size": 11008,
                   "max_position_embeddings": 4096, "num_attention_heads": 32, "num_hidden_layers": 32,
                   "rms_norm_eps": 1e-05, "tie_word_embeddings": False, "torch_dtype": "bfloat16",
                   "transformers_version": f.gen["ver"](), "use_cache": True, "vocab_size": 32000}
        elif name == "tokenizer_config.json":
            doc = {"add_bos_token": True, "add_eos_token": False, "bos_token": "<s>", "eos_token": "</s>",
                   "pad_token": None, "unk_token": "<unk>", "clean_up_tokenization_spaces": False,
                   "model_max_length": 1000000000000000019884624838656, "tokenizer_class": "LlamaTokenizer",
                   "chat_template": "{% for message in messages %}{{ bos_token + message['content'] + eos_token }}{% endfor %}",
                   "added_tokens_decoder": {str(i): {"content": t, "lstrip": False, "normalized": False, "rstrip": False,
                                                     "single_word": False, "special": True}
                                            for i, t in enumerate(["<unk>", "<s>", "</s>"])}}
        elif name == "special_tokens_map.json":
            doc = {"bos_token": {"content": "<s>", "lstrip": False, "normalized": False, "rstrip": False, "single_word": False},
                   "eos_token": {"content": "</s>", "lstrip": False, "normalized": False, "rstrip": False, "single_word": False},
                   "pad_token": "</s>", "unk_token": "<unk>"}
        elif name == "kaggle.json":
            doc = {"username": r.choice(USERS), "key": hexs(r, 32)}
        elif name.startswith("kernel-"):
            doc = {"shell_port": r.randint(30000, 60000), "iopub_port": r.randint(30000, 60000), "ip": "127.0.0.1",
                   "key": f.gen["uuid"](), "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "python3"}
        elif name == "application_default_credentials.json":
            doc = {"account": "", "client_id": f"{r.randint(10**11, 10**12)}-{hexs(r, 32)}.apps.googleusercontent.com",
                   "quota_project_id": f.gen["proj"](), "type": "authorized_user", "universe_domain": "googleapis.com"}
        else:
            doc = {"name": f.gen["proj"](), "version": f.gen["ver"](), "description": f.sentence(),
                   f.gen["ident"](): f.gen["int"](), f.gen["ident"](): f.gen["float"](),
                   "tokenizer": f.gen["model"](), "pad_token": "<pad>", "use_auth_token": True,
                   "env": {"HF_HOME": "/mnt/data/hf", "TOKENIZERS_PARALLELISM": "false"}, "tags": r.sample(PROSE, 3)}
        for provider, tok in spec.plants:
            key = "HF_TOKEN" if provider == "decoy" else r.choice(JSON_KEYS[provider])
            items = list(doc.items())
            items.insert(r.randint(0, len(items)), (key, tok))
            doc = dict(items)
        text = json.dumps(doc, indent=2)
        if len(text) < spec.size:  # grow with a history list, as in trainer_state.json / wandb files
            hist, n = [], len(text)
            step = 0
            while n < spec.size:
                step += r.randint(1, 50)
                e = {"epoch": round(step / 1000, 4), "grad_norm": round(r.random() * 3, 4),
                     "learning_rate": round(r.random() * 1e-4, 8), "loss": round(r.random() * 4, 4), "step": step}
                hist.append(e)
                n += 118
            doc["log_history"] = hist
            text = json.dumps(doc, indent=2)
        return (text + "\n").encode()

    def tokenizer_json(self, spec: FileSpec) -> bytes:
        r = self.rng
        head = ('{\n  "version": "1.0",\n  "truncation": null,\n  "padding": null,\n  "added_tokens": [\n'
                + ",\n".join('    {\n      "id": %d,\n      "content": "%s",\n      "single_word": false,\n'
                             '      "lstrip": false,\n      "rstrip": false,\n      "normalized": false,\n'
                             '      "special": true\n    }' % (i, t)
                             for i, t in enumerate(["<unk>", "<s>", "</s>", "<pad>", "<|im_start|>", "<|im_end|>"]))
                + '\n  ],\n  "normalizer": null,\n  "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false},\n'
                '  "model": {\n    "type": "BPE",\n    "unk_token": "<unk>",\n    "vocab": {\n')
        parts, n, i = [head], len(head), 0
        pieces = self.pools["vocab"]
        vocab_target = spec.size * 2 // 3
        while n < vocab_target:
            for p in r.choice(pieces).decode().split("\n")[:-1]:
                s = '      %s: %d,\n' % (json.dumps(p, ensure_ascii=False), i)
                parts.append(s)
                n += len(s)
                i += 1
        parts.append('      "<pad>": %d\n    },\n    "merges": [\n' % i)
        while n < spec.size:
            s = '      "%s %s",\n' % (self._vocab_piece().replace('"', ''), self._vocab_piece().replace('"', ''))
            parts.append(s)
            n += len(s)
        parts.append('      "Ġ t"\n    ]\n  }\n}\n')
        return "".join(parts).encode()

    def minjson(self, spec: FileSpec) -> bytes:
        # one long line (minified editor / workspace state) - no newline for hundreds of KB
        r = self.rng
        items, n = [], 0
        while n < spec.size:
            u = r.choice(self.pools["py"]).decode()
            d = {"uri": f"file:///home/{r.choice(USERS)}/projects/{r.choice(PROJECTS)}/src/{r.choice(MODULES)}.py",
                 "version": r.randint(1, 500), "content": u, "selections": [[r.randint(0, 400), r.randint(0, 80)]]}
            items.append(d)
            n += len(u) + 160
        for provider, tok in spec.plants:
            key = "HF_TOKEN" if provider == "decoy" else r.choice(JSON_KEYS[provider])
            items.insert(r.randint(0, len(items)), {"env": {key: tok}, "terminal": "integrated"})
        return json.dumps({"data": {"workbench.editors": items}}, separators=(",", ":")).encode()

    # -- binary kinds --------------------------------------------------------------------------------
    def binary(self, spec: FileSpec) -> bytes:
        r = self.rng
        kind, size = spec.kind, spec.size
        if kind == "pyc":
            parts = [b"\xa7\r\r\n\x00\x00\x00\x00", r.randbytes(8), b"\xe3"]
            n = 17
            while n < size:
                if r.random() < 0.6:
                    s = r.choice(IDENTS + MODULES + ["token", "tokenizer", "pad_token", "api_key", "HF_TOKEN",
                                                     "hf_hub_download", "secret", "get_token"]).encode()
                    chunk = b"\xfa" + bytes([len(s)]) + s
                elif r.random() < 0.3:
                    s = self.f.sentence().encode()[:250]
                    chunk = b"\xf5" + len(s).to_bytes(4, "little") + s
                else:
                    chunk = self.noise_bytes(r.randint(4, 60))
                parts.append(chunk)
                n += len(chunk)
            data = b"".join(parts)[:size]
        elif kind == "npy":
            hdr = "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (r.randint(1, 4096), r.choice([384, 768, 1024]))
            hdr = hdr + " " * (117 - len(hdr)) + "\n"
            data = b"\x93NUMPY\x01\x00" + len(hdr).to_bytes(2, "little") + hdr.encode()
            data += self.noise_bytes(max(0, size - len(data)))
        elif kind == "safetensors":
            meta = {"__metadata__": {"format": "pt"}}
            off = 0
            for layer in range(r.randint(2, 12)):
                for t in ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "mlp.down_proj"):
                    ln = r.randint(1000, 100000)
                    meta[f"model.layers.{layer}.{t}.weight"] = {"dtype": "BF16", "shape": [ln // 2], "data_offsets": [off, off + ln]}
                    off += ln
            meta["model.embed_tokens.weight"] = {"dtype": "BF16", "shape": [32000, 4096], "data_offsets": [off, off + 10]}
            h = json.dumps(meta, separators=(",", ":")).encode()
            data = len(h).to_bytes(8, "little") + h
            data += self.noise_bytes(max(0, size - len(data)))
        elif kind == "bin":
            data = b"PK\x03\x04\x00\x00\x08\x08\x00\x00" + b"archive/data.pkl" + b"\x80\x02}q\x00(X\x0b\x00\x00\x00model_state"
            data += self.noise_bytes(max(0, size - len(data)))
        elif kind == "sqlite":
            parts, n = [b"SQLite format 3\x00\x10\x00\x01\x01\x00@  "], 24
            while n < size:
                if r.random() < 0.5:
                    chunk = self.f.fill(r.choice(SHELL_CMDS + ["tok = AutoTokenizer.from_pretrained(\"{%model1%}\")",
                                                               "tok.pad_token = tok.eos_token", "import os; os.environ['HF_HOME']"])).encode() + b"\x00"
                else:
                    chunk = self.noise_bytes(r.randint(16, 300))
                parts.append(chunk)
                n += len(chunk)
            data = b"".join(parts)[:size]
        elif kind == "pdf":
            parts, n = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"], 15
            obj = 1
            while n < size:
                if r.random() < 0.3:
                    chunk = (f"{obj} 0 obj\n<< /Type /Page /Contents ({self.f.sentence()}) >>\nendobj\n").encode()
                else:
                    body = self.noise_bytes(r.randint(200, 8000))
                    chunk = f"{obj} 0 obj\n<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream\nendobj\n"
                obj += 1
                parts.append(chunk)
                n += len(chunk)
            data = b"".join(parts)[:size]
        else:  # random
            data = self.noise_bytes(size)
        for provider, tok in spec.plants:
            data = self.embed_binary(kind, data, provider, tok)
        return data

    def embed_binary(self, kind, data, provider, tok) -> bytes:
        r = self.rng
        t = tok.encode()
        if kind == "pyc":
            blob = b"\xfa" + bytes([len(t)]) + t + b")\x02"    # marshal short ASCII string, then a tuple opcode
        elif kind == "sqlite":
            blob = b"\x00" + self.f.fill(r.choice(["login(token=\"{%T%}\")", "os.environ['{%E%}'] = '{%T%}'", "!huggingface-cli login --token {%T%}"]),
                                         {"T": tok, "E": r.choice(ENV_NAMES[provider])}).encode() + b"\x00"
        else:
            blob = b"\x00\x00" + t + b"\x00\x00"
        at = r.randint(min(len(data), 64), len(data)) if data else 0
        return data[:at] + blob + data[at:]

    # -- special files -------------------------------------------------------------------------------
    def special(self, spec: FileSpec) -> bytes:
        r, f = self.rng, self.f
        toks = spec.plants
        kind = spec.kind
        if kind == "hf_token_file":
            return toks[0][1].encode() if toks else b""      # no trailing newline, as huggingface_hub writes it
        if kind == "stored_tokens":
            out = "".join(f"[{name}]\nhf_token = {tok}\n\n" for (_, tok), name in zip(toks, ["default", "work", "personal", "ci"]))
            return (out or "# no stored tokens\n").encode()
        if kind == "netrc":
            out = f"machine api.wandb.ai\n  login user\n  password {hexs(r, 40)}\n"
            for _, tok in toks:
                out += f"machine huggingface.co\n  login {r.choice(USERS)}\n  password {tok}\n"
            return out.encode()
        if kind == "gitcred":
            lines = []
            for provider, tok in toks:
                host = {"huggingface": "huggingface.co", "github": "github.com"}.get(provider, "example.org")
                lines.append(f"https://{r.choice(USERS)}:{tok}@{host}\n")
            lines.append(f"https://{r.choice(USERS)}:{hexs(r, 20)}@gitlab.internal.corp\n")
            return "".join(lines).encode()
        if kind == "gh_hosts":
            out = "github.com:\n    git_protocol: https\n    users:\n"
            for provider, tok in toks:
                out += f"        {r.choice(USERS)}:\n            oauth_token: {tok}\n"
            return (out + f"    user: {r.choice(USERS)}\n").encode()
        if kind == "aws_credentials":
            out = ""
            for i, (provider, tok) in enumerate(toks):
                secret = base64.b64encode(r.randbytes(30)).decode()
                out += f"[{'default' if i == 0 else r.choice(PROJECTS)}]\naws_access_key_id = {tok}\naws_secret_access_key = {secret}\n\n"
            return (out or "[default]\nregion = eu-west-1\n").encode()
        raise ValueError(kind)


SPECIAL_KINDS = {"hf_token_file", "stored_tokens", "netrc", "gitcred", "gh_hosts", "aws_credentials"}


def split_keep(text: str) -> list:
    lines = text.split("\n")
    out = [l + "\n" for l in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def indent_json(obj) -> str:
    return "  " + json.dumps(obj, indent=1, ensure_ascii=False).replace("\n", "\n  ")


def insert_line(rng, data: bytes, line: bytes) -> bytes:
    """Insert `line` as a line of its own at a random line start of `data`."""
    if not data:
        return line + b"\n"
    at = rng.randrange(len(data))
    nl = data.find(b"\n", at)
    if nl < 0:
        nl = data.rfind(b"\n", 0, at)
    if nl < 0:
        return line + b"\n" + data
    return data[:nl + 1] + line + b"\n" + data[nl + 1:]


# ----------------------------------------------------------------------------------------------------
# Placing the tokens
# ----------------------------------------------------------------------------------------------------

def boundary_offsets(size: int, limit: int) -> list:
    """Token start offsets that straddle / touch power-of-two chunk boundaries (1 MiB first)."""
    bounds = [MiB, 64 * KiB, 256 * KiB, 2 * MiB, 4 * MiB, 8 * MiB, 16 * MiB, 3 * MiB, 5 * MiB]
    deltas = [17, 0, 2, 36, 37, 1, 3, 20, 10]  # token starts `delta` bytes before the boundary
    out = []
    for b, d in zip(bounds, deltas):
        if len(out) >= limit:
            break
        if b + 200 < size:
            out.append(b - d)
    return sorted(out)


def place_tokens(rng, pl: Planner, n_hf: int, large_sizes: dict):
    taken: set = set()
    hf = [make_token(rng, "huggingface", taken) for _ in range(n_hf)]
    n_other = max(8, min(40, n_hf // 5)) if n_hf else 8
    others = {p: [make_token(rng, p, taken) for _ in range(max(2, n_other // 4))]
              for p in ("github", "anthropic", "aws", "groq")}
    plants = []   # manifest records

    def record(provider, tok, spec, how):
        plants.append({"provider": provider, "rule_hint": RULE_HINT[provider], "sha256": sha256_hex(tok),
                       "path": spec.path, "carrier": how})

    by_kind: dict = {}
    for spec in pl.files:
        if spec.user and not spec.large and spec.kind not in SPECIAL_KINDS:
            by_kind.setdefault(spec.kind, []).append(spec)
    specials = {s.path: s for s in pl.files if s.kind in SPECIAL_KINDS}
    large = sorted((s for s in pl.files if s.large), key=lambda s: -large_sizes[s.path])

    queue = list(hf)
    # 1. the well-known places
    for path in (".cache/huggingface/token", ".netrc", ".git-credentials", ".cache/huggingface/stored_tokens",
                 ".huggingface/token"):
        if queue:
            tok = queue.pop(0)
            specials[path].plants.append(("huggingface", tok))
            record("huggingface", tok, specials[path], specials[path].kind)
    # 2. chunk boundaries inside the largest file
    if large and queue:
        big = large[0]
        for off in boundary_offsets(large_sizes[big.path], min(9, max(1, n_hf // 20))):
            if not queue:
                break
            tok = queue.pop(0)
            big.offset_plants.append((off, "huggingface", tok))
            record("huggingface", tok, big, f"boundary@{off}")
    # 3. everywhere else
    kinds = [k for k in KIND_HF_WEIGHTS if by_kind.get(k)]
    weights = [KIND_HF_WEIGHTS[k] for k in kinds]
    hf_in_binary = set()

    def pick_file(kind_weights: dict, provider):
        ks = [k for k in kind_weights if by_kind.get(k)]
        while True:
            k = rng.choices(ks, [kind_weights[x] for x in ks])[0]
            spec = rng.choice(by_kind[k])
            if provider == "huggingface" and (k in BINARY_KINDS or k == "minjson"):
                if spec.path in hf_in_binary:   # one HF token per binary/one-line file: keeps rg line counts exact
                    if all(s.path in hf_in_binary for s in by_kind[k]):
                        ks.remove(k)
                    continue
                hf_in_binary.add(spec.path)
            return spec

    hf_weights = dict(zip(kinds, weights))
    # 3a. one token in each kind of carrier first, so that even small --tokens values cover them all
    ipy_hist = next((s for s in by_kind.get("sqlite", []) if s.path.endswith("history.sqlite")), None)
    for k in ("env", "ipynb", "pyc", "sqlite", "random", "minjson", "env_crlf", "zsh_history", "yaml", "json",
              "py", "md", "log", "csv", "jsonl", "toml", "npy", "bin", "js", "shellrc"):
        if not queue or not by_kind.get(k):
            continue
        spec = ipy_hist if k == "sqlite" and ipy_hist else rng.choice(by_kind[k])
        if k in BINARY_KINDS or k == "minjson":
            hf_in_binary.add(spec.path)
        tok = queue.pop(0)
        spec.plants.append(("huggingface", tok))
        record("huggingface", tok, spec, spec.kind)
    for tok in queue:
        spec = pick_file(hf_weights, "huggingface")
        spec.plants.append(("huggingface", tok))
        record("huggingface", tok, spec, spec.kind)
    # ~10% of HF tokens also show up a second time (e.g. .env and shell history)
    text_weights = {k: w for k, w in hf_weights.items() if k not in BINARY_KINDS and k != "minjson"}
    for tok in rng.sample(hf, len(hf) // 10):
        spec = pick_file(text_weights, "huggingface")
        spec.plants.append(("huggingface", tok))
        record("huggingface", tok, spec, spec.kind)

    # other providers: their usual homes first, then anywhere plausible
    home = {"github": [".config/gh/hosts.yml", ".git-credentials"], "aws": [".aws/credentials"]}
    for provider, toks in others.items():
        q = list(toks)
        for path in home.get(provider, []):
            if q:
                tok = q.pop(0)
                specials[path].plants.append((provider, tok))
                record(provider, tok, specials[path], specials[path].kind)
        if provider == "github" and q and len(large) > 1 and large_sizes[large[1].path] > 3 * MiB:
            tok = q.pop(0)
            large[1].offset_plants.append((MiB - 5, provider, tok))
            record(provider, tok, large[1], f"boundary@{MiB - 5}")
        for tok in q:
            spec = pick_file(KIND_OTHER_WEIGHTS[provider], provider)
            spec.plants.append((provider, tok))
            record(provider, tok, spec, spec.kind)

    # decoys: placeholders a scanner must drop (they match rg's loose pattern though)
    decoys = {"huggingface": 0, "aws": 0}
    decoy_kinds = {k: w for k, w in {"md": 3, "py": 2, "env": 2, "yaml": 1, "ipynb": 1}.items() if by_kind.get(k)}
    n_decoy = max(len(HF_DECOYS), n_hf // 20)
    for i in range(n_decoy):
        spec = pick_file(decoy_kinds, "decoy")
        spec.plants.append(("decoy", HF_DECOYS[i % len(HF_DECOYS)]))
        decoys["huggingface"] += 1
    for i in range(3):
        spec = pick_file({k: w for k, w in {"md": 1, "py": 1}.items() if by_kind.get(k)}, "decoy")
        spec.plants.append(("decoy", AWS_DECOYS[0]))
        decoys["aws"] += 1
    return hf, others, plants, decoys


# ----------------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------------

class Writer:
    def __init__(self, root: str):
        self.root = root
        self.dirs: set = set()
        self.files = 0
        self.bytes = 0

    def write(self, rel: str, data: bytes):
        path = os.path.join(self.root, rel)
        d = os.path.dirname(path)
        if d not in self.dirs:
            os.makedirs(d, exist_ok=True)
            self.dirs.add(d)
        with open(path, "wb") as fh:
            fh.write(data)
        self.files += 1
        self.bytes += len(data)


def write_large(w: Writer, c: Content, spec: FileSpec, size: int):
    r = c.rng
    kind = spec.kind
    blocks = c.large_blocks[kind]
    header = CSV_SCHEMAS[1][0].encode() if kind == "csv" else b""
    path = os.path.join(w.root, spec.path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    written = 0
    cur, cur_off = r.choice(blocks), 0

    with open(path, "wb") as fh:
        def fill_to(target):
            nonlocal written, cur, cur_off
            while written < target:
                if cur_off >= len(cur):
                    cur, cur_off = r.choice(blocks), 0
                piece = cur[cur_off:cur_off + (target - written)]
                fh.write(piece)
                cur_off += len(piece)
                written += len(piece)

        fh.write(header)
        written = len(header)
        for off, provider, tok in sorted(spec.offset_plants):
            if kind == "csv":
                pre, suf = f"{r.randint(1, 10**6)},{c.f.gen['date']()},{r.choice(ENV_NAMES[provider])},", ",active"
            elif kind == "jsonl":
                pre, suf = '{"event": "login", "token": "', '"}'
            else:
                pre, suf = f"{c.f.gen['date']()} {c.f.gen['time']()},{c.f.gen['ms']()} WARNING auth: falling back to token ", " from env"
            start = off - len(pre) - 1
            fill_to(start)
            line = ("\n" + pre + tok + suf + "\n").encode()
            fh.write(line)
            written += len(line)
        fill_to(size - 1)
        fh.write(b"\n")
        written += 1
    w.files += 1
    w.bytes += written


def generate(out: str, n_files: int, megabytes: float, seed: int, n_tokens: int, quiet: bool = False) -> dict:
    t0 = time.monotonic()
    rng = random.Random(seed)
    budget = int(megabytes * MB)
    pl = plan_tree(rng, n_files, budget)
    large = [s for s in pl.files if s.large]
    large_budget = int(budget * LARGE_FRACTION)
    # provisional large sizes (for placing boundary tokens); the real sizes absorb what the small files leave
    lw = [rng.uniform(5, 30) for _ in large]
    shares = [x / sum(lw) for x in lw]
    provisional = {s.path: int(large_budget * sh) for s, sh in zip(large, shares)}
    hf, others, plants, decoys = place_tokens(rng, pl, n_tokens, provisional)
    content = Content(rng)
    w = Writer(out)
    for spec in pl.files:
        if spec.large:
            continue
        k = spec.kind
        if k in SPECIAL_KINDS:
            data = content.special(spec)
        elif k in LINE_KINDS:
            data = content.lines(spec)
        elif k == "ipynb":
            data = content.ipynb(spec)
        elif k == "json":
            data = content.json_doc(spec)
        elif k == "tokenizer_json":
            data = content.tokenizer_json(spec)
        elif k == "minjson":
            data = content.minjson(spec)
        elif k in BINARY_KINDS:
            data = content.binary(spec)
        else:
            raise ValueError(k)
        w.write(spec.path, data)
    remaining = budget - w.bytes
    for spec, sh in zip(large, shares):
        size = max(int(remaining * sh), 4096)
        # never shrink below the boundary plants
        if spec.offset_plants:
            size = max(size, max(o for o, _, _ in spec.offset_plants) + 4096)
        write_large(w, content, spec, size)

    hf_locations = sum(1 for p in plants if p["provider"] == "huggingface")
    manifest = {
        "format": 1,
        "generator": "tests/bench/gen_home.py",
        "seed": seed,
        "requested": {"files": n_files, "megabytes": megabytes, "tokens": n_tokens},
        "total_files": w.files,
        "total_bytes": w.bytes,
        "note": "totals exclude this manifest; MB = 10^6 bytes; tokens are stored as SHA-256 of the full token",
        "hf_tokens": len(hf),
        "hf_rule_id": RULE_HINT["huggingface"],
        "hf_token_sha256": sorted(sha256_hex(t) for t in hf),
        "hf_token_locations": hf_locations,
        "hf_decoy_lines": decoys["huggingface"],
        "rg_hf_expected_lines": hf_locations + decoys["huggingface"],
        "other_tokens": {p: {"rule_hint": RULE_HINT[p], "count": len(t), "sha256": sorted(sha256_hex(x) for x in t)}
                         for p, t in others.items()},
        "decoys": {"huggingface": {"count": decoys["huggingface"], "values_sha256": sorted({sha256_hex(d) for d in HF_DECOYS})},
                   "aws": {"count": decoys["aws"], "values_sha256": [sha256_hex(d) for d in AWS_DECOYS]}},
        "large_files": [{"path": s.path, "kind": s.kind} for s in large],
        "plants": sorted(plants, key=lambda p: (p["path"], p["sha256"])),
    }
    with open(os.path.join(out, MANIFEST_NAME), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    if not quiet:
        dt = time.monotonic() - t0
        print(f"gen_home: {w.files} files, {w.bytes / MB:.1f} MB, {len(hf)} HF tokens ({hf_locations} locations), "
              f"{sum(len(t) for t in others.values())} other tokens, {dt:.1f} s -> {out}")
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--files", type=int, default=40000, help="number of files (default 40000)")
    ap.add_argument("--megabytes", type=float, default=300, help="total size in MB = 10^6 bytes (default 300)")
    ap.add_argument("--seed", type=int, default=1, help="RNG seed (default 1)")
    ap.add_argument("--tokens", type=int, default=200, help="number of distinct HF user tokens to plant (default 200)")
    ap.add_argument("--force", action="store_true", help="allow a non-empty OUT_DIR")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.tokens < 0 or a.megabytes <= 0:
        ap.error("--tokens must be >= 0 and --megabytes > 0")
    if os.path.isdir(a.out_dir) and os.listdir(a.out_dir) and not a.force:
        ap.error(f"{a.out_dir} is not empty (use --force to write into it anyway)")
    os.makedirs(a.out_dir, exist_ok=True)
    generate(a.out_dir, a.files, a.megabytes, a.seed, a.tokens, a.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
