import atexit
import gc
import os
import sys
from multiprocessing import parent_process

from pipeline.defaults import ARROW_ALLOCATOR, GC_THRESHOLDS
from pipeline.engines.regex_cache import cache_folder, install

for _name, _value in ARROW_ALLOCATOR.items():  # before pyarrow's first allocation; worker processes inherit it
    os.environ.setdefault(_name, _value)
gc.set_threshold(*GC_THRESHOLDS)  # this process's only: workers given the same were no faster (measured)
if parent_process() is None:  # not a worker a spawning engine (Dask's) starts from the `faq-pipeline` script
    atexit.register(gc.freeze)  # last: no collection at exit (0.1 s) of what exit frees; what sits in a cycle then is not finalised (nothing of ours holds a file so)
    _regexes = (_folder := cache_folder(sys.argv[1:])) and install(_folder)  # before the first pattern is compiled
    if _regexes:
        atexit.register(_regexes.save)

from pipeline.cli import cli  # noqa: E402


def main() -> None:
    """The `faq-pipeline` command: the same command line, in a process set up as above."""
    cli()


if __name__ == "__main__":  # not when a worker process imports the main module
    cli(prog_name="python -m pipeline")
