"""Symptoms: where hemifacial spasm starts and how it spreads (only facial-nerve muscles), the eye
forced shut, the eyebrow-lift sign, twitching in sleep, why pain, numbness or weakness need checking,
ear clicking versus real hearing loss, both sides, the pattern that starts at the cheek or mouth,
and how it changes over the years."""

from pwa.content.model import ALT, EMERGENCY, FIGURE, SAME_DAY, SOON, H, P, Page

PAGE = Page(
    slug="symptoms",
    title=H("page_symptoms.title", "Symptoms"),
    summary=P(
        "page_symptoms.summary",
        "How hemifacial spasm starts, how it spreads and changes over time, and which signs a doctor "
        "should check.",
    ),
    blocks=(
        P(
            "page_symptoms.intro",
            "Hemifacial spasm is twitching on one side of the face that you cannot control. It comes from "
            "the facial nerve, the nerve that moves the muscles on that side of the face.",
            "R2", "R5", "R13",
        ),
        H("page_symptoms.where_it_starts", "Where does it start?"),
        P(
            "page_symptoms.first_sign",
            "It usually starts with twitching around one eye. The lower eyelid is the most common place "
            "to start.",
            "R13", "R1", "R17",
        ),
        P(
            "page_symptoms.comes_and_goes",
            "At first the twitches come and go. Over time they tend to happen more often. They can become "
            "almost constant.",
            "R5", "R1",
        ),
        P(
            "page_symptoms.worse_with",
            "The twitching is often worse when you are stressed, tired or upset. Talking, eating and "
            "moving your face can also make it worse.",
            "R4", "R7", "R22", "R37", "R36",
        ),
        H("page_symptoms.spread", "How does it spread?"),
        P(
            "page_symptoms.spread_1",
            "Over time, the twitching usually spreads to other muscles on the same side of the face. In "
            "one study of 178 people, it spread in about 93 of every 100.",
            "R24",
        ),
        P(
            "page_symptoms.spread_order",
            "The usual order is the eye, then the cheek, then the mouth, then the chin and neck. The "
            "corner of the mouth may be pulled to one side.",
            "R1", "R10", "R17", "R37",
        ),
        P(
            "page_symptoms.facial_nerve_only",
            "The twitching stays in the muscles moved by the facial nerve. These include the muscles of "
            "the chin and a thin muscle at the front of the neck. They do not include the jaw muscles you "
            "chew with. Spasm of the chewing muscles points to a different condition.",
            "R36", "R10", "R14", "R102",
        ),
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
        H("page_symptoms.eyebrow", "The eyebrow sign"),
        P(
            "page_symptoms.eyebrow_1",
            "When the eye squeezes shut, the eyebrow on the same side often goes up. You cannot do this "
            "on purpose. Doctors call it the other Babinski sign.",
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
            "R40", "R32", "R33", "R37",
        ),
        H("page_symptoms.sleep", "Does it stop during sleep?"),
        P(
            "page_symptoms.sleep_1",
            "Not always. The twitching can go on while you sleep, though it is usually weaker. For some "
            "people it makes sleep harder.",
            "R9", "R37", "R96",
        ),
        H("page_symptoms.pain", "Does it hurt?"),
        P(
            "page_symptoms.painless",
            "The twitching itself does not hurt, but it can feel uncomfortable. It does not cause "
            "numbness.",
            "R5", "R7", "R105",
        ),
        P(
            "page_symptoms.check_pain_numbness",
            "Pain, numbness or weakness of the face are not typical of hemifacial spasm. They can have "
            "another cause, so a doctor should check them.",
            "R15", "R46", "R94",
        ),
        EMERGENCY(
            "page_symptoms.emergency_weakness",
            "If one side of your face suddenly droops or becomes weak, call your emergency number now, "
            "even if it gets better again. This can be a stroke.",
            "R90", "R116",
        ),
        SOON(
            "page_symptoms.soon_numbness",
            "See a doctor soon if the twitching comes with numbness, with pain in the face, or with weakness "
            "that came on slowly. The page When to get help has more.",
            "R15", "R46", "R38", "R94",
        ),
        H("page_symptoms.ear", "Clicking in the ear and hearing"),
        P(
            "page_symptoms.ear_click",
            "The facial nerve also moves a tiny muscle in the ear, called the stapedius. When it twitches, "
            "you may hear a clicking sound in the ear on that side.",
            "R5", "R17", "R87", "R89",
        ),
        P(
            "page_symptoms.ear_click_how_often",
            "Studies found ear clicking in about 23 to 30 of every 100 people with hemifacial spasm. The "
            "clicking can stop when the spasm is treated.",
            "R22", "R87", "R37", "R89",
        ),
        P(
            "page_symptoms.hearing_feel",
            "Some people feel they hear less well on that side. But in one study of 126 people, hearing "
            "tests were no different from those of people without hemifacial spasm.",
            "R87",
        ),
        P(
            "page_symptoms.hearing_not_stage",
            "Hearing loss is not a stage of hemifacial spasm. One older study of 143 people who had surgery "
            "found small changes on hearing tests in about 23 of every 100. So hearing changes can happen in "
            "some people, but hearing loss is not an expected part of it.",
            "R119", "R87",
        ),
        P(
            "page_symptoms.hearing_surgery",
            "Hearing loss in one ear is a known risk of surgery for hemifacial spasm. The Treatment page "
            "explains this.",
            "R66", "R65",
        ),
        SAME_DAY(
            "page_symptoms.same_day_hearing",
            "Sudden hearing loss in one ear needs a doctor the same day. Treatment works best when it "
            "starts early.",
            "R91",
        ),
        SOON(
            "page_symptoms.soon_hearing",
            "See a doctor soon if your hearing slowly gets worse in one ear, or if you have ringing in the "
            "ear or trouble with balance. A rare growth on the nerve for hearing and balance can cause these.",
            "R92", "R27",
        ),
        H("page_symptoms.which_side", "Which side does it affect?"),
        P(
            "page_symptoms.which_side_1",
            "It can affect either side. Several studies found the left side a little more often, in about 53 "
            "to 62 of every 100 people. This is not a rule.",
            "R21", "R13", "R19",
        ),
        H("page_symptoms.both_sides", "Can it affect both sides?"),
        P(
            "page_symptoms.both_sides_rare",
            "Very rarely. Studies differ: one found both sides affected in 5 of 158 people, another in 7 "
            "of 1,642.",
            "R13", "R26",
        ),
        P(
            "page_symptoms.both_sides_how",
            "When both sides are affected, it starts on one side first. The other side can start years "
            "later. The two sides twitch at different times, not together.",
            "R25", "R37",
        ),
        SOON(
            "page_symptoms.soon_both_sides",
            "If both sides of your face twitch, see a doctor soon. Twitching of both eyes together can be "
            "a different condition, such as blepharospasm.",
            "R25", "R38", "R40",
        ),
        H("page_symptoms.other_pattern", "Can it start in the cheek or mouth?"),
        P(
            "page_symptoms.cheek_start",
            "Yes, but this is less common. The twitching starts in the cheek or mouth and later spreads up "
            "to the eye. In one study of 648 people who had surgery, 8 in 100 started this way.",
            "R65", "R17",
        ),
        P(
            "page_symptoms.cheek_start_tell",
            "This pattern also happens when a blood vessel is the cause, so on its own it is not a reason "
            "for alarm. Tell your doctor about it.",
            "R65",
        ),
        P(
            "page_symptoms.eye_and_mouth_together",
            "Also tell your doctor if the eye and the mouth started twitching together from the very "
            "beginning. This is more common when there is another cause.",
            "R21",
        ),
        SOON(
            "page_symptoms.soon_unusual",
            "See a doctor soon if the twitching started before age 40. Also see a doctor soon if you have "
            "multiple sclerosis (MS), a disease of the brain and spinal cord, and the twitching is new. "
            "The same applies if the face pulls in a long, steady way, or the corner of the mouth is pulled "
            "down. These signs can point to another cause.",
            "R6", "R31", "R29", "R38",
        ),
        H("page_symptoms.over_time", "How does it change over the years?"),
        P(
            "page_symptoms.chronic",
            "For most people, hemifacial spasm lasts for years. It usually gets slowly worse: the twitches "
            "come more often and spread.",
            "R1", "R5", "R24",
        ),
        P(
            "page_symptoms.remission_study",
            "Most sources say it rarely goes away by itself. But one study from Korea followed 104 people "
            "who chose no treatment, for 12 years on average. In 43 of them, the spasm went away. This "
            "happened from 2 months to 23 years after it started.",
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
            "no treatment. So the result may not apply to everyone. Some people get better without "
            "treatment, but for most it lasts.",
            "R23",
        ),
        P(
            "page_symptoms.face_uneven",
            "In time, the face may look uneven, as if pulled to one side. Slight weakness on that side can "
            "also develop, even without injections.",
            "R78", "R37",
        ),
    ),
)
