"""Defaults shared by the library and the command line, kept in a module that imports nothing so
that `python -m pipeline --help` shows them without loading the libraries that use them."""

DEFAULT_MAX_BYTES = 5_000_000  # largest raw file accepted
DEFAULT_TIMEOUT = 20.0  # seconds `add` allows a page, the whole page and not only each network step
SELECTION_THRESHOLD = 4.0  # lowest relevance `select` takes (pipeline/extract/scope.py)
HARVEST_THRESHOLD = 8.0  # lowest relevance `harvest` keeps: the 16 clinic pages of tests/fixtures/html_pages score 10.8-25.7
GC_THRESHOLDS = (100_000, 50, 100)  # for the commands' processes: start-up keeps ~200,000 objects (rules, vocabulary) that CPython's (700, 10, 10) scanned in 600 collections, a tenth of validate's time
ARROW_ALLOCATOR = {"ARROW_DEFAULT_MEMORY_POOL": "system"}  # for the commands' processes: glibc hands back what a table frees (malloc_trim); mimalloc kept about twice what a build read
