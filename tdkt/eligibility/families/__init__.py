"""The check functions, one module per family of titles; importing this registers them all."""

from tdkt.eligibility.families import (  # noqa: F401 - imported for registration
    basics,
    chains,
    collectives,
    commendations,
    individual,
    medals,
)
