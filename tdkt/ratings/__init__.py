"""Annual ratings (xếp loại) of people and units."""
