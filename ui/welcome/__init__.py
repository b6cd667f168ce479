"""The first-run welcome: who the agency is, and optionally demo data to try the app."""
