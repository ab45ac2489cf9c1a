"""The ``asksafe`` command: assess, demo, bench, train, and the human channels.

    asksafe assess "Total revenue per month" --context "orders(id, revenue_gross, revenue_net)"
    asksafe demo                      # the local SmolLM2 agent, asking in this terminal
    asksafe bench --quick             # the acceptance suite
    asksafe train                     # reproduce the shipped probe
    asksafe learn --from-jsonl feedback.jsonl --out probes/mine   # learn your domain from feedback
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from asksafe.errors import AskSafeError, InvalidTaskError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Teach AI agents to know when to ask.")
out = Console()
err = Console(stderr=True)
_state = {"debug": False}
_F = TypeVar("_F", bound=Callable[..., Any])
JSONL_BATCH = 64


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show the full traceback of an error.")) -> None:
    """Teach AI agents to know when to ask."""
    _state["debug"] = debug


def _fail(msg: str, code: int = 2) -> None:
    # one line: the message is data (paths, task text), never Rich markup
    err.print(f"[red]error:[/red] {escape(' '.join(str(msg).split()))}", soft_wrap=True, markup=True,
              highlight=False)
    raise typer.Exit(code)


def _user_errors(fn: _F) -> _F:
    """A user's mistake (bad input, bad file, bad config) is one line and rc 2; ``--debug`` adds the traceback."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (AskSafeError, OSError, UnicodeError, sqlite3.DatabaseError) as exc:
            if _state["debug"]:
                traceback.print_exc()
            msg = str(exc) if isinstance(exc, AskSafeError) else f"{type(exc).__name__}: {exc}"
            _fail(msg)

    return run  # type: ignore[return-value]


def _load_probe(path: Optional[Path]):
    from asksafe.probe import Probe

    return Probe.load(path)


@app.command()
@_user_errors
def assess(
    text: Optional[str] = typer.Argument(None, help="The request to assess."),
    context: Optional[str] = typer.Option(None, "--context", "-c", help="What the agent knows or observed (schema, file…)."),
    as_json: bool = typer.Option(False, "--json", help="Print the assessment as JSON."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help='Read {"text", "context"} per line; write one assessment per line.'),
    probe_path: Optional[Path] = typer.Option(None, "--probe", help="A probe folder written by `asksafe train --out`."),
) -> None:
    """Say whether a request needs a question before acting, and which one."""
    from asksafe.events import configure

    configure("off")
    if (text is None) == (jsonl is None):
        _fail("give either TEXT or --jsonl FILE")
    try:
        probe = _load_probe(probe_path)
        if jsonl is not None:
            _assess_jsonl(probe, jsonl)
            return
        a = probe.assess(text, context=context)
    except AskSafeError as exc:
        _fail(str(exc))
    if as_json:
        out.print_json(a.model_dump_json())
        return
    verdict = "[yellow]ASK[/yellow]" if a.should_ask else "[green]ACT[/green]"
    bar = getattr(probe.policy, "threshold", None)
    out.print(f"{verdict}  p_blocker={a.p_blocker:.2f}  ({probe.policy.name} policy"
              + (f", threshold {bar:.2f})" if bar is not None else ")"))
    for b in a.blockers[:5]:
        span = f" “{b.span.text}”" if b.span else ""
        out.print(f"  - {b.type}/{b.subtype}{span}  score={b.score:.2f}\n    [bold]{b.question}[/bold]")


