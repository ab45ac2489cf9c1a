"""The probe: blockers, their spans and questions; long inputs; batches; bad input."""

from __future__ import annotations

import pytest

from asksafe.errors import InvalidTaskError

SCHEMA = "CREATE TABLE orders (id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"


def test_a_term_matching_two_columns_is_an_ambiguity_with_options(probe):
    a = probe.assess("What was the total revenue in 2024?", context=SCHEMA)
    assert a.should_ask and a.p_blocker >= probe.calibration["thresholds"]["balanced"]
    top = a.blockers[0]
    assert top.type == "ambiguous" and top.subtype == "column_choice"
    assert top.span.text == "revenue" and top.options == ["revenue_gross", "revenue_net"]
    assert a.questions[0] == "Does 'revenue' mean `revenue_gross` or `revenue_net`?"


def test_an_answer_in_the_context_settles_the_blocker(probe):
    ctx = SCHEMA + "\nQ: Does 'revenue' mean `revenue_gross` or `revenue_net`?\nA: Use revenue_net."
    a = probe.assess("What was the total revenue in 2024?", context=ctx)
    assert all(b.subtype != "column_choice" for b in a.blockers)


def test_examples_that_disagree_are_a_contradiction(probe):
    obs = "# spec: slug('Hello World') -> 'hello-world'\n# docs: slug('Hello World') -> 'hello_world'"
    a = probe.assess(obs, context="Write slug(text) that turns a title into a URL slug.")
    kinds = {(b.type, b.subtype) for b in a.blockers}
    assert ("contradictory", "conflicting_examples") in kinds
    q = next(b.question for b in a.blockers if b.subtype == "conflicting_examples")
    assert "'hello-world'" in q and "'hello_world'" in q and q.endswith("?")


def test_long_text_is_read_in_segments_and_spans_point_into_the_original(probe):
    filler = " ".join(f"Step {i}: read the record, validate the id field, and append it to the output list."
                      for i in range(80))
    tail = " Finally, sort the results ascending by date, newest first, and also descending by date."
    text = filler + tail
    a = probe.assess(text)
    assert a.segments > 1  # nothing silently truncated
    contra = [b for b in a.blockers if b.type == "contradictory"]
    assert contra and contra[0].span.start > len(filler)
    assert text[contra[0].span.start:contra[0].span.end] == contra[0].span.text


def test_assess_many_is_the_same_as_one_by_one(probe):
    items = [{"text": "What was the total revenue in 2024?", "context": SCHEMA},
             "Write a Python function add(a: int, b: int) -> int that returns a + b.",
             "Send the report to the team soon."]
    batch = probe.assess_many(items)
    single = [probe.assess(i) if isinstance(i, str) else probe.assess(i["text"], i["context"]) for i in items]
    for b, s in zip(batch, single):
        assert b.p_blocker == pytest.approx(s.p_blocker, abs=2e-3)
        assert [x.key for x in b.blockers] == [x.key for x in s.blockers]


def test_every_question_is_one_specific_question(probe):
    for text in ["Show me recent orders.", "Write top_k(items) returning the best items.",
                 "Compute the average order value per week."]:
        for q in probe.assess(text).questions:
            assert q.endswith("?") and q.count("?") == 1
            assert q.lower() not in ("can you clarify?", "could you clarify?")


@pytest.mark.parametrize("bad", ["", "   ", None, 12])
def test_nothing_to_assess_is_an_error(probe, bad):
    with pytest.raises(InvalidTaskError):
        probe.assess(bad)


def test_context_must_be_text(probe):
    with pytest.raises(InvalidTaskError, match="context"):
        probe.assess("Sum the revenue", context={"schema": SCHEMA})


# ---------------------------------------------------------------- the fast path gives the same answers

VALIDATION_SAMPLE = 300  # texts of training/corpus/validation.jsonl the fast path is checked on


@pytest.fixture(scope="module")
def torch_probe():
    from asksafe import Probe

    return Probe.load(backend="torch")


@pytest.fixture(scope="module")
def validation_items():
    from asksafe.training_data import load_corpus

    return [{"text": e.text, "context": e.context} for e in load_corpus("validation")[:VALIDATION_SAMPLE]]


