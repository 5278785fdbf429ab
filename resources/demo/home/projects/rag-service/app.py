import os

from huggingface_hub import InferenceClient

# TODO: move to a secret store before the demo
client = InferenceClient("meta-llama/Llama-3.2-1B-Instruct", token="{{HF_INFERENCE}}")
GROQ_API_KEY = "{{GROQ}}"
pad_token = "<pad>"


def answer(question: str) -> str:
    return client.text_generation(question, max_new_tokens=200)
