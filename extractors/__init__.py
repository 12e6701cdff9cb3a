"""kg's extractor components for spaCy, registered by name when this package is imported.

Each module holds one kind: officials, persons, meetings, organizations,
companies, projects, documents, relations. Their generic word lists are data
files in `data/`; `pipeline.cfg` says which run, in which order, configured how.
"""
from extractors import (companies, documents, meetings, officials, organizations, persons,  # noqa: F401
                        projects, relations)

__all__ = ["companies", "documents", "meetings", "officials", "organizations", "persons", "projects", "relations"]
