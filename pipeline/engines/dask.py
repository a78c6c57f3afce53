"""The Dask engine: the workers of a Dask distributed cluster (`pip install '.[dask]'`).

The client connects to the scheduler at the given address (`tcp://host:8786`); every worker must
have this package installed (the same version) and see the same files at the same paths: the raw
folder and the cache folder on shared storage. Results come back to the client in the items' order.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

from pipeline.engines import EngineError

T = TypeVar("T")
R = TypeVar("R")
CONNECT_SECONDS = 10


class DaskEngine:
    def __init__(self, scheduler: str | None):
        if not scheduler:
            raise EngineError("the dask engine needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
        try:
            from distributed import Client
        except ImportError:
            raise EngineError("the dask engine needs Dask distributed: pip install '.[dask]'") from None
        try:
            self.client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineError(f"{scheduler}: no Dask scheduler answers ({error})") from None
        self.workers = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        if not self.workers:
            self.client.close()
            raise EngineError(f"{scheduler}: the Dask cluster has no workers")

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        futures = self.client.map(function, list(items), pure=False)
        for future in futures:
            yield future.result()
            future.release()
