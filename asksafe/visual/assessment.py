"""What the visual probe says about images: its signals and the one question to ask.

>>> va.should_ask, va.signal, va.intervention
(True, 'glare', 'glare')
>>> [s.name for s in va.signals if s.triggered]
['glare']
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class VisualSignal(BaseModel):
    """One measured cause of failure: its value against its calibrated threshold, and the fix."""

    name: str  # unfinished | dark | bright | glare | occlusion | cut | rotation | blur | resolution | ocr
    value: float
    threshold: float
    triggered: bool
    intervention: str  # a key of asksafe.visual.interventions.INTERVENTIONS
    question: str | None = None  # set when triggered
    where: str | None = None  # the frame side for ``cut``
    image_index: int = 0


class VisualAssessment(BaseModel):
    """Whether the images can support an answer to the task, and if not, the intervention to ask for."""

    should_ask: bool
    signal: str | None = None  # the signal the question is about (the first that fired, in RULES order)
    intervention: str | None = None
    question: str | None = None
    image_index: int | None = None  # which image (or sequence) failed
    signals: list[VisualSignal] = Field(default_factory=list)
    text_task: bool = True
    latency_ms: float = 0.0

    @property
    def triggered(self) -> list[str]:
        return [s.name for s in self.signals if s.triggered]