def _jsonl_items(path: Path) -> Iterator[tuple[int, dict]]:
    """``(line number, item)`` read one line at a time: memory stays bounded whatever the file's size."""
    from asksafe.unicode import check_unicode

    try:
        fh = path.open("rb")
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}")
    with fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                _fail(f"{path}:{n}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                _fail(f"{path}:{n}: not JSON ({exc.msg})")
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                _fail(f'{path}:{n}: each line needs {{"text": "...", "context": "..."}}')
            ctx = row.get("context")
            try:
                check_unicode(row["text"], "'text'")
                for c in [ctx] if isinstance(ctx, str) else ctx if isinstance(ctx, list) else []:
                    if isinstance(c, str):
                        check_unicode(c, "'context'")
            except InvalidTaskError as exc:
                _fail(f"{path}:{n}: {exc}")
            yield n, {"text": row["text"], "context": ctx}


def _assess_jsonl(probe, path: Path) -> None:
    """Assess a JSONL file in batches of ``JSONL_BATCH`` lines, writing each batch as it is done.

    An error stops at its line (named); the assessments of earlier lines are already written.
    """
    batch: list[tuple[int, dict]] = []

    def flush() -> None:
        try:
            found = probe.assess_many([item for _, item in batch])
        except InvalidTaskError as exc:
            _fail(f"{path}:{batch[0][0]}-{batch[-1][0]}: {exc}")
        sys.stdout.write("".join(a.model_dump_json() + "\n" for a in found))
        sys.stdout.flush()
        batch.clear()

    for n, item in _jsonl_items(path):
        batch.append((n, item))
        if len(batch) >= JSONL_BATCH:
            flush()
    if batch:
        flush()


@app.command()
@_user_errors
def demo(
    task: Optional[str] = typer.Option(None, "--task", "-t", help="The task (prompted for when omitted)."),
    policy: str = typer.Option("balanced", help="cautious | balanced | autonomous | budgeted | conformal"),
    max_questions: int = typer.Option(3, help="Question budget for the run."),
    model: Optional[str] = typer.Option(None, help="module:factory returning a LangChain chat model (default: local SmolLM2)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show asksafe's events."),
) -> None:
    """Ask-before-acting with a local model: type a task, answer its questions here."""
    import asksafe
    from asksafe.adapters import CLIChannel
    from asksafe.events import configure

    configure("console" if verbose else "off")
    if task is None:
        err.print("[bold]Type a task for the agent[/bold], for example:\n"
                  "  Send the quarterly report to the team by Friday\n"
                  "  Book me a flight to Paris next week\n"
                  "  Write a function that returns the top items of a list, sorted somehow")
        task = sys.stdin.readline().strip()
    if not task:
        _fail("no task given")
    err.print("[dim]loading the probe and the local model (about 30 s the first time)…[/dim]")
    try:
        agent = _demo_agent(model)
        graph = asksafe.wrap(agent, channel=CLIChannel(), policy=policy, max_questions=max_questions)
        result = graph.invoke({"task": task}, {"configurable": {"thread_id": "demo"}})
    except AskSafeError as exc:
        _fail(str(exc))
    d = result["decisions"][0] if result["decisions"] else None
    if d:
        err.print(f"[dim]first decision: {d['action']} ({d['reason']})[/dim]")
    for a in result["assumptions"]:
        err.print(f"[yellow]assumed:[/yellow] {a}")
    out.rule("agent's answer")
    out.print(str(result["result"]))
    out.rule()
    err.print(f"[dim]{len(result['questions'])} question(s) asked, status {result['status']}[/dim]")


def _demo_agent(model: Optional[str]):
    if model:
        from asksafe.chat_agent import chat_agent
        from asksafe.chat_models import load_factory

        return chat_agent(load_factory(model)())
    from asksafe.local_llm import local_agent

    return local_agent()


@app.command()
@_user_errors
def bench(
    suite: Optional[Path] = typer.Option(None, help="A suite folder (default: the installed suite)."),
    quick: bool = typer.Option(False, help="A fixed, stratified subset (under a minute)."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Write results as JSON."),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Write a self-contained HTML report."),
    agent: Optional[str] = typer.Option(None, help="module:callable agent factory (default: each task's reference solver)."),
    policies: Optional[str] = typer.Option(None, help="Comma-separated policies (default: all presets)."),
    visual: bool = typer.Option(False, "--visual", help="The visual suite instead: images, retake requests (needs the vision extra)."),
    size: Optional[int] = typer.Option(None, help="--visual: number of generated samples (default 1000, --quick 60)."),
    with_visual: bool = typer.Option(False, "--with-visual", help="Both suites; the visual one as a section of the report."),
) -> None:
    """Run the acceptance suite: Ask-F1, pass rates per mode, baselines."""
    from asksafe.bench.runner import run_bench
    from asksafe.events import configure

    configure("off")
    if visual:
        from asksafe.bench.visual import run_visual_bench

        try:
            run_visual_bench(quick, size, json_path, html_path)
        except AskSafeError as exc:
            _fail(str(exc))
        return
    try:
        if not with_visual:
            run_bench(suite, quick, json_path, html_path, agent, policies.split(",") if policies else None,
                      progress=True)
            return
        from asksafe.bench import report
        from asksafe.bench.visual import run_visual_bench

        results = run_bench(suite, quick, None, None, agent, policies.split(",") if policies else None, progress=True)
        seen = run_visual_bench(quick, size, None, None)
        results["visual"] = {k: v for k, v in seen.items() if k != "outcomes"}
        if json_path:
            report.write_json(results, json_path)
        if html_path:
            report.write_html(results, html_path)
    except AskSafeError as exc:
        _fail(str(exc))


@app.command()
def train(
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Where to write the probe (default: asksafe/model/ of this checkout)."),
    shared: Optional[Path] = typer.Option(None, help="The shared public datasets (default: ../shared/datasets beside the checkout; used when present)."),
    epochs: Optional[int] = typer.Option(None, help="Training epochs (default: the shipped recipe's)."),
    seed: int = typer.Option(13),
    with_shared: bool = typer.Option(False, "--with-shared", help="Also train on the shared public sets (measured: lowers validation AUROC; they are held-out tests by default)."),
) -> None:
    """Reproduce the shipped probe from the corpus (fixed seed), with a model card. Needs a source checkout."""
    from rich.progress import Progress

    from asksafe.events import configure
    from asksafe.train import TrainConfig

    root = _source_checkout()
    from training.train import train as run_train

    configure("off")
    target = out_dir or root / "asksafe" / "model"
    shared = shared or root.parent / "shared" / "datasets"
    with Progress(console=err) as progress:
        bars: dict[str, int] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                bars[stage] = progress.add_task(stage, total=total)
            progress.update(bars[stage], completed=done)

        cfg = TrainConfig(seed=seed, **({"epochs": epochs} if epochs else {}))
        metrics = run_train(target, shared if shared.exists() else None, cfg, progress=tick, with_shared=with_shared)
    out.print_json(json.dumps(metrics))
    err.print(f"wrote {target}/probe.safetensors, calibration.json, MODEL_CARD.md")


@app.command()
def learn(
    out_dir: Path = typer.Option(..., "--out", help="The folder to write the learned probe to."),
    from_jsonl: Optional[Path] = typer.Option(None, "--from-jsonl", help="Feedback records, one JSON object a line (see docs/learning.md)."),
    from_audit: Optional[str] = typer.Option(None, "--from-audit", help="An Inbox database (SQLite path or Postgres URL) with recorded feedback."),
    base: Optional[Path] = typer.Option(None, "--base", help="The probe to start from (default: the shipped one)."),
    seed: int = typer.Option(13),
    strict: bool = typer.Option(False, "--strict", help="Refuse the input if any record is malformed (default: skip and report)."),
    force: bool = typer.Option(False, "--force", help="Replace an existing --out folder."),
    layers: int = typer.Option(0, "--layers", min=0, max=3, help="Top encoder layers fine-tuned beside the heads (0: heads only, fastest)."),
) -> None:
    """Teach the probe your domain from feedback: verdicts on questions, outcomes of runs."""
    from rich.progress import Progress

    from asksafe.events import configure
    from asksafe.learn import LearnConfig, describe_problems, learn as run_learn, read_audit, read_jsonl

    configure("off")
    if (from_jsonl is None) == (from_audit is None):
        _fail("give either --from-jsonl FILE or --from-audit DB")
    try:
        fb = read_jsonl(from_jsonl, strict) if from_jsonl is not None else read_audit(from_audit, strict)
        if fb.problems:
            err.print(f"[yellow]skipped {len(fb.problems)} malformed record(s)[/yellow] in {fb.source}: "
                      f"{describe_problems(fb.problems)}", soft_wrap=True, markup=True, highlight=False)
        with Progress(console=err, transient=True) as progress:
            bars: dict[str, int] = {}

            def tick(stage: str, done: int, total: int) -> None:
                if stage not in bars:
                    bars[stage] = progress.add_task(stage, total=total)
                progress.update(bars[stage], completed=done)

            report = run_learn(fb.records, out_dir, base=base, cfg=LearnConfig(seed=seed, trainable_layers=layers), force=force,
                               progress=tick, source=fb.source, problems=len(fb.problems))
    except AskSafeError as exc:
        _fail(str(exc))
    b, a = report["before"], report["after"]
    out.print(f"learned from {report['records']['usable']} records ({report['records']['train']} trained, "
              f"{report['records']['held_out']} held out) in {report['seconds']} s")
    out.print(f"held-out AUROC {b['auroc']} -> {a['auroc']}, F1 {b['f1_ask']} -> {a['f1_ask']}, "
              f"false alarms {b['false_alarm_rate']} -> {a['false_alarm_rate']}")
    err.print(f"wrote {out_dir} (use it: Probe.load('{out_dir}'), wrap(..., probe='{out_dir}') or ASKSAFE_PROBE={out_dir})")
def _source_checkout() -> Path:
    """The repository this asksafe runs from; `asksafe train` needs its training/ folder (not in the wheel)."""
    import asksafe

    root = Path(asksafe.__file__).resolve().parent.parent
    if not (root / "training" / "train.py").is_file():
        _fail("`asksafe train` rebuilds the shipped probe from the project's corpus, which lives in training/ "
              "of a source checkout and is not part of the installed package: clone the repository and run "
              "`make train` there. To adapt the shipped probe to your own requests, use `asksafe learn`.")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return root


@app.command("validate-suite")
def validate_suite(suite: Optional[Path] = typer.Argument(None)) -> None:
    """Check every task: full information passes its hidden check, every default guess fails."""
    from asksafe.bench.validate import main

    raise typer.Exit(main([str(suite)] if suite else []))


@app.command()
@_user_errors
def inbox(
    # a str, not a Path: Path() would fold the '//' of a postgresql:// URL
    db: str = typer.Option("asksafe-inbox.sqlite", help="The inbox database: a SQLite file or a postgresql:// URL (shared with the workers)."),
    host: str = typer.Option("127.0.0.1"),
    port: int = typer.Option(8765),
    token: list[str] = typer.Option([], "--token", help="Access token(s) NAME=TOKEN; or ASKSAFE_INBOX_TOKENS=ana=tok1,bo=tok2."),
    secure_cookies: bool = typer.Option(False, "--secure-cookies", help="Mark the session cookie Secure (behind HTTPS)."),
) -> None:
    """Serve the web inbox of pending questions (needs asksafe[web])."""
    try:
        from asksafe.adapters.web import serve_inbox
    except ImportError as exc:
        _fail(f"the web inbox needs the web extra: pip install 'asksafe[web]' ({exc})")
    serve_inbox(str(db), host, port, list(token), secure_cookies=secure_cookies)


@app.command()
@_user_errors
def mcp(
    db: str = typer.Option("asksafe-inbox.sqlite", help="The inbox database: a SQLite file or a postgresql:// URL "
                                                         "(shared with `asksafe inbox`)."),
    channel: str = typer.Option("inbox", help="Where questions are answered: inbox (web inbox / Slack worker on "
                                              "the same --db), cli (this terminal) or slack (posted from here)."),
    transport: str = typer.Option("stdio", help="stdio (the client starts this command) or http (streamable HTTP)."),
    host: str = typer.Option("127.0.0.1", help="HTTP: the address to bind (loopback unless --allow-remote)."),
    port: int = typer.Option(8766, help="HTTP: the port; the endpoint is http://HOST:PORT/mcp."),
    hold: float = typer.Option(50.0, help="Seconds an ask_human call is held before it returns 'pending'."),
    token: list[str] = typer.Option([], "--token", help="HTTP: bearer token(s), NAME=TOKEN; or ASKSAFE_MCP_TOKEN."),
    question_timeout: float = typer.Option(3600.0, help="A question's deadline when ask_human gives no timeout_s."),
    on_timeout: str = typer.Option("assume", help="After the deadline: assume (proceed, state it) or stop."),
    max_questions: int = typer.Option(5, help="Questions one MCP session may ask."),
    dedup_threshold: float = typer.Option(0.85, help="MiniLM cosine at which two questions are the same."),
    policy: str = typer.Option("balanced", help="The policy behind assess."),
    probe_path: Optional[Path] = typer.Option(None, "--probe", help="A probe folder written by `asksafe train --out`."),
    allowed_host: list[str] = typer.Option([], "--allowed-host", help="HTTP: extra Host header values, host:port."),
    allowed_origin: list[str] = typer.Option([], "--allowed-origin", help="HTTP: Origin values allowed (none by default)."),
    allow_remote: bool = typer.Option(False, "--allow-remote", help="HTTP: allow binding a non-loopback address."),
    max_request_bytes: int = typer.Option(256 * 1024, help="HTTP: the largest request body accepted."),
    slack_port: int = typer.Option(3000, help="--channel slack: port of the Slack events endpoint."),
    suite: bool = typer.Option(False, "--suite", help="Benchmark mode: the suite's simulated human answers "
                                                     "ask_human; next_task / submit / score drive the run."),
    suite_tasks: str = typer.Option("all", help="--suite: all, quick (the 40 of bench --quick) or task ids, "
                                                "comma-separated."),
) -> None:
    """Serve assess / ask_human / get_answer / list_pending to MCP agents (needs asksafe[mcp])."""
    try:
        from asksafe.adapters.mcp import MCPSettings, serve
    except ImportError as exc:
        _fail(f"the MCP server needs the mcp extra: pip install 'asksafe[mcp]' ({exc})")
    try:
        settings = MCPSettings(hold_s=hold, question_timeout_s=question_timeout, on_timeout=on_timeout,  # type: ignore[arg-type]
                               max_questions=max_questions, dedup_threshold=dedup_threshold, policy=policy,
                               probe_path=str(probe_path) if probe_path else None)
        if suite:
            from asksafe.adapters.mcp_suite import select_tasks, serve_suite

            serve_suite(select_tasks(suite_tasks), settings, transport=transport, host=host, port=port,
                        tokens=list(token), allowed_hosts=allowed_host, allowed_origins=allowed_origin,
                        allow_remote=allow_remote, max_request_bytes=max_request_bytes)
            return
        serve(str(db), settings, transport=transport, channel=channel, host=host, port=port,  # type: ignore[arg-type]
              tokens=list(token), allowed_hosts=allowed_host, allowed_origins=allowed_origin,
              allow_remote=allow_remote, max_request_bytes=max_request_bytes, slack_port=slack_port)
    except AskSafeError as exc:
        _fail(str(exc))


@app.command()
@_user_errors
def worker(
    db: str = typer.Option(..., "--db", help="The inbox database: a SQLite file or a postgresql:// URL."),
    agent: str = typer.Option(..., "--agent", help="package.module:callable, the agent the runs were wrapped around."),
    probe_factory: Optional[str] = typer.Option(None, "--probe-factory",
                                                help="package.module:callable returning the probe (default: the shipped one)."),
    policy: str = typer.Option("balanced", help="cautious | balanced | autonomous | budgeted | conformal"),
    question_timeout: Optional[float] = typer.Option(None, help="Deadline of new questions, seconds."),
    on_timeout: str = typer.Option("assume", help="After a deadline: assume or stop."),
    lease: float = typer.Option(300.0, help="Seconds a run stays claimed by this worker without a heartbeat."),
    poll: float = typer.Option(1.0, help="Seconds between passes."),
    health_port: Optional[int] = typer.Option(None, help="Serve GET /healthz on 127.0.0.1:PORT."),
) -> None:
    """Resume answered runs, expire deadlines, finish runs a dead worker left; SIGTERM stops it cleanly."""
    from asksafe.inbox import Inbox
    from asksafe.worker import Worker, import_object

    kwargs: dict = {"policy": policy, "on_timeout": on_timeout}
    if question_timeout is not None:
        kwargs["question_timeout"] = question_timeout
    if probe_factory:
        kwargs["probe"] = import_object(probe_factory, "--probe-factory")()
    box = Inbox.open(db, agent=import_object(agent, "--agent"), lease_seconds=lease, **kwargs)
    Worker(box, poll=poll, health_port=health_port).run()


@app.command()
@_user_errors
def audit(
    db: str = typer.Option("asksafe-inbox.sqlite", help="The inbox database: a SQLite file or a postgresql:// URL."),
    limit: int = typer.Option(50),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Print the audit log: every question and answer, who, when, through which channel."""
    from asksafe.inbox import print_audit

    print_audit(str(db), limit, as_json)


@app.command()
def feedback(
    run_id: Optional[str] = typer.Argument(None, help="The run (its thread id) the outcome is about."),
    # a str, not a Path: Path() would fold the '//' of a postgresql:// URL
    db: str = typer.Option("asksafe-inbox.sqlite", help="The inbox database (a SQLite file or a postgresql:// URL)."),
    outcome: Optional[str] = typer.Option(None, "--outcome", help="ok | fail: how the run turned out."),
    should_have_asked: Optional[str] = typer.Option(None, "--should-have-asked", help="What it should have asked before acting."),
    export: Optional[Path] = typer.Option(None, "--export", help="Write every decision as a JSONL record (docs/feedback.md)."),
    reporter: Optional[str] = typer.Option(None, "--by", help="Who reports the outcome (kept in the audit log)."),
) -> None:
    """Report a run's outcome (RUN_ID --outcome ok|fail), or export the feedback (--export FILE.jsonl)."""
    from asksafe.events import configure
    from asksafe.feedback import FeedbackStore
    from asksafe.inbox import Inbox

    configure("off")
    if (run_id is None) == (export is None):
        _fail("give either RUN_ID --outcome ok|fail, or --export FILE.jsonl")
    url = db
    if export is None and outcome not in ("ok", "fail"):
        _fail("--outcome must be ok or fail")
    if export is not None and (outcome or should_have_asked):
        _fail("--export writes the records; report an outcome in a separate call")
    if not url.startswith(("postgresql://", "postgres://")) and not Path(db).expanduser().is_file():
        _fail(f"no database at {db}")
    try:
        if export is not None:
            with FeedbackStore(url) as store:
                n = store.export(export)
            err.print(f"wrote {n} record(s) to {export}")
            return
        box = Inbox(url)
        try:
            got = box.report_outcome(run_id, outcome == "ok", should_have_asked, reporter=reporter)
        finally:
            box.close()
    except AskSafeError as exc:
        _fail(str(exc))
    extra = f"; should have asked: {got.should_have_asked}" if got.should_have_asked else ""
    out.print(f"run {run_id}: {'ok' if got.success else 'fail'}{extra}", markup=False, highlight=False)


@app.command("serve-probe")
def serve_probe(
    replicas: int = typer.Option(1, help="Probe replicas (Serve spreads requests over them)."),
    max_batch_size: int = typer.Option(64, help="Items one forward pass takes at most (Serve's @serve.batch)."),
    batch_wait_ms: float = typer.Option(2.0, help="How long a batch waits to fill, in ms."),
    host: str = typer.Option("127.0.0.1", help="The address Serve's HTTP proxy binds."),
    port: int = typer.Option(8000),
    replica_cpus: Optional[float] = typer.Option(None, help="CPUs Ray reserves per replica, its network's threads "
                                                           "(default: Ray's CPUs shared by the replicas)."),
    probe_path: Optional[Path] = typer.Option(None, "--probe", help="A probe folder written by `asksafe train --out`."),
) -> None:
    """Serve the probe over HTTP on Ray Serve, batched, a GPU per replica when Ray sees one (the serve extra).

    Agents use it with ``asksafe.remote.RemoteProbe("http://HOST:PORT")``; Ctrl-C (or SIGTERM) stops it.
    """
    try:
        from asksafe.adapters import serve as probe_serve
    except ImportError as exc:
        _fail(f"serving the probe needs the serve extra: pip install 'asksafe[serve]' ({exc})")
    import signal
    import threading

    try:
        url = probe_serve.serve_probe(replicas=replicas, max_batch_size=max_batch_size, batch_wait_ms=batch_wait_ms,
                                      host=host, port=port, replica_cpus=replica_cpus,
                                      probe_path=str(probe_path) if probe_path else None)
    except AskSafeError as exc:
        _fail(str(exc))
    out.print(f"probe service at {url}  (RemoteProbe({url!r}); Ctrl-C stops it)", markup=False, highlight=False)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    probe_serve.stop()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
