"""The dataset's figure: which kinds of practitioners perform which treatments, and where pages
disagree (one says a provider performs a treatment, another that it does not)."""

from __future__ import annotations

import io

import pandas as pd

MAX_ROWS = 15
CATEGORIES = ["does not perform", "may perform", "performs", "pages disagree"]
COLOURS = ["#d7301f", "#fdae61", "#1a9850", "#7b3294"]
SYMBOLS = {"performs": "+", "may_perform": "?", "does_not_perform": "-"}
STABLE_OUTPUT = {"svg.hashsalt": "trigger-point-faq", "svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 8}


def _category(relations: set[str]) -> int:
    """Colour of a cell: one relation, or a disagreement between affirmed and negated ones."""
    if "does_not_perform" in relations and relations & {"performs", "may_perform"}:
        return 3
    return 2 if "performs" in relations else 1 if "may_perform" in relations else 0


def _label(group: pd.DataFrame) -> str:
    """Documents per relation: "3" for one relation, "2+ 1-" where pages disagree."""
    counts = dict(zip(group.relation, group.document_count))
    if len(counts) == 1:
        return str(next(iter(counts.values())))
    return " ".join(f"{counts[r]}{SYMBOLS[r]}" for r in SYMBOLS if r in counts)


def _matrix(provider_treatments: pd.DataFrame, concepts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, tuple[int, int]]:
    """Category and label per (provider, treatment) of the most stated ones, and how many of each there are."""
    names = dict(zip(concepts.concept_id, concepts.name))
    frame = provider_treatments.assign(provider=provider_treatments.provider_id.map(names), treatment=provider_treatments.treatment_id.map(names))
    providers = frame.groupby("provider").document_count.sum().sort_values(ascending=False, kind="stable").index
    treatments = frame.groupby("treatment").document_count.sum().sort_values(ascending=False, kind="stable").index
    frame = frame[frame.provider.isin(providers[:MAX_ROWS]) & frame.treatment.isin(treatments[:MAX_ROWS])]
    cells = frame.groupby(["provider", "treatment"], sort=True)
    categories = cells.relation.agg(lambda r: _category(set(r))).unstack().sort_index().sort_index(axis=1)
    labels = cells[["relation", "document_count"]].apply(_label).unstack().reindex_like(categories)
    return categories, labels, (len(providers), len(treatments))


def render(provider_treatments: pd.DataFrame, concepts: pd.DataFrame) -> dict[str, bytes]:
    """figure.png and figure.svg, byte-identical for identical tables."""
    import matplotlib  # imported here: it costs the command line a second at start-up

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    with plt.rc_context(STABLE_OUTPUT):
        figure, axes = plt.subplots(figsize=(8, 5.5), dpi=100)
        if provider_treatments.empty:
            axes.text(0.5, 0.5, "No provider-treatment claims yet", ha="center", va="center")
            axes.set_axis_off()
        else:
            categories, labels, (providers, treatments) = _matrix(provider_treatments, concepts)
            axes.imshow(categories.to_numpy(dtype=float), cmap=ListedColormap(COLOURS), vmin=-0.5, vmax=3.5, aspect="auto")
            axes.set_xticks(range(len(categories.columns)), categories.columns, rotation=45, ha="right")
            axes.set_yticks(range(len(categories.index)), categories.index)
            for (row, column), value in labels.stack().dropna().items():
                axes.text(categories.columns.get_loc(column), categories.index.get_loc(row), value, ha="center", va="center", fontsize=7)
            handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in COLOURS]
            axes.legend(handles, CATEGORIES, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
            shown = f"the {len(categories.index)} of {providers} providers and {len(categories.columns)} of {treatments} treatments stated most" \
                if providers > len(categories.index) or treatments > len(categories.columns) else "every provider and treatment"
            axes.set_title(f"Who performs what: {shown}\n(cell: documents stating it; +/?/- per relation where pages disagree)")
        figure.tight_layout()
        files = {}
        for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, metadata=metadata)
            files[f"figure.{fmt}"] = buffer.getvalue()
        plt.close(figure)
    return files
