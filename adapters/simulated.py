"""Deprecated home of the benchmark's simulated human; it lives in :mod:`asksafe.bench.simulated`."""

from asksafe.bench.simulated import IRRELEVANT, AskRecord, SimulatedHuman, default_judge

__all__ = ["IRRELEVANT", "AskRecord", "SimulatedHuman", "default_judge"]
