#!/usr/bin/env python3
"""Fails naming the circle when ui/'s files include each other round a circle.

A class is its header and its .cpp files (mainwindow.h, mainwindow.cpp, mainwindow_actions.cpp
are one node, `mainwindow`); an edge is a quoted #include of another ui/ header, found the way
the compiler finds it (beside the including file, then under ui/). Issue #42: the main window
and its workspaces included each other, so that no workspace could be built without the window.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def node_of(path):
    stem = os.path.splitext(path)[0]
    folder, name = os.path.split(stem)
    return os.path.join(folder, name.split('_')[0])


def graph(ui):
    edges = {}
    for folder, _, files in os.walk(ui):
        for f in files:
            if not f.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(folder, f)
            rel = os.path.relpath(path, ui)
            with open(path, encoding='utf-8') as text:
                includes = INCLUDE.findall(text.read())
            for inc in includes:
                for base in (os.path.dirname(path), ui):
                    target = os.path.normpath(os.path.join(base, inc))
                    if os.path.isfile(target) and target.startswith(ui):
                        a, b = node_of(rel), node_of(os.path.relpath(target, ui))
                        if a != b:
                            edges.setdefault(a, set()).add(b)
                        break
    return edges


def circles(edges):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(sorted(part))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def main():
    ui = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'ui')
    found = circles(graph(ui))
    for part in found:
        print('ui/ include circle: ' + ' -> '.join(part))
    print(f'{0 if found else 1} passed, {len(found)} failed')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
