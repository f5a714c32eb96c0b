#!/usr/bin/env python3
"""What tools/long_functions.py counts, on small sources written here (the long_functions_scan
test). Run: python3 tests/tools/test_long_functions.py"""
import os
import subprocess
import sys
import tempfile
import unittest

TOOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools', 'long_functions.py')
sys.path.insert(0, os.path.dirname(TOOL))
import long_functions  # noqa: E402


def body(lines):
    return ''.join(f'    x += {i};\n' for i in range(lines))


class Scan(unittest.TestCase):
    def functions(self, source):
        with tempfile.NamedTemporaryFile('w', suffix='.cpp', delete=False) as f:
            f.write(source)
        try:
            return [(name, length) for _, name, length in long_functions.functions_in(f.name)]
        finally:
            os.unlink(f.name)

    def test_counts_from_the_signature_to_the_closing_brace(self):
        self.assertEqual(self.functions('int f(int x)\n{\n' + body(3) + '    return x;\n}\n'), [('f', 7)])

    def test_names_members_and_constructors_with_their_class(self):
        source = ('struct S\n{\n    S() : a{1}, b(2) {}\n    int g() const { return a; }\n    int a, b;\n};\n'
                  'S::~S()\n{\n}\n')
        self.assertEqual(self.functions(source), [('S::S', 1), ('S::g', 1), ('S::~S', 3)])

    def test_counts_a_constructors_initialisers(self):
        source = 'A::A(Database &db)\n    : x(db.prepare("{"))\n    , y{2}\n    , z([] { return 1; }())\n{\n}\n'
        self.assertEqual(self.functions(source), [('A::A', 6)])

    def test_braces_in_literals_comments_and_directives_do_not_count(self):
        source = ('// {\n/* } { */\n#define OPEN {\nint f()\n{\n    const char *s = "}{";\n'
                  '    const char *r = R"x(}})x";\n    char c = \'}\';\n    int n = 1\'000;\n    return 0;\n}\n')
        self.assertEqual(self.functions(source), [('f', 8)])

    def test_a_lambda_counts_towards_the_function_that_holds_it(self):
        source = 'void f()\n{\n    auto g = [] {\n' + body(2) + '    };\n}\n'
        self.assertEqual(self.functions(source), [('f', 7)])

    def test_a_table_is_not_a_function(self):
        source = ('namespace {\nconstexpr Item kItems[] = {\n    {"a", 1},\n    {"b", 2},\n};\n}\n'
                  'enum class E { A, B };\nclass C : public B\n{\n};\n')
        self.assertEqual(self.functions(source), [])

    def test_a_macro_without_semicolon_is_not_part_of_the_next_function(self):
        source = 'Q_LOGGING_CATEGORY(lc, "x")\n\nnamespace n {\nint f()\n{\n    return 0;\n}\n}\n'
        self.assertEqual(self.functions(source), [('f', 4)])


class Verdict(unittest.TestCase):
    def run_tool(self, length, allow=None):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, 'a.cpp'), 'w') as f:
                f.write('int f(int x)\n{\n' + body(length - 4) + '    return x;\n}\n')
            args = [sys.executable, TOOL, '--max', '60']
            if allow is not None:
                with open(os.path.join(folder, 'allow'), 'w') as f:
                    f.write(allow)
                args += ['--allow', 'allow']
            return subprocess.run(args + ['a.cpp'], cwd=folder, capture_output=True, text=True)

    def test_sixty_lines_pass(self):
        self.assertEqual(self.run_tool(60).returncode, 0)

    def test_sixty_one_lines_fail_naming_the_function(self):
        result = self.run_tool(61)
        self.assertEqual(result.returncode, 1)
        self.assertIn('a.cpp:1  f  61', result.stdout)

    def test_an_allowed_function_passes(self):
        self.assertEqual(self.run_tool(61, allow='a.cpp f  # waiting\n').returncode, 0)

    def test_an_allowlist_entry_no_longer_needed_fails(self):
        result = self.run_tool(60, allow='a.cpp f\n')
        self.assertEqual(result.returncode, 1)
        self.assertIn('remove it', result.stdout)


if __name__ == '__main__':
    unittest.main()
