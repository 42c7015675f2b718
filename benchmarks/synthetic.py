"""A deterministic synthetic corpus of NGO press statements, for benchmarks.

Every statement comes from its own `random.Random(f"{seed}:{index}")`, so the
first 1,000 statements of a 10,000-statement corpus are the 1,000-statement
corpus, and a corpus can be split into parts that add up to the whole (which
the incremental-build benchmarks need). No network, no outside data.

    python benchmarks/synthetic.py 10000 --out /tmp/syn.txt
    python benchmarks/synthetic.py 10000 --out /tmp/syn.jsonl      # JSON Lines by suffix

Each statement is a dict with date, publisher, title (or None), text, url and
id; the listing writer lays them out the way clecgraph/sources/listing.py reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

# (full name, acronym): real-world-shaped names so resolution sees acronyms and full names.
ORGANISATIONS = [
    ("Community Legal Education Center", "CLEC"),
    ("Cambodian League for the Promotion and Defense of Human Rights", "LICADHO"),
    ("Cambodian Center for Human Rights", "CCHR"),
    ("Cambodian Human Rights and Development Association", "ADHOC"),
    ("Housing Rights Task Force", "HRTF"),
    ("Coalition of Cambodian Apparel Workers Democratic Union", "CCAWDU"),
    ("Cambodian Independent Teachers Association", "CITA"),
    ("Cambodian Youth Network", "CYN"),
    ("Cambodian Food and Service Workers Federation", "CFSWF"),
    ("Independent Democracy of Informal Economy Association", "IDEA"),
    ("Committee for Free and Fair Elections in Cambodia", "COMFREL"),
    ("Neutral and Impartial Committee for Free and Fair Elections in Cambodia", "NICFEC"),
    ("Cambodian Labour Confederation", "CLC"),
    ("Cambodia Indigenous Peoples Organization", "CIPO"),
    ("NGO Forum on Cambodia", "NGOF"),
    ("Asian Forum for Human Rights and Development", "FORUM-ASIA"),
    ("International Federation for Human Rights", "FIDH"),
    ("Clean Clothes Campaign", "CCC"),
    ("Solidarity Center", "ACILS"),
    ("Women's Network for Unity", "WNU"),
    ("Khmer Kampuchea Krom Human Rights Association", "KKKHRA"),
    ("Cambodian Committee for Women", "CAMBOW"),
    ("Legal Aid of Cambodia", "LAC"),
    ("Cambodian Defenders Project", "CDP"),
]
# Organisations that appear in the text but never sign.
OTHERS = [
    "Phnom Penh Municipal Court",
    "Supreme Court",
    "Appeal Court",
    "Ministry of Interior",
    "Ministry of Labour and Vocational Training",
    "National Election Committee",
    "Beehive Radio",
    "Better Factories Cambodia",
    "International Labour Organization",
    "Pheapimex",
    "Shukaku Inc",
    "Kampong Speu Sugar Company",
    "Phatthana Recruitment Agency",
    "Asian Development Bank",
]
SURNAMES = [
    "Sok",
    "Chan",
    "Keo",
    "Mam",
    "Yeng",
    "Tep",
    "Chea",
    "Heng",
    "Kem",
    "Ouk",
    "Prak",
    "Sam",
    "Seng",
    "Touch",
    "Ly",
    "Long",
    "Meas",
    "Nuon",
    "Pen",
    "Thach",
    "Yorm",
    "Born",
    "Srey",
    "Im",
    "Khiev",
    "Vorn",
]
GIVEN = [
    "Vanny",
    "Sophal",
    "Sreymom",
    "Virak",
    "Soveth",
    "Sonando",
    "Dara",
    "Bopha",
    "Chhay",
    "Kosal",
    "Rith",
    "Sokha",
    "Sothea",
    "Vuthy",
    "Pisey",
    "Channa",
    "Sopheap",
    "Naly",
    "Kimsan",
    "Ratha",
    "Sambath",
    "Leakhena",
    "Visal",
    "Mony",
    "Sovann",
    "Thida",
    "Bunthoeun",
    "Malis",
    "Sakhorn",
    "Rady",
]
TITLES = ["Mr.", "Ms.", "Mrs.", "Dr.", "Lok Yeay", ""]
ROLES = [
    "Executive Director",
    "President",
    "Land Rights Program Coordinator",
    "monitor",
    "lawyer",
    "Secretary General",
    "Deputy Director",
    "union leader",
    "community representative",
    "spokesperson",
]
PROVINCES = {
    "Phnom Penh": ["Daun Penh", "Chamkar Mon", "Russey Keo", "Dangkor", "Meanchey", "Sen Sok"],
    "Kampong Speu": ["Oral", "Thpong", "Samraong Tong", "Kong Pisei"],
    "Kampong Cham": ["Batheay", "Cheung Prey", "Kampong Siem", "Stueng Trang"],
    "Kampong Chhnang": ["Kampong Tralach", "Rolea Bier", "Tuek Phos"],
    "Koh Kong": ["Sre Ambel", "Botum Sakor", "Kiri Sakor"],
    "Kratie": ["Snuol", "Chhloung", "Sambour"],
    "Preah Vihear": ["Tbeng Meanchey", "Rovieng", "Chey Saen"],
    "Ratanakiri": ["Banlung", "O Chum", "Lumphat", "Ou Ya Dav"],
    "Mondulkiri": ["Pech Chreada", "Keo Seima", "O Reang"],
    "Siem Reap": ["Angkor Thom", "Puok", "Chi Kraeng"],
    "Battambang": ["Sangkae", "Bavel", "Rotonak Mondol"],
    "Svay Rieng": ["Bavet", "Chantrea", "Romeas Haek"],
    "Takeo": ["Bati", "Tram Kak", "Angkor Borei"],
    "Kandal": ["Ang Snuol", "Kien Svay", "Ponhea Leu"],
    "Preah Sihanouk": ["Prey Nob", "Stueng Hav"],
}
VILLAGE_WORDS = ["Boeung", "Prek", "Chrey", "Trapeang", "Kbal", "Ta", "Phum", "Sre", "Andong", "Thmei", "Kraing"]
VILLAGE_ENDS = ["Kak", "Tnaot", "Chrey", "Thom", "Touch", "Russei", "Thmei", "Krasang", "Chas", "Svay", "Lvea"]
COUNTRIES = ["Thailand", "Malaysia", "Indonesia", "Vietnam", "Japan", "South Korea"]

# One or more sentence templates per event type (the 14 of ontology/event-types.ttl).
EVENTS = {
    "arrest": ["{person}, {role} of {org}, was arrested in {place} {when}.", "Police detained {n} villagers from {place} {when}."],
    "charge": [
        "The {court} charged {person} with incitement {when}.",
        "{person} was summoned by the {court} {when} over a land complaint.",
    ],
    "trial": ["The trial of {person} opened at the {court} {when}.", "The {court} sentenced {person} to {n} months in prison {when}."],
    "release": ["{person} was released on bail {when} after weeks in {place} prison.", "The {n} detained activists were freed {when}."],
    "eviction": [
        "More than {n} families were forcibly evicted from {place} {when}.",
        "Authorities demolished homes in {place} {when} to make way for a concession.",
    ],
    "violence": [
        "Security guards beat protesters in {place} {when}, injuring {n}.",
        "Police fired shots to disperse workers in {place} {when}.",
    ],
    "protest": [
        "About {n} garment workers held a demonstration in {place} {when}.",
        "Villagers from {place} marched to deliver a petition {when}.",
    ],
    "meeting": [
        "{org} held a workshop in {place} {when} for {n} community representatives.",
        "Delegates met at a regional forum in {place} {when}.",
    ],
    "publication": [
        "A new report by {org} published {when} documents {n} cases.",
        "{org} published a briefing {when} on conditions in {place}.",
    ],
    "legislation": ["The government passed the draft law on associations {when}.", "A new sub-decree on {place} land was adopted {when}."],
    "trafficking": [
        "{n} women were trafficked from {place} to {country} {when}.",
        "Workers were smuggled into {country} {when} and their passports seized.",
    ],
    "restriction": [
        "Authorities banned a public forum in {place} {when}.",
        "{person} received threats and harassment {when} after speaking to reporters.",
    ],
    "labour": [
        "{n} workers fainted at a factory in {place} {when} amid unsafe conditions.",
        "The factory dismissed {n} union members {when} in a labour dispute.",
    ],
    "election": [
        "Observers reported irregularities in the commune election {when} in {place}.",
        "The National Election Committee announced results of the election {when}.",
    ],
}
TITLES_BY_TYPE = {
    "arrest": "Arrest of {short} must end",
    "charge": "Drop the charges against {short}",
    "trial": "Unfair trial of {short}",
    "release": "Groups welcome release of {short}",
    "eviction": "Stop the evictions in {place}",
    "violence": "Violence against workers in {place}",
    "protest": "Workers protest in {place}",
    "meeting": "Regional forum in {place}",
    "publication": "New report on {place}",
    "legislation": "Concerns over the new law",
    "trafficking": "Trafficking of workers from {place}",
    "restriction": "Freedom of assembly under threat",
    "labour": "Mass fainting in {place} factories",
    "election": "Call for free and fair elections",
}
OPENINGS = [
    "{signers} condemn",
    "{signers} are deeply concerned about",
    "We, {signers}, strongly denounce",
    "{signers} welcome",
    "The undersigned organizations, including {signers}, call attention to",
]
CLOSINGS = [
    "We call on the authorities to respect the rights of all Cambodians.",
    "The undersigned groups urge the government to open an independent investigation.",
    '"This must stop," said {person}, {role} of {org}.',
]


def _person(rng: random.Random) -> tuple[str, str]:
    """(name as first written with its title, the name without title)."""
    name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
    title = rng.choice(TITLES)
    return (f"{title} {name}" if title else name), name


def _place(rng: random.Random) -> str:
    province = rng.choice(sorted(PROVINCES))
    level = rng.random()
    if level < 0.4:
        return province
    district = rng.choice(PROVINCES[province])
    if level < 0.75:
        return f"{district} district, {province} province"
    return f"{rng.choice(VILLAGE_WORDS)} {rng.choice(VILLAGE_ENDS)} village in {district} district"


def _when(rng: random.Random, issued: dt.date) -> str:
    """An explicit or relative date at or before the statement's date."""
    past = issued - dt.timedelta(days=rng.randint(0, 40))
    form = rng.randrange(6)
    if form == 0:
        return f"on {past.day} {past:%B %Y}"
    if form == 1:
        return f"on {past:%B} {past.day}, {past.year}"
    if form == 2:
        return "yesterday"
    if form == 3:
        return f"on {(issued - dt.timedelta(days=rng.randint(1, 6))):%A}"
    if form == 4:
        return f"in {past:%B %Y}"
    return rng.choice(["last week", "earlier this month", "this morning"])


