#!/usr/bin/env python3
"""Writes a synthetic HSDS tabular data package (zip) for the catalogue import benchmark.

Shaped like the search benchmark's data: N services (default 100,000) from N/10 organisations in
300 municipalities, each service at its own location with an address, a phone, opening hours,
two languages, a service area, a theme attribute, translations of name and description into the
three other interface languages, and an eligibility row. Ids are deterministic (uuid5), so a
second run writes the same package: importing it twice must update, not duplicate.

usage: catalogue-datapackage.py OUT.zip [SERVICES]
"""
import csv
import io
import random
import sys
import uuid
import zipfile

out = sys.argv[1]
services = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
organizations = max(1, services // 10)
municipalities = 300
random.seed(2026)
NS = uuid.UUID("6f1d3c52-8a4e-4b7a-9c1e-2d5f7a9b0c31")
THEMES = [f"e7a1c2d4-0000-4000-8000-0000000000{n:02d}" for n in range(1, 13)]
LANGS = ["en", "el", "bg", "sk"]
COUNTRIES = ["SK", "GR", "BG", "GB", "TR"]
WORDS = ("housing health counselling language course employment legal advice social assistance interpretation "
         "women children emergency culture community school benefits registration shelter food clinic").split()


def uid(kind, n):
    return str(uuid.uuid5(NS, f"{kind}-{n}"))


def text(n, words):
    r = random.Random(n)
    return " ".join(r.choice(WORDS) for _ in range(words)).capitalize()


def table(zf, name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    zf.writestr(name, buf.getvalue())


with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
    table(zf, "organizations.csv", ["id", "name", "description", "email", "website"],
          ((uid("org", o), f"Organisation {o} " + text(o, 2), text(o + 7, 12), f"info{o}@example.org",
            f"https://org{o}.example.org") for o in range(organizations)))
    table(zf, "services.csv", ["id", "organization_id", "name", "description", "status", "minimum_age",
                               "assured_date", "language"],
          ((uid("svc", s), uid("org", s % organizations), f"Service {s} " + text(s, 3), text(s + 11, 25),
            "active" if s % 17 else "inactive", (s % 3) * 6 or None, "2026-06-01", LANGS[s % 4])
           for s in range(services)))
    table(zf, "locations.csv", ["id", "location_type", "organization_id", "name", "latitude", "longitude"],
          ((uid("loc", s), "physical", uid("org", s % organizations), f"Office {s}",
            f"{40 + (s % 1000) / 100:.6f}", f"{15 + (s % 700) / 100:.6f}") for s in range(services)))
    table(zf, "service_at_locations.csv", ["id", "service_id", "location_id"],
          ((uid("sal", s), uid("svc", s), uid("loc", s)) for s in range(services)))
    table(zf, "addresses.csv", ["id", "location_id", "address_1", "city", "postal_code", "country", "address_type"],
          ((uid("adr", s), uid("loc", s), f"Street {s % 500} {s % 90 + 1}", f"Municipality {s % municipalities}",
            f"{10000 + s % 80000}", COUNTRIES[s % 5], "physical") for s in range(services)))
    table(zf, "phones.csv", ["id", "service_id", "number", "type"],
          ((uid("tel", s), uid("svc", s), f"+421 2 {s:07d}", "voice") for s in range(services)))
    table(zf, "schedules.csv", ["id", "service_at_location_id", "freq", "wkst", "byday", "opens_at", "closes_at"],
          ((uid("sch", s), uid("sal", s), "WEEKLY", "MO", "MO,TU,WE,TH,FR", "09:00", "17:00") for s in range(services)))
    table(zf, "languages.csv", ["id", "service_id", "code"],
          ((uid(f"lng{k}", s), uid("svc", s), code) for s in range(services)
           for k, code in enumerate(sorted({LANGS[s % 4], "en"}))))
    table(zf, "service_areas.csv", ["id", "service_id", "name", "extent_type", "municipality_id"],
          ((uid("area", s), uid("svc", s), f"Municipality {s % municipalities}", "text",
            uid("municipality", s % municipalities)) for s in range(services)))
    table(zf, "attributes.csv", ["id", "link_id", "link_entity", "taxonomy_term_id"],
          ((uid("att", s), uid("svc", s), "service", THEMES[s % len(THEMES)]) for s in range(services)))
    table(zf, "translations.csv", ["id", "entity_type", "entity_id", "field", "language", "text", "reviewed"],
          ((uid(f"tr-{field}-{lang}", s), "service", uid("svc", s), field, lang,
            f"{lang} {text(s + len(field), 3 if field == 'name' else 20)}", "true")
           for s in range(services) for lang in LANGS if lang != LANGS[s % 4] for field in ("name", "description")))
    table(zf, "eligibility.csv", ["id", "service_id", "residence_status"],
          ((uid("elig", s), uid("svc", s), ["asylum_seeker", "international_protection", "temporary_protection"][s % 3])
           for s in range(services)))
print(out)
