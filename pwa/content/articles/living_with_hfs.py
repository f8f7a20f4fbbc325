"""Living with hemifacial spasm: In short; what makes the spasms worse (and that these triggers are
not the cause); what may help comfort (not treatment) and what no study supports (acupuncture,
massage, diet, exercises, supplements); sleep; driving; feelings; keeping up with injections; who can
help. Study figures sit in "More detail" sections."""

from pwa.content.model import LI, MORE, SHORT, H, P, Page

PAGE = Page(
    slug="living-with-hfs",
    title=H("page_living_with_hfs.title", "Living with hemifacial spasm"),
    summary=P(
        "page_living_with_hfs.summary",
        "What makes the twitching worse, what may help you feel more comfortable, and how to cope with "
        "sleep, driving, feelings and treatment.",
    ),
    blocks=(
        SHORT(
            "page_living_with_hfs.in_short_1",
            "Stress, tiredness and moving your face can make the twitching worse. They do not cause it.",
            "R4", "R7", "R10",
        ),
        SHORT(
            "page_living_with_hfs.in_short_2",
            "Rest may help you feel better. We found no study showing that home remedies change the illness.",
            "R4", "R22", "R96",
        ),
        SHORT(
            "page_living_with_hfs.in_short_3",
            "If spasms close your eye, ask your doctor before you drive.",
            "R13", "R93",
        ),
        SHORT(
            "page_living_with_hfs.in_short_4",
            "Low mood is common. Tell your doctor if you feel low or worried.",
            "R88", "R86",
        ),
        H("page_living_with_hfs.worse", "What makes it worse?"),
        P(
            "page_living_with_hfs.worse_1",
            "Many people notice that the twitching gets worse with:",
            "R4", "R7",
        ),
        LI("page_living_with_hfs.trigger_stress", "stress and worry", "R4", "R7", "R37"),
        LI("page_living_with_hfs.trigger_tired", "being tired", "R4", "R7", "R37"),
        LI("page_living_with_hfs.trigger_emotion", "strong feelings", "R37"),
        LI(
            "page_living_with_hfs.trigger_moving",
            "moving your face, for example when you talk, chew or eat",
            "R7", "R36",
        ),
        P(
            "page_living_with_hfs.cause_1",
            "These things do not cause hemifacial spasm. The cause is a problem with the facial nerve, most "
            "often a blood vessel pressing on it. The spasms are not your fault.",
            "R10", "R3",
        ),
        MORE("page_living_with_hfs.more_worse", "More detail: stress, sleep and the spasms"),
        P(
            "page_living_with_hfs.worse_2",
            "In one study of 321 people with hemifacial spasm, stress was the most common thing that made "
            "it worse. It made the spasms worse for about 45 out of every 100 people.",
            "R22",
        ),
        P(
            "page_living_with_hfs.cause_2",
            "Some websites say it is essential to avoid stress. That goes too far. We found no study showing "
            "that avoiding stress stops the spasms or keeps them from coming back.",
            "R4", "R7", "R22",
        ),
        P(
            "page_living_with_hfs.comfort_rest",
            "In the same study of 321 people, sleep eased the spasms for about 44 out of every 100 people.",
            "R22",
        ),
        H("page_living_with_hfs.comfort", "What may help comfort?"),
        P(
            "page_living_with_hfs.comfort_1",
            "Rest when you can, and find ways to lower your stress that work for you. This may help you feel "
            "more comfortable, but it is not a treatment. If the spasms bother you, talk to a doctor about "
            "treatment.",
            "R4", "R7", "R22",
        ),
        MORE("page_living_with_hfs.more_remedies", "More detail: acupuncture, massage, diet and other remedies"),
        P(
            "page_living_with_hfs.other_remedies",
            "Some websites say that acupuncture, massage, a special diet, face exercises or supplements help. "
            "We found no study showing that any of them change hemifacial spasm. One patient leaflet says "
            "there is nothing you can do to prevent it.",
            "R96",
        ),
        H("page_living_with_hfs.sleep", "Can it disturb my sleep?"),
        P(
            "page_living_with_hfs.sleep_1",
            "Yes. The spasms can go on while you sleep, though they are often weaker. For some people this "
            "makes it hard to sleep well.",
            "R9", "R37", "R96",
        ),
        H("page_living_with_hfs.driving", "Is it safe to drive?"),
        P(
            "page_living_with_hfs.driving_1",
            "When a spasm forces the eye shut, you cannot see well on that side. This can be dangerous when "
            "you drive. If spasms close your eye, ask your doctor before you drive.",
            "R13", "R93",
        ),
        P(
            "page_living_with_hfs.driving_2",
            "Injections near the eye can make the eyelid droop or make your sight blurry or double. "
            "Do not drive while your sight is affected.",
            "R113",
        ),
        H("page_living_with_hfs.feelings", "How can it affect my feelings?"),
        P(
            "page_living_with_hfs.feelings_1",
            "Many people feel embarrassed by the twitching. It can make reading, watching TV, eating or "
            "drinking harder. Low mood and worry are common.",
            "R13", "R105", "R106", "R88",
        ),
        P(
            "page_living_with_hfs.feelings_3",
            "Hemifacial spasm is a nerve problem, not a mental illness. If you feel low, anxious or want to "
            "stay away from people, tell your doctor. Treatment can help with this too.",
            "R2", "R35", "R86", "R76",
        ),
        MORE("page_living_with_hfs.more_feelings", "More detail: studies on daily life and mood"),
        P(
            "page_living_with_hfs.feelings_social",
            "One study found that hemifacial spasm affects social life for about 90 out of every 100 people.",
            "R86",
        ),
        P(
            "page_living_with_hfs.feelings_2",
            "In one study of 102 people, about 64 out of 100 had some depression. Depression can make life "
            "with the spasms harder, so it is worth getting help.",
            "R88", "R86",
        ),
        P(
            "page_living_with_hfs.feelings_4",
            "One study found that quality of life got better after injections. Another found the same after "
            "surgery.",
            "R76", "R74",
        ),
        H("page_living_with_hfs.injections", "Why keep up with injections?"),
        P(
            "page_living_with_hfs.injections_1",
            "The effect of botulinum toxin injections wears off after about 3 months on average, so the "
            "spasms come back. Keep your follow-up visits, and tell your doctor how long each injection "
            "helped you.",
            "R12", "R56",
        ),
        H("page_living_with_hfs.support", "Who can help?"),
        P(
            "page_living_with_hfs.support_1",
            "You do not have to manage this alone. Your care team may include:",
            "R2",
        ),
        LI(
            "page_living_with_hfs.team_neurologist",
            "a neurologist, a doctor for the brain and nerves, who diagnoses and treats hemifacial spasm",
            "R3", "R7", "R9",
        ),
        LI(
            "page_living_with_hfs.team_neurosurgeon",
            "a neurosurgeon, a surgeon for the brain and nerves, if surgery might help you",
            "R3", "R7", "R9",
        ),
        LI("page_living_with_hfs.team_nurses", "nurses and physical therapists", "R2"),
        MORE("page_living_with_hfs.more_support", "More detail: support groups"),
        P(
            "page_living_with_hfs.support_2",
            "For blepharospasm, a different eyelid condition, patient groups suggest support groups. We found "
            "no study of whether they help people with hemifacial spasm. Your care team may know of a patient "
            "group near you.",
            "R97",
        ),
    ),
)
