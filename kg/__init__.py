"""kg: knowledge graphs of officials, meetings, projects and companies from Chinese local newspaper pages."""

__version__ = "0.1.0"
