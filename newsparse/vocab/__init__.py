"""Immutable vocabularies: month and weekday names, places, agencies, speech verbs, titles.

Each module holds one vocabulary as ``frozenset``/tuple/``MappingProxyType`` tables with a
docstring saying what membership means and where the data came from. Nothing here is ever
mutated; to customise, build a new table and pass it explicitly.
"""
