cd projects/llm-finetune
python -m venv .venv && source .venv/bin/activate
pip install -U transformers datasets accelerate
huggingface-cli login --token {{HF_WRITE}}
export HF_TOKEN={{HF_WRITE}}
python train.py --model meta-llama/Llama-3.2-1B --push_to_hub
git push
export OPENAI_API_KEY={{OPENAI}}
nvidia-smi
