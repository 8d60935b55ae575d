"""Commands of the mining stages (extract, phrases, scaffold): declared here, run through the API.

Imported by cli.py at start-up, so nothing heavy is imported at module level.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this module's sub-commands to the parser's subparsers."""
    del sub
    _ = argparse
