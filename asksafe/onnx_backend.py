"""Deprecated name of :mod:`asksafe.probe.onnx` (the ONNX Runtime backend); kept so old imports work."""

import sys

from asksafe.probe import onnx as _onnx

sys.modules[__name__] = _onnx
