"""Who said it: speakers, roles and organisations read on the parse, one row per shape.

Issue 15's missed shapes first (each written here in our own words), then the cases kept from the
surface-pattern extractor's suite (tests/statement_cases.py), then one generated text per entry
of the lexicon lists that decide a speaker on their own.
"""

from __future__ import annotations

import pytest

from loaders.documents import document_from_bytes
from loaders.extract.context import DocumentContext
from loaders.extract.statements import extract_statements
from loaders.lexicon.speech import ROLE_NOUNS, TITLES
from tests.statement_cases import PORTED

MFA = "Ministry of Foreign Affairs"


def _ctx(text: str, front: str = 'published: "2016-07"\n') -> DocumentContext:
    return DocumentContext.of(document_from_bytes("case.md", f"---\n{front}---\n{text}".encode()))


def records(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, organization, role, quote) of every statement, whitespace collapsed."""
    return [
        (s.speaker, s.organization, s.role, " ".join(s.quote.split()))
        for s in extract_statements(_ctx(text))
    ]


ISSUE_15 = [
    # A surname after the full introduction: the introduced person, with role and organisation.
    (
        "Vietnam's Ministry of Foreign Affairs rejected the ranking on Monday. The ministry's "
        "spokeswoman Mai Linh Tran said the grade ignored new laws. “We sent every figure to "
        "Washington before the deadline,” Tran added.",
        [
            (
                "Mai Linh Tran",
                MFA,
                "spokeswoman",
                "We sent every figure to Washington before the deadline",
            )
        ],
        "surname-added-after-the-ministrys-spokeswoman-was-introduced",
    ),
    (
        "Foreign Ministry spokeswoman Mai Linh Tran said on Tuesday the grade was unfair.\n\n"
        "“We sent every figure to Washington before the deadline,” Tran added.",
        [
            (
                "Mai Linh Tran",
                MFA,
                "spokeswoman",
                "We sent every figure to Washington before the deadline",
            )
        ],
        "surname-added-a-paragraph-after-the-introduction",
    ),
    # A quote resumed right after '"...," said NAME, ROLE of ORG.' is the same speaker's.
    (
        "“The shelters are full every night,” said Amara Osei, director of programmes at the Hope "
        "Harbour Trust. “We turn families away each week.”",
        [
            (
                "Amara Osei",
                "Hope Harbour Trust",
                "director of programmes",
                "The shelters are full every night. We turn families away each week.",
            )
        ],
        "a-quote-resumed-after-said-name-role-of-org",
    ),
    (
        "“The grade is unfair,” said Mai Linh Tran, spokeswoman of the Ministry of Foreign "
        "Affairs. “We sent every figure to Washington,” Tran added.",
        [
            (
                "Mai Linh Tran",
                MFA,
                "spokeswoman",
                "The grade is unfair. We sent every figure to Washington",
            )
        ],
        "a-resumed-quote-with-the-surname-added",
    ),
    # Relayed from another publication: the speaker is the person, never the paper.
    (
        "“Every raid was planned for weeks,” Colonel Ravi Nand was quoted in the Daily Mirror as "
        "saying.",
        [("Ravi Nand", "", "", "Every raid was planned for weeks")],
        "quoted-in-a-paper-as-saying",
    ),
    (
        "“Every raid was planned for weeks,” Ravi Nand, a police chief, was quoted as saying by "
        "the Daily Mirror.",
        [("Ravi Nand", "", "chief", "Every raid was planned for weeks")],
        "quoted-as-saying-by-a-paper",
    ),
    (
        "“Nobody is above the law,” Tomas Berg, a former prosecutor, wrote in The Washington Post "
        "last month.",
        [("Tomas Berg", "", "former prosecutor", "Nobody is above the law")],
        "wrote-in-a-paper",
    ),
    (
        "“The figures were never checked,” Lena Fisk told Reuters on Monday.",
        [("Lena Fisk", "", "", "The figures were never checked")],
        "told-an-agency-is-no-relay",
    ),
    # Two people are never joined into one speaker.
    (
        "“This partnership will end forced labour,” Secretary of State Maria Lowell, with Foreign "
        "Minister Kiran Pal at her side, said at a press conference.",
        [("Maria Lowell", "", "Secretary of State", "This partnership will end forced labour")],
        "a-person-at-her-side-between-the-quote-and-the-verb",
    ),
    (
        "With Foreign Minister Kiran Pal at her side, Secretary of State Maria Lowell said: “This "
        "partnership will end forced labour.”",
        [("Maria Lowell", "", "Secretary of State", "This partnership will end forced labour.")],
        "a-person-at-her-side-before-the-speaker",
    ),
    (
        "“This partnership will end forced labour,” Kiran Pal and Maria Lowell said in a joint "
        "statement.",
        [],
        "two-people-joined-by-and-are-no-one-speaker",
    ),
    (
        "Sara Holm of the Coast Shelter and Ines Vaz of the Harbour Clinic spoke at the forum. "
        "“The courts are too slow,” she said.",
        [],
        "a-pronoun-after-two-people-named-together",
    ),
    # A role phrase is never kept as part of a name.
    (
        "“We are pleased but not satisfied,” said the Minister of Women's Empowerment Ratna Dewi.",
        [("Ratna Dewi", "", "Minister of Women's Empowerment", "We are pleased but not satisfied")],
        "an-office-whose-portfolio-is-owned",
    ),
    (
        "“We cannot wait another year,” said Deputy Minister for Labour Affairs Nadia Farouk.",
        [("Nadia Farouk", "", "Deputy Minister for Labour Affairs", "We cannot wait another year")],
        "an-office-with-its-portfolio-after-for",
    ),
    (
        "Secretary of State Ravi Chand, who leads the police reform, called the new ranking “quite "
        "good,",
        [("Ravi Chand", "", "Secretary of State", "quite good")],
        "secretary-of-state-read-as-one-name-with-the-person",
    ),
    (
        "“The law will be enforced everywhere,” said the chairperson of the Bar Council, Justice "
        "Secretary Elena Ruiz.",
        [("Elena Ruiz", "", "Justice Secretary", "The law will be enforced everywhere")],
        "a-role-then-another-office-before-the-name",
    ),
    (
        "But comments from the U.S. Ambassador to Ghana Dana Whitfield drew attention to more "
        "than the grant.\n\n“Traffickers must face the courts, and the courts must be quick.”",
        [
            (
                "Dana Whitfield",
                "",
                "",
                "Traffickers must face the courts, and the courts must be quick.",
            )
        ],
        "comments-from-an-ambassador-then-the-quote-paragraph",
    ),
    (
        "Mara Quinn, chief executive of the Harbour Rights Centre: 'Progress is real but we start "
        "from a very low base",
        [
            (
                "Mara Quinn",
                "Harbour Rights Centre",
                "chief executive",
                "Progress is real but we start from a very low base",
            )
        ],
        "a-caption-with-a-straight-single-quote-left-open",
    ),
    (
        "Officials met on Monday with Keo Mony. “We will appeal the ranking with new figures.” "
        "The ministry said it would write to Washington.",
        [],
        "a-next-sentence-saying-something-of-its-own-attributes-nothing",
    ),
]


# More shapes found while porting, in our own words.
ISSUE_15 += [
    (
        "“We are disappointed,” said a statement from the Ministry of Foreign Affairs.",
        [(MFA, MFA, "", "We are disappointed")],
        "a-statement-from-a-body-opening-the-body",  # crashed on main (no text before it)
    ),
    (
        "Lina Park, who heads the shelter network, spoke after the ranking came out.\n\n"
        "“We expected worse,” she said.",
        [("Lina Park", "", "", "We expected worse")],
        "a-name-with-a-who-clause-is-a-person-whatever-the-recogniser-said",
    ),
]


@pytest.mark.parametrize("text, expected", [c[:2] for c in ISSUE_15], ids=[c[2] for c in ISSUE_15])
def test_issue_15_shapes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert records(text) == expected


def test_a_relayed_quote_keeps_where_it_first_appeared_in_its_evidence() -> None:
    # The record has no field for the relaying paper (schema.Statement): the evidence span, the
    # whole attribution sentence, carries it, and the paper is never the organisation.
    text = "“Nobody is above the law,” Tomas Berg wrote in The Washington Post last month."
    ctx = _ctx(text)
    (statement,) = extract_statements(ctx)
    assert "The Washington Post" in statement.evidence
    assert ctx.document.body[statement.start : statement.end] == statement.evidence
    assert (statement.speaker, statement.organization) == ("Tomas Berg", "")


# Kept from the old suite, not read by the parse yet: purpose -> why (each a strict xfail).
NOT_YET = {
    "pronoun-after-a-person-named-in-indirect-speech": "the recogniser reads 'Thai Labour' as a "
    "name: the nationality before the office does not give the government",
    "long-title-with-commas-then-name": "a title with commas inside ('..., Southeast Asia,') "
    "before the name loses the role and the organisation",
    "quote-cut-off-by-the-excerpt": "the nearest verb's subject ('the ministry ... called') "
    "wins over the outer speaker of the indirect speech ('NAME said')",
    "charge-d-affaires-is-a-title": "the parser reads d'Affaires as a verb: no subject is left",
    "charge-d-affaires-ad-interim": "the parser reads d'Affaires as a verb: no subject is left",
    "a-name-from-a-described-organisation-then-she": "the recogniser misses the name before "
    "'from the women's organization X', so 'she' finds nobody",
    "portfolios-listed-before-an-office": "portfolios joined by 'and' before an office keep the "
    "last one only",
    "the-foreign-ministry-named-by-its-portfolio": "'the foreign ministry' is kept as written, "
    "not as the gazetteer's name of the ministry",
    "an-acronym-the-document-glossed": "an acronym the text glosses ('(MPS)') is not expanded",
}


def _params(table: list, not_yet: dict[str, str]) -> list:
    return [
        pytest.param(
            text,
            expected,
            id=purpose,
            marks=[pytest.mark.xfail(strict=True, reason=not_yet[purpose])]
            if purpose in not_yet
            else [],
        )
        for text, expected, purpose in table
    ]


@pytest.mark.parametrize("text, expected", _params(PORTED, NOT_YET))
def test_ported_cases(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert records(text) == expected


def test_every_xfail_names_a_ported_case() -> None:
    assert set(NOT_YET) <= {purpose for *_, purpose in PORTED}


@pytest.mark.parametrize(
    "text, org_type",
    [
        ("“Every case counts,” said U.S. Ambassador Leah Moreno.", "government"),
        ("“Every case counts,” said the U.S. ambassador, Leah Moreno.", "government"),
        ("“Every case counts,” said Vietnamese Deputy Minister Tran Quoc Bao.", "government"),
        ("“Every case counts,” said Bao Tran, Vietnam’s deputy labour minister.", "government"),
        ("“Every case counts,” said Vietnamese lawyer Tran Quoc Bao.", ""),
        ("“Every case counts,” said Leah Moreno, an ambassador for the campaign.", ""),
        ("“Every case counts,” the Riverside Migrant Network said.", "other"),
    ],
    ids=[
        "us-ambassador-before-name",
        "us-ambassador-appositive-first",
        "demonym-minister",
        "possessive-country-minister-after-name",
        "demonym-profession",
        "office-without-country",
        "unknown-body-of-unknown-kind",
    ],
)
def test_officials_speak_for_a_government(text: str, org_type: str) -> None:
    assert [s.org_type for s in extract_statements(_ctx(text))] == [org_type]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Every case counts,” the Prime Minister’s Office said.", "Prime Minister’s Office"),
        (
            "“Every case counts,” the Laos Anti-Trafficking Secretariat said.",
            "Laos Anti-Trafficking Secretariat",
        ),
        ("“Every case counts,” the Riverside Migrant Network said.", "Riverside Migrant Network"),
        ("“Every case counts,” Human Rights Watch said.", "Human Rights Watch"),
    ],
    ids=["an-office", "a-secretariat", "a-network", "a-body-the-recogniser-misses"],
)
def test_a_name_whose_head_says_a_body_is_the_bodys(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract_statements(_ctx(text))] == [speaker]


@pytest.mark.parametrize(
    "publisher, expected",
    [("U.S. Embassy Phnom Penh", ["US Embassy"]), ("The Daily Example", [])],
    ids=["an-embassy-page-speaks-as-the-embassy", "a-newspaper-is-no-embassy"],
)
def test_the_publisher_stands_behind_a_bare_body_noun(publisher: str, expected) -> None:
    text = "“Survivors deserve justice, not deportation,” the Embassy said."
    ctx = _ctx(text, f'published: "2025-09"\npublisher: {publisher}\n')
    assert [s.speaker for s in extract_statements(ctx)] == expected


@pytest.mark.parametrize("title", sorted(TITLES))
def test_every_title_is_not_part_of_the_name(title: str) -> None:
    text = f"“The shelters are full again this month,” {title} Dara Sok said."
    assert [s.speaker for s in extract_statements(_ctx(text))] == ["Dara Sok"]


@pytest.mark.parametrize("role", sorted(ROLE_NOUNS))
def test_every_role_noun_makes_a_role(role: str) -> None:
    text = f"“The shelters are full again this month,” Dara Sok, a {role}, said."
    assert records(text) == [("Dara Sok", "", role, "The shelters are full again this month")]


# News shapes read on the parse (sentences of my own): a participle of the clause, a name set
# beside a role, a pull quote's dash, a title with a surname, 'quoted NAME as saying', a name and
# role on the line above, straight single marks, a statement that reads or is signed.
SPEECH_SHAPES = [
    (
        "The Ministry of Labour dismissed the findings, saying: “Our inspectors visited every "
        "factory named in the report.”",
        [
            (
                "Ministry of Labour",
                "Ministry of Labour",
                "",
                "Our inspectors visited every factory named in the report.",
            )
        ],
        "a-participle-of-the-clause-speaks-for-its-subject",
    ),
    (
        "In reply, the ministry's spokesman, Sorn Vichea, said “the figures in the report are "
        "three years old.”",
        [
            (
                "Sorn Vichea",
                "",
                "ministry spokesman",
                "the figures in the report are three years old.",
            )
        ],
        "a-name-set-beside-a-role-noun-after-commas",
    ),
    (
        "The director of the Provincial Shelter Network, Mao Sreyneang, said: “We turned away "
        "forty girls last winter.”",
        [
            (
                "Mao Sreyneang",
                "Provincial Shelter Network",
                "director",
                "We turned away forty girls last winter.",
            )
        ],
        "the-name-beside-a-role-wins-over-the-role's-last-words",
    ),
    (
        "“Every case we file is a case the police opened first.” – Lina Duarte, lawyer at the "
        "Justice Clinic",
        [
            (
                "Lina Duarte",
                "Justice Clinic",
                "lawyer",
                "Every case we file is a case the police opened first.",
            )
        ],
        "a-pull-quote-with-a-dash-and-the-name",
    ),
    (
        "Mr Rithy told the Daily Courier: “We never saw the inspectors in our village.”",
        [("Rithy", "", "", "We never saw the inspectors in our village.")],
        "a-title-and-a-surname-alone",
    ),
    (
        "The Morning Star quoted Heng Ratha as saying “the brokers were paid by the boat owners.”",
        [("Heng Ratha", "", "", "the brokers were paid by the boat owners.")],
        "quoted-as-saying-is-the-one-quoted",
    ),
    (
        "Sopha Lim, coordinator of a returnee group:\n\n“We meet the buses at the border every "
        "Friday night.”",
        [
            (
                "Sopha Lim",
                "",
                "coordinator of returnee group",
                "We meet the buses at the border every Friday night.",
            )
        ],
        "a-name-and-role-on-the-line-above-a-quote",
    ),
    (
        "Speaking at the launch in Bangkok, the UN coordinator, Tomas Varga, said: “Every country "
        "in the region has a share of this crime.”",
        [
            (
                "Tomas Varga",
                "United Nations",
                "coordinator",
                "Every country in the region has a share of this crime.",
            )
        ],
        "an-opening-phrase-that-took-the-name",
    ),
    (
        "The statement, signed by Senator Ana Ruiz, said: “We ask the Department to review the "
        "ranking of Cambodia.”",
        [("Ana Ruiz", "", "Senator", "We ask the Department to review the ranking of Cambodia.")],
        "a-statement-signed-by-a-person",
    ),
    (
        "'We will answer every point of the report,' Sok Pheap told reporters on Monday.",
        [("Sok Pheap", "", "", "We will answer every point of the report")],
        "straight-single-quote-marks",
    ),
    (
        "The workers' union did not comment. 'We cannot give figures yet,' Chan Vuthy said.",
        [("Chan Vuthy", "", "", "We cannot give figures yet")],
        "straight-singles-beside-an-apostrophe",
    ),
    (
        "The Seafarers Union's statement read: “No worker on these boats has seen a labour "
        "inspector.”",
        [
            (
                "Seafarers Union",
                "Seafarers Union",
                "",
                "No worker on these boats has seen a labour inspector.",
            )
        ],
        "a-statement-that-reads",
    ),
    (
        "Asked about the grade, Om Yentieng said: “We will ask for a meeting in Washington.”",
        [("Om Yentieng", "", "", "We will ask for a meeting in Washington.")],
        "a-given-name-the-recogniser-left-out",
    ),
    (
        "Keo Sophal, a lawyer, said the grade was unfair.\n\n“The inspectors never "
        "came to the provinces,” he told reporters.\n\nThe report placed the country on Tier 3."
        "\n\n“They counted only the cases in the capital.”\n\nThe ministry has not replied.",
        [
            ("Keo Sophal", "", "lawyer", "The inspectors never came to the provinces"),
            ("Keo Sophal", "", "lawyer", "They counted only the cases in the capital."),
        ],
        "a-pull-quote-set-off-after-the-one-speaker",
    ),
    (
        "“The inspectors never came,” Keo Sophal told reporters. “We sent every figure,” said "
        "Chan Dara of the ministry.\n\nThe report placed the country on Tier 3.\n\n“They "
        "counted only the cases in the capital.”",
        [
            ("Keo Sophal", "", "", "The inspectors never came"),
            ("Chan Dara", "", "", "We sent every figure"),
        ],
        "a-pull-quote-after-two-speakers-is-no-one's",
    ),
    (
        "Interior Minister Sar Kheng met the press. “We reject this report,” the minister said.",
        [("Sar Kheng", "", "Interior Minister", "We reject this report")],
        "the-role-alone-is-the-person-named-in-it-before",
    ),
    (
        "“Our partnership is strong,” Ambassador Murphy said at the ceremony.",
        [("Murphy", "", "Ambassador", "Our partnership is strong")],
        "an-office-before-a-surname-names-one-person",
    ),
    (
        "The Minister of Foreign Affairs, Prak Sokhonn, stated that “Cambodia has made "
        "remarkable progress.”",
        [
            (
                "Prak Sokhonn",
                "",
                "Minister of Foreign Affairs",
                "Cambodia has made remarkable progress.",
            )
        ],
        "an-office-with-its-portfolio-then-the-name",
    ),
    (
        "“We regret the decision,” said a spokesperson for the Ministry of Foreign Affairs.",
        [(MFA, MFA, "spokesperson", "We regret the decision")],
        "an-unnamed-spokesperson-speaks-for-the-body",
    ),
    (
        "“We sent every figure,” said Chan Dara of the ministry.",
        [("Chan Dara", "", "", "We sent every figure")],
        "a-link-to-an-unnamed-body-is-no-role",
    ),
    (
        "Sok Dara is the director of Chab Dai. “We need judges,” the director said.",
        [("Sok Dara", "Chab Dai", "director", "We need judges")],
        "a-role-the-name's-own-clause-gives",
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[:2] for c in SPEECH_SHAPES], ids=[c[2] for c in SPEECH_SHAPES]
)
def test_speech_shapes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert records(text) == expected
