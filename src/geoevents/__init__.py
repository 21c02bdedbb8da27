"""geoevents: English news articles to offset-anchored quantities, quotes, dates and events.

>>> import geoevents
>>> doc = geoevents.extract("Officials met on Friday.", published="2025-09-08")
>>> doc.text[:9]
'Officials'

Everything is extracted by plugins (see :mod:`geoevents.hookspecs`); :func:`extract` runs all
loaded ones, a :class:`Pipeline` runs a chosen set.
"""

from geoevents.__about__ import __version__
from geoevents.exports import to_dataframe
from geoevents.hookspecs import hookimpl
from geoevents.manager import PluginLoadError, PluginNameConflict, PluginWarning
from geoevents.model import (
    SCHEMA_VERSION,
    Actor,
    ActorEntry,
    Anchor,
    Document,
    Event,
    Location,
    Mention,
    Participant,
    Place,
    PlaceEntry,
    PluginError,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)
from geoevents.pipeline import Pipeline, RecordError, WorkerDied, extract, from_dict
from geoevents.resources import Context

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorEntry",
    "Anchor",
    "Context",
    "Document",
    "Event",
    "Location",
    "Mention",
    "Participant",
    "Pipeline",
    "Place",
    "PlaceEntry",
    "PluginError",
    "PluginLoadError",
    "PluginNameConflict",
    "PluginWarning",
    "Quantity",
    "Quote",
    "RecordError",
    "Span",
    "TimeExpression",
    "WorkerDied",
    "__version__",
    "extract",
    "from_dict",
    "hookimpl",
    "to_dataframe",
]
