"""Conditions that look similar: In short first; the common look-alikes of hemifacial spasm
(blepharospasm, eyelid and facial myokymia, synkinesis after Bell's palsy, tics, focal seizures,
functional facial spasm, other movement disorders), how each one differs, and why a doctor must tell
them apart. Each section opens with how it differs; the rest sits under "More detail"."""

from pwa.content.model import LI, MORE, NOTE, SHORT, SOON, H, P, Page

PAGE = Page(
    slug="similar-conditions",
    title=H("page_similar_conditions.title", "Conditions that look similar"),
    summary=P(
        "page_similar_conditions.summary",
        "Other conditions that can make the face or eyelid twitch, and how they differ from hemifacial spasm.",
    ),
    blocks=(
        SHORT(
            "page_similar_conditions.in_short_many",
            "Many things can make the face or an eyelid twitch.",
            "R14", "R15",
        ),
        SHORT(
            "page_similar_conditions.in_short_eyelid",
            "A common one is a harmless eyelid twitch that goes away by itself.",
            "R41", "R42",
        ),
        SHORT(
            "page_similar_conditions.in_short_hfs",
            "Hemifacial spasm affects one side of the face, often spreads to the cheek and mouth, and can "
            "go on during sleep.",
            "R1", "R37", "R9",
        ),
        SHORT(
            "page_similar_conditions.in_short_doctor",
            "Only a doctor who examines you can tell which one you have.",
            "R14", "R102",
        ),
        H("page_similar_conditions.blepharospasm", "Blepharospasm"),
        P(
            "page_similar_conditions.blepharospasm_short",
            "Blepharospasm is a different condition that closes both eyes. It usually stops during sleep, "
            "and the eyebrow sign does not happen in it.",
            "R40", "R37", "R32",
        ),
        MORE("page_similar_conditions.more_blepharospasm", "More detail: blepharospasm"),
        P(
            "page_similar_conditions.blepharospasm_what",
            "In blepharospasm, both eyes blink more and squeeze shut by themselves. It is a type of "
            "dystonia: a movement problem in which muscles tighten without your control.",
            "R40", "R41",
        ),
        P(
            "page_similar_conditions.blepharospasm_signs",
            "Dry eyes and a strong dislike of light often come before it or with it. Many people find "
            "that sunlight bothers them.",
            "R41", "R97",
        ),
        P(
            "page_similar_conditions.blepharospasm_differs",
            "How it differs: blepharospasm affects both eyes and usually stops during sleep. Hemifacial "
            "spasm affects one side, often spreads to the cheek and mouth, and can go on during sleep.",
            "R40", "R37", "R9",
        ),
        P(
            "page_similar_conditions.blepharospasm_brow",
            "In hemifacial spasm, the eyebrow often goes up as the eye squeezes shut (the eyebrow sign). "
            "This does not happen in blepharospasm.",
            "R32", "R33", "R34",
        ),
        NOTE(
            "page_similar_conditions.blepharospasm_not_hfs",
            "Some articles call the eyelid twitching of hemifacial spasm blepharospasm. This is wrong. "
            "Eyelid twitching on one side is part of hemifacial spasm.",
            "R40", "R32", "R37",
        ),
        H("page_similar_conditions.eyelid_myokymia", "The common eyelid twitch"),
        P(
            "page_similar_conditions.eyelid_myokymia_what",
            "The common, harmless eyelid twitch is called eyelid myokymia. It is a fine twitch of only the "
            "upper or only the lower lid of one eye.",
            "R41", "R42",
        ),
        P(
            "page_similar_conditions.eyelid_myokymia_course",
            "It usually goes away by itself. Rest, less stress and less caffeine may help.",
            "R41", "R42",
        ),
        SOON(
            "page_similar_conditions.eyelid_myokymia_doctor",
            "An eyelid twitch that lasts more than a week.",
            "R41", "R42",
        ),
        SOON(
            "page_similar_conditions.eyelid_closes_fully",
            "The eyelid closes fully with each twitch.",
            "R41", "R42",
        ),
        SOON(
            "page_similar_conditions.eyelid_spreads",
            "The twitching spreads to other parts of your face.",
            "R41", "R42",
        ),
        SOON(
            "page_similar_conditions.eyelid_red_droop",
            "The eye is red, swollen or has discharge, or the upper eyelid droops.",
            "R41", "R42",
        ),
        MORE("page_similar_conditions.more_eyelid_myokymia", "More detail: the common eyelid twitch"),
        P(
            "page_similar_conditions.eyelid_myokymia_causes",
            "It often comes with stress, tiredness, too little sleep, caffeine, alcohol or an irritated "
            "eye. It usually lasts from minutes to days, sometimes weeks.",
            "R41", "R42",
        ),
        NOTE(
            "page_similar_conditions.eyelid_myokymia_sources",
            "Sources differ on how long to wait: a group of eye doctors says more than a week, a large "
            "clinic says a few weeks. If the twitching spreads, the eye doctors say to get help right away, "
            "and the clinic says to make an appointment. Either way, see a doctor soon.",
            "R42", "R41",
        ),
        H("page_similar_conditions.facial_myokymia", "Facial myokymia"),
        P(
            "page_similar_conditions.facial_myokymia_what",
            "Facial myokymia is a constant rippling under the skin of the face. It looks like small "
            "waves moving. This is different from the twitches and squeezes of hemifacial spasm.",
            "R6", "R29",
        ),
        SOON(
            "page_similar_conditions.facial_myokymia_ms_doctor",
            "New twitching or rippling in the face if you have multiple sclerosis (MS).",
            "R29",
        ),
        MORE("page_similar_conditions.more_facial_myokymia", "More detail: facial myokymia"),
        P(
            "page_similar_conditions.facial_myokymia_ms",
            "It can come from a problem in the brainstem, the lowest part of the brain. One cause is "
            "multiple sclerosis (MS), a disease of the brain and spinal cord. New twitching can be a sign "
            "of a relapse, a new flare-up of MS.",
            "R6", "R29",
        ),
        P(
            "page_similar_conditions.facial_myokymia_course",
            "Most cases go away without treatment within weeks. In one study of people with MS, it went "
            "away within months in 27 of 28 people. A muscle test called EMG shows a typical pattern.",
            "R6", "R29",
        ),
        H("page_similar_conditions.synkinesis", "Synkinesis after Bell's palsy"),
        P(
            "page_similar_conditions.synkinesis_what",
            "After Bell's palsy, some nerve fibres can grow back to the wrong muscles. Then moving one part "
            "of the face also moves another part, for example the eye closes when you smile. This is "
            "called synkinesis.",
            "R43",
        ),
        P(
            "page_similar_conditions.synkinesis_differs",
            "How it differs: synkinesis comes with a movement you make, after the face was weak. Hemifacial "
            "spasm also comes by itself, even during sleep. Talking or chewing can bring on spasms in "
            "hemifacial spasm too, so this alone does not tell them apart.",
            "R43", "R21", "R7", "R36", "R9",
        ),
        MORE("page_similar_conditions.more_synkinesis", "More detail: synkinesis"),
        P(
            "page_similar_conditions.synkinesis_examples",
            "Another example: the mouth moves when you blink.",
            "R43",
        ),
        NOTE(
            "page_similar_conditions.synkinesis_overlap",
            "The line is not always sharp. One study found signs of synkinesis in about 43 in 100 "
            "people with hemifacial spasm caused by a blood vessel. Hemifacial spasm can also start after "
            "Bell's palsy.",
            "R21", "R14",
        ),
        H("page_similar_conditions.tics", "Motor tics"),
        P(
            "page_similar_conditions.tics_differs",
            "How it differs: a person can often hold back a tic for a while. You cannot stop hemifacial "
            "spasm by trying. Hemifacial spasm is not a tic.",
            "R45", "R2", "R14",
        ),
        MORE("page_similar_conditions.more_tics", "More detail: motor tics"),
        P(
            "page_similar_conditions.tics_what",
            "A motor tic is a quick movement, such as blinking or making a face. Tics usually start in "
            "childhood. They often get worse with worry or excitement.",
            "R45",
        ),
        H("page_similar_conditions.seizures", "Focal seizures"),
        P(
            "page_similar_conditions.seizures_what",
            "A focal seizure is a fit that starts in one part of the brain. It can make one side of the "
            "face jerk. Doctors need to think of it when they check face twitching.",
            "R5", "R44",
        ),
        MORE("page_similar_conditions.more_seizures", "More detail: an example"),
        P(
            "page_similar_conditions.seizures_case",
            "One report describes a child with a brain tumour. The face pulled every 10 seconds, and the "
            "eyebrow went down, not up. Doctors found these were seizures, not hemifacial spasm.",
            "R44",
        ),
        H("page_similar_conditions.functional", "Functional facial spasm"),
        P(
            "page_similar_conditions.functional_what",
            "The spasms of functional facial spasm are real, and the person does not make them on "
            "purpose. They come from a problem in how the brain controls "
            "movement, not from a pressed nerve.",
            "R38",
        ),
        MORE("page_similar_conditions.more_functional", "More detail: functional facial spasm"),
        P(
            "page_similar_conditions.functional_other_name",
            "Functional facial spasm is also called psychogenic facial spasm.",
            "R38",
        ),
        P(
            "page_similar_conditions.functional_how_common",
            "It is not common. In one study, 5 of 210 people sent to a clinic for hemifacial spasm had it. "
            "In another study of 18 people with it, 14 were women, and it started at 33 years of age on "
            "average.",
            "R39", "R38",
        ),
        P(
            "page_similar_conditions.functional_features",
            "Some features are more common in functional facial spasm:",
            "R38",
        ),
        LI("page_similar_conditions.functional_young", "It starts at a younger age.", "R38"),
        LI(
            "page_similar_conditions.functional_tonic",
            "The face pulls in a long, steady way rather than in twitches.",
            "R38",
        ),
        LI(
            "page_similar_conditions.functional_both_sides",
            "Both sides of the face are affected, at different moments. In hemifacial spasm, both sides are "
            "affected only very rarely.",
            "R38", "R13", "R26",
        ),
        LI(
            "page_similar_conditions.functional_lower_face",
            "Only the lower face is affected.",
            "R38",
        ),
        LI(
            "page_similar_conditions.functional_mouth_down",
            "The corner of the mouth is pulled down, not up.",
            "R38",
        ),
        LI(
            "page_similar_conditions.functional_no_brow",
            "The eyebrow sign is missing: the eyebrow does not go up as the eye closes.",
            "R38",
        ),
        H("page_similar_conditions.other_mimics", "Other look-alikes"),
        P(
            "page_similar_conditions.other_mimics_intro",
            "Doctors also think of some rarer conditions.",
            "R14", "R15", "R102",
        ),
        MORE("page_similar_conditions.more_other_mimics", "More detail: the rarer look-alikes"),
        LI(
            "page_similar_conditions.other_dystonia",
            "Other kinds of dystonia, for example one that affects the mouth and jaw.",
            "R14", "R15",
        ),
        LI(
            "page_similar_conditions.tardive_dyskinesia",
            "Tardive dyskinesia, another kind of unwanted movement that can affect the face.",
            "R14", "R15",
        ),
        LI(
            "page_similar_conditions.hemimasticatory",
            "Hemimasticatory spasm: spasms of the chewing muscles that close the jaw, on one side.",
            "R14", "R102",
        ),
        P(
            "page_similar_conditions.jaw_muscles",
            "Hemifacial spasm stays in the muscles moved by the facial nerve. These do not include the "
            "muscles that close the jaw. So spasms that clench the jaw point to a different condition.",
            "R36", "R14", "R102",
        ),
        H("page_similar_conditions.doctor", "Who can tell them apart?"),
        P(
            "page_similar_conditions.doctor_1",
            "Many of these conditions look alike. Only a doctor who examines you can tell which one you "
            "have.",
            "R14", "R102",
        ),
        MORE("page_similar_conditions.more_doctor", "More detail: a video for the doctor, and how often it is something else"),
        P(
            "page_similar_conditions.doctor_2",
            "Spasms may not happen during the visit. A short video of a spasm, taken at home with a "
            "phone, can help the doctor.",
            "R102",
        ),
        P(
            "page_similar_conditions.intro_2",
            "In one study of 215 people sent to a clinic for hemifacial spasm, about 18 in 100 had a "
            "different condition that only looked like it.",
            "R14",
        ),
    ),
)
