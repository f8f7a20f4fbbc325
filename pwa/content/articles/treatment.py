"""Treatment: the 3 options and how people choose; botulinum toxin injections (how given, onset,
duration, how well they work, side effects with numbers, rare spread of the toxin, what to tell the
injector, driving); medicines by mouth; microvascular decompression surgery (what it is, success,
delayed relief, recurrence, risks with numbers, who it may suit)."""

from pwa.content.model import EMERGENCY, H3, LI, NOTE, SAME_DAY, H, P, Page

PAGE = Page(
    slug="treatment",
    title=H("page_treatment.title", "Treatment"),
    summary=P(
        "page_treatment.summary",
        "Injections, medicines and surgery for hemifacial spasm: how well they work, their risks and how "
        "people choose.",
    ),
    blocks=(
        H("page_treatment.options", "What are the options?"),
        P(
            "page_treatment.options_1",
            "There are 3 main treatments: injections of botulinum toxin, medicines taken by mouth, and an "
            "operation called microvascular decompression.",
            "R3", "R4", "R8", "R99",
        ),
        P(
            "page_treatment.options_2",
            "Injections and medicines only ease the spasms for a while. The operation treats the usual "
            "cause, a blood vessel pressing on the nerve. It is the only treatment that can cure hemifacial "
            "spasm.",
            "R10", "R12", "R5", "R3", "R6",
        ),
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
            "Botulinum toxin, often called Botox, is a medicine that weakens muscles for a while. A doctor "
            "injects small amounts into the twitching muscles of the face. It is the usual first treatment.",
            "R3", "R4", "R10", "R12", "R5",
        ),
        P(
            "page_treatment.botulinum_symptoms",
            "The injections do not take the pressure off the nerve. They treat the spasms, not the cause.",
            "R3", "R10", "R103",
        ),
        P(
            "page_treatment.botulinum_how_well",
            "One review says that about 85 to 95 out of every 100 people who get the injections have "
            "moderate to marked relief. Studies differ: another review found results from about 73 to 98 "
            "out of 100.",
            "R12", "R56",
        ),
        P(
            "page_treatment.botulinum_timing",
            "On average, the effect starts after about 4 to 8 days and lasts about 12 to 15 weeks. Sources "
            "differ, from about 3 to 6 months. Then the injections are repeated.",
            "R61", "R57", "R58", "R56", "R60", "R4", "R6", "R12",
        ),
        NOTE(
            "page_treatment.botulinum_duration_note",
            "Some articles say one injection lasts at least 3 to 6 months. On average the effect lasts "
            "about 3 months, and many people need a new injection every 3 to 4 months.",
            "R56", "R60", "R61", "R12",
        ),
        H3("page_treatment.side_effects", "What side effects can happen?"),
        P(
            "page_treatment.side_effects_intro",
            "Most side effects are mild and do not last. In one study of 470 "
            "injection visits, about 80 in 100 caused no side effect at all. "
            "Possible side effects are:",
            "R57", "R61",
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
        SAME_DAY(
            "page_treatment.eye_same_day",
            "After an injection near the eye, contact the clinic the same day if the eyelid cannot close "
            "fully, the eye is painful, red or very dry, or your vision is blurred or double.",
            "R112", "R113", "R114",
        ),
        EMERGENCY(
            "page_treatment.spread_emergency",
            "Rarely, the medicine spreads beyond the face, hours to weeks after the injection. If you have "
            "trouble swallowing, speaking or breathing, or weakness that spreads beyond your face, call your "
            "emergency number now. These problems can be life-threatening.",
            "R63", "R111", "R113",
        ),
        H3("page_treatment.before_injection", "Before and after an injection"),
        P(
            "page_treatment.tell_injector",
            "Tell the doctor if you have a disease of the nerves and muscles, such as myasthenia gravis. "
            "Also tell them if you have trouble swallowing or breathing. These raise the risk of serious "
            "weakness.",
            "R120", "R111",
        ),
        P(
            "page_treatment.driving",
            "Do not drive or do risky tasks while your vision or strength is affected.",
            "R113",
        ),
        H("page_treatment.medicines", "Medicines taken by mouth"),
        P(
            "page_treatment.medicines_which",
            "Some medicines taken by mouth can be tried. Examples are carbamazepine, clonazepam, baclofen "
            "and gabapentin.",
            "R4", "R6", "R3",
        ),
        P(
            "page_treatment.medicines_limits",
            "They often do not work well, and they can cause side effects. They may help in early or mild "
            "cases, but the effect often fades.",
            "R4", "R6", "R99",
        ),
        P(
            "page_treatment.medicines_when",
            "They are mainly used when someone does not want injections or cannot have surgery.",
            "R6",
        ),
        H("page_treatment.surgery", "Microvascular decompression surgery"),
        P(
            "page_treatment.surgery_what",
            "Microvascular decompression (MVD) is an operation that takes the pressure off the facial "
            "nerve, the nerve that moves the face. You are fully asleep. The surgeon makes a small cut "
            "behind the ear and a small opening in the skull.",
            "R3", "R109",
        ),
        P(
            "page_treatment.surgery_cushion",
            "The surgeon finds the blood vessel that presses on the nerve. They put a small, soft pad "
            "between the vessel and the nerve. Some surgeons move the vessel away from the nerve instead.",
            "R3", "R73",
        ),
        H3("page_treatment.surgery_results", "How well does it work?"),
        P(
            "page_treatment.surgery_success",
            "In large reviews, the spasms stopped completely in about 85 to 91 out of every 100 people.",
            "R66", "R68", "R12", "R70",
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
            "In one study of 100 people, 67 had no spasms in the first week, and 26 more became free of "
            "spasms later. In the long run, 86 of the 100 were free of spasms.",
            "R70", "R71", "R104",
        ),
        P(
            "page_treatment.surgery_recurrence",
            "Spasms can come back. Most studies found this in fewer than 1 to about 10 in 100 people. One "
            "small early study found it in 5 of 25 people.",
            "R67", "R66", "R72", "R65", "R13",
        ),
        H3("page_treatment.surgery_risks", "What are the risks?"),
        P(
            "page_treatment.surgery_risks_intro",
            "MVD is brain surgery, so it has risks. Studies differ. Large studies often find fewer problems "
            "than small ones:",
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
            "A leak of the clear fluid around the brain: about 1 in 100 in a large review.",
            "R66",
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
            "Stroke or death: very rare. A large review found each in fewer than 1 in 1,000 people. One "
            "large study of 648 people found a stroke in the brainstem (the lowest part of the brain) in "
            "about 3 in 1,000, and death in about 1 in 1,000.",
            "R66", "R65",
        ),
        P(
            "page_treatment.surgery_ask",
            "The operation should be done by an experienced surgeon. Ask your surgeon about their own "
            "results and risks.",
            "R99",
        ),
        H3("page_treatment.surgery_who", "Who may it suit?"),
        P(
            "page_treatment.surgery_who_1",
            "It may be offered when injections stop working or cause too many side effects.",
            "R72",
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
    ),
)
