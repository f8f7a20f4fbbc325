"""The self-check, defined once: parts, questions, options, rules and scores.

Plain data with English msgids. pwa/quiz/engine.py (server) and static/js/engine.js (device)
evaluate it from the same exported contract (`contract()`, served as /quiz.json) and nothing
else. Written from shared/content/facts.md: the order follows NHS 111's clinical order
(signs that need help now first, then context, then the other warning signs of §3.13, then
the pattern §3.3–3.6, strength and frequency, daily life §3.12, triggers §3.7). The strength
questions are modelled on the structure of the Jankovic Rating Scale (0–4) and the daily-life
questions on the HFS-30 subscale themes (§4), in our own words; the check never names or
claims to be a validated instrument and never outputs a grade or a diagnosis.

T("context", "English") marks a translatable text (an extraction keyword).

Conditions are data, evaluated by both engines:
  {"always": true}                      always holds
  {"q": id, "in": [values]}             the (normalised) answer is, or includes, one of the values
  {"answered": id}                      the question was answered (any value)
  {"known": id}                         answered with something other than "not sure"
  {"all": [c…]} {"any": [c…]} {"not": c}
  {"min": n, "of": [c…]}                at least n of the conditions hold
  {"rule": id}                          an earlier rule matched (rules are evaluated in order)
  {"complete": score}                   every item of the score was answered
  {"enough": score}                     at least `need` items of the score were answered
  {"mean": score, "above": a, "upto": b}  enough items answered and a < mean <= b (mean of the
                                        answered items, compared as a*n < sum <= b*n)

Normalising rules, also data: a question whose `show_if` does not hold is dropped (a follow-up
answered under a parent that is not "yes" is ignored, not rejected); in a multi question the
`exclusive` options ("none of these", "not sure") give way to any other choice, and among
themselves the first listed wins.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    show_if: dict | None = None  # asked only when this holds (the no-JS form shows it with a note)
    follows: str | None = None  # the question whose "yes" opens this follow-up
    exclusive: tuple[str, ...] = ()  # in a multi question: options that give way to any other


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # see KINDS
    level: str  # flag: a tier of TIERS; finding: typical|unclear|elsewhere; else "info"
    when: dict
    text: tuple[str, str]
    refs: tuple[str, ...] = ()
    link: str | None = None  # slug of the article that says more
    score: str | None = None  # a score line: the text has %(score)s and %(max)s


@dataclass(frozen=True)
class Part:
    id: str
    title: tuple[str, str]
    intro: tuple[str, str]


@dataclass(frozen=True)
class Score:
    items: tuple[str, ...]
    need: int  # answered items needed before the score is described


@dataclass(frozen=True)
class Definition:
    parts: tuple[Part, ...]
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    scores: dict[str, Score]

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def score_max(self, name: str) -> int:
        """Derived from the options (their values are their points): never written down."""
        total = 0
        for qid in self.scores[name].items:
            question = self.question(qid)
            assert question is not None, f"score {name} names no question {qid}"
            total += max(int(option.value) for option in question.options)
        return total


# The urgency tiers, loudest first (facts.md §3.13). "check": not sure about a sign that needs
# help now; "mention": not sure about a sign that needs a doctor soon (one tier lower).
TIERS = ("emergency", "check", "same_day", "soon", "mention")
# Kinds of rule and the key under which the result lists them. "summary": the first that
# holds is the result's one opening sentence.
KINDS = {"flag": "flags", "summary": "summary", "note": "notes", "finding": "findings", "band": "bands",
         "trigger": "triggers", "next": "nexts"}
NOT_SURE = "not_sure"


def _opt(qid: str, value: str, text: str) -> Option:
    return Option(value, (f"quiz.{qid}.{value}", text))


def _answers(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(value, (f"quiz.answer.{value}", text)) for value, text in pairs)


YES_NO_UNSURE = _answers(("yes", "Yes"), ("no", "No"), (NOT_SURE, "I'm not sure"))
YES_NO = YES_NO_UNSURE[:2]
OFTEN = tuple(Option(str(i), (f"quiz.often.{i}", text))
              for i, text in enumerate(("Never", "Rarely", "Sometimes", "Often", "Always")))


def _scale(qid: str, labels: tuple[str, ...]) -> tuple[Option, ...]:
    """0–4: the option value is its points."""
    return tuple(_opt(qid, str(i), text) for i, text in enumerate(labels))


def _q(qid: str, *values: str) -> dict:
    return {"q": qid, "in": list(values)}


def _rule(rid: str) -> dict:
    return {"rule": rid}


TWITCHING = {"not": _q("twitching", "no")}  # asked unless the person said they have no twitching
IMPACT = ("impact_tasks", "impact_mood", "impact_embarrassed", "impact_relations", "impact_focus", "impact_talk")
STROKE_SIGNS = ("face", "limb", "speech", "sight_balance", "headache")


PARTS = (
    Part("emergency", T("quiz.part.emergency", "Signs that need help now"),
         T("quiz.part.emergency_intro", "First, check for signs that need emergency help.")),
    Part("context", T("quiz.part.context", "Injections and operations"),
         T("quiz.part.context_intro", "Some warning signs depend on recent treatment.")),
    Part("warning", T("quiz.part.warning", "Other warning signs"),
         T("quiz.part.warning_intro", "These signs need a doctor to check them.")),
    Part("pattern", T("quiz.part.pattern", "The twitching"),
         T("quiz.part.pattern_intro", "Where the twitching is, how it started and how long you have had it.")),
    Part("severity", T("quiz.part.severity", "How strong and how often"),
         T("quiz.part.severity_intro", "Think of a usual day in the last month.")),
    Part("impact", T("quiz.part.impact", "Your daily life"),
         T("quiz.part.impact_intro", "How the spasms have affected you in the last month.")),
    Part("triggers", T("quiz.part.triggers", "What makes it worse"),
         T("quiz.part.triggers_intro", "Things that can make spasms worse for a while.")),
)

QUESTIONS = (
    # 1. Signs that need help now: every EMERGENCY sign of facts.md §3.13, on the first screen.
    Question("emergency", "emergency", T("quiz.emergency",
      "Do you have any of these signs now, or have you had them today, even if they went away? Choose all that apply."), (
        _opt("emergency", "face", "One side of your face suddenly droops or feels weak (not your usual spasm)"),
        _opt("emergency", "limb", "Sudden weakness or numbness in an arm or leg"),
        _opt("emergency", "speech", "Sudden trouble speaking or understanding, or sudden confusion"),
        _opt("emergency", "sight_balance",
             "Sudden trouble seeing or walking, sudden dizziness, or sudden loss of balance"),
        _opt("emergency", "headache", "A sudden, very bad headache with no known cause"),
        _opt("emergency", "injection",
             "After a botulinum toxin (Botox) injection in the last few weeks: trouble swallowing, speaking or "
             "breathing, or weakness spreading beyond your face"),
        _opt("emergency", "operation",
             "After an operation behind the ear for hemifacial spasm: new weakness of an arm or leg, new trouble "
             "speaking, confusion or a seizure (fit)"),
        _opt("emergency", "none", "None of these"),
        _opt("emergency", NOT_SURE, "I'm not sure"),
    ), multi=True, exclusive=(NOT_SURE, "none"), hint=T(
        "quiz.emergency_hint",
        "Sudden means it came on over minutes or hours. Weakness that built up over days after an injection, "
        "weakness you have had for a long time, and blurred sight after an injection near the eye come later in "
        "the check.",
    )),
    # 2. Context: follow-up questions exist only under a "yes" here.
    Question("injection", "context", T(
        "quiz.injection",
        "Have you had a botulinum toxin injection (for example Botox or Dysport) in your face in the last 3 months?"),
        YES_NO),
    Question("inj_eye", "context", T(
        "quiz.inj_eye",
        "Since the injection, has any of this happened: your eyelid does not close fully; your eye is painful, red, "
        "very dry or gritty; or your sight is blurred or double?",
    ), YES_NO_UNSURE, show_if=_q("injection", "yes"), follows="injection"),
    Question("inj_weak", "context", T(
        "quiz.inj_weak",
        "Since the injection, has the injected side of your face become weaker over a few days, for example a "
        "drooping eyelid or a lopsided smile?",
    ), YES_NO_UNSURE, show_if=_q("injection", "yes"), follows="injection"),
    Question("surgery", "context", T(
        "quiz.surgery",
        "Have you had an operation behind the ear to move a blood vessel off the facial nerve (microvascular "
        "decompression) in the last 3 months?",
    ), YES_NO),
    Question("op_signs", "context", T(
        "quiz.op_signs", "Since the operation, have you had any of these? Choose all that apply."), (
        _opt("op_signs", "fluid", "Clear, watery fluid from your nose, ear or wound"),
        _opt("op_signs", "fever", "Fever or chills, or a temperature above 37.8 °C (100 °F)"),
        _opt("op_signs", "wound", "A red, swollen or leaking wound, or pain there that keeps getting worse"),
        _opt("op_signs", "headache",
             "A bad headache that your usual medicine does not ease, a stiff neck, or bright light that hurts your eyes"),
        _opt("op_signs", "vomiting", "Vomiting that does not stop"),
        _opt("op_signs", "hearing", "New hearing loss"),
        _opt("op_signs", "nerves", "New numbness, or new trouble with balance or sight"),
        _opt("op_signs", "none", "None of these"),
        _opt("op_signs", NOT_SURE, "I'm not sure"),
    ), multi=True, exclusive=(NOT_SURE, "none"), show_if=_q("surgery", "yes"), follows="surgery"),
    Question("op_face", "context", T(
        "quiz.op_face",
        "Since you came home from hospital, has the face on the operated side become newly weak, or is its weakness "
        "getting worse?",
    ), YES_NO_UNSURE, show_if=_q("surgery", "yes"), follows="surgery"),
    # 3. The other warning signs of §3.13.
    Question("hearing_sudden", "warning", T(
        "quiz.hearing_sudden", "Have you suddenly lost hearing in one ear in the last few weeks?"), YES_NO_UNSURE),
    Question("weak_numb", "warning", T(
        "quiz.weak_numb",
        "Not counting weakness after an injection, has one side of your face slowly become weak or numb over weeks or "
        "months?"), YES_NO_UNSURE, hint=T("quiz.weak_numb_hint", "If it came on suddenly, call your emergency number now.")),
    Question("other_nerve", "warning", T(
        "quiz.other_nerve",
        "Apart from your face, have you had other new nerve problems that came on slowly, such as numbness, "
        "weakness or clumsiness?",
    ), YES_NO_UNSURE),
    Question("pain", "warning", T(
        "quiz.pain", "Do you have pain in your face, such as sudden electric-shock pain?"), YES_NO_UNSURE),
    Question("ear_gradual", "warning", T(
        "quiz.ear_gradual",
        "On one side, has your hearing slowly got worse, or do you have ringing in the ear or trouble with balance?"),
        YES_NO_UNSURE),
    Question("eye_red", "warning", T(
        "quiz.eye_red",
        "Apart from any injection, is the eye on the twitching side red, swollen or leaking, or has its upper eyelid "
        "started to droop?"), YES_NO_UNSURE),
    Question("ms", "warning", T("quiz.ms", "Do you have multiple sclerosis (MS)?"), YES_NO),
    # 4. The pattern (facts.md §3.3, §3.6).
    Question("twitching", "pattern", T("quiz.twitching", "Do you have twitching or spasms of the face yourself?"), (
        _opt("twitching", "yes", "Yes"),
        _opt("twitching", "no", "No, I have no twitching (for example, I am reading for someone else)"),
    ), hint=T("quiz.twitching_hint", "If you answer no, you can skip the rest of the questions.")),
    Question("side", "pattern", T("quiz.side", "Which side of your face twitches?"), (
        _opt("side", "one", "One side only"),
        _opt("side", "both_apart", "Both sides, but not at the same moment"),
        _opt("side", "both_together", "Both sides at the same moment, for example both eyes close together"),
        _opt("side", NOT_SURE, "I'm not sure"),
    ), show_if=TWITCHING),
    Question("start", "pattern", T("quiz.start", "Where did the twitching start?"), (
        _opt("start", "eye", "Around one eye, often the lower eyelid"),
        _opt("start", "cheek_mouth", "In the cheek or around the mouth"),
        _opt("start", "whole_side", "In the upper and lower face together, from the very first day"),
        _opt("start", "jaw", "In the chewing muscles, so that the jaw clenches"),
        _opt("start", NOT_SURE, "I'm not sure"),
    ), show_if=TWITCHING),
    Question("spread", "pattern", T("quiz.spread", "Since it began, has the twitching spread to other parts of the face?"), (
        _opt("spread", "no", "No, it stays where it started"),
        _opt("spread", "down", "Yes, from the eye down to the cheek, mouth, chin or neck"),
        _opt("spread", "up", "Yes, from the cheek or mouth up to the eye"),
        _opt("spread", "other", "Yes, in another way"),
        _opt("spread", NOT_SURE, "I'm not sure"),
    ), show_if=TWITCHING),
    Question("together", "pattern", T(
        "quiz.together",
        "During a spasm, do the eye and the cheek or mouth on that side tighten at the same moment?"),
        YES_NO_UNSURE, show_if=TWITCHING),
    Question("eye_shut", "pattern", T("quiz.eye_shut", "Do the spasms force your eye shut, so that it is hard to see?"), (
        _opt("eye_shut", "often", "Yes, often"),
        _opt("eye_shut", "sometimes", "Sometimes"),
        _opt("eye_shut", "no", "No"),
    ), show_if=TWITCHING),
    Question("sleep", "pattern", T("quiz.sleep", "Does the twitching go on while you sleep?"), (
        _opt("sleep", "yes", "Yes, it goes on while I sleep"),
        _opt("sleep", "no", "No, it stops when I sleep"),
        _opt("sleep", NOT_SURE, "I don't know"),
    ), hint=T("quiz.sleep_hint", "Only someone who has watched you sleep can tell."), show_if=TWITCHING),
    Question("brow", "pattern", T("quiz.brow", "When your eye squeezes shut, what does the eyebrow on that side do?"), (
        _opt("brow", "up", "It goes up"),
        _opt("brow", "down", "It goes down or stays still"),
        _opt("brow", "no_squeeze", "My eye does not squeeze shut"),
        _opt("brow", NOT_SURE, "I'm not sure"),
    ), hint=T("quiz.brow_hint", "A mirror or a short phone video can help you see it."), show_if=TWITCHING),
    Question("lower_pull", "pattern", T(
        "quiz.lower_pull",
        "Is the spasm only in the lower face, as a long, steady pull that draws the corner of your mouth down?"),
        YES_NO_UNSURE, show_if=TWITCHING),
    Question("voluntary", "pattern", T(
        "quiz.voluntary",
        "Do the movements come mostly when you move your face on purpose, for example your eye closes when you smile, "
        "talk or chew?",
    ), YES_NO_UNSURE, show_if=TWITCHING),
    Question("hold_back", "pattern", T("quiz.hold_back", "Can you hold the movements back for a while if you try?"),
             YES_NO_UNSURE, show_if=TWITCHING),
    Question("duration", "pattern", T("quiz.duration", "How long have you had the twitching?"), (
        _opt("duration", "days", "Less than a week"),
        _opt("duration", "weeks", "1 to 4 weeks"),
        _opt("duration", "months", "1 to 12 months"),
        _opt("duration", "years", "More than a year"),
    ), show_if=TWITCHING),
    Question("onset_age", "pattern", T("quiz.onset_age", "How old were you when it started?"), (
        _opt("onset_age", "child", "Younger than 18"),
        _opt("onset_age", "young", "18 to 39"),
        _opt("onset_age", "over_40", "40 or older"),
        _opt("onset_age", NOT_SURE, "I'm not sure"),
    ), show_if=TWITCHING),
    Question("history", "pattern", T(
        "quiz.history", "Before the twitching began, did you have any of these? Choose all that apply."), (
        _opt("history", "palsy", "Bell's palsy or other weakness on that side of the face"),
        _opt("history", "injury", "An injury to the head or face"),
        _opt("history", "none", "None of these"),
    ), multi=True, exclusive=("none",), show_if=TWITCHING),
    Question("lifestyle", "pattern", T(
        "quiz.lifestyle",
        "Did the twitching start at a time of little sleep or stress, or when you had a lot of coffee, tea or alcohol?"),
        YES_NO_UNSURE, show_if=TWITCHING),
    # 5. Strength and frequency (0–4, modelled on the structure of the Jankovic Rating Scale)
    Question("severity", "severity", T("quiz.severity", "How strong are the spasms, most of the time?"),
             _scale("severity", (
                 "No spasms",
                 "Very slight: only I notice them",
                 "Mild: other people can see them",
                 "Moderate: they get in the way of some things I do",
                 "Severe: they stop me doing things, like reading or driving",
             )), show_if=TWITCHING),
    Question("frequency", "severity", T("quiz.frequency", "How often do the spasms come?"), _scale("frequency", (
        "Not at all",
        "Now and then, less than once an hour",
        "Several times an hour",
        "Many times an hour",
        "Almost all the time",
    )), show_if=TWITCHING),
    # 6. Daily life (themes of the HFS-30 subscales, in our own words)
    Question("impact_tasks", "impact", T(
        "quiz.impact_tasks", "Did the spasms make everyday tasks harder, such as reading, watching TV or driving?"),
        OFTEN, show_if=TWITCHING),
    Question("impact_mood", "impact", T("quiz.impact_mood", "Did the spasms make you feel worried, sad or low?"),
             OFTEN, show_if=TWITCHING),
    Question("impact_embarrassed", "impact", T(
        "quiz.impact_embarrassed",
        "Did you feel embarrassed, or stay away from people or places, because of the spasms?"),
        OFTEN, show_if=TWITCHING),
    Question("impact_relations", "impact", T(
        "quiz.impact_relations", "Did the spasms put a strain on your time with family or friends?"),
        OFTEN, show_if=TWITCHING),
    Question("impact_focus", "impact", T("quiz.impact_focus", "Did the spasms make it hard to concentrate?"),
             OFTEN, show_if=TWITCHING),
    Question("impact_talk", "impact", T(
        "quiz.impact_talk", "Did the spasms make talking or eating with other people harder?"),
        OFTEN, show_if=TWITCHING),
    # 7. Triggers (facts.md §3.7)
    Question("triggers", "triggers", T("quiz.triggers", "What makes the spasms worse? Choose all that apply."), (
        _opt("triggers", "stress", "Stress"),
        _opt("triggers", "tired", "Being tired"),
        _opt("triggers", "feelings", "Worry or strong feelings"),
        _opt("triggers", "face", "Talking, chewing or moving my face"),
        _opt("triggers", "light", "Bright light"),
        _opt("triggers", "none", "Nothing I have noticed"),
    ), multi=True, exclusive=("none",), show_if=TWITCHING),
)

SCORES = {"symptoms": Score(("severity", "frequency"), need=2), "impact": Score(IMPACT, need=4)}

# The pattern answers that say something when known (for "too few answers" and "mostly not sure").
PATTERN_KNOWN = ("side", "start", "spread", "together", "sleep", "brow", "duration")
MAIN = tuple(q.id for q in QUESTIONS if q.follows is None and q.id != "twitching")

TYPICAL = ("fit_one_side", "fit_start_eye", "fit_spread_down", "fit_together", "fit_sleep_yes", "fit_brow_up",
           "fit_long")
ELSEWHERE = ("fit_both_together", "fit_start_jaw", "fit_eyelid_recent", "fit_tics", "fit_post_palsy",
             "fit_lower_pull", "fit_lifestyle")
UNCLEAR = ("fit_both_apart", "fit_start_lower", "fit_whole_side", "fit_spread_up", "fit_sleep_no", "fit_brow_down",
           "fit_voluntary", "fit_hold_back")
EYELID_ONLY = {"all": [_q("start", "eye"), _q("spread", "no")]}
HFS_LIKE = ("summary_fits_well", "summary_fits_partly", "summary_unclear", "summary_too_few")
_any_rule = lambda ids: {"any": [_rule(r) for r in ids]}  # noqa: E731
IMPACT_HIGH = {"any": [_q(q, "3", "4") for q in IMPACT]}
NOT_EYELID = {"not": _rule("summary_eyelid")}
NOT_DAYS = {"not": _q("duration", "days")}  # a twitch of a few days: no scan or treatment talk yet


RULES = (
    # ---- What the answers show: each finding is true of the answers given ----
    Rule("fit_one_side", "finding", "typical", _q("side", "one"), T(
        "quiz.fit_one_side", "Twitching on one side of the face only is the usual pattern of hemifacial spasm."),
        ("R2", "R13"), "symptoms"),
    Rule("fit_both_together", "finding", "elsewhere", _q("side", "both_together"), T(
        "quiz.fit_both_together",
        "Both sides twitching at the same moment, such as both eyes closing together, is not the pattern of "
        "hemifacial spasm. It is more like blepharospasm, a different condition.",
    ), ("R40", "R41", "R25"), "similar-conditions"),
    Rule("fit_both_apart", "finding", "unclear", _q("side", "both_apart"), T(
        "quiz.fit_both_apart",
        "Both sides twitching at different moments can happen in hemifacial spasm, but it is rare.",
    ), ("R25", "R13", "R26"), "symptoms"),
    Rule("fit_start_eye", "finding", "typical", _q("start", "eye"), T(
        "quiz.fit_start_eye", "Starting around one eye is the usual start of hemifacial spasm."),
        ("R13", "R1", "R17"), "symptoms"),
    Rule("fit_start_lower", "finding", "unclear", _q("start", "cheek_mouth"), T(
        "quiz.fit_start_lower",
        "Starting in the cheek or mouth is less usual, but it also happens in hemifacial spasm: in one large study, in "
        "about 8 in 100 people.",
    ), ("R65",), "symptoms"),
    Rule("fit_whole_side", "finding", "unclear", _q("start", "whole_side"), T(
        "quiz.fit_whole_side",
        "The upper and lower face twitching together from the very first day is more common when the spasm has "
        "another cause, such as an earlier palsy of the face.",
    ), ("R21",), "causes"),
    Rule("fit_start_jaw", "finding", "elsewhere", _q("start", "jaw"), T(
        "quiz.fit_start_jaw",
        "Spasms of the jaw or chewing muscles point to another condition: hemifacial spasm stays in the muscles that "
        "the facial nerve moves.",
    ), ("R36", "R14", "R102"), "similar-conditions"),
    Rule("fit_spread_down", "finding", "typical", _q("spread", "down"), T(
        "quiz.fit_spread_down",
        "Spreading from the eye down to the cheek, mouth, chin or neck on the same side is the usual way hemifacial "
        "spasm spreads.",
    ), ("R1", "R10", "R24"), "symptoms"),
    Rule("fit_spread_up", "finding", "unclear", _q("spread", "up"), T(
        "quiz.fit_spread_up",
        "Spreading from the cheek or mouth up to the eye is the less usual way, but it is also seen in hemifacial "
        "spasm.",
    ), ("R17", "R65"), "symptoms"),
    Rule("fit_together", "finding", "typical", _q("together", "yes"), T(
        "quiz.fit_together",
        "The eye and the cheek or mouth tightening at the same moment during a spasm is a sign doctors look for in "
        "hemifacial spasm.",
    ), ("R102",), "diagnosis"),
    Rule("fit_sleep_yes", "finding", "typical", _q("sleep", "yes"), T(
        "quiz.fit_sleep_yes", "Twitching that goes on during sleep fits hemifacial spasm."), ("R9", "R37"), "symptoms"),
    Rule("fit_sleep_no", "finding", "unclear", _q("sleep", "no"), T(
        "quiz.fit_sleep_no",
        "Twitching that stops during sleep is more usual in blepharospasm, but hemifacial spasm can also be milder in "
        "sleep.",
    ), ("R37", "R9"), "similar-conditions"),
    Rule("fit_brow_up", "finding", "typical", _q("brow", "up"), T(
        "quiz.fit_brow_up",
        "The eyebrow going up as the eye closes is a typical sign of hemifacial spasm. It does not happen in "
        "blepharospasm.",
    ), ("R32", "R33", "R35"), "symptoms"),
    Rule("fit_brow_down", "finding", "unclear", _q("brow", "down"), T(
        "quiz.fit_brow_down",
        "Not everyone with hemifacial spasm has the eyebrow sign, so this does not rule it out. The sign is missing in "
        "blepharospasm and in some other conditions.",
    ), ("R33", "R34", "R38"), "similar-conditions"),
    Rule("fit_post_palsy", "finding", "elsewhere", {"all": [_q("voluntary", "yes"), _q("history", "palsy")]}, T(
        "quiz.fit_post_palsy",
        "After Bell's palsy, nerves can grow back wired wrongly, so the eye closes when you smile or the mouth moves "
        "when you blink (synkinesis). Your answers fit this kind of twitching after a facial palsy.",
    ), ("R43", "R21"), "similar-conditions"),
    Rule("fit_voluntary", "finding", "unclear", {"all": [_q("voluntary", "yes"), {"not": _q("history", "palsy")}]}, T(
        "quiz.fit_voluntary",
        "Movements brought on by talking, chewing or smiling happen in hemifacial spasm too, and also in other "
        "conditions.",
    ), ("R21", "R7", "R43"), "similar-conditions"),
    Rule("fit_tics", "finding", "elsewhere", {"all": [_q("onset_age", "child"), _q("hold_back", "yes")]}, T(
        "quiz.fit_tics",
        "Movements that began in childhood and can be held back for a while fit motor tics better than hemifacial "
        "spasm.",
    ), ("R45", "R14"), "similar-conditions"),
    Rule("fit_hold_back", "finding", "unclear", {"all": [_q("hold_back", "yes"), {"not": _q("onset_age", "child")}]}, T(
        "quiz.fit_hold_back",
        "Being able to hold the movements back is more usual in tics. Hemifacial spasm is involuntary.",
    ), ("R45", "R2"), "similar-conditions"),
    Rule("fit_lower_pull", "finding", "elsewhere", _q("lower_pull", "yes"), T(
        "quiz.fit_lower_pull",
        "A long, steady pull of only the lower face, with the mouth corner drawn down, is seen more in functional "
        "facial spasm (a real spasm caused by how the brain controls movement) than in hemifacial spasm.",
    ), ("R38",), "similar-conditions"),
    Rule("fit_eyelid_recent", "finding", "elsewhere",
         {"all": [EYELID_ONLY, _q("duration", "days", "weeks"), {"not": _q("side", "both_together", "both_apart")},
                  {"not": _q("eye_shut", "often", "sometimes")}]}, T(
        "quiz.fit_eyelid_recent",
        "A twitch of one eyelid that started recently and has not spread is often the common, harmless eyelid twitch "
        "(eyelid myokymia). It usually goes away by itself within days or weeks.",
    ), ("R41", "R42"), "similar-conditions"),
    Rule("fit_lifestyle", "finding", "elsewhere", {"all": [EYELID_ONLY, _q("lifestyle", "yes"), _q("duration", "days", "weeks"),
                                                           {"not": _q("eye_shut", "often", "sometimes")}]}, T(
        "quiz.fit_lifestyle",
        "Little sleep, stress, coffee, tea and alcohol are linked to the harmless eyelid twitch. Rest, less stress and "
        "less caffeine often help it.",
    ), ("R41", "R42"), "similar-conditions"),
    Rule("fit_long", "finding", "typical", _q("duration", "years"), T(
        "quiz.fit_long", "Twitching that has lasted more than a year fits the slow, long course of hemifacial spasm."),
        ("R1", "R5"), "symptoms"),
    # ---- Warning signs, in the tiers of facts.md §3.13 (the result shows the loudest first) ----
    Rule("flag_stroke", "flag", "emergency", _q("emergency", *STROKE_SIGNS), T(
        "quiz.flag_stroke",
        "These can be signs of a stroke. Call your emergency number now, even if the signs come and go. One sign is "
        "enough.",
    ), ("R90", "R116"), "when-to-get-help"),
    Rule("flag_inj_severe", "flag", "emergency", _q("emergency", "injection"), T(
        "quiz.flag_inj_severe",
        "Trouble swallowing, speaking or breathing, or weakness spreading beyond the face after a botulinum toxin "
        "injection can be life-threatening. Call your emergency number now.",
    ), ("R63", "R111", "R113"), "when-to-get-help"),
    Rule("flag_op_severe", "flag", "emergency", _q("emergency", "operation"), T(
        "quiz.flag_op_severe",
        "New weakness of an arm or leg, new trouble speaking, confusion or a seizure after an operation is an "
        "emergency. Call your emergency number now.",
    ), ("R117", "R116"), "when-to-get-help"),
    Rule("flag_em_unsure", "flag", "check", _q("emergency", NOT_SURE), T(
        "quiz.flag_em_unsure",
        "Check now, with someone's help if you can. Is there a new droop of the face, different from your usual "
        "spasm? Can you raise both arms and keep them up? Can you say a short sentence clearly? Is there any new "
        "trouble seeing, walking, swallowing or breathing? If anything is new and sudden, or if you are still in "
        "doubt, call your emergency number now.",
    ), ("R90", "R116", "R63"), "when-to-get-help"),
    Rule("flag_inj_eye", "flag", "same_day", _q("inj_eye", "yes"), T(
        "quiz.flag_inj_eye",
        "Eye problems after an injection need a doctor today: contact the clinic that gave the injection. When the "
        "eyelid cannot close, the clear front of the eye can be harmed. Do not drive while your sight is affected. If "
        "you also have trouble swallowing, speaking or breathing, call your emergency number now.",
    ), ("R112", "R113", "R114", "R111"), "when-to-get-help"),
    Rule("flag_op_signs", "flag", "same_day",
         _q("op_signs", "fluid", "fever", "wound", "headache", "vomiting", "hearing", "nerves"), T(
        "quiz.flag_op_signs",
        "These signs after an operation need your surgical team today. If you cannot reach them, go to an emergency "
        "department.",
    ), ("R117", "R118", "R66", "R91"), "when-to-get-help"),
    Rule("flag_op_face", "flag", "same_day", _q("op_face", "yes"), T(
        "quiz.flag_op_face",
        "Weakness of the face on the operated side is common after this operation and usually gets better. Still, "
        "new or worsening weakness needs your surgical team today. If it comes on suddenly together with weakness of "
        "an arm or leg, or trouble speaking, call your emergency number now.",
    ), ("R67", "R104", "R117", "R90", "R116"), "when-to-get-help"),
    Rule("flag_hearing", "flag", "same_day", _q("hearing_sudden", "yes"), T(
        "quiz.flag_hearing",
        "Sudden hearing loss in one ear needs a doctor today, if possible an ear, nose and throat (ENT) doctor. "
        "Treatment works best when it starts early.",
    ), ("R91",), "when-to-get-help"),
    Rule("flag_inj_eye_unsure", "flag", "soon", _q("inj_eye", NOT_SURE), T(
        "quiz.flag_inj_eye_unsure",
        "You were not sure about eye problems since the injection. Ask the clinic that gave it to check your eye "
        "soon. If your eyelid will not close, the eye becomes painful, red or dry, or your sight changes, contact "
        "them today.",
    ), ("R112", "R113"), "when-to-get-help"),
    Rule("flag_op_signs_unsure", "flag", "soon", _q("op_signs", NOT_SURE), T(
        "quiz.flag_op_signs_unsure",
        "You were not sure about signs after your operation. Call your surgical team soon and ask. If one of these "
        "signs appears, contact them today.",
    ), ("R117", "R118"), "when-to-get-help"),
    Rule("flag_op_face_unsure", "flag", "soon", _q("op_face", NOT_SURE), T(
        "quiz.flag_op_face_unsure",
        "You were not sure whether your face is weaker since the operation. Ask your surgical team soon.",
    ), ("R67",), "when-to-get-help"),
    Rule("flag_hearing_unsure", "flag", "soon", _q("hearing_sudden", NOT_SURE), T(
        "quiz.flag_hearing_unsure",
        "You were not sure whether you have lost hearing in one ear. Ask a doctor to check your hearing soon. If "
        "hearing goes suddenly, see a doctor the same day.",
    ), ("R91",), "when-to-get-help"),
    Rule("flag_inj_weak", "flag", "soon", _q("inj_weak", "yes"), T(
        "quiz.flag_inj_weak",
        "Some weakness on the injected side that builds up over the first days is an expected effect of the "
        "injection, and it usually wears off. Tell the clinic that gave it, especially if it does not settle or "
        "bothers you. Do not drive while your sight is affected. If weakness spreads beyond your face, or you have "
        "trouble speaking, swallowing or breathing, call your emergency number now.",
    ), ("R112", "R113", "R61", "R57", "R63"), "treatment"),
    Rule("flag_numb", "flag", "soon", _q("weak_numb", "yes"), T(
        "quiz.flag_numb",
        "Numbness, or weakness that came on slowly, is not a usual part of hemifacial spasm. A doctor should check for "
        "another cause soon. If weakness ever comes on suddenly, call your emergency number now.",
    ), ("R15", "R46", "R38", "R90"), "when-to-get-help"),
    Rule("flag_other_nerve", "flag", "soon", _q("other_nerve", "yes"), T(
        "quiz.flag_other_nerve",
        "Other new nerve problems together with face spasms should be checked by a doctor soon. One problem in the "
        "brain, such as a growth or multiple sclerosis (MS), can cause both.",
    ), ("R46", "R15"), "when-to-get-help"),
    Rule("flag_pain", "flag", "soon", _q("pain", "yes"), T(
        "quiz.flag_pain",
        "Face pain together with twitching should be checked by a doctor soon. It can come with a nerve pain called "
        "trigeminal neuralgia, or rarely with a growth.",
    ), ("R94",), "when-to-get-help"),
    Rule("flag_ear", "flag", "soon", _q("ear_gradual", "yes"), T(
        "quiz.flag_ear",
        "Hearing that slowly gets worse, ringing or balance problems on one side should be checked soon. A rare growth "
        "on the hearing nerve can cause them and can also press on the facial nerve.",
    ), ("R92", "R27"), "when-to-get-help"),
    Rule("flag_ms", "flag", "soon", {"all": [_q("ms", "yes"), TWITCHING]}, T(
        "quiz.flag_ms",
        "If you have MS and the twitching of your face is new, it can be a sign of a relapse. Tell your MS doctor "
        "soon.",
    ), ("R29",), "when-to-get-help"),
    Rule("flag_both_sides", "flag", "soon", _q("side", "both_apart", "both_together"), T(
        "quiz.flag_both_sides",
        "Twitching on both sides of the face is not usual in hemifacial spasm. A doctor should check it soon.",
    ), ("R25", "R38"), "similar-conditions"),
    Rule("flag_young", "flag", "soon", {"all": [_q("onset_age", "child", "young"), {"not": _rule("fit_eyelid_recent")}]}, T(
        "quiz.flag_young",
        "Hemifacial spasm usually starts after the age of 40. When twitching starts younger, a doctor should look for "
        "other causes soon.",
    ), ("R6", "R31"), "causes"),
    Rule("flag_history", "flag", "soon", _q("history", "palsy", "injury"), T(
        "quiz.flag_history",
        "Twitching that began after a weakness of the face, such as Bell's palsy, or after an injury to the head or "
        "face should be checked by a doctor soon.",
    ), ("R14",), "causes"),
    Rule("flag_whole_side", "flag", "soon", _q("start", "whole_side"), T(
        "quiz.flag_whole_side",
        "Twitching of the upper and lower face together from the very first day is more common when the spasm has "
        "another cause. Tell a doctor about it soon.",
    ), ("R21",), "causes"),
    Rule("flag_lower_pull", "flag", "soon", _q("lower_pull", "yes"), T(
        "quiz.flag_lower_pull",
        "A long, steady pull of only the lower face that draws the corner of the mouth down is not the usual pattern. "
        "A doctor should check it soon.",
    ), ("R38",), "similar-conditions"),
    Rule("flag_eyelid_lasting", "flag", "soon", {"all": [
        EYELID_ONLY, _q("duration", "weeks", "months", "years"), {"not": _q("side", "both_together", "both_apart")}]}, T(
        "quiz.flag_eyelid_lasting",
        "An eyelid twitch that has lasted longer than a week should be checked by a doctor soon. (Advice differs: a "
        "group of eye doctors says after a week, a large clinic says after a few weeks.)",
    ), ("R42", "R41"), "similar-conditions"),
    Rule("flag_eyelid_closes", "flag", "soon", {"all": [EYELID_ONLY, _q("eye_shut", "often", "sometimes")]}, T(
        "quiz.flag_eyelid_closes", "An eyelid twitch that closes the eye fully should be checked by a doctor soon."),
        ("R41", "R42"), "similar-conditions"),
    Rule("flag_eye_red", "flag", "soon", _q("eye_red", "yes"), T(
        "quiz.flag_eye_red",
        "A red, swollen or leaking eye, or an upper eyelid that starts to droop, should be checked by a doctor soon.",
    ), ("R41", "R42"), "when-to-get-help"),
    Rule("flag_inj_weak_unsure", "flag", "mention", _q("inj_weak", NOT_SURE), T(
        "quiz.flag_inj_weak_unsure",
        "You were not sure whether your face is weaker since the injection. Mention it to the clinic when you next "
        "speak to them.",
    ), ("R112", "R61"), "treatment"),
    Rule("flag_numb_unsure", "flag", "mention", _q("weak_numb", NOT_SURE), T(
        "quiz.flag_numb_unsure", "Ask a doctor to check the strength and feeling of your face at your next visit."),
        ("R15",), "when-to-get-help"),
    Rule("flag_other_nerve_unsure", "flag", "mention", _q("other_nerve", NOT_SURE), T(
        "quiz.flag_other_nerve_unsure", "Tell a doctor about any other nerve problems you are not sure about."),
        ("R46",), "when-to-get-help"),
    Rule("flag_pain_unsure", "flag", "mention", _q("pain", NOT_SURE), T(
        "quiz.flag_pain_unsure", "Tell a doctor about any pain in your face, even if you are not sure about it."),
        ("R94",), "when-to-get-help"),
    Rule("flag_eye_red_unsure", "flag", "mention", _q("eye_red", NOT_SURE), T(
        "quiz.flag_eye_red_unsure", "Ask a doctor to look at your eye and eyelid at your next visit."),
        ("R41",), "when-to-get-help"),
    Rule("flag_ear_unsure", "flag", "mention", _q("ear_gradual", NOT_SURE), T(
        "quiz.flag_ear_unsure", "Ask a doctor to check your hearing and balance at your next visit."),
        ("R92",), "when-to-get-help"),
    # ---- One sentence first: how the answers compare with the usual pattern (first that holds) ----
    Rule("summary_no_twitching", "summary", "info", _q("twitching", "no"), T(
        "quiz.summary_no_twitching",
        "You said you have no twitching, so there is nothing to compare with hemifacial spasm.",
    )),
    Rule("summary_too_few", "summary", "info", {"not": {"min": 3, "of": [{"known": q} for q in PATTERN_KNOWN]}}, T(
        "quiz.summary_too_few",
        "You gave too few clear answers about the twitching for this check to compare it with the usual pattern of "
        "hemifacial spasm.",
    )),
    Rule("summary_blepharospasm", "summary", "info", _rule("fit_both_together"), T(
        "quiz.summary_blepharospasm",
        "Your answers are more like blepharospasm, a different condition of both eyelids, than like hemifacial spasm.",
    ), ("R40", "R41")),
    Rule("summary_tics", "summary", "info", _rule("fit_tics"), T(
        "quiz.summary_tics", "Your answers are more like motor tics than like hemifacial spasm."), ("R45", "R14")),
    Rule("summary_post_palsy", "summary", "info", _rule("fit_post_palsy"), T(
        "quiz.summary_post_palsy",
        "Your answers are more like twitching after a facial palsy (synkinesis) than like the usual hemifacial spasm.",
    ), ("R43", "R21")),
    Rule("summary_eyelid", "summary", "info", {"any": [_rule("fit_eyelid_recent"), _rule("fit_lifestyle")]}, T(
        "quiz.summary_eyelid",
        "Your answers are more like the common, harmless eyelid twitch than like hemifacial spasm.",
    ), ("R41", "R42")),
    Rule("summary_functional", "summary", "info", _rule("fit_lower_pull"), T(
        "quiz.summary_functional",
        "Your answers are more like something other than the usual hemifacial spasm, such as functional facial spasm.",
    ), ("R38",)),
    Rule("summary_other", "summary", "info", _rule("fit_start_jaw"), T(
        "quiz.summary_other", "Your answers are more like a condition other than hemifacial spasm."), ("R14",)),
    Rule("summary_fits_well", "summary", "info", {"all": [
        {"min": 3, "of": [_rule(r) for r in TYPICAL]}, {"not": _any_rule(UNCLEAR)}]}, T(
        "quiz.summary_fits_well", "Your answers fit the usual pattern of hemifacial spasm well."),
        ("R2", "R13", "R102")),
    Rule("summary_fits_partly", "summary", "info", _any_rule(TYPICAL), T(
        "quiz.summary_fits_partly",
        "Your answers fit the usual pattern of hemifacial spasm in some ways, but not in others.",
    ), ("R2", "R13")),
    Rule("summary_unclear", "summary", "info", {"always": True}, T(
        "quiz.summary_unclear",
        "Your answers do not clearly match the usual pattern of hemifacial spasm. This does not rule it out."),
        ("R2", "R14")),
    # ---- Notes on what the result can and cannot say ----
    Rule("note_uncertain", "note", "info", {"all": [
        TWITCHING, {"not": {"min": len(MAIN) // 2, "of": [{"known": q} for q in MAIN]}}]}, T(
        "quiz.note_uncertain",
        "Many answers were “not sure” or left out, so this result cannot tell much. Write down what you notice, or "
        "take a short phone video of a spasm, and show it to a doctor.",
    ), ("R102",)),
    Rule("note_emergency_skipped", "note", "info", {"not": {"answered": "emergency"}}, T(
        "quiz.note_emergency_skipped",
        "You did not answer the question about signs that need help now. If one side of your face suddenly droops, or "
        "you suddenly have trouble speaking or moving an arm or leg, call your emergency number now.",
    ), ("R90", "R116"), "when-to-get-help"),
    Rule("note_warning_skipped", "note", "info",
         {"not": {"all": [{"answered": q.id} for q in QUESTIONS if q.part == "warning" and q.follows is None]}}, T(
        "quiz.note_warning_skipped",
        "You skipped some questions about warning signs. Please read the page about when to get help.",
    ), (), "when-to-get-help"),
    Rule("note_partial", "note", "info", {"all": [TWITCHING, {"not": {"all": [
        {"any": [{"answered": q.id} for q in QUESTIONS if q.part == p.id]} for p in PARTS]}}]}, T(
        "quiz.note_partial", "You did not answer every part, so this result uses only the answers you gave.")),
    # ---- How strong, how often, daily life: the person's own answers, described only when enough are given ----
    Rule("score_symptoms", "band", "info", {"complete": "symptoms"}, T(
        "quiz.score_symptoms", "Your own spasm score: %(score)s out of %(max)s."), score="symptoms"),
    Rule("band_symptoms_none", "band", "info", {"mean": "symptoms", "above": -1, "upto": 0}, T(
        "quiz.band_symptoms_none", "You said you have no spasms at the moment.")),
    Rule("band_symptoms_low", "band", "info", {"mean": "symptoms", "above": 0, "upto": 1.5}, T(
        "quiz.band_symptoms_low", "You describe your spasms as light, or as not very frequent.")),
    Rule("band_symptoms_mid", "band", "info", {"mean": "symptoms", "above": 1.5, "upto": 2.5}, T(
        "quiz.band_symptoms_mid", "You describe your spasms as fairly strong or fairly frequent.")),
    Rule("band_symptoms_high", "band", "info", {"mean": "symptoms", "above": 2.5, "upto": 4}, T(
        "quiz.band_symptoms_high", "You describe your spasms as strong and frequent.")),
    Rule("band_symptoms_few", "band", "info", {"all": [
        {"any": [{"answered": q} for q in SCORES["symptoms"].items]}, {"not": {"enough": "symptoms"}}]}, T(
        "quiz.band_symptoms_few",
        "You answered only one of the two questions on how strong and how often, so there is no spasm score.")),
    Rule("score_impact", "band", "info", {"complete": "impact"}, T(
        "quiz.score_impact", "Your own daily-life score: %(score)s out of %(max)s."), score="impact"),
    Rule("band_impact_none", "band", "info", {"mean": "impact", "above": -1, "upto": 0}, T(
        "quiz.band_impact_none", "You said the spasms do not affect your daily life.")),
    Rule("band_impact_low", "band", "info", {"all": [{"mean": "impact", "above": 0, "upto": 1.5}, {"not": IMPACT_HIGH}]},
         T("quiz.band_impact_low", "You said the spasms affect your daily life a little.")),
    Rule("band_impact_some", "band", "info", {"all": [{"mean": "impact", "above": 0, "upto": 1.5}, IMPACT_HIGH]}, T(
        "quiz.band_impact_some", "You said the spasms often or always affect some parts of your daily life.")),
    Rule("band_impact_mid", "band", "info", {"mean": "impact", "above": 1.5, "upto": 2.5}, T(
        "quiz.band_impact_mid", "You said the spasms affect your daily life quite a lot.")),
    Rule("band_impact_high", "band", "info", {"mean": "impact", "above": 2.5, "upto": 4}, T(
        "quiz.band_impact_high", "You said the spasms affect your daily life a great deal.")),
    Rule("band_impact_few", "band", "info", {"all": [
        {"any": [{"answered": q} for q in IMPACT]}, {"not": {"enough": "impact"}}]}, T(
        "quiz.band_impact_few",
        "You answered too few of the daily-life questions for this check to describe how much the spasms affect you.")),
    Rule("band_treatment_helps", "band", "info", {"mean": "impact", "above": 1.5, "upto": 4}, T(
        "quiz.band_treatment_helps",
        "Treatment can improve daily life: one study found it better after injections, and another after surgery. "
        "Tell your doctor how much the spasms affect you.",
    ), ("R76", "R74"), "treatment"),
    Rule("band_support", "band", "info", {"any": [_q("impact_mood", "3", "4"), _q("impact_embarrassed", "3", "4")]}, T(
        "quiz.band_support",
        "Many people with face spasms feel worried, low or embarrassed. It is not your fault, and help is available: "
        "tell your doctor how you feel.",
    ), ("R86", "R88"), "living-with-hfs"),
    Rule("band_driving", "band", "info", _q("eye_shut", "often", "sometimes"), T(
        "quiz.band_driving", "Spasms that close the eye can make it hard to see. Ask a doctor before you drive."),
        ("R13", "R93"), "living-with-hfs"),
    # ---- Triggers: what is known (they make spasms worse; they are not the cause) ----
    Rule("trigger_stress", "trigger", "info", {"all": [_q("triggers", "stress"), NOT_EYELID]}, T(
        "quiz.trigger_stress",
        "Stress: in one study of 321 people, stress was the most common thing that made spasms worse (about 45 out of "
        "100 people).",
    ), ("R22", "R4", "R7"), "living-with-hfs"),
    Rule("trigger_tired", "trigger", "info", {"all": [_q("triggers", "tired"), NOT_EYELID]}, T(
        "quiz.trigger_tired",
        "Being tired makes spasms worse for many people. Rest may help your comfort, but we found no study showing "
        "that it changes the condition.",
    ), ("R4", "R7", "R37"), "living-with-hfs"),
    Rule("trigger_feelings", "trigger", "info", {"all": [_q("triggers", "feelings"), NOT_EYELID]}, T(
        "quiz.trigger_feelings", "Worry and strong feelings can make spasms worse for a while."), ("R37", "R4"),
        "living-with-hfs"),
    Rule("trigger_face", "trigger", "info", {"all": [_q("triggers", "face"), NOT_EYELID]}, T(
        "quiz.trigger_face", "Talking, chewing and other face movements can bring on spasms."), ("R7", "R36"),
        "living-with-hfs"),
    Rule("trigger_light", "trigger", "info", {"all": [_q("triggers", "light"), NOT_EYELID]}, T(
        "quiz.trigger_light",
        "Bright light is described as a trigger of blepharospasm, a different eyelid condition, not of hemifacial "
        "spasm. Mention it to your doctor.",
    ), ("R41", "R40", "R97"), "similar-conditions"),
    Rule("trigger_not_cause", "trigger", "info", {"all": [
        _q("triggers", "stress", "tired", "feelings", "face"), _any_rule(HFS_LIKE)]}, T(
        "quiz.trigger_not_cause",
        "These things can make spasms worse, but they do not cause hemifacial spasm. The usual cause of hemifacial "
        "spasm is a blood vessel pressing on the facial nerve, so it is not your fault.",
    ), ("R10", "R3", "R4"), "causes"),
    # ---- Next steps, tailored to the summary ----
    Rule("next_doctor", "next", "info", _any_rule(HFS_LIKE), T(
        "quiz.next_doctor",
        "See a doctor about the twitching. A neurologist, a doctor for nerve problems, can find out what it is and "
        "treat it. An eye doctor is often the first to see an eyelid twitch.",
    ), ("R3", "R7", "R42"), "diagnosis"),
    Rule("next_eyelid", "next", "info", _rule("summary_eyelid"), T(
        "quiz.next_eyelid",
        "Rest, less stress and less coffee or tea often help a harmless eyelid twitch. See a doctor if it lasts longer "
        "than a week, if the eyelid closes fully with each twitch, or if the twitching spreads to other parts of the "
        "face. If you are not sure, or it worries you, see a doctor.",
    ), ("R41", "R42"), "similar-conditions"),
    Rule("next_doctor_other", "next", "info", _any_rule(
        ("summary_blepharospasm", "summary_tics", "summary_post_palsy", "summary_functional", "summary_other")), T(
        "quiz.next_doctor_other",
        "See a doctor about the movements. A neurologist, a doctor for nerve problems, can tell what they are and how "
        "to treat them.",
    ), ("R14", "R3"), "similar-conditions"),
    Rule("next_video", "next", "info", {"all": [TWITCHING, {"not": _rule("summary_eyelid")}]}, T(
        "quiz.next_video", "Take a short phone video of a spasm to show the doctor."), ("R102",), "diagnosis"),
    Rule("next_mri", "next", "info", {"all": [_any_rule(("summary_fits_well", "summary_fits_partly")), NOT_DAYS]}, T(
        "quiz.next_mri",
        "Ask whether you need an MRI scan. It can show a blood vessel pressing on the nerve and rule out other causes.",
    ), ("R5", "R9", "R3"), "diagnosis"),
    Rule("next_treatment", "next", "info", {"all": [_any_rule(("summary_fits_well", "summary_fits_partly")), NOT_DAYS]}, T(
        "quiz.next_treatment",
        "If a doctor finds hemifacial spasm, ask about botulinum toxin injections, which help most people with it, "
        "and whether an operation called microvascular decompression could suit you.",
    ), ("R12", "R56", "R66"), "treatment"),
    Rule("next_no_twitching", "next", "info", _rule("summary_no_twitching"), T(
        "quiz.next_no_twitching",
        "If you are helping someone who has twitching, go through this check with them and let them answer. The "
        "pages of this app explain what to look for and when to get help. Anyone with new twitching of the face "
        "should see a doctor.",
    ), (), "when-to-get-help"),
)

DEFINITION = Definition(PARTS, QUESTIONS, RULES, SCORES)


def contract(definition: Definition = DEFINITION) -> dict:
    """Everything an engine needs, and nothing else: served as /quiz.json (the same bytes for
    every language; texts are in the pages) and read by pwa/quiz/engine.py and static/js/engine.js."""
    return {
        "questions": [
            {"id": q.id, "part": q.part, "multi": q.multi, "exclusive": list(q.exclusive), "show_if": q.show_if,
             "options": [o.value for o in q.options]}
            for q in definition.questions
        ],
        "parts": [p.id for p in definition.parts],
        "rules": [{"id": r.id, "kind": r.kind, "level": r.level, "when": r.when} for r in definition.rules],
        "scores": {name: {"items": list(s.items), "need": s.need, "max": definition.score_max(name)}
                   for name, s in definition.scores.items()},
        "tiers": list(TIERS),
        "kinds": KINDS,
    }
