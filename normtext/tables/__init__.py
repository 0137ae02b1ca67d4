"""Character tables generated from a pinned UCD (see ``tools/gen_tables.py``).

>>> from normtext.tables.ucd import UCD_VERSION
>>> UCD_VERSION
'18.0.0'
"""
