# Help for forms/selfemployed-contribution-adjustment/1.

INTRO = {
    "en": "Your provisional social contributions are normally computed on your indexed income "
    "of three years earlier (for 2025: the income of 2022). With this form you ask your social "
    "insurance fund to compute them on your own estimate of this year's income instead. An "
    "increase can be asked at any time; a decrease must be justified. Once the tax authority "
    "sends the fund your actual income, usually about two years later, the contributions are "
    "regularised.",
    "fr": "Vos cotisations sociales provisoires sont normalement calculées sur vos revenus "
    "indexés d'il y a trois ans (pour 2025 : les revenus de 2022). Avec ce formulaire, vous "
    "demandez à votre caisse d'assurances sociales de les calculer plutôt sur votre propre "
    "estimation des revenus de l'année. Une augmentation peut être demandée à tout moment ; une "
    "diminution doit être justifiée. Quand l'administration fiscale communique vos revenus "
    "réels à la caisse, en général environ deux ans plus tard, les cotisations sont "
    "régularisées.",
    "nl": "Uw voorlopige sociale bijdragen worden normaal berekend op uw geïndexeerde inkomen "
    "van drie jaar eerder (voor 2025: het inkomen van 2022). Met dit formulier vraagt u uw "
    "sociaal verzekeringsfonds om ze te berekenen op uw eigen raming van het inkomen van dit "
    "jaar. Een verhoging kunt u altijd vragen; een verlaging moet u verantwoorden. Zodra de "
    "belastingdienst uw werkelijke inkomen aan het fonds doorgeeft, meestal ongeveer twee jaar "
    "later, worden de bijdragen geregulariseerd.",
    "de": "Ihre vorläufigen Sozialbeiträge werden normalerweise auf Ihr indexiertes Einkommen "
    "von vor drei Jahren berechnet (für 2025: das Einkommen von 2022). Mit diesem Formular "
    "beantragen Sie bei Ihrer Sozialversicherungskasse, sie stattdessen auf Ihre eigene "
    "Schätzung des Einkommens dieses Jahres zu berechnen. Eine Erhöhung können Sie jederzeit "
    "beantragen; eine Senkung müssen Sie begründen. Sobald die Steuerverwaltung der Kasse Ihr "
    "tatsächliches Einkommen mitteilt, meist etwa zwei Jahre später, werden die Beiträge "
    "regularisiert.",
}

