"""Print the built-in examples: the conference's summary, the programme's report, the JSON.

Run ``python -m ipprogram.examples``.
"""

from ipprogram import render, to_json
from ipprogram.examples import langson_2020, langson_programme
from ipprogram.render import outcome_report


def main() -> None:
    """Print the 02/12/2020 Lạng Sơn conference as text, its programme's report, its JSON."""
    event = langson_2020()
    print(render(event))  # noqa: T201
    print()  # noqa: T201
    print(outcome_report(langson_programme(), events=[event]))  # noqa: T201
    print(to_json(event, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
