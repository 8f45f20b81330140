"""The attribution cases of the surface-pattern extractor's suite (tests/test_statements.py at
2ff3873), kept for the parse-based one: (text, [(speaker, organization, role, quote)], purpose).

Words written for the project, none from the development set. tests/test_speakers.py runs them;
the ones the parse does not read yet are listed there as strict xfails with the reason.
"""

from __future__ import annotations

IJM = "International Justice Mission"
STATE = "US Department of State"

PORTED = [
    (
        "“We saw real progress in the courts,” Dara Sok, director of Chab Dai, said.",
        [("Dara Sok", "Chab Dai", "director", "We saw real progress in the courts")],
        "after-name-title-said",
    ),
    (
        "“The ranking ignores the arrests,” Mary Lane, IJM’s country director in Cambodia, "
        "said in a statement.",
        [("Mary Lane", IJM, "country director in Cambodia", "The ranking ignores the arrests")],
        "after-possessive-org-said-in-a-statement",
    ),
    (
        "Mary Lane said, “The ranking ignores the arrests made last year.”",
        [("Mary Lane", "", "", "The ranking ignores the arrests made last year.")],
        "before-name-said-comma",
    ),
    (
        'Mary Lane told VOA: "The ranking ignores the arrests made last year."',
        [("Mary Lane", "", "", "The ranking ignores the arrests made last year.")],
        "before-told-voa-colon-straight-quotes",
    ),
    (
        "“Nobody should be bought or sold,” said Tom Reyes, a spokesman for the U.S. Embassy.",
        [("Tom Reyes", "US Embassy", "spokesman", "Nobody should be bought or sold")],
        "verb-first-said-name-appositive",
    ),
    (
        "Anna Rossi, Hagar’s shelter manager, met the minister on Friday.\n\n"
        "“The shelters are full again this month,” she said.",
        [
            (
                "Anna Rossi",
                "Hagar International",
                "shelter manager",
                "The shelters are full again this month",
            )
        ],
        "pronoun-she-previous-paragraph-subject",
    ),
    (
        "Anna Rossi, Hagar’s shelter manager, waited to meet Prime Minister Hun Sen in the "
        "capital. “The shelters are full again,” she said.",
        [("Anna Rossi", "Hagar International", "shelter manager", "The shelters are full again")],
        "pronoun-is-last-subject-not-last-name",
    ),
    (
        "Keo Dara, NCCT’s deputy secretary-general, visited Poipet on Monday.\n\n"
        "“We closed eleven karaoke bars,” Dara said.",
        [
            (
                "Keo Dara",
                "National Committee for Counter Trafficking",
                "deputy secretary-general",
                "We closed eleven karaoke bars",
            )
        ],
        "surname-alone-resolves-full-name-and-role",
    ),
    (
        "Sam Chea of Winrock spoke first. “The raids worked,” he said. “Now the courts must "
        "follow.”",
        [
            (
                "Sam Chea",
                "Winrock International",
                "",
                "The raids worked. Now the courts must follow.",
            )
        ],
        "split-by-attribution-is-one-statement",
    ),
    (
        "Sam Chea of Winrock spoke first. “The raids worked,” he said, “but the courts lag.”",
        [("Sam Chea", "Winrock International", "", "The raids worked but the courts lag.")],
        "split-mid-sentence-is-one-statement",
    ),
    (
        "“Cambodia has made serious efforts this year,” the State Department said today.",
        [(STATE, STATE, "", "Cambodia has made serious efforts this year")],
        "organisation-speaker-said-today",
    ),
    (
        "The US Embassy said in a statement: “We welcome the new anti-trafficking law.”",
        [("US Embassy", "US Embassy", "", "We welcome the new anti-trafficking law.")],
        "organisation-speaker-statement-colon",
    ),
    (
        "“Many victims never reach a shelter,” according to Sok Lina, a researcher with Winrock.",
        [("Sok Lina", "Winrock International", "researcher", "Many victims never reach a shelter")],
        "according-to-after",
    ),
    (
        "According to Chan Vuthy of ADHOC, “the police still take bribes from brothels.”",
        [
            (
                "Chan Vuthy",
                "Cambodian Human Rights and Development Association",
                "",
                "the police still take bribes from brothels.",
            )
        ],
        "according-to-before-acronym-full-name",
    ),
    (
        '“Progress is slow but it is real," said Lina Chea, a Chab Dai researcher.',
        [("Lina Chea", "Chab Dai", "researcher", "Progress is slow but it is real")],
        "mixed-quotes-curly-open-straight-close",
    ),
    (
        "‘We were shocked by the numbers,’ Ms Lee said.",
        [("Lee", "", "", "We were shocked by the numbers")],
        "single-curly-titled-surname",
    ),
    (
        "“<script>alert(1)</script> is not a policy,” said Dara Sok, director of Chab Dai.",
        [("Dara Sok", "Chab Dai", "director", "<script>alert(1)</script> is not a policy")],
        "html-script-kept-verbatim",
    ),
    (
        "“Cambodia must protect fishermen at sea,” Human Rights Watch said.",
        [
            (
                "Human Rights Watch",
                "Human Rights Watch",
                "",
                "Cambodia must protect fishermen at sea",
            )
        ],
        "ngo-as-speaker",
    ),
    (
        "IJM published new figures on Monday. “Fewer minors are for sale than ever,” the group "
        "said.",
        [(IJM, IJM, "", "Fewer minors are for sale than ever")],
        "group-noun-resolves-to-last-ngo",
    ),
    (
        "“The police will continue the operations,” Interior Ministry spokesman Lieutenant "
        "General Khieu Sopheak said.",
        [
            (
                "Khieu Sopheak",
                "Ministry of Interior",
                "spokesman",
                "The police will continue the operations",
            )
        ],
        "preposed-ministry-description-and-rank",
    ),
    (
        "“We need more social workers in Siem Reap,” said Rath Vanna of CWCC.",
        [("Rath Vanna", "CWCC", "", "We need more social workers in Siem Reap")],
        "unknown-acronym-kept-as-organisation",
    ),
    (
        "“Cases are rising again,” Keo Dara, a lawyer at LICADHO, added.",
        [
            (
                "Keo Dara",
                "Cambodian League for the Promotion and Defense of Human Rights",
                "lawyer",
                "Cases are rising again",
            )
        ],
        "added-lawyer-at-acronym",
    ),
    (
        "“The courts moved faster this year,” said Mary Lane.\n\n"
        "“Judges now hear victims by video link.”",
        [
            ("Mary Lane", "", "", "The courts moved faster this year"),
            ("Mary Lane", "", "", "Judges now hear victims by video link."),
        ],
        "next-paragraph-quote-continues-speaker",
    ),
    (
        "Mary Lane said the labour cases had a long way to go, and that Thailand still has "
        "“a long distance to go.”",
        [("Mary Lane", "", "", "a long distance to go.")],
        "partial-quote-in-indirect-speech-four-words",
    ),
    (
        "The article was written for The Guardian by Jane Moss of Walk Free, who visited "
        "Battambang. As they explain:\n"
        "The figures show a steady fall in the number of children found in brothels.\n"
        "It is good news.",
        [
            (
                "Jane Moss",
                "Walk Free",
                "",
                "The figures show a steady fall in the number of children found in brothels.",
            )
        ],
        "block-after-as-they-explain-is-the-authors",
    ),
    (
        "The NGO reports that, to quote from the article:\n\n"
        "The figures show a steady fall in the number of children found in brothels.",
        [],
        "block-without-named-author-is-nobodys",
    ),
    (
        "Government spokesman Phay Siphan said the report was “biased” and “not based on facts "
        "on the ground.”",
        [("Phay Siphan", "", "Government spokesman", "not based on facts on the ground.")],
        "partial-quote-after-a-scare-quote-speaker-names-the-report-as-object",
    ),
    (
        "The report said Cambodia “made significant efforts,” but Mr. Siphan said: “We reject "
        "this ranking completely.”",
        [("Siphan", "", "", "We reject this ranking completely.")],
        "report-quote-then-titled-surname-in-the-same-sentence",
    ),
    (
        "“It is a political decision by Washington,” said Sok Eysan, a spokesman for the ruling "
        "Cambodian People’s Party.",
        [
            (
                "Sok Eysan",
                "Cambodian People's Party",
                "spokesman",
                "It is a political decision by Washington",
            )
        ],
        "party-spokesman-role-without-adjective",
    ),
    (
        "“We do not accept it,” said Kirth Chantharith, director-general of the General "
        "Department of Immigration.",
        [
            (
                "Kirth Chantharith",
                "General Department of Immigration",
                "director-general",
                "We do not accept it",
            )
        ],
        "generic-government-department",
    ),
    (
        "Prime Minister Hun Sen said: “We will not accept a ranking based on old data.”",
        [("Hun Sen", "", "Prime Minister", "We will not accept a ranking based on old data.")],
        "office-title-is-the-role",
    ),
    (
        "“This is a serious step,” said Secretary of State John Kerry at a ceremony.",
        [("John Kerry", "", "Secretary of State", "This is a serious step")],
        "verb-first-role-before-name-and-circumstance-after",
    ),
    (
        "“Trafficking affects every country,” said U.S. Ambassador William A. Heidt. “We will "
        "keep working with Cambodia.”",
        [
            (
                "William A. Heidt",
                "US Department of State",  # a US ambassador speaks for the State Department
                "Ambassador",
                "Trafficking affects every country. We will keep working with Cambodia.",
            )
        ],
        "nationality-office-initial-and-continuation",
    ),
    (
        "Chou Bun Eng, permanent vice chairwoman of the NCCT, said yesterday the government had "
        "made progress.\n\n“We have arrested many traffickers,” Ms Bun Eng said.",
        [
            (
                "Chou Bun Eng",
                "National Committee for Counter Trafficking",
                "permanent vice chairwoman",
                "We have arrested many traffickers",
            )
        ],
        "titled-two-word-name-resolves-to-full-name",
    ),
    (
        "Kek Galabru, founder of Licadho, was blunt:\n\n“The ranking rewards promises, not "
        "results.”",
        [
            (
                "Kek Galabru",
                "Cambodian League for the Promotion and Defense of Human Rights",
                "founder",
                "The ranking rewards promises, not results.",
            )
        ],
        "colon-intro-without-verb-then-quote-paragraph",
    ),
    (
        "“Why should we accept this?” asked Sok Eysan, a spokesman for the CPP.",
        [("Sok Eysan", "Cambodian People's Party", "spokesman", "Why should we accept this?")],
        "question-mark-then-lowercase-attribution",
    ),
    # ---- not statements ---------------------------------------------------------------------
    (
        "“Cambodia does not fully meet the minimum standards,” the report said.",
        [],
        "the-report-said",
    ),
    (
        "The State Department released its report. “Cambodia does not fully meet the minimum "
        "standards,” it said.",
        [],
        "it-said",
    ),
    (
        "The report reads: “The government did not demonstrate increasing efforts.”",
        [],
        "the-report-reads",
    ),
    (
        "“Prosecutions fell again,” the 2016 Trafficking in Persons report added.",
        [],
        "the-tip-report-added",
    ),
    (
        "In its 2016 Trafficking in Persons report, US officials say Cambodia “does not fully "
        "comply with the minimum standards.”",
        [],
        "us-officials-quoting-the-report",
    ),
    ("Dara Sok said the government had done more than ever before.", [], "indirect-speech"),
    ("Officials called the ranking “biased” and vowed to respond.", [], "one-word-scare-quote"),
    ("Dara Sok said she was “shocked” by the ranking.", [], "one-word-quote-after-said"),
    ("Critics say the city is still ‘ground zero’ for abuse.", [], "single-quote-scare-phrase"),
    (
        "An NGO says Cambodia deserves credit for a “sea change” in policing.",
        [],
        "two-word-phrase-not-adjacent",
    ),
    (
        "Her op-ed, titled “A Safer Home for the Girls of the Kingdom,” ran on Sunday.",
        [],
        "quote-is-a-title",
    ),
    (
        "The book “Trafficked Lives in the Delta Region” sold well.",
        [],
        "quote-is-a-book-title",
    ),
    (
        "“Nobody will be punished for this.”\n\nThe report came out on Monday.",
        [],
        "cut-off-no-visible-speaker",
    ),
    ("“We will appeal against the ranking,” they said.", [], "they-is-ambiguous"),
    (
        "Naly Pilorge of Licadho and Helen Sworn of Chab Dai spoke at the forum.\n\n"
        "“The courts are too slow,” she said.",
        [],
        "pronoun-after-two-people-is-ambiguous",
    ),
    ("“We will appeal against the ranking,” Sopheap said.", [], "unknown-surname"),
    (
        "Dara Keo met Sophal Keo in Kampot. “We will appeal against the ranking,” Keo said.",
        [],
        "ambiguous-surname",
    ),
    (
        "“We will appeal against the ranking,” she said.",
        [],
        "pronoun-with-nobody-named",
    ),
    (
        "Anti-Trafficking Group ‘Disappointed’ as Cambodia Stays on List",
        [],
        "headline-scare-quote",
    ),
    (
        "“The shelters are full,” said Thai Labour Minister Somchai Rattana. Migrant rights "
        "director Nila Perera said the shelters had been full for months. “Nobody listened to "
        "us,” she said.",
        [
            (
                "Somchai Rattana",
                "Government of Thailand",
                "Labour Minister",
                "The shelters are full",
            ),
            ("Nila Perera", "", "Migrant rights director", "Nobody listened to us"),
        ],
        "pronoun-after-a-person-named-in-indirect-speech",
    ),
    (
        "“We expect results,” said Ambassador J. Robert Lane.",
        [("J. Robert Lane", "", "Ambassador", "We expect results")],
        "leading-initial-is-part-of-the-name",
    ),
    (
        "According to Maria Okafor, Walk Free's research director, the numbers fell. “Fewer girls "
        "are sold now,” Okafor added.",
        [("Maria Okafor", "Walk Free", "research director", "Fewer girls are sold now")],
        "role-from-an-according-to-mention-without-quote",
    ),
    (
        "Indonesian Foreign Minister Budi Santoso said: “We reject the ranking.”",
        [("Budi Santoso", "Government of Indonesia", "Foreign Minister", "We reject the ranking.")],
        "nationality-office-is-the-government",
    ),
    (
        "“The courts are slow,” said Sok Vanna, Cambodia's deputy prime minister.",
        [
            (
                "Sok Vanna",
                "Royal Government of Cambodia",
                "deputy prime minister",
                "The courts are slow",
            )
        ],
        "possessive-country-office-is-the-government",
    ),
    (
        "“The courts are slow,” said Cambodian lawyer Sok Vanna.",
        [("Sok Vanna", "", "lawyer", "The courts are slow")],
        "nationality-profession-is-no-government",
    ),
    (
        "“We needed more time,” said Mr. Samnang Keo, a Chab Dai lawyer. Police commander Rithy "
        "Chea said the raids had been planned for weeks. “We needed more trucks,” he said.",
        [
            ("Samnang Keo", "Chab Dai", "lawyer", "We needed more time"),
            ("Rithy Chea", "Police", "commander", "We needed more trucks"),
        ],
        "pronoun-after-indirect-speech-opening-with-a-common-word",
    ),
    (
        "“The boats came back empty,” said Ms. Rachel Min of Hagar. Rights researcher Ananya Rao "
        "doubts the official figures. “Nobody went out to sea to check,” she said.",
        [
            ("Rachel Min", "Hagar International", "", "The boats came back empty"),
            ("Ananya Rao", "", "Rights researcher", "Nobody went out to sea to check"),
        ],
        "pronoun-after-a-person-named-before-a-non-reporting-verb",
    ),
    (
        "“The visas are the problem,” said the U.S. ambassador, Karen Oduya.",
        [("Karen Oduya", STATE, "ambassador", "The visas are the problem")],
        "nationality-office-before-comma-and-name-is-the-government",
    ),
    (
        "“Our inspectors are everywhere,” said Indonesia’s labour minister, Dewi Hartono.",
        [
            (
                "Dewi Hartono",
                "Government of Indonesia",
                "labour minister",
                "Our inspectors are everywhere",
            )
        ],
        "possessive-country-office-before-comma-and-name-is-the-government",
    ),
    (
        "“Our inspectors are everywhere,” said a Thai lawyer, Niran Boonmee.",
        [("Niran Boonmee", "", "lawyer", "Our inspectors are everywhere")],
        "nationality-profession-before-comma-and-name-is-no-government",
    ),
    (
        "“Every case counts,” said U.S. Ambassador-at-Large R. Jonah Pell.",
        [("R. Jonah Pell", STATE, "Ambassador-at-Large", "Every case counts")],
        "hyphenated-title-then-leading-initial",
    ),
    (
        "Arrests halved last year, according to Tomas Ferreira, HRW’s Asia researcher. “The "
        "police simply stopped looking,” Ferreira said.",
        [
            (
                "Tomas Ferreira",
                "Human Rights Watch",
                "Asia researcher",
                "The police simply stopped looking",
            )
        ],
        "role-from-a-sentence-final-according-to-mention",
    ),
    (
        "“We are seeing change,” IJM Vice President of Regional Operations, Southeast Asia, "
        "Dana Kerr said.",
        [
            (
                "Dana Kerr",
                "International Justice Mission",
                "Vice President of Regional Operations, Southeast Asia",
                "We are seeing change",
            )
        ],
        "long-title-with-commas-then-name",
    ),
    (
        "IJM's director in Phnom Penh, Tom Reyes, said: “Police are better trained now.”",
        [
            (
                "Tom Reyes",
                "International Justice Mission",
                "director in Phnom Penh",
                "Police are better trained now.",
            )
        ],
        "possessive-role-then-name",
    ),
    (
        "‘We are encouraged,’ said Chab Dai's Helen Ward.",
        [("Helen Ward", "Chab Dai", "", "We are encouraged")],
        "organisation-possessive-before-name",
    ),
    (
        "“The first paragraph of a long quote has no closing mark.\n\n"
        "“The second one closes,” said Mary Lane.",
        [
            (
                "Mary Lane",
                "",
                "",
                "The first paragraph of a long quote has no closing mark. The second one closes",
            )
        ],
        "multi-paragraph-quote-is-one-statement",
    ),
    (
        "Survivor groups were unmoved. “The upgrade rewards paperwork, not rescues.\n\n"
        "“Nobody we shelter has seen a trafficker in court,” said Mary Lane.",
        [
            (
                "Mary Lane",
                "",
                "",
                "The upgrade rewards paperwork, not rescues. Nobody we shelter has seen a "
                "trafficker in court",
            )
        ],
        "multi-paragraph-quote-opening-mid-paragraph",
    ),
    (
        '"The new law is sound," said Ly Dara of Chab Dai, "but the brokers still work in the '
        'open. Nobody has been charged."',
        [
            (
                "Ly Dara",
                "Chab Dai",
                "",
                "The new law is sound but the brokers still work in the open. Nobody has been "
                "charged.",
            )
        ],
        "split-quote-whose-second-part-runs-past-the-sentence",
    ),
    (
        "The Provincial Committee for Counter Trafficking (PCCT) met on Monday. “We will keep "
        "working with every partner on the border,” the committee said.",
        [
            (
                "Provincial Committee for Counter Trafficking",
                "Provincial Committee for Counter Trafficking",
                "",
                "We will keep working with every partner on the border",
            )
        ],
        "a-body-glossed-with-its-acronym-then-a-group-noun",
    ),
    (
        "“The survivors tell us the police took money and left.” Those were the words of Keo "
        "Mony, Chab Dai's head of legal aid, who has represented 60 survivors.",
        [
            (
                "Keo Mony",
                "Chab Dai",
                "head of legal aid",
                "The survivors tell us the police took money and left.",
            )
        ],
        "those-were-the-words-of-name",
    ),
    (
        "“Every June we held our breath,” recalls Keo Mony, a former official.",
        [("Keo Mony", "", "former official", "Every June we held our breath")],
        "a-present-tense-reporting-verb",
    ),
    (
        "“We are pleased but not satisfied,” said the Minister of Women's Empowerment Ratna Dewi.",
        [("Ratna Dewi", "", "Minister of Women's Empowerment", "We are pleased but not satisfied")],
        "an-office-ending-in-an-abstract-noun-is-no-part-of-the-name",
    ),
    (
        "Intro.\n\n“Part one goes on.\n\n“Part two goes on.\n\n“Part three closes,” said Mary "
        "Lane.\n\n“An unclosed quote nobody claims.\n\nOthers said nothing.",
        [("Mary Lane", "", "", "Part one goes on. Part two goes on. Part three closes")],
        "multi-paragraph-quote-three-paragraphs",
    ),
    # shapes of real texts (issue 10), each written again in our own words
    (
        "Cambodia stayed on the watch list, US Secretary of State Jane Roe said Tuesday at a "
        "briefing.\n\n“Every country can do more,” Roe said.",
        [("Jane Roe", STATE, "Secretary of State", "Every country can do more")],
        "surname-from-a-titled-name-in-indirect-speech",
    ),
    (
        "Laos made progress, the US Embassy said in a statement.\n\n“The government must "
        "prosecute complicit officials,” the embassy said.",
        [("US Embassy", "US Embassy", "", "The government must prosecute complicit officials")],
        "the-embassy-after-it-spoke-in-indirect-speech",
    ),
    (
        "Minister Sok Dara, who leads the anti-trafficking office, called the new ranking "
        "“very fair,” and left.",
        [("Sok Dara", "", "Minister", "very fair")],
        "two-word-phrase-that-ends-the-clause",
    ),
    (
        "Ambassador Jane Roe said corruption was a “key weapon” of traffickers who pay officials.",
        [],
        "two-word-phrase-borrowed-mid-clause",
    ),
    (
        "Minister Sok Dara said the ministry, which leads the effort, called the ranking “quite "
        "unfair,",
        [("Sok Dara", "", "Minister", "quite unfair")],
        "quote-cut-off-by-the-excerpt",
    ),
    (
        "The ministry insists that it has worked with NGOs, calling trafficking “one of the worst "
        "forms of",
        [],
        "quote-cut-off-mid-phrase",
    ),
    (
        "On May 2 Vietnam's embassy to Britain issued a press release headlined, “Vietnam's "
        "Progress Beats Expectations.” Laos disagreed.",
        [
            (
                "Embassy of Vietnam to Britain",
                "Embassy of Vietnam to Britain",
                "",
                "Vietnam's Progress Beats Expectations.",
            )
        ],
        "press-release-headline-is-the-organisations",
    ),
    (
        "“We came very close to Tier 3 this time [and that worries us],” in last year's report, "
        "said Mai Lin, a fellow at a Hanoi institute.",
        [
            (
                "Mai Lin",
                "",
                "fellow at Hanoi institute",
                "We came very close to Tier 3 this time [and that worries us]",
            )
        ],
        "phrase-between-quote-and-said-and-brackets",
    ),
    (
        "“Our record on trafficking in 2015 exceeds every criterion,” said Laos's Ambassador to "
        "Japan Khamla Vong.The Foreign Ministry agrees.",
        [
            (
                "Khamla Vong",
                "Government of Laos",
                "Ambassador to Japan",
                "Our record on trafficking in 2015 exceeds every criterion",
            )
        ],
        "space-lost-after-the-full-stop",
    ),
    (
        "Sok Dara did not reject the report outright.\n\n“We have arrested more traffickers "
        "than ever before.”\n\n“What hurts is that nobody noticed,” Sok Dara said.",
        [
            ("Sok Dara", "", "", "We have arrested more traffickers than ever before."),
            ("Sok Dara", "", "", "What hurts is that nobody noticed"),
        ],
        "quote-paragraph-takes-the-next-paragraphs-speaker",
    ),
    (
        "The report faults the courts.\n\n“The government did not convict any officials.”\n\n"
        "“It did not fund shelters,” the report said.",
        [],
        "quote-paragraphs-before-the-reports-words",
    ),
    (
        "The US has long funded shelters but, Sok Dara said, the report ignores them.\n\n“We "
        "worked hard and we won, and the team deserves credit",
        [("Sok Dara", "", "", "We worked hard and we won, and the team deserves credit")],
        "quote-paragraph-continues-indirect-speech",
    ),
    (
        "The report said the courts were slow.\n\n“Prosecutions fell sharply across the country "
        "this year.”",
        [],
        "quote-paragraph-after-the-reports-paraphrase",
    ),
    (
        "Jane Roe, the US “envoy for trafficking in persons,” put it plainly at the launch: “Laos "
        "is on Tier 3 because of official complicity.”",
        [
            (
                "Jane Roe",
                "",
                "envoy for trafficking in persons",
                "Laos is on Tier 3 because of official complicity.",
            )
        ],
        "colon-after-the-subjects-own-words",
    ),
    (
        '"Raids alone fix nothing," said Mali Sen of the River Children Collective.',
        [("Mali Sen", "River Children Collective", "", "Raids alone fix nothing")],
        "an-organisation-the-gazetteer-does-not-know-after-of",
    ),
    (
        'In Hanoi, a foreign ministry spokesman, Le Van Hai, said the government was "surprised" '
        'by the grade.\n"We prosecuted more cases than ever," he said.',
        [("Le Van Hai", "", "foreign ministry spokesman", "We prosecuted more cases than ever")],
        "he-after-a-role-a-name-and-a-scare-quote",
    ),
    (
        '"The grade ignores our courts,"\nforeign ministry spokeswoman Tran Thi Mai told a '
        "briefing.",
        [("Tran Thi Mai", "", "foreign ministry spokeswoman", "The grade ignores our courts")],
        "attribution-on-the-next-line-after-a-comma",
    ),
    (
        'As Sok Lina, who runs a shelter in Kampot, put it to me last week: "The police know the '
        'bars by name."',
        [("Sok Lina", "", "", "The police know the bars by name.")],
        "as-name-put-it-colon",
    ),
    (
        "“Progress is real and measurable,” said Chargé d’Affaires Ann Dale.",
        [("Ann Dale", "", "Chargé-d’Affaires", "Progress is real and measurable")],
        "charge-d-affaires-is-a-title",
    ),
    (
        "Interior Ministry spokesman Major General Chhay Rith rejected the ranking on Monday. “We "
        "arrested more traffickers than ever,” he said.",
        [
            (
                "Chhay Rith",
                "Ministry of Interior",
                "spokesman",
                "We arrested more traffickers than ever",
            )
        ],
        "he-after-a-titled-subject-of-another-verb",
    ),
    (
        "Deputy Minister Lorn Sam was in a cheerful mood. “Nobody expected this,” Sam said.",
        [("Lorn Sam", "", "Deputy Minister", "Nobody expected this")],
        "a-title-is-no-part-of-a-known-name",
    ),
    (
        '"The report is unfair," said Kim Dara, a spokesman for the cabinet. "We will write to '
        'Washington," he added.',
        [
            (
                "Kim Dara",
                "",
                "spokesman for cabinet",
                "The report is unfair. We will write to Washington",
            )
        ],
        "he-added-continues-the-same-statement",
    ),
    (
        "WASHINGTON – The State Department placed 20 countries on its lowest tier. “Trafficking "
        "thrives in silence,” the department said in a statement.",
        [(STATE, STATE, "", "Trafficking thrives in silence")],
        "the-department-after-a-dateline",
    ),
    (
        "“We will keep working with the police in every province.” Mary Lane said.",
        [("Mary Lane", "", "", "We will keep working with the police in every province.")],
        "attribution-as-next-sentence",
    ),
    (
        "KAMPOT — “The brokers are back in the market before the boats are.” The words are "
        "those of Vann Dara, who worked two seasons on a trawler.",
        [("Vann Dara", "", "", "The brokers are back in the market before the boats are.")],
        "the-words-are-those-of-name",
    ),
    (
        "“Nothing changes until someone senior goes to prison.” So said Keo Mony of Chab Dai.",
        [("Keo Mony", "Chab Dai", "", "Nothing changes until someone senior goes to prison.")],
        "so-said-name",
    ),
    (
        "Officials met on Monday with Keo Mony. “We will appeal the ranking with new figures.” The "
        "ministry said it would write to Washington.",
        [],
        "a-next-sentence-that-goes-on-attributes-nothing",
    ),
    (
        "Home Minister Datuk Seri Aziz Rahman rejected the ranking. “We have done more than any "
        "government before us,” Aziz told reporters after a ceremony.",
        [("Aziz Rahman", "", "Home Minister", "We have done more than any government before us")],
        "stacked-honorific-and-a-given-name-later",
    ),
    (
        "“Nobody in this office expected an upgrade this year,” Mr Tan said.",
        [("Tan", "", "", "Nobody in this office expected an upgrade this year")],
        "tan-alone-is-a-name",
    ),
    (
        "“The labour inspectors need more money,” said Sri Mulyani Dewi, a researcher.",
        [("Sri Mulyani Dewi", "", "researcher", "The labour inspectors need more money")],
        "sri-alone-is-a-name",
    ),
    (
        "“We arrested more brokers than in the previous ten years,” said Pol Lt Gen Somchai Rak.",
        [("Somchai Rak", "", "", "We arrested more brokers than in the previous ten years")],
        "police-ranks-are-titles",
    ),
    (
        "“Progress is real and measurable,” said Chargé d’Affaires a.i. Ann Dale.",
        [("Ann Dale", "", "Chargé-d’Affaires", "Progress is real and measurable")],
        "charge-d-affaires-ad-interim",
    ),
    (
        "In a statement, the Mekong Inter-Agency Working Committee on Trafficking in Persons said: "
        "“The ranking ignores the work of our provinces.”",
        [
            (
                "Mekong Inter-Agency Working Committee on Trafficking in Persons",
                "Mekong Inter-Agency Working Committee on Trafficking in Persons",
                "",
                "The ranking ignores the work of our provinces.",
            )
        ],
        "a-body-unknown-to-the-gazetteer",
    ),
    (
        "“The waiver is now the rule, not the exception,” the survey's main author, Professor "
        "Ana Lind, told me.",
        [("Ana Lind", "", "survey main author", "The waiver is now the rule, not the exception")],
        "a-role-then-a-titled-name",
    ),
    (
        "Answering questions at the ministry's weekly briefing, spokesperson Le Van Minh said: "
        "“The assessment does not match what our police have done.”",
        [
            (
                "Le Van Minh",
                "",
                "spokesperson",
                "The assessment does not match what our police have done.",
            )
        ],
        "a-participle-lead-before-a-colon-attribution",
    ),
    (
        "Ana Lind from the women's organization Mulher Forte said more was needed. “Shelters close "
        "every winter for lack of money,” she said.",
        [("Ana Lind", "Mulher Forte", "", "Shelters close every winter for lack of money")],
        "a-name-from-a-described-organisation-then-she",
    ),
    (
        "“We rescued the boys from the boats,” Labour, Youth and Sports Minister Kofi Mensah told "
        "reporters.",
        [
            (
                "Kofi Mensah",
                "",
                "Labour Youth and Sports Minister",
                "We rescued the boys from the boats",
            )
        ],
        "portfolios-listed-before-an-office",
    ),
    (
        "Deputy Labour Minister Kim Sovann said the ranking was harsh. “We sent our figures to "
        "Washington in January,” the deputy minister said.",
        [
            (
                "Kim Sovann",
                "",
                "Deputy Labour Minister",
                "We sent our figures to Washington in January",
            )
        ],
        "a-role-pointing-back-at-its-holder",
    ),
    (
        "Laos rejected the report. “Our laws protect every worker,” the foreign ministry said.",
        [
            (
                "Ministry of Foreign Affairs",
                "Ministry of Foreign Affairs",
                "",
                "Our laws protect every worker",
            )
        ],
        "the-foreign-ministry-named-by-its-portfolio",
    ),
    (
        "Laos kept its ranking, the Ministry of Public Security (MPS) said on Monday. In a "
        "statement, MPS said: “We will keep training border police.”",
        [
            (
                "Ministry of Public Security",
                "Ministry of Public Security",
                "",
                "We will keep training border police.",
            )
        ],
        "an-acronym-the-document-glossed",
    ),
    (
        "“We are not afraid of the ranking.”\n\nThose words were spoken at a seminar last month by "
        "Deputy Prime Minister Chai Wong, and they were honest.",
        [("Chai Wong", "", "Deputy Prime Minister", "We are not afraid of the ranking.")],
        "those-words-were-spoken-by-in-the-next-paragraph",
    ),
    (
        "“We are not afraid of the ranking.”\n\nChai Wong said.",
        [],
        "a-bare-attribution-does-not-reach-across-a-paragraph",
    ),
]
