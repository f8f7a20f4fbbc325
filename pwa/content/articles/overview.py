"""Overview: the home page of each language. In short first (what it is, whether it is dangerous,
what to do, the self-check), the one urgent sign (a sudden droop of the face) and how it differs
from weakness after treatment, then what it is, whether it is dangerous, what can help, what
usually causes it and who gets it; study figures under "More detail"."""

from pwa.content.model import EMERGENCY, MORE, NOTE, SHORT, H, P, Page

PAGE = Page(
    slug="",
    title=H("page_home.title", "Hemifacial spasm"),
    summary=P(
        "page_home.summary",
        "Plain answers about twitching on one side of the face: what it is, what causes it and what can help.",
    ),
    blocks=(
        SHORT(
            "page_home.in_short_what",
            "Hemifacial spasm is twitching on one side of the face that you cannot control.",
            "R2", "R5", "R13",
        ),
        SHORT(
            "page_home.in_short_danger",
            "It is usually not dangerous. But a few signs need help fast: see the page When to get help.",
            "R1", "R90", "R15",
        ),
        SHORT(
            "page_home.in_short_doctor",
            "See a doctor about it. Treatments help most people.",
            "R5", "R12", "R56",
        ),
        SHORT(
            "page_home.in_short_self_check",
            "Take the self-check to get plain advice on what to do next.",
        ),
        EMERGENCY(
            "page_home.stroke_warning",
            "One side of your face suddenly droops or goes weak, even if it gets better again. This can be "
            "a stroke.",
            "R90", "R116",
        ),
        P(
            "page_home.weakness_after_treatment",
            "Some weakness after treatment is expected. After an injection, the injected side can slowly "
            "get weaker over the first days. This is expected: tell your clinic. But a sudden droop is still "
            "an emergency. After an operation, tell your surgical team the same day about new or worse "
            "weakness on the operated side. After either treatment, if weakness of the face comes with a "
            "weak arm or leg or trouble speaking, call your emergency number now.",
            "R61", "R112", "R67", "R104", "R90", "R116",
        ),
        H("page_home.what_is", "What is it?"),
        P(
            "page_home.what_is_1",
            "The muscles on one side of the face twitch or squeeze by themselves. You cannot stop this by "
            "trying. The twitching itself does not hurt.",
            "R2", "R5", "R13",
        ),
        P(
            "page_home.what_is_nerve",
            "These muscles are all moved by one nerve, the facial nerve. Hemifacial spasm is a problem of "
            "this nerve. It is not a seizure or a mental health problem.",
            "R2", "R13", "R35",
        ),
        P(
            "page_home.what_is_2",
            "It usually starts around one eye. Over time it can spread to the cheek, the mouth, the chin "
            "and the neck on the same side.",
            "R13", "R1", "R10", "R24",
        ),
        P(
            "page_home.goes_away",
            "For most people it lasts for years, but some get better without treatment.",
            "R1", "R5", "R23",
        ),
        MORE("page_home.more_signs", "More detail: other signs"),
        P(
            "page_home.what_is_3",
            "It most often starts in the lower eyelid. The twitching can go on during sleep. When the eye "
            "squeezes shut, the eyebrow on that side may go up. This is called the eyebrow sign, and it is "
            "typical of hemifacial spasm.",
            "R13", "R9", "R37", "R32",
        ),
        H("page_home.dangerous", "Is it dangerous?"),
        P(
            "page_home.dangerous_1",
            "It is usually not dangerous to your health. But it can close the eye and make it hard to see. "
            "It can also make daily life harder and affect your mood.",
            "R1", "R13", "R86",
        ),
        P(
            "page_home.dangerous_check",
            "Sometimes the twitching has another cause, such as a rare tumour. So see a doctor, even if it "
            "is mild.",
            "R5", "R9", "R27",
        ),
        H("page_home.help", "What can help?"),
        P(
            "page_home.help_1",
            "Botulinum toxin injections (Botox) help most people. They weaken the twitching muscles for "
            "about 3 months. Then the injections are repeated.",
            "R12", "R56", "R60",
        ),
        P(
            "page_home.help_2",
            "An operation called microvascular decompression moves the blood vessel away from the nerve. "
            "It stops the spasms for good in most people, but not in everyone. It is brain surgery, and it "
            "has risks.",
            "R3", "R10", "R66", "R74",
        ),
        MORE("page_home.more_help", "More detail: how well treatments work"),
        P(
            "page_home.help_surgery_numbers",
            "In large reviews, the operation stopped the spasms completely in about 85 to 91 in 100 people. "
            "Some studies found fewer. In large studies, about 2 or 3 in 100 people lost hearing in one ear "
            "for good. Some small studies found more.",
            "R66", "R68", "R12", "R70", "R74", "R67", "R65", "R69",
        ),
        P(
            "page_home.help_pills",
            "Tablets help some people, but they often do not work well, and the effect can fade over time. "
            "They can also cause side effects.",
            "R4", "R6", "R99",
        ),
        P(
            "page_home.help_choice",
            "Which choice is right depends on the cause, your age and health, the risks of surgery, how well "
            "injections work for you and what you want. A doctor can help you decide.",
            "R95", "R3",
        ),
        H("page_home.cause", "What causes it?"),
        P(
            "page_home.cause_1",
            "The usual cause of hemifacial spasm is a blood vessel pressing on the facial nerve. The "
            "pressure makes the nerve send extra signals to the muscles, and they twitch.",
            "R3", "R10", "R5",
        ),
        MORE("page_home.more_cause", "More detail: other causes"),
        P(
            "page_home.cause_2",
            "Less often, it follows damage to the nerve, for example after Bell's palsy (a weakness of one "
            "side of the face). A tumour is a rare cause: in large studies, fewer than 1 in 100 "
            "people with hemifacial spasm had one.",
            "R14", "R21", "R27", "R26", "R98",
        ),
        H("page_home.who", "Who gets it?"),
        P(
            "page_home.who_prevalence",
            "Hemifacial spasm is rare. Studies in Europe found it in about 10 to 11 in 100,000 people. It "
            "usually starts when people are in their 40s or 50s.",
            "R18", "R19", "R12", "R10", "R13",
        ),
        MORE("page_home.more_who", "More detail: age, sex and origin"),
        P(
            "page_home.who_age",
            "It becomes more common with age. One study in Oslo found it in about 40 in 100,000 people "
            "over 70.",
            "R18", "R17",
        ),
        P(
            "page_home.who_sex",
            "Most studies find it more often in women than in men. But a study of 321 people in India found "
            "no difference.",
            "R13", "R21", "R19", "R22",
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
        H("page_home.about_app", "About this app"),
        NOTE(
            "page_home.not_a_doctor",
            "This app helps you learn and get ready to see a doctor. It does not replace a doctor, and it "
            "cannot tell you what you have. Only a doctor who examines you can tell.",
            "R5", "R9",
        ),
    ),
)
