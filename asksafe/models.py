"""Deprecated name of :mod:`asksafe.model_files` (where the shipped base models live)."""

from asksafe.model_files import minilm_path, quiet_transformers, sentence_encoder, smollm2_gguf

__all__ = ["minilm_path", "quiet_transformers", "sentence_encoder", "smollm2_gguf"]
