"""Settings pages: business configuration kept in the database."""
