"""Glossary: the medical words used in this app, in plain words, in alphabetical order of the
English term (facts.md section 6 plus the other terms the pages use)."""

from pwa.content.model import DD, DT, H, P, Page

PAGE = Page(
    slug="glossary",
    article=False,
    title=H("page_glossary.title", "Glossary"),
    summary=P("page_glossary.summary", "The medical words used in this app, explained in plain words."),
    blocks=(
        DT("page_glossary.bells_palsy_term", "Bell's palsy"),
        DD(
            "page_glossary.bells_palsy",
            "A kind of facial palsy: weakness of the muscles on one side of the face. Hemifacial spasm "
            "sometimes starts after it.",
            "R14", "R21", "R10",
        ),
        DT("page_glossary.blepharospasm_term", "Blepharospasm"),
        DD(
            "page_glossary.blepharospasm",
            "A different condition from hemifacial spasm. Both eyes blink too much and close by themselves. "
            "Twitching of one eyelid in hemifacial spasm is not blepharospasm.",
            "R40", "R41", "R37",
        ),
        DT("page_glossary.botulinum_toxin_term", "Botulinum toxin"),
        DD(
            "page_glossary.botulinum_toxin",
            "A medicine injected into muscles to weaken them for a few months. It is the usual first "
            "treatment for hemifacial spasm. Many people call it Botox.",
            "R3", "R10", "R12",
        ),
        DT("page_glossary.brainstem_term", "Brainstem"),
        DD(
            "page_glossary.brainstem",
            "The lowest part of the brain. The facial nerve leaves the brain here.",
            "R10", "R17",
        ),
        DT("page_glossary.dystonia_term", "Dystonia"),
        DD(
            "page_glossary.dystonia",
            "A group of movement problems in which muscles tighten by themselves. Blepharospasm is one kind. "
            "Some kinds can look like hemifacial spasm.",
            "R40", "R14",
        ),
        DT("page_glossary.emg_term", "EMG (electromyography)"),
        DD(
            "page_glossary.emg",
            "A test that records the electrical activity in muscles.",
            "R8", "R50",
        ),
        DT("page_glossary.other_babinski_sign_term", "Eyebrow sign (other Babinski sign)"),
        DD(
            "page_glossary.other_babinski_sign",
            "The eyebrow goes up as the eye squeezes shut. It is typical of hemifacial spasm. Doctors also "
            "call it the other Babinski sign.",
            "R32",
        ),
        DT("page_glossary.facial_nerve_term", "Facial nerve"),
        DD(
            "page_glossary.facial_nerve",
            "The nerve that moves the muscles of one side of the face. It also controls a tiny muscle in the "
            "ear. It is also called the 7th cranial nerve.",
            "R5", "R17",
        ),
        DT("page_glossary.functional_facial_spasm_term", "Functional facial spasm"),
        DD(
            "page_glossary.functional_facial_spasm",
            "Real spasms that you cannot control, caused by a problem in how the brain controls movement, "
            "not by pressure on the nerve. It is also called psychogenic facial spasm.",
            "R38",
        ),
        DT("page_glossary.hemifacial_spasm_term", "Hemifacial spasm (HFS)"),
        DD(
            "page_glossary.hemifacial_spasm",
            "Twitching or squeezing of the muscles on one side of the face that you cannot control.",
            "R1", "R5",
        ),
        DT("page_glossary.idiopathic_term", "Idiopathic"),
        DD(
            "page_glossary.idiopathic",
            "A word doctors use when no cause is found. In hemifacial spasm, most of these cases are probably "
            "caused by a blood vessel pressing on the facial nerve.",
            "R4", "R14", "R10",
        ),
        DT("page_glossary.lateral_spread_response_term", "Lateral spread response"),
        DD(
            "page_glossary.lateral_spread_response",
            "A finding on EMG. When one branch of the facial nerve gets a tiny electric pulse, muscles served "
            "by another branch respond too. It is typical of hemifacial spasm.",
            "R50", "R51", "R8",
        ),
        DT("page_glossary.microvascular_decompression_term", "Microvascular decompression (MVD)"),
        DD(
            "page_glossary.microvascular_decompression",
            "Brain surgery through an opening behind the ear. The surgeon moves the blood vessel off the "
            "facial nerve, often by putting a small, soft pad between them.",
            "R3", "R65", "R109", "R73",
        ),
        DT("page_glossary.mri_term", "MRI and MR angiography"),
        DD(
            "page_glossary.mri",
            "Scans that use a strong magnet to make pictures of the brain, the nerves and the blood vessels.",
            "R3",
        ),
        DT("page_glossary.multiple_sclerosis_term", "Multiple sclerosis (MS)"),
        DD(
            "page_glossary.multiple_sclerosis",
            "A long-term illness that damages the covering of nerves in the brain and spinal cord. Rarely, it "
            "can cause hemifacial spasm or other twitching of the face.",
            "R10", "R14", "R29",
        ),
        DT("page_glossary.myokymia_term", "Myokymia"),
        DD(
            "page_glossary.myokymia",
            "A fine, rippling twitch of a muscle. Eyelid myokymia is the common, harmless twitch of one "
            "eyelid.",
            "R41", "R6",
        ),
        DT("page_glossary.neurologist_term", "Neurologist"),
        DD(
            "page_glossary.neurologist",
            "A doctor for illnesses of the brain and nerves. Neurologists diagnose and treat hemifacial spasm.",
            "R3", "R7", "R9",
        ),
        DT("page_glossary.neurosurgeon_term", "Neurosurgeon"),
        DD(
            "page_glossary.neurosurgeon",
            "A surgeon who operates on the brain and nerves. A neurosurgeon checks if an operation could help "
            "you, and does it.",
            "R3", "R7", "R9",
        ),
        DT("page_glossary.ophthalmologist_term", "Ophthalmologist"),
        DD(
            "page_glossary.ophthalmologist",
            "An eye doctor. An eyelid twitch that does not go away is often first seen by one.",
            "R42",
        ),
        DT("page_glossary.primary_hfs_term", "Primary hemifacial spasm"),
        DD(
            "page_glossary.primary_hfs",
            "Hemifacial spasm thought to be caused by a blood vessel pressing on the facial nerve. It is the "
            "most common kind. It is sometimes called idiopathic.",
            "R10", "R21", "R14",
        ),
        DT("page_glossary.secondary_hfs_term", "Secondary hemifacial spasm"),
        DD(
            "page_glossary.secondary_hfs",
            "Hemifacial spasm caused by something else that damaged the nerve, for example Bell's palsy, an "
            "injury, a tumour or MS.",
            "R10", "R21",
        ),
        DT("page_glossary.spasm_term", "Spasm"),
        DD(
            "page_glossary.spasm",
            "A tightening of a muscle that happens by itself.",
            "R2",
        ),
        DT("page_glossary.stroke_term", "Stroke"),
        DD(
            "page_glossary.stroke",
            "A sudden problem with the blood supply to part of the brain. Signs include sudden drooping of the face, "
            "weakness of an arm or leg, or trouble speaking. Any one sign is enough: call your emergency "
            "number at once.",
            "R90", "R116",
        ),
        DT("page_glossary.synkinesis_term", "Synkinesis"),
        DD(
            "page_glossary.synkinesis",
            "An unwanted face movement that happens together with a wanted one. For example, the eye closes "
            "when you smile. It is common after Bell's palsy, but signs of it are also found in many people "
            "with hemifacial spasm.",
            "R43", "R21",
        ),
        DT("page_glossary.tic_term", "Tic"),
        DD(
            "page_glossary.tic",
            "A quick movement, such as blinking or a grimace, that a person can hold back for a short time. "
            "Tics usually start in childhood. Hemifacial spasm is not a tic.",
            "R45", "R14", "R5",
        ),
    ),
)
