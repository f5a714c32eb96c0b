#!/usr/bin/env python3
"""Lists the C++ functions longer than a limit (issue #27: 60 lines).

    python3 tools/long_functions.py [--max N] [--allow FILE] DIR_OR_FILE...

Prints `file:line  function  length` for each function over the limit, longest first, and
exits 1 when one is not in the allowlist (exits 0 otherwise). A function's length is counted
from the first line of its signature to its closing brace, both included, blank lines and
comments inside included: what a reader has to scroll through. A constructor's member
initialisers are part of it (a constructor that is one long initialiser list is long too).

The scan needs no compiler (and so no new dependency): it blanks comments, string and
character literals (raw strings too) and preprocessor lines, then matches braces. A brace
opened at namespace or class scope whose declaration has a parameter list and no `=` at the
top level is a function body; braces inside a body (lambdas, local classes) count towards the
body that holds them. A lambda assigned at namespace scope (`const auto f = [](…) {`) is
counted as a function of its own. A data table at namespace scope is not a function and is
not counted. Folders named tests are skipped, since test functions are out of the rule.

The allowlist file has one `path function` per line (as printed, path relative to the
current directory); `#` starts a comment. An entry that matches no long function is reported
as stale, so the list can only shrink.
"""
import argparse
import os
import re
import sys

SOURCE_SUFFIXES = ('.cpp', '.h', '.hpp', '.cc')
SCOPE_KEYWORDS = re.compile(r'\b(class|struct|union|enum|namespace)\b')
# What may stand before a declaration without being part of it: blanks (comments are blanked
# already), access specifiers and upper-case macros such as Q_OBJECT.
MACRO = r'\b[A-Z][A-Z0-9]*_[A-Z0-9_]*\b\s*(?:\((?:[^()]|\([^()]*\))*\))?'
ACCESS = r'\b(?:public|protected|private|signals|Q_SIGNALS|slots|Q_SLOTS)\s*(?:slots\s*)?:(?!:)'
LEADING_NOISE = re.compile(r'(?:\s|' + ACCESS + '|' + MACRO + ')*')
NAME_BEFORE_PARAMS = re.compile(r'((?:[~\w]+\s*(?:<[^<>()]*>)?\s*::\s*)*~?\s*(?:operator\s*[^\s(]+|\w+))\s*$')


# What blank_literals() blanks, tried in this order at each place. A number comes first so
# that the ' of a digit separator (1'000, 0xFF'FF) is not taken for a character literal; a
# directive runs on past lines that end in a backslash.
LITERAL = re.compile(r"""
    (?P<number> \b\d[\w']* )
  | (?P<line_comment> //[^\n]* )
  | (?P<block_comment> /\*.*?(?:\*/|\Z) )
  | (?P<raw_string> (?<![\w])(?:u8|[uUL])?R"(?P<delimiter>[^()\\\s]{0,16})\(.*?(?:\)(?P=delimiter)"|\Z) )
  | (?P<string> "(?:\\.|[^"\\\n])*"? )
  | (?P<character> '(?:\\.|[^'\\\n])*'? )
  | (?P<directive> ^[ \t]*\#(?:\\\n|[^\n])* )
""", re.VERBOSE | re.DOTALL | re.MULTILINE)


def blank_literals(text):
    """Returns text of the same length and line breaks with comments, string and character
    literals and preprocessor directives replaced by spaces, so braces in them do not count."""
    def blank(match):
        if match.lastgroup == 'number':
            return match.group(0)
        return re.sub(r'[^\n]', ' ', match.group(0))
    return LITERAL.sub(blank, text)


def top_level(text):
    """Text with everything nested inside brackets removed (the brackets themselves kept)."""
    depth, out = 0, []
    for c in text:
        if c in '([':
            if depth == 0:
                out.append(c)
            depth += 1
        elif c in ')]':
            depth = max(depth - 1, 0)
            if depth == 0:
                out.append(c)
        elif depth == 0:
            out.append(c)
    return ''.join(out)


