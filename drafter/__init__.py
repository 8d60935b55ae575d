"""drafter: an offline writing assistant for Chinese official writing (公文).

Fill a YAML form, pick a template, get a draft laid out to GB/T 9704-2012.  The public API is
re-exported here; importing it is cheap (each stage loads its libraries when first used).
"""

from __future__ import annotations

from .errors import DrafterError, FormError, InputError, OutputError, TemplateError

__version__ = "0.1.0"

__all__ = [
    "DrafterError",
    "FormError",
    "InputError",
    "OutputError",
    "TemplateError",
    "__version__",
]
