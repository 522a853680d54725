"""kg: knowledge graphs of machine-learning research abstracts."""

__version__ = "0.1.0"