SECTIONS = [
    {
        "id": "person",
        "title_key": "ui.person.label",
        "fields": [
            {
                "pointer": "/niss",
                "text": [
                    "@niss",
                    {
                        "en": "It must be your own number: this form is filed by the "
                        "self-employed person themself.",
                        "fr": "Ce doit être votre propre numéro : ce formulaire est introduit "
                        "par l'indépendant lui-même.",
                        "nl": "Het moet uw eigen nummer zijn: dit formulier wordt door de "
                        "zelfstandige zelf ingediend.",
                        "de": "Es muss Ihre eigene Nummer sein: Dieses Formular reicht der "
                        "Selbstständige selbst ein.",
                    },
                ],
            },
            {
                "pointer": "/enterpriseNumber",
                "text": [
                    "@enterprise",
                    {
                        "en": "Optional: give it if you have one.",
                        "fr": "Facultatif : indiquez-le si vous en avez un.",
                        "nl": "Facultatief: vul het in als u er een hebt.",
                        "de": "Freiwillig: Geben Sie sie an, wenn Sie eine haben.",
                    },
                ],
            },
        ],
    },
    {
        "id": "period",
        "title_key": "ui.period.label",
        "fields": [
            {
                "pointer": "/year",
                "text": {
                    "en": "The year whose contributions you want adjusted, 2025 or later. The "
                    "fund accepts the current year and the next one.",
                    "fr": "L'année dont vous voulez adapter les cotisations, 2025 ou plus tard. "
                    "La caisse accepte l'année en cours et la suivante.",
                    "nl": "Het jaar waarvan u de bijdragen wilt aanpassen, 2025 of later. Het "
                    "fonds aanvaardt het lopende jaar en het volgende.",
                    "de": "Das Jahr, dessen Beiträge Sie anpassen möchten, 2025 oder später. Die "
                    "Kasse nimmt das laufende und das nächste Jahr an.",
                },
            },
            {
                "pointer": "/quarter",
                "choices": ["1", "2", "3", "4"],
                "text": {
                    "en": "The first quarter the adjustment applies to. A quarter that has "
                    "already been regularised cannot be adjusted any more.",
                    "fr": "Le premier trimestre auquel l'adaptation s'applique. Un trimestre "
                    "déjà régularisé ne peut plus être adapté.",
                    "nl": "Het eerste kwartaal waarop de aanpassing van toepassing is. Een "
                    "kwartaal dat al geregulariseerd is, kan niet meer aangepast worden.",
                    "de": "Das erste Quartal, für das die Anpassung gilt. Ein bereits "
                    "regularisiertes Quartal kann nicht mehr angepasst werden.",
                },
            },
        ],
    },
    {
        "id": "income",
        "title_key": "ui.income.label",
        "fields": [
            {
                "pointer": "/estimatedIncome",
                "label": "ui.estimatedIncome.label",
                "text": [
                    {
                        "en": "Your estimated net taxable professional income for the whole "
                        "year, in euros: your gross professional income minus your professional "
                        "costs and the social contributions themselves.",
                        "fr": "Votre estimation des revenus professionnels nets imposables de "
                        "toute l'année, en euros : vos revenus professionnels bruts moins vos "
                        "frais professionnels et les cotisations sociales elles-mêmes.",
                        "nl": "Uw raming van het netto belastbaar beroepsinkomen van het hele "
                        "jaar, in euro: uw bruto beroepsinkomen min uw beroepskosten en de "
                        "sociale bijdragen zelf.",
                        "de": "Ihre Schätzung des steuerpflichtigen Nettoberufseinkommens des "
                        "ganzen Jahres, in Euro: Ihr Bruttoberufseinkommen abzüglich Ihrer "
                        "Berufskosten und der Sozialbeiträge selbst.",
                    },
                    {
                        "en": "For 2025 the fund applies 20.50% to the income up to "
                        "€73,447.52, 14.16% to the part between €73,447.52 and €108,238.40, and "
                        "nothing above. For a main occupation the contribution is at least "
                        "€871.71 per quarter (€898.30 with the fund's fees); an estimate below "
                        "that level is not an error, the minimum simply applies. A starter whose "
                        "income stays below €8,783.48 may ask for the reduced contribution of "
                        "€463.88 per quarter. The self-employed workspace shows the estimate "
                        "these figures give.",
                        "fr": "Pour 2025, la caisse applique 20,50 % aux revenus jusqu'à "
                        "73 447,52 €, 14,16 % à la partie comprise entre 73 447,52 € et "
                        "108 238,40 €, et rien au-delà. Pour une activité à titre principal, la "
                        "cotisation est d'au moins 871,71 € par trimestre (898,30 € avec les "
                        "frais de gestion de la caisse) ; une estimation inférieure n'est pas "
                        "une erreur, le minimum s'applique simplement. Un starter dont les "
                        "revenus restent sous 8 783,48 € peut demander la cotisation réduite de "
                        "463,88 € par trimestre. L'espace indépendant affiche l'estimation qui "
                        "découle de ces chiffres.",
                        "nl": "Voor 2025 past het fonds 20,50 % toe op het inkomen tot "
                        "73.447,52 euro, 14,16 % op het deel tussen 73.447,52 en 108.238,40 "
                        "euro, en niets daarboven. Voor een zelfstandige in hoofdberoep is de "
                        "bijdrage minstens 871,71 euro per kwartaal (898,30 euro met de "
                        "beheerskosten van het fonds); een lagere raming is geen fout, dan geldt "
                        "gewoon het minimum. Een starter van wie het inkomen onder 8.783,48 euro "
                        "blijft, kan de verminderde bijdrage van 463,88 euro per kwartaal "
                        "vragen. De werkruimte zelfstandige toont de raming die uit deze cijfers "
                        "volgt.",
                        "de": "Für 2025 wendet die Kasse 20,50 % auf das Einkommen bis "
                        "73.447,52 € an, 14,16 % auf den Teil zwischen 73.447,52 € und "
                        "108.238,40 € und nichts darüber. Für eine Haupttätigkeit beträgt der "
                        "Beitrag mindestens 871,71 € pro Quartal (898,30 € mit den "
                        "Verwaltungskosten der Kasse); eine niedrigere Schätzung ist kein "
                        "Fehler, es gilt dann einfach der Mindestbeitrag. Ein Starter, dessen "
                        "Einkommen unter 8.783,48 € bleibt, kann den ermäßigten Beitrag von "
                        "463,88 € pro Quartal beantragen. Der Arbeitsbereich Selbstständige "
                        "zeigt die Schätzung, die sich aus diesen Zahlen ergibt.",
                    },
                ],
            },
            {
                "pointer": "/direction",
                "choices": ["decrease", "increase"],
                "text": {
                    "en": "Whether you ask for lower or higher provisional contributions than "
                    "those computed on the income of three years earlier. Your choice decides "
                    "which reasons you can pick and whether a justification is needed.",
                    "fr": "Indiquez si vous demandez des cotisations provisoires plus basses ou "
                    "plus élevées que celles calculées sur les revenus d'il y a trois ans. Ce "
                    "choix détermine les motifs proposés et si une justification est "
                    "nécessaire.",
                    "nl": "Geef aan of u lagere of hogere voorlopige bijdragen vraagt dan die "
                    "berekend op het inkomen van drie jaar eerder. Die keuze bepaalt welke "
                    "redenen u kunt kiezen en of een verantwoording nodig is.",
                    "de": "Geben Sie an, ob Sie niedrigere oder höhere vorläufige Beiträge "
                    "beantragen als die auf das Einkommen von vor drei Jahren berechneten. Diese "
                    "Wahl bestimmt, welche Gründe Sie wählen können und ob eine Begründung "
                    "nötig ist.",
                },
            },
            {
                "pointer": "/reason",
                "choices": ["lowerActivity", "illness", "exceptionalCosts", "marketConditions",
                            "higherActivity", "avoidRegularisation", "other"],
                "text": {
                    "en": "The main reason for your request. For a decrease: lower activity, "
                    "illness, exceptional costs, difficult market conditions or another reason. "
                    "For an increase: higher activity, avoiding a large regularisation later, or "
                    "another reason.",
                    "fr": "Le motif principal de votre demande. Pour une diminution : activité "
                    "réduite, maladie, frais exceptionnels, conditions de marché difficiles ou "
                    "un autre motif. Pour une augmentation : activité accrue, éviter une forte "
                    "régularisation plus tard, ou un autre motif.",
                    "nl": "De belangrijkste reden voor uw aanvraag. Voor een verlaging: minder "
                    "activiteit, ziekte, uitzonderlijke kosten, moeilijke marktomstandigheden of "
                    "een andere reden. Voor een verhoging: meer activiteit, een grote "
                    "regularisatie later vermijden, of een andere reden.",
                    "de": "Der Hauptgrund Ihres Antrags. Für eine Senkung: geringere Tätigkeit, "
                    "Krankheit, außergewöhnliche Kosten, schwierige Marktbedingungen oder ein "
                    "anderer Grund. Für eine Erhöhung: höhere Tätigkeit, eine hohe "
                    "Regularisierung später vermeiden oder ein anderer Grund.",
                },
            },
        ],
    },
    {
        "id": "evidence",
        "title_key": "ui.evidence.label",
        "fields": [
            {
                "pointer": "/justification",
                "text": {
                    "en": "Required for a decrease: explain with facts why your income will be "
                    "lower, in at least 30 and at most 2,000 characters. The fund judges whether "
                    "your explanation and documents support your estimate.",
                    "fr": "Obligatoire pour une diminution : expliquez avec des faits pourquoi "
                    "vos revenus seront plus bas, en 30 caractères au moins et 2 000 au plus. "
                    "La caisse juge si votre explication et vos documents appuient votre "
                    "estimation.",
                    "nl": "Verplicht bij een verlaging: leg met feiten uit waarom uw inkomen "
                    "lager zal zijn, in minstens 30 en hoogstens 2.000 tekens. Het fonds "
                    "oordeelt of uw uitleg en documenten uw raming staven.",
                    "de": "Pflicht bei einer Senkung: Erklären Sie mit Fakten, warum Ihr "
                    "Einkommen niedriger sein wird, in mindestens 30 und höchstens 2.000 "
                    "Zeichen. Die Kasse beurteilt, ob Ihre Erklärung und Ihre Unterlagen Ihre "
                    "Schätzung stützen.",
                },
            },
            {
                "pointer": "/supportingDocuments",
                "text": {
                    "en": "The names of the documents you send to the fund with your request, "
                    "one per row of the table (at most 20, each name once). For a decrease at "
                    "least one is required. The form only lists them: send the documents "
                    "themselves to your fund as it asks.",
                    "fr": "Les noms des documents que vous envoyez à la caisse avec votre "
                    "demande, un par ligne du tableau (20 au plus, chaque nom une seule fois). "
                    "Pour une diminution, il en faut au moins un. Le formulaire ne fait que les "
                    "énumérer : envoyez les documents eux-mêmes à votre caisse comme elle le "
                    "demande.",
                    "nl": "De namen van de documenten die u met uw aanvraag naar het fonds "
                    "stuurt, één per rij van de tabel (hoogstens 20, elke naam één keer). Bij "
                    "een verlaging is er minstens één nodig. Het formulier somt ze alleen op: "
                    "stuur de documenten zelf naar uw fonds zoals het dat vraagt.",
                    "de": "Die Namen der Unterlagen, die Sie der Kasse mit Ihrem Antrag "
                    "schicken, eine pro Zeile der Tabelle (höchstens 20, jeder Name nur einmal). "
                    "Bei einer Senkung ist mindestens eine nötig. Das Formular zählt sie nur "
                    "auf: Schicken Sie die Unterlagen selbst so an Ihre Kasse, wie sie es "
                    "verlangt.",
                },
            },
        ],
    },
]
