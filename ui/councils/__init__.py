"""The councils page: members over time, meetings with attendance, ballots and results."""
