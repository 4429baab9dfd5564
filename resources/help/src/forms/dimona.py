# Help for forms/dimona/1.

INTRO = {
    "en": "The Dimona is the immediate declaration of employment to the ONSS. An IN declares "
    "that a worker starts: file it at the latest when the work actually begins. An OUT declares "
    "the end of the employment, at the latest on the first working day after it ends. An UPDATE "
    "changes a declared period and a CANCEL withdraws it. An early end of work is reported by "
    "the end of that day, and a cancellation by the end of the period's first day.",
    "fr": "La Dimona est la déclaration immédiate de l'emploi à l'ONSS. Une déclaration IN "
    "signale qu'un travailleur commence : faites-la au plus tard au moment où le travail débute "
    "réellement. Une déclaration OUT signale la fin de l'occupation, au plus tard le premier "
    "jour ouvrable qui suit. Une déclaration UPDATE modifie une période déclarée et une "
    "déclaration CANCEL l'annule. Une fin anticipée se déclare avant la fin de ce jour-là, et "
    "une annulation avant la fin du premier jour de la période.",
    "nl": "De Dimona is de onmiddellijke aangifte van tewerkstelling bij de RSZ. Een IN-aangifte "
    "meldt dat een werknemer begint: dien ze uiterlijk in op het moment dat het werk werkelijk "
    "begint. Een OUT-aangifte meldt het einde van de tewerkstelling, uiterlijk op de eerste "
    "werkdag erna. Een UPDATE wijzigt een aangegeven periode en een CANCEL trekt ze in. Een "
    "vervroegd einde meldt u tegen het einde van die dag, een annulering tegen het einde van de "
    "eerste dag van de periode.",
    "de": "Die Dimona ist die sofortige Beschäftigungsmeldung an das LSS. Eine IN-Meldung zeigt "
    "an, dass ein Arbeitnehmer anfängt: Reichen Sie sie spätestens ein, wenn die Arbeit "
    "tatsächlich beginnt. Eine OUT-Meldung zeigt das Ende der Beschäftigung an, spätestens am "
    "ersten Werktag danach. Ein UPDATE ändert einen gemeldeten Zeitraum, ein CANCEL zieht ihn "
    "zurück. Ein vorzeitiges Ende wird bis zum Ende dieses Tages gemeldet, eine Annullierung bis "
    "zum Ende des ersten Tages des Zeitraums.",
}

NOTES = [
    {
        "en": "The form is a sequence of steps (declaration type, employer, worker, period): use "
        "<strong>Next</strong> and <strong>Back</strong> to move between them. Only the blocks "
        "that belong to the chosen declaration type are shown and sent.",
        "fr": "Le formulaire se remplit en étapes (type de déclaration, employeur, travailleur, "
        "période) : utilisez <strong>Suivant</strong> et <strong>Précédent</strong> pour passer de "
        "l'une à l'autre. Seuls les blocs du type de déclaration choisi sont affichés et envoyés.",
        "nl": "Het formulier bestaat uit stappen (aangiftetype, werkgever, werknemer, periode): "
        "gebruik <strong>Volgende</strong> en <strong>Terug</strong> om ertussen te wisselen. "
        "Alleen de blokken van het gekozen aangiftetype worden getoond en verzonden.",
        "de": "Das Formular besteht aus Schritten (Meldungsart, Arbeitgeber, Arbeitnehmer, "
        "Zeitraum): Mit <strong>Weiter</strong> und <strong>Zurück</strong> wechseln Sie "
        "zwischen ihnen. Nur die Blöcke der gewählten Meldungsart werden angezeigt und gesendet.",
    },
]

