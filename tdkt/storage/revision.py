"""Developer tool: autogenerate a migration by comparing the records with a database at head.

python -m tdkt.storage.revision "add movements"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config, upgrade_to_head


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = "sqlite:///" + str(Path(folder) / "head.db")
        engine = make_engine(url)
        config = alembic_config()
        if ScriptDirectory.from_config(config).get_current_head() is not None:
            upgrade_to_head(engine, backup=lambda path: path)
        config.set_main_option(
            "file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s"
        )
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
