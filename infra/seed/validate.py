#!/usr/bin/env python3
"""Checks the seed NDJSON files in this folder against the v1 event contract and the stream rules.

Usage: python3 infra/seed/validate.py [file.ndjson ...]   (default: every *.ndjson next to this script)
Exit status 0 when every line passes. Standard library only.
"""
import json
import re
import sys
import uuid
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
PARTY = re.compile(r"[A-Z]{2,8}")
# The copied articles in sources/, by the publisher cited in source.publisher (see README.md).
SOURCE_FILES = {"The Asahi Shimbun": "000_3d43822c70699048.txt", "Kyodo News": "004_246145212aabd114.txt"}
ENVELOPE = ["negotiationId", "eventId", "type", "occurredOn", "source", "confidence", "data"]
SOURCE_FIELDS = ["url", "publisher", "title", "publishedOn"]

# Per type: (fields in record order, required fields). Mirrors shared/events/src/main/java/.../events/*.java.
TYPES = {
    "NegotiationOpened": (["title", "parties", "leads", "summary"], {"title", "parties"}),
    "RoundHeld": (["roundId", "level", "format", "roundNumber", "location", "participants", "durationMinutes",
                   "outcome", "summary"], {"roundId", "level"}),
    "RoundCancelled": (["roundId", "reason"], {"roundId"}),
    "IssueOpened": (["issueId", "title", "raisedBy", "summary"], {"issueId", "title"}),
    "IssueClosed": (["issueId", "outcome", "summary"], {"issueId", "outcome"}),
    "TariffImposed": (["measureId", "imposedBy", "target", "product", "ratePercent", "basis", "effectiveOn",
                       "summary"], {"measureId", "imposedBy", "target", "product", "ratePercent"}),
    "TariffThreatened": (["measureId", "imposedBy", "target", "product", "ratePercent", "basis", "effectiveOn",
                          "summary"], {"measureId", "imposedBy", "target", "product"}),
    "TariffChanged": (["measureId", "ratePercent", "basis", "effectiveOn", "reason"], {"measureId", "ratePercent"}),
    "DeadlineSet": (["deadlineId", "title", "dueOn", "kind", "summary"], {"deadlineId", "title", "dueOn"}),
    "DeadlineChanged": (["deadlineId", "previousDueOn", "dueOn", "cancelled", "reason"],
                        {"deadlineId", "previousDueOn"}),
    "DeadlineChangeSignaled": (["deadlineId", "direction", "proposedDueOn", "summary"], {"deadlineId", "summary"}),
    "StatementMade": (["speaker", "quote", "context"], {"speaker", "quote"}),
    "AgreementReached": (["agreementId", "scope", "summary", "settlesIssues"], {"agreementId", "scope", "summary"}),
}
ENUMS = {
    "level": {"summit", "ministerial", "working"},
    "format": {"in_person", "phone", "virtual"},
    "basis": {"additional", "all_inclusive"},
    "kind": {"hard", "effective_date", "target"},
    "direction": {"extend", "advance", "cancel", "uncertain"},
    "scope": {"interim", "framework", "final"},
}
OUTCOME = {"RoundHeld": {"agreement", "progress", "no_agreement", "unknown"},
           "IssueClosed": {"resolved", "dropped", "superseded"}}
SLUG_FIELDS = {"roundId", "issueId", "measureId", "deadlineId", "agreementId"}
DATE_FIELDS = {"effectiveOn", "dueOn", "previousDueOn", "proposedDueOn"}


def world_date(s):
    """Parses YYYY, YYYY-MM or YYYY-MM-DD; returns (first day, precision) or raises ValueError."""
    if not isinstance(s, str):
        raise ValueError("must be a string")
    if re.fullmatch(r"\d{4}", s):
        return date(int(s), 1, 1), "year"
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return date(int(s[:4]), int(s[5:]), 1), "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return date.fromisoformat(s), "day"
    raise ValueError(f"'{s}' is not YYYY, YYYY-MM or YYYY-MM-DD")


