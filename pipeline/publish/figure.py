"""The dataset's figure: which kinds of practitioners perform which treatments."""

from __future__ import annotations

import io

import pandas as pd

MAX_ROWS = 15
RELATION_CODES = {"does_not_perform": 0, "may_perform": 1, "performs": 2}
COLOURS = ["#d7301f", "#fdae61", "#1a9850"]
STABLE_OUTPUT = {"svg.hashsalt": "trigger-point-faq", "svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 8}


def _matrix(provider_treatments: pd.DataFrame, concepts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Relation code and document count per (provider, treatment); the strongest relation wins a cell."""
    names = dict(zip(concepts.concept_id, concepts.name))
    frame = provider_treatments.assign(
        code=provider_treatments.relation.map(RELATION_CODES),
        provider=provider_treatments.provider_id.map(names),
        treatment=provider_treatments.treatment_id.map(names),
    )
    top_providers = frame.groupby("provider").document_count.sum().sort_values(ascending=False, kind="stable").index[:MAX_ROWS]
    top_treatments = frame.groupby("treatment").document_count.sum().sort_values(ascending=False, kind="stable").index[:MAX_ROWS]
    frame = frame[frame.provider.isin(top_providers) & frame.treatment.isin(top_treatments)]
    best = frame.sort_values(["code", "document_count"], ascending=False, kind="stable").drop_duplicates(["provider", "treatment"])
    codes = best.pivot(index="provider", columns="treatment", values="code").sort_index().sort_index(axis=1)
    counts = best.pivot(index="provider", columns="treatment", values="document_count").reindex_like(codes)
    return codes, counts


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
            codes, counts = _matrix(provider_treatments, concepts)
            axes.imshow(codes.to_numpy(dtype=float), cmap=ListedColormap(COLOURS), vmin=-0.5, vmax=2.5, aspect="auto")
            axes.set_xticks(range(len(codes.columns)), codes.columns, rotation=45, ha="right")
            axes.set_yticks(range(len(codes.index)), codes.index)
            for (row, column), value in counts.stack().dropna().items():
                axes.text(codes.columns.get_loc(column), codes.index.get_loc(row), int(value), ha="center", va="center", fontsize=7)
            handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in COLOURS]
            axes.legend(handles, ["does not perform", "may perform", "performs"], loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
            axes.set_title("Who performs what (cell: number of documents stating it)")
        figure.tight_layout()
        files = {}
        for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, metadata=metadata)
            files[f"figure.{fmt}"] = buffer.getvalue()
        plt.close(figure)
    return files
