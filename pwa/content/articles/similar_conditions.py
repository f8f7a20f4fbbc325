"""Conditions that look similar: the common look-alikes of hemifacial spasm (blepharospasm, eyelid
and facial myokymia, synkinesis after Bell's palsy, tics, focal seizures, functional facial spasm,
other movement disorders), what each one is and how it differs, and why a doctor must tell them
apart."""

from pwa.content.model import LI, NOTE, SOON, H, P, Page

PAGE = Page(
    slug="similar-conditions",
    title=H("page_similar_conditions.title", "Conditions that look similar"),
    summary=P(
        "page_similar_conditions.summary",
        "Other conditions that can make the face or eyelid twitch, and how they differ from hemifacial spasm.",
    ),
    blocks=(
        P(
            "page_similar_conditions.intro_1",
            "Many things can make the face twitch. Some are harmless and go away. Others need a doctor's care.",
            "R14", "R15", "R102", "R41", "R42",
        ),
        P(
            "page_similar_conditions.intro_2",
            "In one study of 215 people sent to a clinic for hemifacial spasm, about 18 out of 100 had a "
            "different condition that only looked like it.",
            "R14",
        ),
        H("page_similar_conditions.blepharospasm", "Blepharospasm"),
        P(
            "page_similar_conditions.blepharospasm_what",
            "Blepharospasm is a different condition. Both eyes blink more and squeeze shut by themselves. "
            "It is a type of dystonia: a movement problem in which muscles tighten without your control.",
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
            "In hemifacial spasm, the eyebrow often goes up as the eye squeezes shut. This does not "
            "happen in blepharospasm.",
            "R32", "R33", "R34",
        ),
        NOTE(
            "page_similar_conditions.blepharospasm_not_hfs",
            "Some articles call the eyelid twitching of hemifacial spasm blepharospasm. This is wrong. "
            "Eyelid twitching on one side is part of hemifacial spasm.",
            "R40", "R32", "R33", "R37",
        ),
        H("page_similar_conditions.eyelid_myokymia", "The common eyelid twitch"),
        P(
            "page_similar_conditions.eyelid_myokymia_what",
            "The common, harmless eyelid twitch is called eyelid myokymia. It is a fine twitch of only the "
            "upper or only the lower lid of one eye.",
            "R41", "R42",
        ),
        P(
            "page_similar_conditions.eyelid_myokymia_causes",
            "It often comes with stress, tiredness, too little sleep, caffeine, alcohol or an irritated "
            "eye. It usually lasts from minutes to days, sometimes weeks.",
            "R41", "R42",
        ),
        P(
            "page_similar_conditions.eyelid_myokymia_course",
            "It usually goes away by itself. Rest, less stress and less caffeine may help.",
            "R41", "R42",
        ),
        SOON(
            "page_similar_conditions.eyelid_myokymia_doctor",
            "See a doctor soon if an eyelid twitch does not go away, if the eyelid closes fully with each "
            "twitch, or if the twitching spreads to other parts of your face. Also see a doctor if the "
            "eye is red, swollen or has discharge, or the upper eyelid droops.",
            "R41", "R42",
        ),
        NOTE(
            "page_similar_conditions.eyelid_myokymia_sources",
            "Sources differ on how long to wait. A group of eye doctors says to see a doctor if a twitch "
            "lasts more than a week. A large clinic says a few weeks. The eye doctors also say to get "
            "medical help right away if the twitching spreads to other parts of the face.",
            "R42", "R41",
        ),
        H("page_similar_conditions.facial_myokymia", "Facial myokymia"),
        P(
            "page_similar_conditions.facial_myokymia_what",
            "Facial myokymia is a constant rippling under the skin of the face. It looks like small "
            "waves moving. This is different from the twitches and squeezes of hemifacial spasm.",
            "R6", "R29", "R13",
        ),
        P(
            "page_similar_conditions.facial_myokymia_ms",
            "It can come from a problem in the brainstem, the lowest part of the brain. One cause is "
            "multiple sclerosis (MS), a disease of the brain and spinal cord.",
            "R6", "R29",
        ),
        P(
            "page_similar_conditions.facial_myokymia_course",
            "Most cases go away without treatment within weeks. In one study of people with MS, it went "
            "away within months in 27 of 28 people. A muscle test called EMG shows a typical pattern.",
            "R6", "R29",
        ),
        SOON(
            "page_similar_conditions.facial_myokymia_ms_doctor",
            "If you have MS and new twitching or rippling starts in your face, see a doctor soon. It can be "
            "a sign of a relapse, a new flare-up of MS.",
            "R29",
        ),
        H("page_similar_conditions.synkinesis", "Synkinesis after Bell's palsy"),
        P(
            "page_similar_conditions.synkinesis_what",
            "Bell's palsy makes one side of the face weak. As the facial nerve grows back, some nerve "
            "fibres can reach the wrong muscles. Then moving one part of the face also moves another "
            "part. This is called synkinesis.",
            "R43",
        ),
        P(
            "page_similar_conditions.synkinesis_examples",
            "For example, the eye closes when you smile, or the mouth moves when you blink.",
            "R43",
        ),
        P(
            "page_similar_conditions.synkinesis_differs",
            "How it differs: the extra movements happen when you move your face on purpose. Before them, "
            "the face was weak from a palsy. The spasms of hemifacial spasm happen by themselves.",
            "R43", "R21", "R2", "R5",
        ),
        NOTE(
            "page_similar_conditions.synkinesis_overlap",
            "The line is not always sharp. One study found signs of synkinesis in about 43 out of 100 "
            "people with hemifacial spasm caused by a blood vessel. Hemifacial spasm can also start after "
            "Bell's palsy.",
            "R21", "R14",
        ),
        H("page_similar_conditions.tics", "Motor tics"),
        P(
            "page_similar_conditions.tics_what",
            "A motor tic is a quick movement, such as blinking or making a face. Tics usually start in "
            "childhood. They often get worse with worry or excitement.",
            "R45",
        ),
        P(
            "page_similar_conditions.tics_differs",
            "How it differs: a person can often hold back a tic for a while. You cannot stop hemifacial "
            "spasm by trying. Hemifacial spasm is not a tic.",
            "R45", "R2", "R5", "R14",
        ),
        H("page_similar_conditions.seizures", "Focal seizures"),
        P(
            "page_similar_conditions.seizures_what",
            "A focal seizure is a fit that starts in one part of the brain. It can make one side of the "
            "face jerk. Doctors need to think of it when they check face twitching.",
            "R5", "R44",
        ),
        P(
            "page_similar_conditions.seizures_case",
            "One report describes a child with a brain tumour. The face pulled every 10 seconds, and the "
            "eyebrow went down, not up. Doctors found these were seizures, not hemifacial spasm.",
            "R44",
        ),
        H("page_similar_conditions.functional", "Functional facial spasm"),
        P(
            "page_similar_conditions.functional_what",
            "Functional facial spasm is also called psychogenic facial spasm. The spasms are real, and "
            "the person does not make them on purpose. They come from a problem in how the brain controls "
            "movement, not from a pressed nerve.",
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
            "Both sides of the face are affected at different times.",
            "R38",
        ),
        LI(
            "page_similar_conditions.functional_lower_face",
            "Only the lower face is affected, and the corner of the mouth is pulled down.",
            "R38",
        ),
        LI(
            "page_similar_conditions.functional_no_brow",
            "The eyebrow does not go up as the eye closes.",
            "R38",
        ),
        H("page_similar_conditions.other_mimics", "Other look-alikes"),
        P(
            "page_similar_conditions.other_mimics_intro",
            "Doctors also think of these rarer conditions:",
            "R14", "R15", "R102",
        ),
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
        P(
            "page_similar_conditions.doctor_2",
            "Spasms may not happen during the visit. A short video of a spasm, taken at home with a "
            "phone, can help the doctor.",
            "R102",
        ),
    ),
)