def _raw_scores(p, items):
    """(p, type and subtype probabilities, span) per segment, unrounded, in a fixed order."""
    from asksafe.probe.segments import normalise_item as _item

    job = p.prepare(items)
    raw = p._raw(job, p.forward(job))
    order = sorted(range(len(job.segs)), key=lambda k: (job.segs[k].item, job.segs[k].start))
    return [raw[k] for k in order], [_item(x) for x in items]


def test_the_default_backend_scores_like_torch_within_1e4(probe, torch_probe, validation_items):
    # the test install carries onnxruntime (asksafe[onnx]): the default is ONNX Runtime, not torch against itself
    assert probe.backend == "onnx-fp32" and torch_probe.backend == "torch"
    fast, _ = _raw_scores(probe, validation_items)
    ref, _ = _raw_scores(torch_probe, validation_items)
    assert len(fast) == len(ref) >= VALIDATION_SAMPLE
    for a, b in zip(fast, ref):
        assert abs(a["p"] - b["p"]) <= 1e-4
        assert max(abs(x - y) for x, y in zip(a["p_type"] + a["p_sub"], b["p_type"] + b["p_sub"])) <= 1e-4
        assert a["span"] == b["span"]


def test_the_default_backend_decides_like_torch(probe, torch_probe, validation_items):
    assert probe.backend == "onnx-fp32" and torch_probe.backend == "torch"
    fast = [a for i in range(0, len(validation_items), 64) for a in probe.assess_many(validation_items[i: i + 64])]
    ref = [a for i in range(0, len(validation_items), 64) for a in torch_probe.assess_many(validation_items[i: i + 64])]
    for a, b in zip(fast, ref):
        assert a.should_ask == b.should_ask
        assert abs(a.p_blocker - b.p_blocker) <= 1e-4 + 1e-9  # p_blocker is rounded to 4 decimals
        assert [x.key for x in a.blockers] == [x.key for x in b.blockers]
        assert a.questions == b.questions


def test_the_direct_tokenizer_gives_what_the_transformers_call_gives(torch_probe, validation_items):
    import numpy as np

    from asksafe.probe import MAX_TOKENS

    tok, fast = torch_probe.tokenizer, torch_probe._tokens
    for lo in range(0, len(validation_items), 16):
        chunk = validation_items[lo: lo + 16]
        for group in ([x for x in chunk if x["context"]], [x for x in chunk if not x["context"]]):
            if not group:
                continue
            texts, ctxs = [x["text"] for x in group], [x["context"] for x in group] if group[0]["context"] else None
            want = tok(texts, ctxs, truncation="only_second" if ctxs else True, max_length=MAX_TOKENS, padding=True,
                       return_tensors="np", return_offsets_mapping=True)
            encs = fast.encode(texts, ctxs)
            got = fast.pad(encs)
            for k in ("input_ids", "attention_mask", "token_type_ids"):
                assert np.array_equal(got[k], want[k])
            for j, e in enumerate(encs):
                n = len(e.ids)
                assert [tuple(o) for o in want["offset_mapping"][j][:n].tolist()] == e.offsets
                assert want.sequence_ids(j)[:n] == e.sequence_ids


def test_the_three_stages_are_assess_many(probe):
    items = [{"text": "What was the total revenue in 2024?", "context": SCHEMA}, "Send the report to the team soon."]
    job = probe.prepare(items)
    staged = probe.finish(job, probe.forward(job))
    whole = probe.assess_many(items)
    dump = lambda batch: [a.model_dump(exclude={"latency_ms"}) for a in batch]  # noqa: E731
    assert dump(staged) == dump(whole)


