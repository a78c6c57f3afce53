import gc
import os

from pipeline.defaults import ARROW_ALLOCATOR, GC_THRESHOLDS

for _name, _value in ARROW_ALLOCATOR.items():  # before pyarrow's first allocation; worker processes inherit it
    os.environ.setdefault(_name, _value)
gc.set_threshold(*GC_THRESHOLDS)  # this process's only: workers given the same were no faster (measured)

from pipeline.cli import cli  # noqa: E402


def main() -> None:
    """The `faq-pipeline` command: the same command line, in a process set up as above."""
    cli()


if __name__ == "__main__":  # not when a worker process imports the main module
    cli(prog_name="python -m pipeline")
