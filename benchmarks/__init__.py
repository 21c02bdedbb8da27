"""Measuring instruments for geoevents: accuracy (``make eval``) and speed (``make bench``).

:mod:`benchmarks.scoring` (pairing and counting, with the matching rules in its docstring),
:mod:`benchmarks.fields` (when two mentions agree) and :mod:`benchmarks.probes` (the probe
suites) hold the scoring logic, pure functions tested in ``tests/test_evaluation.py``;
``evaluate.py`` and ``speed.py`` are the scripts that read ``../shared`` and print the tables,
and ``peers_runner.py`` times the peer tools inside their own virtual environment.
"""
