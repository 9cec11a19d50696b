"""Formats bench/run.sh results (name|rps|p50|p95|p99|errors per line) as a Markdown table, with each case's
requests/s as a share of the two ceilings measured in the same run."""
import sys

rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
ceilings = {name: float(rps) for name, rps, *_ in rows if name.startswith("ceiling")}
quarkus = next((v for k, v in ceilings.items() if "Quarkus" in k), None)
nginx = next((v for k, v in ceilings.items() if "nginx" in k), None)
print("| case | requests/s | p50 | p95 | p99 | errors | of Quarkus constant | of nginx static |")
print("|---|---|---|---|---|---|---|---|")
for name, rps, p50, p95, p99, errors in rows:
    share = lambda ceiling: f"{100 * float(rps) / ceiling:.0f}%" if ceiling else "n/a"
    print(f"| {name} | {rps} | {p50} ms | {p95} ms | {p99} ms | {errors} | {share(quarkus)} | {share(nginx)} |")
