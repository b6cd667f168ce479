"""The people pages: the list with instant search, the detail strip, the edit dialog."""
