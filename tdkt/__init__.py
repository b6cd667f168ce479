"""TĐKT domain and services (no Qt)."""
