"""What `clecgraph build` prints when it is done: the first warnings and files
left out (on stderr), then one line of counts and the SHACL verdict."""

from __future__ import annotations

from pathlib import Path

import click


def show(result, out: Path) -> None:
    report = result.report
    where = result.files.get("report", out / "report.json")
    for warning in report["warnings"][:10]:
        click.echo(f"warning: {warning['source']}:{warning['line']}: {warning['message']}", err=True)
    if len(report["warnings"]) > 10:
        click.echo(f"... and {len(report['warnings']) - 10} more warnings in {where}", err=True)
    left_out = report.get("files_left_out", [])
    for entry in left_out[:10]:
        click.echo(f"left out: {entry['file']}: not read ({entry['reason']})", err=True)
    if len(left_out) > 10:
        click.echo(f"... and {len(left_out) - 10} more files left out, listed in {where}", err=True)
    _curation(report.get("curation"))
    entities = ", ".join(f"{n} {k}{'' if n == 1 else 's'}" for k, n in report["entities"].items())
    click.echo(
        f"{report['statements_read']} statements read, {report['statements_written']} written"
        f" ({report['records_skipped']} skipped){_left_out(left_out)}; {entities}; {_size(report)};"
        f" {_verdict(report['validation'])} -> {report.get('store') or str(out) + '/'}"
    )
    validation = getattr(result, "validation", None)
    if validation is not None and not validation.conforms:
        click.echo(validation.report(limit=3).rstrip(), err=True)


def _curation(section: dict | None) -> None:
    """The corrections applied, and each one that names nothing in the archive (never silently ignored)."""
    if not section:
        return
    applied = sum(section["applied"].values())
    click.echo(f"curation: {applied} of {section['corrections']} corrections applied ({', '.join(section['files'])})")
    for entry in section["not_applied"]:
        click.echo(
            f"curation: {entry['source']}:{entry['line']}: {entry['action']} {entry['name']!r} not applied: {entry['message']}", err=True
        )


def _left_out(entries: list) -> str:
    return f"; {len(entries)} file{'' if len(entries) == 1 else 's'} left out (not read)" if entries else ""


def _size(report: dict) -> str:
    # Large store builds count quads only (counting distinct triples would hold them all in memory).
    return f"{report['triples']} triples" if report.get("triples") is not None else f"{report['quads']} quads"


def _verdict(validation: dict) -> str:
    if validation.get("conforms") is None:
        return "not validated"
    if validation["conforms"]:
        return "valid (SHACL)"
    return f"INVALID: {validation['violations']} SHACL violations (clecgraph validate)"