def _org(rng: random.Random, acronym_odds: float = 0.5, organisation: tuple[str, str] | None = None) -> str:
    full, acronym = organisation or rng.choice(ORGANISATIONS)
    return acronym if rng.random() < acronym_odds else f"{full} ({acronym})"


def _affiliation(name: str, issued: dt.date) -> tuple[str, tuple[str, str]]:
    """A person's (role, organisation), the same in every statement as in real archives:
    drawn from the name alone, with one person in four moving to a second post from 2015."""
    own = random.Random(f"affiliation:{name}")
    first = (own.choice(ROLES), own.choice(ORGANISATIONS))
    second = (own.choice(ROLES), own.choice(ORGANISATIONS))
    return second if issued.year >= 2015 and own.random() < 0.25 else first


def statement(index: int, seed: int = 2026) -> dict:
    """The index-th synthetic statement; the same (index, seed) always gives the same dict."""
    rng = random.Random(f"{seed}:{index}")
    issued = dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(19 * 365))
    publisher_full, publisher = rng.choice(ORGANISATIONS)
    cosigners = rng.sample([o for o in ORGANISATIONS if o[1] != publisher], rng.choice([0, 0, 1, 2, 3, 5]))
    signers = [f"{publisher_full} ({publisher})"] + [f"{f} ({a})" if rng.random() < 0.5 else a for f, a in cosigners]
    signed = signers[0] if len(signers) == 1 else ", ".join(signers[:-1]) + " and " + signers[-1]
    types = rng.sample(sorted(EVENTS), rng.choice([1, 1, 2, 2, 3]))
    person, short = _person(rng)
    place = _place(rng)
    sentences = []
    for number, kind in enumerate(types):
        # The first event is about the title's person; later ones sometimes about someone else.
        other, other_short = _person(rng) if number and rng.random() < 0.3 else (person, short)
        template = rng.choice(EVENTS[kind])
        role, organisation = _affiliation(other_short, issued)
        sentences.append(
            template.format(
                person=other,
                role=role,
                org=_org(rng, organisation=organisation if "{role}" in template else None),
                place=place if rng.random() < 0.7 else _place(rng),
                when=_when(rng, issued),
                n=rng.randint(2, 400),
                court=rng.choice(OTHERS[:3]),
                country=rng.choice(COUNTRIES),
            )
        )
    opening = rng.choice(OPENINGS).format(signers=signed) + f" the events reported from {place.split(',')[0]}."
    if rng.random() < 0.25:
        opening = f"Phnom Penh ({issued:%B} {issued.day}, {issued.year}) – " + opening
    paragraphs = [opening + " " + " ".join(sentences)]
    if rng.random() < 0.6:
        role, organisation = _affiliation(short, issued)
        paragraphs.append(rng.choice(CLOSINGS).format(person=short, role=role, org=_org(rng, 0.8, organisation)))
    if rng.random() < 0.3:
        paragraphs.append(f"A spokesperson for the {rng.choice(OTHERS)} did not respond to requests for comment.")
    title = TITLES_BY_TYPE[types[0]].format(short=short, place=place.split(",")[0].split(" in ")[0]) if rng.random() < 0.5 else None
    return {
        "id": f"syn-{seed}-{index:07d}",
        "date": issued.isoformat(),
        "publisher": publisher,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "url": f"https://statements.example.org/{issued.year}/{index:07d}",
    }


