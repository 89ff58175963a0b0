"""auditor: source attribution and provenance auditing for news articles."""

__version__ = "0.1.0"
