"""The units page: the organisation tree, its order, and the unit edit dialog."""
