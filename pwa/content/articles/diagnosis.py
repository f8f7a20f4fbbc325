"""How it is diagnosed: In short first; diagnosis by examination (what the doctor looks for, a
phone video), which doctors are involved, what MRI and MR angiography are for and where sources
differ, why a vessel touching the nerve is not proof by itself, and the EMG and nerve conduction
tests. Study figures and test details sit under "More detail"."""

from pwa.content.model import H3, LI, MORE, NOTE, SHORT, H, P, Page

PAGE = Page(
    slug="diagnosis",
    title=H("page_diagnosis.title", "How it is diagnosed"),
    summary=P(
        "page_diagnosis.summary",
        "How a doctor finds out if face twitching is hemifacial spasm, and what scans and other tests are for.",
    ),
    blocks=(
        SHORT(
            "page_diagnosis.in_short_exam",
            "A doctor diagnoses hemifacial spasm by asking questions and watching the spasms.",
            "R5", "R9", "R7",
        ),
        SHORT(
            "page_diagnosis.in_short_video",
            "A short phone video of a spasm can help the doctor.",
            "R102",
        ),
        SHORT(
            "page_diagnosis.in_short_scan",
            "An MRI scan can look for the cause, such as a blood vessel pressing on the nerve.",
            "R5", "R9", "R10",
        ),
        SHORT(
            "page_diagnosis.in_short_scan_who",
            "Sources differ on whether everyone needs a scan. Ask your doctor.",
            "R5", "R3", "R99",
        ),
        H("page_diagnosis.how", "How does a doctor know?"),
        P(
            "page_diagnosis.how_1",
            "A doctor makes the diagnosis mainly by asking questions and watching the spasms. The typical "
            "twitching is the best evidence.",
            "R5", "R9", "R7",
        ),
        P(
            "page_diagnosis.how_2",
            "Scans help to find the cause. But the diagnosis itself does not depend on a scan.",
            "R5", "R3", "R9", "R99",
        ),
        H("page_diagnosis.exam", "What does the doctor look for?"),
        P(
            "page_diagnosis.exam_intro",
            "The doctor looks for signs that are typical of hemifacial spasm:",
            "R5", "R102",
        ),
        LI(
            "page_diagnosis.exam_one_side",
            "Twitching on one side of the face only, which often started around the eye.",
            "R2", "R13",
        ),
        LI(
            "page_diagnosis.exam_together",
            "Once it has spread, the upper and lower face often tighten at the same moment during a spasm.",
            "R102",
        ),
        LI(
            "page_diagnosis.exam_brow",
            "The eyebrow going up as the eye squeezes shut. This is called the eyebrow sign.",
            "R32", "R33", "R102",
        ),
        P(
            "page_diagnosis.exam_atypical",
            "The doctor also checks for signs that do not fit, such as weakness or numbness of the face. "
            "These can point to another cause. A face that suddenly droops is an emergency: call your "
            "emergency number now.",
            "R15", "R46", "R90",
        ),
        MORE("page_diagnosis.more_exam", "More detail: taking a video, and what else the doctor asks"),
        P(
            "page_diagnosis.video",
            "A spasm may not happen during your visit. Take a short video of a spasm with your phone "
            "and bring it along. It helps the doctor.",
            "R102",
        ),
        P(
            "page_diagnosis.exam_first_day",
            "Tightening at the same moment during a spasm is typical. It is different when the upper and "
            "lower face both twitched from the very first day. That is more common when there is another "
            "cause, so tell your doctor.",
            "R102", "R21",
        ),
        P(
            "page_diagnosis.exam_history",
            "The doctor will also ask about your past health. Some illnesses can lead to hemifacial spasm. "
            "Examples are Bell's palsy (a weakness of one side of the face), an injury to the face, or multiple "
            "sclerosis (MS), a disease of the brain and spinal cord.",
            "R10", "R14", "R21",
        ),
        NOTE(
            "page_diagnosis.not_imaging",
            "Some articles say that hemifacial spasm is diagnosed with scans. This is not right. The "
            "doctor diagnoses it by looking at the spasms, and a scan may follow to look for the cause.",
            "R5", "R3", "R9", "R99",
        ),
        H("page_diagnosis.who", "Which doctor will I see?"),
        P(
            "page_diagnosis.who_eye",
            "Many people first see an eye doctor (ophthalmologist) about a twitching eyelid.",
            "R42",
        ),
        P(
            "page_diagnosis.who_neuro",
            "A neurologist, a doctor for the brain and nerves, diagnoses and treats hemifacial spasm. A "
            "neurosurgeon, a surgeon for the brain and nerves, checks whether an operation may help and "
            "does it.",
            "R3", "R7", "R9",
        ),
        H("page_diagnosis.mri", "Do I need an MRI scan?"),
        P(
            "page_diagnosis.mri_what",
            "An MRI scan uses a strong magnet to make pictures of the brain, nerves and blood vessels. "
            "It can show a blood vessel pressing on the facial nerve. It can also rule out rare causes, "
            "such as a tumour or MS.",
            "R3", "R5", "R9", "R10",
        ),
        P(
            "page_diagnosis.mri_who",
            "Sources differ on whether everyone needs a scan. Some say that everyone with hemifacial spasm "
            "should have an MRI. Others say it is mainly needed when the signs are unusual or before surgery.",
            "R5", "R99", "R3",
        ),
        MORE("page_diagnosis.more_scan", "More detail: scans before injections, and kinds of scan"),
        P(
            "page_diagnosis.mri_before_injections",
            "One hospital says a tumour should be ruled out before starting injections. Ask your doctor "
            "whether you need a scan.",
            "R9",
        ),
        P(
            "page_diagnosis.mri_mra",
            "MR angiography (MRA) is a kind of MRI that shows the blood vessels.",
            "R3",
        ),
        H3("page_diagnosis.scan_kind", "Which kind of scan is best?"),
        P(
            "page_diagnosis.scan_best",
            "The best scans take very detailed MRI pictures of the nerves near the brainstem, the lowest "
            "part of the brain. MRA is often done at the same time.",
            "R52", "R9",
        ),
        P(
            "page_diagnosis.scan_study",
            "In one small study, the detailed MRI pictures showed the vessel more often than one type of "
            "MRA did.",
            "R48",
        ),
        P(
            "page_diagnosis.scan_old",
            "CT scans and older X-ray tests of the blood vessels (angiography) are rarely needed now. They "
            "may miss small vessels.",
            "R9", "R52",
        ),
        H("page_diagnosis.vessel", "What if the scan shows a vessel touching the nerve?"),
        P(
            "page_diagnosis.vessel_1",
            "A blood vessel touching the facial nerve is not proof of hemifacial spasm by itself. Some "
            "people who have no spasms also have a vessel touching this nerve.",
            "R101",
        ),
        P(
            "page_diagnosis.vessel_2",
            "So the doctor reads the scan together with your signs.",
            "R101",
        ),
        H("page_diagnosis.emg", "What is an EMG test?"),
        P(
            "page_diagnosis.emg_what",
            "EMG (electromyography) is a test that records the electrical activity in muscles. It can show "
            "a sign that is typical of hemifacial spasm.",
            "R8", "R50", "R51",
        ),
        MORE("page_diagnosis.more_emg", "More detail: EMG and nerve tests"),
        P(
            "page_diagnosis.emg_lateral_spread",
            "The sign is called lateral spread. A small electric pulse is given to one branch of the facial "
            "nerve. Then muscles of another branch twitch too.",
            "R50", "R51", "R8",
        ),
        P(
            "page_diagnosis.emg_not_always",
            "This sign is not always there. In one study of 306 people who had surgery, 13 did not have "
            "it before the operation and still did well.",
            "R51",
        ),
        P(
            "page_diagnosis.emg_surgery",
            "Some surgeons watch this sign during the operation. When it goes away, the result is often "
            "good. But it is not a sure guide to the result for each person.",
            "R50",
        ),
        P(
            "page_diagnosis.nerve_conduction",
            "Nerve conduction studies may also be used. They measure how well a nerve carries signals.",
            "R8",
        ),
    ),
)
