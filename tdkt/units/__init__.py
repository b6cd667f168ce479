"""Units of the agency: a tree of departments and subordinate bodies, with their print order."""
