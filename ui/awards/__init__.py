"""The awards page: the filtered list of award records, the add/edit and revoke dialogs."""
