"""The Dask engine: the workers of a Dask distributed cluster (`pip install '.[dask]'`).

The client connects to the scheduler at the given address (`tcp://host:8786`); every worker must
have this package installed (the same version) and see the same files at the same paths: the raw
folder and the cache folder on shared storage. Without an address it starts a cluster of `jobs`
worker processes on this machine. Results come back to the client in the items' order.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

from pipeline.engines import EngineError

T = TypeVar("T")
R = TypeVar("R")
CONNECT_SECONDS = 10


class DaskEngine:
    def __init__(self, scheduler: str | None, jobs: int = 1):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the dask engine needs Dask distributed: pip install '.[dask]'") from None
        self.cluster = None
        try:
            if not scheduler:  # a free port for the dashboard, so that two local clusters never collide on 8787
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0")
            self.client = Client(scheduler or self.cluster, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError, ValueError, RuntimeError) as error:
            self._close_cluster()
            raise EngineError(f"{scheduler or 'the local cluster'}: no Dask scheduler answers ({' '.join(str(error).split())})") from None
        self.workers = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        if not self.workers:
            self.__exit__()
            raise EngineError(f"{scheduler or 'the local cluster'}: the Dask cluster has no workers")

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        futures = self.client.map(function, list(items), pure=False)
        for future in futures:
            yield future.result()
            future.release()
