"""Eligibility figures (targets ≤ 2 s and ≤ 50 ms):

- `eligibility_year_s`: every title for everyone (people and units) in one year, the whole
  engine as `eligibility --year` runs it: 2025, under the 2022 law carried forward;
- `explain_one_ms`: one person's explanation of one title (the page's details pane), the
  median over twenty people spread over the list, for one of the hardest titles (the Prime
  Minister's bằng khen, which reads five years of history and earlier awards).

Extra: the year 2023 under the old rules with their quotas, the page's report of one title,
and one person's every title.
"""

from __future__ import annotations

from typing import Any

from bench.timing import median, rounded, timed

YEAR, OLD_YEAR = 2025, 2023


def measure_eligibility(url: str, repeats: int) -> dict[str, Any]:
    from tdkt.app import open_database
    from tdkt.subjects.types import PERSON

    services = open_database(url)
    try:
        eligibility = services.eligibility
        assert eligibility.rulebook.regimes  # read the rule files once, as the application does
        year = timed(lambda: eligibility.evaluate(YEAR), repeats)
        old = timed(lambda: eligibility.evaluate(OLD_YEAR), repeats)
        page = timed(lambda: eligibility.report(YEAR, "CSTDCS"), repeats)
        verdicts = year.result
        subjects = [v.subject for v in verdicts if v.title == "BK_TTG" and v.subject.kind == PERSON]
        people = subjects[:: max(1, len(subjects) // 20)][:20]
        explain = [
            timed(lambda s=s: eligibility.explain(s.kind, s.id, "BK_TTG", YEAR), 1).wall_ms
            for s in people
        ]
        one_person = [
            timed(lambda s=s: eligibility.evaluate(YEAR, None, s.code), 1).wall_ms for s in people
        ]
        return {
            "eligibility_year_s": rounded(year.wall_ms / 1000, 2),
            "explain_one_ms": rounded(median(explain)),
            "extra": {
                "eligibility_year_cpu_s": rounded(year.cpu_ms / 1000, 2),
                "eligibility_verdicts": len(verdicts),
                f"eligibility_year_{OLD_YEAR}_s": rounded(old.wall_ms / 1000, 2),
                "eligibility_page_one_title_ms": rounded(page.wall_ms),
                "explain_one_worst_ms": rounded(max(explain)),
                "eligibility_one_person_all_titles_ms": rounded(median(one_person)),
            },
        }
    finally:
        services.close()
