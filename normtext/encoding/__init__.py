"""Encoding repair: mojibake (ftfy's modes plus the Arabic ones ftfy cannot fix), lost bytes,
C1 controls, and decoding of files that are not UTF-8.
"""
