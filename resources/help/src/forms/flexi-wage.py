# Help for forms/flexi-wage/1.

INTRO = {
    "en": "Flexi At Work (FLXWAGE) declares the flexi-job wage of one payslip to the ONSS, for "
    "pensioned and non-pensioned flexi-jobbers alike. It feeds the flexi-income counter the "
    "flexi-jobber sees on MyCareer.be. File it within 5 days of the payslip, or once a month "
    "within 5 days of that month's last payslip. It does not replace the Dimona or the DmfA.",
    "fr": "Flexi At Work (FLXWAGE) déclare à l'ONSS le flexisalaire d'une fiche de paie, pour "
    "les flexi-jobistes pensionnés comme non pensionnés. Il alimente le compteur des revenus "
    "flexi que le flexi-jobiste voit sur MyCareer.be. Déclarez dans les 5 jours suivant la "
    "fiche de paie, ou une fois par mois dans les 5 jours suivant la dernière fiche de paie du "
    "mois. Cette déclaration ne remplace ni la Dimona ni la DmfA.",
    "nl": "Flexi At Work (FLXWAGE) geeft het flexiloon van één loonbrief aan bij de RSZ, voor "
    "gepensioneerde en niet-gepensioneerde flexi-jobbers. Het voedt de teller van het "
    "flexi-inkomen die de flexi-jobber op MyCareer.be ziet. Dien de aangifte in binnen 5 dagen "
    "na de loonbrief, of maandelijks binnen 5 dagen na de laatste loonbrief van die maand. Ze "
    "vervangt de Dimona en de DmfA niet.",
    "de": "Flexi At Work (FLXWAGE) meldet dem LSS den Flexi-Lohn einer Lohnabrechnung, für "
    "pensionierte wie nicht pensionierte Flexi-Jobber. Die Meldung speist den "
    "Flexi-Einkommenszähler, den der Flexi-Jobber auf MyCareer.be sieht. Melden Sie innerhalb "
    "von 5 Tagen nach der Lohnabrechnung oder monatlich innerhalb von 5 Tagen nach der letzten "
    "Lohnabrechnung des Monats. Sie ersetzt weder die Dimona noch die DmfA.",
}

NOTES = [
    {
        "en": "For a flexi-jobber who is not retired, flexi income is tax-free up to a yearly "
        "ceiling: €12,000 for 2024 and €18,000 for 2025. Going over it does not block this "
        "declaration; the portal warns about it.",
        "fr": "Pour un flexi-jobiste non pensionné, les revenus flexi sont exonérés d'impôt "
        "jusqu'à un plafond annuel : 12 000 € pour 2024 et 18 000 € pour 2025. Un dépassement ne "
        "bloque pas cette déclaration ; le portail le signale par un avertissement.",
        "nl": "Voor een flexi-jobber die niet gepensioneerd is, is het flexi-inkomen "
        "belastingvrij tot een jaarlijks plafond: 12.000 euro voor 2024 en 18.000 euro voor "
        "2025. Een overschrijding blokkeert deze aangifte niet; het portaal geeft een "
        "waarschuwing.",
        "de": "Für einen nicht pensionierten Flexi-Jobber ist das Flexi-Einkommen bis zu einer "
        "jährlichen Obergrenze steuerfrei: 12.000 € für 2024 und 18.000 € für 2025. Eine "
        "Überschreitung blockiert diese Meldung nicht; das Portal gibt eine Warnung aus.",
    },
]

