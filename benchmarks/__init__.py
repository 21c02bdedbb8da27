"""Measuring instruments for geoevents: accuracy (``make eval``) and speed (``make bench``).

:mod:`benchmarks.scoring` and :mod:`benchmarks.probes` hold the scoring logic (pure functions,
tested in ``tests/test_evaluation.py``); ``evaluate.py`` and ``speed.py`` are the scripts that
read ``../shared`` and print the tables.
"""
