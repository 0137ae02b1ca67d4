"""Built-in steps. Importing this package registers them (see :mod:`normtext.step`).

A capability adds its step by adding its module here; the core does not change.
"""

from __future__ import annotations

import importlib

#: Modules that define built-in steps, in stage order.
BUILTIN_STEP_MODULES = (
    "normtext.steps.encoding",
    "normtext.steps.unicode",
    "normtext.steps.segment",
    "normtext.steps.injected",
    "normtext.steps.arabic",
    "normtext.steps.latin",
    "normtext.steps.settle",
    "normtext.steps.whitespace",
)

for _module in BUILTIN_STEP_MODULES:
    try:
        importlib.import_module(_module)
    except ModuleNotFoundError as exc:  # a capability not built yet
        if exc.name != _module:
            raise
