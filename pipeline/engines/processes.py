"""The processes engine: worker processes on this machine.

Workers are forked from a fresh server process (multiprocessing's forkserver), never from the
caller, which may hold threads or open files; each worker keeps what it loads (the spaCy pipeline)
for every item it gets. Items travel to workers pickled, so they should name files, not hold them.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, TypeVar

from pipeline.engines import EngineError

T = TypeVar("T")
R = TypeVar("R")


class ProcessEngine:
    def __init__(self, jobs: int, preload: tuple[str, ...] = ()):
        if jobs < 1:
            raise EngineError(f"--jobs must be 1 or more, not {jobs}")
        self.workers = jobs
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))  # imported once, in the server the workers are forked from
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(cancel_futures=True)

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        try:
            yield from self.pool.map(function, items)
        except BrokenProcessPool:
            raise EngineError("a worker process ended abruptly (out of memory, or killed); nothing was published") from None
