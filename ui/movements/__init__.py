"""The movements page: movements, registrations, pledges and the year-end comparison."""
