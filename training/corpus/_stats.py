"""AUROC for the corpus scripts' checks: the one implementation lives in :mod:`asksafe.metrics`."""

from asksafe.metrics import auroc

__all__ = ["auroc"]
