"""Hand-made extractions for the incident tests: statements reduced to what grouping reads."""

from __future__ import annotations

from clecgraph.model import ORGANISATION, PERSON, PLACE, Event, Extraction, Mention, Span, Statement


def report(
    line: int,
    date: str | None,
    issuer: str,
    kind: str,
    *,
    place: str | None = None,
    when: str | None = None,
    who: tuple[str, ...] = (),
    text: str | None = None,
    place_subtype: str | None = "village",
) -> Extraction:
    """One statement by `issuer` dated `date` reporting one event of type `kind`."""
    body = text or f"{issuer} reports a {kind} of {', '.join(who) or 'people'} in {place or 'the area'}."
    statement = Statement(source="cases.txt", line=line, text=body, date=date, publisher=issuer)
    span = Span("text", 0, len(issuer))
    trigger_at = body.find(kind.rstrip("e")) if kind.rstrip("e") in body else 0
    mentions = [Mention(ORGANISATION, issuer, span, "test", issuer)]
    mentions += [Mention(PERSON, name, Span("text", 0, 1), "test", name) for name in who]
    if place:
        mentions.append(Mention(PLACE, place, Span("text", 0, 1), "test", place, place_subtype))
    event = Event(kind, Span("text", trigger_at, trigger_at + len(kind)), "test", place=place, date=when, participants=who)
    return Extraction(statement=statement, date=date, issuers=(issuer,), mentions=tuple(mentions), events=(event,))
