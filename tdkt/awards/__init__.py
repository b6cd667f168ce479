"""Award records: what was actually awarded, by which decision, and on what basis."""
