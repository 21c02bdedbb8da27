"""Extract over Dask bags and dataframes, on one machine or a cluster (the ``dask`` extra).

:func:`extract_bag` maps a :class:`dask.bag.Bag` of texts or records (mappings with ``text``
and optional ``published`` and ``id``, as :meth:`geoevents.Pipeline.extract_many` takes) to a
bag of documents as plain dicts, in the output contract's shape (:meth:`Document.to_dict`), so
that results travel between processes and machines cheaply. :func:`extract_dataframe` maps a
:class:`dask.dataframe.DataFrame` of articles to one row per document, or with ``layer=`` to
one row per mention of that layer.

Each worker process builds the pipeline once, the first time it runs a partition for it, and
keeps it for every later partition asking for the same plugins and settings (a pipeline is
never sent between processes, only its settings). A record that cannot be processed follows
``errors=``, as in :meth:`~geoevents.Pipeline.extract_many`; by default (``"record"``) it comes
through as an error record in its place, since a warning issued on a remote worker is seen by
no one.

Run on the synchronous scheduler here; on a cluster the same calls run on its workers:

>>> import dask.bag as db
>>> from geoevents.dask import extract_bag
>>> texts = db.from_sequence(["Talks resumed in Geneva on Monday.", "Fine."], npartitions=2)
>>> documents = extract_bag(texts, published="2025-10-14").compute(scheduler="synchronous")
>>> [d["dates"][0]["value"] for d in documents if d["dates"]]
['2025-10-13']

This module is not imported by ``import geoevents``; importing it without Dask installed
raises an :class:`ImportError` naming the extra to install.
"""

from __future__ import annotations

import datetime as dt
import pickle
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, cast

import attrs

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as error:  # pragma: no cover - the dask extra is installed for the tests
    raise ImportError(
        f"geoevents.dask needs Dask and pandas ({error}): pip install 'geoevents[dask]'"
    ) from error

from geoevents import exports
from geoevents.model import Document
from geoevents.pipeline import ERROR_POLICIES, ErrorPolicy, Pipeline, RecordError

__all__ = ["extract_bag", "extract_dataframe", "pipelines_built"]


@attrs.frozen(kw_only=True)
class _Spec:
    """What a worker needs to build (or find in its cache) the pipeline: its settings only."""

    plugins: tuple[str, ...] | None
    exclude: tuple[str, ...]
    strict: bool
    settings: dict[str, Any] = attrs.field(eq=False)
    plugin_timeout: float | None

    @property
    def key(self) -> bytes:
        """The cache key: equal settings give equal keys, whatever their order."""
        return pickle.dumps(
            (
                self.plugins,
                self.exclude,
                self.strict,
                sorted(self.settings.items()),
                self.plugin_timeout,
            )
        )


_pipelines: dict[bytes, Pipeline] = {}
_pipelines_lock = threading.Lock()
_built = 0


def _pipeline(spec: _Spec) -> Pipeline:
    """The pipeline for ``spec`` in this process, built on first use (once, across threads)."""
    global _built
    key = spec.key
    with _pipelines_lock:
        pipeline = _pipelines.get(key)
        if pipeline is None:
            pipeline = Pipeline(
                plugins=spec.plugins,
                exclude=spec.exclude,
                strict=spec.strict,
                settings=spec.settings,
                plugin_timeout=spec.plugin_timeout,
            )
            _pipelines[key] = pipeline
            _built += 1
        return pipeline


def pipelines_built() -> int:
    """How many pipelines this process has built for this module: one per distinct setting.

    On a cluster, ask every worker with ``client.run(geoevents.dask.pipelines_built)``; each
    worker process builds a pipeline once, whatever the number of partitions it runs.
    """
    return _built


def _spec(
    plugins: Iterable[str] | None,
    exclude: Iterable[str],
    strict: bool,
    settings: Mapping[str, Any] | None,
    plugin_timeout: float | None,
    errors: str,
) -> _Spec:
    if errors not in ERROR_POLICIES:
        raise ValueError(
            f"errors must be one of {', '.join(map(repr, ERROR_POLICIES))}, not {errors!r}"
        )
    if isinstance(plugins, str) or isinstance(exclude, str):
        raise TypeError("plugins and exclude are lists of plugin names, not a single string")
    spec = _Spec(
        plugins=None if plugins is None else tuple(plugins),
        exclude=tuple(exclude),
        strict=strict,
        settings=dict(settings or {}),
        plugin_timeout=plugin_timeout,
    )
    try:
        spec.key  # noqa: B018 - the settings must be picklable to reach the workers
    except Exception as error:
        raise ValueError(f"settings cannot be sent to a worker: {error}") from error
    _pipeline(spec)  # here too, so that an unknown plugin fails now, not on every worker
    return spec