def test_length_chunks_cut_sorted_lengths_into_bounded_runs_of_similar_length():
    from asksafe.probe.segments import _GPU_COST, _length_chunks

    lengths = sorted([9, 10, 11, 12, 60, 62, 64, 200, 210] * 5)
    chunks = _length_chunks(lengths, 8)
    assert [i for c in chunks for i in c] == list(range(len(lengths)))  # every item once, in order
    assert all(1 <= len(c) <= 8 for c in chunks)
    assert all(lengths[c[-1]] <= 2 * lengths[c[0]] for c in chunks)  # no short item padded to a long one
    assert len(_length_chunks(lengths, 8, _GPU_COST)) == -(-len(lengths) // 8)  # on a GPU: fewest calls


def test_the_backend_is_chosen_at_load(monkeypatch):
    from asksafe import Probe
    from asksafe.errors import ConfigError

    with pytest.raises(ConfigError, match="backend"):
        Probe.load(backend="tpu")
    monkeypatch.setenv("ASKSAFE_PROBE_BACKEND", "torch")
    assert Probe.load().backend == "torch"


def test_the_onnx_export_is_cached_and_a_damaged_one_is_redone(torch_probe, tmp_path):
    from asksafe import Probe
    from asksafe.probe.onnx import use_fp32
    from asksafe.probe import model_dir

    weights = model_dir() / "probe.safetensors"
    first = use_fp32(Probe.load(backend="torch"), weights, cache_dir=tmp_path)
    assert first.backend == "onnx-fp32"
    (cached,) = tmp_path.glob("probe-*.onnx")
    stamp = cached.stat().st_mtime_ns
    use_fp32(Probe.load(backend="torch"), weights, cache_dir=tmp_path)
    assert cached.stat().st_mtime_ns == stamp  # reused, not exported again
    cached.write_bytes(b"not a model")
    again = use_fp32(Probe.load(backend="torch"), weights, cache_dir=tmp_path)
    assert again.backend == "onnx-fp32" and cached.stat().st_size > 1_000_000
    a = again.assess("What was the total revenue in 2024?", context=SCHEMA)
    b = torch_probe.assess("What was the total revenue in 2024?", context=SCHEMA)
    assert a.questions == b.questions and abs(a.p_blocker - b.p_blocker) <= 1e-4 + 1e-9


def test_a_checked_export_loads_without_torch_and_a_stale_one_is_not_trusted(torch_probe, tmp_path, monkeypatch):
    import json

    from asksafe import Probe
    from asksafe.probe.onnx import OnnxNet, load_fp32
    from asksafe.probe import model_dir

    monkeypatch.setenv("ASKSAFE_CACHE_DIR", str(tmp_path))
    Probe.load()  # exports and records torch's outputs
    (recorded,) = tmp_path.glob("*.torch-outputs.json")
    fast = Probe.load()
    assert fast.backend == "onnx-fp32" and isinstance(fast.net, OnnxNet)
    text = "Write top_k(items) returning the best items."
    assert fast.assess(text).model_dump(exclude={"latency_ms"}) == \
        Probe.load(backend="onnx").assess(text).model_dump(exclude={"latency_ms"})
    good = recorded.read_text()
    tampered = json.loads(good)
    tampered[0][0] += 0.01  # as if torch now scored the first check input differently
    recorded.write_text(json.dumps(tampered))
    assert load_fp32(model_dir() / "probe.safetensors", fast.config, fast.tokenizer, fast.temperature) is None
    again = Probe.load()  # falls back to checking against torch, and records afresh
    assert again.backend == "onnx-fp32" and recorded.read_text() == good
    assert abs(again.assess(text).p_blocker - torch_probe.assess(text).p_blocker) <= 1e-4 + 1e-9


def test_without_a_fast_tokenizer_the_transformers_call_gives_the_same(torch_probe, validation_items, monkeypatch):
    items = validation_items[:40]
    fast = torch_probe.assess_many(items)
    monkeypatch.setattr(torch_probe, "_tokens", None)
    slow = torch_probe.assess_many(items)
    for a, b in zip(fast, slow):
        assert abs(a.p_blocker - b.p_blocker) <= 2e-3 and a.should_ask == b.should_ask
        assert [x.key for x in a.blockers] == [x.key for x in b.blockers]


def test_the_export_cache_keeps_the_most_recently_used(tmp_path):
    import os

    from asksafe.probe.onnx import KEEP_EXPORTS, _prune

    for k in range(KEEP_EXPORTS + 2):
        f = tmp_path / f"probe-{k}.onnx"
        f.write_bytes(b"x")
        (tmp_path / f"probe-{k}.torch-outputs.json").write_text("[]")
        os.utime(f, (1000 + k, 1000 + k))
    _prune(tmp_path)
    kept = sorted(f.name for f in tmp_path.glob("probe-*.onnx"))
    assert kept == [f"probe-{k}.onnx" for k in range(2, KEEP_EXPORTS + 2)]
    assert len(list(tmp_path.glob("*.torch-outputs.json"))) == KEEP_EXPORTS
