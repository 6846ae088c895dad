"""A mypy plugin: ipprogram's record classes are attrs classes to mypy's attrs plugin.

Records are made by ``ipprogram.model._base.record``, which calls ``attrs.frozen`` with
``kw_only=True`` and adds the checks on construction. mypy's attrs plugin knows only the
decorators attrs itself defines, so without this plugin it takes records for plain
``dataclass_transform`` classes, and ``attrs.evolve``, ``attrs.fields`` and
``attrs.asdict`` are type errors on them. With it, mypy sees what attrs builds: frozen,
slotted, keyword-only classes with their fields. Pyright needs nothing: it reads the
decorator's ``dataclass_transform`` and attrs' own stubs.

Enable it in the project's mypy configuration::

    [tool.mypy]
    plugins = ["ipprogram.mypy_plugin"]

This module imports mypy; only mypy imports it.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_NAMED, CallExpr, NameExpr
from mypy.plugin import ClassDefContext, Plugin
from mypy.plugins.attrs import attr_class_maker_callback, attr_tag_callback

__all__ = ["RECORD", "RecordPlugin", "plugin"]

#: The full name of the decorator that makes a record class.
RECORD = "ipprogram.model._base.record"


def _as_attrs(ctx: ClassDefContext) -> bool:
    """Hand the class to mypy's attrs plugin as ``@attrs.frozen(kw_only=True)`` makes it."""
    true = NameExpr("True")
    true.fullname = "builtins.True"
    frozen = NameExpr("frozen")  # the attrs plugin reads arguments by attrs' signature
    found = ctx.api.lookup_fully_qualified_or_none("attrs.frozen")
    frozen.node = None if found is None else found.node
    call = CallExpr(frozen, [true], [ARG_NAMED], ["kw_only"])
    return attr_class_maker_callback(
        ClassDefContext(ctx.cls, call, ctx.api),
        auto_attribs_default=None,
        frozen_default=True,
        slots_default=True,
    )


class RecordPlugin(Plugin):
    """Routes the record decorator to mypy's attrs plugin."""

    def get_class_decorator_hook(self, fullname: str) -> Callable[[ClassDefContext], None] | None:
        """Mark a record class as attrs does, on the first pass."""
        return attr_tag_callback if fullname == RECORD else None

    def get_class_decorator_hook_2(self, fullname: str) -> Callable[[ClassDefContext], bool] | None:
        """Build a record class's attrs metadata: fields, ``__init__``, frozenness."""
        return _as_attrs if fullname == RECORD else None


def plugin(version: str) -> type[Plugin]:
    """The entry point mypy calls: the plugin class, for any mypy version.

    >>> plugin("2.4.1").__name__
    'RecordPlugin'
    """
    del version
    return RecordPlugin