SECTIONS = [
    {
        "id": "declaration",
        "title_key": "ui.group.declaration.label",
        "fields": [
            {
                "pointer": "/declarationNature",
                "choices": ["original", "modification", "cancellation"],
                "text": {
                    "en": "An original declares a payslip for the first time. A modification "
                    "replaces an earlier declaration with the full new situation, amounts "
                    "included. A cancellation withdraws an earlier declaration and carries no "
                    "amounts.",
                    "fr": "Une déclaration originale déclare une fiche de paie pour la première "
                    "fois. Une modification remplace une déclaration antérieure par toute la "
                    "nouvelle situation, montants compris. Une annulation retire une déclaration "
                    "antérieure et ne contient aucun montant.",
                    "nl": "Een originele aangifte geeft een loonbrief voor het eerst aan. Een "
                    "wijziging vervangt een eerdere aangifte door de volledige nieuwe toestand, "
                    "bedragen inbegrepen. Een annulering trekt een eerdere aangifte in en bevat "
                    "geen bedragen.",
                    "de": "Eine Erstmeldung meldet eine Lohnabrechnung zum ersten Mal. Eine "
                    "Änderung ersetzt eine frühere Meldung durch die vollständige neue Lage, "
                    "Beträge inbegriffen. Eine Annullierung zieht eine frühere Meldung zurück "
                    "und enthält keine Beträge.",
                },
            },
            {
                "pointer": "/originalReference",
                "text": {
                    "en": "For a modification or a cancellation only: the reference the ONSS "
                    "gave the declaration you change or withdraw (1 to 40 letters, digits and "
                    "dashes). An original has none.",
                    "fr": "Uniquement pour une modification ou une annulation : la référence que "
                    "l'ONSS a donnée à la déclaration que vous modifiez ou retirez (1 à 40 "
                    "lettres, chiffres et tirets). Une déclaration originale n'en a pas.",
                    "nl": "Alleen voor een wijziging of annulering: de referentie die de RSZ gaf "
                    "aan de aangifte die u wijzigt of intrekt (1 tot 40 letters, cijfers en "
                    "streepjes). Een originele aangifte heeft er geen.",
                    "de": "Nur für eine Änderung oder Annullierung: die Referenz, die das LSS "
                    "der Meldung gegeben hat, die Sie ändern oder zurückziehen (1 bis 40 "
                    "Buchstaben, Ziffern und Bindestriche). Eine Erstmeldung hat keine.",
                },
            },
        ],
    },
    {
        "id": "debtor",
        "title_key": "ui.group.debtor.label",
        "intro": {
            "en": "The employer that pays the flexi wage, by one number only: the enterprise "
            "number or the ONSS number, not both.",
            "fr": "L'employeur qui paie le flexisalaire, par un seul numéro : le numéro "
            "d'entreprise ou le numéro ONSS, pas les deux.",
            "nl": "De werkgever die het flexiloon betaalt, met één nummer: het ondernemingsnummer "
            "of het RSZ-nummer, niet allebei.",
            "de": "Der Arbeitgeber, der den Flexi-Lohn zahlt, mit einer einzigen Nummer: der "
            "Unternehmensnummer oder der LSS-Nummer, nicht mit beiden.",
        },
        "fields": [
            {"pointer": "/debtor/enterpriseNumber", "text": "@enterprise"},
            {"pointer": "/debtor/nssoRegistrationNumber", "text": "@onss"},
        ],
    },
    {
        "id": "payslip",
        "title_key": "ui.group.payslip.label",
        "fields": [
            {
                "pointer": "/beneficiary/inss",
                "text": [
                    "@niss",
                    {
                        "en": "The flexi-jobber's number. A Dimona of type FLX must exist for "
                        "this worker and employer on the payslip's dates.",
                        "fr": "Le numéro du flexi-jobiste. Une Dimona de type FLX doit exister "
                        "pour ce travailleur et cet employeur aux dates de la fiche de paie.",
                        "nl": "Het nummer van de flexi-jobber. Er moet een Dimona van het type "
                        "FLX bestaan voor deze werknemer en werkgever op de data van de "
                        "loonbrief.",
                        "de": "Die Nummer des Flexi-Jobbers. Für diesen Arbeitnehmer und "
                        "Arbeitgeber muss an den Daten der Lohnabrechnung eine Dimona der Art "
                        "FLX bestehen.",
                    },
                ],
            },
            {
                "pointer": "/relationId",
                "text": {
                    "en": "An identifier you choose for this work relation, in UUID form "
                    "(<code>6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04</code>). Keep the same one for "
                    "every later declaration about the same relation: together with the "
                    "employer and the flexi-jobber's number it identifies the declarations.",
                    "fr": "Un identifiant que vous choisissez pour cette relation de travail, "
                    "au format UUID (<code>6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04</code>). "
                    "Conservez le même pour toute déclaration ultérieure sur la même relation : "
                    "avec l'employeur et le numéro du flexi-jobiste, il identifie les "
                    "déclarations.",
                    "nl": "Een identificatie die u voor deze arbeidsrelatie kiest, in de vorm "
                    "van een UUID (<code>6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04</code>). Behoud "
                    "dezelfde voor elke latere aangifte over dezelfde relatie: samen met de "
                    "werkgever en het nummer van de flexi-jobber identificeert ze de "
                    "aangiften.",
                    "de": "Eine Kennung, die Sie für dieses Arbeitsverhältnis wählen, als UUID "
                    "(<code>6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04</code>). Behalten Sie dieselbe "
                    "für jede spätere Meldung zum selben Verhältnis: Zusammen mit dem "
                    "Arbeitgeber und der Nummer des Flexi-Jobbers kennzeichnet sie die "
                    "Meldungen.",
                },
                "no_example": True,
            },
            {
                "pointer": "/period/startDate",
                "text": [
                    {
                        "en": "The first day the payslip covers.",
                        "fr": "Le premier jour couvert par la fiche de paie.",
                        "nl": "De eerste dag waarop de loonbrief betrekking heeft.",
                        "de": "Der erste Tag, den die Lohnabrechnung abdeckt.",
                    },
                    "@date",
                ],
            },
            {
                "pointer": "/period/endDate",
                "text": [
                    {
                        "en": "The last day the payslip covers, not before the start date.",
                        "fr": "Le dernier jour couvert par la fiche de paie, pas avant la date "
                        "de début.",
                        "nl": "De laatste dag waarop de loonbrief betrekking heeft, niet vóór de "
                        "begindatum.",
                        "de": "Der letzte Tag, den die Lohnabrechnung abdeckt, nicht vor dem "
                        "Anfangsdatum.",
                    },
                    "@date",
                ],
            },
            {"pointer": "/characteristics/employerCategory", "text": "@employerCategory"},
            {
                "pointer": "/characteristics/workerCode",
                "choices": ["050", "450"],
                "text": {
                    "en": "The flexi-job worker code, as in the DmfA: <code>050</code> for a "
                    "blue-collar worker, <code>450</code> for a white-collar worker.",
                    "fr": "Le code travailleur flexi-job, comme dans la DmfA : <code>050</code> "
                    "pour un ouvrier, <code>450</code> pour un employé.",
                    "nl": "Het werknemerskengetal voor flexi-jobs, zoals in de DmfA: "
                    "<code>050</code> voor een arbeider, <code>450</code> voor een bediende.",
                    "de": "Die Arbeitnehmerkennzahl für Flexi-Jobs, wie in der DmfA: "
                    "<code>050</code> für einen Arbeiter, <code>450</code> für einen "
                    "Angestellten.",
                },
            },
            {
                "pointer": "/financialElements",
                "text": {
                    "en": "The gross amounts of the payslip, one row per code and each code at "
                    "most once: add amounts of the same kind together. An original or a "
                    "modification needs at least one row; a cancellation has none.",
                    "fr": "Les montants bruts de la fiche de paie, une ligne par code et chaque "
                    "code une fois au plus : additionnez les montants de même nature. Une "
                    "déclaration originale ou une modification demande au moins une ligne ; une "
                    "annulation n'en a aucune.",
                    "nl": "De brutobedragen van de loonbrief, één rij per code en elke code "
                    "hoogstens één keer: tel bedragen van dezelfde aard samen. Een originele "
                    "aangifte of een wijziging heeft minstens één rij nodig; een annulering "
                    "heeft er geen.",
                    "de": "Die Bruttobeträge der Lohnabrechnung, eine Zeile pro Code und jeder "
                    "Code höchstens einmal: Zählen Sie gleichartige Beträge zusammen. Eine "
                    "Erstmeldung oder eine Änderung braucht mindestens eine Zeile; eine "
                    "Annullierung hat keine.",
                },
            },
            {
                "pointer": "/financialElements/*/code",
                "choices": ["0001001000", "0002001000"],
                "text": {
                    "en": "<code>0001001000</code> is the flexi wage (code 22 in the DmfA), "
                    "<code>0002001000</code> the premiums (code 23 in the DmfA).",
                    "fr": "<code>0001001000</code> est le flexisalaire (code 22 dans la DmfA), "
                    "<code>0002001000</code> les primes (code 23 dans la DmfA).",
                    "nl": "<code>0001001000</code> is het flexiloon (code 22 in de DmfA), "
                    "<code>0002001000</code> de premies (code 23 in de DmfA).",
                    "de": "<code>0001001000</code> ist der Flexi-Lohn (Code 22 in der DmfA), "
                    "<code>0002001000</code> sind die Prämien (Code 23 in der DmfA).",
                },
            },
            {
                "pointer": "/financialElements/*/amount",
                "text": [
                    {
                        "en": "The gross amount for that code.",
                        "fr": "Le montant brut pour ce code.",
                        "nl": "Het brutobedrag voor die code.",
                        "de": "Der Bruttobetrag für diesen Code.",
                    },
                    "@cents",
                ],
            },
        ],
    },
]
