"""Compute v2 servers: one module per group of commands.

``_common`` holds what they share (lookup, the show fields, waiting, the
base class of multi-server actions). Entry points name the modules
directly, so a command loads only its own.
"""
