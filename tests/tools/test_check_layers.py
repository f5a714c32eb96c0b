#!/usr/bin/env python3
"""tools/check_layers.py on what a real compiler reads (the layers_scan test): each way of
writing an include that runs up (issue #42 item 5) is caught, and what the floor plan allows
passes. Run: python3 tests/tools/test_check_layers.py"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

TOOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools', 'check_layers.py')
sys.path.insert(0, os.path.dirname(TOOL))
import check_layers  # noqa: E402

COMPILER = shutil.which('g++') or shutil.which('clang++')


@unittest.skipUnless(COMPILER, 'needs a C++ compiler')
class WhatTheCompilerRead(unittest.TestCase):
    def setUp(self):
        self.source = os.path.realpath(tempfile.mkdtemp())
        self.build = os.path.join(self.source, 'build')
        os.makedirs(self.build)
        for header in ('models/records/hold.h', 'models/cache/sqlite.h', 'models/search/engine.h', 'ui/window.h',
                       'app/cli/commands.h'):
            self.write(header, '#pragma once\n')
        # An include root as models/CMakeLists.txt makes one: build/include/records/records -> models/records.
        os.makedirs(os.path.join(self.build, 'include', 'records'))
        os.symlink(os.path.join(self.source, 'models', 'records'), os.path.join(self.build, 'include', 'records', 'records'))

    def tearDown(self):
        shutil.rmtree(self.source)

    def write(self, path, text):
        full = os.path.join(self.source, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(text)

    def problems(self, path, text, include_dirs=('models',)):
        """Compiles `text` as `path` (an object of the build, as ninja names it) and checks its deps."""
        self.write(path, text)
        flags = [f'-I{os.path.join(self.source, d)}' for d in include_dirs]
        flags.append(f'-I{os.path.join(self.build, "include", "records")}')
        out = subprocess.run([COMPILER, '-std=c++17', '-MM', *flags, os.path.join(self.source, path)],
                             check=True, capture_output=True, text=True, cwd=self.build).stdout
        deps = out.replace('\\\n', ' ').split(':', 1)[1].split()
        folder, name = os.path.split(path)
        obj = f'{folder}/CMakeFiles/x.dir/{name}.o'
        problems, checked = check_layers.check({obj: deps}, self.source, self.build)
        self.assertEqual(checked, 1)
        return problems

    def test_each_form_of_an_include_that_runs_up_is_caught(self):
        forms = {
            'quotes': '#include "records/hold.h"\n',
            'angle brackets': '#include <records/hold.h>\n',
            'leading spaces': '   #include "records/hold.h"\n',
            'spaces after #': '#  include "records/hold.h"\n',
            'a double space': '#include  "records/hold.h"\n',
            'a relative path': '#include "../records/hold.h"\n',
            'a macro': '#define HOLD "records/hold.h"\n#include HOLD\n',
            'the include root': '#include "records/hold.h"\n',
        }
        for form, text in forms.items():
            with self.subTest(form=form):
                problems = self.problems('models/search/x.cpp', text)
                self.assertEqual(len(problems), 1, problems)
                self.assertIn('models/records/hold.h', problems[0])

    def test_a_layer_below_and_its_own_folder_pass(self):
        self.assertEqual(self.problems('models/search/x.cpp', '#include "cache/sqlite.h"\n#include "engine.h"\n'), [])

    def test_models_never_read_ui_or_app(self):
        for header in ('../../ui/window.h', '../../app/cli/commands.h'):
            with self.subTest(header=header):
                self.assertEqual(len(self.problems('models/cache/x.cpp', f'#include "{header}"\n')), 1)

    def test_ui_never_reads_app_and_the_cli_never_reads_ui(self):
        self.assertEqual(len(self.problems('ui/x.cpp', '#include "../app/cli/commands.h"\n')), 1)
        self.assertEqual(len(self.problems('app/cli/x.cpp', '#include "../../ui/window.h"\n')), 1)
        self.assertEqual(self.problems('ui/y.cpp', '#include "records/hold.h"\n'), [])

    def test_a_widget_header_in_models_is_caught(self):
        widgets = os.path.join(self.source, 'qt', 'QtWidgets')
        os.makedirs(widgets)
        with open(os.path.join(widgets, 'QWidget'), 'w') as f:
            f.write('#pragma once\n')
        problems = self.problems('models/cache/x.cpp', '#include <QtWidgets/QWidget>\n', include_dirs=('models', 'qt'))
        self.assertEqual(len(problems), 1)
        self.assertIn('widget', problems[0])


if __name__ == '__main__':
    unittest.main()