def _with_published(record: object, published: object) -> object:
    """The record with the default publication date where it gives none of its own."""
    if published is None:
        return record
    if isinstance(record, str):
        return {"text": record, "published": published}
    if isinstance(record, Mapping) and record.get("published") is None:
        return {**record, "published": published}
    return record


def _error_dict(error: RecordError) -> dict[str, Any]:
    return {"id": error.id, "error": {"type": error.type, "message": error.message}}


def _documents(
    records: Iterable[object], spec: _Spec, published: object, errors: ErrorPolicy
) -> Iterator[Document | RecordError]:
    """The documents of one partition's records, in order, by this process's pipeline."""
    pipeline = _pipeline(spec)
    items: list[Any] = [_with_published(record, published) for record in records]
    # one overload per policy; with any of them each result is a document or a RecordError
    results: Iterator[Document | RecordError] = pipeline.extract_many(
        items, errors=cast("Literal['record']", errors), processes=1
    )
    return iter(results)


def _bag_partition(
    records: Iterable[object], spec: _Spec, published: object, errors: ErrorPolicy
) -> list[dict[str, Any]]:
    return [
        _error_dict(result) if isinstance(result, RecordError) else result.to_dict()
        for result in _documents(records, spec, published, errors)
    ]


def extract_bag(
    bag: db.Bag,
    *,
    plugins: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    settings: Mapping[str, Any] | None = None,
    strict: bool = False,
    plugin_timeout: float | None = None,
    published: dt.date | dt.datetime | str | None = None,
    errors: ErrorPolicy = "record",
) -> db.Bag:
    """A bag of the documents, as dicts (:meth:`Document.to_dict`), in the order of ``bag``.

    :param bag: texts, or mappings with ``text`` and optional ``published`` and ``id``.
    :param plugins: the names of the plugins to run (None: every installed plugin), as for
        :class:`~geoevents.Pipeline`; so are ``exclude``, ``settings``, ``strict`` and
        ``plugin_timeout``. Plugins must be installed (entry points) on every worker.
    :param published: the publication date of the records that give none of their own.
    :param errors: what to do with a record that cannot be processed, as for
        :meth:`~geoevents.Pipeline.extract_many`, except the default: ``"record"`` puts
        ``{"id": ..., "error": {"type": ..., "message": ...}}`` in its place (a document dict
        has no ``error`` key); ``"warn"`` skips it with a warning issued on the worker,
        ``"ignore"`` skips it, ``"raise"`` fails the partition's task.
    :raises ValueError: a plugin name is not installed here, or ``errors`` is not a policy.

    >>> import dask.bag as db
    >>> records = db.from_sequence([
    ...     {"id": "a", "text": "Officials said 12 people were hurt."},
    ...     {"id": "b", "text": "Undated.", "published": "soon"},
    ... ])
    >>> results = extract_bag(records, plugins=["quantities"]).compute(scheduler="synchronous")
    >>> [(r["id"], r["quantities"][0]["value"]) for r in results if "error" not in r]
    [('a', 12)]
    >>> [(r["id"], r["error"]["type"]) for r in results if "error" in r]
    [('b', 'ValueError')]
    """
    spec = _spec(plugins, exclude, strict, settings, plugin_timeout, errors)
    return cast("db.Bag", bag.map_partitions(_bag_partition, spec, published, errors))


