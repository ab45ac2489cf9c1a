"""Training corpus for the asksafe probe: generator, checker and generated data."""
