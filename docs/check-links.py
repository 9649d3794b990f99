#!/usr/bin/env python3
"""Checks every relative link and #anchor in README.md, docs/*.md and adr/*.md.

Anchors are computed as GitHub does: the heading's text, lower case, without punctuation other than '-' and '_',
spaces turned into '-', and '-1', '-2' ... appended to repeated ones. Prints each broken link and exits 1 if any.
Usage: python3 docs/check-links.py   (from anywhere; paths are relative to the repository)
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
HTML_ANCHOR = re.compile(r"<a\s+[^>]*(?:name|id)=\"([^\"]+)\"", re.IGNORECASE)
CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def prose_lines(text):
    """The lines outside fenced code blocks, with their numbers."""
    in_fence = False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line


def slug(heading):
    text = CODE_SPAN.sub(lambda m: m.group(2), heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)   # a link in a heading: its text
    text = re.sub(r"<[^>]+>", "", text)                      # inline HTML
    text = text.lower()
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in "-_ " or category[0] in "LN" or category in ("Mn", "Mc", "Pc"):
            kept.append(char)
    return "".join(kept).replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, seen = set(), {}
        text = path.read_text(encoding="utf-8")
        for _, line in prose_lines(text):
            match = HEADING.match(line)
            if match:
                base = slug(match.group(2))
                count = seen.get(base, 0)
                seen[base] = count + 1
                found.add(base if count == 0 else f"{base}-{count}")
            found.update(HTML_ANCHOR.findall(line))
        cache[path] = found
    return cache[path]


def links(text):
    for number, line in prose_lines(text):
        without_code = CODE_SPAN.sub("", line)
        for match in INLINE_LINK.finditer(without_code):
            yield number, match.group(1)
        definition = REFERENCE_DEFINITION.match(without_code)
        if definition:
            yield number, definition.group(1)


def is_external(target):
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) is not None or target.startswith("//")


def broken_links(source):
    for number, target in links(source.read_text(encoding="utf-8")):
        if not target or is_external(target):
            continue
        path_part, _, anchor = target.partition("#")
        path_part = path_part.split("?", 1)[0]
        resolved = (source.parent / path_part).resolve() if path_part else source
        where = f"{source.relative_to(ROOT)}:{number}: {target}"
        if not resolved.exists():
            yield f"{where}  (no such file)"
        elif anchor and resolved.is_file() and resolved.suffix == ".md" and anchor not in anchors(resolved):
            yield f"{where}  (no such anchor in {resolved.relative_to(ROOT)})"


def main():
    sources = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "adr").glob("*.md"))]
    sources = [source for source in sources if source.exists()]
    broken = [problem for source in sources for problem in broken_links(source)]
    for problem in broken:
        print(problem)
    print(f"{len(sources)} files checked, {len(broken)} broken link(s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
