"""Helpers for tests/test_quality.py: what is in a built site, and its internal links."""
