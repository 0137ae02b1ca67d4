"""Injected fragments and page furniture: lexicon, folded view, detectors, removal."""
