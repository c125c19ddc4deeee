"""Reports benchmark: referral form latency and the canton report over a whole store.

Prints one JSON object. Full run: 20,000 demo households (~100,000 persons and all their
cases), canton report over every case. `--quick` uses a small store so the test suite can
run it; its figures are not compared with targets.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.core.records import Case, Person, Referral
from app.reports import api
from bench.common import demo_store, emit, open_store, summary_ms, timed, working_copy

TARGETS = {"referral_p95_ms": 150, "canton_s": 3.0}
REFERRALS = 30
CANTON_ROUNDS = 3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    families = 300 if args.quick else 20_000
    cached, _ = demo_store(families)
    folder = working_copy(cached)  # documents are audited: never write the cached store
    out = Path(tempfile.mkdtemp(prefix="defensoria-reports-"))
    ws = open_store(folder, check_integrity=False)
    try:
        with ws.db.read() as s:
            persons = s.execute(select(func.count()).select_from(Person)).scalar_one()
            cases = s.execute(select(func.count()).select_from(Case)).scalar_one()
            first = s.execute(select(func.min(Case.opened_on))).scalar_one()
            ids = list(s.execute(select(Referral.id).order_by(Referral.id)
                                 .limit(REFERRALS)).scalars())
        ctx = api.context(ws)
        # The first document of a process also loads the layout code and parses the fonts;
        # the desktop app does that in a worker after login (api.warm_up).
        cold = timed(lambda: api.referral_form(ctx, ids[0], out / "first.pdf"))
        referral, referral_cpu = [], []
        for i in ids:
            cpu = time.process_time()
            referral.append(timed(lambda i=i: api.referral_form(ctx, i, out / "referral.pdf")))
            referral_cpu.append(time.process_time() - cpu)
        end = ws.today()
        canton, canton_cpu = [], []
        for _ in range(CANTON_ROUNDS):
            cpu = time.process_time()
            canton.append(timed(lambda: api.canton_report(ctx, first, end, out / "canton.pdf")))
            canton_cpu.append(time.process_time() - cpu)
        monthly = timed(lambda: api.monthly_report(ctx, f"{end:%Y-%m}", out / "m.pdf"))
        xlsx = timed(lambda: api.stats_export(ctx, out / "s.xlsx", "xlsx"))
        pseudo = timed(lambda: api.pseudonymised_export(ws, out / "p.csv"))
        pages = (out / "canton.pdf").read_bytes().count(b"/Type /Page\n") or None
    finally:
        ws.close()
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder.parent, ignore_errors=True)
    result = {
        "quick": args.quick, "families": families, "persons": persons, "cases": cases,
        "referral_first_ms": round(cold * 1000, 1), "referral": summary_ms(referral),
        # CPU time of this process: the same figures without the noise of a busy machine.
        "referral_cpu": summary_ms(referral_cpu),
        "canton_s": round(max(canton), 3), "canton_min_s": round(min(canton), 3),
        "canton_cpu_s": round(max(canton_cpu), 3),
        "canton_pages": pages, "monthly_ms": round(monthly * 1000, 1),
        "stats_xlsx_ms": round(xlsx * 1000, 1), "pseudonymised_csv_ms": round(pseudo * 1000, 1),
        "targets": TARGETS,
    }
    if not args.quick:
        result["meets_targets"] = (result["referral"]["p95_ms"] <= TARGETS["referral_p95_ms"]
                                   and result["canton_s"] <= TARGETS["canton_s"])
    emit(result)


if __name__ == "__main__":
    main()
