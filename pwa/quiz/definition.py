"""The self-assessment, defined once: questions, options, rules and score bands.

Plain data with English msgids. The server renders and scores it (pwa/quiz/scoring.py);
the browser scores the same rules from /<lang>/quiz.json (static/js/quiz.js). Written from
shared/content/facts.md (§3.3–3.8, §3.12–3.14, §4): the questions are modelled on the
structure of the Jankovic Rating Scale (0–4 severity and frequency), the SMC grading (how
far it reaches) and the HFS-30 subscale themes (daily life), in our own words. It never
names or claims to be a validated instrument and never outputs a grade or a diagnosis.

T("context", "English") marks a translatable text (an extraction keyword).
Conditions are data: {"q": id, "in": [values]} (a multi answer matches if any value is
in the list), {"all": [...]}, {"any": [...]}, {"not": cond}, {"score": name, "min": a,
"max": b} and {"always": True}.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def T(context: str, text: str) -> tuple[str, str]:
    return (context, text)


@dataclass(frozen=True)
class Option:
    value: str
    label: tuple[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    part: str
    prompt: tuple[str, str]
    options: tuple[Option, ...]
    multi: bool = False
    hint: tuple[str, str] | None = None
    show_if: dict | None = None  # asked (with JavaScript) only when this holds; the form shows it as optional
    exclusive: str | None = None  # in a multi question, the option that excludes the others ("none")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # "flag", "finding", "band", "trigger" or "next"
    level: str  # flag: emergency|same_day|soon; finding: typical|elsewhere|unclear; else "info"
    when: dict
    text: tuple[str, str]
    refs: tuple[str, ...] = ()
    link: str | None = None  # slug of the article that says more


@dataclass(frozen=True)
class Part:
    id: str
    title: tuple[str, str]
    intro: tuple[str, str]


@dataclass(frozen=True)
class Definition:
    parts: tuple[Part, ...]
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    scores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)


def _opt(qid: str, value: str, text: str) -> Option:
    return Option(value, (f"quiz.{qid}.{value}", text))


FLAG_TIERS = ("emergency", "same_day", "soon")
FIT_LEVELS = ("typical", "elsewhere", "unclear")


# Answers shared by many questions, with one translation each.
YES_NO_UNSURE = tuple(Option(value, (f"quiz.answer.{value}", text))
                      for value, text in (("yes", "Yes"), ("no", "No"), ("not_sure", "I'm not sure")))
YES_NO = YES_NO_UNSURE[:2]


def _scale(qid: str, labels: tuple[str, ...]) -> tuple[Option, ...]:
    """0–4: the option value is its points."""
    return tuple(_opt(qid, str(i), text) for i, text in enumerate(labels))


def _q(qid: str, values: list[str]) -> dict:
    return {"q": qid, "in": values}


OFTEN = tuple(Option(str(i), (f"quiz.often.{i}", text))
              for i, text in enumerate(("Never", "Rarely", "Sometimes", "Often", "Always")))
IMPACT = ("impact_tasks", "impact_mood", "impact_embarrassed", "impact_relations", "impact_focus", "impact_talk")
YES_UNSURE = ["yes", "not_sure"]


PARTS = (
    Part("pattern", T("quiz.part.pattern", "The pattern"),
         T("quiz.part.pattern_intro", "Where the twitching is, how it started and how long you have had it.")),
    Part("severity", T("quiz.part.severity", "How strong and how often"),
         T("quiz.part.severity_intro", "Think of a usual day in the last month.")),
    Part("impact", T("quiz.part.impact", "Your daily life"),
         T("quiz.part.impact_intro", "How the spasms have affected you in the last month.")),
    Part("triggers", T("quiz.part.triggers", "What makes it worse"),
         T("quiz.part.triggers_intro", "Things that can make spasms worse for a while.")),
    Part("safety", T("quiz.part.safety", "Warning signs"),
         T("quiz.part.safety_intro", "These questions check for signs that need a doctor quickly.")),
)

QUESTIONS = (
    # Part 1: pattern
    Question("side", "pattern", T("quiz.side", "Which side of your face twitches?"), (
        _opt("side", "one", "One side only"),
        _opt("side", "both_apart", "Both sides, but not at the same moment"),
        _opt("side", "both_together", "Both sides at the same moment, for example both eyes close together"),
        _opt("side", "not_sure", "I'm not sure"),
    )),
    Question("start", "pattern", T("quiz.start", "Where did the twitching start?"), (
        _opt("start", "eye", "Around one eye, often the lower eyelid"),
        _opt("start", "cheek_mouth", "In the cheek or around the mouth"),
        _opt("start", "whole_side", "The upper and lower face together, from the very start"),
        _opt("start", "jaw", "In the jaw or the muscles used for chewing"),
        _opt("start", "not_sure", "I'm not sure"),
    )),
    Question("extent", "pattern", T(
        "quiz.extent", "Which of these is true for you? Choose the one furthest down the list."), (
        _opt("extent", "eye_only", "It twitches only around the eye"),
        _opt("extent", "spread", "It has spread to the cheek, mouth, chin or neck on the same side"),
        _opt("extent", "vision", "Spasms often close my eye, so it is hard to see"),
        _opt("extent", "shape", "My face looks pulled out of shape, even between spasms"),
    )),
    Question("sleep", "pattern", T("quiz.sleep", "Has anyone seen the twitching while you were asleep?"), (
        _opt("sleep", "yes", "Yes, it goes on while I sleep"),
        _opt("sleep", "no", "No, it stops when I sleep"),
        _opt("sleep", "not_sure", "I don't know"),
    )),
    Question("brow", "pattern", T("quiz.brow", "When your eye squeezes shut, what does the eyebrow on that side do?"), (
        _opt("brow", "up", "It goes up"),
        _opt("brow", "down", "It goes down or stays still"),
        _opt("brow", "not_sure", "I'm not sure"),
    ), hint=T("quiz.brow_hint", "A mirror or a short phone video can help you see it.")),
    Question("voluntary", "pattern", T(
        "quiz.voluntary",
        "Does the twitching happen mainly when you move your face on purpose, for example your eye closes when you "
        "smile?",
    ), YES_NO_UNSURE),
    Question("duration", "pattern", T("quiz.duration", "How long have you had the twitching?"), (
        _opt("duration", "days", "Less than a week"),
        _opt("duration", "weeks", "1 to 4 weeks"),
        _opt("duration", "months", "1 to 12 months"),
        _opt("duration", "years", "More than a year"),
    )),
    Question("onset_age", "pattern", T("quiz.onset_age", "How old were you when it started?"), (
        _opt("onset_age", "under_40", "Younger than 40"),
        _opt("onset_age", "over_40", "40 or older"),
        _opt("onset_age", "not_sure", "I'm not sure"),
    )),
    Question("history", "pattern", T(
        "quiz.history", "Before the twitching began, did you have any of these on that side? Choose all that apply."), (
        _opt("history", "palsy", "Bell's palsy or other weakness of the face"),
        _opt("history", "injury", "An injury to the head or face"),
        _opt("history", "none", "None of these"),
    ), multi=True, exclusive="none"),
    # Part 2: severity and frequency (0–4, modelled on the structure of the Jankovic Rating Scale)
    Question("severity", "severity", T(
        "quiz.severity", "How strong are the spasms, most of the time?"), _scale("severity", (
        "No spasms at the moment",
        "Very slight: only I notice them",
        "Mild: other people can see them",
        "Moderate: they get in the way of some things I do",
        "Severe: they stop me doing things, like reading or driving",
    ))),
    Question("frequency", "severity", T("quiz.frequency", "How often do the spasms come?"), _scale("frequency", (
        "Not at all at the moment",
        "Now and then, less than once an hour",
        "Several times an hour",
        "Many times an hour",
        "Almost all the time",
    ))),
    # Part 3: daily life (themes of the HFS-30 subscales, in our own words)
    Question("impact_tasks", "impact", T(
        "quiz.impact_tasks", "Did the spasms make everyday tasks harder, such as reading, watching TV or driving?"),
        OFTEN),
    Question("impact_mood", "impact", T("quiz.impact_mood", "Did the spasms make you feel worried, sad or low?"),
             OFTEN),
    Question("impact_embarrassed", "impact", T(
        "quiz.impact_embarrassed",
        "Did you feel embarrassed, or stay away from people or places, because of the spasms?"),
        OFTEN),
    Question("impact_relations", "impact", T(
        "quiz.impact_relations", "Did the spasms put a strain on your time with family or friends?"),
        OFTEN),
    Question("impact_focus", "impact", T("quiz.impact_focus", "Did the spasms make it hard to concentrate?"),
             OFTEN),
    Question("impact_talk", "impact", T(
        "quiz.impact_talk", "Did the spasms make talking or eating with other people harder?"),
        OFTEN),
    # Part 4: triggers
    Question("triggers", "triggers", T("quiz.triggers", "What makes the spasms worse? Choose all that apply."), (
        _opt("triggers", "stress", "Stress"),
        _opt("triggers", "tired", "Being tired"),
        _opt("triggers", "feelings", "Worry or strong feelings"),
        _opt("triggers", "face", "Talking, chewing or moving my face"),
        _opt("triggers", "light", "Bright light"),
        _opt("triggers", "none", "Nothing I have noticed"),
    ), multi=True, exclusive="none"),
    # Part 5: warning signs (facts.md §3.13)
    Question("rf_stroke", "safety", T(
        "quiz.rf_stroke",
        "Right now, or starting suddenly in the last few days: is one side of your face weak or drooping? Or do "
        "you have weakness or numbness in an arm or leg, trouble speaking or understanding, confusion, sudden "
        "trouble seeing or walking, sudden dizziness or loss of balance, or a sudden severe headache? If you had an "
        "operation for hemifacial spasm, also answer yes if you have had a seizure (fit) since then.",
    ), YES_NO_UNSURE),
    Question("rf_injection", "safety", T(
        "quiz.rf_injection", "Have you had a botulinum toxin (Botox) injection in the last 3 months?"),
        YES_NO),
    Question("rf_inj_severe", "safety", T(
        "quiz.rf_inj_severe",
        "Since the injection, do you have trouble swallowing, speaking or breathing, or weakness in other parts of "
        "your body?",
    ), YES_NO_UNSURE, show_if=_q("rf_injection", ["yes"])),
    Question("rf_inj_eye", "safety", T(
        "quiz.rf_inj_eye",
        "Since the injection, can you not close your eye fully, is the eye painful, red or very dry, or is your sight "
        "blurred or double?",
    ), YES_NO_UNSURE, show_if=_q("rf_injection", ["yes"])),
    Question("rf_inj_mild", "safety", T(
        "quiz.rf_inj_mild",
        "Since the injection, do you have a drooping eyelid, a lopsided smile or a bruise that is not getting better?",
    ), YES_NO_UNSURE, show_if=_q("rf_injection", ["yes"])),
    Question("rf_surgery", "safety", T(
        "quiz.rf_surgery",
        "Have you had an operation for hemifacial spasm (microvascular decompression) in the last few weeks?"),
        YES_NO),
    Question("rf_surg_signs", "safety", T(
        "quiz.rf_surg_signs",
        "Since the operation, have you had any of these: clear watery fluid from your nose, ear or wound; fever or "
        "chills; a red, swollen or leaking wound; a bad headache or a stiff neck; vomiting that does not stop; or new "
        "hearing loss, numbness, weakness of the face, or trouble with balance or sight?",
    ), YES_NO_UNSURE, show_if=_q("rf_surgery", ["yes"])),
    Question("rf_hearing", "safety", T(
        "quiz.rf_hearing", "Have you suddenly lost hearing in one ear in the last few weeks?"),
        YES_NO_UNSURE),
    Question("rf_numb", "safety", T("quiz.rf_numb", "Is that side of your face numb, or has it slowly become weak?"),
             YES_NO_UNSURE),
    Question("rf_pain", "safety", T(
        "quiz.rf_pain", "Do you have pain in your face, such as sudden electric-shock pain?"),
        YES_NO_UNSURE),
    Question("rf_ear", "safety", T(
        "quiz.rf_ear",
        "On one side, has your hearing slowly got worse, or do you have ringing in the ear or trouble with balance?"),
        YES_NO_UNSURE),
    Question("rf_ms", "safety", T("quiz.rf_ms", "Do you have multiple sclerosis (MS)?"), YES_NO_UNSURE),
)

RULES = (
    # Warning signs, in the tiers of facts.md §3.13 (the result shows the highest tier first)
    Rule("flag_stroke", "flag", "emergency", _q("rf_stroke", YES_UNSURE), T(
        "quiz.flag_stroke",
        "Sudden weakness or drooping of the face, weakness or numbness of an arm or leg, trouble speaking or "
        "understanding, confusion, trouble seeing or walking, loss of balance or a sudden severe headache can be "
        "signs of a stroke. A seizure after an operation is also an emergency. Call your emergency number now, even "
        "if the signs come and go.",
    ), ("R90", "R116", "R117"), "when-to-get-help"),
    Rule("flag_inj_severe", "flag", "emergency", _q("rf_inj_severe", YES_UNSURE), T(
        "quiz.flag_inj_severe",
        "Trouble swallowing, speaking or breathing, or weakness spreading beyond the face after a botulinum toxin "
        "injection can be dangerous. Call your emergency number now.",
    ), ("R63", "R111", "R113"), "when-to-get-help"),
    Rule("flag_inj_eye", "flag", "same_day", _q("rf_inj_eye", YES_UNSURE), T(
        "quiz.flag_inj_eye",
        "Eye problems after an injection need a doctor today. Contact the clinic that gave the injection, or go to a "
        "hospital. When the eyelid cannot close, the front of the eye can be harmed.",
    ), ("R112", "R113", "R114"), "when-to-get-help"),
    Rule("flag_surgery", "flag", "same_day", _q("rf_surg_signs", YES_UNSURE), T(
        "quiz.flag_surgery",
        "These signs after an operation need your surgical team today. If you cannot reach them, go to an emergency "
        "department.",
    ), ("R117", "R118", "R66"), "when-to-get-help"),
    Rule("flag_hearing", "flag", "same_day", _q("rf_hearing", YES_UNSURE), T(
        "quiz.flag_hearing",
        "Sudden hearing loss in one ear needs a doctor today. Treatment works best when it starts early.",
    ), ("R91",), "when-to-get-help"),
    Rule("flag_inj_mild", "flag", "soon", _q("rf_inj_mild", YES_UNSURE), T(
        "quiz.flag_inj_mild",
        "A drooping eyelid, a lopsided smile or a bruise after an injection is usually temporary. Tell the clinic that "
        "gave the injection if it does not settle or if it bothers you. Do not drive while your sight is affected.",
    ), ("R112", "R113", "R61"), "treatment"),
    Rule("flag_numb", "flag", "soon", _q("rf_numb", YES_UNSURE), T(
        "quiz.flag_numb",
        "Numbness, or weakness that came on slowly, is not usual in hemifacial spasm. A doctor should check for "
        "another cause soon. If weakness comes on suddenly, call your emergency number.",
    ), ("R15", "R46", "R38", "R90"), "when-to-get-help"),
    Rule("flag_pain", "flag", "soon", _q("rf_pain", YES_UNSURE), T(
        "quiz.flag_pain",
        "Face pain together with twitching should be checked by a doctor soon. It can come with a nerve pain called "
        "trigeminal neuralgia, or rarely with a growth.",
    ), ("R94",), "when-to-get-help"),
    Rule("flag_ear", "flag", "soon", _q("rf_ear", YES_UNSURE), T(
        "quiz.flag_ear",
        "Hearing that slowly gets worse, ringing or balance problems on one side should be checked soon. A rare growth "
        "on the hearing nerve can cause them and can also press on the facial nerve.",
    ), ("R92", "R27"), "when-to-get-help"),
    Rule("flag_ms", "flag", "soon", _q("rf_ms", ["yes"]), T(
        "quiz.flag_ms",
        "If you have MS, new twitching of the face can be a sign of a relapse. Tell your MS doctor soon.",
    ), ("R29",), "when-to-get-help"),
    Rule("flag_both_sides", "flag", "soon", _q("side", ["both_apart", "both_together"]), T(
        "quiz.flag_both_sides",
        "Twitching on both sides of the face is not usual in hemifacial spasm. A doctor should check it soon.",
    ), ("R25", "R38"), "similar-conditions"),
    Rule("flag_young", "flag", "soon", _q("onset_age", ["under_40"]), T(
        "quiz.flag_young",
        "Hemifacial spasm usually starts after the age of 40. When twitching starts younger, a doctor should look for "
        "other causes.",
    ), ("R6", "R31"), "causes"),
    Rule("flag_history", "flag", "soon", _q("history", ["palsy", "injury"]), T(
        "quiz.flag_history",
        "Twitching that began after a weakness of the face, such as Bell's palsy, or after an injury to the head or "
        "face should be checked by a doctor soon.",
    ), ("R14",), "causes"),
    Rule("flag_whole_side", "flag", "soon", _q("start", ["whole_side"]), T(
        "quiz.flag_whole_side",
        "Twitching of the upper and lower face together from the very start is more common when hemifacial spasm has "
        "another cause. Tell a doctor about it soon.",
    ), ("R21",), "causes"),
    Rule("flag_eyelid_lasting", "flag", "soon",
         {"all": [_q("extent", ["eye_only"]), _q("duration", ["weeks", "months", "years"])]}, T(
        "quiz.flag_eyelid_lasting",
        "An eyelid twitch should be checked by a doctor when it lasts longer than a week (one eye-care group's advice) "
        "or a few weeks (another health service's advice), or when it spreads to other parts of the face.",
    ), ("R42", "R41"), "similar-conditions"),
    # Which answers fit typical hemifacial spasm, and which point elsewhere
    Rule("fit_one_side", "finding", "typical", _q("side", ["one"]), T(
        "quiz.fit_one_side", "Twitching on one side of the face fits hemifacial spasm."), ("R2", "R13"), "symptoms"),
    Rule("fit_both_together", "finding", "elsewhere", _q("side", ["both_together"]), T(
        "quiz.fit_both_together",
        "Both eyes closing at the same moment points to a different condition, such as blepharospasm.",
    ), ("R40", "R41"), "similar-conditions"),
    Rule("fit_both_apart", "finding", "unclear", _q("side", ["both_apart"]), T(
        "quiz.fit_both_apart",
        "Both sides twitching at different moments can happen in hemifacial spasm, but it is rare.",
    ), ("R25", "R13", "R26"), "symptoms"),
    Rule("fit_start_eye", "finding", "typical", _q("start", ["eye"]), T(
        "quiz.fit_start_eye", "Starting around one eye is the usual pattern."), ("R13", "R1", "R17"), "symptoms"),
    Rule("fit_start_lower", "finding", "unclear", _q("start", ["cheek_mouth"]), T(
        "quiz.fit_start_lower",
        "Starting in the cheek or mouth is less common, but it happens in some people with hemifacial spasm.",
    ), ("R65", "R17"), "symptoms"),
    Rule("fit_start_jaw", "finding", "elsewhere", _q("start", ["jaw"]), T(
        "quiz.fit_start_jaw",
        "Spasms of the jaw or chewing muscles point to another condition: hemifacial spasm stays in the muscles that "
        "the facial nerve moves.",
    ), ("R36", "R14", "R102"), "similar-conditions"),
    Rule("fit_spread", "finding", "typical", _q("extent", ["spread", "vision", "shape"]), T(
        "quiz.fit_spread",
        "Spread from the eye to the cheek, mouth, chin or neck on the same side is typical of hemifacial spasm.",
    ), ("R24", "R1", "R10"), "symptoms"),
    Rule("fit_eyelid_recent", "finding", "elsewhere",
         {"all": [_q("extent", ["eye_only"]), _q("duration", ["days", "weeks"])]}, T(
        "quiz.fit_eyelid_recent",
        "A twitch of one eyelid that started recently can be the common, harmless eyelid twitch (eyelid "
        "myokymia). This twitch usually goes away by itself within days or weeks.",
    ), ("R41", "R42"), "similar-conditions"),
    Rule("fit_sleep_yes", "finding", "typical", _q("sleep", ["yes"]), T(
        "quiz.fit_sleep_yes", "Twitching that goes on during sleep fits hemifacial spasm."), ("R9", "R37"), "symptoms"),
    Rule("fit_sleep_no", "finding", "unclear", _q("sleep", ["no"]), T(
        "quiz.fit_sleep_no",
        "Twitching that stops during sleep is more usual in blepharospasm, but hemifacial spasm can also be milder in "
        "sleep.",
    ), ("R37", "R9"), "similar-conditions"),
    Rule("fit_brow_up", "finding", "typical", _q("brow", ["up"]), T(
        "quiz.fit_brow_up",
        "The eyebrow going up as the eye closes is a typical sign of hemifacial spasm. It does not happen in "
        "blepharospasm.",
    ), ("R32", "R33", "R35"), "symptoms"),
    Rule("fit_brow_down", "finding", "unclear", _q("brow", ["down"]), T(
        "quiz.fit_brow_down",
        "Not everyone with hemifacial spasm has the eyebrow sign, so this does not rule it out. The sign is missing in "
        "blepharospasm and in some other conditions.",
    ), ("R33", "R34", "R38"), "similar-conditions"),
    Rule("fit_voluntary", "finding", "elsewhere", _q("voluntary", ["yes"]), T(
        "quiz.fit_voluntary",
        "Movements that come mainly with wanted movements, like the eye closing when you smile, suggest synkinesis. "
        "This can follow Bell's palsy.",
    ), ("R43",), "similar-conditions"),
    # How strong, how often, how much it affects daily life: words for the person's own answers
    Rule("band_symptoms_none", "band", "info", {"score": "symptoms", "min": 0, "max": 0}, T(
        "quiz.band_symptoms_none", "You said you have no spasms at the moment.")),
    Rule("band_symptoms_low", "band", "info", {"score": "symptoms", "min": 1, "max": 3}, T(
        "quiz.band_symptoms_low", "You describe your spasms as light, or as not very frequent.")),
    Rule("band_symptoms_mid", "band", "info", {"score": "symptoms", "min": 4, "max": 5}, T(
        "quiz.band_symptoms_mid", "You describe your spasms as fairly strong or fairly frequent.")),
    Rule("band_symptoms_high", "band", "info", {"score": "symptoms", "min": 6, "max": 8}, T(
        "quiz.band_symptoms_high", "You describe your spasms as strong and frequent.")),
    Rule("band_vision", "band", "info", _q("extent", ["vision", "shape"]), T(
        "quiz.band_vision",
        "Spasms that close the eye can make it hard to see. Ask a doctor before you drive.",
    ), ("R13", "R93"), "living-with-hfs"),
    Rule("band_impact_none", "band", "info", {"score": "impact", "min": 0, "max": 0}, T(
        "quiz.band_impact_none", "You said the spasms do not affect your daily life.")),
    Rule("band_impact_low", "band", "info", {"score": "impact", "min": 1, "max": 8}, T(
        "quiz.band_impact_low", "You said the spasms affect your daily life a little.")),
    Rule("band_impact_mid", "band", "info", {"score": "impact", "min": 9, "max": 16}, T(
        "quiz.band_impact_mid", "You said the spasms affect your daily life quite a lot.")),
    Rule("band_impact_high", "band", "info", {"score": "impact", "min": 17, "max": 24}, T(
        "quiz.band_impact_high", "You said the spasms affect your daily life a great deal.")),
    Rule("band_treatment_helps", "band", "info", {"score": "impact", "min": 9, "max": 24}, T(
        "quiz.band_treatment_helps",
        "Treatment can improve daily life: one study found it better after injections, and another after surgery. "
        "Tell your doctor how much the spasms affect you.",
    ), ("R76", "R74"), "treatment"),
    Rule("band_mood", "band", "info", _q("impact_mood", ["3", "4"]), T(
        "quiz.band_mood",
        "Feeling worried or low is common with hemifacial spasm, and it is not your fault. Help is available: tell "
        "your doctor how you feel.",
    ), ("R86", "R88"), "living-with-hfs"),
    # Triggers: what is known (they make spasms worse; they are not the cause)
    Rule("trigger_stress", "trigger", "info", _q("triggers", ["stress"]), T(
        "quiz.trigger_stress",
        "Stress: in one study of 321 people, stress was the most common thing that made spasms worse (about 45 out of "
        "100 people).",
    ), ("R22", "R4", "R7"), "living-with-hfs"),
    Rule("trigger_tired", "trigger", "info", _q("triggers", ["tired"]), T(
        "quiz.trigger_tired",
        "Being tired makes spasms worse for many people. Rest may help your comfort, but we found no study showing "
        "that it changes the condition.",
    ), ("R4", "R7", "R37"), "living-with-hfs"),
    Rule("trigger_feelings", "trigger", "info", _q("triggers", ["feelings"]), T(
        "quiz.trigger_feelings", "Worry and strong feelings can make spasms worse for a while."), ("R37", "R4"),
        "living-with-hfs"),
    Rule("trigger_face", "trigger", "info", _q("triggers", ["face"]), T(
        "quiz.trigger_face", "Talking, chewing and other face movements can bring on spasms."), ("R7", "R36"),
        "living-with-hfs"),
    Rule("trigger_light", "trigger", "info", _q("triggers", ["light"]), T(
        "quiz.trigger_light",
        "Bright light is described as a trigger of blepharospasm, a different eyelid condition, not of hemifacial "
        "spasm. Mention it to your doctor.",
    ), ("R41", "R40", "R97"), "similar-conditions"),
    Rule("trigger_not_cause", "trigger", "info", _q("triggers", ["stress", "tired", "feelings", "face", "light"]), T(
        "quiz.trigger_not_cause",
        "These things can make spasms worse, but they do not cause hemifacial spasm. The usual cause is a blood vessel "
        "pressing on the facial nerve, so it is not your fault.",
    ), ("R10", "R3", "R4"), "causes"),
    # Next steps (always shown)
    Rule("next_doctor", "next", "info", {"always": True}, T(
        "quiz.next_doctor",
        "See a doctor about the twitching. A neurologist, a doctor for nerve problems, can find out what it is and "
        "treat it. An eye doctor is often the first to see an eyelid twitch.",
    ), ("R3", "R7", "R42"), "diagnosis"),
    Rule("next_video", "next", "info", {"always": True}, T(
        "quiz.next_video", "Take a short phone video of a spasm to show the doctor."), ("R102",), "diagnosis"),
    Rule("next_mri", "next", "info", {"always": True}, T(
        "quiz.next_mri",
        "Ask whether you need an MRI scan. It can show a blood vessel pressing on the nerve and rule out other causes.",
    ), ("R5", "R9", "R3"), "diagnosis"),
    Rule("next_treatment", "next", "info", {"always": True}, T(
        "quiz.next_treatment",
        "If a doctor finds hemifacial spasm, ask about botulinum toxin injections, which help most people with it, "
        "and whether an operation called microvascular decompression could suit you.",
    ), ("R12", "R56", "R66"), "treatment"),
)

SCORES = {"symptoms": ("severity", "frequency"), "impact": IMPACT}

DEFINITION = Definition(PARTS, QUESTIONS, RULES, SCORES)
