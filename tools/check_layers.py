#!/usr/bin/env python3
"""The floor plan (docs/floor-plan.md) checked from what the compiler read.

    python3 tools/check_layers.py --source CHECKOUT --build BUILD_DIR

Reads the headers every object of the build included, as the compiler recorded them
(`ninja -t deps`: the dependency files gcc and clang write with -MD), resolves each to its real
path, and fails naming each object that read a header it may not:

- a file of a `models/` layer may read its own folder and the layers below it (LEVELS), and
  sideways only in the directions SIDEWAYS names; never `ui/` or `app/`, and never a widget
  header (QtWidgets, QtCharts, QtPdfWidgets);
- `ui/` never reads `app/`;
- the command line (`app/cli`) and the helper processes read no widget header and nothing of
  `ui/`.

Because the compiler says which file it opened, every way of writing an include is the same:
`#include <records/…>`, `#  include`, `"../records/…"`, a macro. The include roots make most of
these fail to compile already (each layer's headers are found only by a target that links the
layer: models/CMakeLists.txt); this check also catches what a relative path reaches.

It refuses to pass on a build it could not read: no ninja, no deps, or too few sources read.
"""
import argparse
import os
import subprocess
import sys

LEVELS = [
    ('util', 'domain'),
    ('cache', 'audit', 'demo', 'render'),
    ('search', 'sync'),
    ('records',),
    ('team', 'datafolder'),
    ('services',),
    ('compliance', 'itemmodels'),
]
LEVEL = {layer: i for i, group in enumerate(LEVELS) for layer in group}
# Within one level a folder may use another in one direction only.
SIDEWAYS = {('audit', 'cache'), ('sync', 'search')}
WIDGET_HEADERS = ('/QtWidgets/', '/QtCharts/', '/QtPdfWidgets/', '/QtOpenGLWidgets/')


def owner_of_object(obj):
    """What an object file belongs to: a models layer, 'ui', 'app/<program>', or None (tests, tools)."""
    parts = obj.split('/')
    if parts[0] == 'models' and len(parts) > 2:
        return parts[1]
    if parts[0] == 'ui':
        return 'ui'
    if parts[0] == 'app' and len(parts) > 2:
        return 'app/' + parts[1]
    return None


def owner_of_header(real, source):
    """The part of the checkout a header belongs to ('cache', 'ui', 'app'), or None."""
    rel = os.path.relpath(real, source)
    if rel.startswith('..'):
        return None
    parts = rel.split(os.sep)
    if parts[0] == 'models' and len(parts) > 2:
        return parts[1]
    if parts[0] in ('ui', 'app'):
        return parts[0]
    return None


def problem(owner, header_owner, real):
    """Why `owner` may not read this header, or None."""
    widget = any(w in real for w in WIDGET_HEADERS)
    if owner in LEVEL:
        if widget:
            return 'models/ never includes a widget header'
        if header_owner in ('ui', 'app'):
            return f'models/{owner} reads {header_owner}/, which sits above all of models/'
        if header_owner in LEVEL and header_owner != owner:
            if LEVEL[header_owner] < LEVEL[owner] or (owner, header_owner) in SIDEWAYS:
                return None
            return (f'models/{header_owner} is level {LEVEL[header_owner]}, '
                    f'models/{owner} level {LEVEL[owner]}: a layer reads only those below it')
        if header_owner is not None and header_owner not in LEVEL and header_owner not in ('ui', 'app'):
            return f'models/{header_owner} has no level in tools/check_layers.py'
        return None
    if owner == 'ui' and header_owner == 'app':
        return 'ui/ reads app/, which sits above it'
    if owner is not None and owner.startswith('app/') and owner != 'app/desktop':
        if widget:
            return f'{owner} is a program without widgets'
        if header_owner == 'ui':
            return f'{owner} is a program without widgets: it never reads ui/'
    return None


def parse_deps(text):
    """{object: [dependency paths]} from `ninja -t deps` output."""
    deps, current = {}, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(' '):
            current = line.split(':', 1)[0]
            deps[current] = []
        elif current is not None:
            deps[current].append(line.strip())
    return deps


def check(deps, source, build):
    """The includes that break the floor plan, and how many sources of models/, ui/ and app/ were read.

    Sources, not objects, are counted: a unity build (the presets) compiles up to eight sources as
    one object, and its dependency record names each of them."""
    problems, sources = [], set()
    for obj, headers in sorted(deps.items()):
        owner = owner_of_object(obj)
        if owner is None:
            continue
        for dep in headers:
            real = os.path.realpath(dep if os.path.isabs(dep) else os.path.join(build, dep))
            header_owner = owner_of_header(real, source)
            if real.endswith('.cpp') and header_owner is not None:
                sources.add(real)
            why = problem(owner, header_owner, real)
            if why:
                problems.append(f'{obj}: {os.path.relpath(real, source) if real.startswith(source) else real}: {why}')
    return problems, len(sources)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--source', required=True)
    parser.add_argument('--build', required=True)
    parser.add_argument('--minimum', type=int, default=200, help='sources that must have been read')
    args = parser.parse_args()
    source, build = os.path.realpath(args.source), os.path.realpath(args.build)
    try:
        text = subprocess.run(['ninja', '-C', build, '-t', 'deps'], check=True, capture_output=True,
                              text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        print(f'the build in {build} could not be read with ninja -t deps ({e}): the floor plan is not checked',
              file=sys.stderr)
        return 2
    problems, checked = check(parse_deps(text), source, build)
    if checked < args.minimum:
        print(f'only {checked} sources of models/, ui/ and app/ have recorded includes in {build} '
              f'(at least {args.minimum} expected): build first; the floor plan is not checked', file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} includes break the floor plan (docs/floor-plan.md)', file=sys.stderr)
        return 1
    print(f'{checked} sources of models/, ui/ and app/ keep the floor plan')
    return 0


if __name__ == '__main__':
    sys.exit(main())
