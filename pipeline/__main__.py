import atexit
import gc
import os

from pipeline.defaults import ARROW_ALLOCATOR, GC_THRESHOLDS
from pipeline.engines.cache import default_cache_dir
from pipeline.engines.regex_cache import install

for _name, _value in ARROW_ALLOCATOR.items():  # before pyarrow's first allocation; worker processes inherit it
    os.environ.setdefault(_name, _value)
gc.set_threshold(*GC_THRESHOLDS)  # this process's only: workers given the same were no faster (measured)
atexit.register(gc.freeze)  # last: the collection at exit would scan every object still alive (0.1 s) to free what exit frees anyway
_regexes = install(default_cache_dir())  # before the first pattern is compiled
if _regexes is not None:
    atexit.register(_regexes.save)

from pipeline.cli import cli  # noqa: E402


def main() -> None:
    """The `faq-pipeline` command: the same command line, in a process set up as above."""
    cli()


if __name__ == "__main__":  # not when a worker process imports the main module
    cli(prog_name="python -m pipeline")
