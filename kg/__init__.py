"""kg: knowledge graphs of officials, meetings, projects and companies from Chinese local newspaper pages."""

__version__ = "0.1.0"


class UsageError(Exception):
    """A problem the user can fix (a missing model, a bad setting): shown as one line, exit status 2."""