def _missing(value: object) -> bool:
    """Whether a cell is empty: None, NaN, NaT or pandas' NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(cast("Any", value)))
    except (TypeError, ValueError):  # a list or an array in a cell
        return False


@attrs.frozen(kw_only=True)
class _Columns:
    """The input columns :func:`extract_dataframe` reads; an absent optional one is None."""

    text: str
    id: str | None
    published: str | None


def _records(frame: pd.DataFrame, columns: _Columns) -> list[dict[str, Any]]:
    records = []
    for row in range(len(frame)):
        record: dict[str, Any] = {"text": frame[columns.text].iat[row]}
        for key, column in (("id", columns.id), ("published", columns.published)):
            if column is not None:
                value = frame[column].iat[row]
                record[key] = None if _missing(value) else value
        records.append(record)
    return records


def _frame_partition(
    frame: pd.DataFrame,
    spec: _Spec,
    reads: _Columns,
    published: object,
    layer: str | None,
    meta: pd.DataFrame,
) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    index: list[Any] = []
    results = _documents(_records(frame, reads), spec, published, "record")
    for label, result in zip(frame.index, results, strict=True):
        if isinstance(result, RecordError):
            rows.append({"document_id": result.id, "error": f"{result.type}: {result.message}"})
            index.append(label)
        elif layer is None:
            rows.append({"document_id": result.id, "document": result.to_json()})
            index.append(label)
        else:
            found = exports.mention_rows(result, layer)
            rows.extend(found)
            index.extend([label] * len(found))
    names = list(meta.columns)
    out = pd.DataFrame(
        [[row.get(name) for name in names] for row in rows],  # None, not NaN, where empty
        columns=names,
        index=pd.Index(index, dtype=meta.index.dtype),
        dtype=object,  # not inferred: a column of 24 and None stays 24 and None
    )
    return out.astype(meta.dtypes.to_dict())


def _meta(pipeline: Pipeline, layer: str | None, index: pd.Index) -> pd.DataFrame:
    if layer is None:
        names = ["document_id", "document", "error"]
    elif layer == exports.EVENTS:
        names = [*exports.columns(layer), "error"]
    elif layer in pipeline.mention_types:
        names = [*exports.columns(layer, pipeline.mention_types[layer]), "error"]
    else:
        layers = ", ".join([*pipeline.mention_types, exports.EVENTS])
        raise ValueError(f"layer must be one of {layers} (or None), not {layer!r}")
    integers = {"start", "end"} if layer not in (None, exports.EVENTS) else set()
    return pd.DataFrame(
        {name: pd.Series([], dtype="Int64" if name in integers else "object") for name in names},
        index=index[:0],
    )


def extract_dataframe(
    df: dd.DataFrame,
    *,
    text: str = "text",
    id: str = "id",
    published: str = "published",
    layer: str | None = None,
    plugins: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    settings: Mapping[str, Any] | None = None,
    strict: bool = False,
    plugin_timeout: float | None = None,
    default_published: dt.date | dt.datetime | str | None = None,
) -> dd.DataFrame:
    """Extract from a dataframe of articles: one row per document, or per mention of ``layer``.

    Each result row keeps the index label of its article's row, so the result joins back onto
    ``df``. Without ``layer`` the columns are ``document_id``, ``document`` (the document as
    JSON, the output contract) and ``error``. With ``layer`` (``"quantities"``,
    ``"locations"``... or ``"events"``) they are those of
    :func:`geoevents.exports.mention_rows` (``document_id``, ``published``, then the mention's
    fields), and ``error``; an article without such mentions has no row. An article that cannot
    be processed (a bad date, a text that is not a string) gets one row with only
    ``document_id`` and ``error`` (``"ValueError: ..."``) filled in. The columns are known in
    advance (``meta=``), so Dask never runs the pipeline to find them: ``start`` and ``end``
    are nullable integers (``Int64``), every other column holds Python objects (None where
    empty), as the documents' dicts do.

    :param df: the articles.
    :param text: the column of the texts.
    :param id: the column of the ids, if ``df`` has it.
    :param published: the column of the publication dates (dates, timestamps or ISO strings;
        empty cells are no date), if ``df`` has it.
    :param layer: None for one row per document, or the layer to give one row per mention of.
    :param default_published: the publication date of the articles that give none.
    :param plugins: the plugins to run, as for :func:`extract_bag`, like the parameters after it.
    :raises KeyError: ``df`` has no column ``text``.
    :raises ValueError: ``layer`` is not a layer of the pipeline's plugins, or a plugin name
        is not installed.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> articles = dd.from_pandas(pd.DataFrame({
    ...     "id": ["a", "b"],
    ...     "text": ["Rescuers found 3 survivors and 2 dogs.", "Nothing to count."],
    ... }), npartitions=1)
    >>> rows = extract_dataframe(articles, layer="quantities", plugins=["quantities"])
    >>> rows[["document_id", "text", "item"]].compute(scheduler="synchronous")
      document_id text       item
    0           a    3  survivors
    0           a    2       dogs
    """
    if text not in df.columns:
        raise KeyError(f"the dataframe has no column {text!r} (columns: {list(df.columns)})")
    spec = _spec(plugins, exclude, strict, settings, plugin_timeout, "record")
    reads = _Columns(
        text=text,
        id=id if id in df.columns else None,
        published=published if published in df.columns else None,
    )
    meta = _meta(_pipeline(spec), layer, df._meta.index)
    mapped = df.map_partitions(
        _frame_partition,
        spec,
        reads,
        default_published,
        layer,
        meta,
        meta=meta,
        align_dataframes=False,
        enforce_metadata=False,
    )
    return cast("dd.DataFrame", mapped)
