"""Symptoms: In short first; where hemifacial spasm starts and how it spreads (only facial-nerve
muscles), the eye forced shut, the eyebrow sign, twitching in sleep, why pain, numbness or weakness
need checking (and how weakness after treatment differs from a sudden droop), ear clicking versus
real hearing loss, both sides, the pattern that starts at the cheek or mouth, how it changes over
the years and whether it can go away by itself. Study figures sit under "More detail"."""

from pwa.content.model import ALT, EMERGENCY, FIGURE, MORE, SAME_DAY, SHORT, SOON, H, P, Page

PAGE = Page(
    slug="symptoms",
    title=H("page_symptoms.title", "Symptoms"),
    summary=P(
        "page_symptoms.summary",
        "How hemifacial spasm starts, how it spreads and changes over time, and which signs a doctor "
        "should check.",
    ),
    blocks=(
        SHORT(
            "page_symptoms.in_short_start",
            "Hemifacial spasm usually starts with twitching around one eye.",
            "R13", "R1",
        ),
        SHORT(
            "page_symptoms.in_short_spread",
            "Over time it often spreads to the cheek, mouth, chin and neck on the same side.",
            "R1", "R10", "R24",
        ),
        SHORT(
            "page_symptoms.in_short_painless",
            "The twitching does not hurt, and it can go on during sleep.",
            "R5", "R9", "R37",
        ),
        SHORT(
            "page_symptoms.in_short_lasts",
            "For most people it lasts, but some get better without treatment.",
            "R1", "R5", "R23",
        ),
        SHORT(
            "page_symptoms.in_short_signs",
            "If one side of your face suddenly droops, call your emergency number now. Other signs that "
            "need help are in the boxes below.",
            "R90", "R91", "R15",
        ),
        H("page_symptoms.where_it_starts", "Where does it start?"),
        P(
            "page_symptoms.first_sign",
            "The lower eyelid is the most common place to start.",
            "R13", "R1", "R17",
        ),
        P(
            "page_symptoms.comes_and_goes",
            "At first the twitches come and go. Later they can become almost constant.",
            "R5", "R1",
        ),
        MORE("page_symptoms.more_worse", "More detail: what makes it worse"),
        P(
            "page_symptoms.worse_with",
            "The twitching is often worse when you are stressed, tired or upset. Talking, eating and "
            "moving your face can also make it worse.",
            "R4", "R7", "R22", "R37", "R36",
        ),
        H("page_symptoms.spread", "How does it spread?"),
        FIGURE(
            "page_symptoms.spread_figure",
            "spread.svg",
            caption=P(
                "page_symptoms.spread_figure_caption",
                "The usual order of spread, on one side of the face only: 1 around the eye, 2 the cheek, "
                "3 the mouth, 4 the chin and neck.",
                "R1", "R10", "R17", "R37",
            ),
            alt=ALT(
                "page_symptoms.spread_figure_alt",
                "A face seen from the front. On one side, numbered areas show the usual order of spread: "
                "1 around the eye, 2 the cheek, 3 the mouth, 4 the chin and neck. Arrows point downward "
                "from one area to the next.",
            ),
        ),
        MORE("page_symptoms.more_spread", "More detail: how often it spreads, and which muscles"),
        P(
            "page_symptoms.mouth_pulled",
            "The corner of the mouth may be pulled to one side.",
            "R1", "R10",
        ),
        P(
            "page_symptoms.spread_1",
            "In one study of 178 people, the twitching spread in about 93 in 100.",
            "R24",
        ),
        P(
            "page_symptoms.facial_nerve_only",
            "The twitching stays in the muscles moved by the facial nerve. These include the muscles of "
            "the chin and a thin muscle at the front of the neck. They do not include the jaw muscles you "
            "chew with. Spasm of the chewing muscles points to a different condition.",
            "R36", "R10", "R14", "R102",
        ),
        H("page_symptoms.eye", "Can it close the eye?"),
        P(
            "page_symptoms.eye_shut",
            "Yes. When the twitching is strong, the eye on that side can be squeezed shut. This can make "
            "it hard to see.",
            "R1", "R17", "R13",
        ),
        P(
            "page_symptoms.eye_driving",
            "If the spasm closes your eye, ask your doctor whether it is safe for you to drive.",
            "R13", "R93",
        ),
        MORE("page_symptoms.more_eyebrow", "More detail: the eyebrow sign and blepharospasm"),
        P(
            "page_symptoms.eyebrow_1",
            "When the eye squeezes shut, the eyebrow on the same side often goes up. You cannot do this "
            "on purpose. This is called the eyebrow sign (other Babinski sign).",
            "R32", "R35",
        ),
        P(
            "page_symptoms.eyebrow_2",
            "Not everyone has it, and studies differ on how many do. One study found it in 30 of 35 "
            "people, another in 19 of 28.",
            "R33", "R34",
        ),
        P(
            "page_symptoms.not_blepharospasm",
            "Eyelid twitching from hemifacial spasm is part of this condition. It is not "
            "blepharospasm. Blepharospasm is a different condition that closes both eyes. It usually stops "
            "during sleep, and the eyebrow does not go up.",
            "R40", "R32", "R37",
        ),
        H("page_symptoms.sleep", "Does it stop during sleep?"),
        P(
            "page_symptoms.sleep_1",
            "Not always. It can go on while you sleep, though it is usually weaker. This can make sleep "
            "harder.",
            "R9", "R37", "R96",
        ),
        H("page_symptoms.pain", "Does it hurt?"),
        P(
            "page_symptoms.painless",
            "The twitching itself does not hurt, but it can feel uncomfortable.",
            "R5", "R7",
        ),
        P(
            "page_symptoms.check_pain_numbness",
            "Pain, numbness or weakness of the face are not usual in hemifacial spasm. They can have "
            "another cause.",
            "R15", "R46", "R94",
        ),
        EMERGENCY(
            "page_symptoms.emergency_weakness",
            "One side of your face suddenly droops or goes weak, even if it gets better again. This can be "
            "a stroke.",
            "R90", "R116",
        ),
        SOON(
            "page_symptoms.soon_numbness",
            "Numbness of the face that came on slowly.",
            "R15", "R46",
        ),
        SOON(
            "page_symptoms.soon_face_pain",
            "Pain in the face together with the twitching.",
            "R94",
        ),
        SOON(
            "page_symptoms.soon_slow_weakness",
            "Weakness of the face that came on slowly.",
            "R15", "R46", "R38",
        ),
        MORE("page_symptoms.more_weakness", "Weakness after an injection or an operation: what is expected and what to do"),
        P(
            "page_symptoms.weakness_after_treatment",
            "Some weakness after treatment is expected. After an injection, the injected side can slowly "
            "get weaker over the first days. This is expected: tell your clinic. But a sudden droop is still "
            "an emergency. After an operation, tell your surgical team the same day about new or worse "
            "weakness on the operated side. After either treatment, if weakness of the face comes with a "
            "weak arm or leg or trouble speaking, call your emergency number now.",
            "R61", "R112", "R67", "R104", "R90", "R116",
        ),
        H("page_symptoms.ear", "Clicking in the ear and hearing"),
        P(
            "page_symptoms.ear_click",
            "The facial nerve also moves a tiny muscle in the ear. When it twitches, you may hear clicking "
            "in that ear.",
            "R5", "R17", "R87", "R89",
        ),
        SAME_DAY(
            "page_symptoms.same_day_hearing",
            "Sudden hearing loss in one ear: see an ear, nose and throat doctor today. Treatment works best "
            "when it starts early.",
            "R91",
        ),
        SOON(
            "page_symptoms.soon_hearing",
            "Hearing that slowly gets worse in one ear, ringing in the ear, or trouble with balance.",
            "R92", "R27",
        ),
        MORE("page_symptoms.more_ear", "More detail: ear clicking and hearing"),
        P(
            "page_symptoms.hearing_not_stage",
            "Hearing loss is not a stage of hemifacial spasm.",
            "R87", "R119",
        ),
        P(
            "page_symptoms.ear_click_how_often",
            "The tiny ear muscle is called the stapedius. Studies found ear clicking in about 23 to 30 in "
            "100 people with hemifacial spasm. The clicking can stop when the spasm is treated.",
            "R22", "R87", "R37", "R89",
        ),
        P(
            "page_symptoms.hearing_feel",
            "Some people feel they hear less well on that side. But in one study of 126 people, hearing "
            "tests were no different from those of people without hemifacial spasm.",
            "R87",
        ),
        P(
            "page_symptoms.hearing_study_143",
            "One older study of 143 people with hemifacial spasm found small changes on hearing tests in "
            "about 23 in 100. The researchers thought the same blood vessel was also touching the nerve for "
            "hearing. So hearing changes can happen in some people, but hearing loss is not an expected "
            "part of hemifacial spasm.",
            "R119",
        ),
        P(
            "page_symptoms.hearing_growth",
            "Slow hearing loss, ringing or poor balance can come from a rare growth on the nerve for "
            "hearing and balance. That is why a doctor should check them.",
            "R92", "R27",
        ),
        P(
            "page_symptoms.hearing_surgery",
            "Hearing loss in one ear is also a known risk of the operation for hemifacial spasm. The "
            "Treatment page explains this.",
            "R66", "R65",
        ),
        H("page_symptoms.both_sides", "Can it affect both sides?"),
        P(
            "page_symptoms.both_sides_how",
            "Very rarely. Then each side twitches at its own times. The second side often starts years after the first.",
            "R13", "R26", "R25", "R37",
        ),
        SOON(
            "page_symptoms.soon_both_sides",
            "Twitching on both sides of the face.",
            "R25", "R38",
        ),
        MORE("page_symptoms.more_sides", "More detail: which side, and both sides"),
        P(
            "page_symptoms.both_eyes_together",
            "If both eyes squeeze shut, it may be a different condition, such as "
            "blepharospasm.",
            "R40", "R41",
        ),
        P(
            "page_symptoms.which_side_1",
            "It can affect either side. Several studies found the left side a little more often, in about 53 "
            "to 62 in 100 people. This is not a rule.",
            "R21", "R13", "R19",
        ),
        P(
            "page_symptoms.both_sides_rare",
            "Studies differ on how often both sides are affected: one found it in 5 of 158 people, another "
            "in 7 of 1,642. In one group of people, the second side started about 8 years after the first, "
            "on average.",
            "R13", "R26", "R25",
        ),
        H("page_symptoms.other_pattern", "Can it start in the cheek or mouth?"),
        P(
            "page_symptoms.cheek_start",
            "Yes, in a small number of people: about 8 in 100 in one large study, and fewer in other "
            "sources. The twitching then spreads up to the eye.",
            "R65", "R17",
        ),
        P(
            "page_symptoms.cheek_start_tell",
            "This also happens in hemifacial spasm caused by a blood vessel. On its own it is no reason for alarm, but "
            "tell your doctor.",
            "R65",
        ),
        P(
            "page_symptoms.unusual_intro",
            "Some other signs can point to another cause.",
            "R15", "R46", "R38",
        ),
        SOON(
            "page_symptoms.soon_whole_face_start",
            "Twitching of the upper and lower face together from the very first day.",
            "R21",
        ),
        SOON(
            "page_symptoms.soon_unusual",
            "Twitching that started before age 40.",
            "R6", "R31",
        ),
        SOON(
            "page_symptoms.soon_ms",
            "New twitching if you have multiple sclerosis (MS), a disease of the brain and spinal cord.",
            "R29",
        ),
        SOON(
            "page_symptoms.soon_pull",
            "A long, steady pull of the face, or the corner of the mouth pulled down.",
            "R38",
        ),
        MORE("page_symptoms.more_pattern", "More detail: where the numbers come from"),
        P(
            "page_symptoms.same_moment_typical",
            "Note the difference: once the twitching has spread, the eye and mouth often tighten at the same "
            "moment during a spasm. That is typical. Upper and lower face twitching together from the very "
            "first day is not.",
            "R102", "R21",
        ),
        P(
            "page_symptoms.cheek_start_sources",
            "The figure of 8 in 100 comes from a study of 648 people who had an operation for hemifacial "
            "spasm. An online encyclopedia gives a lower figure.",
            "R65", "R17",
        ),
        P(
            "page_symptoms.whole_face_study",
            "In one study, 65 in 100 people with hemifacial spasm caused by a blood vessel first had twitching only "
            "around the eye. Of people whose spasm had another cause, 72 in 100 had upper and lower face "
            "twitching together from the start.",
            "R21",
        ),
        H("page_symptoms.over_time", "How does it change over the years?"),
        P(
            "page_symptoms.chronic",
            "For most people, hemifacial spasm lasts for years. It usually gets slowly worse: the twitches "
            "come more often and spread.",
            "R1", "R5", "R24",
        ),
        MORE("page_symptoms.more_over_time", "More detail: how the face can change"),
        P(
            "page_symptoms.face_uneven",
            "In time, the face may look uneven, as if pulled to one side. Slight weakness on that side can "
            "also develop over the years, even without injections. Tell your doctor about it.",
            "R78", "R37",
        ),
        H("page_symptoms.goes_away", "Can it go away by itself?"),
        P(
            "page_symptoms.goes_away_short",
            "Sometimes. Some people get better without treatment, but for most it lasts.",
            "R23", "R1", "R5",
        ),
        MORE("page_symptoms.more_goes_away", "More detail: a study of people who had no treatment"),
        P(
            "page_symptoms.remission_study",
            "Most sources say it rarely goes away by itself. But one study from Korea followed 104 people "
            "who chose no treatment, for 12 years on average. In about 4 in 10 of them (43 people), the "
            "spasm went away. This happened from 2 months to 23 years after it started.",
            "R55", "R56", "R23",
        ),
        P(
            "page_symptoms.remission_rest",
            "In that study, the spasm stayed the same in 40 people, got a little better in 10 and got "
            "worse in 11.",
            "R23",
        ),
        P(
            "page_symptoms.remission_caveat",
            "These 104 people were a special group: of 2,155 people the researchers saw, only they chose "
            "no treatment. So the result may not apply to everyone.",
            "R23",
        ),
    ),
)
