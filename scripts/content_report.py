"""Prints each page's word count, Flesch-Kincaid grade (English body text, citation
numbers excluded) and reference tags, then any content problem. Exit 1 on a problem
or a grade over its bound (<= 10 per article page, <= 8 over all articles).

    .venv/bin/python scripts/content_report.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pwa.content.checks import body_text, grade, problems, words  # noqa: E402
from pwa.content.pages import PAGES  # noqa: E402

PAGE_BOUND, OVERALL_BOUND = 10.0, 8.0


def main() -> int:
    ok = True
    print(f"{'page':28} {'words':>6} {'grade':>6}  tags")
    for page in PAGES:
        text = body_text(page)
        g = grade(text) if text else 0.0
        bound = "" if not page.article else (" OVER" if g > PAGE_BOUND else "")
        ok &= not bound
        kind = "" if page.article else " (not an article)"
        print(f"{(page.slug or 'home') + kind:28} {words(text):6} {g:6.1f}{bound}  {' '.join(page.refs)}")
    articles = "\n".join(body_text(p) for p in PAGES if p.article)
    overall = grade(articles)
    ok &= overall <= OVERALL_BOUND
    print(f"{'all articles':28} {words(articles):6} {overall:6.1f}{' OVER' if overall > OVERALL_BOUND else ''}")
    found = problems(PAGES)
    for problem in found:
        print("problem:", problem)
    return 0 if ok and not found else 1


if __name__ == "__main__":
    raise SystemExit(main())
