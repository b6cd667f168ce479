"""Eligibility: who qualifies for which title or form of commendation, under the rules in
force in the evaluation year, and why (legal.md §0, §9).

Rule sets are data in `resources/rules/` (one TOML file per legal period); `loader` checks
them, `regimes` picks the one in force and applies the user's settings, `loading` reads the
history of a year window in a few set-based queries, `families/*` are the pure checks,
`context` evaluates and caches verdicts, `service` is what the UI and the command line use.
"""