def classify(declaration):
    """For the text between the previous `;`, `{` or `}` and a brace at namespace or class scope:
    returns ('function', name), ('initialiser', None) when the brace is a constructor's member
    initialiser, or ('scope', None) for a namespace, class, enum or aggregate initialiser."""
    decl = re.sub(ACCESS, ' ', declaration)
    # Macros that stand without a semicolon (Q_OBJECT, Q_LOGGING_CATEGORY(lc, "x"), …): an
    # upper-case name, with or without arguments, is never a function's name here.
    decl = re.sub(MACRO, ' ', decl)
    decl = re.sub(r'operator\s*(\(\s*\)|\[\s*\]|<=>|<<=|>>=|<<|>>|->\*?|\+\+|--|[-+*/%^&|~!=<>,]=?)',
                  'operator_', decl).strip()
    if decl.count('(') > decl.count(')'):
        return 'initialiser', None  # a brace in a parameter list: `T x = {}`
    flat = top_level(decl)
    lambda_at_scope = re.search(r'(\w+)\s*=\s*\[\]\s*\(\)', flat)
    if lambda_at_scope:
        return 'function', lambda_at_scope.group(1) + ' (lambda)'
    if '(' not in flat or '=' in flat:
        return 'scope', None
    head = flat[:flat.index('(')]
    if SCOPE_KEYWORDS.search(head) and not re.search(r'\)\s*->', flat):
        return 'scope', None
    # A constructor's initialiser list: `) : a(x), b{y}` — a brace straight after a member
    # name (or a template argument list) initialises the member.
    after_params = flat[flat.index(')'):] if ')' in flat else ''
    if re.match(r'\)\s*(noexcept\s*)?:(?!:)', after_params) and re.search(r'[\w>]\s*$', flat) \
            and not re.search(r'\b(const|override|final|noexcept|mutable)\s*$', flat):
        return 'initialiser', None
    # The function's name is what stands right before its parameter list.
    depth, open_at = 0, None
    for k, c in enumerate(decl):
        if c == '(' and depth == 0:
            open_at = k
            break
        if c in '(<':
            depth += 1
        elif c in ')>':
            depth = max(depth - 1, 0)
    name_match = NAME_BEFORE_PARAMS.search(decl[:open_at]) if open_at is not None else None
    name = re.sub(r'\s+', '', name_match.group(1)) if name_match else decl.split('(')[0].split()[-1]
    return 'function', name.replace('operator_', 'operator')


def functions_in(path):
    """Yields (first line, qualified name, length in lines) for each function definition."""
    with open(path, encoding='utf-8', errors='replace') as f:
        text = blank_literals(f.read())
    # Each open brace: ('scope'|'function'|'inner'|'initialiser', name, line, class name or None)
    stack = []
    segment_start = 0
    line, counted_to = 1, 0
    for match in re.finditer(r'[{};]', text):
        i, c = match.start(), match.group(0)
        line += text.count('\n', counted_to, i)
        counted_to = i
        in_function = any(kind == 'function' for kind, *_ in stack)
        in_initialiser = bool(stack) and stack[-1][0] == 'initialiser'
        if c == ';':
            if not in_function and not in_initialiser:
                segment_start = i + 1
            continue
        if c == '{':
            if in_function or in_initialiser:  # a lambda or a braced value inside
                stack.append(('inner' if in_function else 'initialiser', None, line, None))
                continue
            kind, name = classify(text[segment_start:i])
            if kind == 'scope':
                declared = re.search(r'\b(?:class|struct|union)\s+(?:\w+\s+)*?(\w+)\s*(?:final\s*)?(?::[^{]*)?$',
                                     top_level(text[segment_start:i]).strip())
                stack.append(('scope', None, line, declared.group(1) if declared else None))
                segment_start = i + 1
            elif kind == 'initialiser':
                stack.append(('initialiser', None, line, None))
            else:
                owner = [cls for kind_, _, _, cls in stack if kind_ == 'scope' and cls]
                if owner and '::' not in name:
                    name = '::'.join(owner + [name])
                starts_at = segment_start + len(LEADING_NOISE.match(text, segment_start).group(0))
                stack.append(('function', name, line - text.count('\n', starts_at, i), None))
            continue
        # c == '}'
        if not stack:
            continue
        kind, name, opened, _ = stack.pop()
        if kind == 'function':
            yield opened, name, line - opened + 1
        if kind in ('scope', 'function'):
            segment_start = i + 1


def sources(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for directory, subdirs, files in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d != 'tests')
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(directory, name)


def read_allowlist(path):
    allowed = set()
    if not path:
        return allowed
    with open(path, encoding='utf-8') as f:
        for raw in f:
            entry = raw.split('#', 1)[0].split()
            if entry:
                allowed.add((entry[0], entry[1]))
    return allowed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('roots', nargs='+', help='folders or files to scan')
    parser.add_argument('--max', type=int, default=60, help='the longest body allowed (60)')
    parser.add_argument('--allow', help='a file of `path function` lines that may stay long for now')
    args = parser.parse_args()

    allowed = read_allowlist(args.allow)
    found = []
    for path in sources(args.roots):
        for line, name, length in functions_in(path):
            if length > args.max:
                found.append((length, os.path.normpath(path), line, name))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))

    failures = 0
    for length, path, line, name in found:
        note = '  (allowed for now)' if (path, name) in allowed else ''
        failures += not note
        print(f'{path}:{line}  {name}  {length}{note}')
    stale = allowed - {(path, name) for _, path, _, name in found}
    for path, name in sorted(stale):
        print(f'{path}  {name}: in the allowlist but not over {args.max} lines any more; remove it')
    print(f'{len(found)} functions over {args.max} lines, {failures} not allowed'
          + (f', {len(stale)} stale allowlist entries' if stale else ''))
    return 1 if failures or stale else 0


if __name__ == '__main__':
    sys.exit(main())
