"""The Emulation and Commendation Council and the Initiative Council: decisions, members over
time, meetings with attendance, agenda items, ballots, recusals and results."""
