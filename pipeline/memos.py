"""Memos of the texts a build reads (lines, sentences, titles, class names): bounded caches that
save work while extracting, registered here so that a build frees them all before publishing
(the caches of rules, unbounded, stay)."""

from __future__ import annotations

from functools import lru_cache

_MEMOS: list = []


def text_memo(maxsize: int):
    """lru_cache(maxsize), registered to be cleared by clear_text_memos()."""
    def decorate(function):
        memo = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memo)
        return memo
    return decorate


def clear_text_memos() -> None:
    for memo in _MEMOS:
        memo.cache_clear()
