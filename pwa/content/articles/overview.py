"""Overview: the home page of each language (what it is, who gets it, how common)."""

from pwa.content.model import EMERGENCY, H, P, Page

PAGE = Page(
    slug="",
    title=H("page_home.title", "Hemifacial spasm"),
    summary=P(
        "page_home.summary",
        "Plain answers about twitching on one side of the face: what it is, what causes it and what can help.",
    ),
    blocks=(
        EMERGENCY(
            "page_home.stroke_warning",
            "Sudden weakness or drooping of the face is not hemifacial spasm. It can be a sign of a stroke. "
            "Call your emergency number now.",
            "R90", "R116",
        ),
        H("page_home.what_is", "What is it?"),
        P(
            "page_home.what_is_1",
            "Hemifacial spasm is twitching of the muscles on one side of the face. The twitching happens "
            "by itself, and you cannot stop it by trying. The twitching itself does not hurt.",
            "R2", "R5", "R13",
        ),
        P(
            "page_home.what_is_2",
            "It usually starts around one eye, most often in the lower eyelid. Over months or years it "
            "can spread to the cheek, the mouth and the neck on the same side.",
            "R13", "R1", "R17", "R24",
        ),
        P(
            "page_home.what_is_3",
            "The twitching can go on during sleep. When the eye squeezes shut, the eyebrow on that side "
            "may go up. This is a typical sign of hemifacial spasm.",
            "R9", "R37", "R32",
        ),
        H("page_home.cause", "What causes it?"),
        P(
            "page_home.cause_1",
            "Most often, a blood vessel presses on the facial nerve. This nerve moves the muscles on one "
            "side of the face. The pressure makes the nerve send extra signals to the muscles.",
            "R3", "R10", "R5",
        ),
        P(
            "page_home.cause_2",
            "Less often, it follows damage to the nerve, for example after Bell's palsy. A tumour is a "
            "rare cause: in large studies, fewer than 1 in 100 people with hemifacial spasm had one.",
            "R14", "R21", "R27", "R26", "R98",
        ),
        H("page_home.who", "Who gets it?"),
        P(
            "page_home.who_1",
            "It is rare. Studies find it in about 10 of every 100,000 people. It most often starts in "
            "people in their 40s or 50s. Most studies find it more often in women than in men, but not all.",
            "R18", "R19", "R12", "R10", "R13", "R21", "R22",
        ),
        H("page_home.help", "What can help?"),
        P(
            "page_home.help_1",
            "Injections of botulinum toxin into the twitching muscles help most people. The effect wears "
            "off after about 3 months on average, so the injections are repeated.",
            "R12", "R56", "R60",
        ),
        P(
            "page_home.help_2",
            "An operation called microvascular decompression moves the blood vessel away from the nerve. "
            "In large reviews it stopped the spasms completely in about 85 to 91 of every 100 people; some "
            "studies found fewer. It is brain surgery and has risks: for example, about 2 or 3 in 100 "
            "people lose hearing in one ear for good.",
            "R66", "R68", "R12", "R74", "R67", "R65",
        ),
        P(
            "page_home.help_3",
            "Which choice is right depends on your health, your age and what you want. A doctor can help "
            "you decide. This app helps you learn and prepare; it does not replace a doctor.",
            "R95", "R3",
        ),
    ),
)