WITHOUT_SSIN = {
    "en": "Needed only for a worker without a national register or BIS number; all the "
    "identification fields and the address are then required.",
    "fr": "Nécessaire seulement pour un travailleur sans numéro de registre national ni numéro "
    "BIS ; tous les champs d'identification et l'adresse sont alors obligatoires.",
    "nl": "Alleen nodig voor een werknemer zonder rijksregister- of bisnummer; alle "
    "identificatievelden en het adres zijn dan verplicht.",
    "de": "Nur nötig für einen Arbeitnehmer ohne Nationalregister- oder BIS-Nummer; alle "
    "Identifikationsfelder und die Adresse sind dann Pflicht.",
}

WORKER_TYPES = ["OTH", "STU", "FLX", "EXT", "BCW", "RTA", "DWD", "IVT", "TRI", "STG", "PMP",
                "ALT", "O17", "S17", "T17"]

SECTIONS = [
    {
        "id": "type",
        "title_key": "ui.step.type.label",
        "fields": [
            {
                "pointer": "/declarationType",
                "choices": ["IN", "OUT", "UPDATE", "CANCEL"],
                "text": {
                    "en": "What you declare. An IN opens a period and asks for the worker and "
                    "the start; OUT, UPDATE and CANCEL refer to an existing period by the number "
                    "the ONSS gave it, and do not ask for the worker again.",
                    "fr": "Ce que vous déclarez. Une déclaration IN ouvre une période et demande "
                    "le travailleur et le début ; OUT, UPDATE et CANCEL visent une période "
                    "existante par le numéro que l'ONSS lui a donné et ne redemandent pas le "
                    "travailleur.",
                    "nl": "Wat u aangeeft. Een IN opent een periode en vraagt de werknemer en "
                    "het begin; OUT, UPDATE en CANCEL verwijzen naar een bestaande periode met "
                    "het nummer dat de RSZ eraan gaf, en vragen de werknemer niet opnieuw.",
                    "de": "Was Sie melden. Ein IN eröffnet einen Zeitraum und fragt nach dem "
                    "Arbeitnehmer und dem Beginn; OUT, UPDATE und CANCEL beziehen sich mit der "
                    "vom LSS vergebenen Nummer auf einen bestehenden Zeitraum und fragen nicht "
                    "erneut nach dem Arbeitnehmer.",
                },
            },
        ],
    },
    {
        "id": "employer",
        "title_key": "ui.step.employer.label",
        "intro": {
            "en": "Identify the employer by one number only: the enterprise number or the ONSS "
            "number, not both.",
            "fr": "Identifiez l'employeur par un seul numéro : le numéro d'entreprise ou le "
            "numéro ONSS, pas les deux.",
            "nl": "Identificeer de werkgever met één nummer: het ondernemingsnummer of het "
            "RSZ-nummer, niet allebei.",
            "de": "Geben Sie den Arbeitgeber mit einer einzigen Nummer an: der "
            "Unternehmensnummer oder der LSS-Nummer, nicht mit beiden.",
        },
        "fields": [
            {"pointer": "/employer/enterpriseNumber", "text": "@enterprise"},
            {"pointer": "/employer/nssoRegistrationNumber", "text": "@onss"},
        ],
    },
    {
        "id": "worker",
        "title_key": "ui.step.worker.label",
        "intro": {
            "en": "Only for an IN. Give the worker's national number; only a worker who has none "
            "is identified by name, birth data, sex, nationality and address.",
            "fr": "Seulement pour une déclaration IN. Indiquez le numéro national du "
            "travailleur ; seul un travailleur qui n'en a pas est identifié par son nom, ses "
            "données de naissance, son sexe, sa nationalité et son adresse.",
            "nl": "Alleen voor een IN. Geef het rijksregisternummer van de werknemer; alleen een "
            "werknemer die er geen heeft, wordt geïdentificeerd met naam, geboortegegevens, "
            "geslacht, nationaliteit en adres.",
            "de": "Nur für ein IN. Geben Sie die Nationalregisternummer des Arbeitnehmers an; "
            "nur ein Arbeitnehmer ohne eine solche Nummer wird über Name, Geburtsdaten, "
            "Geschlecht, Staatsangehörigkeit und Adresse identifiziert.",
        },
        "fields": [
            {
                "pointer": "/worker/ssin",
                "text": [
                    "@niss",
                    {
                        "en": "Required for an occasional worker (EXT). A declaration for a "
                        "worker the register cannot identify yet gets the result “waiting” (S) "
                        "until it can.",
                        "fr": "Obligatoire pour un travailleur occasionnel (EXT). La déclaration "
                        "d'un travailleur que le registre ne peut pas encore identifier reçoit le "
                        "résultat « en attente » (S) jusqu'à ce qu'il le puisse.",
                        "nl": "Verplicht voor een gelegenheidswerknemer (EXT). De aangifte van een "
                        "werknemer die het register nog niet kan identificeren, krijgt het "
                        "resultaat „wachtend” (S) tot dat wel kan.",
                        "de": "Pflicht für eine Gelegenheitsarbeitskraft (EXT). Die Meldung eines "
                        "Arbeitnehmers, den das Register noch nicht identifizieren kann, erhält "
                        "das Ergebnis „wartend“ (S), bis es das kann.",
                    },
                ],
            },
            {"pointer": "/worker/lastName", "text": ["@lastName", WITHOUT_SSIN]},
            {"pointer": "/worker/firstName", "text": ["@firstName", WITHOUT_SSIN]},
            {"pointer": "/worker/birthDate", "text": ["@birthDate", WITHOUT_SSIN]},
            {"pointer": "/worker/sex", "choices": ["M", "F"], "text": ["@sex", WITHOUT_SSIN]},
            {"pointer": "/worker/nationality", "text": ["@nationality", WITHOUT_SSIN]},
            {"pointer": "/worker/address/street", "text": ["@street", WITHOUT_SSIN]},
            {"pointer": "/worker/address/houseNumber", "text": ["@houseNumber", WITHOUT_SSIN]},
            {"pointer": "/worker/address/box", "text": "@box"},
            {"pointer": "/worker/address/postalCode", "text": ["@postalCodeAny", WITHOUT_SSIN]},
            {"pointer": "/worker/address/municipality", "text": ["@municipality", WITHOUT_SSIN]},
            {"pointer": "/worker/address/country", "text": ["@countryCode", WITHOUT_SSIN]},
        ],
    },
    {
        "id": "in",
        "title_key": "ui.group.in.label",
        "fields": [
            {
                "pointer": "/dimonaIn/features/workerType",
                "choices": WORKER_TYPES,
                "text": [
                    "@workerTypeCode",
                    {
                        "en": "The type decides what else is required: planned hours for STU, "
                        "O17 and S17; an end date for STU; a start hour and a national number "
                        "for EXT; a joint committee for STU, FLX and EXT. A flexi-job (FLX) is "
                        "only accepted when the worker meets the flexi access conditions "
                        "(employed at least 4/5 elsewhere in the quarter three quarters earlier, "
                        "or retired); the student quota is 650 hours per calendar year since "
                        "2025.",
                        "fr": "Le type détermine ce qui est encore obligatoire : les heures "
                        "prévues pour STU, O17 et S17 ; une date de fin pour STU ; une heure de "
                        "début et un numéro national pour EXT ; une commission paritaire pour "
                        "STU, FLX et EXT. Un flexi-job (FLX) n'est accepté que si le "
                        "travailleur remplit les conditions d'accès (occupé au moins à 4/5 "
                        "ailleurs au trimestre T-3, ou pensionné) ; le contingent étudiant est "
                        "de 650 heures par année civile depuis 2025.",
                        "nl": "Het type bepaalt wat nog verplicht is: geplande uren voor STU, "
                        "O17 en S17; een einddatum voor STU; een beginuur en een "
                        "rijksregisternummer voor EXT; een paritair comité voor STU, FLX en "
                        "EXT. Een flexi-job (FLX) wordt alleen aanvaard als de werknemer aan de "
                        "toegangsvoorwaarden voldoet (minstens 4/5 elders tewerkgesteld in "
                        "kwartaal T-3, of gepensioneerd); het studentencontingent bedraagt "
                        "sinds 2025 650 uur per kalenderjaar.",
                        "de": "Die Art bestimmt, was noch Pflicht ist: geplante Stunden für "
                        "STU, O17 und S17; ein Enddatum für STU; eine Anfangsuhrzeit und eine "
                        "Nationalregisternummer für EXT; eine paritätische Kommission für STU, "
                        "FLX und EXT. Ein Flexi-Job (FLX) wird nur angenommen, wenn der "
                        "Arbeitnehmer die Zugangsbedingungen erfüllt (im Quartal T-3 "
                        "mindestens zu 4/5 anderswo beschäftigt oder pensioniert); das "
                        "Studentenkontingent beträgt seit 2025 650 Stunden pro Kalenderjahr.",
                    },
                ],
            },
            {
                "pointer": "/dimonaIn/features/jointCommissionNumber",
                "choices": ["124", "140", "144", "145", "149", "302", "320", "322", "XXX"],
                "text": {
                    "en": "The joint committee of the work, chosen from the list. It is required "
                    "for students (STU), flexi-jobs (FLX) and occasional workers (EXT), whose "
                    "access depends on the sector. Choose XXX when none of the listed committees "
                    "applies; left empty for another worker type, Guichet sends XXX.",
                    "fr": "La commission paritaire du travail, choisie dans la liste. Elle est "
                    "obligatoire pour les étudiants (STU), les flexi-jobs (FLX) et les "
                    "travailleurs occasionnels (EXT), dont l'accès dépend du secteur. Choisissez "
                    "XXX quand aucune des commissions de la liste ne s'applique ; laissée vide "
                    "pour un autre type de travailleur, Guichet envoie XXX.",
                    "nl": "Het paritair comité van het werk, gekozen uit de lijst. Het is "
                    "verplicht voor studenten (STU), flexi-jobs (FLX) en gelegenheidswerknemers "
                    "(EXT), want hun toegang hangt af van de sector. Kies XXX als geen van de "
                    "comités uit de lijst van toepassing is; leeg gelaten bij een ander "
                    "werknemerstype verstuurt Guichet XXX.",
                    "de": "Die paritätische Kommission der Arbeit, aus der Liste gewählt. Sie ist "
                    "Pflicht für Studenten (STU), Flexi-Jobs (FLX) und "
                    "Gelegenheitsarbeitskräfte (EXT), deren Zugang vom Sektor abhängt. Wählen "
                    "Sie XXX, wenn keine der aufgeführten Kommissionen zutrifft; bleibt sie bei "
                    "einer anderen Arbeitnehmerart leer, sendet Guichet XXX.",
                },
            },
            {
                "pointer": "/dimonaIn/startDate",
                "text": [
                    {
                        "en": "The start of the contractual link: the first day of the period.",
                        "fr": "Le début du lien contractuel : le premier jour de la période.",
                        "nl": "Het begin van de contractuele band: de eerste dag van de "
                        "periode.",
                        "de": "Der Beginn der vertraglichen Bindung: der erste Tag des "
                        "Zeitraums.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/dimonaIn/startHour",
                "text": [
                    {
                        "en": "The hour the work starts. Required for an occasional worker (EXT) "
                        "and for a flexi-job of a single day.",
                        "fr": "L'heure à laquelle le travail commence. Obligatoire pour un "
                        "travailleur occasionnel (EXT) et pour un flexi-job d'un seul jour.",
                        "nl": "Het uur waarop het werk begint. Verplicht voor een "
                        "gelegenheidswerknemer (EXT) en voor een flexi-job van één dag.",
                        "de": "Die Uhrzeit, zu der die Arbeit beginnt. Pflicht für eine "
                        "Gelegenheitsarbeitskraft (EXT) und für einen Flexi-Job von einem "
                        "einzigen Tag.",
                    },
                    "@hour",
                ],
            },
            {
                "pointer": "/dimonaIn/endDate",
                "text": [
                    {
                        "en": "The last day of the period, when it is known. Required for a "
                        "student (STU). It may not be before the start date.",
                        "fr": "Le dernier jour de la période, s'il est connu. Obligatoire pour "
                        "un étudiant (STU). Il ne peut pas précéder la date de début.",
                        "nl": "De laatste dag van de periode, als die bekend is. Verplicht voor "
                        "een student (STU). Hij mag niet voor de begindatum liggen.",
                        "de": "Der letzte Tag des Zeitraums, wenn er bekannt ist. Pflicht für "
                        "einen Studenten (STU). Er darf nicht vor dem Anfangsdatum liegen.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/dimonaIn/endHour",
                "text": [
                    {
                        "en": "The hour the work ends, when it is known. On a one-day period it "
                        "must come after the start hour.",
                        "fr": "L'heure à laquelle le travail se termine, si elle est connue. "
                        "Pour une période d'un jour, elle doit suivre l'heure de début.",
                        "nl": "Het uur waarop het werk eindigt, als het bekend is. Bij een "
                        "periode van één dag moet het na het beginuur liggen.",
                        "de": "Die Uhrzeit, zu der die Arbeit endet, wenn sie bekannt ist. Bei "
                        "einem eintägigen Zeitraum muss sie nach der Anfangsuhrzeit liegen.",
                    },
                    "@hour",
                ],
            },
            {
                "pointer": "/dimonaIn/plannedHoursNumber",
                "text": {
                    "en": "The number of hours planned for the period, from 1 to 999. Required "
                    "for students (STU) and article 17 workers (O17, S17), and not allowed for "
                    "the other types. For a student these hours count towards the quota of 650 "
                    "hours per calendar year; every started hour counts as a whole hour.",
                    "fr": "Le nombre d'heures prévues pour la période, de 1 à 999. Obligatoire "
                    "pour les étudiants (STU) et les travailleurs de l'article 17 (O17, S17), et "
                    "interdit pour les autres types. Pour un étudiant, ces heures comptent dans "
                    "le contingent de 650 heures par année civile ; toute heure entamée compte "
                    "comme une heure entière.",
                    "nl": "Het aantal geplande uren voor de periode, van 1 tot 999. Verplicht "
                    "voor studenten (STU) en werknemers van artikel 17 (O17, S17), en niet "
                    "toegestaan voor de andere types. Voor een student tellen deze uren mee voor "
                    "het contingent van 650 uur per kalenderjaar; elk begonnen uur telt als een "
                    "volledig uur.",
                    "de": "Die Zahl der für den Zeitraum geplanten Stunden, von 1 bis 999. "
                    "Pflicht für Studenten (STU) und Arbeitnehmer nach Artikel 17 (O17, S17), "
                    "für die anderen Arten nicht erlaubt. Bei einem Studenten zählen diese "
                    "Stunden für das Kontingent von 650 Stunden pro Kalenderjahr; jede "
                    "angefangene Stunde zählt als ganze Stunde.",
                },
            },
        ],
    },
    {
        "id": "out",
        "title_key": "ui.group.out.label",
        "fields": [
            {"pointer": "/dimonaOut/periodId", "key": "periodId", "text": "@periodId"},
            {
                "pointer": "/dimonaOut/endDate",
                "text": [
                    {
                        "en": "The last day of the employment. File the OUT at the latest on the "
                        "first working day after it.",
                        "fr": "Le dernier jour de l'occupation. Faites la déclaration OUT au "
                        "plus tard le premier jour ouvrable qui suit.",
                        "nl": "De laatste dag van de tewerkstelling. Dien de OUT uiterlijk in op "
                        "de eerste werkdag erna.",
                        "de": "Der letzte Tag der Beschäftigung. Reichen Sie das OUT spätestens "
                        "am ersten Werktag danach ein.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/dimonaOut/endHour",
                "text": [
                    {
                        "en": "Optional: the hour the work ended.",
                        "fr": "Facultatif : l'heure à laquelle le travail s'est terminé.",
                        "nl": "Facultatief: het uur waarop het werk eindigde.",
                        "de": "Freiwillig: die Uhrzeit, zu der die Arbeit endete.",
                    },
                    "@hour",
                ],
            },
        ],
    },
    {
        "id": "update",
        "title_key": "ui.group.update.label",
        "intro": {
            "en": "Give the full new situation of the period, not only what changes: what you "
            "leave empty is taken as absent.",
            "fr": "Indiquez toute la nouvelle situation de la période, pas seulement ce qui "
            "change : ce que vous laissez vide est considéré comme absent.",
            "nl": "Geef de volledige nieuwe toestand van de periode, niet alleen wat verandert: "
            "wat u leeg laat, wordt als afwezig beschouwd.",
            "de": "Geben Sie die vollständige neue Lage des Zeitraums an, nicht nur die "
            "Änderungen: Was Sie leer lassen, gilt als nicht vorhanden.",
        },
        "fields": [
            {"pointer": "/dimonaUpdate/periodId", "key": "periodId", "text": "@periodId"},
            {
                "pointer": "/dimonaUpdate/startDate",
                "text": [
                    {
                        "en": "The start date of the period as it should now be.",
                        "fr": "La date de début de la période telle qu'elle doit être "
                        "désormais.",
                        "nl": "De begindatum van de periode zoals die voortaan moet zijn.",
                        "de": "Das Anfangsdatum des Zeitraums, wie es nun sein soll.",
                    },
                    "@date",
                ],
            },
            {"pointer": "/dimonaUpdate/startHour", "text": "@hour"},
            {
                "pointer": "/dimonaUpdate/endDate",
                "text": [
                    {
                        "en": "The end date of the period as it should now be, if it has one.",
                        "fr": "La date de fin de la période telle qu'elle doit être désormais, "
                        "si elle en a une.",
                        "nl": "De einddatum van de periode zoals die voortaan moet zijn, als er "
                        "een is.",
                        "de": "Das Enddatum des Zeitraums, wie es nun sein soll, falls es eines "
                        "gibt.",
                    },
                    "@date",
                ],
            },
            {"pointer": "/dimonaUpdate/endHour", "text": "@hour"},
            {
                "pointer": "/dimonaUpdate/plannedHoursNumber",
                "text": {
                    "en": "The new number of planned hours, from 1 to 999, for a period of a "
                    "student or an article 17 worker only.",
                    "fr": "Le nouveau nombre d'heures prévues, de 1 à 999, uniquement pour la "
                    "période d'un étudiant ou d'un travailleur de l'article 17.",
                    "nl": "Het nieuwe aantal geplande uren, van 1 tot 999, alleen voor de "
                    "periode van een student of een werknemer van artikel 17.",
                    "de": "Die neue Zahl der geplanten Stunden, von 1 bis 999, nur für den "
                    "Zeitraum eines Studenten oder eines Arbeitnehmers nach Artikel 17.",
                },
            },
        ],
    },
    {
        "id": "cancel",
        "title_key": "ui.group.cancel.label",
        "fields": [
            {
                "pointer": "/dimonaCancel/periodId",
                "key": "periodId",
                "text": [
                    "@periodId",
                    {
                        "en": "Cancel by the end of the period's first day. A period that is "
                        "already cancelled or closed cannot be cancelled again.",
                        "fr": "Annulez avant la fin du premier jour de la période. Une période "
                        "déjà annulée ou clôturée ne peut plus être annulée.",
                        "nl": "Annuleer vóór het einde van de eerste dag van de periode. Een "
                        "periode die al geannuleerd of afgesloten is, kan niet meer "
                        "geannuleerd worden.",
                        "de": "Annullieren Sie bis zum Ende des ersten Tages des Zeitraums. Ein "
                        "bereits annullierter oder abgeschlossener Zeitraum kann nicht mehr "
                        "annulliert werden.",
                    },
                ],
            },
        ],
    },
]
