"""People of the agency: who they are, where they work, and the dates their awards depend on."""
