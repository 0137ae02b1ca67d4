"""Adapters for ML data frameworks: :mod:`.hf` (HF ``datasets``) and :mod:`.ray` (Ray Data).

Each module imports its framework only when used, so ``import normtext`` never needs them;
install them with the extras ``pip install "normtext[hf]"`` or ``pip install "normtext[ray]"``.
"""
