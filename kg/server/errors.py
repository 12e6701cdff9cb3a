"""Errors the `kg neo4j` commands report as one line instead of a traceback."""


class ServerError(Exception):
    """The server could not be built, started or stopped; the message says what to look at."""

    exit_status = 1


class ToolMissing(ServerError):
    """Java or Maven is not installed: a setup problem, not a server failure."""

    exit_status = 2
