"""One-line command summaries read from source, without importing it.

``openstack --help`` lists every command with its summary; importing every
command module to ask would cost most of a second. A command's summary is
its class's ``_description`` (a string, or ``_("...")``) or the first line
of its docstring, which ``ast`` can read from the module's source file.
"""

import ast
import importlib.util
import os
import sys


def _module_file(module):
    """The source file of ``module``, looked up without importing it."""
    parts = module.split('.')
    for entry in sys.path:
        base = os.path.join(entry or '.', *parts)
        for candidate in (base + '.py', os.path.join(base, '__init__.py')):
            if os.path.isfile(candidate):
                return candidate
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    return spec.origin if spec and spec.origin not in (None, 'built-in') \
        else None


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    # _("...") as OSC and its plugins write translatable descriptions
    if (isinstance(node, ast.Call) and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)):
        return node.args[0].value
    return None


def _class_summary(cls):
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == '_description'
                for t in stmt.targets):
            text = _string(stmt.value)
            if text:
                return text
    return ast.get_docstring(cls) or ''


def _first_line(text):
    line = text.strip().split('\n')[0].strip()
    return line.rstrip('.')


def module_summaries(path):
    """Class name -> summary for every class in the file at ``path``."""
    try:
        with open(path, 'rb') as f:
            tree = ast.parse(f.read(), filename=path)
    except (OSError, SyntaxError, ValueError):
        return {}
    return {
        node.name: _first_line(_class_summary(node))
        for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    }


def summaries(entry_points):
    """Command name -> summary for a mapping of name -> entry point."""
    by_module = {}
    result = {}
    for name, ep in entry_points.items():
        module = ep.module
        if module not in by_module:
            path = _module_file(module)
            by_module[module] = module_summaries(path) if path else {}
        result[name] = by_module[module].get(ep.attr.split('.')[-1], '')
    return result
