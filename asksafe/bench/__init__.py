"""The benchmark engine: tasks, grading, judge, simulated human, metrics, report."""
