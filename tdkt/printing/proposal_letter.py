"""The proposal letter (tờ trình đề nghị khen thưởng), one per type of award: the NĐ 30
header, "TỜ TRÌNH / Về việc đề nghị ...", Kính gửi, the grounds (Căn cứ ...), what is
proposed with its counts (... tập thể và ... cá nhân), Nơi nhận and the signature (KT. GIÁM
ĐỐC / PHÓ GIÁM ĐỐC when a deputy signs). legal.md §2.3."""

from __future__ import annotations

from collections.abc import Sequence

from tdkt.nominations.paper_types import LetterPaper, Signatory
from tdkt.nominations.phrases import who
from tdkt.printing.blocks import Signer
from tdkt.printing.flow import Block, Closing, Heading, Paper, Para, to_docx, to_pdf
from tdkt.text import count_words


def signer(signatory: Signatory) -> Signer:
    return Signer(signatory.title, signatory.name, signatory.authority)


def grounds(lines: Sequence[str]) -> list[Block]:
    """ "Căn cứ ...;" each, the last one closed with a full stop."""
    return [
        Para(f"Căn cứ {text}{'.' if index == len(lines) - 1 else ';'}")
        for index, text in enumerate(lines)
    ]


def _blocks(letter: LetterPaper) -> list[Block]:
    body: list[Block] = [Para(f"Kính gửi: {letter.recipient}.", "plain_center")]
    body += grounds(letter.grounds)
    body.append(
        Para(
            f"{letter.sender} kính trình {letter.recipient} {letter.request} cho "
            f"{who(letter.units, letter.people)} đã có thành tích {letter.occasion} (có danh "
            "sách và báo cáo thành tích kèm theo), cụ thể:"
        )
    )
    if letter.units:
        body.append(Para(f"- Tập thể: {count_words(letter.units)} tập thể;", "body"))
    if letter.people:
        body.append(Para(f"- Cá nhân: {count_words(letter.people)} cá nhân.", "body"))
    body.append(Para(letter.closing))
    body.append(Closing(signer(letter.signer), letter.recipients))
    return body


def paper(letters: Sequence[LetterPaper]) -> Paper:
    parts = tuple(
        (
            Heading(letter.agency, letter.number, letter.place_date, "TỜ TRÌNH", (letter.subject,)),
            tuple(_blocks(letter)),
        )
        for letter in letters
    )
    return Paper(parts, title=letters[0].title if len(letters) == 1 else "Tờ trình")


def render_pdf(letters: Sequence[LetterPaper]) -> bytes:
    return to_pdf(paper(letters))


def render_docx(letters: Sequence[LetterPaper]) -> bytes:
    return to_docx(paper(letters))
