"""kg: knowledge graphs from Chinese local-government news."""
__version__ = "0.1.0"