def check_file(path):
    errors = []
    sources = {pub: (HERE / "sources" / name).read_text(encoding="utf-8")  # for quote checks
               for pub, name in SOURCE_FILES.items() if (HERE / "sources" / name).exists()}
    ids, parties = set(), set()
    negotiation = None
    deadlines, cancelled = {}, set()   # deadlineId -> current dueOn
    issues_open, issues_closed = set(), set()
    measures, rounds = set(), set()
    counts = {}

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        def err(msg):
            errors.append(f"{path.name}:{n}: {msg}")
        if not line.strip():
            err("blank line")
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as x:
            err(f"not JSON: {x}")
            continue
        if not isinstance(e, dict):
            err("not an object")
            continue
        keys = list(e)
        if [k for k in keys if k in ENVELOPE] != [k for k in ENVELOPE if k in keys] or set(keys) != set(ENVELOPE):
            err(f"envelope fields must be exactly, in order: {ENVELOPE} (got {keys})")
        t = e.get("type")
        counts[t] = counts.get(t, 0) + 1
        neg = e.get("negotiationId")
        if not isinstance(neg, str) or not SLUG.fullmatch(neg):
            err("negotiationId is not a slug")
        negotiation = negotiation or neg
        if neg != negotiation:
            err(f"negotiationId {neg} differs from the file's {negotiation}")
        try:
            u = uuid.UUID(e.get("eventId"))
            if str(u) != e["eventId"]:
                err("eventId must be a lower-case canonical UUID")
            if e["eventId"] in ids:
                err("duplicate eventId")
            ids.add(e["eventId"])
        except (TypeError, ValueError):
            err("eventId is not a UUID")
        try:
            occurred, _ = world_date(e.get("occurredOn"))
        except ValueError as x:
            err(f"occurredOn: {x}")
        src = e.get("source")
        if not isinstance(src, dict):
            err("source must be an object")
        else:
            if "url" in src:
                err("source.url present: the seed never carries URLs")
            for k in src:
                if k not in SOURCE_FIELDS:
                    err(f"source.{k} is not a field of Source")
            for k in ("publisher", "title"):
                if not isinstance(src.get(k), str) or not src[k].strip():
                    err(f"source.{k} is required")
            if "publishedOn" in src and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(src["publishedOn"])):
                err("source.publishedOn must be YYYY-MM-DD")
        if e.get("confidence") not in ("confirmed", "reported"):
            err("confidence must be confirmed or reported")
        if t not in TYPES:
            err(f"unknown type {t}")
            continue
        d = e.get("data")
        if not isinstance(d, dict):
            err("data must be an object")
            continue
        order, required = TYPES[t]
        for k in d:
            if k not in order:
                err(f"data.{k} is not a field of {t}")
        present = [k for k in order if k in d]
        if [k for k in d if k in order] != present:
            err(f"data fields out of record order: {list(d)} (expected order {order})")
        for k in required:
            if d.get(k) in (None, "", []):
                err(f"data.{k} is required")
        for k, v in d.items():
            if v is None:
                err(f"data.{k} is null: omit optional fields instead")
            if k in SLUG_FIELDS and not (isinstance(v, str) and SLUG.fullmatch(v)):
                err(f"data.{k} '{v}' is not a slug")
            if k in DATE_FIELDS and v is not None:
                try:
                    world_date(v)
                except ValueError as x:
                    err(f"data.{k}: {x}")
            if k in ENUMS and v not in ENUMS[k]:
                err(f"data.{k} '{v}' must be one of {sorted(ENUMS[k])}")
            if k == "outcome" and v not in OUTCOME[t]:
                err(f"data.outcome '{v}' must be one of {sorted(OUTCOME[t])}")
            if k == "ratePercent" and (isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1000):
                err("data.ratePercent must be a JSON number between 0 and 1000")
            if k in ("roundNumber", "durationMinutes") and (isinstance(v, bool) or not isinstance(v, int) or v <= 0):
                err(f"data.{k} must be a positive integer")

        def person_ok(p, where):
            if not isinstance(p, dict) or set(p) - {"name", "role", "party"} or not p.get("name") or not p.get("party"):
                err(f"{where} must be {{name, role?, party}}")
            elif parties and p["party"] not in parties:
                err(f"{where}.party {p['party']} is not a party of the negotiation")

        # stream rules
        if n == 1 and t != "NegotiationOpened":
            err("the first event must be NegotiationOpened")
        if t == "NegotiationOpened":
            if n != 1:
                err("NegotiationOpened must come first and only once")
            codes = [p.get("code") for p in d.get("parties", []) if isinstance(p, dict)]
            if len(codes) < 2 or len(set(codes)) != len(codes) or not all(c and PARTY.fullmatch(c) for c in codes):
                err("parties: at least two, distinct upper-case codes")
            parties = set(codes)
            for i, p in enumerate(d.get("leads", [])):
                person_ok(p, f"data.leads[{i}]")
        elif t == "RoundHeld":
            if d["roundId"] in rounds:
                err(f"round {d['roundId']} held twice")
            rounds.add(d["roundId"])
            for i, p in enumerate(d.get("participants", [])):
                person_ok(p, f"data.participants[{i}]")
        elif t == "IssueOpened":
            if d["issueId"] in issues_open or d["issueId"] in issues_closed:
                err(f"issue {d['issueId']} opened twice")
            issues_open.add(d["issueId"])
            if "raisedBy" in d and d["raisedBy"] not in parties:
                err(f"raisedBy {d['raisedBy']} is not a party")
        elif t == "IssueClosed":
            if d["issueId"] in issues_closed:
                err(f"issue {d['issueId']} closed twice")
            elif d["issueId"] not in issues_open:
                err(f"issue {d['issueId']} closed before it was opened")
            issues_open.discard(d["issueId"])
            issues_closed.add(d["issueId"])
        elif t in ("TariffImposed", "TariffThreatened"):
            measures.add(d["measureId"])
            for k in ("imposedBy", "target"):
                if d[k] not in parties:
                    err(f"data.{k} {d[k]} is not a party code")
        elif t == "TariffChanged":
            if d["measureId"] not in measures:
                err(f"measure {d['measureId']} changed before it was threatened or imposed")
        elif t == "DeadlineSet":
            if d["deadlineId"] in deadlines:
                err(f"deadline {d['deadlineId']} set twice")
            deadlines[d["deadlineId"]] = d["dueOn"]
        elif t in ("DeadlineChanged", "DeadlineChangeSignaled"):
            dl = d["deadlineId"]
            if dl not in deadlines:
                err(f"deadline {dl} {t} before DeadlineSet")
            elif dl in cancelled:
                err(f"deadline {dl} was cancelled")
            elif t == "DeadlineChanged":
                if d["previousDueOn"] != deadlines[dl]:
                    err(f"previousDueOn {d['previousDueOn']} is not the current due date {deadlines[dl]}")
                if d.get("cancelled"):
                    if "dueOn" in d:
                        err("dueOn must be absent when cancelled")
                    cancelled.add(dl)
                else:
                    if "dueOn" not in d:
                        err("dueOn is required unless cancelled")
                    elif d["dueOn"] == d["previousDueOn"]:
                        err("dueOn equals previousDueOn")
                    else:
                        deadlines[dl] = d["dueOn"]
        elif t == "StatementMade":
            person_ok(d["speaker"], "data.speaker")
            text = sources.get((src or {}).get("publisher"))
            if text is None:
                err("no copied article in sources/ for this publisher: quote not checked")
            elif d["quote"] not in text:
                err(f"quote not found verbatim in the cited article: {d['quote'][:60]}")
        elif t == "AgreementReached":
            for i in d.get("settlesIssues", []):
                if i not in issues_open:
                    err(f"settlesIssues: {i} is not an open issue")
    return errors, counts


def main(argv):
    files = [Path(a) for a in argv] or sorted(HERE.glob("*.ndjson"))
    failed = False
    for f in files:
        errors, counts = check_file(f)
        for e in errors:
            print(e)
        failed |= bool(errors)
        total = sum(counts.values())
        print(f"{f.name}: {total} events, {len(errors)} problems; " +
              ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
