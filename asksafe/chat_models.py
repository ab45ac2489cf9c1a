"""Chat models by name, and a scripted one that runs real agents offline (tests, examples).

From the command line a model is named ``module:factory`` (a zero-argument
callable returning a chat model, a chat model class, or a chat model object),
``smollm2`` for the local model, or ``provider:model`` for LangChain's
``init_chat_model`` (e.g. ``openai:gpt-4o-mini``, with that provider installed):

>>> model = load_factory("smollm2")()
>>> model = load_chat_model("mypkg.models:make_model")
>>> ScriptedChatModel(script=["SELECT 1"]).invoke("hi").content
'SELECT 1'
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

from asksafe.errors import ConfigError

__all__ = ["ScriptedChatModel", "load_chat_model", "load_factory"]  # noqa: F822 (ScriptedChatModel: built on first use)


def load_factory(spec: str) -> Callable[[], Any]:
    """``spec`` -> a zero-argument factory of a LangChain chat model.

    ``"smollm2"`` (the local model), ``"module:attr"`` (a factory, a chat model
    class or a chat model object), or ``"provider:model"`` for LangChain's
    ``init_chat_model`` when no such module attribute exists.

    >>> load_factory("smollm2")()
    SmolLM2Chat(...)
    """
    from langchain_core.language_models import BaseChatModel

    if not isinstance(spec, str) or not spec.strip():
        raise ConfigError("--model must be 'module:factory', 'provider:model' or 'smollm2'")
    spec = spec.strip()
    if spec.lower() in ("smollm2", "local"):
        def smollm2() -> Any:
            from asksafe.local_llm import SmolLM2Chat  # type: ignore[attr-defined]

            return SmolLM2Chat()

        return smollm2
    if ":" not in spec:
        raise ConfigError(f"--model must look like 'module:factory' or 'provider:model', got {spec!r}")
    mod_name, attr = spec.split(":", 1)
    first_error: Exception | None = None
    try:
        obj = importlib.import_module(mod_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as exc:
        first_error = exc
    else:
        if isinstance(obj, BaseChatModel):
            return lambda: obj
        if callable(obj):
            return obj
        raise ConfigError(f"{spec!r} is neither a chat model nor a callable that returns one")
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        raise ConfigError(f"cannot load model factory {spec!r}: {first_error}") from first_error

    def provider_model() -> Any:
        try:
            return init_chat_model(spec)
        except Exception as exc:
            raise ConfigError(f"cannot load {spec!r} as a module attribute ({first_error}) "
                              f"nor as a LangChain provider model ({exc})") from exc

    return provider_model


def load_chat_model(spec: str) -> Any:
    """The chat model ``spec`` names (see :func:`load_factory`)."""
    model = load_factory(spec)()
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

    if not isinstance(model, BaseChatModel | Runnable):
        raise ConfigError(f"{spec!r} returned {type(model).__name__}, not a LangChain chat model")
    return model


_models: dict[str, Any] = {}
_models_lock = threading.Lock()


def _cached_model(spec: str) -> Any:
    with _models_lock:
        if spec not in _models:
            _models[spec] = load_chat_model(spec)
        return _models[spec]




# --- a scripted model, for tests and examples ------------------------------------------------------


def _scripted_class() -> type:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage
    from langchain_core.outputs import ChatGeneration, ChatResult

    class ScriptedChatModel(BaseChatModel):
        """Replays a script: each reply an ``AIMessage``, a string, or ``f(messages) -> AIMessage | str``.

        Supports ``bind_tools`` (the script decides the tool calls), so it runs
        real agents offline. After the script ends it repeats its last reply.

        >>> model = ScriptedChatModel(script=[
        ...     AIMessage("", tool_calls=[{"name": "read_schema", "args": {}, "id": "c1"}]),
        ...     lambda messages: "SELECT ...",
        ... ])
        """

        script: list[Any]
        calls: int = 0
        seen: list[list[Any]] = []

        @property
        def _llm_type(self) -> str:
            return "asksafe-scripted"

        def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
            return self

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                      **kwargs: Any) -> ChatResult:
            if not self.script:
                raise ConfigError("ScriptedChatModel needs a non-empty script")
            step = self.script[min(self.calls, len(self.script) - 1)]
            self.calls += 1
            self.seen.append(list(messages))
            reply = step(messages) if callable(step) else step
            if isinstance(reply, str):
                reply = AIMessage(content=reply)
            if not isinstance(reply, AIMessage):
                raise ConfigError(f"a script step must give an AIMessage or a string, got {type(reply).__name__}")
            return ChatResult(generations=[ChatGeneration(message=reply.model_copy())])

    return ScriptedChatModel


def __getattr__(name: str) -> Any:
    if name == "ScriptedChatModel":  # langchain-core loads only when asked for
        cls = _scripted_class()
        globals()["ScriptedChatModel"] = cls
        return cls
    raise AttributeError(f"module 'asksafe.chat_models' has no attribute {name!r}")