def generate(n: int, seed: int = 2026, start: int = 0) -> Iterator[dict]:
    """Statements start .. start+n-1 (so generate(500, start=500) is the second half of 1,000)."""
    for index in range(start, start + n):
        yield statement(index, seed)


def write_listing(path: Path | str, n: int, seed: int = 2026, start: int = 0) -> Path:
    """The listing format: header, blank line, title, blank line, paragraphs; two blank lines between."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for number, item in enumerate(generate(n, seed, start)):
            if number:
                out.write("\n\n")
            out.write(f"{item['date']}   {item['publisher']}\n\n")
            if item["title"]:
                out.write(item["title"] + "\n\n")
            out.write(item["text"] + "\n")
    return path


def write_jsonl(path: Path | str, n: int, seed: int = 2026, start: int = 0) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for item in generate(n, seed, start):
            out.write(json.dumps({k: v for k, v in item.items() if v is not None}, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of statements")
    parser.add_argument("--out", required=True, help="output file: .jsonl for JSON Lines, else the listing format")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--start", type=int, default=0, help="index of the first statement (to write a corpus in parts)")
    parser.add_argument("--format", choices=["listing", "jsonl"], help="override the choice by suffix")
    args = parser.parse_args(argv)
    fmt = args.format or ("jsonl" if args.out.endswith((".jsonl", ".ndjson")) else "listing")
    (write_jsonl if fmt == "jsonl" else write_listing)(args.out, args.n, args.seed, args.start)
    print(f"{args.n} statements -> {args.out} ({fmt})")


if __name__ == "__main__":
    main()
