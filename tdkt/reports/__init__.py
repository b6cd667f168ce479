"""Statistics and reports: counts by decision date, the written award section of a report,
the statistical forms of TT 02/2023/TT-BNV, award histories and the dashboard."""
