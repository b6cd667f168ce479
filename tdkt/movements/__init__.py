"""Emulation movements (phong trào thi đua), registrations of titles and pledges between units."""
