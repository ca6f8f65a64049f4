#!/usr/bin/env python3
"""Fails when a file of the core includes a file of a higher pipeline stage.

The stages and their order come from core/stages.cmake (TW_CORE_STAGES), the list CMake builds
from. A public header core/include/trade_widget/X.h belongs to the stage of the folder that holds
X.cpp; a private header belongs to its folder. Each file may include its own stage and the stages
listed before it. docs/architecture.md explains the rule.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "core" / "src"
PUBLIC = ROOT / "core" / "include" / "trade_widget"
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def stage_order():
    cmake = (ROOT / "core" / "stages.cmake").read_text()
    match = re.search(r"set\(TW_CORE_STAGES ([^)]*)\)", cmake)
    if not match:
        sys.exit("check-stages: core/stages.cmake has no set(TW_CORE_STAGES ...)")
    return ["" if s == "." else s for s in match.group(1).split()]


def stage_of_source(path, stages):
    folder = path.parent.relative_to(SRC).as_posix()
    folder = "" if folder == "." else folder
    if folder not in stages:
        raise ValueError(f"{path.relative_to(ROOT)} is in core/src/{folder}/, which is not a stage "
                         "of core/stages.cmake")
    return folder


def main():
    stages = stage_order()
    rank = {s: i for i, s in enumerate(stages)}
    problems = []
    sources = sorted(p for p in SRC.rglob("*") if p.suffix in (".cpp", ".h"))
    owner = {}  # public header name -> stage
    for p in sources:
        try:
            stage = stage_of_source(p, stages)
        except ValueError as e:
            problems.append(str(e))
            continue
        if p.suffix == ".cpp":
            owner[p.stem] = stage
    for header in sorted(PUBLIC.glob("*.h")):
        if header.stem not in owner:
            problems.append(f"core/include/trade_widget/{header.name} has no {header.stem}.cpp "
                            "in a stage folder, so its stage is unknown")

    def stage_of_include(name):
        if name.startswith("trade_widget/"):
            return owner.get(pathlib.Path(name).stem)
        if name.startswith("chart/chart_theme_css.h"):
            return "chart"  # generated from core/src/chart/chart-theme.css
        target = SRC / name
        if target.exists():
            return stage_of_source(target, stages)
        return None

    files = [(p, stage_of_source(p, stages)) for p in sources if p.parent.relative_to(SRC).as_posix()
             in [s or "." for s in stages]]
    files += [(h, owner[h.stem]) for h in sorted(PUBLIC.glob("*.h")) if h.stem in owner]
    checked = 0
    for path, stage in files:
        text = path.read_text(encoding="utf-8")
        if "#include <emscripten" in text:
            problems.append(f"{path.relative_to(ROOT)} includes an Emscripten header")
        for line_no, line in enumerate(text.splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            checked += 1
            target = stage_of_include(m.group(1))
            where = f"{path.relative_to(ROOT)}:{line_no}"
            if target is None:
                problems.append(f'{where}: #include "{m.group(1)}" names no file of the core')
            elif rank[target] > rank[stage]:
                problems.append(f'{where}: stage {stage or "(root)"} includes "{m.group(1)}" of '
                                f'the higher stage {target}')
    for p in problems:
        print(f"check-stages: {p}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"check-stages: {checked} includes in {len(files)} files follow the stage order "
          f"{' < '.join(s or '(root)' for s in stages)}")


if __name__ == "__main__":
    main()
