"""Living with hemifacial spasm: what makes the spasms worse (and that these triggers are not the
cause), what may help comfort (not treatment), sleep, driving and safety, feelings and social life,
keeping up with injections, and who can help."""

from pwa.content.model import H, LI, NOTE, P, Page

PAGE = Page(
    slug="living-with-hfs",
    title=H("page_living_with_hfs.title", "Living with hemifacial spasm"),
    summary=P(
        "page_living_with_hfs.summary",
        "What makes the twitching worse, what may help you feel more comfortable, and how to cope with "
        "sleep, driving, feelings and treatment.",
    ),
    blocks=(
        P(
            "page_living_with_hfs.intro",
            "Hemifacial spasm is twitching on one side of the face that you cannot control. It does not "
            "hurt, but it can make daily life harder. This page is about living with it from day to day.",
            "R5", "R7", "R13",
        ),
        H("page_living_with_hfs.worse", "What makes it worse?"),
        P(
            "page_living_with_hfs.worse_1",
            "Many people notice that the twitching gets worse at certain times. Common triggers are:",
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
            "page_living_with_hfs.worse_2",
            "In one study of 321 people with hemifacial spasm, stress was the most common thing that made "
            "it worse. It made the spasms worse for about 45 out of every 100 people.",
            "R22",
        ),
        H("page_living_with_hfs.cause", "Does stress cause it?"),
        P(
            "page_living_with_hfs.cause_1",
            "No. Stress and tiredness can make the spasms worse, but they do not cause hemifacial spasm. "
            "The cause is a problem with the facial nerve, the nerve that moves the muscles of the face. "
            "Most often, a blood vessel presses on it.",
            "R10", "R3",
        ),
        P(
            "page_living_with_hfs.cause_2",
            "Some websites say it is essential to avoid stress. That goes too far. We found no study showing "
            "that avoiding stress stops the spasms or keeps them from coming back. The spasms are not your "
            "fault.",
            "R4", "R7", "R22", "R96",
        ),
        H("page_living_with_hfs.comfort", "What may help comfort?"),
        P(
            "page_living_with_hfs.comfort_1",
            "Some things may help you feel more comfortable. They are not a treatment, and there is no proof "
            "that they change the illness.",
            "R4", "R22",
        ),
        LI(
            "page_living_with_hfs.comfort_rest",
            "Rest when you can. In the same study of 321 people, sleep eased the spasms for about 44 out of "
            "every 100 people.",
            "R22",
        ),
        LI(
            "page_living_with_hfs.comfort_calm",
            "Find ways to lower your stress that work for you.",
            "R4", "R7",
        ),
        NOTE(
            "page_living_with_hfs.comfort_note",
            "Rest and lower stress may help you feel better. But we found no study showing that they change "
            "hemifacial spasm itself. If the spasms bother you, talk to a doctor about treatment.",
            "R4", "R7", "R22",
        ),
        H("page_living_with_hfs.sleep", "Can it disturb my sleep?"),
        P(
            "page_living_with_hfs.sleep_1",
            "Yes, it can. The spasms can go on while you sleep, though they are often weaker. For some "
            "people this makes it hard to sleep well.",
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
            "drinking harder. One study found that it affects social life for about 90 out of every 100 people.",
            "R13", "R105", "R106", "R86", "R79",
        ),
        P(
            "page_living_with_hfs.feelings_2",
            "Low mood and worry are common. In one study of 102 people, about 64 out of 100 had some "
            "depression. Depression can make life with the spasms harder, so it is worth getting help.",
            "R88", "R86",
        ),
        P(
            "page_living_with_hfs.feelings_3",
            "Hemifacial spasm is a nerve problem, not a mental illness. If you feel low, anxious or want to "
            "stay away from people, tell your doctor. You may also want to explain the spasms to your family "
            "and friends.",
            "R2", "R13", "R35", "R86",
        ),
        P(
            "page_living_with_hfs.feelings_4",
            "Treatment can help with this too. One study found that quality of life got better after "
            "injections. Another found the same after surgery.",
            "R76", "R74",
        ),
        H("page_living_with_hfs.injections", "Why keep up with injections?"),
        P(
            "page_living_with_hfs.injections_1",
            "The usual first treatment is injections of botulinum toxin. This medicine weakens the twitching "
            "muscles. Its effect wears off after about 3 months on average, so the spasms come back.",
            "R10", "R3", "R12", "R56",
        ),
        P(
            "page_living_with_hfs.injections_2",
            "Keep your follow-up visits so you can get the next injection on time. Tell your doctor how "
            "long each injection helped you.",
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
            "a neurosurgeon, a doctor who does nerve and brain operations, if surgery might help you",
            "R3", "R7", "R9",
        ),
        LI("page_living_with_hfs.team_nurses", "nurses and physical therapists", "R2"),
        P(
            "page_living_with_hfs.support_2",
            "For blepharospasm, a different eyelid condition, patient groups suggest support groups. We found "
            "no study of whether they help people with hemifacial spasm. Your care team may know of a patient "
            "group near you.",
            "R97",
        ),
    ),
)
