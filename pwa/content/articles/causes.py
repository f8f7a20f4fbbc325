"""Causes: In short first; the usual cause of hemifacial spasm (a blood vessel, usually an artery,
pressing on the facial nerve where it leaves the brainstem), primary and secondary hemifacial spasm,
the rarer causes and how rare they are, what does not cause it (stress and tiredness only make it
worse), why a vessel touching the nerve on a scan is not proof by itself, family history and a
possible link with high blood pressure. Study figures sit under "More detail"."""

from pwa.content.model import ALT, FIGURE, LI, MORE, SHORT, H, P, Page

PAGE = Page(
    slug="causes",
    title=H("page_causes.title", "Causes"),
    summary=P(
        "page_causes.summary",
        "What usually causes hemifacial spasm, what the rarer causes are and what does not cause it.",
    ),
    blocks=(
        SHORT(
            "page_causes.in_short_usual",
            "The usual cause of hemifacial spasm is a blood vessel pressing on the facial nerve.",
            "R3", "R10", "R66",
        ),
        SHORT(
            "page_causes.in_short_other",
            "Less often, the nerve was damaged before, for example by Bell's palsy. A tumour is a rare cause.",
            "R14", "R21", "R27", "R26",
        ),
        SHORT(
            "page_causes.in_short_stress",
            "Stress and tiredness can make the twitching worse, but they do not cause it.",
            "R4", "R7", "R10",
        ),
        H("page_causes.usual_cause", "The usual cause of hemifacial spasm: a blood vessel"),
        P(
            "page_causes.vessel",
            "In most people with hemifacial spasm, a blood vessel presses on the facial nerve. It is usually "
            "an artery, a vessel that carries blood from the heart.",
            "R3", "R4", "R10", "R66",
        ),
        FIGURE(
            "page_causes.nerve_figure",
            "nerve.svg",
            caption=P(
                "page_causes.nerve_figure_caption",
                "The facial nerve leaves the brainstem and runs to the face. In most people with hemifacial "
                "spasm, a blood vessel presses on the nerve close to the brainstem.",
                "R10", "R3", "R17",
            ),
            alt=ALT(
                "page_causes.nerve_figure_alt",
                "A drawing of the head from the side. The facial nerve leaves the brainstem behind the ear "
                "and branches out to the face. A looping blood vessel presses on the nerve near the "
                "brainstem.",
            ),
            key=(
                ALT("page_causes.nerve_figure_key_artery", "A blood vessel (an artery)"),
                ALT("page_causes.nerve_figure_key_nerve", "The facial nerve and its branches to the face"),
                ALT("page_causes.nerve_figure_key_brainstem", "The brainstem, the lowest part of the brain"),
            ),
        ),
        MORE("page_causes.more_vessel", "More detail: how it irritates the nerve, and which blood vessels"),
        P(
            "page_causes.extra_signals",
            "The blood vessel beats with every heartbeat. This irritates the nerve, so it sends extra "
            "signals and the muscles twitch. Experts still debate the details.",
            "R5", "R10", "R17",
        ),
        P(
            "page_causes.where",
            "This happens where the nerve leaves the brainstem. The brainstem is the lowest part of the "
            "brain, where it joins the spinal cord.",
            "R3", "R10",
        ),
        P(
            "page_causes.which_arteries",
            "The artery is usually one of a few arteries at the base of the brain, close to the nerve. "
            "Sometimes several vessels press on the nerve together. Rarely, a vein presses on it.",
            "R68", "R100", "R52",
        ),
        H("page_causes.primary_secondary", "Primary and secondary"),
        P(
            "page_causes.primary",
            "When a blood vessel is thought to be the cause, doctors call it primary hemifacial spasm. It is "
            "by far the most common type.",
            "R10", "R21", "R22",
        ),
        P(
            "page_causes.secondary",
            "When something else has damaged the facial nerve, doctors call it secondary hemifacial spasm.",
            "R10", "R14", "R21",
        ),
        MORE("page_causes.more_primary", "More detail: how common each type is"),
        P(
            "page_causes.primary_how_common",
            "In studies, about 77 to 88 in 100 people with hemifacial spasm had the primary type.",
            "R21", "R22", "R61",
        ),
        P(
            "page_causes.idiopathic",
            "You may also hear the word idiopathic. It means that no cause was found. Even then, a blood "
            "vessel pressing on the nerve is the likely cause in most people.",
            "R4", "R14", "R10",
        ),
        H("page_causes.other_causes", "Other causes"),
        P(
            "page_causes.other_intro",
            "These causes are less common. The main ones are:",
            "R14", "R21",
        ),
        LI(
            "page_causes.bells_palsy",
            "Bell's palsy or another facial palsy, a weakness of one side of the face. Hemifacial spasm can "
            "start after it. This is the most common of the other causes.",
            "R14", "R13", "R21",
        ),
        LI(
            "page_causes.nerve_injury",
            "An injury to the facial nerve.",
            "R14",
        ),
        LI(
            "page_causes.tumour",
            "A tumour or a cyst (an abnormal growth) near the nerve: rare.",
            "R27", "R26", "R98", "R28",
        ),
        MORE("page_causes.more_other_causes", "More detail: rarer causes, and how often each is found"),
        LI(
            "page_causes.ms",
            "Multiple sclerosis, a disease that damages the covering of nerves in the brain and spinal "
            "cord: rare.",
            "R14", "R29",
        ),
        LI(
            "page_causes.stroke",
            "A stroke or other damage to blood vessels in the brain: rare.",
            "R14",
        ),
        LI(
            "page_causes.aneurysm_avm",
            "A bulge in the wall of an artery (aneurysm) or a tangle of abnormal blood vessels (AVM): "
            "very rare.",
            "R26", "R98",
        ),
        P(
            "page_causes.palsy_how_common",
            "After a facial palsy: studies differ, from fewer than 5 to about 22 in 100 people with "
            "hemifacial spasm.",
            "R14", "R13", "R21", "R30",
        ),
        P(
            "page_causes.injury_how_common",
            "An injury to the facial nerve: 6 in 100 in one study. Multiple sclerosis and stroke: each 2 in "
            "215 in the same study.",
            "R14",
        ),
        P(
            "page_causes.tumour_how_common",
            "A tumour or a cyst: in large studies, fewer than 1 in 100 people with hemifacial spasm had one.",
            "R27", "R26", "R98", "R28",
        ),
        H("page_causes.not_a_cause", "What does not cause it?"),
        P(
            "page_causes.stress_worse",
            "Stress, worry and being tired can make the twitching worse. But they do not cause hemifacial "
            "spasm. The cause is pressure on the nerve or damage to it.",
            "R4", "R7", "R22", "R10", "R3",
        ),
        P(
            "page_causes.not_your_fault",
            "So it is not your fault. Hemifacial spasm is not a mental health problem. It is not a tic, "
            "and it is not a seizure.",
            "R2", "R13", "R35", "R14",
        ),
        P(
            "page_causes.no_prevention",
            "Rest and less stress may help you feel more comfortable. But we found no study showing that "
            "they stop hemifacial spasm or prevent it.",
            "R4", "R7", "R96",
        ),
        H("page_causes.scan", "Is a blood vessel on a scan proof?"),
        P(
            "page_causes.mri",
            "To look for the cause, a doctor may ask for an MRI scan. It can show a blood vessel, or rule "
            "out a tumour or multiple sclerosis.",
            "R3", "R5", "R9", "R10",
        ),
        P(
            "page_causes.scan_not_proof",
            "But a vessel on a scan is not proof by itself. Scans of some people without hemifacial spasm "
            "also show a blood vessel touching the facial nerve.",
            "R101",
        ),
        MORE("page_causes.more_scan", "More detail: how a doctor reads the scan"),
        P(
            "page_causes.scan_with_symptoms",
            "So a doctor looks at the scan together with your symptoms. The typical twitching is the main "
            "sign of hemifacial spasm.",
            "R101", "R5", "R9",
        ),
        H("page_causes.family", "Does it run in families?"),
        P(
            "page_causes.family_rare",
            "Rarely. Studies found a family link in about 2 to 3 in 100 people with hemifacial spasm.",
            "R21", "R14",
        ),
        H("page_causes.blood_pressure", "Is it linked to high blood pressure?"),
        P(
            "page_causes.blood_pressure_short",
            "Perhaps, but this is not proven, and studies differ.",
            "R18", "R22", "R37",
        ),
        MORE("page_causes.more_blood_pressure", "More detail: the studies on blood pressure"),
        P(
            "page_causes.blood_pressure_oslo",
            "In a study from Oslo, 36 in 100 people with hemifacial spasm took medicine for high blood "
            "pressure. This was more than in the general population.",
            "R18",
        ),
        P(
            "page_causes.blood_pressure_not_proven",
            "This suggests a link, but it does not prove one. A study from India found no link between "
            "high blood pressure and spasm on the left side. Sources differ.",
            "R18", "R22", "R37",
        ),
    ),
)
