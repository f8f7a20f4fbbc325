"""When to get help: the warning signs (red flags) of facts.md section 3.13, most urgent first. A very
short In short points to the emergency box, which follows at once (first phone screen); then the
face-weakness rule after treatment, the same-day signs (general, then after an operation) and the
signs for an appointment soon. Emergency and same-day signs are never folded."""

from pwa.content.model import EMERGENCY, H3, LI, MORE, NOTE, SAME_DAY, SHORT, SOON, H, P, Page

PAGE = Page(
    slug="when-to-get-help",
    title=H("page_when_to_get_help.title", "When to get help"),
    summary=P(
        "page_when_to_get_help.summary",
        "Warning signs that need a doctor, sorted by how fast you need help: now, today or soon.",
    ),
    blocks=(
        SHORT(
            "page_when_to_get_help.in_short_1",
            "Hemifacial spasm itself is usually not dangerous.",
            "R1",
        ),
        SHORT(
            "page_when_to_get_help.in_short_2",
            "If you have any sign in the box just below, call your emergency number now, even if the sign "
            "comes and goes.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.face_droop",
            "Sudden drooping or weakness of one side of the face, even on its own.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.arm_leg",
            "Sudden weakness or numbness of an arm or a leg.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.speech",
            "Sudden trouble speaking or understanding, or sudden confusion.",
            "R90", "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.stroke_other",
            "Sudden trouble seeing or walking, sudden dizziness or sudden loss of balance, or a sudden, very "
            "bad headache with no known cause.",
            "R116",
        ),
        EMERGENCY(
            "page_when_to_get_help.after_injection_emergency",
            "After a botulinum toxin injection: trouble swallowing, speaking or breathing, or weakness beyond "
            "the face, even weeks later.",
            "R63", "R111", "R113",
        ),
        EMERGENCY(
            "page_when_to_get_help.after_operation_emergency",
            "After an operation for hemifacial spasm: new weakness of an arm or leg, new trouble speaking, "
            "confusion or a seizure (fit).",
            "R117", "R116",
        ),
        H("page_when_to_get_help.face_weakness", "Weakness of the face after treatment"),
        P(
            "page_when_to_get_help.intro_2",
            "Twitching is not the same as weakness. A sudden droop of one side of the face is not hemifacial "
            "spasm. It can be a sign of a stroke.",
            "R90", "R116",
        ),
        P(
            "page_when_to_get_help.weakness_treated_side",
            "But injections and the operation can both weaken the face on the treated side:",
            "R61", "R67",
        ),
        LI(
            "page_when_to_get_help.weakness_after_injection",
            "After an injection, weakness on the injected side that builds up over the first days is "
            "expected. Tell the clinic.",
            "R61", "R57", "R113",
        ),
        LI(
            "page_when_to_get_help.weakness_after_operation",
            "After an operation, new or worsening weakness on the operated side needs your surgical team the "
            "same day.",
            "R67", "R104",
        ),
        LI(
            "page_when_to_get_help.weakness_with_stroke_sign",
            "After either one, a droop that comes with any other stroke sign, such as a weak arm or leg or "
            "trouble speaking, is an emergency.",
            "R90", "R116",
        ),
        H("page_when_to_get_help.same_day", "Signs that need a doctor today"),
        P(
            "page_when_to_get_help.same_day_advice",
            "Do not wait to see if these signs go away. If you cannot reach your doctor or clinic, go to a "
            "hospital emergency department.",
            "R91", "R117",
        ),
        SAME_DAY(
            "page_when_to_get_help.sudden_hearing_loss",
            "Sudden hearing loss in one ear: see an ear, nose and throat doctor the same day. Treatment works "
            "best early.",
            "R91",
        ),
        SAME_DAY(
            "page_when_to_get_help.eye_cannot_close",
            "After an injection near the eye: the eyelid cannot close all the way, or the eye is painful, "
            "red, very dry or gritty.",
            "R112", "R113", "R114",
        ),
        SAME_DAY(
            "page_when_to_get_help.blurred_vision",
            "After an injection: blurred or double vision.",
            "R113", "R112",
        ),
        H3("page_when_to_get_help.after_operation", "After an operation"),
        P(
            "page_when_to_get_help.after_operation_intro",
            "Follow your surgeon's own instructions first. For the signs below, contact your surgical team.",
            "R117", "R118",
        ),
        SAME_DAY(
            "page_when_to_get_help.clear_fluid",
            "Clear, watery fluid coming from your nose, ear or wound.",
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
            "New hearing loss.",
            "R91", "R67",
        ),
        SAME_DAY(
            "page_when_to_get_help.face_weakness_after_operation",
            "New or worsening weakness of the face on the operated side.",
            "R67", "R104",
        ),
        H("page_when_to_get_help.soon", "Signs to see a doctor about"),
        P(
            "page_when_to_get_help.soon_advice",
            "These signs can point to another cause or another illness. Make an appointment with your doctor.",
            "R15", "R46", "R14",
        ),
        SOON(
            "page_when_to_get_help.both_sides",
            "Twitching on both sides of the face.",
            "R25", "R38",
        ),
        SOON(
            "page_when_to_get_help.gradual_weakness",
            "Weakness or numbness of the face, or other new nerve problems, that came on slowly.",
            "R15", "R46", "R38",
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
            "Twitching of the upper and lower face together from the very first day.",
            "R21",
        ),
        SOON(
            "page_when_to_get_help.multiple_sclerosis",
            "New twitching if you have multiple sclerosis (MS). It can be a sign that the MS is flaring up.",
            "R29",
        ),
        SOON(
            "page_when_to_get_help.after_injury_palsy",
            "Twitching that started after an injury to the head or face, or after facial palsy, such as "
            "Bell's palsy.",
            "R14",
        ),
        SOON(
            "page_when_to_get_help.eyelid_twitch",
            "An eyelid twitch that lasts more than a week, closes the eyelid fully, or comes with a drooping "
            "lid or a red, swollen or sticky eye.",
            "R42", "R41",
        ),
        SOON(
            "page_when_to_get_help.eyelid_spreading",
            "An eyelid twitch that spreads to other parts of the face.",
            "R42", "R41",
        ),
        SOON(
            "page_when_to_get_help.after_injection_soon",
            "After an injection: a drooping eyelid, a lopsided smile, bruising or a watering eye that does not "
            "settle or that bothers you. Tell your clinic.",
            "R112", "R113", "R61",
        ),
        NOTE(
            "page_when_to_get_help.not_diagnosis",
            "This page cannot tell you what is wrong. If you are not sure how fast you need help, get help "
            "sooner rather than later.",
        ),
        MORE("page_when_to_get_help.more_soon", "More detail: about these signs"),
        P(
            "page_when_to_get_help.whole_face_detail",
            "In hemifacial spasm caused by a blood vessel, twitching usually starts near the eye and spreads. Later, the "
            "upper and lower face often twitch at the same moment during a spasm. That is expected. Both "
            "parts twitching from the very first day is more common when something other than a blood "
            "vessel is the cause.",
            "R13", "R102", "R21",
        ),
        P(
            "page_when_to_get_help.cheek_start_note",
            "Twitching that starts in the cheek or mouth also happens in hemifacial spasm caused by a blood vessel. "
            "On its own it is not an alarm sign, but tell your doctor about it.",
            "R65",
        ),
        P(
            "page_when_to_get_help.eyelid_sources_differ",
            "Sources differ on eyelid twitches. An eye doctors' group says to see a doctor if the twitch "
            "lasts more than a week, and to get help right away if it spreads to other parts of the face. A "
            "large clinic says a few weeks, and to make an appointment.",
            "R42", "R41",
        ),
        P(
            "page_when_to_get_help.clear_fluid_detail",
            "Clear fluid from the nose, ear or wound after an operation may be spinal fluid, the fluid around "
            "the brain, leaking out.",
            "R117", "R118", "R66",
        ),
        P(
            "page_when_to_get_help.driving_after_injection",
            "After an injection, do not drive while your sight is affected.",
            "R113",
        ),
    ),
)
