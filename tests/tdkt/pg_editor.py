"""A second copy of the application for the shared-database tests: it reads commands from
standard input and answers on standard output, one line each.

    load ID              -> "loaded VERSION NAME"
    save ID NAME VERSION -> "saved VERSION" or "refused MESSAGE" (through PeopleService.update)
    hold ID NAME         -> "held": changes the person in an open transaction (row locked)
    commit               -> "committed": ends that transaction
"""

from __future__ import annotations

import sys

from tdkt.app import build_services
from tdkt.clock import Clock
from tdkt.errors import TdktError
from tdkt.people.records import PersonRecord
from tdkt.people.types import PersonDraft
from tdkt.storage.engine import make_engine


def main(url: str, actor: str) -> None:
    services = build_services(make_engine(url), Clock(), actor=lambda: actor)
    held = None
    for line in sys.stdin:
        command, *args = line.split()
        if command == "load":
            person = services.people.get(int(args[0]))
            answer = f"loaded {person.version} {person.full_name}"
        elif command == "save":
            person = services.people.get(int(args[0]))
            draft = PersonDraft(
                person.code, args[1].replace("_", " "), person.gender, person.unit_id
            )
            try:
                saved = services.people.update(person.id, draft, version=int(args[2]))
                answer = f"saved {saved.version}"
            except TdktError as error:
                answer = f"refused {error.message}"
        elif command == "hold":
            held = services.sessions()
            held.info["actor"] = actor
            held.begin()
            record = held.get(PersonRecord, int(args[0]))
            assert record is not None
            record.full_name = args[1].replace("_", " ")
            held.flush()
            answer = "held"
        elif command == "commit":
            assert held is not None
            held.commit()
            held.close()
            answer = "committed"
        else:
            answer = f"unknown {command}"
        print(answer, flush=True)
    services.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
