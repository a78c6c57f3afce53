"""Engines: where per-item work runs. Each maps a picklable function over items and yields the
results in the items' order, so what comes back does not depend on the engine or on how many
workers it has.

- `local`: in this process, one item after another;
- `processes`: `jobs` worker processes on this machine, each loading what the function needs once;
- `dask`: the workers of a Dask distributed cluster (`pip install '.[dask]'`), reached through
  its scheduler's address (without one, a cluster of `jobs` processes on this machine); the items
  and the files they name must be readable by every worker.

The build maps partitions of raw files to cached fragments with an engine (`pipeline.build`), the
harvest maps WARC files to the pages they hold (`pipeline.harvest`); nothing here knows either.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

ENGINES = ("local", "processes", "dask")

T = TypeVar("T")
R = TypeVar("R")


class EngineError(Exception):
    """An engine cannot run: the message says why in one line (no scheduler at that address, ...)."""


class Engine(Protocol):
    workers: int  # how many items it works on at once

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """function(item) for each item, yielded in the items' order."""


def engine_name(engine: str | None, jobs: int) -> str:
    """The engine a command asked for: `--jobs N` alone means N local processes."""
    return engine or ("processes" if jobs > 1 else "local")


@contextmanager
def open_engine(name: str = "local", jobs: int = 1, scheduler: str | None = None, preload: tuple[str, ...] = ()) -> Iterator[Engine]:
    """An engine, shut down (its workers stopped, its cluster connection closed) on leaving.

    `preload` names modules the processes engine's workers import before their first item (the
    mapped function's own), so that each worker does not import them again: it is set when the
    first processes engine of a Python process starts its server, and later engines keep it. It
    changes start-up time only; Dask workers import what they need themselves."""
    if name == "local":
        from pipeline.engines.local import LocalEngine

        yield LocalEngine()
    elif name == "processes":
        from pipeline.engines.processes import ProcessEngine

        with ProcessEngine(jobs, preload) as engine:
            yield engine
    elif name == "dask":
        from pipeline.engines.dask import DaskEngine

        with DaskEngine(scheduler, jobs) as engine:
            yield engine
    else:
        raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
