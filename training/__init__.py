"""Training the probe: the corpus builders and their data, the recipe (``asksafe train``), signal fitting.

Not in the wheel: the runtime (``asksafe``) never imports this package. Run from a source checkout::

    make train                          # or: python -m training.train
    python -m training.corpus.build_handwritten_code
    python -m training.fit_signals fit
"""
