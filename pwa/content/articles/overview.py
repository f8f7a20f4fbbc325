"""Overview: the home page of each language. What hemifacial spasm is (one side, involuntary,
painless, the facial nerve), what usually causes it, who gets it and how common it is (with the
limits of the studies), a short word on what can help, and what this app can and cannot do."""

from pwa.content.model import EMERGENCY, NOTE, H, P, Page

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
            "Sudden weakness or drooping of the face is not hemifacial spasm. It can be a sign of a stroke, "
            "even if it comes and goes. Call your emergency number now.",
            "R90", "R116",
        ),
        H("page_home.what_is", "What is it?"),
        P(
            "page_home.what_is_1",
            "Hemifacial spasm is twitching or squeezing of the muscles on one side of the face. It happens "
            "by itself, and you cannot stop it by trying. The twitching itself does not hurt.",
            "R2", "R5", "R13",
        ),
        P(
            "page_home.what_is_nerve",
            "All of these muscles are moved by one nerve: the facial nerve on that side. Hemifacial spasm "
            "is a problem of this nerve. It is not a seizure, and it is not a mental health problem.",
            "R2", "R13", "R35", "R36",
        ),
        P(
            "page_home.what_is_2",
            "It usually starts around one eye, most often in the lower eyelid. Over time it can spread to "
            "the cheek, the mouth, the chin and the neck on the same side.",
            "R13", "R1", "R17", "R10", "R24",
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
            "Most often, a blood vessel presses on the facial nerve. The pressure makes the nerve send "
            "extra signals to the muscles, and they twitch.",
            "R3", "R10", "R5",
        ),
        P(
            "page_home.cause_2",
            "Less often, it follows damage to the nerve, for example after Bell's palsy (a sudden weakness "
            "of one side of the face). A tumour is a rare cause: in large studies, fewer than 1 in 100 "
            "people with hemifacial spasm had one.",
            "R14", "R21", "R27", "R26", "R98",
        ),
        H("page_home.who", "Who gets it?"),
        P(
            "page_home.who_prevalence",
            "Hemifacial spasm is rare. Studies in Europe found it in about 10 to 11 of every 100,000 people.",
            "R18", "R19", "R12",
        ),
        P(
            "page_home.who_age",
            "It usually starts when people are in their 40s or 50s. It becomes more common with age. "
            "One study in Oslo found it in about 40 of every 100,000 people over 70.",
            "R10", "R13", "R21", "R6", "R18", "R17",
        ),
        P(
            "page_home.who_sex",
            "Most studies find it more often in women than in men. But a study of 321 people in India found "
            "no difference.",
            "R13", "R21", "R65", "R19", "R22",
        ),
        P(
            "page_home.who_asian",
            "Some sources say it is more common in people of Asian origin. At one clinic in the USA, about 11 "
            "in 100 people with hemifacial spasm were Asian. That is about twice their share of the local "
            "population. But this comes only from people seen in clinics. We found no study that counted it "
            "in a whole population in Asia.",
            "R17", "R8", "R20",
        ),
        P(
            "page_home.who_asian_differ",
            "Another medical reference says it affects people of all races equally. So sources differ.",
            "R6",
        ),
        P(
            "page_home.who_children",
            "It is very rare in children. A review in 2022 found only 44 reported cases in children, "
            "and added 4 of its own.",
            "R31",
        ),
        H("page_home.dangerous", "Is it dangerous?"),
        P(
            "page_home.dangerous_1",
            "It is usually not dangerous to your health. But it can close the eye and make it hard to see. "
            "It can also make daily life harder and affect your mood.",
            "R1", "R13", "R11", "R86", "R88",
        ),
        P(
            "page_home.dangerous_check",
            "Sometimes the twitching has another cause, such as a rare tumour. So see a doctor about it, "
            "even if it is mild. A doctor can check for other causes.",
            "R5", "R9", "R10", "R27", "R26",
        ),
        H("page_home.help", "What can help?"),
        P(
            "page_home.help_1",
            "Injections of botulinum toxin (often called Botox) help most people who get them. The "
            "medicine weakens the twitching muscles for a while. The effect wears off after about 3 months "
            "on average, so the injections are repeated.",
            "R12", "R56", "R60", "R3",
        ),
        P(
            "page_home.help_2",
            "An operation called microvascular decompression moves the blood vessel away from the nerve. "
            "In large reviews, it stopped the spasms completely in about 85 to 91 of every 100 people. "
            "Some studies found fewer. It is brain surgery, and it has risks. In large studies, about 2 or 3 "
            "in 100 people lost hearing in one ear for good. Some small studies found more.",
            "R3", "R66", "R68", "R12", "R70", "R74", "R67", "R65", "R72", "R69",
        ),
        P(
            "page_home.help_pills",
            "Pills help some people, but they often do not work well, and the effect can fade over time. "
            "They can also cause side effects.",
            "R4", "R6", "R99",
        ),
        P(
            "page_home.help_choice",
            "Which choice is right depends on the cause, your age and health, the risks of surgery, how well "
            "injections work for you and what you want. A doctor can help you decide.",
            "R95", "R3",
        ),
        NOTE(
            "page_home.not_a_doctor",
            "This app helps you learn and get ready to see a doctor. It does not replace a doctor, and it "
            "cannot tell you what you have. Only a doctor who examines you can tell.",
            "R5", "R9",
        ),
    ),
)
