"""The PySide6 user interface; talks to `tdkt` services only, never to SQLAlchemy."""
