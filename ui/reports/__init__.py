"""The report page: statistics of a period, the written award section, forms and histories."""
