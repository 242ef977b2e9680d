"""Functional tests of plugins (plugins/) through our shell."""
