"""Turn the annotated content/ tree into pages and data for the explainer site.

The pipeline is plain Python, independent of MkDocs: load -> validate -> model ->
render/emit. hooks/site_hooks.py is the thin MkDocs adapter over it.
"""
