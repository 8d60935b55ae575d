"""The library API: the one place that knows the order of the stages.

The CLI is a thin layer over these functions; so are the tests.
"""

from __future__ import annotations

# ---- writing: template + form → draft → file (build, init_form, check, schema_text, list_templates)

# ---- corpus: read, clean, outline (clean_paths, outline_paths)

# ---- mining: extract, phrases, scaffold
