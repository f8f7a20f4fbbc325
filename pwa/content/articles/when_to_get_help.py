"""When to get help: the warning signs (red flags) of facts.md section 3.13, grouped by how fast
to act, most urgent first: emergency now, a doctor today, an appointment soon."""

from pwa.content.model import EMERGENCY, H, NOTE, P, SAME_DAY, SOON, Page

PAGE = Page(
    slug="when-to-get-help",
    title=H("page_when_to_get_help.title", "When to get help"),
    summary=P(
        "page_when_to_get_help.summary",
        "Warning signs that need a doctor, sorted by how fast you need help: now, today or soon.",
    ),
    blocks=(
        P(
            "page_when_to_get_help.intro_1",
            "Hemifacial spasm itself is usually not dangerous. But some signs need a doctor. They are sorted "
            "here by how fast you need help, most urgent first.",
            "R1", "R15", "R46",
        ),
        P(
            "page_when_to_get_help.intro_2",
            "Weakness of the face is not the same as twitching. Sudden weakness or drooping of the face is "
            "not hemifacial spasm. It can be a sign of a stroke.",
            "R90", "R116",
        ),
        # EMERGENCY
        H("page_when_to_get_help.emergency", "Call your emergency number now"),
        P(
            "page_when_to_get_help.emergency_advice",
            "These signs can mean a stroke or another serious problem. Call even if the signs come and go.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.fast",
            "Think FAST. Signs that come on suddenly: Face drooping on one side, Arm or leg weakness or "
            "numbness, Speech trouble. Time to call. Any one of these signs, on its own, is enough.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.stroke_other",
            "Other sudden signs: confusion, trouble speaking or understanding, trouble seeing in one or both "
            "eyes, trouble walking, dizziness or loss of balance, or a very bad headache with no known cause.",
            "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.after_injection_emergency",
            "After a botulinum toxin injection: trouble swallowing, speaking or breathing, or weakness that "
            "spreads beyond the face. This can start hours to weeks after the injection.",
            "R63", "R111", "R113",
        ),
        EMERGENCY(
            "page_when_to_get_help.after_operation_emergency",
            "After an operation for hemifacial spasm: new weakness of an arm or leg, new trouble speaking, confusion "
            "or a seizure (fit).",
            "R117", "R116",
        ),
        # SAME DAY
        H("page_when_to_get_help.same_day", "See a doctor or go to hospital today"),
        P(
            "page_when_to_get_help.same_day_advice",
            "Do not wait to see if these signs go away. If you cannot reach your doctor or clinic, go to a "
            "hospital emergency department.",
            "R91", "R117",
        ),
        SAME_DAY(
            "page_when_to_get_help.sudden_hearing_loss",
            "Sudden hearing loss in one ear, with or without ringing or a full feeling in the ear. Treatment "
            "works best when it starts early.",
            "R91",
        ),
        SAME_DAY(
            "page_when_to_get_help.eye_cannot_close",
            "After an injection near the eye: the eyelid cannot close all the way, or the eye is painful, red, "
            "very dry or gritty. An eye that does not close can be harmed.",
            "R112", "R113", "R114",
        ),
        SAME_DAY(
            "page_when_to_get_help.blurred_vision",
            "After an injection: blurred or double vision. If it comes with trouble swallowing, speaking or "
            "breathing, or with weakness beyond the face, call your emergency number.",
            "R113", "R112", "R111",
        ),
        P(
            "page_when_to_get_help.after_operation_intro",
            "After an operation for hemifacial spasm, follow your surgeon's own instructions first. The "
            "people who checked the facts for this app chose how urgent the signs below are, using general "
            "hospital advice for after brain and nerve operations. A doctor has not yet confirmed these "
            "choices. Contact your surgical team the same day if you have:",
            "R117", "R118",
        ),
        SAME_DAY(
            "page_when_to_get_help.clear_fluid",
            "Clear, watery fluid coming from your nose, ear or wound. It may be fluid leaking from around the "
            "brain.",
            "R117", "R118", "R66",
        ),
        SAME_DAY(
            "page_when_to_get_help.fever_wound",
            "A fever above 37.8 °C (100 °F) or chills, or a wound that is red, swollen, leaking or more and "
            "more painful.",
            "R117", "R118",
        ),
        SAME_DAY(
            "page_when_to_get_help.headache",
            "A bad or worsening headache that your usual medicine does not ease, a stiff neck, or light that "
            "hurts your eyes.",
            "R117",
        ),
        SAME_DAY(
            "page_when_to_get_help.vomiting",
            "Vomiting that does not stop, new problems with balance or sight, or new numbness.",
            "R117",
        ),
        SAME_DAY(
            "page_when_to_get_help.hearing_after_operation",
            "New hearing loss after the operation.",
            "R91", "R67",
        ),
        SAME_DAY(
            "page_when_to_get_help.face_weakness_after_operation",
            "New or worsening weakness of the face on the operated side is common and usually gets better, "
            "but tell your surgical team today. With any stroke sign, call your emergency number.",
            "R67", "R104", "R90", "R116",
        ),
        # SOON
        H("page_when_to_get_help.soon", "Make an appointment soon"),
        P(
            "page_when_to_get_help.soon_advice",
            "These signs can point to another cause or another illness. See a doctor within days to a few "
            "weeks.",
            "R15", "R46", "R14",
        ),
        SOON(
            "page_when_to_get_help.both_sides",
            "Twitching on both sides of the face.",
            "R25", "R38",
        ),
        SOON(
            "page_when_to_get_help.gradual_weakness",
            "Weakness or numbness of the face that came on slowly, or other new nerve problems that came on "
            "slowly. If weakness comes on suddenly, call your emergency number.",
            "R15", "R46", "R38", "R90",
        ),
        SOON(
            "page_when_to_get_help.young_onset",
            "Twitching that started in childhood or before the age of 40.",
            "R6", "R31",
        ),
        SOON(
            "page_when_to_get_help.face_pain",
            "Pain in the face together with the twitching.",
            "R94",
        ),
        SOON(
            "page_when_to_get_help.gradual_hearing",
            "Slow hearing loss in one ear, ringing in one ear, or poor balance.",
            "R92", "R27",
        ),
        SOON(
            "page_when_to_get_help.pattern",
            "Twitching only in the lower face, a pull that lasts a long time, or the mouth corner pulled down.",
            "R38",
        ),
        SOON(
            "page_when_to_get_help.whole_face_start",
            "Twitching of the upper and lower face together from the very start. This is more common when "
            "something other than a blood vessel is the cause.",
            "R21",
        ),
        NOTE(
            "page_when_to_get_help.cheek_start_note",
            "Twitching that starts in the cheek or mouth also happens in the usual kind of hemifacial spasm. "
            "On its own it is not an alarm sign, but tell your doctor about it.",
            "R65",
        ),
        SOON(
            "page_when_to_get_help.multiple_sclerosis",
            "New twitching if you have multiple sclerosis (MS), an illness of the brain and nerves. It can be "
            "a sign that the MS is flaring up.",
            "R29",
        ),
        SOON(
            "page_when_to_get_help.after_injury_palsy",
            "Twitching that started after an injury to the head or face, or after a weak face from facial "
            "palsy, such as Bell's palsy.",
            "R14",
        ),
        SOON(
            "page_when_to_get_help.eyelid_twitch",
            "An eyelid twitch that lasts more than 1 week (advice of an eye doctors' group) or more than a few "
            "weeks (advice of a large clinic). Also an eyelid that closes fully with each twitch, a drooping "
            "lid, or a red, swollen or sticky eye.",
            "R42", "R41",
        ),
        SOON(
            "page_when_to_get_help.eyelid_spreading",
            "An eyelid twitch that spreads to other parts of the face. Sources differ: the eye doctors' group "
            "says to get help right away, the clinic says to make an appointment.",
            "R42", "R41",
        ),
        SOON(
            "page_when_to_get_help.after_injection_soon",
            "After an injection: a drooping eyelid, a lopsided smile, bruising or a watering eye that does not "
            "settle or that bothers you. These are usually short-lived, but tell your clinic. Do not drive "
            "while your sight is affected.",
            "R112", "R113", "R61",
        ),
        NOTE(
            "page_when_to_get_help.not_diagnosis",
            "This page cannot tell you what is wrong. If you are not sure how fast you need help, get help "
            "sooner rather than later.",
        ),
    ),
)
