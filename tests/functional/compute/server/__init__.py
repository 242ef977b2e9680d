"""Functional tests of the server commands against the devcloud's Nova."""
