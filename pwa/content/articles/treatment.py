"""Treatment: In short; botulinum toxin injections (how given, onset, duration, urgent side effects,
what to tell the injector, driving; more detail: how well they work, side effects with numbers, use
over many years); tablets; microvascular decompression (what it is, success, main risk, who it may
suit; more detail: results, delayed relief, spasms coming back vs repeat operations, risks with
numbers, recovery); and the facts.md 3.13 rule on weakness of the face after either treatment."""

from pwa.content.model import EMERGENCY, LI, MORE, NOTE, SAME_DAY, SHORT, H, P, Page

PAGE = Page(
    slug="treatment",
    title=H("page_treatment.title", "Treatment"),
    summary=P(
        "page_treatment.summary",
        "Injections, tablets and surgery for hemifacial spasm: how well they work, their risks and how "
        "people choose.",
    ),
    blocks=(
        SHORT(
            "page_treatment.in_short_1",
            "There are 3 main treatments: botulinum toxin injections, tablets, and an operation called "
            "microvascular decompression.",
            "R3", "R4", "R99",
        ),
        SHORT(
            "page_treatment.in_short_2",
            "Injections help most people. The effect wears off after about 3 months, so they are repeated.",
            "R12", "R56",
        ),
        SHORT(
            "page_treatment.in_short_3",
            "The operation is the only treatment that can cure hemifacial spasm. It works for most people, "
            "but it has risks.",
            "R10", "R66",
        ),
        SHORT(
            "page_treatment.in_short_4",
            "The best choice depends on you. It helps to talk with a neurologist and a neurosurgeon.",
            "R95",
        ),
        MORE("page_treatment.more_choose", "More detail: how people choose"),
        P(
            "page_treatment.choose",
            "The best choice depends on how bad the spasms are, your age, your other illnesses, the cause, "
            "the risks of surgery for you, how well injections work and what you want. It helps to talk with both a "
            "neurologist, a doctor for the brain and nerves, and a neurosurgeon, a surgeon for the brain "
            "and nerves.",
            "R95", "R3",
        ),
        H("page_treatment.botulinum", "Botulinum toxin injections"),
        P(
            "page_treatment.botulinum_what",
            "A doctor injects small amounts of botulinum toxin (Botox) into the twitching muscles to weaken "
            "them. This eases the spasms, but it does not fix the cause.",
            "R3", "R10", "R103",
        ),
        P(
            "page_treatment.botulinum_timing",
            "The effect usually starts after about 4 to 8 days. It lasts about 3 months on average, so the "
            "injections are repeated.",
            "R61", "R57", "R56", "R60",
        ),
        P(
            "page_treatment.side_effects_intro",
            "Side effects are usually mild and short-lived, such as a drooping eyelid, a dry eye or bruising.",
            "R57", "R61", "R112",
        ),
        P(
            "page_treatment.spread_intro",
            "Rarely, the medicine spreads beyond the face. This can be life-threatening.",
            "R63", "R111",
        ),
        EMERGENCY(
            "page_treatment.spread_emergency",
            "Trouble swallowing, speaking or breathing, or weakness beyond the face, hours to weeks after an "
            "injection.",
            "R63", "R111", "R113",
        ),
        SAME_DAY(
            "page_treatment.eye_same_day",
            "After an injection near the eye: the eyelid cannot close fully, or the eye is painful, red or "
            "very dry.",
            "R112", "R113", "R114",
        ),
        SAME_DAY(
            "page_treatment.vision_same_day",
            "Blurred or double vision after an injection.",
            "R113", "R112",
        ),
        P(
            "page_treatment.tell_injector",
            "Before an injection, tell the doctor if you have a disease of the nerves and muscles, such as "
            "myasthenia gravis, or trouble swallowing or breathing.",
            "R120", "R111",
        ),
        P(
            "page_treatment.driving",
            "Do not drive while your sight or strength is affected.",
            "R113",
        ),
        MORE("page_treatment.more_injections", "More detail: how well injections work"),
        P(
            "page_treatment.botulinum_how_well",
            "One review says that about 85 to 95 out of every 100 people who get the injections have "
            "moderate to marked relief. Studies differ: another review found results from about 73 to 98 "
            "out of 100.",
            "R12", "R56",
        ),
        NOTE(
            "page_treatment.botulinum_duration_note",
            "Some articles say one injection lasts at least 3 to 6 months. For most people that is too "
            "long: in studies, the effect lasted about 12 to 15 weeks on average. Sources give from about "
            "3 to 6 months between injections, and many people need a new one every 3 to 4 months.",
            "R56", "R60", "R57", "R4", "R12",
        ),
        MORE("page_treatment.more_side_effects", "More detail: side effects of injections"),
        P(
            "page_treatment.side_effects_numbers",
            "In one study of 470 injection visits, about 80 in 100 caused no side effect at all. Side "
            "effects that were found:",
            "R57",
        ),
        LI(
            "page_treatment.side_ptosis",
            "A drooping upper eyelid. One study found it in about 3 in 100. Another, which also included "
            "people with blepharospasm (a different eyelid condition), found it after 12 in 100 treatments.",
            "R61", "R59",
        ),
        LI(
            "page_treatment.side_weakness",
            "Weakness of the face on the treated side, such as a crooked smile. One study found it in about "
            "18 in 100. A small study of people with different face conditions found it after about 12 in "
            "100 visits.",
            "R61", "R64",
        ),
        LI(
            "page_treatment.side_dry_eye",
            "A dry eye, or an eyelid that does not close fully. In an older study, mostly of people with "
            "blepharospasm, dry eye was reported in about 18 in 100.",
            "R112", "R114",
        ),
        LI(
            "page_treatment.side_bruising",
            "Redness, bruising or swelling where the needle went in: about 5 in 100 injection visits in "
            "one study.",
            "R57",
        ),
        P(
            "page_treatment.side_lasting",
            "Weakness usually goes away. But one small, older study of 12 people found weakness of the "
            "lower face in 9. In 8 of them, it only partly went away.",
            "R61", "R115",
        ),
        MORE("page_treatment.more_long_term", "More detail: injections over many years"),
        P(
            "page_treatment.long_term_effect",
            "Injections keep working for most people. A review of studies found that the effect did not get "
            "weaker over time.",
            "R56",
        ),
        P(
            "page_treatment.long_term_dose",
            "A higher dose than needed does not make the effect last longer. In one study, the dose tended "
            "to rise over the first 3 and a half years, and then stayed about the same.",
            "R59", "R61",
        ),
        P(
            "page_treatment.long_term_eyes",
            "After years of injections, one study found that the eye on the treated side made fewer good "
            "tears and was less sensitive than the other eye. Long-term use may also make the treated side "
            "of the face look flatter.",
            "R108", "R9",
        ),
        H("page_treatment.medicines", "Tablets"),
        P(
            "page_treatment.medicines_which",
            "Tablets (medicines taken by mouth) such as carbamazepine, clonazepam, baclofen or gabapentin "
            "can be tried. They often do not work well.",
            "R4", "R6", "R3",
        ),
        MORE("page_treatment.more_tablets", "More detail: tablets"),
        P(
            "page_treatment.medicines_limits",
            "Tablets can cause side effects. They may help in early or mild cases, but the effect often "
            "fades.",
            "R4", "R6", "R99",
        ),
        P(
            "page_treatment.medicines_when",
            "They are mainly used when someone does not want injections or cannot have surgery.",
            "R6",
        ),
        H("page_treatment.surgery", "The operation: microvascular decompression"),
        P(
            "page_treatment.surgery_what",
            "This operation takes the pressure off the facial nerve. While you are asleep, the surgeon works "
            "through a small opening behind the ear. They put a small, soft pad between the blood vessel and "
            "the nerve.",
            "R3", "R109", "R73",
        ),
        P(
            "page_treatment.surgery_success",
            "In large reviews, the spasms stopped completely in about 85 to 91 out of every 100 people. "
            "Some studies found fewer. Relief can take weeks or months to come.",
            "R66", "R68", "R12", "R70", "R74", "R71",
        ),
        P(
            "page_treatment.surgery_risks_short",
            "It is brain surgery, so it has risks. One is hearing loss in one ear for good: about 2 to 3 in "
            "100 people in large studies.",
            "R66", "R67", "R65",
        ),
        MORE("page_treatment.more_surgery_results", "More detail: who it is for, and its results"),
        P(
            "page_treatment.surgery_who_1",
            "It may be offered when injections stop working or cause too many side effects.",
            "R72",
        ),
        P(
            "page_treatment.surgery_ask",
            "The operation should be done by an experienced surgeon. Ask your surgeon about their own "
            "results and risks.",
            "R99",
        ),
        P(
            "page_treatment.surgery_transposition",
            "Some surgeons move the blood vessel away from the nerve instead of using a pad.",
            "R73",
        ),
        P(
            "page_treatment.surgery_lower",
            "Some studies found less. In one study that followed 135 people, 63 in 100 had no spasms after "
            "12 months. Another 14 in 100 had almost none.",
            "R74",
        ),
        P(
            "page_treatment.surgery_delayed",
            "Relief can take time. Spasms may fade over weeks or months, and rarely over more than a year. "
            "In one study of 100 people, 67 had no spasms in the first week. Another 26 became free of "
            "spasms later, half of them within about 9 months. In the long run, 86 of the 100 were free of "
            "spasms. This means that in a few people the spasms came back.",
            "R70", "R71", "R104",
        ),
        P(
            "page_treatment.surgery_recurrence",
            "Spasms can come back after they have stopped. Most studies found this in fewer than 1 to about "
            "10 in 100 people. One small early study found it in 5 of 25 people. When the operation does not "
            "work, this nearly always shows within 2 years.",
            "R67", "R66", "R72", "R65", "R13",
        ),
        P(
            "page_treatment.surgery_repeat",
            "Spasms coming back is not the same as having a second operation. A large review found that "
            "spasms came back in about 2 in 100 people, and about 1 in 100 had a second operation. One "
            "large study found a second operation in about 9 in 100.",
            "R66", "R65",
        ),
        P(
            "page_treatment.surgery_who_2",
            "Studies differ on who does best. One surgical study suggests it as the first choice for people "
            "under 30. A patient leaflet says it works best when the spasms started recently. But one large "
            "study of 648 people found that age and how long the spasms had lasted did not change the "
            "result.",
            "R26", "R96", "R65",
        ),
        NOTE(
            "page_treatment.surgery_not_guaranteed",
            "Some articles call surgery a permanent cure. It is the only treatment that can cure hemifacial "
            "spasm, but it does not work for everyone, and spasms sometimes come back.",
            "R66", "R74", "R67", "R65",
        ),
        MORE("page_treatment.more_surgery_risks", "More detail: risks of the operation"),
        P(
            "page_treatment.surgery_risks_intro",
            "Studies differ. Large studies often find fewer problems than small ones:",
            "R66", "R67", "R65",
        ),
        LI(
            "page_treatment.risk_hearing",
            "Hearing loss in one ear for good: about 2 to 3 in 100 people in large studies, and about 5 to "
            "15 in 100 in some small ones.",
            "R66", "R67", "R65", "R72", "R69",
        ),
        LI(
            "page_treatment.risk_face",
            "Weakness of the face: about 6 to 19 in 100 for a while. It lasts for good in about 1 in 100 in "
            "large studies, and about 4 in 100 in one small study.",
            "R68", "R66", "R67", "R65", "R72",
        ),
        LI(
            "page_treatment.risk_leak",
            "A leak of spinal fluid, the clear fluid around the brain and spine: about 1 to 2 in 100 in a "
            "large review. There it did not last, but a leak sometimes needs another procedure.",
            "R66", "R118",
        ),
        LI(
            "page_treatment.risk_swallow",
            "A hoarse voice or trouble swallowing: about 3 in 100 in one large study. It lasted for good in "
            "about 1 in 1,000.",
            "R67",
        ),
        LI(
            "page_treatment.risk_other",
            "Bleeding, infection, or numbness of the face.",
            "R118",
        ),
        LI(
            "page_treatment.risk_stroke",
            "Stroke or death: very rare. A large review found each in fewer than 1 in 1,000 people. Another "
            "large study found a stroke in the brainstem (the lowest part of the brain) in about 3 in 1,000, "
            "and death in about 1 in 1,000.",
            "R66", "R65",
        ),
        MORE("page_treatment.more_recovery", "More detail: recovery after the operation"),
        P(
            "page_treatment.recovery_stay",
            "At one centre, the operation takes about 2 hours, and people usually stay in hospital for about "
            "2 days.",
            "R109",
        ),
        P(
            "page_treatment.recovery_relief",
            "The spasms may stop at once, or fade over the following days, weeks or months. In one review, "
            "about 1 in 4 people had relief that came later.",
            "R70", "R71",
        ),
        P(
            "page_treatment.recovery_face",
            "Weakness of the face on the operated side is common after the operation and usually gets "
            "better. In one study, all the people who had it recovered.",
            "R67", "R104",
        ),
        P(
            "page_treatment.recovery_life",
            "One study found that people's mood and social life got better after the operation. The page "
            "When to get help lists the warning signs to watch for at home.",
            "R74", "R117",
        ),
        H("page_treatment.face_weakness", "Weakness of the face after treatment"),
        P(
            "page_treatment.face_weakness_intro",
            "Both treatments can weaken the face on the treated side. What to do:",
            "R61", "R67",
        ),
        LI(
            "page_treatment.face_weakness_injection",
            "After an injection, weakness on the injected side that builds up over the first days is "
            "expected. Tell the clinic.",
            "R61", "R57", "R113",
        ),
        LI(
            "page_treatment.face_weakness_operation",
            "After the operation, weakness of the face on the operated side is common and usually gets "
            "better. But if it is new or getting worse, tell your surgical team the same day.",
            "R67", "R104",
        ),
        EMERGENCY(
            "page_treatment.face_droop_emergency",
            "A sudden droop of one side of the face, even on its own, unless it is on the side of your "
            "operation while you are recovering from it (see above).",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_treatment.droop_stroke_emergency",
            "A droop of the face with a weak arm or leg, or trouble speaking, even after an injection or "
            "operation.",
            "R90", "R116",
        ),
    ),
)
