"""The probe's network: MiniLM with its top layers fine-tuned and four heads (ask?, type, subtype, span).

>>> net, tokenizer = build_net({"subtypes": ["period", "column"]})
>>> ask, typ, sub, span = net(**tokenizer(["Delete the old files"], return_tensors="pt"))
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import torch
from torch import nn

from asksafe.errors import ModelNotAvailableError
from asksafe.model_files import minilm_path, quiet_transformers
from asksafe.types import BLOCKER_TYPES

TYPES = BLOCKER_TYPES  # the type head's classes, in order

__all__ = ["TYPES", "ProbeNet", "build_net", "load_tokenizer", "model_dir", "trainable_prefixes"]


class ProbeNet(nn.Module):
    """MiniLM encoder + four small heads: ask?, type, subtype, and a per-token span score."""

    def __init__(self, encoder: nn.Module, subtypes: list[str], hidden_mlp: int = 256):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        # attention pooling beside mean pooling: one token ("revenue", "ASAP") can carry the signal
        self.pool_att = nn.Linear(hidden, 1)
        self.mlp = nn.Sequential(nn.Linear(2 * hidden, hidden_mlp), nn.GELU(), nn.Dropout(0.1))
        self.ask_head = nn.Linear(hidden_mlp, 1)
        self.type_head = nn.Linear(hidden_mlp, len(TYPES))
        self.subtype_head = nn.Linear(hidden_mlp, len(subtypes))
        self.span_head = nn.Linear(hidden, 1)
        self.subtypes = list(subtypes)

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state
        return self.heads(h, attention_mask)

    def heads(self, h, attention_mask):
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        scores = self.pool_att(h).masked_fill(m == 0, torch.finfo(h.dtype).min)
        att = (torch.softmax(scores.float(), dim=1).to(h.dtype) * h).sum(1)
        z = self.mlp(torch.cat([mean, att], dim=-1))
        return (self.ask_head(z).squeeze(-1), self.type_head(z), self.subtype_head(z),
                self.span_head(h).squeeze(-1))


def model_dir() -> Path:
    return Path(str(resources.files("asksafe") / "model"))


def trainable_prefixes(n_layers: int) -> tuple[str, ...]:
    """Parameters the training fine-tunes (and the package ships): the top layers and the heads."""
    return tuple(f"encoder.encoder.layer.{i}." for i in range(6 - n_layers, 6)) + (
        "pool_att.", "mlp.", "ask_head.", "type_head.", "subtype_head.", "span_head.")


def build_net(config: dict) -> tuple[ProbeNet, Any]:
    from transformers import AutoModel, AutoTokenizer

    quiet_transformers()
    base = minilm_path()
    if not base.exists():
        raise ModelNotAvailableError(f"MiniLM not found at {base}")
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    encoder = AutoModel.from_pretrained(str(base))
    return ProbeNet(encoder, config["subtypes"]), tokenizer


def load_tokenizer() -> Any:
    """MiniLM's tokenizer, from the installed package."""
    from transformers import AutoTokenizer

    quiet_transformers()
    base = minilm_path()
    if not base.exists():
        raise ModelNotAvailableError(f"MiniLM not found at {base}")
    return AutoTokenizer.from_pretrained(str(base))


