#!/usr/bin/env python3
"""Fails when a file of core/src/ is over 600 lines, or a class or function in it is over 300.

A definition is what a brace opened at namespace level holds: a function body, or a class,
struct or enum with everything inside it. A class also counts the lines of its member functions
defined outside it in the same file (`Loader::run`), so that moving bodies out does not hide its
size. Namespace braces do not count. Comments, strings and
character literals are blanked first, so braces inside them are not counted.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "core" / "src"
MAX_FILE_LINES = 600
MAX_DEFINITION_LINES = 300

BLANKABLE = re.compile(
    r'//[^\n]*|/\*.*?\*/|R"([^(\s]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def blank(text):
    """Replaces comments and literals by spaces, keeping every newline (so line numbers hold)."""
    return BLANKABLE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def definitions(text):
    """Yields (first line, last line, heading) of each namespace-level braced definition."""
    code = blank(text)
    stack = []  # one entry per open brace: True when it opened a namespace
    start = None
    line = 1
    last_stop = 0
    for i, ch in enumerate(code):
        if ch == "\n":
            line += 1
        elif ch == "{":
            heading = code[last_stop:i]
            is_namespace = re.search(r"\bnamespace\b[\w:\s]*$", heading) is not None or \
                re.search(r'\bextern\s*$', heading) is not None
            outer = all(stack)
            stack.append(is_namespace and outer)
            if outer and not is_namespace:
                start = (line, " ".join(heading.split())[-80:])
            last_stop = i + 1
        elif ch == "}":
            if stack:
                was_namespace = stack.pop()
                if not was_namespace and all(stack) and start:
                    yield start[0], line, start[1]
                    start = None
            last_stop = i + 1
        elif ch == ";":
            last_stop = i + 1


def main():
    problems = []
    files = sorted(p for p in SRC.rglob("*") if p.suffix in (".cpp", ".h"))
    longest = (0, "")
    for path in files:
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        lines = text.count("\n")
        if lines > MAX_FILE_LINES:
            problems.append(f"{rel} has {lines} lines (at most {MAX_FILE_LINES})")
        found = list(definitions(text))
        classes = {}  # class name -> [first line, total lines]
        for first, last, heading in found:
            m = re.match(r"(?:template\s*<.*>\s*)?(?:class|struct)\s+(\w+)", heading)
            if m:
                classes[m.group(1)] = [first, last - first + 1]
        for first, last, heading in found:
            m = re.search(r"\b(\w+)::~?\w+\s*\(", heading)
            if m and m.group(1) in classes:
                classes[m.group(1)][1] += last - first + 1
        sized = [(first, last - first + 1, heading) for first, last, heading in found]
        sized += [(first, total, f"class {name} with its member functions")
                  for name, (first, total) in classes.items()]
        for first, length, heading in sized:
            if length > longest[0]:
                longest = (length, f"{rel}:{first}")
            if length > MAX_DEFINITION_LINES:
                problems.append(f"{rel}:{first}: a definition of {length} lines "
                                f"(at most {MAX_DEFINITION_LINES}): {heading}")
    for p in problems:
        print(f"check-sizes: {p}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"check-sizes: {len(files)} files of core/src/ within {MAX_FILE_LINES} lines; the longest "
          f"class or function has {longest[0]} lines ({longest[1]})")


if __name__ == "__main__":
    main()
