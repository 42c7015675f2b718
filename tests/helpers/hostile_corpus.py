"""A corpus of hostile strings (quotes, markup, line breaks, control characters) written as statements."""

from __future__ import annotations

import csv
import json
from pathlib import Path

NASTY = [
    'He said "stop" and left \\ then \\" and \'quotes\'',
    'Triple """ quotes """ inside and a closing quote"',
    "''' single triple ''' and a lone '",
    "Line one\nLine two\nLine three",
    "carriage\rreturn alone",
    '<script>alert("x")</script> & <b>bold</b> </body> <!-- c --> ]]>',
    "</script><script>alert(1)</script>",
    '@prefix ex: <http://evil.example/> . ex:a ex:b "c" . } GRAPH <x> { <a> <b> <c> }',
    '> . <http://evil.example/s> <http://evil.example/p> "injected" .',
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL ; INSERT DATA { <a> <b> <c> }",
    "null \u0000 byte and \u0001\u0007\u001b[31m escape \u007f del",
    "line\u2028separator para\u2029graph \u0085 NEL \x0c ff \x0b vt \x1c fs",
    "ខ្មែរ ភ្នំពេញ សមាគម អាដហុក ដោះលែង",
    "עברית مرحبا بالعالم \u202etxet desrever\u202c",
    "e\u0301 combining a\u0308\u0323 zalgo o\u0336\u0337\u0338",
    "emoji 👩🏽‍⚖️ 🇰🇭 \U0001f600 astral \U00010348",
    '\\u0000 \\n \\t \\" literal backslash escapes \\U0001F600 \\',
    "replacement \ufffd and BOM \ufeff inside",
    '{"@context": {"@vocab": "http://evil.example/"}, "@id": "x", "@graph": []}',
    "\t\t  leading and trailing whitespace  \t",
    'a,b;c\t"d"\n,"""',
]
PREFIX = "LICADHO condemns the arrest in Phnom Penh. "
PUBLISHER = 'LICADHO "<x>" </script>'


def write_hostile_corpus(folder: Path) -> Path:
    """A folder with the hostile strings as JSON Lines and CSV records; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "hostile.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for number, text in enumerate(NASTY):
            record = {
                "date": f"2012-05-{number % 28 + 1:02d}",
                "publisher": PUBLISHER,
                "title": text[:60],
                "text": PREFIX + text,
                "url": 'http://x.example/"><script>',
                "note<>": text,
            }
            handle.write(json.dumps(record, ensure_ascii=number % 2 == 0) + "\n")
    with (folder / "hostile.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "publisher", "text", "extra"])
        for number, text in enumerate(NASTY):
            if "\u0000" not in text:  # a NUL byte makes a file binary: the reader refuses it
                writer.writerow([f"2011-01-{number + 1:02d}", PUBLISHER, PREFIX + "(csv) " + text, text])
    return folder


def expected_texts() -> set[str]:
    texts = {PREFIX + text for text in NASTY}
    texts |= {PREFIX + "(csv) " + text for text in NASTY if "\u0000" not in text}
    return texts
