"""The pipeline's commands (`kg articles`, `kg extract`); each module has `register(subparsers)`."""
