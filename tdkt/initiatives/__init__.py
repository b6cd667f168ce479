"""Initiatives (sáng kiến): authors with shares, recognised scope and decision."""
