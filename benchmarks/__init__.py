"""The newsparse benchmark suite: speed against the peers, cost against size, import time, memory, scaling.

Run it with ``python -m benchmarks`` (``--help`` for options). It needs the ``bench`` extra for
the peers (``pip install -e '.[bench]'``); without it the newsparse figures are still measured
and the peer rows say why they are missing. Results go to ``benchmarks/results/`` (JSON and a
Markdown table) and the table is printed. See ``docs/performance.md``.
"""
