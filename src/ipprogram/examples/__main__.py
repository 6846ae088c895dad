"""Print the built-in example: its Vietnamese summary, then its JSON.

Run ``python -m ipprogram.examples``.
"""

from ipprogram import render, to_json
from ipprogram.examples import langson_2020


def main() -> None:
    """Print the 02/12/2020 Lạng Sơn conference as Vietnamese text and as JSON."""
    event = langson_2020()
    print(render(event))  # noqa: T201
    print()  # noqa: T201
    print(to_json(event, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
