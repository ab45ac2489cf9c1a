"""The probe: does this text have a blocker, of which type, where, and what to ask.

Modules: :mod:`~asksafe.probe.network` (the network and its loading), :mod:`~asksafe.probe.segments`
(input checks, segments, tokens, batching), :mod:`~asksafe.probe.blockers` (outputs to an Assessment),
:mod:`~asksafe.probe.probe` (the :class:`Probe`), :mod:`~asksafe.probe.onnx` (the ONNX Runtime backend).

A fine-tuned all-MiniLM-L6-v2 reads the text paired with its context and gives
the probability of a blocker, its type and subtype, and which tokens cause it;
structural checks (:mod:`asksafe.checks`) add what needs no model; the question
writer (:mod:`asksafe.questions`) turns each blocker into one question.

>>> probe = Probe.load()                        # offline, from installed packages
>>> a = probe.assess("Total revenue per month", context="orders(id, revenue_gross, revenue_net)")
>>> a.should_ask, a.questions[0]
(True, "Does 'revenue' mean `revenue_gross` or `revenue_net`?")

Long texts are read in overlapping segments of at most ``SEGMENT_TOKENS``
tokens (never truncated silently); the score is the maximum over segments and
each blocker keeps the span of the segment it came from.

On CPU, ``Probe.load()`` runs the network on ONNX Runtime (fp32) when
``onnxruntime`` is installed and its scores match torch's within 1e-4
(:mod:`asksafe.probe.onnx`), else on torch; ``backend="torch"`` (or
``ASKSAFE_PROBE_BACKEND=torch``) keeps torch. ``assess_many`` runs in three
stages, :meth:`Probe.prepare` (segments, tokens, structural checks),
:meth:`Probe.forward` (the network) and :meth:`Probe.finish` (blockers,
questions), which :class:`asksafe.batching.MicroBatcher` overlaps.
"""

from asksafe.probe.network import TYPES, ProbeNet, build_net, load_tokenizer, model_dir, trainable_prefixes
from asksafe.probe.probe import Job, Probe
from asksafe.probe.segments import MAX_TOKENS, SEGMENT_STRIDE, SEGMENT_TOKENS, length_batches, normalise_item

__all__ = ["MAX_TOKENS", "SEGMENT_STRIDE", "SEGMENT_TOKENS", "TYPES", "Job", "Probe", "ProbeNet", "build_net",
           "length_batches", "load_tokenizer", "model_dir", "normalise_item", "trainable_prefixes"]
