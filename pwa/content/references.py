"""Bibliographic entries for the reference tags of shared/content/facts.md; shown on the references page in
their original language, not translated."""

from __future__ import annotations

from pwa.content.model import Reference

REFERENCES: dict[str, Reference] = {
    "R1": Reference(
        tag="R1",
        authors="National Institute of Neurological Disorders and Stroke (NINDS/NIH)",
        title="Hemifacial Spasm Information Page",
        source="National Institutes of Health",
        year="",
        url="https://www.ninds.nih.gov/health-information/disorders/hemifacial-spasm",
    ),
    "R2": Reference(
        tag="R2",
        authors="Chopade TR, Bollu PC",
        title="Hemifacial Spasm",
        source="StatPearls Publishing (NCBI Bookshelf NBK526108)",
        year="2024",
        url="https://www.ncbi.nlm.nih.gov/books/NBK526108/",
    ),
    "R3": Reference(
        tag="R3",
        authors="Mayo Clinic Staff",
        title="Hemifacial spasm — Symptoms & causes",
        source="Mayo Clinic; also Hemifacial spasm — Diagnosis & treatment",
        year="2018–2023",
        url="https://www.mayoclinic.org/diseases-conditions/hemifacial-spasm/symptoms-causes/syc-20373296",
    ),
    "R4": Reference(
        tag="R4",
        authors="",
        title="Hemifacial spasm",
        source="Cleveland Clinic (article 15798)",
        year="",
        url="https://my.clevelandclinic.org/health/diseases/15798-involuntary-facial-movements-hemifacial-spasm",
    ),
    "R5": Reference(
        tag="R5",
        authors="",
        title="Hemifacial Spasm",
        source="MSD Manuals, Professional version; also Consumer/Home version (2023)",
        year="",
        url=(
            "https://www.msdmanuals.com/professional/neurologic-disorders/"
            "neuro-ophthalmologic-and-cranial-nerve-disorders/hemifacial-spasm"
        ),
    ),
    "R6": Reference(
        tag="R6",
        authors="Gulevich S",
        title="Hemifacial Spasm",
        source="Medscape/eMedicine (ed. Lorenzo N), updated 16 Sep 2019",
        year="2019",
        url="https://emedicine.medscape.com/article/1170722",
    ),
    "R7": Reference(
        tag="R7",
        authors="",
        title="Hemifacial spasm",
        source="Penn Medicine",
        year="",
        url="https://www.pennmedicine.org/conditions/hemifacial-spasm",
    ),
    "R8": Reference(
        tag="R8",
        authors="",
        title="Hemifacial Spasm",
        source="Barrow Neurological Institute",
        year="",
        url="https://www.barrowneuro.org/condition/hemifacial-spasm/",
    ),
    "R9": Reference(
        tag="R9",
        authors="",
        title="Diagnosing and treating hemifacial spasm",
        source="Weill Cornell Medicine Neurological Surgery",
        year="",
        url="https://neurosurgery.weillcornell.org/condition/hemifacial-spasm/diagnosing-and-treating-hemifacial-spasm",
    ),
    "R10": Reference(
        tag="R10",
        authors="Lu AY, Yeung JT, Gerrard JL, Michaelides EM, Sekula RF Jr, Bulsara KR",
        title="Hemifacial spasm and neurovascular compression",
        source="Scientific World Journal 2014:349319",
        year="2014",
        url="https://doi.org/10.1155/2014/349319",
    ),
    "R11": Reference(
        tag="R11",
        authors="Chaudhry N, Srivastava A, Joshi L",
        title="Hemifacial spasm: the past, present and future",
        source="J Neurol Sci 356:27–31",
        year="2015",
        url="",
    ),
    "R12": Reference(
        tag="R12",
        authors="Rosenstengel C, Matthes M, Baldauf J, Fleck S, Schroeder H",
        title="Hemifacial spasm: conservative and surgical treatment options",
        source="Dtsch Arztebl Int 109(41):667–673",
        year="2012",
        url="https://doi.org/10.3238/arztebl.2012.0667",
    ),
    "R13": Reference(
        tag="R13",
        authors="Wang A, Jankovic J",
        title="Hemifacial spasm: clinical findings and treatment",
        source="Muscle Nerve 21(12):1740–1747",
        year="1998",
        url="https://doi.org/10.1002/(SICI)1097-4598(199812)21:12<1740::AID-MUS17>3.0.CO;2-V",
    ),
    "R14": Reference(
        tag="R14",
        authors="Yaltho TC, Jankovic J",
        title="The many faces of hemifacial spasm: differential diagnosis of unilateral facial spasms",
        source="Mov Disord 26(9):1582–1592",
        year="2011",
        url="https://doi.org/10.1002/mds.23692",
    ),
    "R15": Reference(
        tag="R15",
        authors="Tan NC, Chan LL, Tan EK",
        title="Hemifacial spasm and involuntary facial movements",
        source="QJM 95:493–500",
        year="2002",
        url="",
    ),
    "R16": Reference(
        tag="R16",
        authors="Auger RG, Whisnant JP",
        title="Hemifacial spasm in Rochester and Olmsted County, Minnesota, 1960 to 1984",
        source="Arch Neurol 47(11):1233–1234",
        year="1990",
        url="",
    ),
    "R17": Reference(
        tag="R17",
        authors="",
        title="Hemifacial spasm",
        source="Wikipedia",
        year="",
        url="https://en.wikipedia.org/wiki/Hemifacial_spasm",
    ),
    "R18": Reference(
        tag="R18",
        authors="Nilsen B, Le KD, Dietrichs E",
        title="Prevalence of hemifacial spasm in Oslo, Norway",
        source="Neurology 63(8):1532–1533; also Aktuelle Neurologie 32:A7 (2005)",
        year="2004",
        url="",
    ),
    "R19": Reference(
        tag="R19",
        authors="",
        title="Incidence and prevalence of hemifacial spasm in Finland's largest hospital district",
        source="J Neurol Sci 446:120587",
        year="2023",
        url="https://doi.org/10.1016/j.jns.2023.120587",
    ),
    "R20": Reference(
        tag="R20",
        authors="Wu Y, Davidson AL, Pan T, Jankovic J",
        title=(
            "Asian over-representation among patients with hemifacial spasm compared to patients with "
            "cranial-cervical dystonia"
        ),
        source="J Neurol Sci",
        year="2010",
        url="https://doi.org/10.1016/j.jns.2010.08.017",
    ),
    "R21": Reference(
        tag="R21",
        authors="Colosimo C, Bologna M, Lamberti S, et al.",
        title="A comparative study of primary and secondary hemifacial spasm",
        source="Arch Neurol 63(3):441–444",
        year="2006",
        url="https://doi.org/10.1001/archneur.63.3.441",
    ),
    "R22": Reference(
        tag="R22",
        authors="",
        title="Hemifacial spasm: clinical characteristics of 321 Indian patients",
        source="J Neurol",
        year="2012",
        url="https://pubmed.ncbi.nlm.nih.gov/22222858/",
    ),
    "R23": Reference(
        tag="R23",
        authors="Lee JA, Kim KH, Park K",
        title="Natural history of untreated hemifacial spasm: a study of 104 consecutive patients over 5 years",
        source="Stereotact Funct Neurosurg 95(1):21–25",
        year="2017",
        url="https://doi.org/10.1159/000453276",
    ),
    "R24": Reference(
        tag="R24",
        authors="",
        title="Spread of spasm in 178 HFS patients",
        source="Mov Disord Clin Pract",
        year="2015",
        url="https://doi.org/10.1002/mdc3.12106",
    ),
    "R25": Reference(
        tag="R25",
        authors="Tan EK, Jankovic J",
        title="Bilateral hemifacial spasm: a report of five cases and a literature review",
        source="Mov Disord 14(2):345–349",
        year="1999",
        url="https://doi.org/10.1002/1531-8257(199903)14:2<345::AID-MDS1023>3.0.CO;2-1",
    ),
    "R26": Reference(
        tag="R26",
        authors="Han IB, Chang JH, Chang JW, Huh R, Chung SS",
        title="Unusual causes and presentations of hemifacial spasm",
        source="Neurosurgery 65(1):130–137",
        year="2009",
        url="https://pubmed.ncbi.nlm.nih.gov/19574834/",
    ),
    "R27": Reference(
        tag="R27",
        authors="Lee SH, Rhee BA, Choi SK, Koh JS, Lim YJ",
        title=(
            "Cerebellopontine angle tumors causing hemifacial spasm: types, incidence, and mechanism in nine "
            "reported cases and literature review"
        ),
        source="Acta Neurochir (Wien) 152(11):1901–1908",
        year="2010",
        url="",
    ),
    "R28": Reference(
        tag="R28",
        authors="Auger RG, Piepgras DG",
        title="Hemifacial spasm associated with epidermoid tumors of the cerebellopontine angle",
        source="Neurology 39(4):577",
        year="1989",
        url="https://doi.org/10.1212/wnl.39.4.577",
    ),
    "R29": Reference(
        tag="R29",
        authors="Marin Collazo IV, Tobin WO",
        title=(
            "Facial myokymia and hemifacial spasm in multiple sclerosis: a descriptive study on clinical "
            "features and treatment outcomes"
        ),
        source="Neurologist 23(1):1–6",
        year="2018",
        url="https://doi.org/10.1097/NRL.0000000000000163",
    ),
    "R30": Reference(
        tag="R30",
        authors="",
        title="Primary vs postparalytic hemifacial spasm",
        source="Arch Neurol 63(8):1204 (letter)",
        year="2006",
        url="https://doi.org/10.1001/archneur.63.8.1204-a",
    ),
    "R31": Reference(
        tag="R31",
        authors="",
        title="Microvascular decompression for pediatric-onset hemifacial spasm: case series and literature review",
        source="Childs Nerv Syst",
        year="2022",
        url="https://doi.org/10.1007/s00381-022-05521-8",
    ),
    "R32": Reference(
        tag="R32",
        authors="Stamey W, Jankovic J",
        title="The other Babinski sign in hemifacial spasm",
        source="Neurology 69(4):402–404",
        year="2007",
        url="https://doi.org/10.1212/01.wnl.0000266389.52843.3b",
    ),
    "R33": Reference(
        tag="R33",
        authors="Pawlowski M, Gess B, Evers S",
        title="The Babinski-2 sign in hemifacial spasm",
        source="Mov Disord",
        year="2013",
        url="https://doi.org/10.1002/mds.25472",
    ),
    "R34": Reference(
        tag="R34",
        authors="Varanda S, Rocha S, Rodrigues M, Machado Á, Carneiro G",
        title='Role of the "other Babinski sign" in hyperkinetic facial disorders',
        source="J Neurol Sci 378:36–37",
        year="2017",
        url="",
    ),
    "R35": Reference(
        tag="R35",
        authors="Devoize JL",
        title="\"The other\" Babinski's sign: paradoxical raising of the eyebrow in hemifacial spasm",
        source="J Neurol Neurosurg Psychiatry 70:516",
        year="2001",
        url="https://doi.org/10.1136/jnnp.70.4.516",
    ),
    "R36": Reference(
        tag="R36",
        authors="",
        title="Hemifacial spasm",
        source="Neurosigns (educational wiki)",
        year="",
        url="http://neurosigns.org/wiki/Hemifacial_spasm",
    ),
    "R37": Reference(
        tag="R37",
        authors="",
        title="Treatment of hemifacial spasm",
        source="Chapter 13 in: Manual of Botulinum Toxin Therapy, 2nd ed. Cambridge University Press",
        year="2014",
        url=(
            "https://www.cambridge.org/core/books/manual-of-botulinum-toxin-therapy/"
            "treatment-of-hemifacial-spasm/1F8F46F6E2BBEEE6699504D86A303FC9"
        ),
    ),
    "R38": Reference(
        tag="R38",
        authors="Baizabal-Carvallo JF, Jankovic J",
        title="Distinguishing features of psychogenic (functional) versus organic hemifacial spasm",
        source="J Neurol",
        year="2017",
        url="https://doi.org/10.1007/s00415-016-8356-0",
    ),
    "R39": Reference(
        tag="R39",
        authors="Tan EK, Jankovic J",
        title="Psychogenic hemifacial spasm",
        source="J Neuropsychiatry Clin Neurosci 13(3):380–384",
        year="2001",
        url="https://doi.org/10.1176/jnp.13.3.380",
    ),
    "R40": Reference(
        tag="R40",
        authors="",
        title="Benign Essential Blepharospasm",
        source="StatPearls",
        year="",
        url="https://www.statpearls.com/articlelibrary/viewarticle/102389/",
    ),
    "R41": Reference(
        tag="R41",
        authors="Mayo Clinic Staff",
        title="Eye twitching — definition; when to see a doctor",
        source="Mayo Clinic",
        year="2021",
        url="https://www.mayoclinic.org/symptoms/eye-twitching/basics/when-to-see-doctor/sym-20050838",
    ),
    "R42": Reference(
        tag="R42",
        authors="",
        title="Eyelid spasm / twitch",
        source="American Academy of Ophthalmology, EyeSmart",
        year="",
        url="http://www.geteyesmart.org/eyesmart/diseases/eyelid-spasm-twitch.cfm",
    ),
    "R43": Reference(
        tag="R43",
        authors="",
        title="Synkinesis",
        source="UNC Facial Nerve Center; also UCSF Facial Nerve Clinic, Incomplete paralysis with synkinesis",
        year="",
        url="https://www.med.unc.edu/ent/facialnervecenter/conditions/synkinesis/",
    ),
    "R44": Reference(
        tag="R44",
        authors="McDowell MM, Zhu X, Hughes MA, Sekula RF Jr",
        title="Facial spasms, but not hemifacial spasm: a case report and review of literature",
        source="Childs Nerv Syst 32(9):1735–1739",
        year="2016",
        url="https://doi.org/10.1007/s00381-016-3057-7",
    ),
    "R45": Reference(
        tag="R45",
        authors="Spender Q, Barnsley J, Davies A, Murphy J",
        title="Tics and Tourette syndrome",
        source="Book chapter, Taylor & Francis",
        year="",
        url="https://doi.org/10.4324/9781315379579-12",
    ),
    "R46": Reference(
        tag="R46",
        authors="Sringean J, Dressler D, Bhidayasiri R",
        title=(
            "More than hemifacial spasm? A case of unilateral facial spasms with systematic review of red flags"
        ),
        source="J Neurol Sci, article 116532",
        year="2019",
        url="https://doi.org/10.1016/j.jns.2019.116532",
    ),
    "R47": Reference(
        tag="R47",
        authors="Galvez-Jimenez N, Hanson MR, Desai M",
        title="Unusual causes of hemifacial spasm",
        source="Semin Neurol 21:75–83",
        year="2001",
        url="https://doi.org/10.1055/s-2001-13122",
    ),
    "R48": Reference(
        tag="R48",
        authors="Tarnaris A, Renowden S, Coakham HB",
        title=(
            "A comparison of magnetic resonance angiography and constructive interference in steady "
            "state-three-dimensional Fourier transformation MRI in patients with hemifacial spasm"
        ),
        source="Br J Neurosurg 21(4):375–381",
        year="2007",
        url="https://doi.org/10.1080/02688690701474564",
    ),
    "R49": Reference(
        tag="R49",
        authors="",
        title="Hemifacial spasm: three-dimensional MR images in the evaluation of neurovascular compression",
        source="Radiology 197(1):227–231",
        year="1995",
        url="https://doi.org/10.1148/radiology.197.1.7568828",
    ),
    "R50": Reference(
        tag="R50",
        authors="von Eckardstein K, Harper C, Castner M, Link M",
        title=(
            'The significance of intraoperative electromyographic "lateral spread" in predicting outcome of '
            "microvascular decompression for hemifacial spasm"
        ),
        source="J Neurol Surg B Skull Base 75(3):198–203",
        year="2014",
        url="https://doi.org/10.1055/s-0034-1368145",
    ),
    "R51": Reference(
        tag="R51",
        authors="",
        title=(
            "Is the pre-operative lateral spread response on facial electromyography a valid diagnostic tool "
            "for hemifacial spasm?"
        ),
        source="Neurosurg Rev",
        year="2020",
        url="https://doi.org/10.1007/s10143-020-01267-6",
    ),
    "R52": Reference(
        tag="R52",
        authors="",
        title="Imaging of primary hemifacial spasm",
        source="Neurochirurgie",
        year="2018",
        url="https://doi.org/10.1016/j.neuchi.2018.01.005",
    ),
    "R53": Reference(
        tag="R53",
        authors="Simpson DM, Blitzer A, Brashear A, et al.",
        title=(
            "Assessment: Botulinum neurotoxin for the treatment of movement disorders (an evidence-based "
            "review). Report of the Therapeutics and Technology Assessment Subcommittee of the American "
            "Academy of Neurology"
        ),
        source="Neurology 70(19):1699–1706",
        year="2008",
        url="https://doi.org/10.1212/01.wnl.0000311389.26145.95",
    ),
    "R54": Reference(
        tag="R54",
        authors="Simpson DM, Hallett M, Ashman EJ, et al.",
        title=(
            "Practice guideline update summary: Botulinum neurotoxin for the treatment of blepharospasm, "
            "cervical dystonia, adult spasticity, and headache"
        ),
        source="Neurology 86(19):1818–1826",
        year="2016",
        url="https://doi.org/10.1212/WNL.0000000000002560",
    ),
    "R55": Reference(
        tag="R55",
        authors="Costa J, et al.",
        title="Botulinum toxin type A therapy for hemifacial spasm",
        source=(
            "Cochrane Database Syst Rev (1):CD004899; updated by Duarte GS, Rodrigues FB, Castelão M, et al., "
            "Cochrane Database Syst Rev 11:CD004899 (2020)"
        ),
        year="2005",
        url="https://doi.org/10.1002/14651858.CD004899.pub2",
    ),
    "R56": Reference(
        tag="R56",
        authors="",
        title="Botulinum Toxin for the Treatment of Hemifacial Spasm: An Update on Clinical Studies",
        source="Toxins (Basel) 13(12):881",
        year="2021",
        url="https://doi.org/10.3390/toxins13120881",
    ),
    "R57": Reference(
        tag="R57",
        authors="Sorgun MH, Yilmaz R, Akin YA, Mercan FN, Akbostanci MC",
        title="Botulinum toxin injections for the treatment of hemifacial spasm over 16 years",
        source="J Clin Neurosci",
        year="2015",
        url="",
    ),
    "R58": Reference(
        tag="R58",
        authors="",
        title="Treatment of hemifacial spasm with botulinum toxin type A: effective, long lasting and well tolerated",
        source="Arq Neuropsiquiatr 75(2) (SciELO S0004-282X2017000200003)",
        year="2017",
        url="",
    ),
    "R59": Reference(
        tag="R59",
        authors="",
        title="Efficacy and side effects of botulinum toxin treatment for blepharospasm and hemifacial spasm",
        source="Aust N Z J Ophthalmol 22(4):255–260",
        year="1994",
        url="https://doi.org/10.1111/j.1442-9071.1994.tb00793.x",
    ),
    "R60": Reference(
        tag="R60",
        authors="",
        title="Clinical Application of Botulinum Toxin for Hemifacial Spasm",
        source="Life (Basel) 13(8):1760",
        year="2023",
        url="https://doi.org/10.3390/life13081760",
    ),
    "R61": Reference(
        tag="R61",
        authors="Dantas FDM, Freire FO, Pessoa Neto AD, Godeiro Júnior CDO, Silva RAE",
        title=(
            "Dosage of botulinum toxin in patients undergoing treatment for hemifacial spasm: is there "
            "modification during follow-up?"
        ),
        source="Arq Neuropsiquiatr 83:1–8",
        year="2025",
        url="https://doi.org/10.1055/s-0044-1793935",
    ),
    "R62": Reference(
        tag="R62",
        authors="",
        title="Botulinum toxin treatment of hemifacial spasm",
        source="J Neurol Neurosurg Psychiatry 49:827–829",
        year="1986",
        url="https://doi.org/10.1136/jnnp.49.7.827",
    ),
    "R63": Reference(
        tag="R63",
        authors="",
        title='US FDA boxed warning "Distant spread of toxin effect" for all botulinum toxin products',
        source="BlackBoxRx",
        year="2022",
        url="https://blackboxrx.com/app/display/437",
    ),
    "R64": Reference(
        tag="R64",
        authors="",
        title="Therapeutic approach to botulinum injections for hemifacial spasm, synkinesis and blepharospasm",
        source="Toxins (Basel) 14(5):362",
        year="2022",
        url="https://doi.org/10.3390/toxins14050362",
    ),
    "R65": Reference(
        tag="R65",
        authors="Barker FG 2nd, Jannetta PJ, Bissonette DJ, Shields PT, Larkins MV, Jho HD",
        title="Microvascular decompression for hemifacial spasm",
        source="J Neurosurg 82(2):201–210",
        year="1995",
        url="https://thejns.org/view/journals/j-neurosurg/82/2/article-p201.xml",
    ),
    "R66": Reference(
        tag="R66",
        authors="Miller LE, Miller VM",
        title=(
            "Safety and effectiveness of microvascular decompression for treatment of hemifacial spasm: "
            "a systematic review"
        ),
        source="Br J Neurosurg 26(4):438–444",
        year="2012",
        url="https://doi.org/10.3109/02688697.2011.641613",
    ),
    "R67": Reference(
        tag="R67",
        authors="Huh R, Han IB, Moon JY, Chang JW, Chung SS",
        title=(
            "Microvascular decompression for hemifacial spasm: analyses of operative complications in 1582 "
            "consecutive patients"
        ),
        source="Surg Neurol 69:153–157",
        year="2008",
        url="",
    ),
    "R68": Reference(
        tag="R68",
        authors="",
        title=(
            "Microvascular decompression for hemifacial spasm: a systematic review of vascular pathology, "
            "long term treatment efficacy and safety"
        ),
        source="Neurol India 65(3):493–505",
        year="2017",
        url="https://doi.org/10.4103/neuroindia.NI_1166_16",
    ),
    "R69": Reference(
        tag="R69",
        authors="Auger RG, Piepgras DG, Laws ER",
        title="Hemifacial spasm: results of microvascular decompression of the facial nerve in 54 patients",
        source="Mayo Clin Proc 61(8):640–644",
        year="1986",
        url="https://doi.org/10.1016/s0025-6196(12)62028-x",
    ),
    "R70": Reference(
        tag="R70",
        authors="",
        title="Delayed relief of hemifacial spasm after microvascular decompression",
        source="J Craniofac Surg 26(2):408–410",
        year="2015",
        url="https://doi.org/10.1097/SCS.0000000000001406",
    ),
    "R71": Reference(
        tag="R71",
        authors="",
        title="Time course of symptom disappearance after microvascular decompression for hemifacial spasm",
        source="J Korean Neurosurg Soc 44(4):245–248",
        year="2008",
        url="https://doi.org/10.3340/jkns.2008.44.4.245",
    ),
    "R72": Reference(
        tag="R72",
        authors="",
        title=(
            "Efficacy and complications of microsurgical neurovascular decompression in 55 patients with "
            "hemifacial spasm"
        ),
        source="Otolaryngol Head Neck Surg 164(6):1299–1306",
        year="2021",
        url="https://doi.org/10.1177/0194599820969168",
    ),
    "R73": Reference(
        tag="R73",
        authors="",
        title=(
            "Teflon granuloma after microvascular decompression for hemifacial spasm: a case report and "
            "literature review"
        ),
        source=(
            "Neurosurg Rev 40(3):513–516; also Facial root entry/exit zone contact in MVD for HFS: "
            "a historical control study, Ann Transl Med"
        ),
        year="2017",
        url="https://doi.org/10.1007/s10143-017-0865-5",
    ),
    "R74": Reference(
        tag="R74",
        authors="Weidemeier ME, Bogaczyk V, Schroeder HWS",
        title="Improved quality of life after microvascular decompression for hemifacial spasm",
        source="PubMed Central PMC12955192",
        year="",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC12955192/",
    ),
    "R75": Reference(
        tag="R75",
        authors="Tan EK, Fook-Chong S, Lum SY, Thumboo J",
        title=(
            "Validation of a short disease specific quality of life scale for hemifacial spasm: "
            "correlation with SF-36"
        ),
        source="J Neurol Neurosurg Psychiatry 76(12):1707–1710",
        year="2005",
        url="https://doi.org/10.1136/jnnp.2005.065656",
    ),
    "R76": Reference(
        tag="R76",
        authors="Tan EK, Fook-Chong S, Lum SY, Lim E",
        title=(
            "Botulinum toxin improves quality of life in hemifacial spasm: validation of a questionnaire "
            "(HFS-30)"
        ),
        source="J Neurol Sci 219:151–155",
        year="2004",
        url="https://doi.org/10.1016/j.jns.2004.01.010",
    ),
    "R77": Reference(
        tag="R77",
        authors="Huang YC, Fan JY, Ro LS, et al.",
        title=(
            "Validation of a Chinese version of disease specific quality of life scale (HFS-36) for "
            "hemifacial spasm in Taiwan"
        ),
        source="Health Qual Life Outcomes 7:104",
        year="2009",
        url="https://doi.org/10.1186/1477-7525-7-104",
    ),
    "R78": Reference(
        tag="R78",
        authors="Lee JA, Jo KW, Kong DS, Park K",
        title=(
            "Using the new clinical grading scale for quantification of the severity of hemifacial spasm: "
            "correlations with a quality of life scale"
        ),
        source="Stereotact Funct Neurosurg 90(1):16–19",
        year="2012",
        url="https://doi.org/10.1159/000330396",
    ),
    "R79": Reference(
        tag="R79",
        authors="Lee HY, Park I, Luu MP, et al.",
        title="Interrater reliability of motor severity scales for hemifacial spasm",
        source="J Neural Transm 130(10):1269–1279",
        year="2023",
        url="https://doi.org/10.1007/s00702-023-02667-w",
    ),
    "R80": Reference(
        tag="R80",
        authors="Tambasco N, Simoni S, Sacchini E, et al.",
        title="Validation of the Hemifacial Spasm Grading Scale: a clinical tool for hemifacial spasm",
        source="Neurol Sci",
        year="2019",
        url="https://doi.org/10.1007/s10072-019-03921-4",
    ),
    "R81": Reference(
        tag="R81",
        authors="Jankovic J, Orman J",
        title="Botulinum A toxin for cranial-cervical dystonia: a double-blind, placebo-controlled study",
        source="Neurology 37(4):616–623",
        year="1987",
        url="",
    ),
    "R82": Reference(
        tag="R82",
        authors="Park J, et al.",
        title="Chapter 16 (blepharospasm), Table 16.2: Jankovic Rating Scale (JRS) severity score",
        source="In: McLoon LK, Andrade F (eds). Craniofacial Muscles. Springer",
        year="2013",
        url="",
    ),
    "R83": Reference(
        tag="R83",
        authors="",
        title="Jankovic Rating Scale for Hemifacial Spasm",
        source="Neurosurgery Wiki",
        year="",
        url="https://neurosurgerywiki.com/wiki/doku.php?id=jankovic_rating_scale_for_hemifacial_spasm",
    ),
    "R84": Reference(
        tag="R84",
        authors="Saengphatrachai W, Inthapong N, Pitakpatapee Y, Rattanathamsakul N, Srivanitchapoom P",
        title="Minimal important changes of HFS-30 and HFS-7 questionnaires for patients with hemifacial spasm",
        source="Clin Park Relat Disord 12:100295",
        year="2025",
        url="https://doi.org/10.1016/j.prdoa.2024.100295",
    ),
    "R85": Reference(
        tag="R85",
        authors="",
        title="Simple and effective onabotulinumtoxinA injection technique for hemifacial spasm",
        source="MDS Congress abstract",
        year="",
        url=(
            "https://www.mdsabstracts.org/abstract/"
            "simple-and-effective-onabotulinumtoxina-injection-technique-for-hemifacial-spasm"
        ),
    ),
    "R86": Reference(
        tag="R86",
        authors="Rudzińska M, Wójcik M, Malec M, et al.",
        title="Factors affecting the quality of life in hemifacial spasm patients",
        source="Neurol Neurochir Pol 46(2):121–129",
        year="2012",
        url="https://doi.org/10.5114/ninp.2012.28254",
    ),
    "R87": Reference(
        tag="R87",
        authors="Rudzińska M, Wójcik M, Zajdel K, et al.",
        title="The influence of botulinum toxin on auditory disturbances in hemifacial spasm",
        source="Neurol Neurochir Pol 46(1):29–36",
        year="2012",
        url="https://doi.org/10.5114/ninp.2012.27451",
    ),
    "R88": Reference(
        tag="R88",
        authors="Singh PK, Verma A, Goyal V",
        title="Assessment of health related quality of life in patients with hemifacial spasm",
        source="Int J Adv Med",
        year="2016",
        url="https://doi.org/10.18203/2349-3933.ijam20163719",
    ),
    "R89": Reference(
        tag="R89",
        authors="Tojima H, Aoyagi M, Inamura H, Koike Y, Itagaki S, Nakai O",
        title="Neurophysiological studies on stapedius muscle in patients with hemifacial spasm",
        source="Pract Otorhinolaryngol Suppl 51:119–126",
        year="1991",
        url="",
    ),
    "R90": Reference(
        tag="R90",
        authors="Mayo Clinic Staff",
        title="Act FAST if you suspect stroke",
        source="Mayo Clinic",
        year="2019",
        url="https://www.mayoclinic.org/diseases-conditions/stroke/in-depth/health-tip/art-20450579",
    ),
    "R91": Reference(
        tag="R91",
        authors="Jung WW, Hoegerl C",
        title="Sudden sensorineural hearing loss and why it's an emergency",
        source="Cureus",
        year="2022",
        url="https://doi.org/10.7759/cureus.21418",
    ),
    "R92": Reference(
        tag="R92",
        authors="",
        title="Vestibular schwannoma",
        source="MSD Manual Consumer Version",
        year="2023",
        url=(
            "https://www.msdmanuals.com/en-sg/home/ear,-nose,-and-throat-disorders/"
            "inner-ear-disorders/vestibular-schwannoma"
        ),
    ),
    "R93": Reference(
        tag="R93",
        authors="",
        title="Driving and blepharospasm",
        source="GPnotebook",
        year="",
        url="https://gpnotebook.com/pages/neurology/driving-and-blepharospasm",
    ),
    "R94": Reference(
        tag="R94",
        authors="Revuelta-Gutiérrez R, Velasco-Torres HS, Vales Hidalgo LO, Martínez-Anda JJ",
        title="Painful tic convulsif: case series and literature review",
        source=(
            "Cir Cir (English ed.) 84(6):493–498; also letter, Painful tic convulsif caused by a brain tumor, "
            "Anesthesiology 83(3):643 (1995)"
        ),
        year="2016",
        url="",
    ),
    "R95": Reference(
        tag="R95",
        authors="Schulze-Bonhage A, Ferbert A",
        title="Spasmus facialis: Aktuelle Aspekte der operativen und medikamentösen Therapie",
        source="Deutsches Ärzteblatt (issue 47)",
        year="2000",
        url="https://www.aerzteblatt.de/archiv/25199",
    ),
    "R96": Reference(
        tag="R96",
        authors="",
        title="Hemifacial spasms",
        source="Syndicated patient-education handout, as published by Hattiesburg Clinic and KPJ Healthcare",
        year="",
        url="https://iris.hattiesburgclinic.com/patadv/aha/aha_hemifaci_oph.htm",
    ),
    "R97": Reference(
        tag="R97",
        authors="",
        title="Supportive forms of treatment for blepharospasm",
        source="Benign Essential Blepharospasm Research Foundation (BEBRF)",
        year="",
        url="http://blepharospasm.org/supportive-treatment.html",
    ),
    "R98": Reference(
        tag="R98",
        authors="",
        title="Surgical treatment of secondary hemifacial spasm: long-term follow-up",
        source="World Neurosurg 125:e10–e15",
        year="2019",
        url="https://doi.org/10.1016/j.wneu.2018.12.035",
    ),
    "R99": Reference(
        tag="R99",
        authors="",
        title="Hemifacial spasm",
        source="Review (journal not shown; listed on R Discovery)",
        year="",
        url="https://discovery.researcher.life/article/hemifacial-spasm/16f0e593968d3bb0948ada9863ec713e",
    ),
    "R100": Reference(
        tag="R100",
        authors="Nishiyama Y, Hasegawa M, Adachi K, Hirose Y",
        title="Role of a tortuous vertebrobasilar artery and anchoring perforators in the etiology of hemifacial spasm",
        source="World Neurosurg",
        year="2024",
        url="https://doi.org/10.1016/j.wneu.2024.01.009",
    ),
    "R101": Reference(
        tag="R101",
        authors="",
        title="Article on botulinum toxin in hemifacial spasm",
        source="J Neural Transm",
        year="2012",
        url="https://doi.org/10.1007/s00702-011-0762-y",
    ),
    "R102": Reference(
        tag="R102",
        authors="",
        title="Clinical Symptoms and Differential Diagnosis of Hemifacial Spasm",
        source="Chapter 5 in: Hemifacial Spasm. Springer",
        year="2020",
        url="https://doi.org/10.1007/978-981-15-5417-9_5",
    ),
    "R103": Reference(
        tag="R103",
        authors="",
        title="Botulinum toxin therapy in hemifacial spasm: clinical and electrophysiologic studies",
        source="Muscle Nerve 12(9):716–722",
        year="1989",
        url="https://doi.org/10.1002/mus.880120904",
    ),
    "R104": Reference(
        tag="R104",
        authors="Nunta-aree S, Kateyoi T, Sitthinamsuwan B",
        title=(
            "Delayed complete remission of hemifacial spasms following microvascular decompression and the "
            "implications for optimal time of revision surgery"
        ),
        source="Acta Neurochir (Wien) 166(1)",
        year="2024",
        url="https://doi.org/10.1007/s00701-024-05891-9",
    ),
    "R105": Reference(
        tag="R105",
        authors="",
        title="Hemifacial Spasm",
        source="Mayo Clinic video, with neurosurgeon Dr. Michael Link",
        year="",
        url="",
    ),
    "R106": Reference(
        tag="R106",
        authors="Cohen-Gadol A",
        title="Recovery outlook for hemifacial spasm",
        source="Surgeon's practice website (aaroncohen-gadol.com)",
        year="",
        url="https://aaroncohen-gadol.com/en/patients/hemifacial-spasm/survival/recovery-outlook",
    ),
    "R107": Reference(
        tag="R107",
        authors="Ehni G, Woltman HW",
        title="Hemifacial spasm: review of one hundred and six cases",
        source="Arch Neurol Psychiatry 53(3):205–211",
        year="1945",
        url="https://doi.org/10.1001/archneurpsyc.1945.02300030042006",
    ),
    "R108": Reference(
        tag="R108",
        authors="Pellegrini M, et al.",
        title=(
            "Ocular surface status in patients with hemifacial spasm under long-lasting treatment with "
            "botulinum A toxin: a comparative fellow eye study"
        ),
        source="Indian J Ophthalmol 67(9):1405–1409",
        year="2019",
        url="https://doi.org/10.4103/ijo.IJO_41_19",
    ),
    "R109": Reference(
        tag="R109",
        authors="",
        title="Hemifacial spasm treatment options",
        source="NSPC Brain & Spine Surgery (Dr. Michael Brisman)",
        year="",
        url="https://nspc.com/news/hemifacial-spasm-treatment-options-with-nspcs-dr-michael-brisman",
    ),
    "R110": Reference(
        tag="R110",
        authors="",
        title="Botulinum toxin prescribing summary (US boxed warning)",
        source="Drug reference (Skyscape)",
        year="",
        url=(
            "https://download.skyscape.com/download/ota/lonestar/3C52715-7DF0-47C4-BF2A-379E6E7AC9B5/"
            "skyscaperx.edxx/content/HTML/z/tl261.htm"
        ),
    ),
    "R111": Reference(
        tag="R111",
        authors="",
        title='BOTOX (onabotulinumtoxinA) labeling, boxed warning "Distant spread of toxin effect"',
        source="US FDA-approved labeling, via the openFDA drug-label dataset",
        year="",
        url='https://api.fda.gov/drug/label.json?search=openfda.generic_name:"Onabotulinumtoxina"',
    ),
    "R112": Reference(
        tag="R112",
        authors="",
        title="OnabotulinumtoxinA (injection route) — Side effects",
        source="Mayo Clinic (drug information provided by Micromedex)",
        year="",
        url=(
            "https://www.mayoclinic.org/drugs-supplements/"
            "onabotulinumtoxina-injection-route-intradermal-route-intramuscular-route/side-effects/drg-20068101"
        ),
    ),
    "R113": Reference(
        tag="R113",
        authors="",
        title="OnabotulinumtoxinA Injection",
        source="Elsevier Drug Information (patient education sheet)",
        year="",
        url="https://elsevier.health/en-US/preview/onabotulinumtoxina-injection",
    ),
    "R114": Reference(
        tag="R114",
        authors="",
        title=(
            "Botulinum toxin injections in the treatment of blepharospasm, hemifacial spasm, and eyelid "
            "fasciculations"
        ),
        source="Can J Neurol Sci 15(3):276–280",
        year="1988",
        url="https://doi.org/10.1017/s0317167100027748",
    ),
    "R115": Reference(
        tag="R115",
        authors="",
        title="Treatment of idiopathic hemifacial spasm with botulinum toxin",
        source="Acta Neurol Scand 85(1):55–57",
        year="1992",
        url="https://doi.org/10.1111/j.1600-0404.1992.tb03995.x",
    ),
    "R116": Reference(
        tag="R116",
        authors="",
        title="Stroke — What are the warning signs of stroke?",
        source="NIHSeniorHealth (US National Institutes of Health)",
        year="",
        url="https://nihseniorhealth.gov/stroke/faq/faq5.html",
    ),
    "R117": Reference(
        tag="R117",
        authors="",
        title="Neurosurgery Transition to Home: What to Watch For",
        source="UW Health (University of Wisconsin Hospitals and Clinics), Health Facts for You #4456",
        year="",
        url="https://uconnect.wisc.edu/cosmos/swiftbot/clinical/pted/hffy/neuro/4456.hffy",
    ),
    "R118": Reference(
        tag="R118",
        authors="",
        title="Microvascular decompression",
        source="Hartford HealthCare",
        year="",
        url="https://hartfordhealthcare.org/services/neurovascular/microvascular-decompression",
    ),
    "R119": Reference(
        tag="R119",
        authors="",
        title="Audiometric abnormalities in hemifacial spasm",
        source="Audiology 24(6):396–405",
        year="1985",
        url="https://doi.org/10.3109/00206098509078359",
    ),
    "R120": Reference(
        tag="R120",
        authors="",
        title="Letter on botulinum toxin side effects and drug interactions in the head and neck region",
        source="Br Dent J",
        year="2022",
        url="https://www.nature.com/articles/s41415-022-4006-3",
    ),
}
