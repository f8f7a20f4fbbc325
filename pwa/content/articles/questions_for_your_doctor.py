"""Questions for your doctor: a list of questions to take to an appointment (facts.md section 3.15),
grouped by diagnosis, treatment and daily life, with tips on preparing for the visit."""

from pwa.content.model import LI, NOTE, SHORT, H, P, Page

PAGE = Page(
    slug="questions-for-your-doctor",
    title=H("page_questions_for_your_doctor.title", "Questions for your doctor"),
    summary=P(
        "page_questions_for_your_doctor.summary",
        "Questions you may want to ask about the diagnosis, the treatment choices and daily life.",
    ),
    blocks=(
        SHORT(
            "page_questions_for_your_doctor.intro",
            "Plan your questions before you go. Choose the ones that matter to you, and add your own.",
        ),
        SHORT(
            "page_questions_for_your_doctor.in_short_video",
            "Your face may not twitch during the visit, so bring a short phone video of a spasm.",
            "R102",
        ),
        H("page_questions_for_your_doctor.diagnosis", "About the diagnosis"),
        LI(
            "page_questions_for_your_doctor.is_it_hfs",
            "Is this hemifacial spasm, or something that looks like it? For example, other eyelid twitches, "
            "face movements after a weak face from Bell's palsy, or tics.",
            "R14",
        ),
        LI(
            "page_questions_for_your_doctor.mri",
            "Do I need an MRI scan, which makes pictures of the inside of the head with a magnet? What will "
            "it look for?",
            "R3", "R5",
        ),
        LI(
            "page_questions_for_your_doctor.cause",
            "What is causing my spasms? Is it a blood vessel pressing on the nerve, or something else?",
            "R10", "R21",
        ),
        H("page_questions_for_your_doctor.treatment", "About treatment"),
        LI(
            "page_questions_for_your_doctor.injection_help",
            "How much can injections of botulinum toxin, a medicine that weakens the twitching muscles, help "
            "me? How soon will they work, and how long will they last?",
            "R3", "R12", "R56",
        ),
        LI(
            "page_questions_for_your_doctor.side_effects",
            "What side effects should I watch for after an injection? When should I call you?",
            "R63",
        ),
        LI(
            "page_questions_for_your_doctor.before_injection",
            "I have a muscle or nerve illness, or trouble swallowing or breathing. Is the injection safe "
            "for me?",
            "R120", "R111",
        ),
        LI(
            "page_questions_for_your_doctor.how_often",
            "How often will I need injections? Can the dose be changed?",
            "R61",
        ),
        LI(
            "page_questions_for_your_doctor.long_term",
            "Will the injections keep working over the years? Could there be long-term effects?",
            "R56", "R108",
        ),
        LI(
            "page_questions_for_your_doctor.pregnancy",
            "I am pregnant, may become pregnant or am breast-feeding. Which treatments are safe for me now?",
        ),
        LI(
            "page_questions_for_your_doctor.tablets",
            "Would tablets help me?",
            "R4", "R6",
        ),
        LI(
            "page_questions_for_your_doctor.surgery",
            "Could an operation on the nerve (microvascular decompression) help me? Should I also see a surgeon?",
            "R66", "R95",
        ),
        LI(
            "page_questions_for_your_doctor.surgery_results",
            "How often does the operation work for the surgeon's patients? How often does it cause hearing "
            "loss or weakness of the face?",
            "R66", "R99",
        ),
        H("page_questions_for_your_doctor.daily_life", "About daily life"),
        LI(
            "page_questions_for_your_doctor.driving",
            "Can I drive safely?",
            "R93", "R13",
        ),
        LI(
            "page_questions_for_your_doctor.other_remedies",
            "Is there anything I can do myself that helps?",
        ),
        LI(
            "page_questions_for_your_doctor.mood",
            "Who can help me with low mood, worry or embarrassment?",
            "R86",
        ),
        H("page_questions_for_your_doctor.prepare", "How to prepare"),
        P(
            "page_questions_for_your_doctor.video",
            "A short phone video of a spasm can help the doctor see it. Take one at home and bring it.",
            "R102",
        ),
        NOTE(
            "page_questions_for_your_doctor.write_down",
            "Write the answers down during the visit, or ask someone you trust to come with you and take "
            "notes.",
        ),
    ),
)
