"""Extraction: phrase candidates and section skeletons mined from cleaned documents.

Submodules load the segmenter only when called; importing the package itself is cheap.
"""
