"""The agency's own details (CoQuan): names on letterheads, place of the date line, signer."""
