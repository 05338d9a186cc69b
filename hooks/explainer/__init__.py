"""Turn the annotated content/ tree into pages and data for the explainer site.

The pipeline is plain Python, independent of MkDocs, in layers (ARCHITECTURE.md):
content (read and check) -> model (records, corpus) -> charts (plots: Plotly figure dicts, and their static
pictures) -> pages (emitters) -> publish (open data, feeds, metadata, search, minify), tied
together by build.py, cli.py and export.py. hooks/site_hooks.py is the thin MkDocs adapter.
"""
