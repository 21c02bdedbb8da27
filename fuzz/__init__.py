"""Fuzzing the pipeline: the atheris target and what it shares with the regression tests."""
